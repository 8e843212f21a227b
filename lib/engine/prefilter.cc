// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "engine/prefilter.h"

#include <algorithm>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <tmmintrin.h>
#define DIPLOTIER_HAVE_SSSE3_DISPATCH 1
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

// The most frequent letter pairs of English text, most frequent first: a
// probe on one of them would stop the scan in most words ("ar" of
// "partner" is in "part", "are", "year", ...).
constexpr std::string_view kCommonBigrams[] = {
    "th", "he", "in", "er", "an", "re", "on", "at", "en", "nd", "ti", "es",
    "or", "te", "of", "ed", "is", "it", "al", "ar", "st", "to", "nt", "ng",
    "se", "ha", "as", "ou", "io", "le", "ve", "co", "me", "de", "hi", "ri",
    "ro", "ic", "ne", "ea", "ra", "ce", "li", "ch", "ll", "be", "ma", "si",
    "om", "ur", "ca", "el", "ta", "la", "ns", "di", "fo", "ho", "pe", "ec",
    "pr", "no", "ct", "us", "ac", "ot", "il", "tr", "ly", "nc", "et", "ut",
    "ss", "so", "rs", "un", "lo", "wa", "ge", "ie", "wh", "ee", "wi", "em",
    "ad", "ol", "rt", "po", "we", "na", "ul", "ni", "ts", "mo", "ow", "pa",
    "im", "mi", "ai", "sh"};

// How common the byte pair is in running text (higher: more common): for
// two letters, by English bigram frequency; otherwise by its bytes.
int PairCommonness(std::uint8_t a, std::uint8_t b) {
  if (IsLetter(a) && IsLetter(b)) {
    const char pair[2] = {static_cast<char>(Fold(a)),
                          static_cast<char>(Fold(b))};
    constexpr int kCount = sizeof(kCommonBigrams) / sizeof(kCommonBigrams[0]);
    for (int i = 0; i < kCount; ++i) {
      if (kCommonBigrams[i] == std::string_view(pair, 2)) return 300 - i;
    }
    // A rarer pair: ordered by its letters.
    return (Commonness(a) + Commonness(b)) / 2;
  }
  return Commonness(a) + Commonness(b);
}

}  // namespace

Prefilter::Prefilter(const std::vector<std::string>& anchors,
                     bool use_nibble_tables) {
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
      const int score = PairCommonness(b[i], b[i + 1]) - 30 * shared;
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
  // Buckets: probes whose pair starts with a non-ASCII byte (CJK anchors)
  // share the last one or two buckets, so that their nibbles never combine
  // with those of Latin probes into false candidates in Latin text (the lead
  // byte 0xE4 shares its low nibble with 'd' and 't'); the Latin probes
  // spread over the rest.
  std::size_t non_ascii = 0;
  for (const Probe& p : probes_) non_ascii += p.first >= 0x80;
  const std::size_t ascii = probes_.size() - non_ascii;
  const std::size_t wide_buckets =
      non_ascii == 0 ? 0 : (ascii == 0 ? 8 : (non_ascii > 1 ? 2 : 1));
  const std::size_t narrow_buckets = 8 - wide_buckets;
  std::size_t next_ascii = 0, next_wide = 0;
  for (std::size_t k = 0; k < probes_.size(); ++k) {
    const Probe& p = probes_[k];
    const std::uint32_t bucket = static_cast<std::uint32_t>(
        p.first >= 0x80 ? narrow_buckets + next_wide++ % wide_buckets
                        : next_ascii++ % narrow_buckets);
    const std::uint8_t bit = static_cast<std::uint8_t>(1u << bucket);
    bucket_probes_[bucket].push_back(static_cast<std::uint32_t>(k));
    auto add = [bit](std::uint8_t c, std::uint8_t* lo, std::uint8_t* hi) {
      lo[c & 15] |= bit;
      hi[c >> 4] |= bit;
    };
    add(p.first, lo0_, hi0_);
    if (p.fold_first)
      add(static_cast<std::uint8_t>(p.first & ~0x20), lo0_, hi0_);
    if (p.single) {
      for (int i = 0; i < 16; ++i) {
        lo1_[i] |= bit;
        hi1_[i] |= bit;
      }
    } else {
      add(p.second, lo1_, hi1_);
      if (p.fold_second) {
        add(static_cast<std::uint8_t>(p.second & ~0x20), lo1_, hi1_);
      }
    }
  }
#if defined(DIPLOTIER_HAVE_SSSE3_DISPATCH)
  use_tables_ =
      use_nibble_tables && !probes_.empty() && __builtin_cpu_supports("ssse3");
#endif
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

std::size_t Prefilter::VerifyProbeAt(const Probe& p, std::string_view text,
                                     std::size_t q, std::size_t from,
                                     std::size_t best) const {
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
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
  return best;
}

std::size_t Prefilter::VerifyAt(std::string_view text, std::size_t q,
                                std::size_t from) const {
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  std::size_t best = std::string_view::npos;
  for (const Probe& p : probes_) {
    if (ProbeAt(p, t, n, q)) best = VerifyProbeAt(p, text, q, from, best);
  }
  return best;
}

std::size_t Prefilter::FindScalar(std::string_view text, std::size_t q,
                                  std::size_t from, std::size_t best) const {
  constexpr std::size_t npos = std::string_view::npos;
  for (; q < text.size(); ++q) {
    if (best != npos && q > best + max_offset_) return best;
    best = std::min(best, VerifyAt(text, q, from));
  }
  return best;
}

#if defined(DIPLOTIER_HAVE_SSSE3_DISPATCH)
__attribute__((target("ssse3"))) std::size_t Prefilter::FindWithTables(
    std::string_view text, std::size_t from) const {
  constexpr std::size_t npos = std::string_view::npos;
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  std::size_t best = npos;
  const __m128i nibble = _mm_set1_epi8(0x0F);
  const __m128i zero = _mm_setzero_si128();
  const __m128i lo0 = _mm_load_si128(reinterpret_cast<const __m128i*>(lo0_));
  const __m128i hi0 = _mm_load_si128(reinterpret_cast<const __m128i*>(hi0_));
  const __m128i lo1 = _mm_load_si128(reinterpret_cast<const __m128i*>(lo1_));
  const __m128i hi1 = _mm_load_si128(reinterpret_cast<const __m128i*>(hi1_));
  std::size_t q = from;
  while (q + 17 <= n) {
    if (best != npos && q > best + max_offset_) return best;
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + q));
    const __m128i v1 =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + q + 1));
    const __m128i first = _mm_and_si128(
        _mm_shuffle_epi8(lo0, _mm_and_si128(v0, nibble)),
        _mm_shuffle_epi8(hi0, _mm_and_si128(_mm_srli_epi16(v0, 4), nibble)));
    const __m128i second = _mm_and_si128(
        _mm_shuffle_epi8(lo1, _mm_and_si128(v1, nibble)),
        _mm_shuffle_epi8(hi1, _mm_and_si128(_mm_srli_epi16(v1, 4), nibble)));
    const __m128i buckets = _mm_and_si128(first, second);
    unsigned mask = 0xFFFFu & ~static_cast<unsigned>(_mm_movemask_epi8(
                                  _mm_cmpeq_epi8(buckets, zero)));
    if (mask != 0) {
      alignas(16) std::uint8_t found[16];
      _mm_store_si128(reinterpret_cast<__m128i*>(found), buckets);
      while (mask != 0) {
        const unsigned i = static_cast<unsigned>(__builtin_ctz(mask));
        mask &= mask - 1;
        unsigned bits = found[i];
        while (bits != 0) {
          const unsigned b = static_cast<unsigned>(__builtin_ctz(bits));
          bits &= bits - 1;
          for (std::uint32_t k : bucket_probes_[b]) {
            if (ProbeAt(probes_[k], t, n, q + i)) {
              best = VerifyProbeAt(probes_[k], text, q + i, from, best);
            }
          }
        }
      }
    }
    q += 16;
  }
  return FindScalar(text, q, from, best);
}
#else
std::size_t Prefilter::FindWithTables(std::string_view text,
                                      std::size_t from) const {
  return FindScalar(text, from, from, std::string_view::npos);
}
#endif

std::size_t Prefilter::Find(std::string_view text, std::size_t from) const {
  constexpr std::size_t npos = std::string_view::npos;
  if (probes_.empty() || from >= text.size()) return npos;
  if (use_tables_) return FindWithTables(text, from);
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
  return FindScalar(text, q, from, best);
}

}  // namespace internal
}  // namespace diplotier
