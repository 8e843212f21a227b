// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "diplotier/lexicon.h"

#include <fstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace diplotier {
namespace {

std::string TestLexiconPath() {
  return std::string(DIPLOTIER_TEST_DATA_DIR) + "/engine_test.lexicon";
}

TEST(Lexicon, ParsesEveryDirective) {
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(
      "# comment\n"
      "\n"
      "anchor Partner\n"
      "abbreviation U.S\n"
      "define _ [\\s\\-]+\n"
      "tier strategic_partnership strategic{_}partnership\n"
      "qualifier new_era for{_}a{_}new{_}era\n"
      "guard public{_}private{_}partnership\n"
      "cue upgrade upgraded\n"
      "representation ambassador ambassador{_}level\n"
      "ladder mine partnership < strategic_partnership\n"
      "issuer XYZ mine\n"
      "tier strategic_partnership 战略伙伴关系\n"
      "relation downgraded{_}ties\n",
      "t.lexicon");
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(lex->anchors(), std::vector<std::string>{"partner"});
  EXPECT_EQ(lex->abbreviations(), std::vector<std::string>{"u.s"});
  ASSERT_EQ(lex->entries().size(), 7u);
  const LexiconEntry& tier = lex->entries()[0];
  EXPECT_EQ(tier.kind, EntryKind::kTier);
  EXPECT_EQ(tier.tier, Tier::kStrategicPartnership);
  EXPECT_EQ(tier.pattern, "strategic{_}partnership");
  EXPECT_EQ(tier.expanded, "strategic(?:[\\s\\-]+)partnership");
  EXPECT_FALSE(tier.case_sensitive);
  EXPECT_EQ(tier.line, 6);
  EXPECT_EQ(tier.column, 28);
  EXPECT_EQ(lex->entries()[1].label, "new_era");
  EXPECT_EQ(lex->entries()[3].cue, CueClass::kUpgrade);
  EXPECT_EQ(lex->entries()[4].level, Representation::kAmbassador);
  EXPECT_TRUE(lex->entries()[5].case_sensitive);  // Chinese only
  // A relation is a representation entry that names no level.
  EXPECT_EQ(lex->entries()[6].kind, EntryKind::kRepresentation);
  EXPECT_EQ(lex->entries()[6].level, Representation::kUnknown);
  EXPECT_EQ(lex->entries()[6].column, 10);
  ASSERT_TRUE(lex->FindLadder("mine").ok());
  EXPECT_EQ(lex->FindLadder("mine")->Rank(Tier::kStrategicPartnership), 2);
  ASSERT_EQ(lex->issuers().size(), 1u);
  EXPECT_EQ(lex->issuers()[0].first, "XYZ");
}

TEST(Lexicon, EscapesAndFlagsDoNotMakeAPatternCaseInsensitive) {
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(
      "tier partnership \\s*伙伴\\x{5173}系\\pL?\n"
      "tier partnership (?:伙伴)[[:space:]]*\\p{Han}\n"
      "tier strategic_partnership x{2,3}\n");
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_TRUE(lex->entries()[0].case_sensitive);
  EXPECT_TRUE(lex->entries()[1].case_sensitive);
  EXPECT_FALSE(lex->entries()[2].case_sensitive);
}

struct ErrorCase {
  const char* text;
  const char* expected;  // substring of the message, with line:column
};

TEST(Lexicon, ReportsErrorsWithLineAndColumn) {
  const ErrorCase cases[] = {
      {"frobnicate x", "f.lex:1:1: unknown directive 'frobnicate'"},
      {"\n\ntier alliance x", "f.lex:3:6: unknown tier 'alliance'"},
      {"tier none x", "f.lex:1:6: unknown tier 'none'"},
      {"tier strategic_partnership", "f.lex:1:27: missing pattern"},
      {"tier strategic_partnership  (unclosed",
       "f.lex:1:29: pattern rejected by RE2: missing )"},
      {"tier strategic_partnership a{undefined}b",
       "f.lex:1:29: undefined name {undefined}"},
      {"cue sideways x", "f.lex:1:5: unknown cue class 'sideways'"},
      {"representation consul x",
       "f.lex:1:16: unknown representation level 'consul'"},
      {"qualifier New-Era x", "f.lex:1:11: bad qualifier label 'New-Era'"},
      {"tier other:special-ties x",
       "f.lex:1:6: bad tier label 'other:special-ties'"},
      {"tier other: x", "f.lex:1:6: bad tier label 'other:'"},
      {"define 9x y", "f.lex:1:8: bad define name '9x'"},
      {"define a x\ndefine a y", "f.lex:2:8: 'a' is already defined"},
      {"guard x\nguard x", "f.lex:2:7: duplicate entry (first at f.lex:1)"},
      {"ladder l partnership <", "f.lex:1:10: ladder 'l': empty tier name"},
      {"issuer CHN nowhere", "f.lex:1:12: unknown ladder 'nowhere'"},
      {"issuer CHN", "f.lex:1:1: 'issuer' needs"},
      {"anchor", "f.lex:1:7: 'anchor' needs a word"},
      {"guard ok\nguard b\xff", "f.lex:2:8: invalid UTF-8"},
      {"guard a\xe4\xbc", "f.lex:1:8: invalid UTF-8"},
      {"tier partnership  a\\",
       "f.lex:1:19: pattern rejected by RE2: trailing"},
      {"tier partnership ab[z-a]",
       "f.lex:1:21: pattern rejected by RE2: invalid character class range"},
  };
  for (const ErrorCase& c : cases) {
    SCOPED_TRACE(c.text);
    absl::StatusOr<Lexicon> lex = Lexicon::Parse(c.text, "f.lex");
    ASSERT_FALSE(lex.ok());
    EXPECT_EQ(lex.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(lex.status().message().find(c.expected), std::string::npos)
        << lex.status().message();
  }
}

TEST(Lexicon, ReadsOffLadderTiers) {
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(
      "tier other:special_relationship special relationship\n"
      "tier other (?:eternal|permanent) partnership\n"
      "tier strategic_partnership strategic partnership\n",
      "f.lex");
  ASSERT_TRUE(lex.ok()) << lex.status();
  ASSERT_EQ(lex->entries().size(), 3u);
  EXPECT_EQ(lex->entries()[0].tier, Tier::kNone);
  EXPECT_EQ(lex->entries()[0].label, "special_relationship");
  EXPECT_EQ(lex->entries()[1].tier, Tier::kNone);
  EXPECT_EQ(lex->entries()[1].label, "*");
  EXPECT_EQ(lex->entries()[2].tier, Tier::kStrategicPartnership);
  EXPECT_EQ(lex->entries()[2].label, "");
  // The same pattern under two labels is two entries; under one, a
  // duplicate.
  EXPECT_TRUE(Lexicon::Parse("tier other:a x\ntier other:b x").ok());
  EXPECT_FALSE(Lexicon::Parse("tier other:a x\ntier other:a x").ok());
}

TEST(Lexicon, RejectsNulBytesWithTheirPosition) {
  std::string text = "guard ab";
  text += '\0';
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(text, "n.lex");
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("n.lex:1:9: NUL byte"),
            std::string::npos)
      << lex.status();
}

TEST(Lexicon, HandlesCrlfAndTrailingBlanks) {
  absl::StatusOr<Lexicon> lex =
      Lexicon::Parse("anchor partner\r\ntier partnership a  b \t\r\n");
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(lex->entries()[0].pattern, "a  b");
}

TEST(Lexicon, EmptyTextIsAnEmptyLexicon) {
  absl::StatusOr<Lexicon> lex = Lexicon::Parse("");
  ASSERT_TRUE(lex.ok());
  EXPECT_TRUE(lex->entries().empty());
}

TEST(Lexicon, ExponentialDefinesAreRejectedNotExpanded) {
  std::string text = "define d0 ab\n";
  for (int i = 1; i < 40; ++i) {
    text += "define d" + std::to_string(i) + " {d" + std::to_string(i - 1) +
            "}{d" + std::to_string(i - 1) + "}\n";
  }
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(text, "x.lex");
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("longer than"), std::string::npos);
}

TEST(Lexicon, TooLargeForRe2IsResourceExhausted) {
  // A counted repetition whose program exceeds RE2's per-pattern budget.
  absl::StatusOr<Lexicon> lex =
      Lexicon::Parse("tier partnership ((((a{100}){100}){100}){100})");
  ASSERT_FALSE(lex.ok());
  EXPECT_TRUE(lex.status().code() == absl::StatusCode::kResourceExhausted ||
              lex.status().code() == absl::StatusCode::kInvalidArgument)
      << lex.status();
}

TEST(Lexicon, LoadsFilesAndNamesMissingOnes) {
  absl::StatusOr<Lexicon> lex = Lexicon::Load(TestLexiconPath());
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_FALSE(lex->entries().empty());
  EXPECT_NE(lex->entries()[0].source.find("engine_test.lexicon"),
            std::string::npos);
  absl::StatusOr<Lexicon> missing = Lexicon::Load("/nonexistent/x.lexicon");
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("/nonexistent/x.lexicon"),
            std::string::npos);
}

TEST(Lexicon, MergeAddsEntriesAndRejectsDuplicates) {
  absl::StatusOr<Lexicon> a = Lexicon::Parse("anchor partner\nguard x\n", "a");
  absl::StatusOr<Lexicon> b = Lexicon::Parse("anchor 伙伴\nguard y\n", "b");
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE(a->Merge(*b).ok());
  EXPECT_EQ(a->entries().size(), 2u);
  EXPECT_EQ(a->anchors().size(), 2u);
  absl::Status again = a->Merge(*b);
  EXPECT_EQ(again.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(again.message().find("duplicate entry"), std::string::npos);
}

TEST(Lexicon, MergeKeepsTheFirstBodyOfADefineBothHold) {
  absl::StatusOr<Lexicon> a = Lexicon::Parse(
      "anchor partner\ndefine _ [\\s]+\ntier partnership a{_}partner\n", "a");
  absl::StatusOr<Lexicon> b = Lexicon::Parse(
      "anchor partner\ndefine _ [\\s\\-]+\ntier partnership b{_}partner\n",
      "b");
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE(a->Merge(*b).ok());
  ASSERT_EQ(a->entries().size(), 2u);
  // Each pattern keeps the define of its own text.
  EXPECT_EQ(a->entries()[0].expanded, "a(?:[\\s]+)partner");
  EXPECT_EQ(a->entries()[1].expanded, "b(?:[\\s\\-]+)partner");
}

TEST(Lexicon, TrailingCommentsAreNotPartOfThePattern) {
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(
      "anchor partner   # prefilter literal\n"
      "define _ [\\s]+\t# blanks\n"
      "tier partnership friendly{_}partner # a comment\n"
      "guard C#{_}partner\n"              // no blank before '#': pattern
      "guard number{_}\\#1{_}partner\n",  // an escaped '#' after a blank
      "t");
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(lex->anchors(), std::vector<std::string>{"partner"});
  ASSERT_EQ(lex->entries().size(), 3u);
  EXPECT_EQ(lex->entries()[0].pattern, "friendly{_}partner");
  EXPECT_EQ(lex->entries()[0].expanded, "friendly(?:[\\s]+)partner");
  EXPECT_EQ(lex->entries()[1].pattern, "C#{_}partner");
  EXPECT_EQ(lex->entries()[2].pattern, "number{_}\\#1{_}partner");
}

TEST(Lexicon, SkipsAByteOrderMark) {
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(
      "\xEF\xBB\xBF"
      "anchor partner\nguard x\n",
      "bom");
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(lex->anchors(), std::vector<std::string>{"partner"});
}

TEST(Lexicon, UndefinedNameSaysDefinesAreLocal) {
  absl::StatusOr<Lexicon> lex =
      Lexicon::Parse("anchor partner\ntier partnership a{_}partner\n", "u");
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("u:2:19: undefined name {_}"),
            std::string::npos)
      << lex.status();
  EXPECT_NE(lex.status().message().find("not even the default lexicon's"),
            std::string::npos);
}

TEST(Lexicon, ReadmeExampleParsesAndMergesWithTheDefault) {
  // The example of README.md's "The lexicon format", trailing comments and
  // its own {_} included.
  std::ifstream readme(std::string(DIPLOTIER_SOURCE_DIR) + "/README.md");
  ASSERT_TRUE(readme.good());
  std::string line, example;
  bool in_format = false, in_block = false;
  while (std::getline(readme, line)) {
    if (line == "## The lexicon format") in_format = true;
    if (!in_format) continue;
    if (!in_block && line == "```text") {
      in_block = true;
      continue;
    }
    if (in_block && line == "```") break;
    if (in_block) example += line + "\n";
  }
  ASSERT_NE(example.find("anchor partner"), std::string::npos);
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(example, "README.md");
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(lex->anchors()[0], "partner");
  Lexicon merged = Lexicon::Default();
  EXPECT_TRUE(merged.Merge(*lex).ok());
}

TEST(Lexicon, ManyAnchorsAbbreviationsAndLaddersParse) {
  // Each is checked for a duplicate through a hash index (this took minutes
  // with a scan per line).
  std::string text;
  for (int i = 0; i < 100000; ++i) {
    text += "anchor a" + std::to_string(i) + "\n";
    text += "abbreviation b" + std::to_string(i) + "\n";
  }
  for (int i = 0; i < 20000; ++i) {
    text += "ladder l" + std::to_string(i) +
            " partnership < strategic_partnership\n";
  }
  text += "anchor a5\nabbreviation B5\n";  // repeats, dropped
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(text, "many");
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(lex->anchors().size(), 100000u);
  EXPECT_EQ(lex->abbreviations().size(), 100000u);
  EXPECT_EQ(lex->ladders().size(), 20000u);
  Lexicon merged = *lex;
  ASSERT_TRUE(merged.Merge(*lex).ok());
  EXPECT_EQ(merged.anchors().size(), 100000u);
  EXPECT_EQ(merged.ladders().size(), 20000u);
}

TEST(Lexicon, LoadNamesTheReason) {
  absl::StatusOr<Lexicon> dir = Lexicon::Load(DIPLOTIER_TEST_DATA_DIR);
  EXPECT_EQ(dir.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(dir.status().message().find("Is a directory"), std::string::npos)
      << dir.status();
  absl::StatusOr<Lexicon> zero = Lexicon::Load("/dev/zero");
  EXPECT_EQ(zero.status().code(), absl::StatusCode::kResourceExhausted);
  absl::StatusOr<Lexicon> missing = Lexicon::Load("/nonexistent/x.lexicon");
  EXPECT_NE(missing.status().message().find("No such file or directory"),
            std::string::npos);
}

TEST(Lexicon, DefaultLexiconParses) {
  absl::StatusOr<Lexicon> lex =
      Lexicon::Parse(Lexicon::DefaultText(), "default.lexicon");
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(Lexicon::Default().entries().size(), lex->entries().size());
}

TEST(CueClass, NamesRoundTrip) {
  for (int i = 0; i < kCueClassCount; ++i) {
    CueClass c = static_cast<CueClass>(i);
    ASSERT_TRUE(CueClassFromName(CueClassName(c)).has_value());
    EXPECT_EQ(*CueClassFromName(CueClassName(c)), c);
  }
  EXPECT_FALSE(CueClassFromName("Upgrade").has_value());
}

}  // namespace
}  // namespace diplotier
