// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The classifier: a lexicon compiled into RE2 once, then used to find tier
// mentions, tier changes and their parties in any number of texts.
//
//   #include "diplotier/diplotier.h"
//
//   absl::StatusOr<diplotier::Classifier> classifier =
//       diplotier::Classifier::Create(diplotier::Lexicon::Default());
//   if (!classifier.ok()) return classifier.status();
//   absl::StatusOr<diplotier::Analysis> analysis = classifier->Analyze(
//       "China and Venezuela upgraded their ties to an all-weather strategic "
//       "partnership.");
//   // analysis->tier == Tier::kAllWeatherStrategicPartnership
//   // analysis->changes[0].kind == ChangeKind::kUpgrade
//
// How it works: a literal prefilter finds the lexicon's anchors ("partner",
// "伙伴", ...); only the sentences around anchor hits are matched with RE2.
// A text with no anchor costs one pass of the prefilter and no allocation
// (with the Analyze overload that reuses an Analysis).
//
// A Classifier is immutable after Create and safe for concurrent use by any
// number of threads. It is cheap to move and to copy (copies share the
// compiled state).

#ifndef DIPLOTIER_CLASSIFIER_H_
#define DIPLOTIER_CLASSIFIER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "diplotier/analysis.h"
#include "diplotier/export.h"
#include "diplotier/lexicon.h"
#include "diplotier/tier.h"

namespace diplotier {

class Gazetteer;

struct ClassifierOptions {
  // The ladder that ranks tiers: "auto" (default) picks one from the parties
  // through the lexicon's `issuer` lines and falls back to "china"; any other
  // value names a ladder of the lexicon or a built-in one (Ladder::Builtin).
  std::string ladder = "auto";

  // Memory budget for all compiled lexicon patterns together, in bytes
  // (default 256 MiB; at least 1 MiB): what RE2 may use for their programs
  // and match-time DFA caches. A third goes to the set that finds which
  // patterns match, two thirds are shared by the single patterns, each of
  // which needs at least 64 KiB: so the budget must be at least 96 KiB per
  // pattern (Create fails with ResourceExhausted, naming the size needed,
  // when it is not, or when the patterns need more). The shares add up to
  // the budget, never more. Not counted: the prefilter tables, the
  // gazetteer and per-call buffers. Matching that would exceed a pattern's
  // share reports ResourceExhausted instead of silently missing matches.
  // The budget is a ceiling: DFA states are built as text needs them (a
  // classifier that analysed the bench articles holds about 6 MB). A
  // pattern whose share is too small for its DFA still matches, but RE2
  // then keeps discarding and rebuilding states: with the default lexicon's
  // 339 patterns, 64 MiB made dense text 1.6 times slower than 256 MiB.
  std::int64_t max_memory = std::int64_t{256} << 20;

  // Largest text one Analyze call accepts (default 1 GiB); a larger text gets
  // ResourceExhausted. Use StreamAnalyzer for unbounded input.
  std::size_t max_input_bytes = std::size_t{1} << 30;

  // A sentence longer than this many bytes (default 4096) is cut into pieces
  // of at most this size, at a space where possible; patterns never match
  // across a cut.
  std::size_t max_sentence_bytes = 4096;

  // Qualifiers are attached to a tier mention when they lie in the same
  // sentence within this many bytes of it (default 64).
  std::size_t qualifier_reach = 64;

  // Parties are resolved with this gazetteer; null (default) means
  // Gazetteer::Default().
  std::shared_ptr<const Gazetteer> gazetteer;
};

class DIPLOTIER_EXPORT Classifier {
 public:
  // Compiles `lexicon`. Errors: InvalidArgument when a pattern fails to
  // compile (RE2's error text, with the entry's source:line:column), when a
  // tier, representation or trigger-cue pattern can match without one of the
  // lexicon's anchors, or when the options are inconsistent (unknown ladder,
  // zero sizes); ResourceExhausted when the patterns exceed max_memory.
  static absl::StatusOr<Classifier> Create(
      const Lexicon& lexicon, const ClassifierOptions& options = {});

  // Everything in one pass: mentions, changes, parties, strongest tier.
  // ResourceExhausted if text exceeds max_input_bytes or RE2 runs out of
  // memory; otherwise OK, whatever the bytes (invalid UTF-8, NUL, any script).
  absl::StatusOr<Analysis> Analyze(std::string_view text) const;

  // The same, into `out`, reusing its storage: no heap allocation when the
  // text has no anchor. `out` is cleared first.
  absl::Status Analyze(std::string_view text, Analysis* out) const;

  // Only the tier mentions, exactly as Analyze(text).mentions (modality
  // included, which takes change detection): about the cost of Analyze.
  absl::StatusOr<std::vector<Mention>> FindMentions(
      std::string_view text) const;

  // Only the strongest asserted tier (kNone if there is none).
  absl::StatusOr<Tier> Classify(std::string_view text) const;

  // The options this classifier was created with.
  const ClassifierOptions& options() const;

  // Number of compiled patterns, and the anchors the prefilter searches for.
  int pattern_count() const;
  const std::vector<std::string>& anchors() const;

  class Impl;  // Internal.

 private:
  explicit Classifier(std::shared_ptr<const Impl> impl);
  std::shared_ptr<const Impl> impl_;
};

}  // namespace diplotier

#endif  // DIPLOTIER_CLASSIFIER_H_
