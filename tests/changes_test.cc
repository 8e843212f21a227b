// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Change detection end to end with the default lexicon and gazetteer: the
// constructions where clauses, dyads and roles interact.

#include <string>

#include "diplotier/classifier.h"
#include "default_classifier.h"
#include "diplotier/lexicon.h"
#include "gtest/gtest.h"

namespace diplotier {
namespace {

TEST(Changes, TwoDyadsWithTwoTiersInOneSentence) {
  absl::StatusOr<Analysis> a = DefaultClassifier().Analyze(
      "Egypt lifted its ties with Brazil to a strategic partnership, while "
      "Japan and India reaffirmed their special strategic partnership.");
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_EQ(a->changes.size(), 2u);
  EXPECT_EQ(a->changes[0].kind, ChangeKind::kUpgrade);
  EXPECT_EQ(a->changes[0].to, Tier::kStrategicPartnership);
  EXPECT_EQ(a->changes[0].dyad.ToString(), "BRA|EGY");
  EXPECT_EQ(a->changes[1].kind, ChangeKind::kReaffirm);
  EXPECT_EQ(a->changes[1].to, Tier::kSpecialStrategicPartnership);
  EXPECT_EQ(a->changes[1].dyad.ToString(), "IND|JPN");
}

TEST(Changes, AnAppositiveNamesTheOldTierOfTheSameChange) {
  absl::StatusOr<Analysis> a = DefaultClassifier().Analyze(
      "Peru and China raised relations to a comprehensive strategic "
      "partnership, an upgrade from the strategic partnership of 2008.");
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].kind, ChangeKind::kUpgrade);
  EXPECT_EQ(a->changes[0].from, Tier::kStrategicPartnership);
  EXPECT_EQ(a->changes[0].to, Tier::kComprehensiveStrategicPartnership);
  EXPECT_EQ(a->changes[0].delta, 1);
  EXPECT_EQ(a->changes[0].dyad.ToString(), "CHN|PER");
}

TEST(Changes, ThePairReferenceTakesTheLastNamedPair) {
  absl::StatusOr<Analysis> a = DefaultClassifier().Analyze(
      "Leaders of Chile and China met in Santiago on Monday. The two "
      "countries upgraded their ties to a comprehensive strategic "
      "partnership.");
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].dyad.ToString(), "CHL|CHN");
  ASSERT_EQ(a->mentions.size(), 1u);
  EXPECT_EQ(a->mentions[0].dyad.ToString(), "CHL|CHN");
}

TEST(Changes, FindMentionsGivesTheModalityOfAnalyze) {
  const char* text = "China and Vietnam are not comprehensive strategic partners.";
  absl::StatusOr<std::vector<Mention>> m =
      DefaultClassifier().FindMentions(text);
  absl::StatusOr<Analysis> a = DefaultClassifier().Analyze(text);
  ASSERT_TRUE(m.ok() && a.ok());
  ASSERT_EQ(m->size(), 1u);
  ASSERT_EQ(a->mentions.size(), 1u);
  EXPECT_EQ((*m)[0].modality, Modality::kNegated);
  EXPECT_EQ((*m)[0].modality, a->mentions[0].modality);
}

TEST(Changes, FindMentionsAlsoGivesDyads) {
  absl::StatusOr<std::vector<Mention>> m = DefaultClassifier().FindMentions(
      "China and Pakistan are all-weather strategic cooperative partners.");
  ASSERT_TRUE(m.ok()) << m.status();
  ASSERT_EQ(m->size(), 1u);
  EXPECT_EQ((*m)[0].dyad.ToString(), "CHN|PAK");
}

}  // namespace
}  // namespace diplotier
