// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The literal prefilter: finds the next occurrence of any anchor literal.
// ASCII letters in anchors match in either case; other bytes match exactly.
//
// Each anchor is reduced to one of its byte pairs (bigrams), chosen rare and
// shared between anchors where possible ("伙伴" and "夥伴" share the pair of
// 伴). A block of 16 positions is tested against every distinct pair with
// two loads and two compares a pair (SSE2), so the cost grows with the
// number of distinct pairs, not of anchors; only positions where a pair
// occurs are verified byte by byte. Immutable after construction;
// thread-safe.

#ifndef DIPLOTIER_LIB_ENGINE_PREFILTER_H_
#define DIPLOTIER_LIB_ENGINE_PREFILTER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace diplotier {
namespace internal {

class Prefilter {
 public:
  // `anchors` must be non-empty strings to be used (empty ones are
  // ignored); ASCII letters are folded to lower case. Duplicates are
  // harmless.
  explicit Prefilter(const std::vector<std::string>& anchors);

  // Offset of the first anchor occurrence starting at or after `from`, or
  // npos. Cost: linear in the bytes skipped.
  std::size_t Find(std::string_view text, std::size_t from) const;

  // Longest anchor length in bytes.
  std::size_t max_anchor_length() const { return max_len_; }

  // Number of distinct byte pairs the scan tests.
  std::size_t probe_count() const { return probes_.size(); }

 private:
  struct Anchor {
    std::string folded;    // ASCII letters lower-cased
    std::uint32_t offset;  // where its probe pair starts inside it
  };
  struct Probe {
    std::uint8_t first = 0;  // folded byte values
    std::uint8_t second = 0;
    bool fold_first = false;  // the byte is a letter: compare folded
    bool fold_second = false;
    bool single = false;  // a one-byte anchor: `second` is not tested
    std::vector<Anchor> anchors;
  };

  bool ProbeAt(const Probe& p, const std::uint8_t* t, std::size_t n,
               std::size_t q) const;
  // The smallest start >= from of an anchor whose probe pair is at q.
  std::size_t VerifyAt(std::string_view text, std::size_t q,
                       std::size_t from) const;

  std::vector<Probe> probes_;
  // The probes as 16-byte rows for the SIMD scan, built once: per probe,
  // the case bit to OR in and the byte to compare, for both positions (a
  // single-byte probe compares its second position with itself: always
  // equal, via an OR mask of 0xFF and a byte of 0xFF).
  std::vector<std::uint8_t> rows_;
  std::size_t max_len_ = 0;
  std::size_t max_offset_ = 0;
};

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_ENGINE_PREFILTER_H_
