// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "engine/parties_step.h"

#include <algorithm>

#include "diplotier/parties.h"
#include "parties/dyads.h"

namespace diplotier {
namespace internal {
namespace {

// How far back, in bytes, a pair reference ("the two countries") looks for
// the pair it means when no earlier tier sentence named one.
constexpr std::size_t kPairLookback = 4096;

}  // namespace

absl::Status PartiesStep::Prepare(const ClassifierOptions& options,
                                  Pipeline::State* state) {
  if (options.gazetteer != nullptr) {
    state->gazetteer = options.gazetteer;
  } else {
    // The default gazetteer lives for the whole program: no ownership.
    state->gazetteer = std::shared_ptr<const Gazetteer>(
        &Gazetteer::Default(), [](const Gazetteer*) {});
  }
  return absl::OkStatus();
}

Dyad PartiesStep::PairBefore(std::size_t pos) const {
  const Gazetteer& gazetteer = *state_.gazetteer;
  const std::size_t from = pos > kPairLookback ? pos - kPairLookback : 0;
  std::vector<PartyMention> parties =
      gazetteer.Find(text_.substr(from, pos - from));
  std::string last, before_last;
  for (const PartyMention& p : parties) {
    if (p.code == last) continue;
    before_last = std::move(last);
    last = p.code;
  }
  if (last.empty() || before_last.empty()) return Dyad();
  return MakeDyad(before_last, last);
}

void PartiesStep::AttachMentions(std::size_t begin, std::size_t end,
                                 std::vector<Mention>* mentions,
                                 std::size_t first_mention) {
  const Gazetteer& gazetteer = *state_.gazetteer;
  previous_ = latest_;  // what the last window ended with
  window_begin_ = begin;
  found_ = SentenceParties();
  if (gazetteer.empty()) return;
  found_ = SentenceParties(text_.substr(begin, end - begin), gazetteer);
  if (!previous_.complete() && found_.has_pair_reference()) {
    previous_ = PairBefore(begin);
  }
  latest_ = previous_;
  for (std::size_t i = first_mention; i < mentions->size(); ++i) {
    Mention& m = (*mentions)[i];
    m.dyad = found_.Attach(m.begin - begin, m.end - begin, previous_);
    if (m.dyad.complete()) latest_ = m.dyad;
  }
}

bool PartiesStep::NamesNoParty(bool named_only) const {
  return !state_.gazetteer->empty() && found_.parties().empty() &&
         (named_only || !found_.has_pair_reference());
}

void PartiesStep::AttachChanges(std::vector<FoundChange>* found,
                                std::size_t first_found) {
  const Gazetteer& gazetteer = *state_.gazetteer;
  if (gazetteer.empty()) return;
  if (NamesNoParty()) {
    found->erase(
        std::remove_if(found->begin() + first_found, found->end(),
                       [](const FoundChange& f) {
                         const TierChange& c = f.change;
                         return c.from == Tier::kNone && c.to == Tier::kNone &&
                                c.from_level == Representation::kUnknown &&
                                c.to_level == Representation::kUnknown;
                       }),
        found->end());
  }
  for (std::size_t i = first_found; i < found->size(); ++i) {
    FoundChange& f = (*found)[i];
    f.change.dyad = found_.Attach(f.focus_begin - window_begin_,
                                  f.focus_end - window_begin_, previous_);
    if (f.change.dyad.complete()) latest_ = f.change.dyad;
  }
  previous_ = latest_;
}

}  // namespace internal
}  // namespace diplotier
