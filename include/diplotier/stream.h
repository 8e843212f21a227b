// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Analysing a text of any length in bounded memory: feed it in chunks of any
// size, get the mentions and changes as the sentences that hold them are
// completed, with byte offsets into the whole stream.
//
//   diplotier::StreamAnalyzer stream(*classifier);
//   diplotier::Analysis part;
//   char buf[1 << 20];
//   while (std::size_t n = std::fread(buf, 1, sizeof buf, file)) {
//     if (absl::Status s = stream.Feed(std::string_view(buf, n), &part);
//         !s.ok()) return s;
//     Print(part.mentions, part.changes, stream.evidence());
//   }
//   if (absl::Status s = stream.Finish(&part); !s.ok()) return s;
//   Print(part.mentions, part.changes, stream.evidence());
//   // part.tier, part.rank, part.ladder, part.dyads, part.events: the
//   // whole stream's.
//
// How it works. The analyzer keeps the unfinished tail of the stream. When
// the tail has grown to 64 KiB it looks for the last sentence start whose
// decision can no longer change (one at least 128 bytes before the end of
// what it has, see lib/text/sentences.h), runs Classifier::Analyze on
// everything before it, shifts the results to stream offsets and keeps the
// rest. Because pieces end exactly where a sentence starts and every pattern
// matches within a sentence, a phrase split across chunks is found exactly
// once. The one step that carries state from sentence to sentence is party
// resolution (the last dyad, and a look back of up to 4 KiB for the pair
// that "the two countries" means), so each piece is analysed together with
// the 8 KiB of text before it, starting at a sentence start; the results in
// that context were reported before and are dropped. The mentions and changes
// then equal those of one Analyze call over the whole text, with these
// exceptions, all about long input:
//  - a sentence that runs on for more than 2 × max_sentence_bytes (or a text
//    with no sentence starts) is cut at a blank near the end of the tail, so
//    a phrase or a change that spans such a cut can be missed or split;
//  - a dyad carried from a sentence more than 8 KiB before the piece (with no
//    dyad in between) is not carried;
//  - mention ranks are on the ladder of the stream's first dyad, as in
//    Analyze, except for mentions already reported before that dyad was seen
//    (they keep the default ladder's ranks). A lexicon ladder that replaces a
//    built-in one is used only through the ranks seen in the stream.
// Sentence indices continue across pieces. Sentence boundaries are decided
// with the abbreviation list of the lexicon given to the constructor (the
// default lexicon's with the one-argument constructor): give the lexicon the
// classifier was created from, or indices and cut points may differ from
// Analyze around abbreviations.
//
// Memory: after Feed returns, retained_bytes() <= max(64 KiB, 8 KiB +
// 4 × max_sentence_bytes + 256) (so 64 KiB with the default options),
// whatever the chunk size; during a call the analyzer copies at most 1 MiB of
// the chunk at a time. The context is analysed twice: with the default
// options at most about a third more work, as a piece is at least 64 KiB
// long and its context at most 8 KiB + 2 × max_sentence_bytes + 128.
//
// A StreamAnalyzer holds the state of one stream: use one per thread (it may
// share its Classifier with others). It can be moved, not copied: a copy
// would duplicate a half-read stream.

#ifndef DIPLOTIER_STREAM_H_
#define DIPLOTIER_STREAM_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "diplotier/analysis.h"
#include "diplotier/classifier.h"
#include "diplotier/export.h"
#include "diplotier/lexicon.h"

namespace diplotier {

class DIPLOTIER_EXPORT StreamAnalyzer {
 public:
  // Analyses with `classifier`, which must outlive the analyzer. Sentence
  // rules use Lexicon::Default()'s abbreviations.
  explicit StreamAnalyzer(const Classifier& classifier);

  // The same, with the abbreviations of `lexicon` (pass the lexicon the
  // classifier was created from). `lexicon` is not kept.
  StreamAnalyzer(const Classifier& classifier, const Lexicon& lexicon);

  StreamAnalyzer(StreamAnalyzer&&) noexcept;
  StreamAnalyzer& operator=(StreamAnalyzer&&) noexcept;
  StreamAnalyzer(const StreamAnalyzer&) = delete;
  StreamAnalyzer& operator=(const StreamAnalyzer&) = delete;
  ~StreamAnalyzer();

  // Appends `chunk` (any size, any bytes, may be empty) to the stream. `out`
  // is cleared, then receives the mentions and changes completed by this
  // call — each reported once over the life of the stream — with absolute
  // byte offsets and sentence indices (out->tier, rank, ladder, dyads and
  // events stay cleared: Finish gives them). Cost: amortised linear in the chunk.
  // Errors: those of Classifier::Analyze (ResourceExhausted when RE2 runs out
  // of memory; a piece is at most 1.1 MiB, so max_input_bytes must not be
  // smaller); after an error, Reset.
  absl::Status Feed(std::string_view chunk, Analysis* out);

  // Ends the stream: analyses what is left into `out` as Feed does, sets
  // out->tier, rank, ladder, dyads and events for the whole stream (as
  // Analyze would pick them: dyads in first-seen order, the strongest
  // asserted tier on the ladder of the first dyad, the changes of every
  // piece merged into one event per dyad), then resets the analyzer so that it can take a
  // new stream (offsets start at 0 again). Errors: as Feed.
  absl::Status Finish(Analysis* out);

  // The evidence (sentence text) of each change of the last Feed or Finish:
  // evidence()[i] is the text of out->changes[i] [begin, end). Valid until
  // the next call.
  const std::vector<std::string>& evidence() const;

  // Forgets the stream, as if newly constructed.
  void Reset();

  // Bytes kept from the stream (the unfinished tail and its context).
  std::size_t retained_bytes() const;
  // Stream offset up to which results have been reported.
  std::size_t consumed_bytes() const;
  // Total bytes fed since construction, Reset or Finish.
  std::size_t fed_bytes() const;

 private:
  class State;
  std::unique_ptr<State> state_;
};

}  // namespace diplotier

#endif  // DIPLOTIER_STREAM_H_
