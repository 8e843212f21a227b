// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Proves that an installed diplotier works for a build that knows only
// pkg-config's diplotier.pc: compiles, links (static with --static, or shared)
// and finds the tier in a fixed sentence with the default lexicon. Exits 1
// if it does not, so CI fails on a broken package.

#include <iostream>
#include <string_view>

#include "diplotier/diplotier.h"

int main() {
  constexpr std::string_view kText =
      "China and Venezuela upgraded ties to an all-weather strategic "
      "partnership.";
  absl::StatusOr<diplotier::Classifier> classifier =
      diplotier::Classifier::Create(diplotier::Lexicon::Default());
  if (!classifier.ok()) {
    std::cerr << "consumer-pkgconfig: " << classifier.status().ToString()
              << "\n";
    return 1;
  }
  absl::StatusOr<diplotier::Analysis> analysis = classifier->Analyze(kText);
  if (!analysis.ok()) {
    std::cerr << "consumer-pkgconfig: " << analysis.status().ToString() << "\n";
    return 1;
  }
  if (analysis->mentions.empty() || analysis->tier == diplotier::Tier::kNone) {
    std::cerr << "consumer-pkgconfig: no tier mention found in: " << kText
              << "\n";
    return 1;
  }
  std::cout << "consumer-pkgconfig: tier "
            << diplotier::TierName(analysis->tier) << " (\""
            << analysis->mentions.front().text << "\")\n";
  return 0;
}
