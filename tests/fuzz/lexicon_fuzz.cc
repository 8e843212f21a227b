// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the lexicon parser and, for lexicons that parse, the classifier
// factory and one analysis: any bytes must give a Status or a result, never
// a crash, a hang or unbounded memory.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "diplotier/classifier.h"
#include "diplotier/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;  // keeps RE2 compile time per input small
  std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<diplotier::Lexicon> lex =
      diplotier::Lexicon::Parse(text, "fuzz");
  if (!lex.ok()) {
    if (lex.status().message().empty()) __builtin_trap();
    return 0;
  }
  diplotier::ClassifierOptions options;
  options.max_memory = 4 << 20;
  absl::StatusOr<diplotier::Classifier> classifier =
      diplotier::Classifier::Create(*lex, options);
  if (!classifier.ok()) return 0;
  absl::StatusOr<diplotier::Analysis> a = classifier->Analyze(
      "China and Venezuela upgraded ties to an all-weather strategic "
      "partnership. 两国建立全面战略伙伴关系。");
  (void)a;
  return 0;
}
