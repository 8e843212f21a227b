// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the sentence segmenter: Split covers the text in order with
// non-empty, non-overlapping spans; Around agrees with Split for sentences
// within reach; CountStarts agrees with Split's indices.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/sentences.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const diplotier::internal::SentenceSplitter* splitter =
      new diplotier::internal::SentenceSplitter({"mr", "u.s", "sept", "no"});
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<diplotier::internal::Span> spans = splitter->Split(text);
  size_t last = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    const auto& s = spans[i];
    if (s.begin >= s.end || s.end > size || s.begin < last) __builtin_trap();
    last = s.end;
    const size_t reach = 1 << 20;
    for (size_t pos : {s.begin, (s.begin + s.end) / 2, s.end - 1}) {
      diplotier::internal::Span a = splitter->Around(text, pos, reach);
      if (a != s) __builtin_trap();
      if (splitter->CountStarts(text, 0, pos) != i) __builtin_trap();
    }
  }
  return 0;
}
