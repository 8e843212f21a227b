// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Tests of the gazetteer and of dyad attachment. The `Gazetteer` suite tests
// the engine on small gazetteers written here; the `DefaultGazetteer` suite
// pins what lib/data/gazetteer.tsv must recognise; `AttachDyad` covers the
// pairing constructions with the default gazetteer.

#include "diplotier/parties.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "diplotier/analysis.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "parties/dyads.h"
#include "parties/gazetteer.h"

namespace diplotier {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// "CODE@text" for every mention, so failures show what matched where.
std::vector<std::string> Describe(std::string_view text,
                                  const std::vector<PartyMention>& mentions) {
  std::vector<std::string> out;
  for (const PartyMention& m : mentions) {
    out.push_back(m.code + "@" +
                  std::string(text.substr(m.begin, m.end - m.begin)));
  }
  return out;
}

std::vector<std::string> FindIn(const Gazetteer& gazetteer,
                                std::string_view text) {
  return Describe(text, gazetteer.Find(text));
}

std::vector<std::string> FindDefault(std::string_view text) {
  return FindIn(Gazetteer::Default(), text);
}

Gazetteer MustParse(std::string_view text) {
  absl::StatusOr<Gazetteer> gazetteer = Gazetteer::Parse(text, "test.tsv");
  EXPECT_TRUE(gazetteer.ok()) << gazetteer.status();
  return gazetteer.ok() ? *std::move(gazetteer) : Gazetteer();
}

// A small gazetteer for the engine tests.
constexpr std::string_view kSmall =
    "# columns: party CODE TYPE NAME OFFICIAL ALIASES DEMONYMS CAPITALS "
    "ZH_HANS ZH_HANT ZH_ABBR\n"
    "party\tAAA\tstate\tAlphaland\tRepublic of Alphaland\tthe Alpha Isles|AL"
    "\tAlphan\tAlpha City\t阿尔法\t阿爾法\t阿\n"
    "party\tBBB\tstate\tBeta\t-\tBeta-Gamma|Côte d'Beta\tBetan\t-\t贝塔\t貝塔"
    "\t贝|貝\n"
    "party\tTTT\tstate\tTurkey\t-\t-\t-\t-\t-\t-\t-\n"
    "party\tGGG\tstate\tGeorgia\t-\t-\tGeorgian\t-\t-\t-\t-\n"
    "party\tEUU\torganisation\tEuropean Union\t-\tEU\t-\tBrussels\t欧盟\t歐盟"
    "\t欧|歐\n"
    "block\t\\bBeta Town\\b\n"
    "define\tcue\tAtlanta|state of Georgia\n"
    "context\tGGG\tGeorgia|Georgian\t\\b(?:{cue})\\b\n"
    "pairref\tthe two countries|双方\n"
    "pairnext\t关系|合作\n"
    "notpair\t阿贝\n"
    "link\tand\tand|和\n"
    "link\twith\twith\n";

TEST(Gazetteer, EmptyGazetteerFindsNothing) {
  Gazetteer empty;
  EXPECT_TRUE(empty.empty());
  EXPECT_THAT(empty.Find("China and Venezuela"), ElementsAre());
  EXPECT_EQ(empty.Resolve("China"), std::nullopt);
  EXPECT_EQ(empty.NameOf("CHN"), "");
  EXPECT_THAT(empty.Codes(), ElementsAre());
}

TEST(Gazetteer, ParsesPartyColumns) {
  Gazetteer g = MustParse(kSmall);
  ASSERT_EQ(g.parties().size(), 5u);
  const Party& a = g.parties()[0];
  EXPECT_EQ(a.code, "AAA");
  EXPECT_EQ(a.type, PartyType::kState);
  EXPECT_EQ(a.name, "Alphaland");
  EXPECT_THAT(a.official_names, ElementsAre("Republic of Alphaland"));
  EXPECT_THAT(a.aliases, ElementsAre("the Alpha Isles", "AL"));
  EXPECT_THAT(a.demonyms, ElementsAre("Alphan"));
  EXPECT_THAT(a.capitals, ElementsAre("Alpha City"));
  EXPECT_THAT(a.chinese, ElementsAre("阿尔法"));
  EXPECT_THAT(a.chinese_traditional, ElementsAre("阿爾法"));
  EXPECT_THAT(a.chinese_abbreviations, ElementsAre("阿"));
  EXPECT_THAT(g.parties()[1].official_names, ElementsAre());
  EXPECT_EQ(g.parties()[4].type, PartyType::kOrganisation);
  EXPECT_THAT(g.Codes(), ElementsAre("AAA", "BBB", "EUU", "GGG", "TTT"));
  EXPECT_EQ(g.NameOf("BBB"), "Beta");
  EXPECT_EQ(g.NameOf("ZZZ"), "");
}

TEST(Gazetteer, MatchesAsWrittenFirstUpperOrCapitals) {
  Gazetteer g = MustParse(kSmall);
  EXPECT_THAT(FindIn(g, "Turkey and TURKEY, but not turkey or TURKEYS."),
              ElementsAre("TTT@Turkey", "TTT@TURKEY"));
  // "the Alpha Isles" starts with a lower-case letter: "The ..." matches too.
  EXPECT_THAT(FindIn(g, "The Alpha Isles voted; so did the Alpha Isles."),
              ElementsAre("AAA@The Alpha Isles", "AAA@the Alpha Isles"));
  EXPECT_THAT(FindIn(g, "al and Al are not AL."), ElementsAre("AAA@AL"));
}

TEST(Gazetteer, SpacesHyphensAndApostrophesAreFlexible) {
  Gazetteer g = MustParse(kSmall);
  EXPECT_THAT(FindIn(g, "Republic  of\nAlphaland"),
              ElementsAre("AAA@Republic  of\nAlphaland"));
  EXPECT_THAT(
      FindIn(g, "Beta Gamma, Beta–Gamma and Beta-Gamma"),
      ElementsAre("BBB@Beta Gamma", "BBB@Beta–Gamma", "BBB@Beta-Gamma"));
  EXPECT_THAT(FindIn(g, "Côte d’Beta"), ElementsAre("BBB@Côte d’Beta"));
  EXPECT_THAT(FindIn(g, "CÔTE D'BETA"), ElementsAre("BBB@CÔTE D'BETA"));
}

TEST(Gazetteer, LatinNamesAreWholeWords) {
  Gazetteer g = MustParse(kSmall);
  EXPECT_THAT(FindIn(g, "Alphalandia Betas Alphans EUropean"), ElementsAre());
  EXPECT_THAT(
      FindIn(g, "(Alphaland)/Beta's 阿尔法Beta"),
      ElementsAre("AAA@Alphaland", "BBB@Beta", "AAA@阿尔法", "BBB@Beta"));
}

TEST(Gazetteer, LongestNameWinsAndMentionsDoNotOverlap) {
  Gazetteer g = MustParse(kSmall);
  EXPECT_THAT(FindIn(g, "the Republic of Alphaland and Alpha City"),
              ElementsAre("AAA@Republic of Alphaland", "AAA@Alpha City"));
}

TEST(Gazetteer, BlockHidesTheNameInside) {
  Gazetteer g = MustParse(kSmall);
  EXPECT_THAT(FindIn(g, "Beta Town is not Beta."), ElementsAre("BBB@Beta"));
}

TEST(Gazetteer, ContextDropsOnlyTheListedNames) {
  Gazetteer g = MustParse(kSmall);
  EXPECT_THAT(FindIn(g, "Georgia and Beta signed a pact."),
              ElementsAre("GGG@Georgia", "BBB@Beta"));
  EXPECT_THAT(FindIn(g, "In Atlanta, Georgia and Beta signed a pact."),
              ElementsAre("BBB@Beta"));
  EXPECT_THAT(FindIn(g, "The Georgian governor of the state of Georgia."),
              ElementsAre());
}

TEST(Gazetteer, ChinesePairFormsNeedAFollowingWord) {
  Gazetteer g = MustParse(kSmall);
  EXPECT_THAT(FindIn(g, "阿贝关系"), ElementsAre());  // a notpair
  EXPECT_THAT(FindIn(g, "贝欧关系和贝欧"), ElementsAre("BBB@贝欧", "EUU@贝欧"));
  EXPECT_THAT(FindIn(g, "歐貝合作"), ElementsAre("EUU@歐貝", "BBB@歐貝"));
  EXPECT_THAT(FindIn(g, "贝塔关系"), ElementsAre("BBB@贝塔"));
}

TEST(Gazetteer, AmbiguousAbbreviationsFollowTheText) {
  Gazetteer g = MustParse(
      "party\tAAA\tstate\tA\t-\t-\t-\t-\t甲国\t-\t甲\n"
      "party\tBBB\tstate\tB\t-\t-\t-\t-\t乙国\t-\t乙\n"
      "party\tCCC\tstate\tC\t-\t-\t-\t-\t丙国\t-\t乙?\n"
      "party\tDDD\tstate\tD\t-\t-\t-\t-\t丁国\t-\t丁?\n"
      "pairnext\t关系\n");
  EXPECT_THAT(FindIn(g, "甲乙关系"), ElementsAre("AAA@甲乙", "BBB@甲乙"));
  EXPECT_THAT(FindIn(g, "丙国：甲乙关系"),
              ElementsAre("CCC@丙国", "AAA@甲乙", "CCC@甲乙"));
  // Both candidates named: no clue, the fallback.
  EXPECT_THAT(FindIn(g, "乙国、丙国：甲乙关系"),
              ElementsAre("BBB@乙国", "CCC@丙国", "AAA@甲乙", "BBB@甲乙"));
  // No fallback and no context: not a pair form.
  EXPECT_THAT(FindIn(g, "甲丁关系"), ElementsAre());
  EXPECT_THAT(FindIn(g, "甲丁关系，丁国"),
              ElementsAre("AAA@甲丁", "DDD@甲丁", "DDD@丁国"));
}

TEST(Gazetteer, HyphenatedPairForms) {
  Gazetteer g = MustParse(std::string(kSmall) + "link\thyphen\t-|—\n");
  EXPECT_THAT(FindIn(g, "贝-欧关系"), ElementsAre("BBB@贝-欧", "EUU@贝-欧"));
  EXPECT_THAT(FindIn(g, "歐—貝合作"), ElementsAre("EUU@歐—貝", "BBB@歐—貝"));
  EXPECT_THAT(FindIn(g, "贝-欧-关系"), ElementsAre());  // one hyphen only
  EXPECT_THAT(FindIn(g, "贝_欧关系"), ElementsAre());   // not a hyphen link
  // Without `hyphen` links, only the joined form.
  EXPECT_THAT(FindIn(MustParse(kSmall), "贝-欧关系"), ElementsAre());
}

// A person row names the party they led or represented, with the matching
// rules of the party's own names.
constexpr std::string_view kPeople =
    "person\tAAA\tAlbert Alpha|Alpha|阿尔伯特\n"
    "party\tAAA\tstate\tAlphaland\t-\t-\tAlphan\t-\t-\t-\t-\n"
    "party\tBBB\tstate\tBeta\t-\t-\t-\t-\t-\t-\t-\n"
    "person\tBBB\tBo Beta-Bu|Ben Betan|von Bet\n"
    "person\tCCC\tCarl Gamma\n";

TEST(Gazetteer, PersonRowsNameTheirParty) {
  Gazetteer g = MustParse(kPeople);
  ASSERT_EQ(g.parties().size(), 2u);
  EXPECT_THAT(g.parties()[0].people,
              ElementsAre("Albert Alpha", "Alpha", "阿尔伯特"));
  EXPECT_THAT(g.parties()[1].people,
              ElementsAre("Bo Beta-Bu", "Ben Betan", "von Bet"));
  EXPECT_EQ(g.Resolve("albert alpha"), "AAA");
  EXPECT_EQ(g.Resolve("Bo Beta Bu"), "BBB");
  EXPECT_EQ(g.Resolve("Carl Gamma"), std::nullopt);  // CCC is not listed
  EXPECT_THAT(
      FindIn(g, "Albert Alpha met Bo Beta Bu; Alpha and Von Bet, not alpha."),
      ElementsAre("AAA@Albert Alpha", "BBB@Bo Beta Bu", "AAA@Alpha",
                  "BBB@Von Bet"));
  // Whole words, case as written, the longest name winning.
  EXPECT_THAT(FindIn(g, "Alphas and ALPHA and Alphan"),
              ElementsAre("AAA@ALPHA", "AAA@Alphan"));
  EXPECT_THAT(FindIn(g, "Ben Betan and Beta"),
              ElementsAre("BBB@Ben Betan", "BBB@Beta"));
  EXPECT_THAT(FindIn(g, "阿尔伯特访问"), ElementsAre("AAA@阿尔伯特"));
}

TEST(Gazetteer, PersonRowsForAnotherFileTakeEffectWhenMerged) {
  Gazetteer people = MustParse("person\tAAA\tAlbert Alpha\n");
  EXPECT_TRUE(people.empty());
  EXPECT_THAT(FindIn(people, "Albert Alpha"), ElementsAre());
  Gazetteer g = MustParse(kSmall);
  ASSERT_TRUE(g.Merge(people).ok());
  EXPECT_THAT(FindIn(g, "Albert Alpha and Beta"),
              ElementsAre("AAA@Albert Alpha", "BBB@Beta"));
  EXPECT_THAT(g.parties()[0].people, ElementsAre("Albert Alpha"));
  // A later file may move a person to another party.
  ASSERT_TRUE(g.Merge(MustParse("person\tBBB\tAlbert Alpha\n")).ok());
  EXPECT_EQ(g.Resolve("Albert Alpha"), "BBB");
}

TEST(Gazetteer, FindsPairReferences) {
  Gazetteer g = MustParse(kSmall);
  const std::string text = "The two countries agreed; 双方同意。";
  std::vector<PairReference> refs = g.FindPairReferences(text);
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(text.substr(refs[0].begin, refs[0].end - refs[0].begin),
            "The two countries");
  EXPECT_EQ(text.substr(refs[1].begin, refs[1].end - refs[1].begin), "双方");
  EXPECT_THAT(g.Find(text), ElementsAre());
  EXPECT_THAT(g.FindPairReferences("Alphaland alone"), ElementsAre());
}

TEST(Gazetteer, ResolveIgnoresCaseSpacingAndAcceptsCodes) {
  Gazetteer g = MustParse(kSmall);
  EXPECT_EQ(g.Resolve("alphaland"), "AAA");
  EXPECT_EQ(g.Resolve("REPUBLIC OF  ALPHALAND"), "AAA");
  EXPECT_EQ(g.Resolve("beta gamma"), "BBB");
  EXPECT_EQ(g.Resolve("côte d’beta"), "BBB");
  EXPECT_EQ(g.Resolve("贝塔"), "BBB");
  EXPECT_EQ(g.Resolve("AAA"), "AAA");
  EXPECT_EQ(g.Resolve("aaa"), std::nullopt);
  EXPECT_EQ(g.Resolve("the two countries"), std::nullopt);
  EXPECT_EQ(g.Resolve("贝"), std::nullopt);  // abbreviations are not names
  EXPECT_EQ(g.Resolve(""), std::nullopt);
}

TEST(Gazetteer, AcceptsAnyBytes) {
  Gazetteer g = MustParse(kSmall);
  EXPECT_THAT(g.Find(""), ElementsAre());
  EXPECT_THAT(g.FindPairReferences(""), ElementsAre());
  const std::string text(
      "\xff\xfe"
      "Beta\0Alphaland\xc3 \xe9\x98",
      20);
  EXPECT_THAT(FindIn(g, text), ElementsAre("BBB@Beta", "AAA@Alphaland"));
  const std::string only_nul(8, '\0');
  EXPECT_THAT(g.Find(only_nul), ElementsAre());
  const std::string truncated = std::string("阿尔法").substr(0, 7);
  EXPECT_THAT(g.Find(truncated), ElementsAre());
}

TEST(Gazetteer, MergeExtendsAndOverrides) {
  Gazetteer g = MustParse(kSmall);
  Gazetteer mine = MustParse(
      "party\tBEL\tstate\tBelgium\t-\t-\tBelgian\tBrussels\t-\t-\t-\n"
      "party\tAAA\tstate\tAlpha\t-\tAlphastan\t-\t-\t-\t-\t-\n"
      "pairref\tboth sides\n");
  ASSERT_TRUE(g.Merge(mine).ok());
  EXPECT_EQ(g.Resolve("Brussels"), "BEL");
  EXPECT_EQ(g.Resolve("EU"), "EUU");
  EXPECT_EQ(g.Resolve("Alphastan"), "AAA");
  EXPECT_EQ(g.Resolve("Alphaland"), "AAA");
  EXPECT_EQ(g.NameOf("AAA"), "Alpha");
  EXPECT_THAT(FindIn(g, "Brussels and Alphastan"),
              ElementsAre("BEL@Brussels", "AAA@Alphastan"));
  EXPECT_EQ(g.FindPairReferences("Both sides agreed.").size(), 1u);
  EXPECT_EQ(g.parties().size(), 6u);
}

TEST(Gazetteer, CopiesShareStateAndMergeLeavesCopiesAlone) {
  Gazetteer g = MustParse(kSmall);
  Gazetteer copy = g;
  ASSERT_TRUE(
      g.Merge(MustParse("party\tCCC\tstate\tGammaland\t-\t-\t-\t-\t-\t-\t-\n"))
          .ok());
  EXPECT_EQ(g.Resolve("Gammaland"), "CCC");
  EXPECT_EQ(copy.Resolve("Gammaland"), std::nullopt);
}

struct BadFile {
  std::string text;
  std::string message;  // expected substring, with source:line:column
};

class MalformedGazetteer : public ::testing::TestWithParam<BadFile> {};

TEST_P(MalformedGazetteer, NamesTheLine) {
  absl::StatusOr<Gazetteer> g = Gazetteer::Parse(GetParam().text, "my.tsv");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(g.status().message()), HasSubstr(GetParam().message));
}

constexpr std::string_view kGoodRow =
    "party\tAAA\tstate\tAlphaland\t-\t-\t-\t-\t-\t-\t-\n";

INSTANTIATE_TEST_SUITE_P(
    Rows, MalformedGazetteer,
    ::testing::Values(
        BadFile{"# comment\n\nparty\tAAA\tstate\tAlphaland\n",
                "my.tsv:3:17: expected 11 tab-separated fields"},
        BadFile{"country\tAAA\n", "my.tsv:1:1: unknown row kind \"country\""},
        BadFile{"party\taa1\tstate\tX\t-\t-\t-\t-\t-\t-\t-\n",
                "my.tsv:1:7: bad code \"aa1\""},
        BadFile{"party\tAAA\tnation\tX\t-\t-\t-\t-\t-\t-\t-\n",
                "my.tsv:1:11: unknown party type \"nation\""},
        BadFile{"party\tAAA\tstate\t-\t-\t-\t-\t-\t-\t-\t-\n",
                "my.tsv:1:17: NAME must be one display name"},
        BadFile{"party\tAAA\tstate\tX\t\t-\t-\t-\t-\t-\t-\n",
                "my.tsv:1:19: empty field"},
        BadFile{"party\tAAA\tstate\tX\tA||B\t-\t-\t-\t-\t-\t-\n",
                "my.tsv:1:21: empty item"},
        BadFile{std::string(kGoodRow) + std::string(kGoodRow),
                "my.tsv:2:7: party AAA is already listed at line 1"},
        BadFile{std::string(kGoodRow) +
                    "party\tBBB\tstate\tBeta\t-\tALPHALAND\t-\t-\t-\t-\t-\n",
                "my.tsv:2:24: name \"ALPHALAND\" is already listed for AAA at "
                "line 1"},
        BadFile{"party\tAAA\tstate\tX\t-\t-\t-\t-\tChina\t-\t-\n",
                "my.tsv:1:27: \"China\" has Latin letters in a Chinese column"},
        BadFile{"party\tAAA\tstate\tX\t-\t-\t-\t-\t-\t-\t中\n"
                "party\tBBB\tstate\tY\t-\t-\t-\t-\t-\t-\t中?\n"
                "party\tCCC\tstate\tZ\t-\t-\t-\t-\t-\t-\t中\n",
                "my.tsv:3:31: abbreviation 中 is already listed for AAA"},
        BadFile{"\nblock\tWashington (State\n", "my.tsv:2:7: bad pattern: "},
        BadFile{"block\t\\b{nosuch}\n", "my.tsv:1:9: undefined name {nosuch}"},
        BadFile{"define\tx\ta\ndefine\tx\tb\n",
                "my.tsv:2:8: {x} is already defined"},
        BadFile{"context\tGEO\tGeorgia\n", "my.tsv:1:13: expected 4"},
        BadFile{"link\tor\tor\n", "my.tsv:1:6: unknown link class \"or\""},
        BadFile{"person\tAAA\n", "my.tsv:1:8: expected 3"},
        BadFile{"person\tA1\tAl Pha\n", "my.tsv:1:8: bad code \"A1\""},
        BadFile{"person\tAAA\t-\n", "my.tsv:1:12: no names"},
        BadFile{std::string(kGoodRow) + "person\tBBB\tAlphaland\n",
                "my.tsv:2:12: name \"Alphaland\" is already listed for AAA"},
        BadFile{"pairref\n", "my.tsv:1:1: expected 2"},
        BadFile{std::string(kGoodRow) + "party\tBBB\tstate\tB\xff\n",
                "my.tsv:2:18: invalid UTF-8"},
        BadFile{std::string("party\tAAA\tstate\tA\0B\n", 20),
                "my.tsv:1:18: NUL byte"}));

TEST(Gazetteer, LoadNamesTheMissingFile) {
  absl::StatusOr<Gazetteer> g =
      Gazetteer::Load("/nonexistent/diplotier/parties.tsv");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(g.status().message()),
              HasSubstr("/nonexistent/diplotier/parties.tsv"));
}

TEST(Gazetteer, LoadReadsAFileAndNamesItInErrors) {
  const std::string path = ::testing::TempDir() + "/parties_test_load.tsv";
  {
    std::ofstream out(path, std::ios::binary);
    out << kGoodRow << "party\tBBB\tstate\tBeta\t-\n";
  }
  absl::StatusOr<Gazetteer> g = Gazetteer::Load(path);
  ASSERT_FALSE(g.ok());
  EXPECT_THAT(std::string(g.status().message()), HasSubstr(path + ":2:"));
  {
    std::ofstream out(path, std::ios::binary);
    out << kGoodRow;
  }
  g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status();
  EXPECT_EQ(g->Resolve("Alphaland"), "AAA");
  std::remove(path.c_str());
}

// ---------------------------------------------------------------------------
// The default gazetteer (lib/data/gazetteer.tsv).

TEST(DefaultGazetteer, ParsesCleanly) {
  absl::StatusOr<Gazetteer> g =
      Gazetteer::Parse(Gazetteer::DefaultText(), "gazetteer.tsv");
  ASSERT_TRUE(g.ok()) << g.status();
  EXPECT_FALSE(Gazetteer::Default().empty());
}

TEST(DefaultGazetteer, ListsEveryUnMemberObserverAndTheFixedCodes) {
  const Gazetteer& g = Gazetteer::Default();
  int states = 0;
  for (const Party& party : g.parties()) {
    if (party.type == PartyType::kState) {
      ++states;
      EXPECT_EQ(party.code.size(), 3u) << party.code;
    }
  }
  EXPECT_EQ(states, 193);
  for (const char* code :
       {"VAT", "PSE", "TWN", "XKX", "EUU", "ASEAN", "AU", "CSTO", "NATO"}) {
    EXPECT_NE(g.NameOf(code), "") << code;
  }
  EXPECT_EQ(g.parties().size(), 202u);
  EXPECT_EQ(g.NameOf("VEN"), "Venezuela");
  EXPECT_EQ(g.NameOf("TUR"), "Türkiye");
}

// Every listed name resolves to its party and is found, with exactly its own
// span, in a sentence; Latin ASCII names are also found in capitals.
TEST(DefaultGazetteer, EveryNameResolvesAndIsFound) {
  const Gazetteer& g = Gazetteer::Default();
  for (const Party& party : g.parties()) {
    std::vector<std::string> names = {party.name};
    for (const auto* list : {&party.official_names, &party.aliases,
                             &party.demonyms, &party.capitals, &party.chinese,
                             &party.chinese_traditional, &party.people}) {
      names.insert(names.end(), list->begin(), list->end());
    }
    for (const std::string& name : names) {
      SCOPED_TRACE(party.code + " " + name);
      EXPECT_EQ(g.Resolve(name), party.code);
      const bool latin = name.find_first_of(
                             "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvw"
                             "xyz") != std::string::npos;
      const std::string prefix = latin ? "Officials from " : "代表团访问了";
      const std::string text = prefix + name + (latin ? " met." : "。");
      const std::vector<PartyMention> found = g.Find(text);
      ASSERT_EQ(found.size(), 1u)
          << ::testing::PrintToString(Describe(text, found));
      EXPECT_EQ(found[0], (PartyMention{party.code, prefix.size(),
                                        prefix.size() + name.size()}));
      const bool ascii = std::all_of(name.begin(), name.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80;
      });
      if (latin && ascii) {
        std::string upper = "OFFICIALS FROM " + name + " MET.";
        for (char& c : upper) {
          if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        }
        EXPECT_THAT(
            FindDefault(upper),
            ElementsAre(party.code + "@" + upper.substr(15, name.size())));
      }
    }
  }
}

TEST(DefaultGazetteer, ResolvesDemonymsCapitalsAndMetonyms) {
  const Gazetteer& g = Gazetteer::Default();
  EXPECT_EQ(g.Resolve("Venezuelan"), "VEN");
  EXPECT_EQ(g.Resolve("emirati"), "ARE");
  EXPECT_EQ(g.Resolve("Chinese"), "CHN");
  EXPECT_EQ(g.Resolve("Vietnamese"), "VNM");
  EXPECT_EQ(g.Resolve("the Kremlin"), std::nullopt);  // "Kremlin" is listed
  EXPECT_EQ(g.Resolve("Kremlin"), "RUS");
  EXPECT_EQ(g.Resolve("New Delhi"), "IND");
  EXPECT_EQ(g.Resolve("Delhi"), "IND");
  EXPECT_EQ(g.Resolve("Brussels"), "EUU");
  EXPECT_EQ(g.Resolve("Washington"), "USA");
  EXPECT_EQ(g.Resolve("北京"), "CHN");
  EXPECT_EQ(g.Resolve("委內瑞拉"), "VEN");
  EXPECT_EQ(g.Resolve("俄羅斯"), "RUS");
  EXPECT_EQ(g.Resolve("Bolivarian Republic of Venezuela"), "VEN");
  EXPECT_EQ(g.Resolve("Congo"), std::nullopt);
}

TEST(DefaultGazetteer, WashingtonStateIsNotTheUnitedStates) {
  EXPECT_THAT(FindDefault("Washington and Hanoi signed the deal."),
              ElementsAre("USA@Washington", "VNM@Hanoi"));
  EXPECT_THAT(FindDefault("Farmers in Washington state and Washington State "
                          "University hosted the visitors."),
              ElementsAre());
  EXPECT_THAT(FindDefault("The Washington Post quoted George Washington."),
              ElementsAre());
}

TEST(DefaultGazetteer, GeorgiaNextToUsStateCuesIsNotTheCountry) {
  EXPECT_THAT(FindDefault("Georgia and China set up a strategic partnership."),
              ElementsAre("GEO@Georgia", "CHN@China"));
  EXPECT_THAT(FindDefault("The Georgian foreign minister flew to Tbilisi."),
              ElementsAre("GEO@Georgian", "GEO@Tbilisi"));
  for (const char* text : {"A plant near Atlanta will serve all of Georgia.",
                           "Georgia's governor met investors from Georgia.",
                           "The state of Georgia passed a budget.",
                           "Georgia voters went to the polls."}) {
    EXPECT_THAT(FindDefault(text), ElementsAre()) << text;
  }
  EXPECT_THAT(FindDefault("The firm moved to Savannah, Georgia, U.S. in May."),
              ElementsAre("USA@U.S."));
}

TEST(DefaultGazetteer, BareCongoIsAmbiguous) {
  EXPECT_THAT(FindDefault("Congo and the Congolese delegation arrived."),
              ElementsAre());
  EXPECT_THAT(FindDefault("the Republic of the Congo, Republic of Congo, "
                          "Congo-Brazzaville, Brazzaville"),
              ElementsAre("COG@Republic of the Congo", "COG@Republic of Congo",
                          "COG@Congo-Brazzaville", "COG@Brazzaville"));
  EXPECT_THAT(FindDefault("the Democratic Republic of the Congo, DRC, "
                          "DR Congo, Kinshasa"),
              ElementsAre("COD@Democratic Republic of the Congo", "COD@DRC",
                          "COD@DR Congo", "COD@Kinshasa"));
  EXPECT_THAT(FindDefault("刚果（金）和刚果（布）"),
              ElementsAre("COD@刚果（金）", "COG@刚果（布）"));
}

TEST(DefaultGazetteer, JordanAndChadCanBePeople) {
  EXPECT_THAT(FindDefault("Michael Jordan and Jordan Peterson spoke."),
              ElementsAre());
  EXPECT_THAT(FindDefault("Jordan and Egypt, said King Abdullah of Jordan."),
              ElementsAre("JOR@Jordan", "EGY@Egypt", "JOR@Jordan"));
  EXPECT_THAT(FindDefault("Chad Smith met Chad Johnson."), ElementsAre());
  EXPECT_THAT(FindDefault("Chad and Niger signed a pact."),
              ElementsAre("TCD@Chad", "NER@Niger"));
}

TEST(DefaultGazetteer, GuineaVariantsByLongestMatch) {
  EXPECT_THAT(
      FindDefault("Guinea, Guinea-Bissau, Equatorial Guinea, Papua New Guinea, "
                  "Guinea Bissau and the island of New Guinea"),
      ElementsAre("GIN@Guinea", "GNB@Guinea-Bissau", "GNQ@Equatorial Guinea",
                  "PNG@Papua New Guinea", "GNB@Guinea Bissau"));
  EXPECT_THAT(FindDefault("几内亚、几内亚比绍、赤道几内亚和巴布亚新几内亚"),
              ElementsAre("GIN@几内亚", "GNB@几内亚比绍", "GNQ@赤道几内亚",
                          "PNG@巴布亚新几内亚"));
}

// The connectives are found by literal matching; an RE2 alternation of the
// same words (leftmost, then longest) is the reference.
TEST(Gazetteer, LinksMatchTheRegexReference) {
  const Gazetteer custom = MustParse(
      "party\tAAA\tstate\tAlphaland\t-\t-\t-\t-\t-\t-\t-\n"
      "link\tand\tand|as well as|l'un|&\n"
      "link\twith\twith|with regard to\n"
      "link\tclause\t, and|;|而\n"
      "link\tarticle\tthe|its\n");
  const std::vector<std::string> pieces = {
      "and",  "And",  "AND",  "as",   "well", "as well as", "with",
      "With", "regard", "to", "the",  "The",  "its",        "l'un",
      "l\xE2\x80\x99un", ",", ";", "&", "而", "一", " ", "  ", "\t",
      "\n", "\xC2\xA0", "\v", "x", "_", "9", "-", "Alphaland", "band",
      "withal", "China", "between", "\xE2\x80\x93", "和", "同", "\xff"};
  std::mt19937 rng(2026);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 30);
  auto describe = [](const std::vector<internal::LinkToken>& tokens) {
    std::vector<std::string> out;
    for (const internal::LinkToken& t : tokens) {
      out.push_back(std::string(internal::LinkClassName(t.link)) + "@" +
                    std::to_string(t.begin) + "-" + std::to_string(t.end));
    }
    return out;
  };
  for (const Gazetteer* g : {&Gazetteer::Default(), &custom}) {
    for (int round = 0; round < 4000; ++round) {
      std::string text;
      for (int n = length(rng); n > 0; --n) {
        text += pieces[pick(rng)];
        if (rng() % 2) text += ' ';
      }
      ASSERT_EQ(
          describe(internal::GazetteerAccess::FindLinks(*g, text)),
          describe(internal::GazetteerAccess::FindLinksWithRegex(*g, text)))
          << "text: \"" << text << "\"";
    }
  }
}

TEST(DefaultGazetteer, LedAndBackedNameNoParty) {
  EXPECT_EQ(FindDefault("the Russian-led CSTO"),
            std::vector<std::string>{"CSTO@CSTO"});
  EXPECT_EQ(FindDefault("a US-brokered deal"), std::vector<std::string>{});
  EXPECT_EQ(FindDefault("Chinese\xE2\x80\x93"
                        "funded ports"),
            std::vector<std::string>{});
  EXPECT_EQ(FindDefault("China-Laos railway"),
            (std::vector<std::string>{"CHN@China", "LAO@Laos"}));
}

TEST(DefaultGazetteer, TurkeyIsCapitalised) {
  EXPECT_THAT(
      FindDefault("Turkey, Türkiye, TÜRKIYE and Turkish officials "
                  "ate turkey."),
      ElementsAre("TUR@Turkey", "TUR@Türkiye", "TUR@TÜRKIYE", "TUR@Turkish"));
}

TEST(DefaultGazetteer, SimilarNamesByLongestMatch) {
  EXPECT_THAT(
      FindDefault("Niger, Nigeria, Nigerien and Nigerian"),
      ElementsAre("NER@Niger", "NGA@Nigeria", "NER@Nigerien", "NGA@Nigerian"));
  EXPECT_THAT(FindDefault("Dominica and the Dominican Republic"),
              ElementsAre("DMA@Dominica", "DOM@Dominican Republic"));
  EXPECT_THAT(FindDefault("Sudan and South Sudan; Sudanese, South Sudanese"),
              ElementsAre("SDN@Sudan", "SSD@South Sudan", "SDN@Sudanese",
                          "SSD@South Sudanese"));
  EXPECT_THAT(
      FindDefault("Austria, Australia, Oman, Romania, women"),
      ElementsAre("AUT@Austria", "AUS@Australia", "OMN@Oman", "ROU@Romania"));
  EXPECT_THAT(FindDefault("尼日尔和尼日利亚，苏丹和南苏丹，多米尼克和多米尼加"),
              ElementsAre("NER@尼日尔", "NGA@尼日利亚", "SDN@苏丹",
                          "SSD@南苏丹", "DMA@多米尼克", "DOM@多米尼加"));
}

TEST(DefaultGazetteer, KoreaWithoutQualifierIsSouthKorea) {
  EXPECT_THAT(
      FindDefault("South Korea, the Republic of Korea, ROK, Seoul, Korea"),
      ElementsAre("KOR@South Korea", "KOR@Republic of Korea", "KOR@ROK",
                  "KOR@Seoul", "KOR@Korea"));
  EXPECT_THAT(FindDefault("North Korea, the Democratic People's Republic of "
                          "Korea, DPRK, Pyongyang"),
              ElementsAre("PRK@North Korea",
                          "PRK@Democratic People's Republic of Korea",
                          "PRK@DPRK", "PRK@Pyongyang"));
  EXPECT_THAT(FindDefault("the Korean Peninsula; 朝鲜半岛"), ElementsAre());
}

TEST(DefaultGazetteer, UsIsNotAPronoun) {
  EXPECT_THAT(FindDefault("Let us see what the US and the U.S. said."),
              ElementsAre("USA@US", "USA@U.S."));
  EXPECT_THAT(FindDefault("Latin America and South American leaders"),
              ElementsAre());
  EXPECT_THAT(FindDefault("Sino-American and Indo-Pacific ties"),
              ElementsAre("CHN@Sino", "USA@American"));
}

TEST(DefaultGazetteer, ChineseNamesInsideOrdinaryWords) {
  EXPECT_THAT(FindDefault("沿海地区和内蒙古"), ElementsAre());
  EXPECT_THAT(FindDefault("美国与古巴关系"),
              ElementsAre("USA@美国", "CUB@古巴"));
  EXPECT_THAT(FindDefault("中国同蒙古关系"),
              ElementsAre("CHN@中国", "MNG@蒙古"));
  EXPECT_THAT(FindDefault("一个完美方案"), ElementsAre());
}

TEST(DefaultGazetteer, ChinesePairAbbreviations) {
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"中委关系", {"CHN@中委", "VEN@中委"}},
      {"中巴全天候战略合作伙伴关系", {"CHN@中巴", "PAK@中巴"}},
      {"中巴经济走廊", {"CHN@中巴", "PAK@中巴"}},
      {"中俄新时代全面战略协作伙伴关系", {"CHN@中俄", "RUS@中俄"}},
      {"中越全面战略合作伙伴关系", {"CHN@中越", "VNM@中越"}},
      {"中立关系降为代办级", {"CHN@中立", "LTU@中立"}},
      {"中美关系", {"CHN@中美", "USA@中美"}},
      {"中韓關係", {"CHN@中韓", "KOR@中韓"}},
      {"美日同盟与日印合作", {"JPN@日印", "IND@日印"}},
      {"中哈永久全面战略伙伴关系", {"CHN@中哈", "KAZ@中哈"}},
      {"中塞友谊", {"CHN@中塞", "SRB@中塞"}},
      {"中埃建交", {"CHN@中埃", "EGY@中埃"}},
      {"中印尼关系", {"CHN@中印尼", "IDN@中印尼"}},
      {"中欧关系", {"CHN@中欧", "EUU@中欧"}},
      {"中委两国", {"CHN@中委", "VEN@中委"}},
      // Joined by a hyphen, and before more words of the pair.
      {"中-委两国", {"CHN@中-委", "VEN@中-委"}},
      {"中—巴关系", {"CHN@中—巴", "PAK@中—巴"}},
      {"中白提升为全天候伙伴", {"CHN@中白", "BLR@中白"}},
      {"越美将签署协议", {"VNM@越美", "USA@越美"}},
      {"朝俄双边合作", {"PRK@朝俄", "RUS@朝俄"}},
      {"中德全方位合作", {"CHN@中德", "DEU@中德"}},
      {"中俄深化合作", {"CHN@中俄", "RUS@中俄"}},
      {"中日之间", {"CHN@中日", "JPN@中日"}},
      {"中越两党两军", {"CHN@中越", "VNM@中越"}},
      {"中法外长会晤", {"CHN@中法", "FRA@中法"}},
      {"美日贸易摩擦", {"USA@美日", "JPN@美日"}},
      // Before a verb of the pair, or 是.
      {"中俄宣布建立", {"CHN@中俄", "RUS@中俄"}},
      {"中委建立全面战略伙伴关系", {"CHN@中委", "VEN@中委"}},
      {"中巴是全天候战略合作伙伴", {"CHN@中巴", "PAK@中巴"}},
      {"中哈簽署聯合聲明", {"CHN@中哈", "KAZ@中哈"}},
      // 华 after a verb or preposition is China.
      {"越南总理访华", {"VNM@越南", "CHN@访华"}},
      {"对华关系", {"CHN@对华"}},
      {"駐華大使", {"CHN@駐華"}},
      {"华为", {}},
      // Ambiguous abbreviations follow the parties named in the same text.
      {"中国和巴西宣布构建中巴命运共同体",
       {"CHN@中国", "BRA@巴西", "CHN@中巴", "BRA@中巴"}},
      {"巴基斯坦总理说，中巴友谊牢不可破",
       {"PAK@巴基斯坦", "CHN@中巴", "PAK@中巴"}},
      {"马来西亚总理访华，中马关系升温",
       {"MYS@马来西亚", "CHN@访华", "CHN@中马", "MYS@中马"}},
      {"中意全面战略伙伴关系与意大利", {"CHN@中意", "ITA@中意", "ITA@意大利"}},
      {"中马关系", {}},      // 马 has no fallback
      {"中阿合作论坛", {}},  // nor 阿 (China-Arab states)
      {"中文合作", {}},
      // Not pair forms: no following word, or an ordinary word.
      {"瑞士保持中立。", {"CHE@瑞士"}},
      {"瑞士保持中立是明智的", {"CHE@瑞士"}},
      {"加强立法合作", {}},
      {"中英文版本", {}},
      {"中老年人", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FindDefault(c.text), c.expected) << c.text;
  }
  const std::string text = "中委两国";
  ASSERT_EQ(Gazetteer::Default().FindPairReferences(text).size(), 1u);
  EXPECT_EQ(Gazetteer::Default().FindPairReferences(text)[0].begin, 6u);
}

TEST(DefaultGazetteer, SidesSeatsAndSpellings) {
  EXPECT_THAT(FindDefault("Việt Nam and Viet Nam"),
              ElementsAre("VNM@Việt Nam", "VNM@Viet Nam"));
  EXPECT_THAT(FindDefault("Envoys left Tel Aviv for the European Parliament."),
              ElementsAre("ISR@Tel Aviv", "EUU@European Parliament"));
  // Short forms of headlines and regional press.
  EXPECT_THAT(FindDefault("Indo-Pak talks; PH and S'pore; S. Korea, N.Korea"),
              ElementsAre("IND@Indo", "PAK@Pak", "PHL@PH", "SGP@S'pore",
                          "KOR@S. Korea", "PRK@N.Korea"));
  EXPECT_THAT(FindDefault("Pak Pong Ju met the pH panel."),
              ElementsAre("PRK@Pak Pong Ju"));
  EXPECT_THAT(FindDefault("马方与蒙方同意新方案"),
              ElementsAre("MYS@马方", "MNG@蒙方"));
  // A member described as one is not the organisation.
  EXPECT_THAT(FindDefault("Malta, an EU member, and our fellow ASEAN members "
                          "met the European Union inside the EU."),
              ElementsAre("MLT@Malta", "EUU@European Union"));
  EXPECT_THAT(FindDefault("马耳他是欧盟中唯一的岛国"),
              ElementsAre("MLT@马耳他"));
  EXPECT_THAT(
      FindDefault("European lawmakers and the Southeast Asian bloc"),
      ElementsAre("EUU@European lawmakers", "ASEAN@Southeast Asian bloc"));
  // A news agency's dateline names where the report was filed.
  EXPECT_THAT(FindDefault("新华社莫斯科5月3日电 越南与老挝宣布建交"),
              ElementsAre("VNM@越南", "LAO@老挝"));
  // "X side" forms, and the ordinary words that contain them.
  EXPECT_THAT(FindDefault("中方愿同意方、安方加强合作"),
              ElementsAre("CHN@中方", "ITA@意方", "AGO@安方"));
  EXPECT_THAT(FindDefault("双方同意方案，公安方面表示满意方面的进展"),
              ElementsAre());
}

TEST(DefaultGazetteer, PeopleNameTheirParty) {
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"Putin phoned Modi on Friday.", {"RUS@Putin", "IND@Modi"}},
      {"Xi Jinping will host Lula next week.", {"CHN@Xi Jinping", "BRA@Lula"}},
      {"习近平同普京举行会谈。", {"CHN@习近平", "RUS@普京"}},
      {"Kim Jong Un and Kim Jong-un, but not Kim alone.",
       {"PRK@Kim Jong Un", "PRK@Kim Jong-un"}},
      {"Moon Jae-in greeted Moon Jae In under the Moon.",
       {"KOR@Moon Jae-in", "KOR@Moon Jae In"}},
      {"To Lam received Anwar, then read about Anwar Sadat.",
       {"VNM@To Lam", "MYS@Anwar", "EGY@Anwar Sadat"}},
      {"Tô Lâm and Phạm Minh Chính", {"VNM@Tô Lâm", "VNM@Phạm Minh Chính"}},
      {"Erdoğan and Erdogan met Çavuşoğlu.",
       {"TUR@Erdoğan", "TUR@Erdogan", "TUR@Çavuşoğlu"}},
      {"President Xi spoke; XI was shouted.", {"CHN@Xi", "CHN@XI"}},
      // Names that are someone else's, or ordinary words.
      {"Abel and Abe Lincoln; Abe went to Delhi.", {"JPN@Abe", "IND@Delhi"}},
      {"Pope Pius XI and Louis XI", {}},
      {"A train from Xi'an to Xi’an", {}},
      {"Francesca Albanese criticised Albanese.", {"AUS@Albanese"}},
      {"他信任她。", {}},
      {"The ambassador met Lee, Park and Wang.", {}},
      // A title settles a surname that is not listed alone.
      {"Prime Minister Abbott thanked Abbott Labs and Secretary Kerry.",
       {"AUS@Prime Minister Abbott", "USA@Secretary Kerry"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FindDefault(c.text), c.expected) << c.text;
  }
}

TEST(DefaultGazetteer, PairReferences) {
  const Gazetteer& g = Gazetteer::Default();
  for (const char* text : {"The two countries agreed.", "Both sides agreed.",
                           "They said the two sides agreed.", "双方同意。",
                           "两国关系", "兩國關係"}) {
    EXPECT_EQ(g.FindPairReferences(text).size(), 1u) << text;
  }
  EXPECT_THAT(g.FindPairReferences("China and Venezuela agreed."),
              ElementsAre());
}

TEST(DefaultGazetteer, SafeToShareAcrossThreads) {
  std::vector<std::thread> threads;
  std::vector<std::vector<std::string>> results(4);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([i, &results] {
      for (int k = 0; k < 50; ++k) {
        results[i] = FindDefault("China and Venezuela, 中委关系");
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const auto& r : results) {
    EXPECT_THAT(
        r, ElementsAre("CHN@China", "VEN@Venezuela", "CHN@中委", "VEN@中委"));
  }
}

// ---------------------------------------------------------------------------
// Dyad attachment.

struct DyadCase {
  std::string sentence;
  std::string mention;   // the tier phrase; its first occurrence after `skip`
  std::string expected;  // Dyad::ToString()
  Dyad previous = {};
  std::size_t skip = 0;  // search for `mention` from this byte
};

std::string Attach(const DyadCase& c) {
  const Gazetteer& g = Gazetteer::Default();
  const std::size_t begin = c.sentence.find(c.mention, c.skip);
  EXPECT_NE(begin, std::string::npos) << c.mention;
  if (begin == std::string::npos) return "<no mention>";
  const Dyad dyad =
      internal::AttachDyad(c.sentence, g.Find(c.sentence), begin,
                           begin + c.mention.size(), c.previous, g);
  return dyad.empty() ? "" : dyad.first + "|" + dyad.second;
}

Dyad D(std::string a, std::string b) { return internal::MakeDyad(a, b); }

class AttachDyadTest : public ::testing::TestWithParam<DyadCase> {};

TEST_P(AttachDyadTest, Resolves) {
  EXPECT_EQ(Attach(GetParam()), GetParam().expected) << GetParam().sentence;
}

const char kTwoClauses[] =
    "China upgraded ties with Venezuela to an all-weather strategic "
    "partnership while Japan and India reaffirmed their special strategic "
    "partnership.";
const char kButClause[] =
    "Japan and India reaffirmed their special strategic partnership, but "
    "China's ties with Pakistan remain an all-weather strategic cooperative "
    "partnership.";

INSTANTIATE_TEST_SUITE_P(
    Sentences, AttachDyadTest,
    ::testing::Values(
        // X and Y.
        DyadCase{"China and Venezuela upgraded their ties to an all-weather "
                 "strategic partnership.",
                 "all-weather strategic partnership", "CHN|VEN"},
        DyadCase{"Hungary and China agreed to lift their relationship to an "
                 "all-weather comprehensive strategic partnership.",
                 "comprehensive strategic partnership", "CHN|HUN"},
        DyadCase{"India and the United States elevated ties to a "
                 "comprehensive global strategic partnership.",
                 "comprehensive global strategic partnership", "IND|USA"},
        DyadCase{"Washington and Hanoi agreed to a comprehensive strategic "
                 "partnership.",
                 "comprehensive strategic partnership", "USA|VNM"},
        DyadCase{"The European Union and ASEAN upgraded their relations to a "
                 "strategic partnership.",
                 "strategic partnership", "ASEAN|EUU"},
        DyadCase{"Kazakhstan and China announced a permanent comprehensive "
                 "strategic partnership.",
                 "permanent comprehensive strategic partnership", "CHN|KAZ"},
        DyadCase{"America and India are global strategic partners.",
                 "global strategic partners", "IND|USA"},
        // Between X and Y.
        DyadCase{"Officials said relations between Beijing and Caracas had "
                 "become a comprehensive strategic partnership.",
                 "comprehensive strategic partnership", "CHN|VEN"},
        DyadCase{"Relations between Vietnam and Japan were elevated to a "
                 "comprehensive strategic partnership in Tokyo.",
                 "comprehensive strategic partnership", "JPN|VNM"},
        // Hyphen and en dash pairs.
        DyadCase{"China-Venezuela relations were raised to an all-weather "
                 "strategic partnership.",
                 "all-weather strategic partnership", "CHN|VEN"},
        DyadCase{"The Sino-Venezuelan comprehensive strategic partnership "
                 "turned ten.",
                 "comprehensive strategic partnership", "CHN|VEN"},
        DyadCase{"Russia–China ties are a comprehensive strategic partnership "
                 "of coordination.",
                 "comprehensive strategic partnership", "CHN|RUS"},
        DyadCase{"The ASEAN-Australia comprehensive strategic partnership was "
                 "launched.",
                 "comprehensive strategic partnership", "ASEAN|AUS"},
        // X's ... with Y, X ... with Y, ties with Y.
        DyadCase{"Beijing's comprehensive strategic partnership with Caracas "
                 "deepened.",
                 "comprehensive strategic partnership", "CHN|VEN"},
        DyadCase{"Vietnam's comprehensive strategic partnership with the "
                 "United States was announced in Hanoi.",
                 "comprehensive strategic partnership", "USA|VNM"},
        DyadCase{"The Kremlin said Russia's comprehensive strategic "
                 "partnership with China had never been stronger.",
                 "comprehensive strategic partnership", "CHN|RUS"},
        DyadCase{"Serbia's president said the comprehensive strategic "
                 "partnership with China was solid.",
                 "comprehensive strategic partnership", "CHN|SRB"},
        DyadCase{"China, which upgraded ties with Pakistan last year, also "
                 "deepened its comprehensive strategic partnership with "
                 "Venezuela.",
                 "comprehensive strategic partnership", "CHN|VEN"},
        // More than two parties: the construction nearest the mention, in
        // its clause.
        DyadCase{kTwoClauses, "all-weather strategic partnership", "CHN|VEN"},
        DyadCase{kTwoClauses, "special strategic partnership", "IND|JPN"},
        DyadCase{kButClause, "special strategic partnership", "IND|JPN"},
        DyadCase{kButClause, "all-weather strategic cooperative partnership",
                 "CHN|PAK"},
        DyadCase{"France and India, which share a strategic partnership, met "
                 "in Paris with German officials.",
                 "strategic partnership", "FRA|IND"},
        DyadCase{"Japan and India signed deals and China upgraded ties with "
                 "Venezuela to an all-weather strategic partnership.",
                 "all-weather strategic partnership", "CHN|VEN"},
        DyadCase{"A comprehensive strategic partnership was signed by Vietnam "
                 "and Japan in Hanoi.",
                 "comprehensive strategic partnership", "JPN|VNM"},
        DyadCase{"The United States upgraded ties with Vietnam, and Japan and "
                 "the Philippines set up a strategic partnership.",
                 "strategic partnership", "JPN|PHL"},
        // One party in the mention's clause: the sentence's first party,
        // named in an earlier clause, is its subject.
        DyadCase{"Seoul has never hosted such a summit; on Monday it "
                 "upgraded relations with Hanoi to a comprehensive strategic "
                 "partnership.",
                 "comprehensive strategic partnership", "KOR|VNM"},
        DyadCase{"India did not, and will not, downgrade its strategic "
                 "partnership with Russia.",
                 "strategic partnership", "IND|RUS"},
        DyadCase{"Canberra has not hidden its ambitions, and it upgraded "
                 "ties with Jakarta to a comprehensive strategic partnership.",
                 "comprehensive strategic partnership", "AUS|IDN"},
        // "Russian-led" names no party of the pair.
        DyadCase{"Armenia has a strategic partnership with the Russian-led "
                 "CSTO.",
                 "strategic partnership", "ARM|CSTO"},
        // No construction: the two nearest parties.
        DyadCase{"Chinese President Xi Jinping and Venezuelan President "
                 "Nicolas Maduro announced an all-weather strategic "
                 "partnership.",
                 "all-weather strategic partnership", "CHN|VEN"},
        DyadCase{"The EU no longer considers Russia a strategic partner.",
                 "strategic partner", "EUU|RUS"},
        DyadCase{"Lithuania's decision angered Beijing, which cut relations "
                 "to the level of charge d'affaires.",
                 "charge d'affaires", "CHN|LTU"},
        // Chinese constructions.
        DyadCase{"中委关系提升为全天候战略伙伴关系。", "全天候战略伙伴关系",
                 "CHN|VEN"},
        DyadCase{"中国同委内瑞拉建立全天候战略伙伴关系。", "全天候战略伙伴关系",
                 "CHN|VEN"},
        DyadCase{"中国和委内瑞拉宣布建立全天候战略伙伴关系。",
                 "全天候战略伙伴关系", "CHN|VEN"},
        DyadCase{"中国与巴基斯坦是全天候战略合作伙伴。", "全天候战略合作伙伴",
                 "CHN|PAK"},
        DyadCase{"中巴全天候战略合作伙伴关系不断深化。",
                 "全天候战略合作伙伴关系", "CHN|PAK"},
        DyadCase{"中俄新时代全面战略协作伙伴关系", "全面战略协作伙伴关系",
                 "CHN|RUS"},
        // The Chinese comma ends a clause.
        DyadCase{"委内瑞拉是中国的全天候战略伙伴，巴西是中国的全面战略伙伴。",
                 "全天候战略伙伴", "CHN|VEN"},
        DyadCase{"委内瑞拉是中国的全天候战略伙伴，巴西是中国的全面战略伙伴。",
                 "全面战略伙伴", "BRA|CHN"},
        DyadCase{"中国—委内瑞拉全天候战略伙伴关系", "全天候战略伙伴关系",
                 "CHN|VEN"},
        DyadCase{"北京与河内宣布建立全面战略伙伴关系。", "全面战略伙伴关系",
                 "CHN|VNM"},
        // Pair references and the previous dyad.
        DyadCase{"The two countries agreed to build a comprehensive strategic "
                 "partnership.",
                 "comprehensive strategic partnership", "CHN|VNM",
                 D("VNM", "CHN")},
        DyadCase{"双方同意将两国关系提升为全面战略伙伴关系。",
                 "全面战略伙伴关系", "CHN|VEN", D("CHN", "VEN")},
        DyadCase{"Both sides reaffirmed the strategic partnership.",
                 "strategic partnership", ""},
        DyadCase{"The ministers met on Monday to discuss the strategic "
                 "partnership.",
                 "strategic partnership", "", D("CHN", "VEN")},
        // One party only.
        DyadCase{"Venezuela hailed the all-weather strategic partnership.",
                 "all-weather strategic partnership", "CHN|VEN",
                 D("CHN", "VEN")},
        // A hyphen pair right before the tier names it, even inside a wider
        // "X ... with Y".
        DyadCase{"The Sino-Peruvian strategic partnership came before similar "
                 "ties with Chile.",
                 "strategic partnership", "CHN|PER", Dyad()},
        DyadCase{"Ecuador's relations with Peru and the Sino-Chilean "
                 "strategic partnership",
                 "strategic partnership", "CHL|CHN", Dyad()},
        // A hyphen chain of three names is a group, not a pair.
        DyadCase{"Chile and Peru reaffirmed their strategic partnership "
                 "before the Brazil-Chile-Peru meeting.",
                 "strategic partnership", "CHL|PER", Dyad()},
        // Two names written together are a pair.
        DyadCase{"中国东盟全面战略伙伴关系不同于日本同韩国的合作。",
                 "全面战略伙伴关系", "ASEAN|CHN", Dyad()},
        // People stand for their states.
        DyadCase{"Lula and Xi agreed to lift ties to a comprehensive strategic "
                 "partnership.",
                 "comprehensive strategic partnership", "BRA|CHN", Dyad()},
        DyadCase{"On his visit, Albanese said Australia's special strategic "
                 "partnership with Japan would deepen.",
                 "special strategic partnership", "AUS|JPN", Dyad()},
        DyadCase{"Marcos hailed the strategic partnership with Hanoi.",
                 "strategic partnership", "PHL|VNM", Dyad()},
        DyadCase{"Pakistan hailed the all-weather strategic partnership.",
                 "all-weather strategic partnership", "PAK|", D("CHN", "VEN")},
        DyadCase{"India said the two countries would deepen their strategic "
                 "partnership.",
                 "strategic partnership", "IND|", D("CHN", "VEN")}));

TEST(AttachDyad, SortsCodes) {
  EXPECT_EQ(internal::MakeDyad("VEN", "CHN"), D("CHN", "VEN"));
  EXPECT_EQ(internal::MakeDyad("", "CHN").first, "CHN");
  EXPECT_TRUE(internal::MakeDyad("", "").empty());
}

TEST(AttachDyad, IgnoresMentionsOutsideTheSentence) {
  const Gazetteer& g = Gazetteer::Default();
  const std::string sentence = "A strategic partnership.";
  const std::vector<PartyMention> stray = {{"CHN", 100, 105}};
  EXPECT_TRUE(internal::AttachDyad(sentence, stray, 2, 23, Dyad(), g).empty());
  EXPECT_TRUE(internal::AttachDyad("", {}, 0, 0, Dyad(), g).empty());
}

}  // namespace
}  // namespace diplotier
