// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Hyperscan (block mode) over the lexicon's tier and guard patterns:
//
//   kStartOffsets  HS_FLAG_SOM_LEFTMOST: every match with its leftmost
//                  start; per pattern, RE2's leftmost-first iteration is
//                  rebuilt from them (leftmost start, longest end, then the
//                  next start at or after that end).
//   kEnds          no start offsets. FindEnds reports the pattern and end
//                  offset of every match (the raw speed of Hyperscan; not a
//                  full result). Find adds, for each (pattern, sentence)
//                  reported, the pattern's RE2 over that sentence for exact
//                  positions ("Hyperscan, then RE2 on the sentence").
//
// Patterns Hyperscan cannot compile as they are are not dropped: a pattern
// it cannot track start offsets for runs as "ends, then RE2" inside the
// kStartOffsets variant (som_fallback_count()), and a pattern it rejects
// (bounded repeats it finds too large) is compiled with HS_FLAG_PREFILTER and
// confirmed by RE2 (prefilter_count()). FindEnds reports a prefilter
// pattern's candidate ends.
//
// Only built when Hyperscan is found (DIPLOTIER_BENCH_HAVE_HYPERSCAN).

#ifndef DIPLOTIER_BENCH_HYPERSCAN_PEERS_H_
#define DIPLOTIER_BENCH_HYPERSCAN_PEERS_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "peers.h"
#include "re2/re2.h"

struct hs_database;
struct hs_scratch;

namespace diplotier {
namespace bench {

class HyperscanPeer {
 public:
  enum class Mode { kStartOffsets, kEnds };

  HyperscanPeer(const LexiconPatterns& patterns, Mode mode);
  ~HyperscanPeer();
  HyperscanPeer(const HyperscanPeer&) = delete;  // owns Hyperscan handles
  HyperscanPeer& operator=(const HyperscanPeer&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  int som_fallback_count() const { return som_fallback_count_; }
  int prefilter_count() const { return prefilter_count_; }

  // The mentions of `text`.
  void Find(std::string_view text, std::vector<Found>* out);

  // kEnds: (pattern, end offset) of every match, in Hyperscan's order.
  void FindEnds(std::string_view text,
                std::vector<std::pair<int, std::size_t>>* out);

  // The scan callback (internal).
  void OnMatch(unsigned id, unsigned long long from, unsigned long long to);

 private:
  // Compiles `ids` with `flags` into *db; on a pattern Hyperscan rejects,
  // moves it to `rejected` if given, else adds HS_FLAG_PREFILTER, and tries
  // again.
  bool Compile(std::vector<int> ids, std::vector<unsigned> flags,
               std::vector<int>* rejected, hs_database** db,
               hs_scratch** scratch);
  void Scan(hs_database* db, hs_scratch* scratch, std::string_view text);
  void ConfirmEnds(std::string_view text);

  const LexiconPatterns& patterns_;
  Mode mode_;
  MentionResolver resolver_;
  std::vector<std::unique_ptr<RE2>> regexps_;
  hs_database* main_db_ = nullptr;      // SOM for kStartOffsets
  hs_database* fallback_db_ = nullptr;  // kStartOffsets: ends, then RE2
  hs_scratch* main_scratch_ = nullptr;
  hs_scratch* fallback_scratch_ = nullptr;
  int som_fallback_count_ = 0;
  int prefilter_count_ = 0;
  bool scanning_fallback_ = false;

  std::vector<RawHit> som_hits_;                   // from the SOM database
  std::vector<std::pair<int, std::size_t>> ends_;  // to confirm with RE2
  std::vector<std::pair<int, std::size_t>>* ends_out_ = nullptr;
  std::vector<RawHit> hits_;
  std::string error_;
};

}  // namespace bench
}  // namespace diplotier

#endif  // DIPLOTIER_BENCH_HYPERSCAN_PEERS_H_
