// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The results of analysing one text: tier mentions, tier changes and the
// parties they concern. Plain structs; every offset is a byte offset into the
// text that was analysed, as a half-open range [begin, end).

#ifndef DIPLOTIER_ANALYSIS_H_
#define DIPLOTIER_ANALYSIS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diplotier/export.h"
#include "diplotier/tier.h"

namespace diplotier {

// Whether a mention or change is stated as fact, as something expected or
// proposed, or denied.
enum class Modality : std::uint8_t {
  kAsserted = 0,
  kHypothetical,
  kNegated,
};

// "asserted", "hypothetical", "negated".
DIPLOTIER_EXPORT std::string_view ModalityName(Modality modality);

// What a tier change does.
enum class ChangeKind : std::uint8_t {
  kEstablish = 0,  // first label for a dyad
  kUpgrade,
  kDowngrade,
  kReaffirm,  // a tier named with no change
};

// "establish", "upgrade", "downgrade", "reaffirm".
DIPLOTIER_EXPORT std::string_view ChangeKindName(ChangeKind kind);

// Two parties as a sorted pair of codes (ISO 3166-1 alpha-3, or a fixed code
// for organisations such as "EUU", "ASEAN"). Both empty when unknown; one
// empty when only one party is known.
struct Dyad {
  std::string first;
  std::string second;

  bool empty() const { return first.empty() && second.empty(); }
  bool complete() const { return !first.empty() && !second.empty(); }
  // "CHN|VEN"; "" when empty; "CHN|" when only one is known.
  DIPLOTIER_EXPORT std::string ToString() const;
  friend bool operator==(const Dyad& a, const Dyad& b) {
    return a.first == b.first && a.second == b.second;
  }
  friend bool operator!=(const Dyad& a, const Dyad& b) { return !(a == b); }
  friend bool operator<(const Dyad& a, const Dyad& b) {
    return a.first != b.first ? a.first < b.first : a.second < b.second;
  }
};

// One tier phrase found in the text.
struct Mention {
  Tier tier = Tier::kNone;
  int rank = -1;  // on the ladder of its dyad (else the analysis' ladder);
                  // -1 if not placed
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;                     // the matched bytes
  std::vector<std::string> qualifiers;  // labels of nearby qualifiers
  int sentence = 0;  // 0-based index of its sentence in the text
  Modality modality = Modality::kAsserted;
  Dyad dyad;
  // With tier kNone: the relationship the phrase names off every ladder (a
  // lexicon `tier other` line), such as "special_relationship"; empty
  // otherwise.
  std::string label;
};

// The wire name of a tier or off-ladder relationship: TierName(tier), or
// "other:LABEL" when tier is kNone and `label` is not empty.
DIPLOTIER_EXPORT std::string TierOrLabelName(Tier tier, std::string_view label);

// Where a change came from.
enum class ChangeSource : std::uint8_t {
  kText = 0,  // stated in the analysed text
  kHistory,   // implied by a ledger's history
};

// "text", "history".
DIPLOTIER_EXPORT std::string_view ChangeSourceName(ChangeSource source);

// A change of tier (or of diplomatic representation) reported in a sentence.
struct TierChange {
  ChangeKind kind = ChangeKind::kReaffirm;
  Modality status = Modality::kAsserted;
  Tier from = Tier::kNone;  // kNone when the text does not name it
  Tier to = Tier::kNone;
  Representation from_level = Representation::kUnknown;
  Representation to_level = Representation::kUnknown;
  std::optional<int> delta;  // rank(to) - rank(from) on the ladder, if known
  std::size_t begin = 0;     // evidence: the sentence that states it
  std::size_t end = 0;
  int sentence = 0;
  Dyad dyad;
  ChangeSource source = ChangeSource::kText;
};

// Everything found in one text.
struct Analysis {
  std::vector<Mention> mentions;  // in text order, non-overlapping
  // Every change stated, sentence by sentence; no two share span, kind and
  // dyad (repeats in one sentence are merged, an asserted one winning).
  std::vector<TierChange> changes;
  // The document's events: its changes merged into one per dyad, in the
  // order the dyads first appear. An event takes kind, status and span from
  // its weightiest change (an asserted upgrade or downgrade, then an
  // asserted establishment, then a hypothetical or negated change, then a
  // reaffirmation) and the ends that change leaves unnamed from another of
  // the same kind and status ("upgrades ties" in a headline and "to a
  // comprehensive strategic partnership" in the body are one upgrade to
  // that tier). A change with one known party joins the event of a dyad
  // that holds it; one with none joins the first event.
  std::vector<TierChange> events;
  std::vector<Dyad> dyads;  // distinct complete dyads, first-seen order
  // The highest tier the text asserts as holding (kNone if none): a tier
  // only proposed, expected, denied, or the target of a hypothetical or
  // negated change does not hold, nor one withdrawn ("no longer a strategic
  // partner"); the tier a denied upgrade or downgrade starts from does.
  Tier tier = Tier::kNone;
  int rank = 0;  // its rank on `ladder`
  // When no ladder tier holds (tier is kNone): the label of an off-ladder
  // relationship the text asserts as holding ("special_relationship"),
  // under the same rules; empty otherwise. A ladder tier always wins.
  std::string tier_label;
  std::string ladder;  // name of the ladder that ranked them

  // Empties every field, keeping vector capacity for reuse.
  void Clear();
};

}  // namespace diplotier

#endif  // DIPLOTIER_ANALYSIS_H_
