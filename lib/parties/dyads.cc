// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "parties/dyads.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "parties/gazetteer.h"
#include "util/text.h"

namespace diplotier {
namespace internal {
namespace {

// How sure a construction is that it names a pair (see Score).
enum Strength : int {
  kWithLink = 1,      // China upgraded ties with Venezuela
  kAndLink = 2,       // China and Venezuela
  kBetweenLink = 3,   // between China and Venezuela
  kHyphenLink = 3,    // China-Venezuela, Sino-Venezuelan
  kPairFormLink = 4,  // 中委
};

// Parties found at one span: one code, or two for a Chinese pair form.
struct Group {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<std::string> codes;
};

struct Link {
  std::string a;
  std::string b;
  std::size_t begin = 0;  // from the first party's start ...
  std::size_t end = 0;    // ... to the second party's end
  int strength = 0;
};

std::size_t Distance(std::size_t a_begin, std::size_t a_end,
                     std::size_t b_begin, std::size_t b_end) {
  if (a_end <= b_begin) return b_begin - a_end;
  if (b_end <= a_begin) return a_begin - b_end;
  return 0;
}

bool Contains(const Dyad& dyad, const std::string& code) {
  return dyad.first == code || dyad.second == code;
}

// Length of the white space (ASCII, no-break space, ideographic space) at
// text[pos], or 0.
std::size_t SpaceAt(std::string_view text, std::size_t pos) {
  if (IsBlank(static_cast<unsigned char>(text[pos]))) return 1;
  if (text.substr(pos, 2) == "\xC2\xA0") return 2;
  if (text.substr(pos, 3) == "\xE3\x80\x80") return 3;
  return 0;
}

}  // namespace

// The links and party groups of one sentence, built once; Resolve answers
// for any mention or change in it.
class DyadResolver {
 public:
  DyadResolver(std::string_view sentence,
               const std::vector<PartyMention>& parties,
               std::vector<LinkToken> tokens)
      : sentence_(sentence), tokens_(std::move(tokens)) {
    std::vector<PartyMention> sorted = parties;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const PartyMention& a, const PartyMention& b) {
                       return a.begin < b.begin;
                     });
    for (const PartyMention& mention : sorted) {
      if (mention.end > sentence.size() || mention.begin >= mention.end) {
        continue;  // not in this sentence
      }
      if (!groups_.empty() && groups_.back().begin == mention.begin &&
          groups_.back().end == mention.end) {
        groups_.back().codes.push_back(mention.code);
      } else {
        groups_.push_back({mention.begin, mention.end, {mention.code}});
      }
    }
    for (const LinkToken& token : tokens_) {
      if (token.link == LinkClass::kClause) clause_ends_.push_back(token.end);
    }
    BuildLinks();
  }

  Dyad Resolve(std::size_t begin, std::size_t end, const Dyad& previous) const;

 private:
  // Index of the clause that contains byte `pos`.
  std::size_t ClauseOf(std::size_t pos) const {
    return std::upper_bound(clause_ends_.begin(), clause_ends_.end(), pos) -
           clause_ends_.begin();
  }
  // The token that starts at `pos`, or null.
  const LinkToken* TokenAt(std::size_t pos) const {
    auto it = std::lower_bound(
        tokens_.begin(), tokens_.end(), pos,
        [](const LinkToken& t, std::size_t p) { return t.begin < p; });
    return it != tokens_.end() && it->begin == pos ? &*it : nullptr;
  }
  // Reads sentence[from, to) as white space and connectives only, counting
  // the connectives by class; false if anything else is there.
  bool ReadGap(std::size_t from, std::size_t to,
               std::array<int, 6>* counts) const {
    counts->fill(0);
    for (std::size_t pos = from; pos < to;) {
      if (const std::size_t n = SpaceAt(sentence_, pos); n > 0) {
        pos += n;
        continue;
      }
      const LinkToken* token = TokenAt(pos);
      if (token == nullptr || token->end > to) return false;
      ++(*counts)[static_cast<int>(token->link)];
      pos = token->end;
    }
    return true;
  }
  static int CountExcept(const std::array<int, 6>& counts, LinkClass except) {
    int total = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
      if (i != static_cast<std::size_t>(except)) total += counts[i];
    }
    return total;
  }
  bool OnlyArticles(std::size_t from, std::size_t to) const {
    std::array<int, 6> counts;
    return ReadGap(from, to, &counts) &&
           CountExcept(counts, LinkClass::kArticle) == 0;
  }
  // True if "between" (and articles) comes right before `pos`.
  bool BetweenBefore(std::size_t pos) const {
    for (const LinkToken& token : tokens_) {
      if (token.link == LinkClass::kBetween && token.end <= pos &&
          OnlyArticles(token.end, pos)) {
        return true;
      }
    }
    return false;
  }
  void AddLink(const std::string& a, const std::string& b, std::size_t begin,
               std::size_t end, int strength) {
    if (a == b) return;
    links_.push_back({a, b, begin, end, strength});
  }
  void BuildLinks();
  const Link* BestLink(std::size_t begin, std::size_t end,
                       std::size_t clause) const;
  const Link* BestLinkWith(std::size_t begin, std::size_t end,
                           const std::string& code) const;
  // The first party group of the sentence, or null.
  const Group* FirstGroup() const {
    return groups_.empty() ? nullptr : &groups_.front();
  }
  // The two nearest distinct codes among groups (of clause `clause`, or all
  // when clause is npos).
  Dyad NearestTwo(std::size_t begin, std::size_t end, std::size_t clause) const;

  std::string_view sentence_;
  std::vector<LinkToken> tokens_;
  std::vector<std::size_t> clause_ends_;
  std::vector<Group> groups_;
  std::vector<Link> links_;
};

void DyadResolver::BuildLinks() {
  std::array<int, 6> counts;
  // hyphened[i]: groups i and i + 1 are joined by one hyphen alone. Three or
  // more names in a hyphen chain are a group, not a pair: "the US-Japan-
  // Philippines trilateral" says nothing of US-Japan ties.
  std::vector<bool> hyphened(groups_.size(), false);
  for (std::size_t i = 0; i + 1 < groups_.size(); ++i) {
    if (groups_[i].codes.size() == 1 && groups_[i + 1].codes.size() == 1 &&
        ReadGap(groups_[i].end, groups_[i + 1].begin, &counts) &&
        counts[static_cast<int>(LinkClass::kHyphen)] == 1 &&
        CountExcept(counts, LinkClass::kHyphen) == 0) {
      hyphened[i] = true;
    }
  }
  for (std::size_t i = 0; i < groups_.size(); ++i) {
    const Group& g = groups_[i];
    if (g.codes.size() >= 2) {
      AddLink(g.codes[0], g.codes[1], g.begin, g.end, kPairFormLink);
      continue;
    }
    if (i + 1 >= groups_.size()) continue;
    const Group& h = groups_[i + 1];
    if (h.codes.size() != 1 || !ReadGap(g.end, h.begin, &counts)) continue;
    const int hyphens = counts[static_cast<int>(LinkClass::kHyphen)];
    const int ands = counts[static_cast<int>(LinkClass::kAnd)];
    if (hyphens == 1 && CountExcept(counts, LinkClass::kHyphen) == 0) {
      const bool chain = (i > 0 && hyphened[i - 1]) ||
                         (i + 2 < groups_.size() && hyphened[i + 1]);
      if (!chain) AddLink(g.codes[0], h.codes[0], g.begin, h.end, kHyphenLink);
    } else if (g.end == h.begin) {
      // Two names written together, as Chinese does: 中国东盟, 中國印尼.
      AddLink(g.codes[0], h.codes[0], g.begin, h.end, kAndLink);
    } else if (ands == 1 && CountExcept(counts, LinkClass::kAnd) ==
                                counts[static_cast<int>(LinkClass::kArticle)]) {
      AddLink(g.codes[0], h.codes[0], g.begin, h.end,
              BetweenBefore(g.begin) ? kBetweenLink : kAndLink);
    }
  }
  // X ... with Y. Partners already taken by an earlier "with" in the clause
  // are not subjects: in "China, which upgraded ties with Pakistan, also
  // deepened its partnership with Venezuela" the second pair is China's.
  std::vector<std::size_t> partners;  // group indices
  std::size_t partners_clause = 0;
  for (const LinkToken& with : tokens_) {
    if (with.link != LinkClass::kWith) continue;
    const std::size_t clause = ClauseOf(with.begin);
    if (clause != partners_clause) {
      partners.clear();
      partners_clause = clause;
    }
    std::size_t y = groups_.size();
    for (std::size_t i = 0; i < groups_.size(); ++i) {
      if (groups_[i].begin >= with.end) {
        if (OnlyArticles(with.end, groups_[i].begin)) y = i;
        break;
      }
    }
    if (y == groups_.size() || groups_[y].codes.size() != 1) continue;
    for (std::size_t x = y; x-- > 0;) {
      const Group& g = groups_[x];
      if (g.end > with.begin) continue;
      if (ClauseOf(g.begin) != clause) break;
      if (g.codes.size() != 1 || g.codes[0] == groups_[y].codes[0] ||
          std::find(partners.begin(), partners.end(), x) != partners.end()) {
        continue;
      }
      AddLink(g.codes[0], groups_[y].codes[0], g.begin, groups_[y].end,
              kWithLink);
      break;
    }
    partners.push_back(y);
  }
}

// How good a link is for the mention at [begin, end), smaller is better: a
// link around the mention ("China's ... partnership with Venezuela"), or a
// hyphen pair or pair form right before it ("the Sino-Egyptian strategic
// partnership", 中委全面战略伙伴关系), first; then the nearest, a stronger
// construction counting as kStrengthBytes nearer per step ("France and
// India, which share a strategic partnership, met in Paris with German
// officials" is France and India).
namespace {

constexpr std::int64_t kStrengthBytes = 16;

std::tuple<bool, std::int64_t, std::size_t> Score(const Link& link,
                                                  std::size_t begin,
                                                  std::size_t end) {
  const std::size_t distance = Distance(link.begin, link.end, begin, end);
  // At most one byte between: nothing (Chinese) or a space.
  const bool modifies = link.strength >= kHyphenLink && link.end <= begin &&
                        begin - link.end <= 1;
  const bool around = (link.begin <= begin && end <= link.end) || modifies;
  return {!around,
          static_cast<std::int64_t>(distance) - kStrengthBytes * link.strength,
          link.begin};
}

}  // namespace

const Link* DyadResolver::BestLink(std::size_t begin, std::size_t end,
                                   std::size_t clause) const {
  const Link* best = nullptr;
  auto key = [&](const Link& link) { return Score(link, begin, end); };
  for (const Link& link : links_) {
    if (clause != std::numeric_limits<std::size_t>::max() &&
        ClauseOf(link.begin) != clause) {
      continue;
    }
    if (best == nullptr || key(link) < key(*best)) best = &link;
  }
  return best;
}

const Link* DyadResolver::BestLinkWith(std::size_t begin, std::size_t end,
                                       const std::string& code) const {
  const Link* best = nullptr;
  auto key = [&](const Link& link) { return Score(link, begin, end); };
  for (const Link& link : links_) {
    if (link.a != code && link.b != code) continue;
    if (best == nullptr || key(link) < key(*best)) best = &link;
  }
  return best;
}

Dyad DyadResolver::NearestTwo(std::size_t begin, std::size_t end,
                              std::size_t clause) const {
  const bool any_clause = clause == std::numeric_limits<std::size_t>::max();
  const Group* first = nullptr;
  const std::string* first_code = nullptr;
  std::size_t best = std::numeric_limits<std::size_t>::max();
  for (const Group& g : groups_) {
    if (!any_clause && ClauseOf(g.begin) != clause) continue;
    const std::size_t d = Distance(g.begin, g.end, begin, end);
    if (d < best) {
      best = d;
      first = &g;
      first_code = &g.codes[0];
    }
  }
  if (first == nullptr) return {};
  const std::string* second_code = nullptr;
  best = std::numeric_limits<std::size_t>::max();
  for (const Group& g : groups_) {
    if (!any_clause && ClauseOf(g.begin) != clause) continue;
    for (const std::string& code : g.codes) {
      if (code == *first_code) continue;
      const std::size_t d = Distance(g.begin, g.end, begin, end);
      if (d < best) {
        best = d;
        second_code = &code;
      }
    }
  }
  return MakeDyad(*first_code, second_code ? *second_code : std::string());
}

Dyad DyadResolver::Resolve(std::size_t begin, std::size_t end,
                           const Dyad& previous) const {
  constexpr std::size_t kAnyClause = std::numeric_limits<std::size_t>::max();
  const std::size_t clause = ClauseOf(begin);
  if (const Link* link = BestLink(begin, end, clause)) {
    return MakeDyad(link->a, link->b);
  }
  std::vector<std::string> clause_codes;
  for (const Group& g : groups_) {
    if (ClauseOf(g.begin) != clause) continue;
    for (const std::string& code : g.codes) {
      if (std::find(clause_codes.begin(), clause_codes.end(), code) ==
          clause_codes.end()) {
        clause_codes.push_back(code);
      }
    }
  }
  if (clause_codes.size() >= 2) return NearestTwo(begin, end, clause);
  if (clause_codes.size() == 1) {
    const std::string& code = clause_codes[0];
    if (const Link* link = BestLinkWith(begin, end, code)) {
      return MakeDyad(link->a, link->b);
    }
    if (previous.complete() && Contains(previous, code)) return previous;
    // The subject of an earlier clause carries over: "Seoul has never
    // hosted such a summit; on Monday it upgraded relations with Hanoi",
    // "India did not, and will not, downgrade its partnership with Russia".
    if (const Group* subject = FirstGroup(); subject != nullptr &&
                                             subject->codes.size() == 1 &&
                                             ClauseOf(subject->begin) < clause &&
                                             subject->codes[0] != code) {
      return MakeDyad(subject->codes[0], code);
    }
    return MakeDyad(code, "");
  }
  if (const Link* link = BestLink(begin, end, kAnyClause)) {
    return MakeDyad(link->a, link->b);
  }
  return NearestTwo(begin, end, kAnyClause);
}

Dyad MakeDyad(std::string a, std::string b) {
  if (a.empty()) std::swap(a, b);
  if (!b.empty() && b < a) std::swap(a, b);
  Dyad dyad;
  dyad.first = std::move(a);
  dyad.second = std::move(b);
  return dyad;
}

namespace {

// The distinct codes of the mentions inside `sentence`, in text order.
std::vector<std::string> DistinctCodes(
    std::string_view sentence, const std::vector<PartyMention>& parties) {
  std::vector<std::string> codes;
  for (const PartyMention& mention : parties) {
    if (mention.end > sentence.size() || mention.begin >= mention.end) {
      continue;
    }
    if (std::find(codes.begin(), codes.end(), mention.code) == codes.end()) {
      codes.push_back(mention.code);
    }
  }
  return codes;
}

// The rule of AttachDyad once the codes are known; `resolver` (which gives
// the sentence's DyadResolver) is called only when two or more parties are
// named.
template <typename ResolverFn>
Dyad Resolve(const std::vector<std::string>& codes, bool has_pair_reference,
             std::size_t begin, std::size_t end, const Dyad& previous_dyad,
             ResolverFn resolver) {
  if (codes.empty()) return has_pair_reference ? previous_dyad : Dyad();
  if (codes.size() == 1) {
    if (previous_dyad.complete() && Contains(previous_dyad, codes[0])) {
      return previous_dyad;
    }
    return MakeDyad(codes[0], "");
  }
  return resolver().Resolve(begin, end, previous_dyad);
}

}  // namespace

Dyad AttachDyad(std::string_view sentence,
                const std::vector<PartyMention>& parties, std::size_t begin,
                std::size_t end, const Dyad& previous_dyad,
                const Gazetteer& gazetteer) {
  const std::vector<std::string> codes = DistinctCodes(sentence, parties);
  const bool has_pair_reference =
      codes.empty() && !gazetteer.FindPairReferences(sentence).empty();
  std::optional<DyadResolver> resolver;
  return Resolve(codes, has_pair_reference, begin, end, previous_dyad,
                 [&]() -> const DyadResolver& {
                   resolver.emplace(
                       sentence, parties,
                       GazetteerAccess::FindLinks(gazetteer, sentence));
                   return *resolver;
                 });
}

SentenceParties::SentenceParties() = default;
SentenceParties::~SentenceParties() = default;
SentenceParties::SentenceParties(SentenceParties&&) noexcept = default;
SentenceParties& SentenceParties::operator=(SentenceParties&&) noexcept =
    default;

SentenceParties::SentenceParties(std::string_view sentence,
                                 const Gazetteer& gazetteer)
    : sentence_(sentence), gazetteer_(&gazetteer) {
  parties_ = GazetteerAccess::FindWithPairReference(gazetteer, sentence,
                                                    &has_pair_reference_);
  codes_ = DistinctCodes(sentence, parties_);
}

Dyad SentenceParties::Attach(std::size_t begin, std::size_t end,
                             const Dyad& previous_dyad) {
  if (gazetteer_ == nullptr) return Dyad();
  return Resolve(codes_, has_pair_reference_, begin, end, previous_dyad,
                 [&]() -> const DyadResolver& {
                   if (resolver_ == nullptr) {
                     resolver_ = std::make_unique<DyadResolver>(
                         sentence_, parties_,
                         GazetteerAccess::FindLinks(*gazetteer_, sentence_));
                   }
                   return *resolver_;
                 });
}

}  // namespace internal
}  // namespace diplotier
