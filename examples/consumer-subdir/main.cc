// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Proves that diplotier builds inside another CMake project through
// add_subdirectory (no install step) and finds the tier in a fixed sentence
// with the default lexicon. Exits 1 if it does not, so CI fails on a broken
// build.

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
    std::cerr << "consumer-subdir: " << classifier.status().ToString() << "\n";
    return 1;
  }
  absl::StatusOr<diplotier::Analysis> analysis = classifier->Analyze(kText);
  if (!analysis.ok()) {
    std::cerr << "consumer-subdir: " << analysis.status().ToString() << "\n";
    return 1;
  }
  if (analysis->mentions.empty() || analysis->tier == diplotier::Tier::kNone) {
    std::cerr << "consumer-subdir: no tier mention found in: " << kText << "\n";
    return 1;
  }
  std::cout << "consumer-subdir: tier " << diplotier::TierName(analysis->tier)
            << " (\"" << analysis->mentions.front().text << "\")\n";
  return 0;
}
