// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "diplotier/tier.h"

#include <set>
#include <string>

#include "gtest/gtest.h"

namespace diplotier {
namespace {

TEST(Tier, NamesRoundTripForEveryTier) {
  std::set<std::string> seen;
  for (Tier t : AllTiers()) {
    std::string_view name = TierName(t);
    EXPECT_TRUE(seen.insert(std::string(name)).second) << name;
    ASSERT_TRUE(TierFromName(name).has_value()) << name;
    EXPECT_EQ(*TierFromName(name), t);
  }
  EXPECT_EQ(seen.size(), static_cast<size_t>(kTierCount));
}

TEST(Tier, UsesTheCanonicalSnakeCaseNames) {
  EXPECT_EQ(TierName(Tier::kNone), "none");
  EXPECT_EQ(TierName(Tier::kAllWeatherStrategicPartnership),
            "all_weather_strategic_partnership");
  EXPECT_EQ(TierName(Tier::kComprehensiveStrategicPartnershipOfCoordination),
            "comprehensive_strategic_partnership_of_coordination");
  EXPECT_EQ(TierName(Tier::kSpecialStrategicPartnership),
            "special_strategic_partnership");
}

TEST(Tier, RejectsUnknownNames) {
  EXPECT_FALSE(TierFromName("").has_value());
  EXPECT_FALSE(TierFromName("Strategic_Partnership").has_value());
  EXPECT_FALSE(TierFromName("strategic partnership").has_value());
  EXPECT_FALSE(TierFromName("alliance").has_value());
}

TEST(Representation, NamesRoundTrip) {
  for (Representation r :
       {Representation::kSevered, Representation::kLiaisonOffice,
        Representation::kChargeDAffaires, Representation::kAmbassador}) {
    ASSERT_TRUE(RepresentationFromName(RepresentationName(r)).has_value());
    EXPECT_EQ(*RepresentationFromName(RepresentationName(r)), r);
  }
  EXPECT_FALSE(RepresentationFromName("consul").has_value());
}

TEST(Ladder, ChinaPlacesEveryTier) {
  const Ladder& china = Ladder::China();
  for (Tier t : AllTiers()) {
    EXPECT_TRUE(china.Rank(t).has_value()) << TierName(t);
  }
  EXPECT_EQ(china.Rank(Tier::kNone), 0);
}

TEST(Ladder, RanksAllWeatherAboveComprehensiveStrategicOnChinasLadder) {
  const Ladder& china = Ladder::China();
  EXPECT_EQ(RankDelta(Tier::kComprehensiveStrategicPartnership,
                      Tier::kAllWeatherStrategicPartnership, china),
            1);
  EXPECT_GT(*Compare(Tier::kAllWeatherStrategicPartnership,
                     Tier::kStrategicPartnership, china),
            0);
  EXPECT_EQ(*Compare(Tier::kPartnership, Tier::kCooperativePartnership, china),
            0);
  EXPECT_EQ(
      *Compare(Tier::kPermanentComprehensiveStrategicPartnership,
               Tier::kComprehensiveStrategicPartnershipOfCoordination, china),
      0);
  EXPECT_LT(*Compare(Tier::kComprehensivePartnership,
                     Tier::kStrategicPartnership, china),
            0);
}

struct LadderCase {
  const char* ladder;
  Tier lower;
  Tier higher;
  int steps;
};

TEST(Ladder, BuiltinLaddersOrderTheirIssuersTiers) {
  const LadderCase cases[] = {
      {"vietnam", Tier::kComprehensivePartnership,
       Tier::kComprehensiveStrategicPartnership, 2},
      {"vietnam", Tier::kStrategicPartnership,
       Tier::kComprehensiveStrategicPartnership, 1},
      {"india", Tier::kStrategicPartnership,
       Tier::kComprehensiveGlobalStrategicPartnership, 4},
      {"india", Tier::kEnhancedStrategicPartnership,
       Tier::kSpecialStrategicPartnership, 2},
      {"asean", Tier::kStrategicPartnership,
       Tier::kComprehensiveStrategicPartnership, 1},
      {"indonesia", Tier::kComprehensivePartnership,
       Tier::kComprehensiveStrategicPartnership, 2},
      {"australia", Tier::kComprehensiveStrategicPartnership,
       Tier::kSpecialStrategicPartnership, 1},
      {"japan", Tier::kStrategicPartnership,
       Tier::kEnhancedStrategicPartnership, 1},
      {"russia", Tier::kStrategicPartnership,
       Tier::kComprehensiveStrategicPartnership, 1},
      {"china_fine", Tier::kPartnership, Tier::kCooperativePartnership, 1},
      {"eu", Tier::kNone, Tier::kStrategicPartnership, 2},
  };
  for (const LadderCase& c : cases) {
    SCOPED_TRACE(c.ladder);
    absl::StatusOr<Ladder> ladder = Ladder::Builtin(c.ladder);
    ASSERT_TRUE(ladder.ok()) << ladder.status();
    EXPECT_EQ(RankDelta(c.lower, c.higher, *ladder), c.steps);
    EXPECT_EQ(RankDelta(c.higher, c.lower, *ladder), -c.steps);
  }
}

TEST(Ladder, SameWordsRankDifferentlyOnDifferentLadders) {
  // Enhanced strategic sits above strategic for India and Japan but level
  // with it on China's ladder.
  EXPECT_EQ(*Compare(Tier::kEnhancedStrategicPartnership,
                     Tier::kStrategicPartnership, Ladder::China()),
            0);
  EXPECT_GT(*Compare(Tier::kEnhancedStrategicPartnership,
                     Tier::kStrategicPartnership, *Ladder::Builtin("india")),
            0);
}

TEST(Ladder, UnplacedTiersCompareWithNothing) {
  absl::StatusOr<Ladder> vietnam = Ladder::Builtin("vietnam");
  ASSERT_TRUE(vietnam.ok());
  EXPECT_FALSE(vietnam->Rank(Tier::kAllWeatherStrategicPartnership));
  EXPECT_FALSE(Compare(Tier::kAllWeatherStrategicPartnership,
                       Tier::kStrategicPartnership, *vietnam));
  EXPECT_FALSE(RankDelta(Tier::kStrategicPartnership,
                         Tier::kAllWeatherStrategicPartnership, *vietnam));
}

TEST(Ladder, ParsesSpecsAndRoundTrips) {
  absl::StatusOr<Ladder> l = Ladder::Parse(
      "mine",
      " partnership <strategic_partnership= "
      "strategic_cooperative_partnership<comprehensive_strategic_partnership ");
  ASSERT_TRUE(l.ok()) << l.status();
  EXPECT_EQ(l->name(), "mine");
  EXPECT_EQ(l->top_rank(), 3);
  EXPECT_EQ(l->Rank(Tier::kStrategicCooperativePartnership), 2);
  absl::StatusOr<Ladder> again = Ladder::Parse("again", l->Spec());
  ASSERT_TRUE(again.ok()) << again.status();
  for (Tier t : AllTiers()) EXPECT_EQ(again->Rank(t), l->Rank(t));
}

TEST(Ladder, RejectsMalformedSpecs) {
  const char* bad[] = {
      "",
      "partnership <",
      "< partnership",
      "partnership << strategic_partnership",
      "partnership = = strategic_partnership",
      "partnership < alliance",
      "none < partnership",
      "partnership < partnership",
  };
  for (const char* spec : bad) {
    SCOPED_TRACE(spec);
    absl::StatusOr<Ladder> l = Ladder::Parse("x", spec);
    EXPECT_EQ(l.status().code(), absl::StatusCode::kInvalidArgument);
  }
  EXPECT_EQ(Ladder::Parse("", "partnership").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(Ladder, UnknownBuiltinIsNotFoundAndNamesTheChoices) {
  absl::StatusOr<Ladder> l = Ladder::Builtin("atlantis");
  EXPECT_EQ(l.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(l.status().message().find("vietnam"), std::string::npos);
  for (const std::string& name : Ladder::BuiltinNames()) {
    EXPECT_TRUE(Ladder::Builtin(name).ok()) << name;
  }
}

}  // namespace
}  // namespace diplotier
