// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Engine behaviour on a small test lexicon (tests/data/engine_test.lexicon),
// independent of the default lexicon.

#include "diplotier/classifier.h"

#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace diplotier {
namespace {

const Lexicon& TestLexicon() {
  static const Lexicon* lex = [] {
    absl::StatusOr<Lexicon> l = Lexicon::Load(
        std::string(DIPLOTIER_TEST_DATA_DIR) + "/engine_test.lexicon");
    if (!l.ok()) {
      ADD_FAILURE() << l.status();
      return new Lexicon();
    }
    return new Lexicon(*std::move(l));
  }();
  return *lex;
}

const Classifier& TestClassifier() {
  static const Classifier* c = [] {
    absl::StatusOr<Classifier> made = Classifier::Create(TestLexicon());
    EXPECT_TRUE(made.ok()) << made.status();
    return new Classifier(*std::move(made));
  }();
  return *c;
}

std::vector<Mention> Mentions(std::string_view text) {
  absl::StatusOr<std::vector<Mention>> m = TestClassifier().FindMentions(text);
  EXPECT_TRUE(m.ok()) << m.status();
  return m.ok() ? *m : std::vector<Mention>{};
}

TEST(Classifier, FindsAPhraseWithExactByteOffsets) {
  const std::string text =
      "Leaders met. They hailed the strategic partnership today.";
  std::vector<Mention> m = Mentions(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].tier, Tier::kStrategicPartnership);
  EXPECT_EQ(m[0].begin, text.find("strategic"));
  EXPECT_EQ(m[0].end, text.find(" today"));
  EXPECT_EQ(m[0].text, "strategic partnership");
  EXPECT_EQ(m[0].sentence, 1);
}

TEST(Classifier, LongestPhraseWinsOverlaps) {
  std::vector<Mention> m =
      Mentions("an all-weather comprehensive strategic partnership");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].tier, Tier::kAllWeatherComprehensiveStrategicPartnership);
  EXPECT_EQ(m[0].text, "all-weather comprehensive strategic partnership");
}

TEST(Classifier, MatchesAcrossLineBreaksAndCase) {
  std::vector<Mention> m = Mentions("a Comprehensive Strategic\nPartnership");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].tier, Tier::kComprehensiveStrategicPartnership);
}

TEST(Classifier, MatchesChineseCaseSensitively) {
  const std::string text = "两国建立全面战略伙伴关系。";
  std::vector<Mention> m = Mentions(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].tier, Tier::kComprehensiveStrategicPartnership);
  EXPECT_EQ(m[0].begin, text.find("全面"));
  EXPECT_EQ(m[0].end, text.find("。"));
}

TEST(Classifier, GuardsSuppressDistractors) {
  EXPECT_TRUE(Mentions("a public-private partnership for roads").empty());
  EXPECT_TRUE(Mentions("the Strategic Partnership Council met").empty());
  EXPECT_EQ(Mentions("a strategic partnership and a public-private "
                     "partnership")
                .size(),
            1u);
}

TEST(Classifier, ReportsQualifiersNearTheMention) {
  std::vector<Mention> m =
      Mentions("a comprehensive strategic partnership for a new era");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].qualifiers, std::vector<std::string>{"new_era"});
}

TEST(Classifier, CountsSentences) {
  const std::string text =
      "One. Mr. Smith spoke of a strategic partnership. Two! Three? A "
      "friendly partnership.";
  std::vector<Mention> m = Mentions(text);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].sentence, 1);
  EXPECT_EQ(m[1].sentence, 4);
}

TEST(Classifier, ClassifyReturnsTheStrongestAssertedTier) {
  absl::StatusOr<Tier> t = TestClassifier().Classify(
      "a strategic partnership, later an all-weather strategic partnership, "
      "and a friendly partnership");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(*t, Tier::kAllWeatherStrategicPartnership);
  EXPECT_EQ(*TestClassifier().Classify("nothing here"), Tier::kNone);
}

TEST(Classifier, DetectsAnUpgradeWithFromAndTo) {
  absl::StatusOr<Analysis> a = TestClassifier().Analyze(
      "They upgraded ties from a strategic partnership to a comprehensive "
      "strategic partnership.");
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_EQ(a->changes.size(), 1u);
  const TierChange& c = a->changes[0];
  EXPECT_EQ(c.kind, ChangeKind::kUpgrade);
  EXPECT_EQ(c.status, Modality::kAsserted);
  EXPECT_EQ(c.from, Tier::kStrategicPartnership);
  EXPECT_EQ(c.to, Tier::kComprehensiveStrategicPartnership);
  EXPECT_EQ(c.delta, 1);
}

TEST(Classifier, ReadsTargetBeforeSource) {
  absl::StatusOr<Analysis> a = TestClassifier().Analyze(
      "Ties were upgraded to a comprehensive strategic partnership from a "
      "strategic partnership.");
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].from, Tier::kStrategicPartnership);
  EXPECT_EQ(a->changes[0].to, Tier::kComprehensiveStrategicPartnership);
}

TEST(Classifier, HypotheticalAndNegatedChanges) {
  absl::StatusOr<Analysis> h = TestClassifier().Analyze(
      "They are expected to upgrade ties to a strategic partnership.");
  ASSERT_TRUE(h.ok());
  ASSERT_EQ(h->changes.size(), 1u);
  EXPECT_EQ(h->changes[0].status, Modality::kHypothetical);
  EXPECT_EQ(h->tier, Tier::kNone);  // the tier is not yet asserted

  absl::StatusOr<Analysis> n = TestClassifier().Analyze(
      "They have no interest in downgrading the strategic partnership.");
  ASSERT_TRUE(n.ok());
  ASSERT_EQ(n->changes.size(), 1u);
  EXPECT_EQ(n->changes[0].kind, ChangeKind::kDowngrade);
  EXPECT_EQ(n->changes[0].status, Modality::kNegated);
}

TEST(Classifier, NoLongerAPartnerIsADowngradeNotANegation) {
  absl::StatusOr<Analysis> a = TestClassifier().Analyze(
      "The assembly said the country is no longer a strategic partner.");
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].kind, ChangeKind::kDowngrade);
  EXPECT_EQ(a->changes[0].status, Modality::kAsserted);
  EXPECT_EQ(a->changes[0].from, Tier::kStrategicPartnership);
  EXPECT_EQ(a->tier, Tier::kNone);
}

TEST(Classifier, AnniversaryOfAnEstablishmentIsAReaffirmation) {
  absl::StatusOr<Analysis> a = TestClassifier().Analyze(
      "They marked the tenth anniversary of the establishment of the "
      "comprehensive strategic partnership.");
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].kind, ChangeKind::kReaffirm);
  EXPECT_EQ(a->changes[0].to, Tier::kComprehensiveStrategicPartnership);
}

TEST(Classifier, ANewLevelIsNoTierChange) {
  absl::StatusOr<Analysis> a =
      TestClassifier().Analyze("They vowed to elevate ties to a new level.");
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(a->changes.empty());
  absl::StatusOr<Analysis> b = TestClassifier().Analyze(
      "They vowed to elevate the strategic partnership to a new level.");
  ASSERT_TRUE(b.ok());
  ASSERT_EQ(b->changes.size(), 1u);
  EXPECT_EQ(b->changes[0].kind, ChangeKind::kReaffirm);
}

TEST(Classifier, EstablishmentWithAPriorTierIsAnUpgrade) {
  absl::StatusOr<Analysis> a = TestClassifier().Analyze(
      "They established a comprehensive strategic partnership, a step up "
      "from the strategic partnership.");
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].kind, ChangeKind::kUpgrade);
  EXPECT_EQ(a->changes[0].from, Tier::kStrategicPartnership);
}

TEST(Classifier, AnInfinitiveToDoesNotMarkTheNewTier) {
  absl::StatusOr<Analysis> a = TestClassifier().Analyze(
      "They plan to upgrade the strategic partnership to a comprehensive "
      "strategic partnership.");
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].status, Modality::kHypothetical);
  EXPECT_EQ(a->changes[0].from, Tier::kStrategicPartnership);
  EXPECT_EQ(a->changes[0].to, Tier::kComprehensiveStrategicPartnership);
}

TEST(Classifier, TheObjectOfAnUpgradeIsTheOldTier) {
  absl::StatusOr<Analysis> a = TestClassifier().Analyze(
      "They upgraded the strategic partnership last year.");
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].kind, ChangeKind::kUpgrade);
  EXPECT_EQ(a->changes[0].from, Tier::kStrategicPartnership);
  EXPECT_EQ(a->changes[0].to, Tier::kNone);
  EXPECT_FALSE(a->changes[0].delta.has_value());
}

TEST(Classifier, RepresentationDowngrade) {
  absl::StatusOr<Analysis> a = TestClassifier().Analyze(
      "The government downgraded relations from ambassadorial level to "
      "charge d'affaires.");
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].kind, ChangeKind::kDowngrade);
  EXPECT_EQ(a->changes[0].from_level, Representation::kAmbassador);
  EXPECT_EQ(a->changes[0].to_level, Representation::kChargeDAffaires);
}

TEST(Classifier, ChineseUpgrade) {
  absl::StatusOr<Analysis> a =
      TestClassifier().Analyze("双方同意将两国关系提升为全面战略伙伴关系。");
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].kind, ChangeKind::kUpgrade);
  EXPECT_EQ(a->changes[0].to, Tier::kComprehensiveStrategicPartnership);
}

TEST(Classifier, AnalyzeReusesTheResult) {
  Analysis out;
  ASSERT_TRUE(TestClassifier().Analyze("a strategic partnership", &out).ok());
  EXPECT_EQ(out.mentions.size(), 1u);
  ASSERT_TRUE(TestClassifier().Analyze("no anchor at all", &out).ok());
  EXPECT_TRUE(out.mentions.empty());
  EXPECT_EQ(out.tier, Tier::kNone);
}

TEST(Classifier, BadInputGivesADefinedResult) {
  const std::string cases[] = {
      std::string(),
      std::string("\0\0\0strategic partnership\0", 25),
      "strategic \xff\xfe partnership \xc3",
      "strategic partner\xe4\xbc",
      "a strategic partnership\r\nand\r\n\r\nanother",
      "Стратегическое партнерство; شراكة استراتيجية",
      std::string(1000, '.'),
      std::string(1000, ' ') + "partner",
  };
  for (const std::string& text : cases) {
    absl::StatusOr<Analysis> a = TestClassifier().Analyze(text);
    ASSERT_TRUE(a.ok()) << a.status();
    for (const Mention& m : a->mentions) {
      EXPECT_LE(m.end, text.size());
      EXPECT_LT(m.begin, m.end);
      EXPECT_EQ(m.text, text.substr(m.begin, m.end - m.begin));
    }
  }
}

TEST(Classifier, AHundredMegabyteLineIsLinear) {
  std::string text(100 << 20, 'x');
  for (size_t i = 0; i + 64 < text.size(); i += 997) text[i] = ' ';
  const std::string phrase = " strategic partnership ";
  text.replace(50 << 20, phrase.size(), phrase);
  absl::StatusOr<Analysis> a = TestClassifier().Analyze(text);
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_EQ(a->mentions.size(), 1u);
  EXPECT_EQ(a->mentions[0].begin, (size_t{50} << 20) + 1);
}

TEST(Classifier, InputLargerThanTheLimitIsResourceExhausted) {
  ClassifierOptions options;
  options.max_input_bytes = 10;
  absl::StatusOr<Classifier> c = Classifier::Create(TestLexicon(), options);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->Analyze("strategic partnership").status().code(),
            absl::StatusCode::kResourceExhausted);
}

// A lexicon that exercises the cue rules alone: negation, a contrast cue
// that ends its reach, and a guard that drops the cue it overlaps.
Classifier CueRulesClassifier() {
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(
      "anchor partner\n"
      "tier strategic_partnership strategic partnership\n"
      "cue upgrade upgraded\n"
      "cue target \\bto\\b\n"
      "cue negation \\bnot\\b\n"
      "cue contrast \\bbut\\b\n"
      "guard not only\n",
      "cues.lex");
  EXPECT_TRUE(lex.ok()) << lex.status();
  absl::StatusOr<Classifier> c = Classifier::Create(*lex);
  EXPECT_TRUE(c.ok()) << c.status();
  return *std::move(c);
}

TEST(Classifier, NegationReachesTheVerbAfterIt) {
  absl::StatusOr<Analysis> a = CueRulesClassifier().Analyze(
      "They did not upgraded ties to a strategic partnership.");
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].status, Modality::kNegated);
}

TEST(Classifier, AContrastCueEndsTheReachOfANegation) {
  absl::StatusOr<Analysis> a = CueRulesClassifier().Analyze(
      "They did not wait but upgraded ties to a strategic partnership.");
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].status, Modality::kAsserted);
}

TEST(Classifier, AGuardDropsTheCuesItOverlaps) {
  absl::StatusOr<Analysis> a = CueRulesClassifier().Analyze(
      "They not only upgraded ties to a strategic partnership.");
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].status, Modality::kAsserted);
}

TEST(Classifier, CreateRejectsPatternsWithoutAnAnchor) {
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(
      "anchor partner\n"
      "tier strategic_partnership strategic partnership\n"
      "tier partnership friendly|amicable\n",
      "a.lex");
  ASSERT_TRUE(lex.ok());
  absl::StatusOr<Classifier> c = Classifier::Create(*lex);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(c.status().message().find("a.lex:3:"), std::string::npos)
      << c.status();
  EXPECT_NE(c.status().message().find("without any anchor"), std::string::npos);
}

TEST(Classifier, ManyPatternsMaySharedOneAnchor) {
  // RE2 prunes prefilter atoms shared by many patterns; the anchor check must
  // not mistake that for a missing anchor.
  std::string text = "anchor partner\ndefine _ [\\s\\-]+\n";
  for (const char* word :
       {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
        "hotel", "india", "juliet", "kilo", "lima"}) {
    text += std::string("tier strategic_partnership ") + word + "{_}partner\n";
  }
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(text);
  ASSERT_TRUE(lex.ok()) << lex.status();
  absl::StatusOr<Classifier> c = Classifier::Create(*lex);
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(*c->Classify("the juliet partner"), Tier::kStrategicPartnership);
}

TEST(Classifier, CreateRejectsEmptyLexiconsAndBadOptions) {
  EXPECT_EQ(Classifier::Create(Lexicon()).status().code(),
            absl::StatusCode::kInvalidArgument);
  ClassifierOptions bad_ladder;
  bad_ladder.ladder = "atlantis";
  EXPECT_EQ(Classifier::Create(TestLexicon(), bad_ladder).status().code(),
            absl::StatusCode::kInvalidArgument);
  ClassifierOptions tiny;
  tiny.max_memory = 10;
  EXPECT_EQ(Classifier::Create(TestLexicon(), tiny).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(Classifier, MemoryBudgetTooSmallIsResourceExhausted) {
  std::string text = "anchor partner\n";
  for (int i = 0; i < 300; ++i) {
    text += "tier strategic_partnership partner[a-z]{" + std::to_string(i) +
            "}x\\w{1,30}y\n";
  }
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(text);
  ASSERT_TRUE(lex.ok()) << lex.status();
  ClassifierOptions options;
  options.max_memory = 1 << 20;
  absl::StatusOr<Classifier> c = Classifier::Create(*lex, options);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), absl::StatusCode::kResourceExhausted)
      << c.status();
}

TEST(Classifier, MemoryBudgetIsATotalOverThePatterns) {
  // Each pattern needs 64 KiB of the two thirds of max_memory that single
  // patterns share: 1 MiB holds 10 patterns, not 11 (a floor per pattern
  // used to let 100,000 patterns take 6 GiB under a 64 MiB budget).
  auto lexicon_of = [](int patterns) {
    std::string text = "anchor partner\n";
    for (int i = 0; i < patterns; ++i) {
      text += "guard partner" + std::to_string(i) + "\n";
    }
    text += "tier strategic_partnership strategic partner\n";
    return *Lexicon::Parse(text);
  };
  ClassifierOptions options;
  options.max_memory = 1 << 20;
  EXPECT_TRUE(Classifier::Create(lexicon_of(9), options).ok());
  absl::StatusOr<Classifier> c = Classifier::Create(lexicon_of(10), options);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(c.status().message().find(
                "need a ClassifierOptions::max_memory of at least 1081344"),
            std::string::npos)
      << c.status();
}

TEST(Classifier, IsSafeToShareAcrossThreads) {
  const std::string text =
      "They upgraded ties from a strategic partnership to a comprehensive "
      "strategic partnership. Also a friendly partnership.";
  absl::StatusOr<Analysis> expected = TestClassifier().Analyze(text);
  ASSERT_TRUE(expected.ok());
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        absl::StatusOr<Analysis> a = TestClassifier().Analyze(text);
        if (a.ok() && a->mentions.size() == expected->mentions.size() &&
            a->changes.size() == expected->changes.size()) {
          ++ok[t];
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(ok[t], 200);
}

TEST(Classifier, ConcurrentCreationIsSafe) {
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 5; ++i) {
        absl::StatusOr<Classifier> c = Classifier::Create(TestLexicon());
        if (c.ok() &&
            c->Classify("a strategic partnership").value_or(Tier::kNone) ==
                Tier::kStrategicPartnership) {
          ++ok[t];
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(ok[t], 5);
}

}  // namespace
}  // namespace diplotier
