// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The analysis pipeline: prefilter → sentence windows → RE2 hits → overlap
// resolution → mentions → changes → parties → ranks.

#include "diplotier/classifier.h"

#include <algorithm>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "detect/changes.h"
#include "engine/matcher.h"
#include "engine/pipeline.h"
#include "text/sentences.h"

namespace diplotier {

// Hidden even though Classifier is exported (see Gazetteer::Impl).
class DIPLOTIER_NO_EXPORT Classifier::Impl : public internal::Pipeline {
 public:
  using internal::Pipeline::Pipeline;
};

Classifier::Classifier(std::shared_ptr<const Impl> impl)
    : impl_(std::move(impl)) {}

absl::StatusOr<Classifier> Classifier::Create(
    const Lexicon& lexicon, const ClassifierOptions& options) {
  absl::StatusOr<std::unique_ptr<internal::Pipeline::State>> state =
      internal::Pipeline::Build(lexicon, options);
  if (!state.ok()) return state.status();
  return Classifier(std::make_shared<const Impl>(*std::move(state)));
}

absl::StatusOr<Analysis> Classifier::Analyze(std::string_view text) const {
  Analysis out;
  absl::Status s = impl_->Run(text, /*with_changes=*/true, &out);
  if (!s.ok()) return s;
  return out;
}

absl::Status Classifier::Analyze(std::string_view text, Analysis* out) const {
  return impl_->Run(text, /*with_changes=*/true, out);
}

absl::StatusOr<std::vector<Mention>> Classifier::FindMentions(
    std::string_view text) const {
  // The modality of a mention comes from change detection ("are not
  // comprehensive strategic partners" is negated), so this runs it too.
  Analysis out;
  absl::Status s = impl_->Run(text, /*with_changes=*/true, &out);
  if (!s.ok()) return s;
  return std::move(out.mentions);
}

absl::StatusOr<Tier> Classifier::Classify(std::string_view text) const {
  Analysis out;
  absl::Status s = impl_->Run(text, /*with_changes=*/true, &out);
  if (!s.ok()) return s;
  return out.tier;
}

const ClassifierOptions& Classifier::options() const {
  return impl_->state().options;
}

int Classifier::pattern_count() const { return impl_->state().matcher->size(); }

const std::vector<std::string>& Classifier::anchors() const {
  return impl_->state().anchors;
}

}  // namespace diplotier
