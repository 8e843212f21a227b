// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The classifier of the default lexicon, built once per test binary, for the
// tests that run the whole engine.

#ifndef DIPLOTIER_TESTS_DEFAULT_CLASSIFIER_H_
#define DIPLOTIER_TESTS_DEFAULT_CLASSIFIER_H_

#include "absl/status/statusor.h"
#include "diplotier/classifier.h"
#include "diplotier/lexicon.h"
#include "gtest/gtest.h"

namespace diplotier {

// The classifier of the default lexicon, or why it could not be built.
inline const absl::StatusOr<Classifier>& DefaultClassifierOrError() {
  static const absl::StatusOr<Classifier>* const classifier =
      new absl::StatusOr<Classifier>(Classifier::Create(Lexicon::Default()));
  return *classifier;
}

// The classifier itself; call ASSERT_DEFAULT_CLASSIFIER_OK() first.
inline const Classifier& DefaultClassifier() {
  return *DefaultClassifierOrError();
}

}  // namespace diplotier

// Stops the calling test (with the reason) if the default lexicon does not
// compile.
#define ASSERT_DEFAULT_CLASSIFIER_OK()                       \
  ASSERT_TRUE(::diplotier::DefaultClassifierOrError().ok()) \
      << "the default lexicon does not compile: "            \
      << ::diplotier::DefaultClassifierOrError().status()

#endif  // DIPLOTIER_TESTS_DEFAULT_CLASSIFIER_H_
