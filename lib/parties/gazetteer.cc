// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The gazetteer: parsing of the tab-separated format, compilation of all
// names into two RE2 alternations (one for names with Latin letters, one for
// Chinese names and pair forms), and the scan that tries them, anchored and
// longest-match, where a name can begin, mapping each match back to a party
// through a hash map of normalised names.

#include "parties/gazetteer.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cerrno>
#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "diplotier/parties.h"
#include "re2/re2.h"
#include "text/utf8.h"
#include "util/text.h"

namespace diplotier {
namespace internal {
namespace {

// RE2's memory budget (max_mem) for each of the two alternations of names.
// RE2 refuses to start a DFA unless its share of the budget can hold a few
// dozen states of the whole program, and then falls back, silently, to an NFA
// a thousand times slower. That takes about 500 bytes of budget per program
// instruction, so the budget is twice that, at least kNamesMinMem, at most
// kNamesMaxMem (beyond which Parse fails with ResourceExhausted). The budget
// is a cap: the default gazetteer (a 59k-instruction Latin program and a
// 12k-instruction Chinese one) takes about 3.5 MiB compiled, and its DFA
// states grow with the variety of names seen, to 5-10 MiB on news text and
// about 16 MiB once every name has been seen.
constexpr std::int64_t kNamesMinMem = std::int64_t{32} << 20;
constexpr std::int64_t kNamesMaxMem = std::int64_t{256} << 20;
constexpr std::int64_t kNamesMemPerInstruction = 1024;
// Budget of each small pattern (a block or context row, the connectives).
constexpr std::int64_t kSmallMaxMem = std::int64_t{2} << 20;

// Matches any run of white space inside a name.
constexpr std::string_view kSpacePattern = "[\\s\\x{A0}]+";
// A hyphen inside a name matches a hyphen, an en dash or white space.
constexpr std::string_view kHyphenPattern =
    "(?:[\\-\\x{2010}\\x{2011}\\x{2013}]|[\\s\\x{A0}]+)";
constexpr std::string_view kApostrophePattern = "['\\x{2019}]";

std::string_view Sv(re2::StringPiece s) {
  return std::string_view(s.data(), s.size());
}
re2::StringPiece Sp(std::string_view s) {
  return re2::StringPiece(s.data(), s.size());
}
absl::string_view Av(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}
// RE2's \b: a boundary between [0-9A-Za-z_] and anything else.
bool IsWordByte(unsigned char c) { return IsAsciiAlnum(c) || c == '_'; }
// Length of the kSpacePattern unit at text[pos] (RE2's \s, [\t\n\f\r ], or
// U+00A0), or 0.
std::size_t RegexSpaceAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  const char c = text[pos];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') return 1;
  return text.substr(pos, 2) == "\xC2\xA0" ? 2 : 0;
}

std::size_t Utf8Length(std::string_view s, std::size_t i) {
  return ValidSequenceLength(s, i);
}

std::size_t FindInvalid(std::string_view s) { return FindInvalidUtf8(s); }

// Byte length of the code point at s[i] (1 for an invalid byte).
std::size_t StepAt(std::string_view s, std::size_t i) {
  const std::size_t n = Utf8Length(s, i);
  return n == 0 ? 1 : n;
}

bool HasAsciiLetter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  });
}

// Latin-1 letters are written C3 80..C3 9E (upper) and C3 A0..C3 BE (lower),
// except the signs × (C3 97) and ÷ (C3 B7).
bool IsLatin1Upper(std::string_view s, std::size_t i) {
  if (i + 1 >= s.size() || static_cast<unsigned char>(s[i]) != 0xC3) {
    return false;
  }
  const unsigned char c = static_cast<unsigned char>(s[i + 1]);
  return c >= 0x80 && c <= 0x9E && c != 0x97;
}
bool IsLatin1Lower(std::string_view s, std::size_t i) {
  if (i + 1 >= s.size() || static_cast<unsigned char>(s[i]) != 0xC3) {
    return false;
  }
  const unsigned char c = static_cast<unsigned char>(s[i + 1]);
  return c >= 0xA0 && c <= 0xBE && c != 0xB7;
}
bool IsLowerAt(std::string_view s, std::size_t i) {
  return (s[i] >= 'a' && s[i] <= 'z') || IsLatin1Lower(s, i);
}

// Upper-cases the code point at out[i] in place (ASCII and Latin-1 letters).
void UpperAt(std::string& out, std::size_t i) {
  if (out[i] >= 'a' && out[i] <= 'z') {
    out[i] = static_cast<char>(out[i] - 'a' + 'A');
  } else if (IsLatin1Lower(out, i)) {
    out[i + 1] = static_cast<char>(out[i + 1] - 0x20);
  }
}

std::string UpperFirst(std::string_view s) {
  std::string out(s);
  if (!out.empty()) UpperAt(out, 0);
  return out;
}

std::string UpperAll(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); i += StepAt(out, i)) UpperAt(out, i);
  return out;
}

// How a matched text or a listed name becomes a hash key: white space runs
// (and, for names, hyphens and dashes) become one space, ’ becomes ', ASCII
// and Latin-1 letters are lower-cased, and the ends are trimmed. Two spellings
// with the same key are the same name.
enum class Hyphens : std::uint8_t { kAsSpace, kKeep };

std::string NormalizeKey(std::string_view s, Hyphens hyphens) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const std::string_view rest = s.substr(i);
    bool space = IsBlank(c);
    std::size_t n = 1;
    if (!space && rest.substr(0, 2) == "\xC2\xA0") {
      space = true;
      n = 2;
    }
    if (!space && hyphens == Hyphens::kAsSpace) {
      if (c == '-') {
        space = true;
      } else if (rest.substr(0, 3) == "\xE2\x80\x90" ||
                 rest.substr(0, 3) == "\xE2\x80\x91" ||
                 rest.substr(0, 3) == "\xE2\x80\x93") {
        space = true;
        n = 3;
      }
    }
    if (space) {
      pending_space = !out.empty();
      i += n;
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    if (rest.substr(0, 3) == "\xE2\x80\x99") {
      out.push_back('\'');
      i += 3;
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
      ++i;
    } else if (IsLatin1Upper(s, i)) {
      out.push_back(s[i]);
      out.push_back(static_cast<char>(s[i + 1] + 0x20));
      i += 2;
    } else {
      n = StepAt(s, i);
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

// The RE2 pattern of one literal name (see the matching rules in parties.h).
std::string LiteralPattern(std::string_view name, Hyphens hyphens) {
  std::string out;
  if (name.empty()) return out;
  const bool word_start = IsAsciiAlnum(static_cast<unsigned char>(name[0]));
  const bool word_end =
      IsAsciiAlnum(static_cast<unsigned char>(name[name.size() - 1]));
  if (word_start) out += "\\b";
  for (std::size_t i = 0; i < name.size();) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    const std::string_view rest = name.substr(i);
    if (IsBlank(c)) {
      while (i < name.size() &&
             IsBlank(static_cast<unsigned char>(name[i]))) {
        ++i;
      }
      out += kSpacePattern;
      continue;
    }
    if (hyphens == Hyphens::kAsSpace &&
        (c == '-' || rest.substr(0, 3) == "\xE2\x80\x90" ||
         rest.substr(0, 3) == "\xE2\x80\x91" ||
         rest.substr(0, 3) == "\xE2\x80\x93")) {
      out += kHyphenPattern;
      i += c == '-' ? 1 : 3;
      continue;
    }
    if (c == '\'' || rest.substr(0, 3) == "\xE2\x80\x99") {
      out += kApostrophePattern;
      i += c == '\'' ? 1 : 3;
      continue;
    }
    const std::size_t n = StepAt(name, i);
    out += RE2::QuoteMeta(Sp(name.substr(i, n)));
    i += n;
  }
  if (word_end) out += "\\b";
  return out;
}

// Where the scan tries the names (anchored, longest match): the next word
// start at or after `pos` (an ASCII letter or digit after a byte that is not
// one, or a Latin-1 character), or the next character of three or more UTF-8
// bytes (Chinese). Trying only there keeps the RE2 DFA anchored, so its
// states stay those of a trie of names instead of sets of overlapping
// partial matches, which exhaust its cache on varied text.
std::size_t NextLatinStart(std::string_view text, std::size_t pos) {
  for (; pos < text.size(); ++pos) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (IsAsciiAlnum(c)) {
      if (pos == 0 ||
          !IsAsciiAlnum(static_cast<unsigned char>(text[pos - 1]))) {
        return pos;
      }
    } else if (c >= 0xC2 && c <= 0xDF) {
      return pos;
    }
  }
  return text.size();
}

std::size_t NextChineseStart(std::string_view text, std::size_t pos) {
  for (; pos < text.size(); ++pos) {
    if (static_cast<unsigned char>(text[pos]) >= 0xE0) return pos;
  }
  return text.size();
}

// Marks in `starts` the byte pairs text matched by LiteralPattern(literal,
// Hyphens::kAsSpace) can begin with. A second character that the pattern
// widens (space, hyphen, apostrophe) or a one-byte literal allows any second
// byte.
void MarkLiteralStarts(std::string_view literal, std::bitset<1 << 16>* starts) {
  if (literal.empty()) return;
  const unsigned b0 = static_cast<unsigned char>(literal[0]);
  const unsigned char b1 =
      literal.size() > 1 ? static_cast<unsigned char>(literal[1]) : 0;
  const bool widened = literal.size() < 2 || IsBlank(b1) || b1 == '-' ||
                       b1 == '\'' || b1 == 0xE2;
  if (!widened) {
    starts->set(b0 << 8 | b1);
    return;
  }
  for (unsigned second = 0; second < 256; ++second) {
    starts->set(b0 << 8 | second);
  }
}

// The top-level alternatives of an RE2 pattern: "a|(b|c)|[|]" gives "a",
// "(b|c)" and "[|]". A pattern RE2 would reject may split wrongly; it is
// rejected when compiled whole.
std::vector<std::string_view> TopLevelAlternatives(std::string_view pattern) {
  std::vector<std::string_view> out;
  int depth = 0;
  bool in_class = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      ++i;  // the escaped character
    } else if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
      // A ']' right after '[' or '[^' is a literal.
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') ++i;
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') ++i;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      out.push_back(pattern.substr(start, i - start));
      start = i + 1;
    }
  }
  out.push_back(pattern.substr(start));
  return out;
}

// Marks the byte pairs a match of `re` can begin with, from RE2's bounds on
// its matches; every pair when RE2 gives none (a pattern that can start
// with anything).
void MarkPatternStarts(const RE2& re, std::bitset<1 << 16>* starts) {
  std::string min, max;
  if (!re.PossibleMatchRange(&min, &max, 2)) {
    starts->set();
    return;
  }
  auto pair = [](const std::string& s, unsigned pad) {
    const unsigned b0 = s.size() > 0 ? static_cast<unsigned char>(s[0]) : pad;
    const unsigned b1 = s.size() > 1 ? static_cast<unsigned char>(s[1]) : pad;
    return b0 << 8 | b1;
  };
  const unsigned lo = pair(min, 0x00);
  const unsigned hi = pair(max, 0xFF);
  for (unsigned p = lo; p <= hi && p < (1u << 16); ++p) starts->set(p);
}

// The spellings a name matches as: as written, first letter upper-cased,
// all capitals (see parties.h).
std::vector<std::string> Variants(std::string_view name) {
  std::vector<std::string> out = {std::string(name)};
  if (!name.empty() && IsLowerAt(name, 0)) out.push_back(UpperFirst(name));
  std::string upper = UpperAll(name);
  if (upper != name) out.push_back(std::move(upper));
  return out;
}

RE2::Options MatchOptions(std::int64_t max_mem) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_longest_match(true);
  options.set_log_errors(false);
  options.set_never_capture(true);
  options.set_case_sensitive(true);
  options.set_max_mem(max_mem);
  return options;
}

// Compiles `pattern`; `what` says what it is in the error message.
absl::StatusOr<std::unique_ptr<RE2>> Compile(const std::string& pattern,
                                             std::int64_t max_mem,
                                             std::string_view what) {
  auto re = std::make_unique<RE2>(Sp(pattern), MatchOptions(max_mem));
  if (re->ok()) return re;
  if (re->error_code() == RE2::ErrorPatternTooLarge) {
    return absl::ResourceExhaustedError(
        absl::StrCat(Av(what), " need more than ", max_mem >> 20,
                     " MiB compiled: ", re->error()));
  }
  return absl::InvalidArgumentError(absl::StrCat(Av(what), ": ", re->error()));
}

// Compiles an alternation of names with a budget that fits its size. An
// alternation of names compiles to fewer instructions than it has bytes
// (about two thirds), so a budget for as many instructions as bytes fits it
// the first time; compiling is most of the cost of Parse, and a second
// compile with the budget the program turned out to need would double it.
absl::StatusOr<std::unique_ptr<RE2>> CompileNames(const std::string& pattern,
                                                  std::string_view what) {
  const std::int64_t estimate = std::clamp(
      kNamesMemPerInstruction * static_cast<std::int64_t>(pattern.size()),
      kNamesMinMem, kNamesMaxMem);
  absl::StatusOr<std::unique_ptr<RE2>> re = Compile(pattern, estimate, what);
  if (!re.ok()) return re;
  const std::int64_t needed =
      kNamesMemPerInstruction * std::int64_t{(*re)->ProgramSize()};
  if (needed <= estimate) return re;
  if (needed > kNamesMaxMem) {
    return absl::ResourceExhaustedError(
        absl::StrCat(Av(what), " compile to ", (*re)->ProgramSize(),
                     " RE2 instructions, more than the ", kNamesMaxMem >> 20,
                     " MiB budget allows; split the gazetteer"));
  }
  return Compile(pattern, needed, what);
}

std::string JoinAlternatives(const std::vector<std::string>& patterns) {
  return absl::StrJoin(patterns, "|");
}

}  // namespace

std::string_view LinkClassName(LinkClass link) {
  switch (link) {
    case LinkClass::kAnd:
      return "and";
    case LinkClass::kWith:
      return "with";
    case LinkClass::kBetween:
      return "between";
    case LinkClass::kHyphen:
      return "hyphen";
    case LinkClass::kClause:
      return "clause";
    case LinkClass::kArticle:
      return "article";
  }
  return "";
}

std::optional<LinkClass> LinkClassFromName(std::string_view name) {
  for (LinkClass link :
       {LinkClass::kAnd, LinkClass::kWith, LinkClass::kBetween,
        LinkClass::kHyphen, LinkClass::kClause, LinkClass::kArticle}) {
    if (LinkClassName(link) == name) return link;
  }
  return std::nullopt;
}

// A `block` row: RE2 text that names no party although it contains a name.
struct BlockRow {
  std::string pattern;  // defines expanded
};

// A `context` row: mentions of `code` written as one of `names` are dropped
// when `pattern` matches anywhere in the searched text.
struct ContextRow {
  std::string code;
  std::vector<std::string> names;
  std::string pattern;  // defines expanded
};

struct LinkWord {
  LinkClass link = LinkClass::kAnd;
  std::string word;
};

// Everything a gazetteer file says, after parsing; what Merge combines.
struct GazetteerData {
  std::vector<Party> parties;
  std::vector<BlockRow> blocks;
  std::vector<ContextRow> contexts;
  std::vector<std::string> pair_references;
  std::vector<std::string> pair_next;  // words after a Chinese pair form
  std::vector<std::string> not_pairs;  // two abbreviations that are a word
  std::vector<LinkWord> links;
  // Names and abbreviations claimed by a merged gazetteer, applied after
  // every party's own names so that the later file wins: (text, code).
  std::vector<std::pair<std::string, std::string>> name_claims;
  std::vector<std::pair<std::string, std::string>> abbreviation_claims;
  // `person` rows for a party this file does not list (a file that adds
  // people to the default's parties): (name, code), matched once the party
  // is known (after Merge).
  std::vector<std::pair<std::string, std::string>> other_people;
};

// Every name of a party that is matched in text (not the abbreviations).
std::vector<const std::string*> MatchedNames(const Party& party) {
  std::vector<const std::string*> out = {&party.name};
  for (const std::vector<std::string>* list :
       {&party.official_names, &party.aliases, &party.demonyms, &party.capitals,
        &party.chinese, &party.chinese_traditional, &party.people}) {
    for (const std::string& name : *list) out.push_back(&name);
  }
  return out;
}

// The '|'-list columns of a party row, in file order (columns 5 to 11).
std::vector<std::vector<std::string>*> NameLists(Party& party) {
  return {&party.official_names,
          &party.aliases,
          &party.demonyms,
          &party.capitals,
          &party.chinese,
          &party.chinese_traditional,
          &party.chinese_abbreviations};
}

}  // namespace internal

using internal::GazetteerData;
using internal::Hyphens;
using internal::LinkClass;
using internal::LinkToken;
using internal::NormalizeKey;

// Hidden even though Gazetteer is exported: a member class would inherit its
// default visibility.
class DIPLOTIER_NO_EXPORT Gazetteer::Impl {
 public:
  // A name's meaning.
  struct Target {
    enum class Kind : std::uint8_t { kParty, kPairReference };
    Kind kind = Kind::kParty;
    std::uint32_t party = 0;
  };
  struct Context {
    std::uint32_t party = 0;
    absl::flat_hash_set<std::string> keys;
    std::unique_ptr<RE2> re;
  };
  // The parties a Chinese pair-form abbreviation may stand for.
  struct Abbreviation {
    std::int64_t fallback = -1;          // the party listed without '?', or -1
    std::vector<std::uint32_t> parties;  // every party that lists it
  };
  // A party found by the scan, as an index into data.parties.
  struct Hit {
    std::uint32_t party = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
    // For the two hits of a pair form: its abbreviation (resolved against
    // the other parties of the text after the scan).
    const Abbreviation* abbreviation = nullptr;
  };

  static absl::StatusOr<std::shared_ptr<const Impl>> Build(GazetteerData data);

  // Every party mention (into hits) and pair reference in text order.
  void Scan(std::string_view text, std::vector<Hit>* hits,
            std::vector<PairReference>* references) const;
  std::vector<LinkToken> FindLinks(std::string_view text) const;
  // The same with an RE2 alternation of the link forms: the reference the
  // tests check FindLinks against.
  std::vector<LinkToken> FindLinksWithRegex(std::string_view text) const;

  GazetteerData data;
  absl::flat_hash_map<std::string, std::uint32_t> code_index;
  absl::flat_hash_map<std::string, Target> keys;  // NormalizeKey(name)
  absl::flat_hash_map<std::string, Abbreviation> abbreviations;
  absl::flat_hash_set<std::string> pair_next;
  absl::flat_hash_set<std::string> not_pairs;
  // `hyphen` links, which may join the two abbreviations of a pair form.
  absl::flat_hash_set<std::string> pair_hyphens;
  // Names with Latin letters; names without (Chinese) and pair forms. Either
  // is null when it has nothing to match.
  std::unique_ptr<RE2> latin_names;
  std::unique_ptr<RE2> chinese_names;
  // The byte pairs a Latin alternative can start with, bit (b0 << 8 | b1)
  // (b1 = 0 at the end of the text): the scan tries latin_names only where
  // one starts, so most words cost a bit test instead of an RE2 call.
  std::bitset<1 << 16> latin_starts;
  std::vector<Context> contexts;
  // The connectives as literal forms (each spelling of each link word),
  // indexed by the bytes they can start with; see FindLinks.
  struct LinkForm {
    std::string text;
    LinkClass link = LinkClass::kAnd;
    bool word_start = false;  // must begin a word (begins with [0-9A-Za-z])
    bool word_end = false;    // must end one
  };
  std::vector<LinkForm> link_forms;
  std::array<std::vector<std::uint32_t>, 256> link_forms_by_byte;
  // Bit b: every form that can start with byte b must begin a word, so a
  // b after a word byte starts none (most letters of most words).
  std::bitset<256> link_starts_need_word_start;
  absl::flat_hash_map<std::string, LinkClass> link_keys;

 private:
  // If `m` is a Chinese pair form (two abbreviations and a following word),
  // the byte length of the two abbreviations and the abbreviations.
  bool DecodePairForm(std::string_view m, std::size_t* length,
                      const Abbreviation** first,
                      const Abbreviation** second) const;
  // Gives each pair-form hit its party: the one of its abbreviation's
  // parties named elsewhere in the text, else the abbreviation's fallback;
  // drops the pair form if a side stays unknown or both sides agree.
  static void ResolvePairForms(std::vector<Hit>* hits);
  // Adds `party`'s listing of an abbreviation ("巴", or "巴?" for one that
  // needs the party named elsewhere in the text).
  void AddAbbreviation(std::string_view listed, std::uint32_t party);
  void ScanWith(const RE2& names, std::string_view text, std::vector<Hit>* hits,
                std::vector<PairReference>* references) const;
  // Where `form` ends if it matches at text[pos], else npos.
  static std::size_t LinkFormEnd(const LinkForm& form, std::string_view text,
                                 std::size_t pos);
  // The longest proper prefix of `m` that is a party's name, or 0.
  std::size_t LongestNamePrefix(std::string_view m, std::uint32_t* party) const;
};

absl::StatusOr<std::shared_ptr<const Gazetteer::Impl>> Gazetteer::Impl::Build(
    GazetteerData data) {
  auto impl = std::make_shared<Impl>();
  std::vector<std::string> latin;
  std::vector<std::string> chinese;
  absl::flat_hash_set<std::string> seen_alternatives;
  auto add_literal = [&](std::string_view name) {
    std::vector<std::string>& alternatives =
        internal::HasAsciiLetter(name) ? latin : chinese;
    for (const std::string& variant : internal::Variants(name)) {
      std::string pattern =
          internal::LiteralPattern(variant, Hyphens::kAsSpace);
      if (&alternatives == &latin) {
        internal::MarkLiteralStarts(variant, &impl->latin_starts);
      }
      if (!pattern.empty() && seen_alternatives.insert(pattern).second) {
        alternatives.push_back(std::move(pattern));
      }
    }
  };

  for (std::uint32_t i = 0; i < data.parties.size(); ++i) {
    const Party& party = data.parties[i];
    impl->code_index[party.code] = i;
    for (const std::string* name : internal::MatchedNames(party)) {
      std::string key = NormalizeKey(*name, Hyphens::kAsSpace);
      if (key.empty()) continue;
      impl->keys[key] = Target{Target::Kind::kParty, i};
      add_literal(*name);
    }
    for (const std::string& abbreviation : party.chinese_abbreviations) {
      impl->AddAbbreviation(abbreviation, i);
    }
  }
  for (const auto& [name, code] : data.other_people) {
    auto it = impl->code_index.find(code);
    if (it == impl->code_index.end()) continue;  // a party not listed: no-op
    const std::string key = NormalizeKey(name, Hyphens::kAsSpace);
    if (key.empty()) continue;
    impl->keys[key] = Target{Target::Kind::kParty, it->second};
    add_literal(name);
  }
  for (const auto& [name, code] : data.name_claims) {
    auto it = impl->code_index.find(code);
    if (it == impl->code_index.end()) continue;
    impl->keys[NormalizeKey(name, Hyphens::kAsSpace)] =
        Target{Target::Kind::kParty, it->second};
  }
  for (const auto& [abbreviation, code] : data.abbreviation_claims) {
    auto it = impl->code_index.find(code);
    if (it != impl->code_index.end()) {
      impl->AddAbbreviation(abbreviation, it->second);
    }
  }
  for (const std::string& phrase : data.pair_references) {
    std::string key = NormalizeKey(phrase, Hyphens::kAsSpace);
    if (key.empty()) continue;
    impl->keys[key] = Target{Target::Kind::kPairReference, 0};
    add_literal(phrase);
  }
  // A block competes with the names of its script(s).
  for (const internal::BlockRow& block : data.blocks) {
    const std::string pattern = absl::StrCat("(?:", block.pattern, ")");
    const bool non_ascii = std::any_of(
        block.pattern.begin(), block.pattern.end(),
        [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    if (internal::HasAsciiLetter(block.pattern) || !non_ascii) {
      // Bounded one alternative at a time: the bounds of a whole alternation
      // of Latin and Chinese spellings would span almost every byte pair.
      for (std::string_view alternative :
           internal::TopLevelAlternatives(block.pattern)) {
        absl::StatusOr<std::unique_ptr<RE2>> re =
            internal::Compile(std::string(alternative), internal::kSmallMaxMem,
                              "a block pattern");
        if (!re.ok()) return re.status();
        internal::MarkPatternStarts(**re, &impl->latin_starts);
      }
      latin.push_back(pattern);
    }
    if (non_ascii) chinese.push_back(pattern);
  }
  for (const std::string& word : data.pair_next) impl->pair_next.insert(word);
  for (const std::string& word : data.not_pairs) impl->not_pairs.insert(word);
  if (!impl->abbreviations.empty() && !impl->pair_next.empty()) {
    std::vector<std::string> abbreviations;
    for (const auto& entry : impl->abbreviations) {
      abbreviations.push_back(RE2::QuoteMeta(internal::Sp(entry.first)));
    }
    std::sort(abbreviations.begin(), abbreviations.end());
    std::vector<std::string> next;
    for (const std::string& word : impl->pair_next) {
      next.push_back(RE2::QuoteMeta(internal::Sp(word)));
    }
    std::sort(next.begin(), next.end());
    const std::string abbreviation =
        absl::StrCat("(?:", internal::JoinAlternatives(abbreviations), ")");
    // The two abbreviations may be joined by a `hyphen` link (中-委两国).
    std::vector<std::string> hyphens;
    for (const internal::LinkWord& word : data.links) {
      if (word.link != LinkClass::kHyphen || word.word.empty()) continue;
      impl->pair_hyphens.insert(word.word);
      hyphens.push_back(RE2::QuoteMeta(internal::Sp(word.word)));
    }
    std::sort(hyphens.begin(), hyphens.end());
    const std::string hyphen =
        hyphens.empty()
            ? std::string()
            : absl::StrCat("(?:", internal::JoinAlternatives(hyphens), ")?");
    chinese.push_back(absl::StrCat(abbreviation, hyphen, abbreviation, "(?:",
                                   internal::JoinAlternatives(next), ")"));
  }
  for (auto [alternatives, out, what] :
       {std::make_tuple(&latin, &impl->latin_names, "the gazetteer's names"),
        std::make_tuple(&chinese, &impl->chinese_names,
                        "the gazetteer's Chinese names")}) {
    if (alternatives->empty()) continue;
    // Sorted, so that RE2 factors the common prefixes of neighbouring names
    // (it merges adjacent alternatives only): a smaller program, compiled
    // faster. The order of alternatives means nothing to a longest match.
    std::sort(alternatives->begin(), alternatives->end());
    absl::StatusOr<std::unique_ptr<RE2>> names =
        internal::CompileNames(internal::JoinAlternatives(*alternatives), what);
    if (!names.ok()) return names.status();
    *out = *std::move(names);
  }

  for (const internal::ContextRow& row : data.contexts) {
    auto it = impl->code_index.find(row.code);
    if (it == impl->code_index.end()) continue;  // a party not listed: no-op
    Context context;
    context.party = it->second;
    for (const std::string& name : row.names) {
      context.keys.insert(NormalizeKey(name, Hyphens::kAsSpace));
    }
    absl::StatusOr<std::unique_ptr<RE2>> re = internal::Compile(
        row.pattern, internal::kSmallMaxMem, "a context pattern");
    if (!re.ok()) return re.status();
    context.re = *std::move(re);
    impl->contexts.push_back(std::move(context));
  }

  absl::flat_hash_set<std::string> seen_links;
  for (const internal::LinkWord& word : data.links) {
    impl->link_keys[NormalizeKey(word.word, Hyphens::kKeep)] = word.link;
    for (const std::string& variant : internal::Variants(word.word)) {
      if (variant.empty() || !seen_links.insert(variant).second) continue;
      const auto first = static_cast<unsigned char>(variant.front());
      const auto last = static_cast<unsigned char>(variant.back());
      const auto index = static_cast<std::uint32_t>(impl->link_forms.size());
      impl->link_forms.push_back({variant, word.link,
                                  internal::IsAsciiAlnum(first),
                                  internal::IsAsciiAlnum(last)});
      // An apostrophe matches ' and ’ (whose first byte is E2).
      if (first == '\'' || variant.compare(0, 3, "\xE2\x80\x99") == 0) {
        impl->link_forms_by_byte['\''].push_back(index);
        impl->link_forms_by_byte[0xE2].push_back(index);
      } else {
        impl->link_forms_by_byte[first].push_back(index);
      }
    }
  }
  // A later row for the same words wins, as in link_keys.
  for (Impl::LinkForm& form : impl->link_forms) {
    form.link = impl->link_keys[NormalizeKey(form.text, Hyphens::kKeep)];
  }
  for (std::size_t b = 0; b < 256; ++b) {
    const std::vector<std::uint32_t>& forms = impl->link_forms_by_byte[b];
    impl->link_starts_need_word_start[b] =
        !forms.empty() &&
        std::all_of(forms.begin(), forms.end(), [&](std::uint32_t k) {
          return impl->link_forms[k].word_start;
        });
  }
  impl->data = std::move(data);
  return std::shared_ptr<const Impl>(std::move(impl));
}

std::size_t Gazetteer::Impl::LongestNamePrefix(std::string_view m,
                                               std::uint32_t* party) const {
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < m.size();) {
    i += internal::StepAt(m, i);
    if (i < m.size()) ends.push_back(i);
  }
  for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
    auto found = keys.find(NormalizeKey(m.substr(0, *it), Hyphens::kAsSpace));
    if (found != keys.end() && found->second.kind == Target::Kind::kParty) {
      *party = found->second.party;
      return *it;
    }
  }
  return 0;
}

void Gazetteer::Impl::AddAbbreviation(std::string_view listed,
                                      std::uint32_t party) {
  const bool needs_context = !listed.empty() && listed.back() == '?';
  if (needs_context) listed.remove_suffix(1);
  if (listed.empty()) return;
  Abbreviation& entry = abbreviations[std::string(listed)];
  if (!needs_context) entry.fallback = party;
  if (std::find(entry.parties.begin(), entry.parties.end(), party) ==
      entry.parties.end()) {
    entry.parties.push_back(party);
  }
}

void Gazetteer::Impl::ResolvePairForms(std::vector<Hit>* hits) {
  if (std::none_of(hits->begin(), hits->end(),
                   [](const Hit& hit) { return hit.abbreviation; })) {
    return;
  }
  absl::flat_hash_set<std::uint32_t> named;
  for (const Hit& hit : *hits) {
    if (hit.abbreviation == nullptr) named.insert(hit.party);
  }
  auto resolve = [&](const Abbreviation& abbreviation) -> std::int64_t {
    std::int64_t found = -1;
    for (std::uint32_t party : abbreviation.parties) {
      if (!named.contains(party)) continue;
      if (found >= 0) return abbreviation.fallback;  // several: no clue
      found = party;
    }
    return found >= 0 ? found : abbreviation.fallback;
  };
  std::vector<Hit> kept;
  kept.reserve(hits->size());
  for (std::size_t i = 0; i < hits->size(); ++i) {
    const Hit& hit = (*hits)[i];
    if (hit.abbreviation == nullptr) {
      kept.push_back(hit);
      continue;
    }
    // The two hits of a pair form are adjacent, with the same span.
    if (i + 1 >= hits->size()) break;
    Hit first = hit;
    Hit second = (*hits)[++i];
    const std::int64_t a = resolve(*first.abbreviation);
    const std::int64_t b = resolve(*second.abbreviation);
    if (a < 0 || b < 0 || a == b) continue;
    first.party = static_cast<std::uint32_t>(a);
    second.party = static_cast<std::uint32_t>(b);
    kept.push_back(first);
    kept.push_back(second);
  }
  hits->swap(kept);
}

bool Gazetteer::Impl::DecodePairForm(std::string_view m, std::size_t* length,
                                     const Abbreviation** first,
                                     const Abbreviation** second) const {
  std::vector<std::size_t> ends;  // code point boundaries after the start
  for (std::size_t i = 0; i < m.size();) {
    i += internal::StepAt(m, i);
    ends.push_back(i);
  }
  // Longest abbreviations first: 中+巴新+关系 before 中+巴+新关系.
  for (auto i = ends.rbegin(); i != ends.rend(); ++i) {
    auto a = abbreviations.find(std::string(m.substr(0, *i)));
    if (a == abbreviations.end()) continue;
    // A hyphen may join the two (中-委两国).
    std::size_t second_begin = *i;
    for (auto h = ends.begin(); h != ends.end(); ++h) {
      if (*h <= *i) continue;
      if (pair_hyphens.contains(std::string(m.substr(*i, *h - *i)))) {
        second_begin = *h;
      }
      break;
    }
    for (auto j = ends.rbegin(); j != ends.rend() && *j > second_begin; ++j) {
      auto b = abbreviations.find(
          std::string(m.substr(second_begin, *j - second_begin)));
      if (b == abbreviations.end()) continue;
      if (!pair_next.contains(std::string(m.substr(*j)))) continue;
      *length = *j;
      *first = &a->second;
      *second = &b->second;
      return true;
    }
  }
  return false;
}

void Gazetteer::Impl::Scan(std::string_view text, std::vector<Hit>* hits,
                           std::vector<PairReference>* references) const {
  std::vector<Hit> latin_hits;
  std::vector<PairReference> latin_references;
  std::vector<Hit>* const first_hits = hits ? &latin_hits : nullptr;
  if (latin_names != nullptr) {
    ScanWith(*latin_names, text, first_hits,
             references ? &latin_references : nullptr);
  }
  if (chinese_names != nullptr) {
    ScanWith(*chinese_names, text, hits, references);
  }
  // Merge the two scans in text order. Names of the two scripts do not
  // overlap in practice; if they do, the earlier (then longer) one stays.
  if (references != nullptr && !latin_references.empty()) {
    references->insert(references->end(), latin_references.begin(),
                       latin_references.end());
    std::stable_sort(references->begin(), references->end(),
                     [](const PairReference& a, const PairReference& b) {
                       return a.begin < b.begin;
                     });
  }
  if (hits == nullptr) return;
  if (!latin_hits.empty()) {
    hits->insert(hits->end(), latin_hits.begin(), latin_hits.end());
    std::stable_sort(
        hits->begin(), hits->end(), [](const Hit& a, const Hit& b) {
          return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
        });
    std::vector<Hit> kept;
    for (const Hit& hit : *hits) {
      if (!kept.empty() && hit.begin < kept.back().end &&
          !(hit.begin == kept.back().begin && hit.end == kept.back().end)) {
        continue;
      }
      kept.push_back(hit);
    }
    hits->swap(kept);
  }
  ResolvePairForms(hits);
  if (hits->empty() || contexts.empty()) return;
  const re2::StringPiece whole = internal::Sp(text);
  for (const Context& context : contexts) {
    auto is_guarded = [&](const Hit& hit) {
      return hit.party == context.party &&
             context.keys.contains(
                 NormalizeKey(text.substr(hit.begin, hit.end - hit.begin),
                              Hyphens::kAsSpace));
    };
    if (std::none_of(hits->begin(), hits->end(), is_guarded)) continue;
    if (!RE2::PartialMatch(whole, *context.re)) continue;
    hits->erase(std::remove_if(hits->begin(), hits->end(), is_guarded),
                hits->end());
  }
}

void Gazetteer::Impl::ScanWith(const RE2& names, std::string_view text,
                               std::vector<Hit>* hits,
                               std::vector<PairReference>* references) const {
  const re2::StringPiece whole = internal::Sp(text);
  const bool latin = &names == latin_names.get();
  std::size_t pos = 0;
  while (true) {
    pos = latin ? internal::NextLatinStart(text, pos)
                : internal::NextChineseStart(text, pos);
    if (pos >= text.size()) break;
    if (latin) {
      const unsigned b0 = static_cast<unsigned char>(text[pos]);
      const unsigned b1 =
          pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0;
      if (!latin_starts.test(b0 << 8 | b1)) {
        pos += internal::StepAt(text, pos);
        continue;
      }
    }
    re2::StringPiece match;
    if (!names.Match(whole, pos, text.size(), RE2::ANCHOR_START, &match, 1) ||
        match.empty()) {
      pos += internal::StepAt(text, pos);
      continue;
    }
    const std::size_t begin = pos;
    const std::size_t end = begin + match.size();
    const std::string_view matched = internal::Sv(match);
    auto found = keys.find(NormalizeKey(matched, Hyphens::kAsSpace));
    if (found != keys.end()) {
      if (found->second.kind == Target::Kind::kParty) {
        if (hits != nullptr) {
          hits->push_back({found->second.party, begin, end, nullptr});
        }
      } else if (references != nullptr) {
        references->push_back({begin, end});
      }
      pos = end;
      continue;
    }
    std::size_t length = 0;
    const Abbreviation* first = nullptr;
    const Abbreviation* second = nullptr;
    if (DecodePairForm(matched, &length, &first, &second)) {
      // A name that begins here wins over a pair form that swallows it:
      // 古巴关系 is Cuba's relations, not Cuba (古) and Pakistan (巴).
      std::uint32_t party = 0;
      if (const std::size_t n = LongestNamePrefix(matched, &party); n > 0) {
        if (hits != nullptr)
          hits->push_back({party, begin, begin + n, nullptr});
        pos = begin + n;
        continue;
      }
      if (not_pairs.contains(std::string(matched.substr(0, length)))) {
        pos = begin + internal::StepAt(text, begin);
        continue;
      }
      if (hits != nullptr) {
        hits->push_back({0, begin, begin + length, first});
        hits->push_back({0, begin, begin + length, second});
      }
      pos = begin + length;  // the following word may be a pair reference
      continue;
    }
    pos = end;  // a block: text that names no party
  }
}

std::size_t Gazetteer::Impl::LinkFormEnd(const LinkForm& form,
                                         std::string_view text,
                                         std::size_t pos) {
  const std::string& f = form.text;
  if (form.word_start && pos > 0 &&
      internal::IsWordByte(static_cast<unsigned char>(text[pos - 1]))) {
    return std::string_view::npos;
  }
  std::size_t q = pos;
  for (std::size_t i = 0; i < f.size();) {
    const auto c = static_cast<unsigned char>(f[i]);
    if (internal::IsBlank(c)) {
      // A run of white space in the word: one or more of \s or U+00A0.
      while (i < f.size() &&
             internal::IsBlank(static_cast<unsigned char>(f[i]))) {
        ++i;
      }
      const std::size_t run_start = q;
      for (std::size_t n; (n = internal::RegexSpaceAt(text, q)) != 0;) q += n;
      if (q == run_start) return std::string_view::npos;
      continue;
    }
    const bool apostrophe =
        c == '\'' || std::string_view(f).substr(i, 3) == "\xE2\x80\x99";
    if (apostrophe) {
      if (q < text.size() && text[q] == '\'') {
        q += 1;
      } else if (text.substr(q, 3) == "\xE2\x80\x99") {
        q += 3;
      } else {
        return std::string_view::npos;
      }
      i += c == '\'' ? 1 : 3;
      continue;
    }
    if (q >= text.size() || text[q] != f[i]) return std::string_view::npos;
    ++q;
    ++i;
  }
  if (form.word_end && q < text.size() &&
      internal::IsWordByte(static_cast<unsigned char>(text[q]))) {
    return std::string_view::npos;
  }
  return q;
}

std::vector<LinkToken> Gazetteer::Impl::FindLinks(std::string_view text) const {
  // Leftmost, then longest, like an RE2 alternation of the forms with
  // longest_match: at each byte, every form that can start with it.
  std::vector<LinkToken> out;
  if (link_forms.empty()) return out;
  // The key of a match is that of its form (NormalizeKey folds the case,
  // spaces and apostrophes in which they may differ), so each form carries
  // its class.
  for (std::size_t pos = 0; pos < text.size();) {
    const auto b = static_cast<unsigned char>(text[pos]);
    const std::vector<std::uint32_t>& candidates = link_forms_by_byte[b];
    if (candidates.empty() ||
        (link_starts_need_word_start[b] && pos > 0 &&
         internal::IsWordByte(static_cast<unsigned char>(text[pos - 1])))) {
      ++pos;
      continue;
    }
    std::size_t end = std::string_view::npos;
    const LinkForm* best = nullptr;
    for (std::uint32_t k : candidates) {
      const std::size_t e = LinkFormEnd(link_forms[k], text, pos);
      if (e != std::string_view::npos &&
          (end == std::string_view::npos || e > end)) {
        end = e;
        best = &link_forms[k];
      }
    }
    if (best == nullptr) {
      ++pos;
      continue;
    }
    out.push_back({best->link, pos, end});
    pos = end;
  }
  return out;
}

std::vector<LinkToken> Gazetteer::Impl::FindLinksWithRegex(
    std::string_view text) const {
  std::vector<LinkToken> out;
  std::vector<std::string> alternatives;
  for (const LinkForm& form : link_forms) {
    std::string pattern = internal::LiteralPattern(form.text, Hyphens::kKeep);
    if (!pattern.empty()) alternatives.push_back(std::move(pattern));
  }
  if (alternatives.empty()) return out;
  const RE2 links(internal::JoinAlternatives(alternatives),
                  internal::MatchOptions(internal::kSmallMaxMem));
  const re2::StringPiece whole = internal::Sp(text);
  std::size_t pos = 0;
  while (pos < text.size()) {
    re2::StringPiece match;
    if (!links.Match(whole, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
      break;
    }
    const std::size_t begin = match.data() - text.data();
    const std::size_t end = begin + match.size();
    auto found =
        link_keys.find(NormalizeKey(internal::Sv(match), Hyphens::kKeep));
    if (found != link_keys.end()) out.push_back({found->second, begin, end});
    pos = end > begin ? end : begin + 1;
  }
  return out;
}

namespace internal {
namespace {

// Parses the text of one gazetteer file into GazetteerData.
class GazetteerParser {
 public:
  explicit GazetteerParser(std::string_view source) : source_(source) {}

  absl::StatusOr<GazetteerData> Parse(std::string_view text);

 private:
  // One tab-separated field of the current line.
  struct Field {
    std::string_view text;
    int column = 1;  // 1-based byte column
  };

  absl::Status Error(int column, std::string_view message) const {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s:%d:%d: %s", Av(source_), line_, column, Av(message)));
  }
  absl::Status ParseLine(std::string_view line);
  absl::Status ParseParty(const std::vector<Field>& fields);
  absl::Status ParseBlock(const std::vector<Field>& fields);
  absl::Status ParseContext(const std::vector<Field>& fields);
  absl::Status ParseDefine(const std::vector<Field>& fields);
  absl::Status ParsePerson(const std::vector<Field>& fields);
  // Checks a CODE field (2 to 8 capital ASCII letters).
  absl::Status CheckCode(const Field& code) const;
  absl::Status ParseLink(const std::vector<Field>& fields);
  absl::Status ParseWords(const std::vector<Field>& fields,
                          std::vector<std::string>* out);
  absl::Status ExpectFields(const std::vector<Field>& fields, std::size_t count,
                            std::string_view usage) const;
  // Splits a '|'-separated field ("-" means none).
  absl::Status SplitList(const Field& field, std::vector<std::string>* out);
  // Replaces {NAME} with (?:definition) and checks that RE2 accepts the result.
  absl::StatusOr<std::string> ExpandPattern(const Field& field) const;
  // Records a matched name of `code`; a name of another party is an error.
  absl::Status ClaimName(std::string_view name, const std::string& code,
                         int column);

  std::string_view source_;
  int line_ = 0;
  GazetteerData data_;
  absl::flat_hash_map<std::string, std::string> defines_;
  absl::flat_hash_map<std::string, int> code_lines_;
  // Normalised name -> (code, line) of the party that lists it.
  absl::flat_hash_map<std::string, std::pair<std::string, int>> claimed_;
  absl::flat_hash_map<std::string, std::pair<std::string, int>>
      claimed_abbreviations_;
};

constexpr std::string_view kPartyUsage =
    "party CODE TYPE NAME OFFICIAL ALIASES DEMONYMS CAPITALS ZH_HANS ZH_HANT "
    "ZH_ABBR";

absl::StatusOr<GazetteerData> GazetteerParser::Parse(std::string_view text) {
  std::size_t start = 0;
  while (start <= text.size()) {
    ++line_;
    std::size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) newline = text.size();
    std::string_view line = text.substr(start, newline - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (const std::size_t nul = line.find('\0');
        nul != std::string_view::npos) {
      return Error(static_cast<int>(nul) + 1, "NUL byte");
    }
    if (const std::size_t bad = FindInvalid(line);
        bad != std::string_view::npos) {
      return Error(static_cast<int>(bad) + 1, "invalid UTF-8");
    }
    if (absl::Status status = ParseLine(line); !status.ok()) return status;
    if (newline == text.size()) break;
    start = newline + 1;
  }
  // People of a party listed in this file become its names, wherever the
  // party row is; the others wait for a Merge that brings their party.
  absl::flat_hash_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < data_.parties.size(); ++i) {
    index[data_.parties[i].code] = i;
  }
  std::vector<std::pair<std::string, std::string>> elsewhere;
  for (auto& [name, code] : data_.other_people) {
    auto it = index.find(code);
    if (it == index.end()) {
      elsewhere.emplace_back(std::move(name), std::move(code));
    } else {
      data_.parties[it->second].people.push_back(std::move(name));
    }
  }
  data_.other_people = std::move(elsewhere);
  return std::move(data_);
}

absl::Status GazetteerParser::ParseLine(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos || line[first] == '#') {
    return absl::OkStatus();
  }
  std::vector<Field> fields;
  for (const std::string_view text : SplitTabs(line)) {
    Field field{text, static_cast<int>(text.data() - line.data()) + 1};
    // Trim blanks around the field, keeping the column of its first byte.
    while (!field.text.empty() && field.text.front() == ' ') {
      field.text.remove_prefix(1);
      ++field.column;
    }
    while (!field.text.empty() && field.text.back() == ' ') {
      field.text.remove_suffix(1);
    }
    fields.push_back(field);
  }
  const std::string_view kind = fields[0].text;
  if (kind == "party") return ParseParty(fields);
  if (kind == "block") return ParseBlock(fields);
  if (kind == "context") return ParseContext(fields);
  if (kind == "define") return ParseDefine(fields);
  if (kind == "person") return ParsePerson(fields);
  if (kind == "link") return ParseLink(fields);
  if (kind == "pairref") return ParseWords(fields, &data_.pair_references);
  if (kind == "pairnext") return ParseWords(fields, &data_.pair_next);
  if (kind == "notpair") return ParseWords(fields, &data_.not_pairs);
  return Error(fields[0].column,
               absl::StrCat("unknown row kind \"", Av(kind),
                            "\" (expected party, person, block, context, "
                            "define, link, pairref, pairnext or notpair)"));
}

absl::Status GazetteerParser::ExpectFields(const std::vector<Field>& fields,
                                           std::size_t count,
                                           std::string_view usage) const {
  if (fields.size() == count) return absl::OkStatus();
  const int column =
      fields.size() > count ? fields[count].column : fields.back().column;
  return Error(column, absl::StrFormat("expected %d tab-separated fields (%s), "
                                       "found %d",
                                       count, Av(usage), fields.size()));
}

absl::Status GazetteerParser::SplitList(const Field& field,
                                        std::vector<std::string>* out) {
  if (field.text.empty()) {
    return Error(field.column, "empty field (write - for none)");
  }
  if (field.text == "-") return absl::OkStatus();
  std::size_t start = 0;
  while (true) {
    const std::size_t bar = field.text.find('|', start);
    const std::size_t stop =
        bar == std::string_view::npos ? field.text.size() : bar;
    std::string_view item = field.text.substr(start, stop - start);
    const int column = field.column + static_cast<int>(start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.empty()) return Error(column, "empty item in a '|' list");
    out->emplace_back(item);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return absl::OkStatus();
}

absl::Status GazetteerParser::ClaimName(std::string_view name,
                                        const std::string& code, int column) {
  const std::string key = NormalizeKey(name, Hyphens::kAsSpace);
  if (key.empty()) return Error(column, "empty name");
  auto [it, inserted] = claimed_.try_emplace(key, code, line_);
  if (!inserted && it->second.first != code) {
    return Error(column, absl::StrFormat(
                             "name \"%s\" is already listed for %s at line %d",
                             Av(name), it->second.first, it->second.second));
  }
  return absl::OkStatus();
}

absl::Status GazetteerParser::ParseParty(const std::vector<Field>& fields) {
  if (absl::Status s = ExpectFields(fields, 11, kPartyUsage); !s.ok()) {
    return s;
  }
  Party party;
  const Field& code = fields[1];
  if (absl::Status s = CheckCode(code); !s.ok()) return s;
  party.code = std::string(code.text);
  auto [previous, inserted] = code_lines_.try_emplace(party.code, line_);
  if (!inserted) {
    return Error(code.column,
                 absl::StrFormat("party %s is already listed at line %d",
                                 party.code, previous->second));
  }
  std::optional<PartyType> type = PartyTypeFromName(fields[2].text);
  if (!type) {
    return Error(fields[2].column,
                 absl::StrCat("unknown party type \"", Av(fields[2].text),
                              "\" (state, observer, other, organisation)"));
  }
  party.type = *type;
  if (fields[3].text.empty() || fields[3].text == "-" ||
      fields[3].text.find('|') != std::string_view::npos) {
    return Error(fields[3].column, "NAME must be one display name");
  }
  party.name = std::string(fields[3].text);
  std::vector<std::vector<std::string>*> lists = NameLists(party);
  for (std::size_t i = 0; i < lists.size(); ++i) {
    if (absl::Status s = SplitList(fields[4 + i], lists[i]); !s.ok()) return s;
  }
  // Latin names in the Chinese columns, or Chinese in the Latin ones, are
  // usually a column slip.
  for (std::size_t i = 8; i <= 10; ++i) {
    for (const std::string& name : *lists[i - 4]) {
      if (HasAsciiLetter(name)) {
        return Error(fields[i].column,
                     absl::StrCat("\"", name,
                                  "\" has Latin letters in a Chinese column"));
      }
    }
  }
  if (absl::Status s = ClaimName(party.name, party.code, fields[3].column);
      !s.ok()) {
    return s;
  }
  for (std::size_t i = 4; i <= 9; ++i) {
    for (const std::string& name : *lists[i - 4]) {
      if (absl::Status s = ClaimName(name, party.code, fields[i].column);
          !s.ok()) {
        return s;
      }
    }
  }
  for (const std::string& abbreviation : party.chinese_abbreviations) {
    if (abbreviation == "?") {
      return Error(fields[10].column, "empty abbreviation");
    }
    if (abbreviation.back() == '?') continue;  // needs context: may be shared
    auto [it, fresh] =
        claimed_abbreviations_.try_emplace(abbreviation, party.code, line_);
    if (!fresh && it->second.first != party.code) {
      return Error(
          fields[10].column,
          absl::StrFormat("abbreviation %s is already listed for %s at line "
                          "%d (mark all but one with '?')",
                          abbreviation, it->second.first, it->second.second));
    }
  }
  data_.parties.push_back(std::move(party));
  return absl::OkStatus();
}

absl::Status GazetteerParser::CheckCode(const Field& code) const {
  const bool code_ok = code.text.size() >= 2 && code.text.size() <= 8 &&
                       std::all_of(code.text.begin(), code.text.end(),
                                   [](char c) { return c >= 'A' && c <= 'Z'; });
  if (code_ok) return absl::OkStatus();
  return Error(code.column, absl::StrCat("bad code \"", Av(code.text),
                                         "\" (2 to 8 capital ASCII letters)"));
}

absl::Status GazetteerParser::ParsePerson(const std::vector<Field>& fields) {
  if (absl::Status s = ExpectFields(fields, 3, "person CODE NAMES"); !s.ok()) {
    return s;
  }
  if (absl::Status s = CheckCode(fields[1]); !s.ok()) return s;
  const std::string code(fields[1].text);
  std::vector<std::string> names;
  if (absl::Status s = SplitList(fields[2], &names); !s.ok()) return s;
  if (names.empty()) return Error(fields[2].column, "no names");
  for (std::string& name : names) {
    if (absl::Status s = ClaimName(name, code, fields[2].column); !s.ok()) {
      return s;
    }
    data_.other_people.emplace_back(std::move(name), code);
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> GazetteerParser::ExpandPattern(
    const Field& field) const {
  const std::string_view pattern = field.text;
  if (pattern.empty()) return Error(field.column, "empty pattern");
  std::string out;
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      out.append(pattern.substr(i, 2));
      i += 2;
      continue;
    }
    if (pattern[i] == '{') {
      const std::size_t close = pattern.find('}', i);
      const std::string_view name = close == std::string_view::npos
                                        ? std::string_view()
                                        : pattern.substr(i + 1, close - i - 1);
      const bool identifier =
          !name.empty() && !(name[0] >= '0' && name[0] <= '9') &&
          std::all_of(name.begin(), name.end(), [](char c) {
            return c == '_' || IsAsciiAlnum(static_cast<unsigned char>(c));
          });
      if (identifier) {
        auto it = defines_.find(std::string(name));
        if (it == defines_.end()) {
          return Error(field.column + static_cast<int>(i),
                       absl::StrCat("undefined name {", Av(name), "}"));
        }
        absl::StrAppend(&out, "(?:", it->second, ")");
        i = close + 1;
        continue;
      }
    }
    out.push_back(pattern[i]);
    ++i;
  }
  RE2 re(Sp(out), MatchOptions(kSmallMaxMem));
  if (!re.ok()) {
    return Error(field.column, absl::StrCat("bad pattern: ", re.error()));
  }
  return out;
}

absl::Status GazetteerParser::ParseBlock(const std::vector<Field>& fields) {
  if (absl::Status s = ExpectFields(fields, 2, "block PATTERN"); !s.ok()) {
    return s;
  }
  absl::StatusOr<std::string> pattern = ExpandPattern(fields[1]);
  if (!pattern.ok()) return pattern.status();
  data_.blocks.push_back({*std::move(pattern)});
  return absl::OkStatus();
}

absl::Status GazetteerParser::ParseContext(const std::vector<Field>& fields) {
  if (absl::Status s = ExpectFields(fields, 4, "context CODE NAMES PATTERN");
      !s.ok()) {
    return s;
  }
  ContextRow row;
  row.code = std::string(fields[1].text);
  if (row.code.empty()) return Error(fields[1].column, "empty code");
  if (absl::Status s = SplitList(fields[2], &row.names); !s.ok()) return s;
  if (row.names.empty()) return Error(fields[2].column, "no names");
  absl::StatusOr<std::string> pattern = ExpandPattern(fields[3]);
  if (!pattern.ok()) return pattern.status();
  row.pattern = *std::move(pattern);
  data_.contexts.push_back(std::move(row));
  return absl::OkStatus();
}

absl::Status GazetteerParser::ParseDefine(const std::vector<Field>& fields) {
  if (absl::Status s = ExpectFields(fields, 3, "define NAME PATTERN");
      !s.ok()) {
    return s;
  }
  const std::string_view name = fields[1].text;
  const bool identifier =
      !name.empty() && !(name[0] >= '0' && name[0] <= '9') &&
      std::all_of(name.begin(), name.end(), [](char c) {
        return c == '_' || IsAsciiAlnum(static_cast<unsigned char>(c));
      });
  if (!identifier) {
    return Error(fields[1].column,
                 absl::StrCat("bad define name \"", Av(name), "\""));
  }
  absl::StatusOr<std::string> pattern = ExpandPattern(fields[2]);
  if (!pattern.ok()) return pattern.status();
  if (!defines_.try_emplace(std::string(name), *std::move(pattern)).second) {
    return Error(fields[1].column,
                 absl::StrCat("{", Av(name), "} is already defined"));
  }
  return absl::OkStatus();
}

absl::Status GazetteerParser::ParseLink(const std::vector<Field>& fields) {
  if (absl::Status s = ExpectFields(fields, 3, "link CLASS WORDS"); !s.ok()) {
    return s;
  }
  std::optional<LinkClass> link = LinkClassFromName(fields[1].text);
  if (!link) {
    return Error(fields[1].column,
                 absl::StrCat("unknown link class \"", Av(fields[1].text),
                              "\" (and, with, between, hyphen, clause, "
                              "article)"));
  }
  std::vector<std::string> words;
  if (absl::Status s = SplitList(fields[2], &words); !s.ok()) return s;
  for (std::string& word : words) {
    data_.links.push_back({*link, std::move(word)});
  }
  return absl::OkStatus();
}

absl::Status GazetteerParser::ParseWords(const std::vector<Field>& fields,
                                         std::vector<std::string>* out) {
  if (absl::Status s =
          ExpectFields(fields, 2, absl::StrCat(Av(fields[0].text), " WORDS"));
      !s.ok()) {
    return s;
  }
  return SplitList(fields[1], out);
}

// Appends the items of `from` missing from `to` (compared by key).
void AppendNew(const std::vector<std::string>& from,
               std::vector<std::string>* to) {
  absl::flat_hash_set<std::string> have;
  for (const std::string& item : *to) {
    have.insert(NormalizeKey(item, Hyphens::kAsSpace));
  }
  for (const std::string& item : from) {
    if (have.insert(NormalizeKey(item, Hyphens::kAsSpace)).second) {
      to->push_back(item);
    }
  }
}

}  // namespace

std::vector<PartyMention> GazetteerAccess::FindWithPairReference(
    const Gazetteer& gazetteer, std::string_view text,
    bool* has_pair_reference) {
  const Gazetteer::Impl& impl = *gazetteer.impl_;
  std::vector<Gazetteer::Impl::Hit> hits;
  std::vector<PairReference> references;
  impl.Scan(text, &hits, has_pair_reference ? &references : nullptr);
  if (has_pair_reference != nullptr) *has_pair_reference = !references.empty();
  std::vector<PartyMention> out;
  out.reserve(hits.size());
  for (const Gazetteer::Impl::Hit& hit : hits) {
    out.push_back({impl.data.parties[hit.party].code, hit.begin, hit.end});
  }
  return out;
}

std::vector<LinkToken> GazetteerAccess::FindLinks(const Gazetteer& gazetteer,
                                                  std::string_view text) {
  return gazetteer.impl_->FindLinks(text);
}

std::vector<LinkToken> GazetteerAccess::FindLinksWithRegex(
    const Gazetteer& gazetteer, std::string_view text) {
  return gazetteer.impl_->FindLinksWithRegex(text);
}

}  // namespace internal

std::string_view PartyTypeName(PartyType type) {
  switch (type) {
    case PartyType::kState:
      return "state";
    case PartyType::kObserver:
      return "observer";
    case PartyType::kOther:
      return "other";
    case PartyType::kOrganisation:
      return "organisation";
  }
  return "";
}

std::optional<PartyType> PartyTypeFromName(std::string_view name) {
  for (PartyType type : {PartyType::kState, PartyType::kObserver,
                         PartyType::kOther, PartyType::kOrganisation}) {
    if (PartyTypeName(type) == name) return type;
  }
  return std::nullopt;
}

namespace {

std::shared_ptr<const Gazetteer::Impl> EmptyImpl() {
  static const auto* const kEmpty = new std::shared_ptr<const Gazetteer::Impl>(
      *Gazetteer::Impl::Build(GazetteerData()));
  return *kEmpty;
}

}  // namespace

Gazetteer::Gazetteer() : impl_(EmptyImpl()) {}

Gazetteer::Gazetteer(std::shared_ptr<const Impl> impl)
    : impl_(std::move(impl)) {}

absl::StatusOr<Gazetteer> Gazetteer::Parse(std::string_view text,
                                           std::string_view source) {
  absl::StatusOr<GazetteerData> data =
      internal::GazetteerParser(source).Parse(text);
  if (!data.ok()) return data.status();
  absl::StatusOr<std::shared_ptr<const Impl>> impl =
      Impl::Build(*std::move(data));
  if (!impl.ok()) {
    return absl::Status(
        impl.status().code(),
        absl::StrCat(internal::Av(source), ": ", impl.status().message()));
  }
  return Gazetteer(*std::move(impl));
}

absl::StatusOr<Gazetteer> Gazetteer::Load(const std::string& path) {
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR) {
      return absl::NotFoundError(
          absl::StrCat("cannot open gazetteer ", path, ": no such file"));
    }
    if (error == EACCES) {
      return absl::PermissionDeniedError(
          absl::StrCat("cannot open gazetteer ", path, ": permission denied"));
    }
    return absl::InternalError(absl::StrCat("cannot open gazetteer ", path));
  }
  std::ostringstream contents;
  if (in.peek() != std::char_traits<char>::eof()) contents << in.rdbuf();
  if (in.bad() || !contents) {
    return absl::InternalError(absl::StrCat("cannot read gazetteer ", path));
  }
  return Parse(contents.str(), path);
}

const Gazetteer& Gazetteer::Default() {
  static const Gazetteer* const kDefault = [] {
    absl::StatusOr<Gazetteer> parsed = Parse(DefaultText(), "gazetteer.tsv");
    return new Gazetteer(parsed.ok() ? *std::move(parsed) : Gazetteer());
  }();
  return *kDefault;
}

std::string_view Gazetteer::DefaultText() {
  return internal::DefaultGazetteerText();
}

absl::Status Gazetteer::Merge(const Gazetteer& other) {
  GazetteerData merged = impl_->data;
  const GazetteerData& theirs = other.impl_->data;
  for (const Party& party : theirs.parties) {
    auto it = std::find_if(
        merged.parties.begin(), merged.parties.end(),
        [&](const Party& mine) { return mine.code == party.code; });
    if (it == merged.parties.end()) {
      merged.parties.push_back(party);
    } else {
      if (NormalizeKey(it->name, Hyphens::kAsSpace) !=
          NormalizeKey(party.name, Hyphens::kAsSpace)) {
        // The old display name stays a name of the party.
        internal::AppendNew({it->name}, &it->aliases);
      }
      it->type = party.type;
      it->name = party.name;
      Party copy = party;
      std::vector<std::vector<std::string>*> from = internal::NameLists(copy);
      std::vector<std::vector<std::string>*> to = internal::NameLists(*it);
      for (std::size_t i = 0; i < from.size(); ++i) {
        internal::AppendNew(*from[i], to[i]);
      }
      internal::AppendNew(party.people, &it->people);
    }
    for (const std::string* name : internal::MatchedNames(party)) {
      merged.name_claims.emplace_back(*name, party.code);
    }
    for (const std::string& abbreviation : party.chinese_abbreviations) {
      merged.abbreviation_claims.emplace_back(abbreviation, party.code);
    }
  }
  for (const auto& person : theirs.other_people) {
    // Named members, not structured bindings: C++17 lambdas cannot capture
    // those (clang rejects it).
    const std::string& name = person.first;
    const std::string& code = person.second;
    auto it =
        std::find_if(merged.parties.begin(), merged.parties.end(),
                     [&](const Party& mine) { return mine.code == code; });
    if (it == merged.parties.end()) {
      merged.other_people.emplace_back(name, code);
      continue;
    }
    internal::AppendNew({name}, &it->people);
    merged.name_claims.emplace_back(name, code);
  }
  merged.name_claims.insert(merged.name_claims.end(),
                            theirs.name_claims.begin(),
                            theirs.name_claims.end());
  merged.abbreviation_claims.insert(merged.abbreviation_claims.end(),
                                    theirs.abbreviation_claims.begin(),
                                    theirs.abbreviation_claims.end());
  merged.blocks.insert(merged.blocks.end(), theirs.blocks.begin(),
                       theirs.blocks.end());
  merged.contexts.insert(merged.contexts.end(), theirs.contexts.begin(),
                         theirs.contexts.end());
  internal::AppendNew(theirs.pair_references, &merged.pair_references);
  internal::AppendNew(theirs.pair_next, &merged.pair_next);
  internal::AppendNew(theirs.not_pairs, &merged.not_pairs);
  merged.links.insert(merged.links.end(), theirs.links.begin(),
                      theirs.links.end());
  absl::StatusOr<std::shared_ptr<const Impl>> impl =
      Impl::Build(std::move(merged));
  if (!impl.ok()) return impl.status();
  impl_ = *std::move(impl);
  return absl::OkStatus();
}

std::vector<PartyMention> Gazetteer::Find(std::string_view text) const {
  return internal::GazetteerAccess::FindWithPairReference(*this, text, nullptr);
}

std::vector<PairReference> Gazetteer::FindPairReferences(
    std::string_view text) const {
  std::vector<PairReference> out;
  impl_->Scan(text, nullptr, &out);
  return out;
}

std::optional<std::string> Gazetteer::Resolve(std::string_view name) const {
  auto found = impl_->keys.find(NormalizeKey(name, Hyphens::kAsSpace));
  if (found != impl_->keys.end() &&
      found->second.kind == Impl::Target::Kind::kParty) {
    return impl_->data.parties[found->second.party].code;
  }
  if (impl_->code_index.contains(std::string(name))) return std::string(name);
  return std::nullopt;
}

std::string_view Gazetteer::NameOf(std::string_view code) const {
  auto it = impl_->code_index.find(std::string(code));
  if (it == impl_->code_index.end()) return {};
  return impl_->data.parties[it->second].name;
}

std::vector<std::string> Gazetteer::Codes() const {
  std::vector<std::string> out;
  out.reserve(impl_->data.parties.size());
  for (const Party& party : impl_->data.parties) out.push_back(party.code);
  std::sort(out.begin(), out.end());
  return out;
}

const std::vector<Party>& Gazetteer::parties() const {
  return impl_->data.parties;
}

bool Gazetteer::empty() const { return impl_->data.parties.empty(); }

}  // namespace diplotier
