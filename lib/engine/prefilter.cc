// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "engine/prefilter.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define DIPLOTIER_HAVE_X86_DISPATCH 1
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

// The bytes a bucket admits at one position of the pair: every byte whose
// low nibble is in `lo` and high nibble in `hi`. That is the cross product
// of its probes' nibbles, more than their bytes: the source of false
// candidates.
struct NibbleSet {
  std::uint16_t lo = 0;
  std::uint16_t hi = 0;

  void Add(std::uint8_t c) {
    lo = static_cast<std::uint16_t>(lo | 1u << (c & 15));
    hi = static_cast<std::uint16_t>(hi | 1u << (c >> 4));
  }
  bool Has(unsigned c) const {
    return (lo >> (c & 15) & 1u) != 0 && (hi >> (c >> 4) & 1u) != 0;
  }
  int Size() const { return __builtin_popcount(lo) * __builtin_popcount(hi); }
};

// The byte pairs a bucket admits.
struct PairSet {
  NibbleSet first, second;
};

PairSet Union(const PairSet& a, const PairSet& b) {
  PairSet u = a;
  u.first.lo |= b.first.lo;
  u.first.hi |= b.first.hi;
  u.second.lo |= b.second.lo;
  u.second.hi |= b.second.hi;
  return u;
}

// How many candidates a bucket admitting `s` may give in running text: its
// letter pairs (either case) weighted so that one common English bigram
// ("in", "ti") outweighs many rare pairs, plus one per byte pair admitted.
double CandidateCost(const PairSet& s) {
  static const std::vector<double> kLetterPairWeights = [] {
    std::vector<double> w(26 * 26);
    for (int x = 0; x < 26; ++x) {
      for (int y = 0; y < 26; ++y) {
        w[x * 26 + y] =
            std::exp2(PairCommonness(static_cast<std::uint8_t>('a' + x),
                                     static_cast<std::uint8_t>('a' + y)) /
                      16.0);
      }
    }
    return w;
  }();
  double cost = static_cast<double>(s.first.Size()) * s.second.Size();
  for (unsigned x = 0; x < 26; ++x) {
    if (!s.first.Has('a' + x) && !s.first.Has('A' + x)) continue;
    for (unsigned y = 0; y < 26; ++y) {
      if (s.second.Has('a' + y) || s.second.Has('A' + y)) {
        cost += kLetterPairWeights[x * 26 + y];
      }
    }
  }
  return cost;
}

// Groups the probes admitting `sets` into at most `count` buckets: starting
// from one group a probe, merges the two groups whose union adds the least
// CandidateCost until `count` remain. Probes are kept apart from those
// whose nibbles would combine with theirs into common pairs ("ip" and "tn"
// together admit "in"). Beyond kMaxGrouped probes every bucket admits most
// pairs whatever the grouping: they are dealt out in turn instead, which
// keeps the cost of building (cubic here) bounded.
std::vector<std::vector<std::uint32_t>> GroupProbes(
    const std::vector<PairSet>& sets, std::size_t count) {
  constexpr std::size_t kMaxGrouped = 64;
  const std::size_t n = sets.size();
  std::vector<std::vector<std::uint32_t>> groups(std::min(n, count));
  if (n > kMaxGrouped) {
    for (std::uint32_t k = 0; k < n; ++k) groups[k % count].push_back(k);
    return groups;
  }
  std::vector<PairSet> set = sets;
  std::vector<double> cost(n);
  std::vector<std::vector<std::uint32_t>> members(n);
  for (std::uint32_t k = 0; k < n; ++k) {
    cost[k] = CandidateCost(set[k]);
    members[k] = {k};
  }
  // added[i * n + j], i < j: the cost that merging groups i and j adds.
  std::vector<double> added(n * n);
  auto update = [&](std::size_t i, std::size_t j) {
    added[std::min(i, j) * n + std::max(i, j)] =
        CandidateCost(Union(set[i], set[j])) - cost[i] - cost[j];
  };
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) update(i, j);
  }
  std::vector<bool> alive(n, true);
  for (std::size_t left = n; left > count; --left) {
    std::size_t bi = 0, bj = 0;
    double least = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < n; ++i) {
      if (!alive[i]) continue;
      for (std::size_t j = i + 1; j < n; ++j) {
        if (alive[j] && added[i * n + j] < least) {
          least = added[i * n + j];
          bi = i;
          bj = j;
        }
      }
    }
    set[bi] = Union(set[bi], set[bj]);
    cost[bi] = CandidateCost(set[bi]);
    members[bi].insert(members[bi].end(), members[bj].begin(),
                       members[bj].end());
    alive[bj] = false;
    for (std::size_t k = 0; k < n; ++k) {
      if (alive[k] && k != bi) update(bi, k);
    }
  }
  std::size_t g = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (alive[k]) groups[g++] = std::move(members[k]);
  }
  return groups;
}

// The scan to use when `wanted` is asked for: the fastest the CPU has for
// kAuto; a scan the CPU lacks gives way to the next slower one.
PrefilterScan AvailableScan(PrefilterScan wanted) {
#if defined(DIPLOTIER_HAVE_X86_DISPATCH)
  // The CPU features are read by a constructor of the runtime library, which
  // a Prefilter built during static initialization may precede.
  __builtin_cpu_init();
  if ((wanted == PrefilterScan::kAuto ||
       wanted == PrefilterScan::kAvx2Tables) &&
      __builtin_cpu_supports("avx2")) {
    return PrefilterScan::kAvx2Tables;
  }
  if (wanted != PrefilterScan::kPairRows && __builtin_cpu_supports("ssse3")) {
    return PrefilterScan::kSsse3Tables;
  }
#endif
  return PrefilterScan::kPairRows;
}

}  // namespace

Prefilter::Prefilter(const std::vector<std::string>& anchors,
                     PrefilterScan scan)
    : scan_(AvailableScan(scan)) {
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
  // get one or two buckets of their own, so that their nibbles never combine
  // with those of Latin probes into false candidates in Latin text (the lead
  // byte 0xE4 shares its low nibble with 'd' and 't'); the Latin probes are
  // grouped into the rest.
  std::vector<std::uint32_t> latin, wide;
  std::vector<PairSet> latin_sets, wide_sets;
  for (std::uint32_t k = 0; k < probes_.size(); ++k) {
    const Probe& p = probes_[k];
    PairSet s;
    s.first.Add(p.first);
    if (p.fold_first) s.first.Add(static_cast<std::uint8_t>(p.first & ~0x20));
    if (p.single) {
      s.second.lo = s.second.hi = 0xFFFF;
    } else {
      s.second.Add(p.second);
      if (p.fold_second) {
        s.second.Add(static_cast<std::uint8_t>(p.second & ~0x20));
      }
    }
    (p.first >= 0x80 ? wide : latin).push_back(k);
    (p.first >= 0x80 ? wide_sets : latin_sets).push_back(s);
  }
  const std::size_t wide_buckets =
      wide.empty() ? 0 : (latin.empty() ? 8 : (wide.size() > 1 ? 2 : 1));
  std::uint32_t bucket = 0;
  auto fill = [&](const std::vector<std::uint32_t>& probes,
                  const std::vector<PairSet>& sets, std::size_t buckets) {
    for (const std::vector<std::uint32_t>& group : GroupProbes(sets, buckets)) {
      const std::uint8_t bit = static_cast<std::uint8_t>(1u << bucket);
      PairSet admitted;
      for (std::uint32_t g : group) {
        bucket_probes_[bucket].push_back(probes[g]);
        admitted = Union(admitted, sets[g]);
      }
      for (unsigned i = 0; i < 16; ++i) {
        if (admitted.first.lo >> i & 1u) lo0_[i] |= bit;
        if (admitted.first.hi >> i & 1u) hi0_[i] |= bit;
        if (admitted.second.lo >> i & 1u) lo1_[i] |= bit;
        if (admitted.second.hi >> i & 1u) hi1_[i] |= bit;
      }
      ++bucket;
    }
  };
  fill(latin, latin_sets, 8 - wide_buckets);
  fill(wide, wide_sets, wide_buckets);
  // The rows serve only the pair-rows scan.
  if (scan_ != PrefilterScan::kPairRows) return;
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

#if defined(DIPLOTIER_HAVE_X86_DISPATCH)
// Inlined into the table scans: with a call per block that has candidates
// they ran up to 9 % more instructions.
__attribute__((always_inline)) inline std::size_t Prefilter::VerifyBuckets(
    std::string_view text, std::size_t q, const std::uint8_t* found,
    std::uint64_t mask, std::size_t from, std::size_t best) const {
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  while (mask != 0) {
    const unsigned i = static_cast<unsigned>(__builtin_ctzll(mask));
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
  return best;
}

namespace {

struct Ssse3Tables {
  __m128i lo0, hi0, lo1, hi1;
};

// Bit b of byte i: a probe of bucket b may have its pair at p + i. Reads
// p[0..16].
__attribute__((target("ssse3"), always_inline)) inline __m128i Ssse3Buckets(
    const std::uint8_t* p, const Ssse3Tables& tables) {
  const __m128i nibble = _mm_set1_epi8(0x0F);
  const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
  const __m128i first = _mm_and_si128(
      _mm_shuffle_epi8(tables.lo0, _mm_and_si128(v0, nibble)),
      _mm_shuffle_epi8(tables.hi0,
                       _mm_and_si128(_mm_srli_epi16(v0, 4), nibble)));
  const __m128i second = _mm_and_si128(
      _mm_shuffle_epi8(tables.lo1, _mm_and_si128(v1, nibble)),
      _mm_shuffle_epi8(tables.hi1,
                       _mm_and_si128(_mm_srli_epi16(v1, 4), nibble)));
  return _mm_and_si128(first, second);
}

// Bit i set: byte i of `buckets` is not zero.
__attribute__((target("ssse3"), always_inline)) inline unsigned NonZeroBytes(
    __m128i buckets) {
  return 0xFFFFu & ~static_cast<unsigned>(_mm_movemask_epi8(
                       _mm_cmpeq_epi8(buckets, _mm_setzero_si128())));
}

struct Avx2Tables {
  __m256i lo0, hi0, lo1, hi1;
};

// A 16-byte table in both 128-bit lanes, since VPSHUFB looks up within each
// lane.
__attribute__((target("avx2"), always_inline)) inline __m256i Avx2Table(
    const std::uint8_t* table) {
  return _mm256_broadcastsi128_si256(
      _mm_load_si128(reinterpret_cast<const __m128i*>(table)));
}

// Ssse3Buckets for 32 positions. Reads p[0..32].
__attribute__((target("avx2"), always_inline)) inline __m256i Avx2Buckets(
    const std::uint8_t* p, const Avx2Tables& tables) {
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  const __m256i v0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  const __m256i v1 =
      _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 1));
  const __m256i first = _mm256_and_si256(
      _mm256_shuffle_epi8(tables.lo0, _mm256_and_si256(v0, nibble)),
      _mm256_shuffle_epi8(tables.hi0,
                          _mm256_and_si256(_mm256_srli_epi16(v0, 4), nibble)));
  const __m256i second = _mm256_and_si256(
      _mm256_shuffle_epi8(tables.lo1, _mm256_and_si256(v1, nibble)),
      _mm256_shuffle_epi8(tables.hi1,
                          _mm256_and_si256(_mm256_srli_epi16(v1, 4), nibble)));
  return _mm256_and_si256(first, second);
}

__attribute__((target("avx2"), always_inline)) inline std::uint64_t
NonZeroBytes(__m256i buckets) {
  return ~static_cast<std::uint32_t>(
      _mm256_movemask_epi8(_mm256_cmpeq_epi8(buckets, _mm256_setzero_si256())));
}

}  // namespace

__attribute__((target("ssse3"))) std::size_t Prefilter::FindSsse3Tables(
    std::string_view text, std::size_t from) const {
  constexpr std::size_t npos = std::string_view::npos;
  constexpr std::size_t kBlock = 16;
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  const Ssse3Tables tables = {
      _mm_load_si128(reinterpret_cast<const __m128i*>(lo0_)),
      _mm_load_si128(reinterpret_cast<const __m128i*>(hi0_)),
      _mm_load_si128(reinterpret_cast<const __m128i*>(lo1_)),
      _mm_load_si128(reinterpret_cast<const __m128i*>(hi1_))};
  std::size_t best = npos;
  alignas(16) std::uint8_t found[kBlock];
  // Probe pairs are tested at positions q >= from; an anchor found through
  // the pair at q starts at q - offset. Once a start is known, pairs up to
  // max_offset_ further on can still give an earlier start.
  std::size_t q = from;
  for (; q + kBlock < n; q += kBlock) {
    const __m128i buckets = Ssse3Buckets(t + q, tables);
    const unsigned mask = NonZeroBytes(buckets);
    if (mask != 0) {
      _mm_store_si128(reinterpret_cast<__m128i*>(found), buckets);
      best = VerifyBuckets(text, q, found, mask, from, best);
      if (best != npos && q + kBlock > best + max_offset_) return best;
    }
  }
  // The last 1 to kBlock positions: scanned in a zero-padded copy, the
  // positions past the end masked off. Candidates are verified in the text
  // itself, where a pair at n - 1 has no second byte.
  alignas(16) std::uint8_t pad[2 * kBlock] = {};
  std::memcpy(pad, t + q, n - q);
  const __m128i buckets = Ssse3Buckets(pad, tables);
  const unsigned mask = NonZeroBytes(buckets) & ((1u << (n - q)) - 1);
  if (mask != 0) {
    _mm_store_si128(reinterpret_cast<__m128i*>(found), buckets);
    best = VerifyBuckets(text, q, found, mask, from, best);
  }
  return best;
}

__attribute__((target("avx2"))) std::size_t Prefilter::FindAvx2Tables(
    std::string_view text, std::size_t from) const {
  constexpr std::size_t npos = std::string_view::npos;
  constexpr std::size_t kBlock = 32;
  // Two blocks a step, with one branch for both: most steps have no
  // candidate.
  constexpr std::size_t kStep = 2 * kBlock;
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  const Avx2Tables tables = {Avx2Table(lo0_), Avx2Table(hi0_), Avx2Table(lo1_),
                             Avx2Table(hi1_)};
  std::size_t best = npos;
  alignas(32) std::uint8_t found[kStep];
  // As in FindSsse3Tables.
  std::size_t q = from;
  for (; q + kStep < n; q += kStep) {
    const __m256i low = Avx2Buckets(t + q, tables);
    const __m256i high = Avx2Buckets(t + q + kBlock, tables);
    const __m256i any = _mm256_or_si256(low, high);
    if (!_mm256_testz_si256(any, any)) {
      _mm256_store_si256(reinterpret_cast<__m256i*>(found), low);
      _mm256_store_si256(reinterpret_cast<__m256i*>(found + kBlock), high);
      const std::uint64_t mask = NonZeroBytes(low) | NonZeroBytes(high) << 32;
      best = VerifyBuckets(text, q, found, mask, from, best);
      if (best != npos && q + kStep > best + max_offset_) return best;
    }
  }
  // The last 1 to kStep positions, as in FindSsse3Tables.
  alignas(32) std::uint8_t pad[kStep + kBlock] = {};
  std::memcpy(pad, t + q, n - q);
  const __m256i low = Avx2Buckets(pad, tables);
  const __m256i high = Avx2Buckets(pad + kBlock, tables);
  const std::uint64_t mask = (NonZeroBytes(low) | NonZeroBytes(high) << 32) &
                             (~std::uint64_t{0} >> (kStep - (n - q)));
  if (mask != 0) {
    _mm256_store_si256(reinterpret_cast<__m256i*>(found), low);
    _mm256_store_si256(reinterpret_cast<__m256i*>(found + kBlock), high);
    best = VerifyBuckets(text, q, found, mask, from, best);
  }
  return best;
}
#endif

std::size_t Prefilter::FindPairRows(std::string_view text,
                                    std::size_t from) const {
  constexpr std::size_t npos = std::string_view::npos;
  std::size_t best = npos;
#if defined(__SSE2__)
  constexpr std::size_t kBlock = 16;
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  const std::size_t probes = probes_.size();
  const auto* rows = reinterpret_cast<const __m128i*>(rows_.data());
  // Bit i set: some probe's pair matches at p + i. Reads p[0..16].
  auto candidates = [rows, probes](const std::uint8_t* p) {
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
    __m128i any = _mm_setzero_si128();
    for (std::size_t k = 0; k < probes; ++k) {
      const __m128i* r = rows + 4 * k;
      const __m128i e0 = _mm_cmpeq_epi8(_mm_or_si128(v0, _mm_loadu_si128(r)),
                                        _mm_loadu_si128(r + 1));
      const __m128i e1 = _mm_cmpeq_epi8(
          _mm_or_si128(v1, _mm_loadu_si128(r + 2)), _mm_loadu_si128(r + 3));
      any = _mm_or_si128(any, _mm_and_si128(e0, e1));
    }
    return static_cast<unsigned>(_mm_movemask_epi8(any));
  };
  auto verify = [&](std::size_t q, unsigned mask) {
    while (mask != 0) {
      const std::size_t at = q + static_cast<std::size_t>(__builtin_ctz(mask));
      mask &= mask - 1;
      best = std::min(best, VerifyAt(text, at, from));
    }
  };
  // As in FindSsse3Tables, with the last positions in a zero-padded copy.
  std::size_t q = from;
  for (; q + kBlock < n; q += kBlock) {
    const unsigned mask = candidates(t + q);
    if (mask != 0) {
      verify(q, mask);
      if (best != npos && q + kBlock > best + max_offset_) return best;
    }
  }
  std::uint8_t pad[2 * kBlock] = {};
  std::memcpy(pad, t + q, n - q);
  verify(q, candidates(pad) & ((1u << (n - q)) - 1));
#else
  for (std::size_t q = from; q < text.size(); ++q) {
    if (best != npos && q > best + max_offset_) break;
    best = std::min(best, VerifyAt(text, q, from));
  }
#endif
  return best;
}

std::size_t Prefilter::Find(std::string_view text, std::size_t from) const {
  if (probes_.empty() || from >= text.size()) return std::string_view::npos;
  switch (scan_) {
#if defined(DIPLOTIER_HAVE_X86_DISPATCH)
    case PrefilterScan::kAvx2Tables:
      return FindAvx2Tables(text, from);
    case PrefilterScan::kSsse3Tables:
      return FindSsse3Tables(text, from);
#endif
    default:
      return FindPairRows(text, from);
  }
}

}  // namespace internal
}  // namespace diplotier
