// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "diplotier/analysis.h"

#include <string>

namespace diplotier {

std::string_view ModalityName(Modality modality) {
  switch (modality) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kHypothetical:
      return "hypothetical";
    case Modality::kNegated:
      return "negated";
  }
  return "asserted";
}

std::string_view ChangeKindName(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kEstablish:
      return "establish";
    case ChangeKind::kUpgrade:
      return "upgrade";
    case ChangeKind::kDowngrade:
      return "downgrade";
    case ChangeKind::kReaffirm:
      return "reaffirm";
  }
  return "reaffirm";
}

std::string_view ChangeSourceName(ChangeSource source) {
  return source == ChangeSource::kHistory ? "history" : "text";
}

std::string Dyad::ToString() const {
  if (empty()) return std::string();
  return first + "|" + second;
}

void Analysis::Clear() {
  mentions.clear();
  changes.clear();
  events.clear();
  dyads.clear();
  tier = Tier::kNone;
  rank = 0;
  tier_label.clear();
  ladder.clear();
}

std::string TierOrLabelName(Tier tier, std::string_view label) {
  if (tier == Tier::kNone && !label.empty()) {
    return std::string("other:").append(label);
  }
  return std::string(TierName(tier));
}

}  // namespace diplotier
