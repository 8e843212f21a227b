// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "detect/events.h"

#include <cstddef>

namespace diplotier {
namespace internal {
namespace {

bool HasParty(const Dyad& d, const std::string& code) {
  return !code.empty() && (d.first == code || d.second == code);
}

// The index of the event `change` belongs to, or events.size() for a new one.
std::size_t EventFor(const Dyad& dyad, const std::vector<TierChange>& events) {
  if (dyad.complete()) {
    for (std::size_t i = 0; i < events.size(); ++i) {
      if (events[i].dyad == dyad) return i;
    }
    return events.size();
  }
  const std::string& party = dyad.first.empty() ? dyad.second : dyad.first;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (party.empty() ? events[i].dyad.complete()
                      : HasParty(events[i].dyad, party)) {
      return i;
    }
  }
  // No complete dyad to join: changes without parties share one event.
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (events[i].dyad == dyad) return i;
  }
  return events.size();
}

// Fills the ends `into` leaves unnamed from `from` when both say the same
// (kind and status; `any_status`: kind only).
void FillEnds(const TierChange& from, TierChange* into,
              bool any_status = false) {
  if (from.kind != into->kind) return;
  if (!any_status && from.status != into->status) return;
  if (into->from == Tier::kNone) into->from = from.from;
  if (into->to == Tier::kNone) into->to = from.to;
  if (into->from_level == Representation::kUnknown) {
    into->from_level = from.from_level;
  }
  if (into->to_level == Representation::kUnknown) {
    into->to_level = from.to_level;
  }
}

void Merge(const TierChange& change, TierChange* event) {
  if (EventWeight(change) > EventWeight(*event)) {
    TierChange old = *event;
    Dyad dyad = event->dyad.complete() ? event->dyad : change.dyad;
    *event = change;
    event->dyad = dyad;
    FillEnds(old, event);
  } else {
    if (!event->dyad.complete() && change.dyad.complete()) {
      event->dyad = change.dyad;
    }
    FillEnds(change, event);
  }
}

}  // namespace

bool NamesDeltaEnds(const TierChange& c) {
  switch (c.kind) {
    case ChangeKind::kEstablish:
      return c.to != Tier::kNone;
    case ChangeKind::kUpgrade:
      return c.from != Tier::kNone && c.to != Tier::kNone;
    case ChangeKind::kDowngrade:
      return c.from != Tier::kNone;
    case ChangeKind::kReaffirm:
      return false;
  }
  return false;
}

int EventWeight(const TierChange& c) {
  if (c.kind == ChangeKind::kReaffirm) return 1;
  if (c.status != Modality::kAsserted) return 2;
  return c.kind == ChangeKind::kEstablish ? 3 : 4;
}

void AddToEvents(const TierChange& change, std::vector<TierChange>* events) {
  const std::size_t i = EventFor(change.dyad, *events);
  if (i == events->size()) {
    events->push_back(change);
  } else {
    Merge(change, &(*events)[i]);
  }
}

void FinishEvents(std::vector<TierChange>* events) {
  std::vector<TierChange> merged;
  merged.reserve(events->size());
  // Complete dyads first, so that the others can join them.
  for (const TierChange& e : *events) {
    if (e.dyad.complete()) merged.push_back(e);
  }
  for (const TierChange& e : *events) {
    if (!e.dyad.complete()) AddToEvents(e, &merged);
  }
  // Back to the order in which their dyads were first seen.
  std::vector<TierChange> ordered;
  ordered.reserve(merged.size());
  std::vector<bool> taken(merged.size(), false);
  for (const TierChange& e : *events) {
    for (std::size_t i = 0; i < merged.size(); ++i) {
      if (!taken[i] && merged[i].dyad == e.dyad) {
        ordered.push_back(merged[i]);
        taken[i] = true;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < merged.size(); ++i) {
    if (!taken[i]) ordered.push_back(merged[i]);
  }
  *events = std::move(ordered);
}

void DropRepeatedChanges(std::vector<TierChange>* changes) {
  std::vector<TierChange>& v = *changes;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    bool repeat = false;
    for (std::size_t j = 0; j < kept; ++j) {
      TierChange& k = v[j];
      if (k.begin == v[i].begin && k.end == v[i].end && k.kind == v[i].kind &&
          k.dyad == v[i].dyad) {
        // The stronger status wins: asserted over hypothetical or negated.
        if (k.status != Modality::kAsserted &&
            v[i].status == Modality::kAsserted) {
          TierChange kept = std::move(v[i]);
          FillEnds(k, &kept, /*any_status=*/true);
          k = std::move(kept);
        } else {
          FillEnds(v[i], &k, /*any_status=*/true);
        }
        repeat = true;
        break;
      }
    }
    if (!repeat) {
      if (kept != i) v[kept] = std::move(v[i]);
      ++kept;
    }
  }
  v.resize(kept);
}

}  // namespace internal
}  // namespace diplotier
