// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Conan's test_package: the packaged diplotier compiles, links (static or
// shared) and finds the tier in a fixed sentence with the default lexicon.
// Exits 1 if it does not, so a broken package fails `conan create`.

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
    std::cerr << "test_package: " << classifier.status().ToString() << "\n";
    return 1;
  }
  absl::StatusOr<diplotier::Analysis> analysis = classifier->Analyze(kText);
  if (!analysis.ok()) {
    std::cerr << "test_package: " << analysis.status().ToString() << "\n";
    return 1;
  }
  if (analysis->mentions.empty() || analysis->tier == diplotier::Tier::kNone) {
    std::cerr << "test_package: no tier mention found in: " << kText << "\n";
    return 1;
  }
  std::cout << "test_package: tier " << diplotier::TierName(analysis->tier)
            << " (\"" << analysis->mentions.front().text << "\")\n";
  return 0;
}
