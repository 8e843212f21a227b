// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The lexicon: every word list diplotier uses, in one line-oriented text
// format. The library's code holds no English or Chinese words of its own.
//
//   absl::StatusOr<diplotier::Lexicon> lex = diplotier::Lexicon::Parse(
//       "anchor partner\n"
//       "define _ [\\s\\-]+\n"
//       "tier strategic_partnership strategic{_}partner(?:ship|s)?\n",
//       "my.lexicon");
//   if (!lex.ok()) std::cerr << lex.status() << "\n";  // my.lexicon:3:12: ...
//
// The format (one directive a line; a '#' at the start of a line or after a
// blank begins a comment that runs to the end of the line, so a pattern
// writes a literal '#' after a blank as "\#"; blank lines are ignored;
// fields are separated by blanks and the pattern is the rest of the line,
// trimmed; a UTF-8 byte order mark at the start of the text is skipped):
//
//   anchor LITERAL             a prefilter literal (ASCII letters match in any
//                              case). Every tier and representation pattern
//                              must contain one (checked when a Classifier is
//                              created); other patterns are matched only in
//                              sentences that contain an anchor.
//   abbreviation WORD          a word whose trailing '.' does not end a
//                              sentence ("Mr", "U.S", "Sept"); any case.
//   define NAME PATTERN        a named fragment; {NAME} in later patterns of
//                              the same text is replaced by (?:PATTERN).
//                              NAME is [A-Za-z_]\w*. A text sees only its
//                              own defines: a user lexicon cannot use the
//                              default lexicon's {_} without defining it.
//   tier TIER PATTERN          a phrase asserting TIER (a TierName()).
//   tier other:LABEL PATTERN   a named relationship off every ladder
//                              ("other:special_relationship"): a mention
//                              of tier kNone whose Mention::label is LABEL
//                              (snake_case). It never outranks a ladder
//                              tier; it holds only where none does.
//   tier other PATTERN         the same, labelled by the words it matched:
//                              lower case, "and" dropped, joined by '_'
//                              ("all-weather partnership" ->
//                              all_weather_partnership).
//   qualifier LABEL PATTERN    a decoration reported with a nearby tier
//                              mention ("new_era"), never ranked.
//   guard PATTERN              a distractor: a tier, representation or cue
//                              match overlapping a guard match is dropped
//                              ("public-private partnership"; "not only",
//                              which negates nothing).
//   cue CLASS PATTERN          a change or modality cue; CLASS is one of
//                              CueClassName() (upgrade, establish, ...).
//   representation LEVEL PATTERN
//                              a level of diplomatic representation
//                              (RepresentationName(): ambassador, ...).
//   relation PATTERN           the relationship itself where no tier or
//                              level is named ("downgrading its ties with",
//                              "relations would be downgraded"): lets an
//                              upgrade or downgrade cue make a change whose
//                              tiers and levels are unknown. An entry of
//                              kind kRepresentation with level kUnknown;
//                              it needs an anchor like the others.
//   ladder NAME SPEC           a ladder (see Ladder::Parse); replaces a
//                              built-in ladder of the same name.
//   issuer CODE LADDER         when party CODE is in a dyad, rank that dyad
//                              on LADDER; earlier issuer lines win ("issuer
//                              CHN china" before "issuer VNM vietnam").
//
// Patterns are RE2 syntax (https://github.com/google/re2/wiki/Syntax),
// UTF-8. A pattern with ASCII letters outside escapes matches
// case-insensitively; one without (Chinese) matches case-sensitively, which
// is faster. A literal '{' is written "\{". No pattern matches across a
// sentence boundary: the engine matches within sentences.
//
// A Lexicon is a plain value: cheap to copy, safe to share read-only.

#ifndef DIPLOTIER_LEXICON_H_
#define DIPLOTIER_LEXICON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "diplotier/export.h"
#include "diplotier/tier.h"

namespace diplotier {

// The classes of `cue` entries.
enum class CueClass : std::uint8_t {
  kEstablish = 0,   // establish, forge, set up; 建立
  kUpgrade,         // upgrade, elevate, raise; 提升为
  kDowngrade,       // downgrade, suspend, sever; 降级
  kReaffirm,        // reaffirm, deepen, anniversary; 深化
  kNoChange,        // "to a new level": an upgrade verb that names no tier
  kHypothetical,    // expected to, plans to, could, will; 将, 有望
  kNegation,        // not, never, has yet to; 不, 未
  kSource,          // marks the tier after it as the old one: "from"
  kTarget,          // marks the tier after it as the new one: "to", "into"
  kDowngradeState,  // a state that is itself a downgrade: "no longer a"
  kContrast,        // ends the reach of a negation or hypothetical cue
                    // before it: "but", "however"; 但, 然而
  kBackground,      // the clause around it is background, not an event:
                    // "since the establishment of", "the 10th anniversary
                    // of", "under the framework of"; 以来, 周年
  kDecision,        // a decision announced in the future tense, reaching
                    // into the change verb: "will sever", "will suspend"
  kBusiness,        // a company, firm or university: in a sentence that
                    // names no party of a dyad (no state, bloc or "the two
                    // countries"), its tier words are business language
                    // and name no tier; 集团, 公司
};
inline constexpr int kCueClassCount = 14;

// "establish", "upgrade", "downgrade", "reaffirm", "no_change",
// "hypothetical", "negation", "source", "target", "downgrade_state",
// "contrast", "background", "decision", "business".
DIPLOTIER_EXPORT std::string_view CueClassName(CueClass cue);
DIPLOTIER_EXPORT std::optional<CueClass> CueClassFromName(
    std::string_view name);

// What a lexicon entry is.
enum class EntryKind : std::uint8_t {
  kTier = 0,
  kQualifier,
  kGuard,
  kCue,
  kRepresentation,
};

// One pattern line of a lexicon.
struct LexiconEntry {
  EntryKind kind = EntryKind::kTier;
  Tier tier = Tier::kNone;              // kTier (kNone: an `other` tier)
  // kQualifier: its label; kTier with tier kNone: the `other:` label, or
  // "*" for a label made from the matched words.
  std::string label;
  CueClass cue = CueClass::kEstablish;  // kCue
  // kRepresentation; kUnknown for a `relation` line.
  Representation level = Representation::kUnknown;
  std::string pattern;   // as written, {NAME} references unexpanded
  std::string expanded;  // {NAME} references replaced; what RE2 compiles
  bool case_sensitive = false;
  std::string source;  // file name given to Parse
  int line = 0;        // 1-based
  int column = 0;      // 1-based byte column of the pattern
};

class DIPLOTIER_EXPORT Lexicon {
 public:
  // An empty lexicon (no anchors, no entries): classifies nothing.
  Lexicon() = default;

  // Parses lexicon text. `source` names it in error messages, which read
  // "source:line:column: what is wrong". Errors are InvalidArgument (bad
  // directive, unknown tier/cue/level, undefined or duplicate define,
  // duplicate entry, malformed ladder, pattern RE2 rejects — with RE2's
  // error text, invalid UTF-8, NUL byte). Cost: one RE2 compile per pattern.
  static absl::StatusOr<Lexicon> Parse(std::string_view text,
                                       std::string_view source = "<lexicon>");

  // Reads and parses a file of at most 256 MiB. I/O errors name the path and
  // the system's reason: NotFound (it cannot be opened: no such file, a name
  // too long, ...), PermissionDenied, FailedPrecondition (a directory),
  // Internal (another read error);
  // ResourceExhausted over 256 MiB (reading stops there); otherwise as Parse.
  static absl::StatusOr<Lexicon> Load(const std::string& path);

  // The default lexicon, embedded in the library at build time from
  // lib/data/default.lexicon. Parsed once, on first use; thread-safe.
  static const Lexicon& Default();

  // The text of the default lexicon, as shipped.
  static std::string_view DefaultText();

  // Adds the entries, anchors, defines and ladders of `other` to this one.
  // InvalidArgument on a duplicate entry. A define both hold keeps this
  // lexicon's body (patterns were expanded when parsed, so it changes none);
  // a ladder of the same name is replaced by `other`'s. Cost: linear in the
  // size of both.
  absl::Status Merge(const Lexicon& other);

  const std::vector<std::string>& anchors() const { return anchors_; }
  const std::vector<std::string>& abbreviations() const {
    return abbreviations_;
  }
  const std::vector<LexiconEntry>& entries() const { return entries_; }
  const std::vector<Ladder>& ladders() const { return ladders_; }
  // (party code, ladder name) pairs in priority order.
  const std::vector<std::pair<std::string, std::string>>& issuers() const {
    return issuers_;
  }

  // The ladder named `name`: one defined in this lexicon, else a built-in.
  absl::StatusOr<Ladder> FindLadder(std::string_view name) const;

 private:
  std::vector<std::string> anchors_;
  std::vector<std::string> abbreviations_;
  std::vector<std::pair<std::string, std::string>> defines_;
  std::vector<LexiconEntry> entries_;
  std::vector<Ladder> ladders_;
  std::vector<std::pair<std::string, std::string>> issuers_;

  friend class LexiconParser;
};

}  // namespace diplotier

#endif  // DIPLOTIER_LEXICON_H_
