// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "text/utf8.h"

#include <cstdint>

namespace diplotier {
namespace internal {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The well-formed sequences of the Unicode Standard, Table 3-7: a lead byte
// is followed by `need` continuation bytes, the first of them in [lo, hi]
// (which rules out overlongs, surrogates and values above U+10FFFF), the
// others in [80, BF]. need < 0: not a lead byte.
struct SequenceRule {
  int need;
  unsigned char lo;
  unsigned char hi;
};

SequenceRule RuleFor(unsigned char lead) {
  if (lead < 0x80) return {0, 0x80, 0xBF};
  if (lead >= 0xC2 && lead <= 0xDF) return {1, 0x80, 0xBF};
  if (lead == 0xE0) return {2, 0xA0, 0xBF};
  if (lead == 0xED) return {2, 0x80, 0x9F};
  if (lead >= 0xE1 && lead <= 0xEF) return {2, 0x80, 0xBF};
  if (lead == 0xF0) return {3, 0x90, 0xBF};
  if (lead >= 0xF1 && lead <= 0xF3) return {3, 0x80, 0xBF};
  if (lead == 0xF4) return {3, 0x80, 0x8F};
  return {-1, 0, 0};
}

// The first byte after `pos` that breaks `rule`, the rule of text[pos]
// (pos + 1 for a byte that is no lead byte; text.size() when the text ends
// first), or 0 if the sequence is well formed.
std::size_t FirstBadByte(std::string_view text, std::size_t pos,
                         SequenceRule rule) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  if (rule.need < 0) return pos + 1;
  for (int k = 1; k <= rule.need; ++k) {
    const std::size_t at = pos + static_cast<std::size_t>(k);
    if (at >= text.size()) return text.size();
    const unsigned char lo = k == 1 ? rule.lo : 0x80;
    const unsigned char hi = k == 1 ? rule.hi : 0xBF;
    if (s[at] < lo || s[at] > hi) return at;
  }
  return 0;
}

}  // namespace

std::size_t ValidSequenceLength(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return 1;
  const SequenceRule rule = RuleFor(lead);
  if (FirstBadByte(text, pos, rule) != 0) return 0;
  return static_cast<std::size_t>(rule.need) + 1;
}

Utf8Fault DescribeInvalidUtf8(std::string_view text, std::size_t pos) {
  const SequenceRule rule = RuleFor(static_cast<unsigned char>(text[pos]));
  const std::size_t bad = FirstBadByte(text, pos, rule);
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

std::size_t AlignForward(std::string_view text, std::size_t pos) {
  for (int k = 0; k < 3 && pos < text.size() &&
                  IsContinuation(static_cast<unsigned char>(text[pos]));
       ++k) {
    ++pos;
  }
  return pos < text.size() ? pos : text.size();
}

}  // namespace internal
}  // namespace diplotier
