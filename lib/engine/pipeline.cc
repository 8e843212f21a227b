// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "engine/pipeline.h"

#include <algorithm>
#include <optional>

#include "absl/strings/str_cat.h"
#include "detect/changes.h"
#include "detect/events.h"
#include "engine/parties_step.h"
#include "util/strings.h"

namespace diplotier {
namespace internal {
namespace {

// Scratch storage reused across calls on the same thread, so that a text
// without anchors (and most texts with them) allocates nothing.
struct Scratch {
  std::vector<int> matched;
  std::vector<Hit> hits;
  std::vector<Hit> tiers;
  std::vector<Hit> guards;
  std::vector<Hit> qualifiers;
  std::vector<Hit> levels;
  std::vector<Hit> relations;
  std::vector<FoundChange> found;
  std::vector<CueHit> hypotheticals;
  SentenceFacts facts;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

bool Overlaps(const Hit& a, const Hit& b) {
  return a.begin < b.end && b.begin < a.end;
}

// Keeps the longest of overlapping hits (ties: earlier start, then earlier
// lexicon line), in text order.
void ResolveOverlaps(std::vector<Hit>* hits) {
  std::sort(hits->begin(), hits->end(), [](const Hit& a, const Hit& b) {
    const std::size_t la = a.end - a.begin, lb = b.end - b.begin;
    if (la != lb) return la > lb;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.entry < b.entry;
  });
  std::vector<Hit>& v = *hits;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    bool clash = false;
    for (std::size_t j = 0; j < kept; ++j) {
      if (Overlaps(v[i], v[j])) {
        clash = true;
        break;
      }
    }
    if (!clash) v[kept++] = v[i];
  }
  v.resize(kept);
  std::sort(v.begin(), v.end(),
            [](const Hit& a, const Hit& b) { return a.begin < b.begin; });
}

// The label of a `tier other` match made from its words: ASCII letters and
// digits lower-cased, words joined by '_', "and" dropped ("all-weather
// partnership" -> "all_weather_partnership"). Empty when no word is left.
std::string LabelFromWords(std::string_view text) {
  std::string label, word;
  auto flush = [&] {
    if (!word.empty() && word != "and") {
      if (!label.empty()) label += '_';
      label += word;
    }
    word.clear();
  };
  for (char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += ch;
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else {
      flush();
    }
  }
  flush();
  return label;
}

}  // namespace

absl::StatusOr<std::unique_ptr<Pipeline::State>> Pipeline::Build(
    const Lexicon& lexicon, const ClassifierOptions& options) {
  if (options.max_sentence_bytes < 64) {
    return absl::InvalidArgumentError(
        "ClassifierOptions::max_sentence_bytes must be at least 64");
  }
  if (options.max_memory < (1 << 20)) {
    return absl::InvalidArgumentError(
        "ClassifierOptions::max_memory must be at least 1 MiB");
  }
  if (options.max_input_bytes == 0) {
    return absl::InvalidArgumentError(
        "ClassifierOptions::max_input_bytes must be positive");
  }
  bool has_tier = false;
  for (const LexiconEntry& e : lexicon.entries()) {
    has_tier = has_tier || e.kind == EntryKind::kTier;
  }
  if (!has_tier) {
    return absl::InvalidArgumentError("the lexicon has no tier entries");
  }
  auto state = std::make_unique<State>();
  state->options = options;
  state->anchors = lexicon.anchors();
  absl::StatusOr<std::unique_ptr<Matcher>> matcher =
      Matcher::Create(lexicon, options.max_memory);
  if (!matcher.ok()) return matcher.status();
  state->matcher = *std::move(matcher);
  state->splitter = std::make_unique<SentenceSplitter>(lexicon.abbreviations());

  state->auto_ladder = options.ladder == "auto" || options.ladder.empty();
  absl::StatusOr<Ladder> fixed =
      lexicon.FindLadder(state->auto_ladder ? "china" : options.ladder);
  if (!fixed.ok()) {
    return absl::InvalidArgumentError(
        Cat("ClassifierOptions::ladder: ", fixed.status().message()));
  }
  state->fixed_ladder = *std::move(fixed);
  for (const auto& [code, name] : lexicon.issuers()) {
    absl::StatusOr<Ladder> l = lexicon.FindLadder(name);
    if (!l.ok()) return l.status();
    state->issuers.emplace_back(code, *std::move(l));
  }
  absl::Status s = PartiesStep::Prepare(options, state.get());
  if (!s.ok()) return s;
  return state;
}

const Ladder& Pipeline::LadderFor(const Dyad& dyad) const {
  if (state_->auto_ladder) {
    for (const auto& [code, ladder] : state_->issuers) {
      if (dyad.first == code || dyad.second == code) return ladder;
    }
  }
  return state_->fixed_ladder;
}

absl::Status Pipeline::Run(std::string_view text, bool with_changes,
                           Analysis* out) const {
  out->Clear();
  const State& st = *state_;
  if (text.size() > st.options.max_input_bytes) {
    return absl::ResourceExhaustedError(
        Cat("text of ", text.size(), " bytes exceeds max_input_bytes (",
            st.options.max_input_bytes, "); use StreamAnalyzer"));
  }
  Scratch& sc = ThreadScratch();
  sc.found.clear();
  const Matcher& matcher = *st.matcher;
  const Prefilter& prefilter = matcher.prefilter();
  const SentenceSplitter& splitter = *st.splitter;
  PartiesStep parties(st, text);

  std::size_t pos = 0;
  std::size_t covered = 0;
  std::size_t counted_to = 0;
  int sentence = 0;
  std::size_t anchor;
  while ((anchor = prefilter.Find(text, pos)) != std::string_view::npos) {
    Span window =
        splitter.Around(text, anchor, st.options.max_sentence_bytes / 2);
    if (window.begin < covered) window.begin = covered;
    if (window.end <= anchor) window.end = std::min(text.size(), anchor + 1);
    pos = std::max(anchor + 1, window.end);
    covered = window.end;

    sc.hits.clear();
    absl::Status s = matcher.MatchWindow(text, window.begin, window.end,
                                         with_changes, &sc.matched, &sc.hits);
    if (!s.ok()) return s;
    sc.tiers.clear();
    sc.guards.clear();
    sc.qualifiers.clear();
    sc.levels.clear();
    sc.relations.clear();
    SentenceFacts& facts = sc.facts;
    facts.cues.clear();
    facts.levels.clear();
    facts.mentions.clear();
    for (const Hit& h : sc.hits) {
      const LexiconEntry& e = matcher.entry(h.entry);
      switch (e.kind) {
        case EntryKind::kTier:
          sc.tiers.push_back(h);
          break;
        case EntryKind::kGuard:
          sc.guards.push_back(h);
          break;
        case EntryKind::kQualifier:
          sc.qualifiers.push_back(h);
          break;
        case EntryKind::kRepresentation:
          // A `relation` line names no level: it neither competes with the
          // levels inside it ("关系由大使级降为") nor yields to guards
          // (suspending "the Strategic Economic Dialogue" is a downgrade).
          (e.level == Representation::kUnknown ? sc.relations : sc.levels)
              .push_back(h);
          break;
        case EntryKind::kCue:
          facts.cues.push_back(CueHit{e.cue, h.begin, h.end});
          break;
      }
    }
    auto guarded = [&](const Hit& h) {
      return std::any_of(sc.guards.begin(), sc.guards.end(),
                         [&](const Hit& g) { return Overlaps(h, g); });
    };
    sc.tiers.erase(std::remove_if(sc.tiers.begin(), sc.tiers.end(), guarded),
                   sc.tiers.end());
    sc.levels.erase(std::remove_if(sc.levels.begin(), sc.levels.end(), guarded),
                    sc.levels.end());
    if (!sc.guards.empty()) {
      // A guard drops cues too: "not only" negates nothing.
      facts.cues.erase(std::remove_if(facts.cues.begin(), facts.cues.end(),
                                      [&](const CueHit& c) {
                                        return guarded(Hit{0, c.begin, c.end});
                                      }),
                       facts.cues.end());
    }
    // A negation inside a hypothetical cue ("does not rule out") denies
    // nothing. (The hypothetical cues are copied first: remove_if moves the
    // cues it is reading.)
    sc.hypotheticals.clear();
    for (const CueHit& c : facts.cues) {
      if (c.cue == CueClass::kHypothetical) sc.hypotheticals.push_back(c);
    }
    if (!sc.hypotheticals.empty()) {
      facts.cues.erase(
          std::remove_if(facts.cues.begin(), facts.cues.end(),
                         [&](const CueHit& c) {
                           return c.cue == CueClass::kNegation &&
                                  std::any_of(sc.hypotheticals.begin(),
                                              sc.hypotheticals.end(),
                                              [&](const CueHit& h) {
                                                return h.begin <= c.begin &&
                                                       c.end <= h.end;
                                              });
                         }),
          facts.cues.end());
    }
    if (sc.tiers.empty() && sc.levels.empty() && sc.relations.empty()) {
      continue;
    }
    ResolveOverlaps(&sc.tiers);
    ResolveOverlaps(&sc.levels);
    // Change detection reads the relations as levels that name none, in
    // text order with the others.
    sc.levels.insert(sc.levels.end(), sc.relations.begin(), sc.relations.end());
    std::stable_sort(
        sc.levels.begin(), sc.levels.end(),
        [](const Hit& a, const Hit& b) { return a.begin < b.begin; });

    // Counted up to the anchor, which always lies inside the sentence.
    sentence +=
        static_cast<int>(splitter.CountStarts(text, counted_to, anchor));
    counted_to = anchor;

    const std::size_t first_mention = out->mentions.size();
    for (const Hit& h : sc.tiers) {
      const LexiconEntry& e = matcher.entry(h.entry);
      Mention m;
      m.tier = e.tier;
      m.begin = h.begin;
      m.end = h.end;
      m.text = std::string(text.substr(h.begin, h.end - h.begin));
      if (e.tier == Tier::kNone) {
        m.label = e.label == "*" ? LabelFromWords(m.text) : e.label;
        if (m.label.empty()) continue;
      }
      m.sentence = sentence;
      const std::size_t reach = st.options.qualifier_reach;
      for (const Hit& q : sc.qualifiers) {
        const bool near = q.end + reach >= h.begin && q.begin <= h.end + reach;
        const std::string& label = matcher.entry(q.entry).label;
        if (near && std::find(m.qualifiers.begin(), m.qualifiers.end(),
                              label) == m.qualifiers.end()) {
          m.qualifiers.push_back(label);
        }
      }
      out->mentions.push_back(std::move(m));
    }
    parties.AttachMentions(window.begin, window.end, &out->mentions,
                           first_mention);
    // A company, firm or university in a sentence that names no party of a
    // dyad ("the two groups signed a strategic cooperation agreement"; "both
    // sides" are then the firms): its tier words are business language, and
    // the sentence states nothing.
    if (parties.NamesNoParty(/*named_only=*/true) &&
        std::any_of(facts.cues.begin(), facts.cues.end(), [](const CueHit& c) {
          return c.cue == CueClass::kBusiness;
        })) {
      out->mentions.resize(first_mention);
      continue;
    }
    if (!with_changes) continue;

    std::sort(facts.cues.begin(), facts.cues.end(),
              [](const CueHit& a, const CueHit& b) {
                return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
              });
    for (const Hit& h : sc.levels) {
      facts.levels.push_back(
          RepresentationHit{matcher.entry(h.entry).level, h.begin, h.end});
    }
    facts.begin = window.begin;
    facts.end = window.end;
    facts.sentence = sentence;
    for (std::size_t i = first_mention; i < out->mentions.size(); ++i) {
      facts.mentions.push_back(&out->mentions[i]);
    }
    const std::size_t first_found = sc.found.size();
    // One ladder per dyad: the sentence's tiers are ordered on the ladder
    // of the dyad its mentions name (as deltas and ranks are below).
    const Ladder* sentence_ladder = &st.fixed_ladder;
    for (std::size_t i = first_mention; i < out->mentions.size(); ++i) {
      if (out->mentions[i].dyad.complete()) {
        sentence_ladder = &LadderFor(out->mentions[i].dyad);
        break;
      }
    }
    DetectChanges(facts, *sentence_ladder, &sc.found);
    parties.AttachChanges(&sc.found, first_found);
  }

  // A change's rank delta on its dyad's ladder, where its ends allow one.
  auto Delta = [&](const TierChange& c) -> std::optional<int> {
    if (c.kind == ChangeKind::kReaffirm) return 0;
    if (!NamesDeltaEnds(c)) return std::nullopt;
    return RankDelta(c.from, c.to, LadderFor(c.dyad));
  };
  // Ladders, ranks and the strongest tier.
  for (const Mention& m : out->mentions) {
    if (m.dyad.complete() && std::find(out->dyads.begin(), out->dyads.end(),
                                       m.dyad) == out->dyads.end()) {
      out->dyads.push_back(m.dyad);
    }
  }
  for (FoundChange& f : sc.found) {
    TierChange& c = f.change;
    if (c.dyad.complete() && std::find(out->dyads.begin(), out->dyads.end(),
                                       c.dyad) == out->dyads.end()) {
      out->dyads.push_back(c.dyad);
    }
    c.delta = Delta(c);
    out->changes.push_back(std::move(c));
  }
  sc.found.clear();
  DropRepeatedChanges(&out->changes);
  for (const TierChange& c : out->changes) AddToEvents(c, &out->events);
  FinishEvents(&out->events);
  for (TierChange& e : out->events) e.delta = Delta(e);
  const Ladder& doc_ladder =
      LadderFor(out->dyads.empty() ? Dyad() : out->dyads.front());
  out->ladder = doc_ladder.name();
  // A tier the document suspends, ends or cuts (an asserted downgrade from
  // it) no longer holds, wherever else the document names it (as
  // StreamAnalyzer decides it, without regard to dyads).
  auto withdrawn = [&](const Mention& m) {
    return std::any_of(
        out->changes.begin(), out->changes.end(), [&](const TierChange& c) {
          return c.kind == ChangeKind::kDowngrade &&
                 c.status == Modality::kAsserted && c.from == m.tier;
        });
  };
  // Of two tiers of equal rank (a ladder that does not tell them apart), the
  // new tier of an asserted upgrade wins, then that of an asserted
  // establishment ("agreed to build a strategic partnership, and later raised
  // ties to an extensive strategic partnership").
  auto target = [&](Tier t) {
    int weight = 0;
    for (const TierChange& c : out->changes) {
      if (c.status != Modality::kAsserted || c.to != t) continue;
      if (c.kind == ChangeKind::kUpgrade) weight = 2;
      if (c.kind == ChangeKind::kEstablish) weight = std::max(weight, 1);
    }
    return weight;
  };
  int best = -2;
  for (Mention& m : out->mentions) {
    if (m.tier == Tier::kNone) {
      // An off-ladder relationship holds only where no ladder tier does.
      if (m.modality == Modality::kAsserted && out->tier_label.empty()) {
        out->tier_label = m.label;
      }
      m.rank = -1;
      continue;
    }
    std::optional<int> r = doc_ladder.Rank(m.tier);
    const int doc_rank = r ? *r : -1;
    if (m.modality == Modality::kAsserted && !withdrawn(m) &&
        (doc_rank > best || (doc_rank == best && m.tier != out->tier &&
                             target(m.tier) > target(out->tier)))) {
      best = doc_rank;
      out->tier = m.tier;
      out->rank = doc_rank;
    }
    // A mention is ranked on the ladder of its own dyad, as its changes are.
    if (m.dyad.complete()) r = LadderFor(m.dyad).Rank(m.tier);
    m.rank = r ? *r : -1;
  }
  if (out->tier == Tier::kNone) {
    out->rank = 0;
  } else {
    out->tier_label.clear();
  }
  return absl::OkStatus();
}

}  // namespace internal
}  // namespace diplotier
