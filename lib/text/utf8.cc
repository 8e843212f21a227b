// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "text/utf8.h"

#include <cstdint>

namespace diplotier {
namespace internal {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

Utf8Fault DescribeInvalidUtf8(std::string_view text, std::size_t pos) {
  const Utf8SequenceRule rule =
      Utf8RuleFor(static_cast<unsigned char>(text[pos]));
  const std::size_t bad = Utf8FirstBadByte(text, pos, rule);
  if (bad == 0) return {pos, "valid"};
  if (rule.need < 0) return {pos + 1, "invalid start byte"};
  if (bad >= text.size()) return {text.size(), "unexpected end of data"};
  return {bad, "invalid continuation byte"};
}

std::size_t FindInvalidUtf8(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    // Fast path over ASCII, 8 bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      __builtin_memcpy(&w, text.data() + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    std::size_t len = ValidSequenceLength(text, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

std::size_t AlignBack(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return text.size();
  for (int k = 0; k < 3 && pos > 0 &&
                  IsContinuation(static_cast<unsigned char>(text[pos]));
       ++k) {
    --pos;
  }
  return pos;
}

}  // namespace internal
}  // namespace diplotier
