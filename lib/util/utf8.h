// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The one table of well-formed UTF-8 sequences (the Unicode Standard, Table
// 3-7). Header-only, so that the tool, which links only the public library,
// uses the same table; lib/text/utf8.h builds the validators on it.

#ifndef DIPLOTIER_LIB_UTIL_UTF8_H_
#define DIPLOTIER_LIB_UTIL_UTF8_H_

#include <cstddef>
#include <string_view>

namespace diplotier {
namespace internal {

// A lead byte is followed by `need` continuation bytes, the first of them in
// [lo, hi] (which rules out overlongs, surrogates and values above
// U+10FFFF), the others in [80, BF]. need < 0: not a lead byte.
struct Utf8SequenceRule {
  int need;
  unsigned char lo;
  unsigned char hi;
};

constexpr Utf8SequenceRule Utf8RuleFor(unsigned char lead) {
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
inline std::size_t Utf8FirstBadByte(std::string_view text, std::size_t pos,
                                    Utf8SequenceRule rule) {
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

// Length of the valid UTF-8 sequence starting at text[pos], or 0 if invalid.
inline std::size_t ValidSequenceLength(std::string_view text,
                                       std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return 1;
  const Utf8SequenceRule rule = Utf8RuleFor(lead);
  if (Utf8FirstBadByte(text, pos, rule) != 0) return 0;
  return static_cast<std::size_t>(rule.need) + 1;
}

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_UTIL_UTF8_H_
