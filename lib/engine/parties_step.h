// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The parties step of the pipeline: finds the parties named in a sentence
// window and attaches a dyad to each mention and change in it, carrying the
// last complete dyad of the document forward ("the two countries").

#ifndef DIPLOTIER_LIB_ENGINE_PARTIES_STEP_H_
#define DIPLOTIER_LIB_ENGINE_PARTIES_STEP_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "detect/changes.h"
#include "diplotier/analysis.h"
#include "diplotier/parties.h"
#include "engine/pipeline.h"
#include "parties/dyads.h"

namespace diplotier {
namespace internal {

class PartiesStep {
 public:
  // Fills state->gazetteer from the options (or the default gazetteer).
  static absl::Status Prepare(const ClassifierOptions& options,
                              Pipeline::State* state);

  PartiesStep(const Pipeline::State& state, std::string_view text)
      : state_(state), text_(text) {}

  // Finds the parties of the window text[begin, end) and sets the dyad of
  // mentions[first_mention..], all of which lie in it. Call before change
  // detection, which uses mention dyads to tell clauses apart.
  void AttachMentions(std::size_t begin, std::size_t end,
                      std::vector<Mention>* mentions,
                      std::size_t first_mention);

  // Sets the dyad of found[first_found..], in the window of the last
  // AttachMentions call, and carries the window's last dyad forward.
  // A change that names no tier and no level (from a `relation` entry) is
  // dropped when the window names no party and refers to no pair: "the
  // company suspended its membership" is no relation between states.
  void AttachChanges(std::vector<FoundChange>* found, std::size_t first_found);

  // Whether the window of the last AttachMentions call names no party (and,
  // unless `named_only`, refers to no pair: "the two sides"), with a
  // gazetteer to find them (false without one).
  bool NamesNoParty(bool named_only = false) const;

 private:
  // The last two distinct parties named in the kPairLookback bytes before
  // `pos`, for a pair reference with no pair seen yet.
  Dyad PairBefore(std::size_t pos) const;

  const Pipeline::State& state_;
  std::string_view text_;
  Dyad previous_;
  // The current window and what AttachMentions found in it.
  std::size_t window_begin_ = 0;
  SentenceParties found_;
  Dyad latest_;
};

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_ENGINE_PARTIES_STEP_H_
