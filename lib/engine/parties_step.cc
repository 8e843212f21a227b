// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "engine/parties_step.h"

namespace diplotier {
namespace internal {

absl::Status PartiesStep::Prepare(const ClassifierOptions& options,
                                  Pipeline::State* state) {
  state->gazetteer = options.gazetteer;
  return absl::OkStatus();
}

void PartiesStep::AttachInWindow(std::size_t begin, std::size_t end,
                                 std::vector<Mention>* mentions,
                                 std::size_t first_mention,
                                 std::vector<FoundChange>* found,
                                 std::size_t first_found) {}

}  // namespace internal
}  // namespace diplotier
