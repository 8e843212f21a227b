// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Change detection inside one sentence: from the tier mentions, the cue hits
// and the representation hits of a sentence to TierChanges (kind, status,
// from, to). Works on offsets only; it never sees a regex or a word.

#ifndef DIPLOTIER_LIB_DETECT_CHANGES_H_
#define DIPLOTIER_LIB_DETECT_CHANGES_H_

#include <cstddef>
#include <vector>

#include "diplotier/analysis.h"
#include "diplotier/lexicon.h"
#include "diplotier/tier.h"

namespace diplotier {
namespace internal {

struct CueHit {
  CueClass cue = CueClass::kEstablish;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct RepresentationHit {
  Representation level = Representation::kUnknown;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// What one sentence holds. Offsets are absolute; `mentions` points at the
// sentence's mentions (in text order) inside the analysis, so that their
// modality can be set.
struct SentenceFacts {
  std::size_t begin = 0;
  std::size_t end = 0;
  int sentence = 0;
  std::vector<CueHit> cues;               // sorted by begin
  std::vector<RepresentationHit> levels;  // sorted by begin
  std::vector<Mention*> mentions;         // sorted by begin
};

// A change found, with the span its parties should be looked for around
// (from the verb to the last tier it governs).
struct FoundChange {
  TierChange change;
  std::size_t focus_begin = 0;
  std::size_t focus_end = 0;
  std::vector<Mention*> mentions;  // the mentions the change governs
};

// Appends the changes of one sentence to `out` and sets the modality of
// its mentions. `ladder` orders two unmarked tiers (the lower is the old
// one). Linear in the number of hits (times a small constant).
void DetectChanges(const SentenceFacts& facts, const Ladder& ladder,
                   std::vector<FoundChange>* out);

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_DETECT_CHANGES_H_
