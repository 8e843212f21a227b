// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The compiled, immutable state behind a Classifier and the one function
// that runs it over a text. Separate from classifier.cc so that the
// streaming analyzer can drive the same pipeline window by window.

#ifndef DIPLOTIER_LIB_ENGINE_PIPELINE_H_
#define DIPLOTIER_LIB_ENGINE_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "diplotier/analysis.h"
#include "diplotier/classifier.h"
#include "diplotier/lexicon.h"
#include "diplotier/tier.h"
#include "engine/matcher.h"
#include "text/sentences.h"

namespace diplotier {
namespace internal {

class Pipeline {
 public:
  struct State {
    ClassifierOptions options;
    std::unique_ptr<Matcher> matcher;
    std::unique_ptr<SentenceSplitter> splitter;
    std::vector<std::string> anchors;
    Ladder fixed_ladder = Ladder::China();  // used unless auto
    bool auto_ladder = true;
    // Issuer code → ladder, in priority order (lexicon `issuer` lines).
    std::vector<std::pair<std::string, Ladder>> issuers;
    std::shared_ptr<const Gazetteer> gazetteer;
  };

  static absl::StatusOr<std::unique_ptr<State>> Build(
      const Lexicon& lexicon, const ClassifierOptions& options);

  explicit Pipeline(std::unique_ptr<State> state) : state_(std::move(state)) {}

  const State& state() const { return *state_; }

  // Analyses `text` into `out` (cleared first).
  absl::Status Run(std::string_view text, bool with_changes,
                   Analysis* out) const;

  // The ladder for a dyad: the first issuer line naming one of its parties,
  // else the fixed/default ladder.
  const Ladder& LadderFor(const Dyad& dyad) const;

 private:
  std::unique_ptr<State> state_;
};

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_ENGINE_PIPELINE_H_
