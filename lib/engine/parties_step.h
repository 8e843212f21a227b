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
#include "engine/pipeline.h"

namespace diplotier {
namespace internal {

class PartiesStep {
 public:
  // Fills state->gazetteer from the options (or the default gazetteer).
  static absl::Status Prepare(const ClassifierOptions& options,
                              Pipeline::State* state);

  PartiesStep(const Pipeline::State& state, std::string_view text)
      : state_(state), text_(text) {}

  // Sets the dyad of mentions[first_mention..] and found[first_found..], all
  // of which lie in text[begin, end).
  void AttachInWindow(std::size_t begin, std::size_t end,
                      std::vector<Mention>* mentions, std::size_t first_mention,
                      std::vector<FoundChange>* found, std::size_t first_found);

 private:
  // The last two distinct parties named in the kPairLookback bytes before
  // `pos`, for a pair reference with no pair seen yet.
  Dyad PairBefore(std::size_t pos) const;

  const Pipeline::State& state_;
  std::string_view text_;
  Dyad previous_;
};

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_ENGINE_PARTIES_STEP_H_
