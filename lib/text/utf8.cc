// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "text/utf8.h"

#include <cstdint>

namespace diplotier {
namespace internal {
namespace {
bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

std::size_t ValidSequenceLength(std::string_view text, std::size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  const unsigned char c = s[pos];
  if (c < 0x80) return 1;
  std::size_t len;
  std::uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (pos + len > n) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if (!IsContinuation(s[pos + k])) return 0;
    cp = (cp << 6) | (s[pos + k] & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return len;
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
