// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Dyad attachment: which two parties a tier mention or change in a sentence
// concerns, from the parties the gazetteer found in that sentence and the
// connectives between them.
//
//   std::vector<PartyMention> parties = gazetteer.Find(sentence);
//   Dyad dyad = AttachDyad(sentence, parties, mention_begin, mention_end,
//                          previous_dyad, gazetteer);
//
// Constructions recognised (the connective words come from the gazetteer's
// `link` rows, never from code):
//   pair forms         中委关系 (two mentions with one span)
//   hyphen pairs       China-Venezuela relations, Sino-Venezuelan ties,
//                      中国—委内瑞拉 (not in a chain of three or more:
//                      the US-Japan-Philippines trilateral)
//   X and Y            (between) China and Venezuela, 中国同/和/与委内瑞拉,
//                      and two names written together (中国东盟)
//   X ... with Y       China upgraded ties with Venezuela, China's ... with
//                      Venezuela; X is the nearest party before "with" that
//                      is not itself the partner of an earlier "with"
// Among the links in the mention's clause (clauses end at `clause` links:
// ";", "while", "but", 而), one around the mention wins, else the nearest, a
// stronger construction (pair form > hyphen = between > and > with) counting
// as about three words nearer per step.
// Without a link: the two nearest distinct parties of the clause; one party
// alone keeps the previous dyad if that contains it; no party keeps the
// previous dyad only if the sentence refers back to a pair ("the two
// countries", 双方).

#ifndef DIPLOTIER_LIB_PARTIES_DYADS_H_
#define DIPLOTIER_LIB_PARTIES_DYADS_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "diplotier/analysis.h"
#include "diplotier/parties.h"
#include "parties/gazetteer.h"

namespace diplotier {
namespace internal {

// A dyad with its codes sorted; {a, ""} when b is empty (and {b, ""} when a
// is); empty when both are.
Dyad MakeDyad(std::string a, std::string b);

// The dyad of a tier mention or change at [begin, end) inside `sentence`
// (offsets relative to the sentence), given `parties`, the gazetteer's
// mentions in that sentence (gazetteer.Find(sentence)), and
// `previous_dyad`, the last complete dyad seen earlier in the document.
// Codes are sorted (first < second). Pure function; thread-safe.
Dyad AttachDyad(std::string_view sentence,
                const std::vector<PartyMention>& parties, std::size_t begin,
                std::size_t end, const Dyad& previous_dyad,
                const Gazetteer& gazetteer);

class DyadResolver;  // dyads.cc

// What AttachDyad needs of one sentence, found once for all the mentions and
// changes in it: the party mentions and whether a pair reference ("the two
// countries") is there, from one gazetteer scan; the connectives, found on
// first need (only a sentence with two or more parties needs them).
class SentenceParties {
 public:
  SentenceParties();
  SentenceParties(std::string_view sentence, const Gazetteer& gazetteer);
  ~SentenceParties();
  SentenceParties(SentenceParties&&) noexcept;
  SentenceParties& operator=(SentenceParties&&) noexcept;

  const std::vector<PartyMention>& parties() const { return parties_; }
  bool has_pair_reference() const { return has_pair_reference_; }

  // The same as AttachDyad(sentence, parties(), begin, end, previous_dyad,
  // gazetteer) for the sentence and gazetteer given at construction.
  Dyad Attach(std::size_t begin, std::size_t end, const Dyad& previous_dyad);

 private:
  std::string_view sentence_;
  const Gazetteer* gazetteer_ = nullptr;
  std::vector<PartyMention> parties_;
  bool has_pair_reference_ = false;
  std::vector<std::string> codes_;  // distinct, in text order
  // The links between the parties, built on first need (two or more
  // parties) and kept for the other mentions and changes of the sentence.
  std::unique_ptr<DyadResolver> resolver_;
};

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_PARTIES_DYADS_H_
