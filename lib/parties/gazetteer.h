// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Internal view of a Gazetteer for the dyad resolver: the connectives ("and",
// "with", "between", hyphens, clause breaks) listed in the gazetteer's `link`
// rows, found in a text with the same matching rules as names.

#ifndef DIPLOTIER_LIB_PARTIES_GAZETTEER_H_
#define DIPLOTIER_LIB_PARTIES_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "diplotier/parties.h"

namespace diplotier {
namespace internal {

// lib/data/gazetteer.tsv, embedded at build time (cmake/EmbedFile.cmake).
std::string_view DefaultGazetteerText();

// The classes of `link` rows.
enum class LinkClass : std::uint8_t {
  kAnd = 0,  // "and", 和, 同: X and Y are a pair
  kWith,     // "with": X ... with Y
  kBetween,  // "between" X and Y
  kHyphen,   // "-", "–", "—", "/": China-Venezuela, 中国—委内瑞拉
  kClause,   // a clause break: ";", "while", "but", 而
  kArticle,  // words allowed between a connective and a name: "the", "its"
};

// "and", "with", "between", "hyphen", "clause", "article".
std::string_view LinkClassName(LinkClass link);
std::optional<LinkClass> LinkClassFromName(std::string_view name);

// A connective found in a text: byte range [begin, end).
struct LinkToken {
  LinkClass link = LinkClass::kAnd;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct GazetteerAccess {
  // The connectives in `text`, in text order, non-overlapping, longest first.
  static std::vector<LinkToken> FindLinks(const Gazetteer& gazetteer,
                                          std::string_view text);
  // The same found with an RE2 alternation of the link words, compiled on
  // each call: the reference FindLinks is tested against.
  static std::vector<LinkToken> FindLinksWithRegex(const Gazetteer& gazetteer,
                                                   std::string_view text);
  // gazetteer.Find(text) and whether gazetteer.FindPairReferences(text) is
  // non-empty, from one scan of `text` instead of two.
  static std::vector<PartyMention> FindWithPairReference(
      const Gazetteer& gazetteer, std::string_view text,
      bool* has_pair_reference);
};

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_PARTIES_GAZETTEER_H_
