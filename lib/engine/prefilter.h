// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The literal prefilter: finds the next occurrence of any anchor literal.
// ASCII letters in anchors match in either case; other bytes match exactly.
//
// Each anchor is reduced to one of its byte triples (its probe; an anchor of
// one or two bytes is its own probe), chosen rare in English running text
// by a table of byte-pair and triple frequencies, and shared between anchors
// where possible ("伙伴" and "夥伴" share the triple of 伴). The triples are
// looked up in nibble tables with PSHUFB, Teddy style: each probe belongs to
// one of 16 buckets, and two sets of six 16-entry tables (low and high
// nibble of each byte of the triple, for buckets 0-7 and 8-15) give, for 16
// positions at once (32 with AVX2), the buckets whose triple may start
// there — a fixed cost per block whatever the number of probes; only the
// buckets found are checked, probe by probe, and only positions where a
// probe occurs are verified byte by byte. A bucket also admits every triple its probes' nibbles combine into, so
// probes are grouped into buckets where those triples are rare in running
// text. On CPUs without SSSE3 a block of 16 positions is instead tested
// against every distinct probe with three compares a probe (SSE2), so the
// cost grows with the number of distinct probes, not of anchors. The last
// positions of a text are scanned the same way, in a zero-padded copy. The
// scan is chosen at construction from the CPU's features.
// Immutable after construction; thread-safe.

#ifndef DIPLOTIER_LIB_ENGINE_PREFILTER_H_
#define DIPLOTIER_LIB_ENGINE_PREFILTER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace diplotier {
namespace internal {

// The scans Find can use. One the CPU lacks gives way to the next slower
// one: AVX2 tables, SSSE3 tables, probe rows.
enum class PrefilterScan {
  kAuto,         // the fastest the CPU has
  kPairRows,     // SSE2 compares per probe (scalar without SSE2); the name
                 // is from when probes were byte pairs
  kSsse3Tables,  // nibble tables, 16 positions per step
  kAvx2Tables,   // nibble tables, 32 positions per step
};

class Prefilter {
 public:
  // Bytes a probe tests at most.
  static constexpr std::size_t kProbeBytes = 3;

  // `anchors` must be non-empty strings to be used (empty ones are
  // ignored); ASCII letters are folded to lower case. Duplicates are
  // harmless.
  // A `scan` other than kAuto is for tests and benchmarks of each scan.
  explicit Prefilter(const std::vector<std::string>& anchors,
                     PrefilterScan scan = PrefilterScan::kAuto);

  // Offset of the first anchor occurrence starting at or after `from`, or
  // npos. Cost: linear in the bytes skipped.
  std::size_t Find(std::string_view text, std::size_t from) const;

  // Longest anchor length in bytes.
  std::size_t max_anchor_length() const { return max_len_; }

  // Number of distinct probes (byte triples, or shorter anchors whole) the
  // scan tests.
  std::size_t probe_count() const { return probes_.size(); }

  // The scan Find uses (never kAuto): the one asked for, or the next slower
  // one the CPU has.
  PrefilterScan scan() const { return scan_; }

 private:
  struct Anchor {
    std::string folded;    // ASCII letters lower-cased
    std::uint32_t offset;  // where its probe starts inside it
  };
  struct Probe {
    std::uint8_t bytes[kProbeBytes] = {};  // folded byte values
    bool fold[kProbeBytes] = {};  // the byte is a letter: compare folded
    std::uint8_t len = 0;  // bytes tested: 3, or the whole of a shorter anchor
    std::vector<Anchor> anchors;
  };

  bool ProbeAt(const Probe& p, const std::uint8_t* t, std::size_t n,
               std::size_t q) const;
  // The smallest start >= from of an anchor whose probe is at q.
  std::size_t VerifyAt(std::string_view text, std::size_t q,
                       std::size_t from) const;
  // min(best, the smallest start >= from of an anchor of `p` whose probe
  // is at q), given that p's probe is at q.
  std::size_t VerifyProbeAt(const Probe& p, std::string_view text,
                            std::size_t q, std::size_t from,
                            std::size_t best) const;
  // min(best, the smallest start >= from of an anchor whose probe is
  // at q + i, for each set bit i of `mask`, checking the probes of the
  // buckets set in low[i] (0-7) and high[i] (8-15)).
  std::size_t VerifyBuckets(std::string_view text, std::size_t q,
                            const std::uint8_t* low, const std::uint8_t* high,
                            std::uint64_t mask,
                            std::size_t from, std::size_t best) const;
  // Find with each scan; the constructor checked the CPU.
  std::size_t FindAvx2Tables(std::string_view text, std::size_t from) const;
  std::size_t FindSsse3Tables(std::string_view text, std::size_t from) const;
  std::size_t FindPairRows(std::string_view text, std::size_t from) const;

  std::vector<Probe> probes_;
  // The probes as 16-byte rows for the probe-rows scan (empty for the
  // others), built once: per probe and byte position, the case bit to OR in
  // and the byte to compare (a position the probe does not test compares
  // 0xFF with itself: always equal, via an OR mask of 0xFF).
  std::vector<std::uint8_t> rows_;
  // The nibble tables: bit b of lo_[s][j][c & 15] & hi_[s][j][c >> 4] is set
  // when some probe of bucket 8 s + b may have c as its byte j (both cases of a letter;
  // every byte past the end of a shorter probe). bucket_probes_[b] lists the
  // probes of bucket b.
  // Buckets 0-7 are bits of the first table set, 8-15 of the second.
  static constexpr std::size_t kBuckets = 16;
  alignas(16) std::uint8_t lo_[2][kProbeBytes][16] = {};
  alignas(16) std::uint8_t hi_[2][kProbeBytes][16] = {};
  std::vector<std::uint32_t> bucket_probes_[kBuckets];
  PrefilterScan scan_;
  std::size_t max_len_ = 0;
  std::size_t max_offset_ = 0;
};

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_ENGINE_PREFILTER_H_
