// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The compiled lexicon: an RE2::Set over every pattern plus one RE2 per
// pattern for positions (for the default lexicon compiled on first use),
// and the prefilter over the lexicon's anchors.
// Knows nothing of changes or parties: it turns a sentence into hits.

#ifndef DIPLOTIER_LIB_ENGINE_MATCHER_H_
#define DIPLOTIER_LIB_ENGINE_MATCHER_H_

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "diplotier/lexicon.h"
#include "engine/prefilter.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace diplotier {
namespace internal {

// One match of one lexicon entry; offsets are absolute in the text.
struct Hit {
  int entry = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Verifies that every tier and representation pattern of `lexicon` can only
// match text that contains one of its anchors (InvalidArgument naming the
// first that can). Matcher::Create runs it, except for the default lexicon.
absl::Status CheckAnchors(const Lexicon& lexicon);

class Matcher {
 public:
  // Below this max_memory even the default lexicon's single patterns are
  // compiled by Create.
  static constexpr std::int64_t kLazyMemory = std::int64_t{64} << 20;

  // Compiles every entry of `lexicon`. `max_memory` is the RE2 budget for
  // all patterns together. The single patterns of the default lexicon
  // (those of a lexicon with its entries and anchors) are compiled on first
  // use instead, when max_memory is at least kLazyMemory.
  static absl::StatusOr<std::unique_ptr<Matcher>> Create(
      const Lexicon& lexicon, std::int64_t max_memory);

  // All matches of all entries inside text[begin, end), in no particular
  // order, appended to `hits` — none at all when no tier or representation
  // entry matches there (the other entries only matter around those).
  // Without `with_cues` the cue entries are left out (only change detection
  // reads them). `matched` is scratch space. ResourceExhausted if RE2 runs
  // out of memory.
  absl::Status MatchWindow(std::string_view text, std::size_t begin,
                           std::size_t end, bool with_cues,
                           std::vector<int>* matched,
                           std::vector<Hit>* hits) const;

  // Compiles every single pattern not compiled yet; the first error, as
  // Create would report it. For tests.
  absl::Status CompileAll() const;

  const Prefilter& prefilter() const { return *prefilter_; }
  const std::vector<LexiconEntry>& entries() const { return entries_; }
  const LexiconEntry& entry(int i) const { return entries_[i]; }
  int size() const { return static_cast<int>(entries_.size()); }

 private:
  Matcher() = default;

  std::vector<LexiconEntry> entries_;
  // Each entry's own RE2 (for match positions), compiled once, by Create or
  // on first use by whichever thread needs it first.
  struct LazyRegexp {
    std::once_flag once;
    std::unique_ptr<RE2> re;
    std::int64_t budget = 0;
  };
  // Null when the pattern is rejected.
  const RE2* Regexp(int id) const;
  std::unique_ptr<LazyRegexp[]> lazy_;
  std::unique_ptr<RE2::Set> set_;
  std::unique_ptr<Prefilter> prefilter_;
};

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_ENGINE_MATCHER_H_
