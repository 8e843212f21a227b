// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The literal prefilter: finds the next occurrence of any anchor literal.
// ASCII letters in anchors match in either case; other bytes match exactly.
//
// For each anchor two probe bytes are chosen (the two rarest in typical
// text); a block of 16 positions is tested for both probes at once with
// SSE2, and only candidates are verified byte by byte. Immutable after
// construction; thread-safe.

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
  // `anchors` must be non-empty strings; ASCII letters are folded to lower
  // case. Duplicates are harmless.
  explicit Prefilter(const std::vector<std::string>& anchors);

  // Offset of the first anchor occurrence starting at or after `from`, or
  // npos. Cost: linear in the bytes skipped.
  std::size_t Find(std::string_view text, std::size_t from) const;

  // Longest anchor length in bytes.
  std::size_t max_anchor_length() const { return max_len_; }

 private:
  struct Anchor {
    std::string folded;       // ASCII letters lower-cased
    std::uint8_t probe_a = 0;  // byte value at offset_a (folded)
    std::uint8_t probe_b = 0;
    std::uint8_t fold_a = 0;   // 0x20 if the probe is a letter, else 0
    std::uint8_t fold_b = 0;
    std::uint32_t offset_a = 0;
    std::uint32_t offset_b = 0;
  };

  bool MatchesAt(const Anchor& a, std::string_view text, std::size_t pos) const;
  std::size_t FindScalar(std::string_view text, std::size_t from) const;

  std::vector<Anchor> anchors_;
  std::size_t max_len_ = 0;
};

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_ENGINE_PREFILTER_H_
