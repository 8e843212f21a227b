// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// How a sentence becomes changes:
//  1. Trigger cues (establish, upgrade, downgrade, downgrade_state, reaffirm)
//     are clustered: triggers with no tier mention between them form one
//     clause ("the anniversary of the establishment of" is one reaffirm), the
//     strongest class deciding the kind (downgrade > upgrade > reaffirm >
//     establish). An upgrade cue followed in its clause by a no_change cue
//     ("to a new level") counts as a reaffirmation.
//  2. Each clause owns the mentions from its trigger up to the next clause's
//     trigger (mentions before the first trigger belong to the first clause).
//  3. A mention just after a source cue ("from") is the old tier, one just
//     after a target cue ("to", "为") the new one; unmarked mentions are
//     ordered by rank.
//  4. A negation cue just before the trigger negates the change; a
//     hypothetical cue anywhere between the previous trigger and this one
//     makes it hypothetical. A contrast cue ("but", "however") between the
//     two ends their reach: "did not hesitate, but upgraded ties" asserts.
//  5. A sentence with no trigger reports a change only when its tier is
//     denied or hoped for: an establishment that is negated or hypothetical.

#include "detect/changes.h"

#include <algorithm>
#include <optional>

namespace diplotier {
namespace internal {
namespace {

// How far (bytes) a source/target marker may stand before its tier.
constexpr std::size_t kMarkerReach = 40;
// How far a negation cue may stand before the verb or tier it negates.
constexpr std::size_t kNegationReach = 48;
// How far into a change word a cue may reach (CueIntoVerb), and how far at
// least: a Latin stem ("elevat") or a two-character Chinese verb (建立), not
// the one character 将 that a cue such as 两国将 shares with the disposal
// construction 将…提升为 (which starts the upgrade cue at 将).
constexpr std::size_t kIntoVerb = 12;
constexpr std::size_t kMinIntoVerb = 4;
// How far a background cue may stand from a change word it takes in.
constexpr std::size_t kBackgroundGap = 24;

bool IsTrigger(CueClass c) {
  return c == CueClass::kEstablish || c == CueClass::kUpgrade ||
         c == CueClass::kDowngrade || c == CueClass::kDowngradeState ||
         c == CueClass::kReaffirm || c == CueClass::kBackground;
}

int Strength(CueClass c) {
  switch (c) {
    case CueClass::kBackground:
      return 5;
    case CueClass::kDowngrade:
    case CueClass::kDowngradeState:
      return 4;
    case CueClass::kUpgrade:
      return 3;
    case CueClass::kReaffirm:
      return 2;
    case CueClass::kEstablish:
      return 1;
    default:
      return 0;
  }
}

struct Clause {
  CueClass cue = CueClass::kReaffirm;
  bool state = false;     // a downgrade_state cue ("no longer a") is present
  std::size_t begin = 0;  // first trigger's begin
  std::size_t end = 0;    // last trigger's end
  std::size_t last_begin = 0;  // last trigger's begin
};

enum class Role { kNone, kSource, kTarget };

// The role a marker cue gives to something starting at `pos`: the nearest
// source/target cue ending at most kMarkerReach bytes before it, with no
// other mention starting in between.
// A target marker before the clause's verb is an infinitive ("plans to
// upgrade their strategic partnership"), not the new tier: target markers
// count from `verb` on, source markers from `floor` on.
Role RoleAt(const SentenceFacts& f, std::size_t pos, std::size_t floor,
            std::size_t verb) {
  const CueHit* best = nullptr;
  for (const CueHit& c : f.cues) {
    if (c.cue != CueClass::kSource && c.cue != CueClass::kTarget) continue;
    if (c.end > pos || pos - c.end > kMarkerReach || c.begin < floor) continue;
    if (c.cue == CueClass::kTarget && c.begin < verb) continue;
    if (best == nullptr || c.end > best->end ||
        (c.end == best->end && c.begin < best->begin)) {
      best = &c;
    }
  }
  if (best == nullptr) return Role::kNone;
  for (const Mention* m : f.mentions) {
    if (m->begin >= best->end && m->begin < pos) return Role::kNone;
  }
  return best->cue == CueClass::kSource ? Role::kSource : Role::kTarget;
}

// Whether a contrast cue lies inside [from, to).
bool ContrastBetween(const SentenceFacts& f, std::size_t from, std::size_t to) {
  for (const CueHit& c : f.cues) {
    if (c.cue == CueClass::kContrast && c.begin >= from && c.end <= to) {
      return true;
    }
  }
  return false;
}

// Whether a `cls` cue starts at or after `lo` and ends at or before `pos`,
// at most `reach` bytes before it (0: any distance), with no contrast cue
// in between.
bool HasCueBefore(const SentenceFacts& f, CueClass cls, std::size_t lo,
                  std::size_t pos, std::size_t reach) {
  for (const CueHit& c : f.cues) {
    if (c.cue != cls || c.begin < lo || c.end > pos) continue;
    if (reach != 0 && pos - c.end > reach) continue;
    if (!ContrastBetween(f, c.end, pos)) return true;
  }
  return false;
}

// Whether a `cls` cue spans [begin, end) ("a downgrade ... could follow"
// around "downgrade").
bool CueAround(const SentenceFacts& f, CueClass cls, std::size_t begin,
               std::size_t end) {
  for (const CueHit& c : f.cues) {
    if (c.cue == cls && c.begin <= begin && c.end >= end) return true;
  }
  return false;
}

// Whether a `cls` cue starts at or after `lo`, before `verb`, and ends
// inside the verb's first few bytes: a cue written to reach into the change
// word it governs ("discussed elevating").
// Whether cue `c` starts at or after `lo`, before `verb`, and ends inside
// the verb's first few bytes.
bool ReachesIntoVerb(const CueHit& c, std::size_t lo, std::size_t verb) {
  return c.begin >= lo && c.begin < verb && c.end >= verb + kMinIntoVerb &&
         c.end <= verb + kIntoVerb;
}

bool CueIntoVerb(const SentenceFacts& f, CueClass cls, std::size_t lo,
                 std::size_t verb) {
  return std::any_of(f.cues.begin(), f.cues.end(), [&](const CueHit& c) {
    return c.cue == cls && ReachesIntoVerb(c, lo, verb);
  });
}

// The start of a `cls` cue that reaches into the verb [verb, verb_end)
// (as CueIntoVerb) or spans it, or npos.
std::size_t CueOnVerb(const SentenceFacts& f, CueClass cls, std::size_t lo,
                      std::size_t verb, std::size_t verb_end) {
  for (const CueHit& c : f.cues) {
    if (c.cue != cls) continue;
    if (ReachesIntoVerb(c, lo, verb) ||
        (c.begin <= verb && c.end >= verb_end)) {
      return c.begin;
    }
  }
  return std::string_view::npos;
}

// A change of the sentence `f` (its span and index), focused on
// [focus_begin, focus_end).
FoundChange SentenceChange(const SentenceFacts& f, ChangeKind kind,
                           Modality status, std::size_t focus_begin,
                           std::size_t focus_end) {
  FoundChange found;
  found.change.kind = kind;
  found.change.status = status;
  found.change.begin = f.begin;
  found.change.end = f.end;
  found.change.sentence = f.sentence;
  found.focus_begin = focus_begin;
  found.focus_end = focus_end;
  return found;
}

int RankOr(const Ladder& ladder, Tier t, int fallback) {
  std::optional<int> r = ladder.Rank(t);
  return r ? *r : fallback;
}

}  // namespace

void DetectChanges(const SentenceFacts& f, const Ladder& ladder,
                   std::vector<FoundChange>* out) {
  // Mentions negated in place ("is not a strategic partner"). A change
  // verb between the negation and the tier ("will not downgrade its
  // strategic partnership") negates the change instead, and leaves the
  // tier it starts from holding.
  for (Mention* m : f.mentions) {
    const CueHit* negation = nullptr;
    for (const CueHit& c : f.cues) {
      if (c.cue != CueClass::kNegation || c.end > m->begin ||
          m->begin - c.end > kNegationReach ||
          ContrastBetween(f, c.end, m->begin)) {
        continue;
      }
      negation = &c;
    }
    // A target marker after the negation ("is not X but was raised to Y")
    // makes the tier the new one, not a denied one; the "to" of the
    // negation itself ("refused to negotiate a ...") does not.
    if (negation == nullptr ||
        HasCueBefore(f, CueClass::kTarget, negation->end, m->begin, 0)) {
      continue;
    }
    bool verb_between = false;
    for (const CueHit& c : f.cues) {
      if (IsTrigger(c.cue) && c.begin >= negation->end && c.begin < m->begin) {
        verb_between = true;
      }
    }
    if (!verb_between) m->modality = Modality::kNegated;
  }

  // 1. Cluster triggers into clauses.
  std::vector<Clause> clauses;
  for (const CueHit& c : f.cues) {
    if (!IsTrigger(c.cue)) continue;
    if (!clauses.empty()) {
      Clause& last = clauses.back();
      // A mention between the last trigger and this one separates two
      // clauses. A mention inside a long cue ("raised ties to X, a step up
      // from Y") separates them only when the next clause is about another
      // dyad ("… X while Japan and India reaffirmed Y").
      bool mention_between = false;
      const Mention* next = nullptr;
      for (const Mention* m : f.mentions) {
        if (m->begin >= c.begin && next == nullptr) next = m;
      }
      for (const Mention* m : f.mentions) {
        if (m->begin >= c.begin || m->begin < last.last_begin) continue;
        if (m->begin >= last.end) mention_between = true;
        if (next != nullptr && m->dyad.complete() && next->dyad.complete() &&
            m->dyad != next->dyad) {
          mention_between = true;
        }
      }
      // A background clause ("since they established ...", "以来") ends at
      // a clause boundary: the main clause after it is its own.
      // A background cue takes in only the change words right next to it
      // ("the anniversary of the establishment of"), not a change further
      // off in the sentence ("hoping for an upgrade this year, in time for
      // the anniversary"). A tier inside a long change cue before it
      // ("elevated ties to a comprehensive strategic partnership, thirty
      // years after establishing ..."; "upgraded ties to a strategic
      // partnership during a visit that launched ...") separates them too,
      // even where the two cues overlap.
      bool background_apart = false;
      if (c.cue == CueClass::kBackground || last.cue == CueClass::kBackground) {
        if (c.begin >= last.end && (c.begin - last.end > kBackgroundGap ||
                                    ContrastBetween(f, last.end, c.begin))) {
          mention_between = true;
        }
        for (const Mention* m : f.mentions) {
          if (m->begin >= last.begin && m->begin < c.begin) {
            mention_between = true;
            background_apart = true;
          }
        }
      }
      if (!mention_between || (c.begin < last.end && !background_apart)) {
        if (Strength(c.cue) > Strength(last.cue)) last.cue = c.cue;
        last.state = last.state || c.cue == CueClass::kDowngradeState;
        last.end = std::max(last.end, c.end);
        last.last_begin = std::max(last.last_begin, c.begin);
        continue;
      }
    }
    clauses.push_back(Clause{c.cue, c.cue == CueClass::kDowngradeState, c.begin,
                             c.end, c.begin});
  }
  if (clauses.empty()) {
    // No change verb. A denied tier ("is not a strategic partner") or one
    // that is only hoped for ("are considering a strategic partnership",
    // "would be a natural next step") still reports a non-asserted change:
    // the tier is named as something that does not (yet) hold.
    Mention* target = nullptr;
    Modality status = Modality::kAsserted;
    for (Mention* m : f.mentions) {
      if (m->modality == Modality::kNegated) {
        target = m;
        status = Modality::kNegated;
        break;
      }
    }
    if (target == nullptr && !f.mentions.empty()) {
      Mention* strongest = f.mentions.back();
      for (Mention* m : f.mentions) {
        if (RankOr(ladder, m->tier, 0) > RankOr(ladder, strongest->tier, 0)) {
          strongest = m;
        }
      }
      // A hypothetical cue before the tier, on the same side of any "but",
      // or one that spans it ("a strategic partnership with Mexico would
      // be"). A modal after a tier that holds ("the strategic partnership
      // will go from strength to strength") hopes for nothing new.
      for (const CueHit& c : f.cues) {
        if (c.cue != CueClass::kHypothetical) continue;
        if (c.begin <= strongest->begin && c.end >= strongest->end) {
          status = Modality::kHypothetical;
        } else if (c.end <= strongest->begin &&
                   !ContrastBetween(f, c.end, strongest->begin)) {
          status = Modality::kHypothetical;
        }
      }
      if (status == Modality::kHypothetical) {
        target = strongest;
        target->modality = Modality::kHypothetical;
      }
    }
    if (target == nullptr) {
      // "from a comprehensive partnership in 2009 to a strategic
      // partnership in 2019": a marked old and new tier make a change
      // without a verb.
      Mention* old_tier = nullptr;
      Mention* new_tier = nullptr;
      for (Mention* m : f.mentions) {
        switch (RoleAt(f, m->begin, f.begin, f.begin)) {
          case Role::kSource:
            if (old_tier == nullptr && new_tier == nullptr) old_tier = m;
            break;
          case Role::kTarget:
            if (old_tier != nullptr) new_tier = m;
            break;
          case Role::kNone:
            break;
        }
      }
      if (old_tier != nullptr && new_tier != nullptr &&
          old_tier->tier != new_tier->tier) {
        const bool up = RankOr(ladder, new_tier->tier, 0) >=
                        RankOr(ladder, old_tier->tier, 0);
        FoundChange found = SentenceChange(
            f, up ? ChangeKind::kUpgrade : ChangeKind::kDowngrade,
            Modality::kAsserted, old_tier->begin, new_tier->end);
        found.change.from = old_tier->tier;
        found.change.to = new_tier->tier;
        found.mentions = {old_tier, new_tier};
        out->push_back(std::move(found));
        return;
      }
      // A relationship that names no tier ("a military alliance"), denied or
      // only hoped for.
      // Only where no tier is named: "a partnership, not an alliance"
      // states the tier.
      for (const RepresentationHit& r : f.levels) {
        if (r.level != Representation::kUnknown || !f.mentions.empty()) {
          continue;
        }
        Modality st = Modality::kAsserted;
        if (HasCueBefore(f, CueClass::kNegation, f.begin, r.begin,
                         kNegationReach) ||
            std::any_of(f.cues.begin(), f.cues.end(), [&](const CueHit& c) {
              // A negation inside or around it: "are not allies", 不结盟.
              return c.cue == CueClass::kNegation && c.begin < r.end &&
                     r.begin < c.end;
            })) {
          st = Modality::kNegated;
        } else if (HasCueBefore(f, CueClass::kHypothetical, f.begin, r.begin,
                                0)) {
          st = Modality::kHypothetical;
        }
        if (st == Modality::kAsserted) continue;
        out->push_back(
            SentenceChange(f, ChangeKind::kEstablish, st, r.begin, r.end));
        return;
      }
      return;
    }
    FoundChange found = SentenceChange(f, ChangeKind::kEstablish, status,
                                       target->begin, target->end);
    found.change.to = target->tier;
    found.mentions.push_back(target);
    out->push_back(std::move(found));
    return;
  }

  for (std::size_t k = 0; k < clauses.size(); ++k) {
    const Clause& cl = clauses[k];
    const std::size_t lo = k == 0 ? f.begin : clauses[k - 1].end;
    const std::size_t hi =
        k + 1 < clauses.size() ? clauses[k + 1].begin : f.end;
    const std::size_t own_lo = k == 0 ? f.begin : cl.begin;

    CueClass cls = cl.cue;
    // Background ("on the 10th anniversary of the establishment of", "since
    // the upgrade"): the clause reports no change, its tiers hold.
    if (cls == CueClass::kBackground) continue;
    // "became strategic partners, lifting ties to a higher level": a tier
    // taken up in the clause (an establishing cue that holds a tier) makes
    // "a higher level" that tier, and the upgrade stands.
    const bool new_tier_taken_up =
        cls == CueClass::kUpgrade &&
        std::any_of(f.cues.begin(), f.cues.end(), [&](const CueHit& e) {
          return e.cue == CueClass::kEstablish && e.begin >= own_lo &&
                 e.begin < hi &&
                 std::any_of(f.mentions.begin(), f.mentions.end(),
                             [&](const Mention* m) {
                               return m->begin >= e.begin && m->end <= e.end;
                             });
        });
    if (cls == CueClass::kUpgrade && !new_tier_taken_up) {
      for (const CueHit& c : f.cues) {
        // A no_change phrase in the clause, or one that holds its verb
        // (提质升级 around 升级).
        if (c.cue != CueClass::kNoChange || c.end <= cl.begin ||
            c.begin >= hi) {
          continue;
        }
        // "迈上永久全面战略伙伴关系的新台阶": a no_change phrase inside an
        // upgrade cue that names the new tier is part of the upgrade.
        const bool inside_upgrade =
            std::any_of(f.cues.begin(), f.cues.end(), [&](const CueHit& u) {
              return u.cue == CueClass::kUpgrade && u.begin <= c.begin &&
                     u.end >= c.end && (u.begin < c.begin || u.end > c.end);
            });
        if (!inside_upgrade) cls = CueClass::kReaffirm;
      }
    }

    FoundChange found;
    TierChange& ch = found.change;
    for (Mention* m : f.mentions) {
      if (m->begin >= own_lo && m->begin < hi) found.mentions.push_back(m);
    }
    std::vector<const RepresentationHit*> levels;
    for (const RepresentationHit& r : f.levels) {
      if (r.begin >= own_lo && r.begin < hi) levels.push_back(&r);
    }
    if (found.mentions.empty() && levels.empty()) continue;

    switch (cls) {
      case CueClass::kDowngrade:
      case CueClass::kDowngradeState:
        ch.kind = ChangeKind::kDowngrade;
        break;
      case CueClass::kUpgrade:
        ch.kind = ChangeKind::kUpgrade;
        break;
      case CueClass::kEstablish:
        ch.kind = ChangeKind::kEstablish;
        break;
      default:
        ch.kind = ChangeKind::kReaffirm;
        break;
    }
    if (ch.kind == ChangeKind::kReaffirm && found.mentions.empty()) continue;

    // 3. Roles.
    Mention* from = nullptr;
    Mention* to = nullptr;
    std::vector<Mention*> unmarked;
    for (Mention* m : found.mentions) {
      switch (RoleAt(f, m->begin, lo, cl.begin)) {
        case Role::kSource:
          if (from == nullptr) from = m;
          break;
        case Role::kTarget:
          to = m;
          break;
        case Role::kNone:
          unmarked.push_back(m);
          break;
      }
    }
    auto by_rank = [&](const Mention* a, const Mention* b) {
      return RankOr(ladder, a->tier, 0) < RankOr(ladder, b->tier, 0);
    };
    std::stable_sort(unmarked.begin(), unmarked.end(), by_rank);
    switch (ch.kind) {
      case ChangeKind::kUpgrade:
      case ChangeKind::kEstablish:
        // "upgrade their strategic partnership" with no new tier named: the
        // one tier is the object of the verb, i.e. the old one.
        if (ch.kind == ChangeKind::kUpgrade && cls == CueClass::kUpgrade &&
            to == nullptr && from == nullptr && unmarked.size() == 1 &&
            unmarked[0]->begin >= cl.end &&
            !HasCueBefore(f, CueClass::kEstablish, cl.begin, hi, 0)) {
          from = unmarked[0];
          unmarked.clear();
        }
        if (to == nullptr && !unmarked.empty()) {
          to = unmarked.back();
          unmarked.pop_back();
        }
        if (from == nullptr && !unmarked.empty() &&
            RankOr(ladder, unmarked.front()->tier, 0) <
                RankOr(ladder, to->tier, 0)) {
          from = unmarked.front();
        }
        break;
      case ChangeKind::kDowngrade:
        if (from == nullptr && !unmarked.empty()) {
          from = unmarked.back();
          unmarked.pop_back();
        }
        if (to == nullptr && !unmarked.empty() && from != nullptr &&
            RankOr(ladder, unmarked.front()->tier, 0) <
                RankOr(ladder, from->tier, 0)) {
          to = unmarked.front();
        }
        break;
      case ChangeKind::kReaffirm: {
        std::vector<Mention*> all = found.mentions;
        std::stable_sort(all.begin(), all.end(), by_rank);
        to = all.back();
        break;
      }
    }
    if (from != nullptr) ch.from = from->tier;
    if (to != nullptr) ch.to = to->tier;
    if (ch.kind == ChangeKind::kEstablish && from != nullptr) {
      ch.kind = ChangeKind::kUpgrade;
    }

    // Representation levels (a `relation` hit names none).
    for (const RepresentationHit* r : levels) {
      if (r->level == Representation::kUnknown) continue;
      switch (RoleAt(f, r->begin, lo, cl.begin)) {
        case Role::kSource:
          ch.from_level = r->level;
          break;
        case Role::kTarget:
          ch.to_level = r->level;
          break;
        case Role::kNone:
          if (ch.kind == ChangeKind::kDowngrade &&
              r->level == Representation::kAmbassador &&
              ch.from_level == Representation::kUnknown) {
            ch.from_level = r->level;
          } else if (ch.to_level == Representation::kUnknown) {
            ch.to_level = r->level;
          }
          break;
      }
    }
    const bool tierless_establishment =
        ch.kind == ChangeKind::kEstablish && found.mentions.empty();

    // 4. Status. A reaffirmation is a commitment, whatever its mood: "is
    // willing to deepen", "will further strengthen", "pressure will not
    // affect the partnership" all reaffirm.
    if (ch.kind == ChangeKind::kReaffirm) {
      // asserted
    } else if (HasCueBefore(f, CueClass::kNegation, lo, cl.begin,
                            kNegationReach) ||
               CueAround(f, CueClass::kNegation, cl.begin, cl.end) ||
               // A denial that starts on the relationship the verb sets up
               // ("建立军事同盟没有意义": an alliance, then "is pointless").
               std::any_of(levels.begin(), levels.end(),
                           [&](const RepresentationHit* r) {
                             return r->level == Representation::kUnknown &&
                                    r->begin >= cl.begin &&
                                    std::any_of(
                                        f.cues.begin(), f.cues.end(),
                                        [&](const CueHit& c) {
                                          return c.cue == CueClass::kNegation &&
                                                 c.begin >= r->begin &&
                                                 c.begin < r->end;
                                        });
                           })) {
      ch.status = Modality::kNegated;
    } else if (const std::size_t decision =
                   CueOnVerb(f, CueClass::kDecision, lo, cl.begin, cl.end);
               decision != std::string_view::npos &&
               !HasCueBefore(f, CueClass::kHypothetical, lo, decision, 0)) {
      // "will sever ties": a decision announced in the future tense ("would
      // break off relations with immediate effect" spans its verb), unless
      // itself only hoped for or in doubt ("whether the two sides will
      // establish").
    } else if (HasCueBefore(f, CueClass::kHypothetical, lo, cl.begin, 0) ||
               CueAround(f, CueClass::kHypothetical, cl.begin, cl.end) ||
               CueIntoVerb(f, CueClass::kHypothetical, lo, cl.begin)) {
      ch.status = Modality::kHypothetical;
    }
    // An establishment needs a tier, or a relationship that names none ("a
    // military alliance") denied or hoped for: "entered into a security
    // cooperation agreement" sets up no partnership tier.
    if (tierless_establishment &&
        (ch.status == Modality::kAsserted ||
         std::none_of(levels.begin(), levels.end(),
                      [](const RepresentationHit* r) {
                        return r->level == Representation::kUnknown;
                      }))) {
      continue;
    }
    if (to != nullptr && ch.kind != ChangeKind::kReaffirm &&
        ch.status != Modality::kAsserted) {
      to->modality = ch.status;
    }
    // A tier withdrawn ("no longer a strategic partner") or suspended,
    // ended or cut no longer holds.
    if (from != nullptr && (cl.state || (ch.kind == ChangeKind::kDowngrade &&
                                         ch.status == Modality::kAsserted))) {
      from->modality = Modality::kNegated;
    }

    ch.begin = f.begin;
    ch.end = f.end;
    ch.sentence = f.sentence;
    found.focus_begin = cl.begin;
    found.focus_end = cl.end;
    for (const Mention* m : found.mentions) {
      found.focus_begin = std::min(found.focus_begin, m->begin);
      found.focus_end = std::max(found.focus_end, m->end);
    }
    out->push_back(std::move(found));
  }
}

}  // namespace internal
}  // namespace diplotier
