// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "engine/prefilter.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace diplotier {
namespace internal {
namespace {

bool IsLetter(std::uint8_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
std::uint8_t Fold(std::uint8_t c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<std::uint8_t>(c | 0x20) : c;
}

// A rough rank of how common a byte is in running text (higher: more
// common); used only to choose probe bytes. Letters follow English letter
// frequency; UTF-8 lead bytes of CJK text are common, continuation bytes
// vary.
int Commonness(std::uint8_t c) {
  static constexpr char kEnglishOrder[] = "etaoinshrdlcumwfgypbvkjxqz";
  c = Fold(c);
  if (c == ' ') return 100;
  for (int i = 0; kEnglishOrder[i] != '\0'; ++i) {
    if (kEnglishOrder[i] == c) return 90 - 3 * i;
  }
  if (c >= 0xE4 && c <= 0xE9) return 60;  // CJK lead bytes
  if (c >= 0x80) return 20;
  return 10;
}

}  // namespace

Prefilter::Prefilter(const std::vector<std::string>& anchors) {
  for (const std::string& raw : anchors) {
    if (raw.empty()) continue;
    Anchor a;
    a.folded.resize(raw.size());
    std::transform(raw.begin(), raw.end(), a.folded.begin(), [](char c) {
      return static_cast<char>(Fold(static_cast<std::uint8_t>(c)));
    });
    // Probe bytes: the rarest byte, then the rarest other position, so that
    // both probes must hit for a candidate.
    std::vector<std::uint32_t> order(a.folded.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t x, std::uint32_t y) {
                       return Commonness(a.folded[x]) <
                              Commonness(a.folded[y]);
                     });
    a.offset_a = order[0];
    a.offset_b = order.size() > 1 ? order[1] : order[0];
    a.probe_a = static_cast<std::uint8_t>(a.folded[a.offset_a]);
    a.probe_b = static_cast<std::uint8_t>(a.folded[a.offset_b]);
    a.fold_a = IsLetter(a.probe_a) ? 0x20 : 0;
    a.fold_b = IsLetter(a.probe_b) ? 0x20 : 0;
    max_len_ = std::max(max_len_, a.folded.size());
    if (std::none_of(anchors_.begin(), anchors_.end(),
                     [&](const Anchor& b) { return b.folded == a.folded; })) {
      anchors_.push_back(std::move(a));
    }
  }
}

bool Prefilter::MatchesAt(const Anchor& a, std::string_view text,
                          std::size_t pos) const {
  if (pos + a.folded.size() > text.size()) return false;
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data()) + pos;
  for (std::size_t i = 0; i < a.folded.size(); ++i) {
    if (Fold(t[i]) != static_cast<std::uint8_t>(a.folded[i])) return false;
  }
  return true;
}

std::size_t Prefilter::FindScalar(std::string_view text,
                                  std::size_t from) const {
  for (std::size_t pos = from; pos < text.size(); ++pos) {
    for (const Anchor& a : anchors_) {
      if (MatchesAt(a, text, pos)) return pos;
    }
  }
  return std::string_view::npos;
}

std::size_t Prefilter::Find(std::string_view text, std::size_t from) const {
  if (anchors_.empty() || from >= text.size()) return std::string_view::npos;
#if defined(__SSE2__)
  const auto* base = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  // Block starts p satisfy p + max_offset + 16 <= n for every probe load.
  std::size_t max_probe = 0;
  for (const Anchor& a : anchors_) {
    max_probe = std::max<std::size_t>(max_probe,
                                      std::max(a.offset_a, a.offset_b));
  }
  std::size_t pos = from;
  while (pos + max_probe + 16 <= n) {
    unsigned mask = 0;
    for (const Anchor& a : anchors_) {
      const __m128i va = _mm_loadu_si128(
          reinterpret_cast<const __m128i*>(base + pos + a.offset_a));
      const __m128i vb = _mm_loadu_si128(
          reinterpret_cast<const __m128i*>(base + pos + a.offset_b));
      const __m128i ea = _mm_cmpeq_epi8(
          _mm_or_si128(va, _mm_set1_epi8(static_cast<char>(a.fold_a))),
          _mm_set1_epi8(static_cast<char>(a.probe_a)));
      const __m128i eb = _mm_cmpeq_epi8(
          _mm_or_si128(vb, _mm_set1_epi8(static_cast<char>(a.fold_b))),
          _mm_set1_epi8(static_cast<char>(a.probe_b)));
      mask |= static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(ea, eb)));
    }
    while (mask != 0) {
      const std::size_t candidate = pos + __builtin_ctz(mask);
      mask &= mask - 1;
      for (const Anchor& a : anchors_) {
        if (MatchesAt(a, text, candidate)) return candidate;
      }
    }
    pos += 16;
  }
  return FindScalar(text, pos);
#else
  return FindScalar(text, from);
#endif
}

}  // namespace internal
}  // namespace diplotier
