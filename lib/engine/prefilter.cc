// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "engine/prefilter.h"

#include <algorithm>
#include <limits>

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
// common); used only to choose probe pairs. Letters follow English letter
// frequency; UTF-8 lead bytes of CJK text are common, continuation bytes
// vary; a space is the most common byte of all.
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
  std::vector<std::string> folded;
  for (const std::string& raw : anchors) {
    if (raw.empty()) continue;
    std::string f(raw.size(), '\0');
    std::transform(raw.begin(), raw.end(), f.begin(), [](char c) {
      return static_cast<char>(Fold(static_cast<std::uint8_t>(c)));
    });
    if (std::find(folded.begin(), folded.end(), f) == folded.end()) {
      folded.push_back(std::move(f));
    }
  }
  // Longer anchors first: they have more pairs to choose from, and shorter
  // ones can then reuse a pair already chosen.
  std::stable_sort(folded.begin(), folded.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  for (const std::string& f : folded) {
    max_len_ = std::max(max_len_, f.size());
    const auto* b = reinterpret_cast<const std::uint8_t*>(f.data());
    if (f.size() == 1) {
      Probe p;
      p.first = b[0];
      p.fold_first = IsLetter(b[0]);
      p.single = true;
      p.anchors.push_back(Anchor{f, 0});
      probes_.push_back(std::move(p));
      continue;
    }
    // Reuse an existing pair when the anchor contains one.
    bool reused = false;
    for (Probe& p : probes_) {
      if (p.single) continue;
      for (std::uint32_t i = 0; i + 1 < f.size() && !reused; ++i) {
        if (b[i] == p.first && b[i + 1] == p.second) {
          p.anchors.push_back(Anchor{f, i});
          max_offset_ = std::max<std::size_t>(max_offset_, i);
          reused = true;
        }
      }
      if (reused) break;
    }
    if (reused) continue;
    std::uint32_t best = 0;
    int best_score = std::numeric_limits<int>::max();
    for (std::uint32_t i = 0; i + 1 < f.size(); ++i) {
      // Rare pairs first; a pair other anchors contain too counts as rarer,
      // since one probe then serves them all.
      int shared = 0;
      for (const std::string& other : folded) {
        shared += other != f && other.find(f.substr(i, 2)) != other.npos;
      }
      const int score = Commonness(b[i]) + Commonness(b[i + 1]) - 30 * shared;
      if (score < best_score) {
        best_score = score;
        best = i;
      }
    }
    Probe p;
    p.first = b[best];
    p.second = b[best + 1];
    p.fold_first = IsLetter(p.first);
    p.fold_second = IsLetter(p.second);
    p.anchors.push_back(Anchor{f, best});
    max_offset_ = std::max<std::size_t>(max_offset_, best);
    probes_.push_back(std::move(p));
  }
  for (const Probe& p : probes_) {
    const std::uint8_t row[4] = {
        static_cast<std::uint8_t>(p.fold_first ? 0x20 : 0), p.first,
        static_cast<std::uint8_t>(p.single ? 0xFF : (p.fold_second ? 0x20 : 0)),
        static_cast<std::uint8_t>(p.single ? 0xFF : p.second)};
    for (std::uint8_t v : row) rows_.insert(rows_.end(), 16, v);
  }
}

bool Prefilter::ProbeAt(const Probe& p, const std::uint8_t* t, std::size_t n,
                        std::size_t q) const {
  const std::uint8_t a = p.fold_first ? Fold(t[q]) : t[q];
  if (a != p.first) return false;
  if (p.single) return true;
  if (q + 1 >= n) return false;
  const std::uint8_t b = p.fold_second ? Fold(t[q + 1]) : t[q + 1];
  return b == p.second;
}

std::size_t Prefilter::VerifyAt(std::string_view text, std::size_t q,
                                std::size_t from) const {
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  std::size_t best = std::string_view::npos;
  for (const Probe& p : probes_) {
    if (!ProbeAt(p, t, n, q)) continue;
    for (const Anchor& a : p.anchors) {
      if (q < a.offset) continue;
      const std::size_t start = q - a.offset;
      if (start < from || start >= best || start + a.folded.size() > n) {
        continue;
      }
      bool match = true;
      for (std::size_t i = 0; i < a.folded.size() && match; ++i) {
        match = Fold(t[start + i]) == static_cast<std::uint8_t>(a.folded[i]);
      }
      if (match) best = start;
    }
  }
  return best;
}

std::size_t Prefilter::Find(std::string_view text, std::size_t from) const {
  constexpr std::size_t npos = std::string_view::npos;
  if (probes_.empty() || from >= text.size()) return npos;
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  std::size_t best = npos;
  // Probe pairs are tested at positions q >= from; an anchor found through
  // the pair at q starts at q - offset. Once a start is known, pairs up to
  // max_offset_ further on can still give an earlier start.
  std::size_t q = from;
#if defined(__SSE2__)
  const std::size_t probes = probes_.size();
  const auto* rows = reinterpret_cast<const __m128i*>(rows_.data());
  while (q + 17 <= n) {
    if (best != npos && q > best + max_offset_) return best;
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + q));
    const __m128i v1 =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + q + 1));
    __m128i any = _mm_setzero_si128();
    for (std::size_t k = 0; k < probes; ++k) {
      const __m128i* r = rows + 4 * k;
      const __m128i e0 = _mm_cmpeq_epi8(_mm_or_si128(v0, _mm_loadu_si128(r)),
                                        _mm_loadu_si128(r + 1));
      const __m128i e1 = _mm_cmpeq_epi8(
          _mm_or_si128(v1, _mm_loadu_si128(r + 2)), _mm_loadu_si128(r + 3));
      any = _mm_or_si128(any, _mm_and_si128(e0, e1));
    }
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(any));
    while (mask != 0) {
      const std::size_t at = q + static_cast<std::size_t>(__builtin_ctz(mask));
      mask &= mask - 1;
      best = std::min(best, VerifyAt(text, at, from));
    }
    q += 16;
  }
#endif
  for (; q < n; ++q) {
    if (best != npos && q > best + max_offset_) return best;
    best = std::min(best, VerifyAt(text, q, from));
  }
  return best;
}

}  // namespace internal
}  // namespace diplotier
