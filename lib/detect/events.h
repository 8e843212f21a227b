// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Events: the changes of one document merged into one per dyad. A headline's
// tierless "upgrades ties" and the body's "... to a comprehensive strategic
// partnership" are one upgrade; a sentence that lists an establishment and a
// later upgrade of the same pair is one upgrade. Works on TierChange values
// only; it never sees text.

#ifndef DIPLOTIER_LIB_DETECT_EVENTS_H_
#define DIPLOTIER_LIB_DETECT_EVENTS_H_

#include <vector>

#include "diplotier/analysis.h"

namespace diplotier {
namespace internal {

// Whether a change names the ends a rank delta needs: an establishment
// starts from none and needs its new tier; a downgrade may end at none (the
// partnership ended) and needs its old tier; an upgrade needs both (a
// ledger may supply a missing one). A reaffirmation's delta is 0.
bool NamesDeltaEnds(const TierChange& change);

// How much a change says about its dyad, highest first: an asserted upgrade
// or downgrade (4), an asserted establishment (3), a hypothetical or negated
// change (2), a reaffirmation (1).
int EventWeight(const TierChange& change);

// Folds `change` into `events` (one per dyad, in first-seen order):
//  - a change with a complete dyad joins the event of that dyad;
//  - one with a single known party joins the first event whose dyad holds
//    that party; one with no party joins the first event;
//  - otherwise it starts an event of its own.
// In an event the change of the highest EventWeight (the first of equal
// weights) gives kind, status, span and sentence; an end it leaves unnamed
// (from, to, levels) is taken from another change of the same kind and
// status that names it. The delta is left for the caller to set.
void AddToEvents(const TierChange& change, std::vector<TierChange>* events);

// Merges events whose dyad is incomplete into a complete one they fit
// (as AddToEvents would now that later dyads are known). Call once, after
// the last AddToEvents.
void FinishEvents(std::vector<TierChange>* events);

// Removes changes that repeat an earlier one of the same span, kind and dyad
// (two clauses of one sentence reporting the same downgrade), keeping the
// first (or the asserted one, where one is asserted and the other is not)
// and filling the ends it leaves unnamed from the repeat.
void DropRepeatedChanges(std::vector<TierChange>* changes);

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_DETECT_EVENTS_H_
