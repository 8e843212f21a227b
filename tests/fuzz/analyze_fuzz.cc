// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes Analyze over arbitrary bytes with the default lexicon and checks
// the invariants of the result: offsets inside the text, mentions in text
// order and non-overlapping, mention text equal to the bytes it points at.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "default_classifier.h"
#include "diplotier/classifier.h"
#include "diplotier/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<diplotier::Analysis> a = DefaultClassifier().Analyze(text);
  if (!a.ok()) __builtin_trap();
  size_t last_end = 0;
  for (const diplotier::Mention& m : a->mentions) {
    if (m.begin >= m.end || m.end > size || m.begin < last_end)
      __builtin_trap();
    if (text.substr(m.begin, m.end - m.begin) != m.text) __builtin_trap();
    last_end = m.end;
  }
  for (const diplotier::TierChange& c : a->changes) {
    if (c.begin > c.end || c.end > size) __builtin_trap();
  }
  return 0;
}
