// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The gazetteer: which party (state, observer, organisation) a piece of text
// names. Country names, official names, demonyms, capitals and metonyms
// ("the Kremlin"), Simplified and Traditional Chinese names and the
// one-character abbreviations of Chinese pair forms (中委 = China and
// Venezuela) all resolve to an ISO 3166-1 alpha-3 code or a fixed
// organisation code ("EUU", "ASEAN", "AU", "CSTO", "NATO").
//
//   const diplotier::Gazetteer& gazetteer = diplotier::Gazetteer::Default();
//   std::string_view text = "Beijing and Caracas upgraded their ties.";
//   for (const diplotier::PartyMention& m : gazetteer.Find(text)) {
//     std::cout << m.code << " " << text.substr(m.begin, m.end - m.begin)
//               << "\n";  // "CHN Beijing", then "VEN Caracas"
//   }
//   std::optional<std::string> code = gazetteer.Resolve("emirati");  // "ARE"
//
//   // A user's own file extends or overrides the default:
//   absl::StatusOr<diplotier::Gazetteer> mine =
//       diplotier::Gazetteer::Load("my_parties.tsv");
//   if (!mine.ok()) return mine.status();  // "my_parties.tsv:12:3: ..."
//   diplotier::Gazetteer merged = diplotier::Gazetteer::Default();
//   if (absl::Status s = merged.Merge(*mine); !s.ok()) return s;
//
// The file format is described at the top of lib/data/gazetteer.tsv, the
// default gazetteer. In short: one tab-separated row a line; `party` rows
// list the names of one party by column; `block` rows are RE2 patterns for
// text that names no party although it contains a name ("Washington State",
// "Michael Jordan"); `context` rows drop a party when a cue appears in the
// same text ("Georgia" next to "Atlanta"); `person` rows name a party by the
// people who led or represented it ("Xi Jinping", "Putin", 普京); `pairref`
// rows are phrases that refer back to the current pair ("the two countries",
// 双方); `link` rows are the connectives used to pair parties up ("and",
// "with", 同).
//
// Matching rules, in brief:
//  * Latin-script names match case-sensitively as written, with their first
//    letter upper-cased, or in capitals ("Turkey", "TURKEY", but never
//    "turkey"; "US" but never "us"). Any run of white space inside a name
//    matches any white space; a hyphen matches a hyphen, an en dash or white
//    space; an apostrophe matches ' or ’. A name that starts or ends with an
//    ASCII letter or digit must stand as a whole word there. Latin names
//    (and blocks) are tried at word starts and at Latin-1 letters only, so
//    they must begin with a letter or digit.
//  * Chinese names match anywhere (Chinese has no spaces).
//  * Scanning left to right, the longest name (or block) starting at a
//    position wins ("Papua New Guinea" over "Guinea", "Democratic Republic
//    of the Congo" over "Republic of the Congo", "Nigeria" over "Niger");
//    mentions never overlap.
//
// Memory: the default gazetteer compiles to about 3.5 MiB; RE2's DFA caches
// then grow with the variety of names seen, to 5-10 MiB on news text (each of
// its two RE2 programs is capped at 32 MiB, more for large gazetteers such as
// the default, whose Latin names take about 110 MiB of cap).
//
// A Gazetteer is immutable after Parse/Load/Merge and safe for concurrent use
// by any number of threads. It is cheap to copy (copies share the compiled
// state); Merge replaces the shared state of the one object it is called on.

#ifndef DIPLOTIER_PARTIES_H_
#define DIPLOTIER_PARTIES_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "diplotier/analysis.h"
#include "diplotier/export.h"

namespace diplotier {

namespace internal {
struct GazetteerAccess;
}  // namespace internal

// A party named in a text: its code and the byte range [begin, end) of the
// name in the searched text.
struct PartyMention {
  std::string code;
  std::size_t begin = 0;
  std::size_t end = 0;

  friend bool operator==(const PartyMention& a, const PartyMention& b) {
    return a.code == b.code && a.begin == b.begin && a.end == b.end;
  }
  friend bool operator!=(const PartyMention& a, const PartyMention& b) {
    return !(a == b);
  }
};

// A phrase that refers back to the pair of parties under discussion ("the two
// countries", "both sides", 双方, 两国): byte range [begin, end).
struct PairReference {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// What a party is.
enum class PartyType : std::uint8_t {
  kState = 0,     // a UN member state
  kObserver,      // a UN observer state (Holy See, Palestine)
  kOther,         // another entity with its own code (Taiwan, Kosovo)
  kOrganisation,  // EU, ASEAN, African Union, CSTO, NATO, ...
};

// "state", "observer", "other", "organisation".
DIPLOTIER_EXPORT std::string_view PartyTypeName(PartyType type);
DIPLOTIER_EXPORT std::optional<PartyType> PartyTypeFromName(
    std::string_view name);

// One `party` row of a gazetteer, as written (names not normalised).
struct Party {
  std::string code;  // "VEN"
  PartyType type = PartyType::kState;
  std::string name;                              // display name: "Venezuela"
  std::vector<std::string> official_names;       // "Bolivarian Republic of ..."
  std::vector<std::string> aliases;              // other names: "DRC", "Burma"
  std::vector<std::string> demonyms;             // "Venezuelan"
  std::vector<std::string> capitals;             // capitals, seats, metonyms
  std::vector<std::string> chinese;              // Simplified: 委内瑞拉
  std::vector<std::string> chinese_traditional;  // 委內瑞拉
  std::vector<std::string> chinese_abbreviations;  // 委, used in 中委
  // Names of the party's leaders and foreign ministers, from `person` rows
  // ("Nicolás Maduro", "Maduro", 马杜罗): a person named stands for the party.
  std::vector<std::string> people;
};

class DIPLOTIER_EXPORT Gazetteer {
 public:
  // An empty gazetteer: finds and resolves nothing.
  Gazetteer();

  // Parses gazetteer text and compiles its names. `source` names it in error
  // messages, which read "source:line:column: what is wrong". Errors:
  // InvalidArgument for a malformed row (unknown kind, wrong number of
  // fields, bad code or type, empty name, a name listed for two parties, a
  // pattern RE2 rejects — with RE2's error text —, invalid UTF-8, a NUL
  // byte); ResourceExhausted if the names compile to a program too large for
  // a 256 MiB RE2 budget (about four times the default gazetteer). Cost: about
  // 50 ms for the default gazetteer.
  static absl::StatusOr<Gazetteer> Parse(
      std::string_view text, std::string_view source = "<gazetteer>");

  // Reads and parses a file. NotFound / PermissionDenied / Internal for I/O
  // errors, naming the path; otherwise as Parse.
  static absl::StatusOr<Gazetteer> Load(const std::string& path);

  // The default gazetteer, embedded in the library at build time from
  // lib/data/gazetteer.tsv. Parsed and compiled once, on first use;
  // thread-safe. (The shipped file is checked by the tests; were it ever
  // broken, Default() would be empty rather than crash.)
  static const Gazetteer& Default();

  // The text of the default gazetteer, as shipped.
  static std::string_view DefaultText();

  // Adds `other` to this gazetteer: its parties, blocks, contexts, pair
  // references and links. Where both list a name, `other` wins; a party
  // listed in both keeps this one's names plus `other`'s, with `other`'s type
  // and display name. Recompiles; on error this gazetteer is unchanged.
  absl::Status Merge(const Gazetteer& other);

  // Every party named in `text` (typically one sentence), in text order,
  // non-overlapping, the longest name winning. A Chinese pair form (中委 in
  // 中委关系) yields two mentions with the same span, in the order written.
  // Any bytes are accepted (invalid UTF-8 and NUL never match a name).
  // Linear in the length of the text (about 10 µs for a 150-byte sentence);
  // thread-safe.
  std::vector<PartyMention> Find(std::string_view text) const;

  // The phrases in `text` that refer back to the current pair ("the two
  // countries", "both sides", 双方, 两国), in text order. Empty if none.
  std::vector<PairReference> FindPairReferences(std::string_view text) const;

  // The code of an exact name (any listed name, official name, alias,
  // demonym, capital, Chinese name or person; Latin letters in any case,
  // white space and hyphens interchangeable), or of a code written as itself
  // ("VEN").
  // nullopt for an unknown or ambiguous name ("Congo").
  std::optional<std::string> Resolve(std::string_view name) const;

  // The display name of a code ("VEN" -> "Venezuela"); empty if unknown.
  std::string_view NameOf(std::string_view code) const;

  // All codes, sorted.
  std::vector<std::string> Codes() const;

  // All parties, in the order of the file(s).
  const std::vector<Party>& parties() const;

  // True if the gazetteer lists no party.
  bool empty() const;

  class Impl;  // Internal.

 private:
  friend struct internal::GazetteerAccess;
  explicit Gazetteer(std::shared_ptr<const Impl> impl);
  std::shared_ptr<const Impl> impl_;
};

}  // namespace diplotier

#endif  // DIPLOTIER_PARTIES_H_
