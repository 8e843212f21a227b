// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The classifier of the default lexicon, created once per fuzzing process.
// A default lexicon that does not compile is itself a finding: trap.

#ifndef DIPLOTIER_TESTS_FUZZ_DEFAULT_CLASSIFIER_H_
#define DIPLOTIER_TESTS_FUZZ_DEFAULT_CLASSIFIER_H_

#include <cstdio>

#include "diplotier/classifier.h"
#include "diplotier/lexicon.h"

inline const diplotier::Classifier& DefaultClassifier() {
  static const diplotier::Classifier* c = [] {
    absl::StatusOr<diplotier::Classifier> made =
        diplotier::Classifier::Create(diplotier::Lexicon::Default());
    if (!made.ok()) {
      std::fprintf(stderr, "default lexicon: %s\n",
                   made.status().ToString().c_str());
      __builtin_trap();
    }
    return new diplotier::Classifier(*std::move(made));
  }();
  return *c;
}

#endif  // DIPLOTIER_TESTS_FUZZ_DEFAULT_CLASSIFIER_H_
