// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The ledger on hand-built analyses and history tables: no lexicon involved.

#include "diplotier/ledger.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace diplotier {
namespace {

const Dyad kChnVen{"CHN", "VEN"};
const Dyad kUsaVnm{"USA", "VNM"};
const Dyad kEuuRus{"EUU", "RUS"};

Mention AssertedMention(Tier tier, const Dyad& dyad, std::size_t begin = 0,
                        std::size_t end = 0) {
  Mention m;
  m.tier = tier;
  m.dyad = dyad;
  m.begin = begin;
  m.end = end;
  return m;
}

TierChange Change(ChangeKind kind, Tier from, Tier to, const Dyad& dyad,
                  Modality status = Modality::kAsserted) {
  TierChange c;
  c.kind = kind;
  c.status = status;
  c.from = from;
  c.to = to;
  c.dyad = dyad;
  return c;
}

Analysis MakeAnalysis(std::vector<Mention> mentions,
                      std::vector<TierChange> changes = {}) {
  Analysis a;
  a.mentions = std::move(mentions);
  a.changes = std::move(changes);
  return a;
}

std::string HistoryTable(const std::string& rows) {
  return "dyad\tdate\ttier\tladder\tsource\n" + rows;
}

// ---------------------------------------------------------------- Date

TEST(Date, ParsesTheThreePrecisions) {
  struct Case {
    const char* text;
    Date want;
  };
  const Case cases[] = {
      {"2013", {2013, 0, 0}},        {"2023-09", {2023, 9, 0}},
      {"2023-09-13", {2023, 9, 13}}, {"2024-02-29", {2024, 2, 29}},
      {"2000-02-29", {2000, 2, 29}}, {"0001-12-31", {1, 12, 31}},
  };
  for (const Case& c : cases) {
    absl::StatusOr<Date> d = Date::Parse(c.text);
    ASSERT_TRUE(d.ok()) << c.text << ": " << d.status();
    EXPECT_EQ(*d, c.want) << c.text;
    EXPECT_EQ(d->ToString(), c.text);
  }
}

TEST(Date, RejectsMalformedAndOutOfRangeDates) {
  struct Case {
    const char* text;
    const char* why;
  };
  const Case cases[] = {
      {"2023-13-01", "month 13 is not in 01-12"},
      {"2023-02-30", "day 30 is not in 01-28 for 2023-02"},
      {"2023-02-29", "day 29 is not in 01-28"},
      {"1900-02-29", "day 29 is not in 01-28"},
      {"2023-04-31", "day 31 is not in 01-30"},
      {"2023-00", "month 0"},
      {"2023-09-00", "day 0"},
      {"2023-71-00", "month 71 is not in 01-12"},  // found by history_fuzz
      {"0000", "year 0 is not in 0001-9999"},
      {"23", "expected YYYY, YYYY-MM or YYYY-MM-DD"},
      {"2023-9-1", "expected YYYY, YYYY-MM or YYYY-MM-DD"},
      {"2023/09/13", "expected YYYY, YYYY-MM or YYYY-MM-DD"},
      {"", "expected YYYY"},
      {"20x3", "expected YYYY"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<Date> d = Date::Parse(c.text);
    ASSERT_FALSE(d.ok()) << c.text;
    EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(d.status().message().find(c.why), absl::string_view::npos)
        << c.text << ": " << d.status();
    EXPECT_NE(d.status().message().find(std::string("'") + c.text + "'"),
              absl::string_view::npos)
        << d.status();
  }
}

TEST(Date, SortsLessPreciseDatesBeforeMorePreciseOnesOfTheSamePeriod) {
  const std::vector<Date> ascending = {
      {2022, 12, 31}, {2023},    {2023, 1}, {2023, 1, 1},
      {2023, 1, 2},   {2023, 2}, {2024},
  };
  for (std::size_t i = 0; i + 1 < ascending.size(); ++i) {
    EXPECT_LT(ascending[i], ascending[i + 1])
        << ascending[i].ToString() << " vs " << ascending[i + 1].ToString();
    EXPECT_FALSE(ascending[i + 1] < ascending[i]);
  }
}

TEST(Date, ValidatesStructFields) {
  EXPECT_TRUE((Date{2023, 9, 13}).IsValid());
  EXPECT_TRUE((Date{2023}).IsValid());
  EXPECT_FALSE((Date{2023, 0, 5}).IsValid());  // a day needs a month
  EXPECT_FALSE((Date{2023, 13}).IsValid());
  EXPECT_FALSE(Date{}.IsValid());
  EXPECT_TRUE((Date{2023, 9, 13}).IsFull());
  EXPECT_FALSE((Date{2023, 9}).IsFull());
  EXPECT_EQ((Date{5, 1, 2}).ToString(), "0005-01-02");
}

// ---------------------------------------------------------------- changes

// The acceptance case: two documents, neither naming the old tier, fed in
// either order.
TEST(Ledger, ImpliesChinaVenezuelaUpgradeAcrossDocumentsInEitherOrder) {
  const Analysis doc2014 = MakeAnalysis({AssertedMention(
      Tier::kComprehensiveStrategicPartnership, kChnVen, 10, 45)});
  const Analysis doc2023 = MakeAnalysis(
      {AssertedMention(Tier::kAllWeatherStrategicPartnership, kChnVen, 7, 40)});
  for (bool reverse : {false, true}) {
    SCOPED_TRACE(reverse ? "2023 first" : "2014 first");
    Ledger ledger;
    if (reverse) {
      ASSERT_TRUE(ledger.AddAnalysis("mfa-2023", {2023, 9, 13}, doc2023).ok());
      ASSERT_TRUE(ledger.AddAnalysis("mfa-2014", {2014, 7, 20}, doc2014).ok());
    } else {
      ASSERT_TRUE(ledger.AddAnalysis("mfa-2014", {2014, 7, 20}, doc2014).ok());
      ASSERT_TRUE(ledger.AddAnalysis("mfa-2023", {2023, 9, 13}, doc2023).ok());
    }
    EXPECT_EQ(ledger.CurrentTier(kChnVen),
              Tier::kAllWeatherStrategicPartnership);

    const std::vector<LedgerChange> changes = ledger.ImpliedChanges(kChnVen);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].change.kind, ChangeKind::kEstablish);
    const LedgerChange& up = changes[1];
    EXPECT_EQ(up.change.kind, ChangeKind::kUpgrade);
    EXPECT_EQ(up.change.from, Tier::kComprehensiveStrategicPartnership);
    EXPECT_EQ(up.change.to, Tier::kAllWeatherStrategicPartnership);
    EXPECT_EQ(up.change.delta, 1);
    EXPECT_EQ(up.change.status, Modality::kAsserted);
    EXPECT_EQ(up.change.source, ChangeSource::kText);
    EXPECT_EQ(up.change.dyad, kChnVen);
    EXPECT_EQ(up.change.begin, 7u);
    EXPECT_EQ(up.change.end, 40u);
    EXPECT_TRUE(up.implied);
    EXPECT_EQ(up.date, (Date{2023, 9, 13}));
    EXPECT_EQ(up.from_date, (Date{2014, 7, 20}));
    EXPECT_EQ(up.evidence_doc, "mfa-2023");
    EXPECT_EQ(up.ladder, "china");
    EXPECT_EQ(up.ToString(),
              "comprehensive_strategic_partnership (2014-07-20) -> "
              "all_weather_strategic_partnership (2023-09-13): upgrade, "
              "delta +1 on china, implied");
  }
}

TEST(Ledger, ChangeStatedByTheTextIsExplicitNotImplied) {
  Ledger ledger;
  ASSERT_TRUE(
      ledger
          .AddAnalysis("mfa-2014", {2014, 7, 20},
                       MakeAnalysis({AssertedMention(
                           Tier::kComprehensiveStrategicPartnership, kChnVen)}))
          .ok());
  TierChange upgrade = Change(ChangeKind::kUpgrade, Tier::kNone,
                              Tier::kAllWeatherStrategicPartnership, kChnVen);
  upgrade.begin = 100;
  upgrade.end = 180;
  upgrade.sentence = 2;
  ASSERT_TRUE(
      ledger
          .AddAnalysis("xinhua-2023", {2023, 9, 13},
                       MakeAnalysis({AssertedMention(
                                        Tier::kAllWeatherStrategicPartnership,
                                        kChnVen, 150, 180)},
                                    {upgrade}))
          .ok());
  const std::vector<LedgerChange> changes = ledger.ImpliedChanges(kChnVen);
  ASSERT_EQ(changes.size(), 2u);
  const LedgerChange& up = changes[1];
  EXPECT_FALSE(up.implied);
  EXPECT_EQ(up.change.kind, ChangeKind::kUpgrade);
  EXPECT_EQ(up.change.from,
            Tier::kComprehensiveStrategicPartnership);  // from the ledger
  EXPECT_EQ(up.change.delta, 1);
  EXPECT_EQ(up.change.begin, 100u);
  EXPECT_EQ(up.change.sentence, 2);
  EXPECT_EQ(up.evidence_doc, "xinhua-2023");
  EXPECT_EQ(up.change.source, ChangeSource::kText);
  // One observation per document and tier: the mention merged into the change.
  const std::vector<LedgerObservation> timeline = ledger.Timeline(kChnVen);
  ASSERT_EQ(timeline.size(), 2u);
  EXPECT_TRUE(timeline[1].from_change);
  EXPECT_EQ(ledger.Stats().mentions_merged, 1);

  const std::vector<LedgerChange> stated = ledger.ExplicitChanges(kChnVen);
  ASSERT_EQ(stated.size(), 1u);
  EXPECT_FALSE(stated[0].implied);
  EXPECT_FALSE(stated[0].change.delta.has_value());  // the text names no `from`
}

TEST(Ledger, FirstObservationEstablishesFromNone) {
  Ledger ledger;
  ASSERT_TRUE(ledger
                  .AddAnalysis("doc", {2001, 4},
                               MakeAnalysis({AssertedMention(
                                   Tier::kStrategicPartnership, kChnVen)}))
                  .ok());
  const std::vector<LedgerChange> changes = ledger.ImpliedChanges(kChnVen);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].change.kind, ChangeKind::kEstablish);
  EXPECT_EQ(changes[0].change.from, Tier::kNone);
  EXPECT_EQ(changes[0].change.to, Tier::kStrategicPartnership);
  EXPECT_EQ(changes[0].change.delta, 3);
  EXPECT_EQ(changes[0].from_date, Date{});
  EXPECT_TRUE(changes[0].implied);
  EXPECT_EQ(changes[0].ToString(),
            "none -> strategic_partnership (2001-04): establish, delta +3 on "
            "china, implied");
}

TEST(Ledger, LowerRankIsADowngrade) {
  Ledger ledger;
  ASSERT_TRUE(ledger
                  .AddObservation(kChnVen, {2014, 7, 20},
                                  Tier::kComprehensiveStrategicPartnership, "",
                                  "seed")
                  .ok());
  ASSERT_TRUE(ledger
                  .AddAnalysis("doc", {2020, 1, 1},
                               MakeAnalysis({AssertedMention(
                                   Tier::kStrategicPartnership, kChnVen)}))
                  .ok());
  const std::vector<LedgerChange> changes = ledger.ImpliedChanges(kChnVen);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[1].change.kind, ChangeKind::kDowngrade);
  EXPECT_EQ(changes[1].change.delta, -1);
  EXPECT_TRUE(changes[1].implied);
  EXPECT_EQ(changes[1].change.source,
            ChangeSource::kHistory);  // 2014 is history
}

TEST(Ledger, ExplicitDowngradeToNoneEndsThePartnership) {
  Ledger ledger;
  ASSERT_TRUE(ledger
                  .AddObservation(kEuuRus, {2010}, Tier::kStrategicPartnership,
                                  "eu", "seed")
                  .ok());
  ASSERT_TRUE(
      ledger
          .AddAnalysis(
              "ep-2015", {2015, 6, 10},
              MakeAnalysis(
                  {AssertedMention(Tier::kStrategicPartnership, kEuuRus)},
                  {Change(ChangeKind::kDowngrade, Tier::kStrategicPartnership,
                          Tier::kNone, kEuuRus)}))
          .ok());
  EXPECT_EQ(ledger.CurrentTier(kEuuRus), Tier::kNone);
  const std::vector<LedgerObservation> timeline = ledger.Timeline(kEuuRus);
  ASSERT_EQ(timeline.size(), 2u);  // the "from" mention is not an observation
  EXPECT_EQ(timeline[1].tier, Tier::kNone);
  EXPECT_EQ(timeline[1].rank, 0);
  const std::vector<LedgerChange> changes = ledger.ImpliedChanges(kEuuRus);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[1].change.kind, ChangeKind::kDowngrade);
  EXPECT_EQ(changes[1].change.to, Tier::kNone);
  EXPECT_EQ(changes[1].change.delta, -2);  // on the EU's ladder, not Russia's
  EXPECT_EQ(changes[1].ladder, "eu");
  EXPECT_FALSE(changes[1].implied);
}

TEST(Ledger, DowngradeNamingNoTierIsProvenanceOnly) {
  Ledger ledger;
  ASSERT_TRUE(
      ledger.AddObservation(kChnVen, {2014}, Tier::kStrategicPartnership).ok());
  TierChange cut =
      Change(ChangeKind::kDowngrade, Tier::kNone, Tier::kNone, kChnVen);
  cut.from_level = Representation::kAmbassador;
  cut.to_level = Representation::kChargeDAffaires;
  ASSERT_TRUE(
      ledger.AddAnalysis("doc", {2021, 11}, MakeAnalysis({}, {cut})).ok());
  EXPECT_EQ(ledger.CurrentTier(kChnVen), Tier::kStrategicPartnership);
  ASSERT_EQ(ledger.ExplicitChanges(kChnVen).size(), 1u);
  EXPECT_EQ(ledger.ExplicitChanges(kChnVen)[0].change.to_level,
            Representation::kChargeDAffaires);
}

TEST(Ledger, HypotheticalAndNegatedChangesDoNotMoveTheTimeline) {
  for (Modality status : {Modality::kHypothetical, Modality::kNegated}) {
    SCOPED_TRACE(ModalityName(status));
    Ledger ledger;
    ASSERT_TRUE(
        ledger
            .AddAnalysis(
                "doc", {2023, 3, 1},
                MakeAnalysis(
                    {AssertedMention(Tier::kComprehensiveStrategicPartnership,
                                     kChnVen)},
                    {Change(ChangeKind::kUpgrade,
                            Tier::kComprehensiveStrategicPartnership,
                            Tier::kAllWeatherStrategicPartnership, kChnVen,
                            status)}))
            .ok());
    EXPECT_EQ(ledger.CurrentTier(kChnVen),
              Tier::kComprehensiveStrategicPartnership);
    EXPECT_EQ(ledger.Timeline(kChnVen).size(), 1u);
    const std::vector<LedgerChange> stated = ledger.ExplicitChanges(kChnVen);
    ASSERT_EQ(stated.size(), 1u);
    EXPECT_EQ(stated[0].change.status, status);
    EXPECT_EQ(stated[0].change.delta, 1);
    EXPECT_EQ(stated[0].ToString(),
              "comprehensive_strategic_partnership -> "
              "all_weather_strategic_partnership (2023-03-01): upgrade, delta "
              "+1 on china, explicit, " +
                  std::string(ModalityName(status)));
  }
}

TEST(Ledger, CountsWhatItCannotPlaceOnATimeline) {
  Mention no_dyad =
      AssertedMention(Tier::kStrategicPartnership, Dyad{"CHN", ""});
  Mention hypothetical = AssertedMention(Tier::kStrategicPartnership, kChnVen);
  hypothetical.modality = Modality::kHypothetical;
  Ledger ledger;
  ASSERT_TRUE(
      ledger
          .AddAnalysis(
              "doc", {2020},
              MakeAnalysis({no_dyad, hypothetical},
                           {Change(ChangeKind::kUpgrade, Tier::kNone,
                                   Tier::kStrategicPartnership, Dyad{})}))
          .ok());
  const LedgerStats stats = ledger.Stats();
  EXPECT_EQ(stats.documents, 1);
  EXPECT_EQ(stats.mentions_without_dyad, 1);
  EXPECT_EQ(stats.changes_without_dyad, 1);
  EXPECT_EQ(stats.mentions_not_asserted, 1);
  EXPECT_EQ(stats.observations, 0);
  EXPECT_TRUE(ledger.Dyads().empty());
}

TEST(Ledger, MentionOfTheOldTierInAnUpgradeTextIsNotAnObservation) {
  // "upgraded from a strategic partnership to a comprehensive strategic
  // partnership", and the same with the tiers in the other text order.
  for (bool to_first : {false, true}) {
    SCOPED_TRACE(to_first ? "to Y from X" : "from X to Y");
    Mention old_tier = AssertedMention(Tier::kStrategicPartnership, kChnVen);
    Mention new_tier =
        AssertedMention(Tier::kComprehensiveStrategicPartnership, kChnVen);
    std::vector<Mention> mentions = {old_tier, new_tier};
    if (to_first) std::swap(mentions[0], mentions[1]);
    Ledger ledger;
    ASSERT_TRUE(
        ledger
            .AddAnalysis(
                "doc", {2014, 7, 20},
                MakeAnalysis(
                    mentions,
                    {Change(ChangeKind::kUpgrade, Tier::kStrategicPartnership,
                            Tier::kComprehensiveStrategicPartnership,
                            kChnVen)}))
            .ok());
    const std::vector<LedgerObservation> timeline = ledger.Timeline(kChnVen);
    ASSERT_EQ(timeline.size(), 1u);
    EXPECT_EQ(timeline[0].tier, Tier::kComprehensiveStrategicPartnership);
    EXPECT_TRUE(timeline[0].from_change);
    EXPECT_EQ(ledger.Stats().mentions_merged, 2);
  }
}

TEST(Ledger, SameDateObservationsKeepInsertionOrder) {
  Ledger ledger;
  ASSERT_TRUE(
      ledger
          .AddObservation(kChnVen, {2014}, Tier::kStrategicPartnership, "", "a")
          .ok());
  ASSERT_TRUE(ledger
                  .AddObservation(kChnVen, {2014},
                                  Tier::kComprehensiveStrategicPartnership, "",
                                  "b")
                  .ok());
  ASSERT_TRUE(
      ledger.AddObservation(kChnVen, {2013}, Tier::kPartnership, "", "c").ok());
  const std::vector<LedgerObservation> timeline = ledger.Timeline(kChnVen);
  ASSERT_EQ(timeline.size(), 3u);
  EXPECT_EQ(timeline[0].source_id, "c");
  EXPECT_EQ(timeline[1].source_id, "a");
  EXPECT_EQ(timeline[2].source_id, "b");
  EXPECT_EQ(ledger.CurrentTier(kChnVen),
            Tier::kComprehensiveStrategicPartnership);
  // A year-only date is not a full date: no conflict.
  EXPECT_TRUE(ledger.Conflicts().empty());
}

TEST(Ledger, FlagsDisagreeingSourcesOnTheSameDay) {
  Ledger ledger;
  ASSERT_TRUE(
      ledger
          .AddAnalysis("xinhua", {2023, 9, 13},
                       MakeAnalysis({AssertedMention(
                           Tier::kAllWeatherStrategicPartnership, kChnVen)}))
          .ok());
  ASSERT_TRUE(ledger
                  .AddObservation(kChnVen, {2023, 9, 13},
                                  Tier::kComprehensiveStrategicPartnership, "",
                                  "seed#15")
                  .ok());
  // Agreeing or less precise observations are not conflicts.
  ASSERT_TRUE(ledger
                  .AddObservation(kChnVen, {2023, 9, 13},
                                  Tier::kAllWeatherStrategicPartnership, "",
                                  "other")
                  .ok());
  ASSERT_TRUE(ledger
                  .AddObservation(kChnVen, {2023, 9},
                                  Tier::kStrategicPartnership, "", "vague")
                  .ok());
  // Same-day order: history before text, then by source id.
  const std::vector<LedgerConflict> conflicts = ledger.Conflicts();
  ASSERT_EQ(conflicts.size(), 2u);
  EXPECT_EQ(conflicts[0].dyad, kChnVen);
  EXPECT_EQ(conflicts[0].date, (Date{2023, 9, 13}));
  EXPECT_EQ(conflicts[0].first.tier, Tier::kAllWeatherStrategicPartnership);
  EXPECT_EQ(conflicts[0].first.source, ChangeSource::kHistory);
  EXPECT_EQ(conflicts[0].first.source_id, "other");
  EXPECT_EQ(conflicts[0].second.tier, Tier::kComprehensiveStrategicPartnership);
  EXPECT_EQ(conflicts[0].second.source, ChangeSource::kHistory);
  EXPECT_EQ(conflicts[0].second.source_id, "seed#15");
  EXPECT_EQ(conflicts[1].first.source_id, "seed#15");
  EXPECT_EQ(conflicts[1].second.source, ChangeSource::kText);
  EXPECT_EQ(conflicts[1].second.source_id, "xinhua");
}

TEST(Ledger, SameDayDocumentsGiveTheSameResultInEitherOrder) {
  const Analysis up = MakeAnalysis(
      {AssertedMention(Tier::kAllWeatherStrategicPartnership, kChnVen)});
  const Analysis down =
      MakeAnalysis({AssertedMention(Tier::kStrategicPartnership, kChnVen)});
  auto changes = [&](bool up_first) {
    Ledger ledger;
    EXPECT_TRUE(ledger
                    .AddAnalysis("seed", {2001},
                                 MakeAnalysis({AssertedMention(
                                     Tier::kComprehensiveStrategicPartnership,
                                     kChnVen)}))
                    .ok());
    for (int i = 0; i < 2; ++i) {
      const bool add_up = (i == 0) == up_first;
      EXPECT_TRUE(ledger
                      .AddAnalysis(add_up ? "b-up.txt" : "a-down.txt",
                                   {2023, 9, 13}, add_up ? up : down)
                      .ok());
    }
    std::vector<std::string> out;
    for (const LedgerChange& c : ledger.ImpliedChanges(kChnVen)) {
      out.push_back(c.ToString() + " " + c.evidence_doc);
    }
    for (const LedgerConflict& c : ledger.Conflicts()) {
      out.push_back(c.first.source_id + " vs " + c.second.source_id);
    }
    return out;
  };
  const std::vector<std::string> one = changes(true);
  EXPECT_EQ(one, changes(false));
  // By source id: "a-down.txt" before "b-up.txt" (establish, downgrade,
  // upgrade, and the conflict).
  ASSERT_EQ(one.size(), 4u);
  EXPECT_NE(one[1].find("a-down.txt"), std::string::npos) << one[1];
  EXPECT_NE(one[2].find("b-up.txt"), std::string::npos) << one[2];
  EXPECT_EQ(one[3], "a-down.txt vs b-up.txt");
}

TEST(Ledger, OneDocumentNamingTwoTiersIsNotAConflict) {
  Ledger ledger;
  ASSERT_TRUE(
      ledger
          .AddAnalysis(
              "doc", {2023, 9, 13},
              MakeAnalysis(
                  {AssertedMention(Tier::kStrategicPartnership, kChnVen),
                   AssertedMention(Tier::kComprehensiveStrategicPartnership,
                                   kChnVen)}))
          .ok());
  EXPECT_TRUE(ledger.Conflicts().empty());
  EXPECT_EQ(ledger.Timeline(kChnVen).size(), 2u);
}

// ---------------------------------------------------------------- ladders

TEST(Ledger, RanksVietnamUsaOnVietnamsLadder) {
  Ledger ledger;
  ASSERT_TRUE(ledger
                  .AddObservation(Dyad{"VNM", "USA"}, {2013},
                                  Tier::kComprehensivePartnership)
                  .ok());
  ASSERT_TRUE(
      ledger
          .AddAnalysis("vnexpress", {2023, 9},
                       MakeAnalysis({AssertedMention(
                           Tier::kComprehensiveStrategicPartnership, kUsaVnm)}))
          .ok());
  EXPECT_EQ(ledger.LadderFor(kUsaVnm).name(), "vietnam");
  const std::vector<LedgerChange> changes = ledger.ImpliedChanges(kUsaVnm);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[1].change.kind, ChangeKind::kUpgrade);
  EXPECT_EQ(changes[1].change.delta, 2);
  EXPECT_EQ(changes[1].change.source, ChangeSource::kHistory);
  EXPECT_EQ(changes[1].ToString(),
            "comprehensive_partnership (2013) -> "
            "comprehensive_strategic_partnership (2023-09): upgrade, delta +2 "
            "on vietnam, implied");
}

TEST(Ledger, PicksTheLadderOfTheFirstListedIssuer) {
  Ledger ledger;
  struct Case {
    Dyad dyad;
    const char* ladder;
  };
  const Case cases[] = {
      {{"CHN", "VNM"}, "china"}, {{"USA", "VNM"}, "vietnam"},
      {{"IND", "USA"}, "india"}, {{"EUU", "RUS"}, "russia"},
      {{"BRA", "USA"}, "china"}, {{"ASEAN", "USA"}, "asean"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ledger.LadderFor(c.dyad).name(), c.ladder) << c.dyad.ToString();
  }
}

TEST(Ledger, ExplicitHistoryLadderWinsOverTheAutomaticOne) {
  Ledger ledger;
  ASSERT_TRUE(ledger
                  .AddAnalysis("doc", {2012},
                               MakeAnalysis({AssertedMention(
                                   Tier::kStrategicPartnership, kEuuRus)}))
                  .ok());
  EXPECT_EQ(ledger.Timeline(kEuuRus)[0].rank, 2);  // russia: partnership < SP
  ASSERT_TRUE(ledger
                  .LoadHistory(HistoryTable("EUU|RUS\t2003\tstrategic_"
                                            "partnership\teu\t\n"),
                               "h.tsv")
                  .ok());
  EXPECT_EQ(ledger.LadderFor(kEuuRus).name(), "eu");
  // A later row may not name another ladder for the dyad.
  absl::Status status =
      ledger.AddObservation(kEuuRus, {2015}, Tier::kNone, "russia", "x");
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("conflicts with ladder 'eu'"),
            absl::string_view::npos)
      << status;
}

TEST(Ledger, CreateUsesCustomIssuersAndRejectsUnknownLadders) {
  LedgerOptions options;
  options.issuers = {{"USA", "japan"}};
  options.default_ladder = "india";
  absl::StatusOr<Ledger> ledger = Ledger::Create(options);
  ASSERT_TRUE(ledger.ok()) << ledger.status();
  EXPECT_EQ(ledger->LadderFor(kUsaVnm).name(), "japan");
  EXPECT_EQ(ledger->LadderFor(kChnVen).name(), "india");

  options.default_ladder = "mars";
  EXPECT_EQ(Ledger::Create(options).status().code(),
            absl::StatusCode::kInvalidArgument);
  options.default_ladder = "china";
  options.issuers = {{"USA", "japan"}, {"USA", "india"}};
  EXPECT_EQ(Ledger::Create(options).status().code(),
            absl::StatusCode::kInvalidArgument);
  options.issuers = {{"USA", "nowhere"}};
  EXPECT_NE(Ledger::Create(options).status().message().find("'nowhere'"),
            absl::string_view::npos);
}

// ---------------------------------------------------------------- history

TEST(Ledger, LoadsHistorySkippingCommentsAndBlankLines) {
  const std::string table =
      "# Seed history.\n"
      "\n"
      "  # an indented comment\n"
      "dyad\tdate\ttier\tladder\tsource\r\n"
      "VEN|CHN\t2001\tstrategic_partnership\tchina\tevents#13\r\n"
      "\n"
      "CHN|VEN\t2014-07-20\tcomprehensive_strategic_partnership\t\t\n"
      "# trailing comment\n";
  Ledger ledger;
  ASSERT_TRUE(ledger.LoadHistory(table, "seed.tsv").ok());
  EXPECT_EQ(ledger.Dyads(), std::vector<Dyad>{kChnVen});
  const std::vector<LedgerObservation> timeline = ledger.Timeline(kChnVen);
  ASSERT_EQ(timeline.size(), 2u);
  EXPECT_EQ(timeline[0].source, ChangeSource::kHistory);
  EXPECT_EQ(timeline[0].source_id, "events#13");
  EXPECT_EQ(timeline[0].rank, 3);
  EXPECT_EQ(timeline[1].source_id, "seed.tsv:7");  // empty source column
  EXPECT_EQ(ledger.Stats().history_rows, 2);
}

TEST(Ledger, RejectsEachKindOfMalformedHistoryRowWithItsLineNumber) {
  struct Case {
    const char* row;
    const char* want;  // expected in the message, after "bad.tsv:3: "
  };
  const Case cases[] = {
      {"CHN|VEN\t2023-13-01\tstrategic_partnership\t\ts",
       "bad date '2023-13-01': month 13 is not in 01-12"},
      {"CHN|VEN\t2023-02-30\tstrategic_partnership\t\ts",
       "bad date '2023-02-30': day 30 is not in 01-28 for 2023-02"},
      {"CHN|VEN\t2023\tstrategic partnership\t\ts",
       "unknown tier 'strategic partnership'"},
      {"CHN|VEN\t2023\tstrategic_partnership\tmars\ts",
       "unknown ladder 'mars' (ladders: china, "},
      {"CHN|VEN\t2023\tstrategic_partnership\tchina",
       "expected 5 tab-separated columns (dyad, date, tier, ladder, source), "
       "found 4"},
      {"CHN\t2023\tstrategic_partnership\t\ts",
       "bad dyad 'CHN': expected two party codes as AAA|BBB"},
      {"CHN|chn\t2023\tstrategic_partnership\t\ts", "bad dyad 'CHN|chn'"},
      {"CHN|CHN\t2023\tstrategic_partnership\t\ts",
       "bad dyad 'CHN|CHN': the two parties are the same"},
      {"CHN|VEN|USA\t2023\tstrategic_partnership\t\ts", "bad dyad"},
      {"|VEN\t2023\tstrategic_partnership\t\ts", "bad dyad"},
  };
  for (const Case& c : cases) {
    Ledger ledger;
    absl::Status status = ledger.LoadHistory(
        "# comment\n" + HistoryTable(std::string(c.row) + "\n"), "bad.tsv");
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << c.row;
    EXPECT_EQ(status.message().substr(0, 11), "bad.tsv:3: ") << status;
    EXPECT_NE(status.message().find(c.want), absl::string_view::npos)
        << "got: " << status << "\nwant: " << c.want;
  }
}

TEST(Ledger, BadHistoryFileAddsNothingAndCountsFurtherBadRows) {
  Ledger ledger;
  absl::Status status = ledger.LoadHistory(
      HistoryTable("CHN|VEN\t2014\tstrategic_partnership\t\ts\n"
                   "CHN|VEN\t2015\tbogus\t\ts\n"
                   "CHN|USA\t2015\tbogus\t\ts\n"
                   "CHN|RUS\t2015\tbogus\t\ts\n"),
      "h.tsv");
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("h.tsv:3: unknown tier 'bogus'"),
            absl::string_view::npos)
      << status;
  EXPECT_NE(status.message().find("(and 2 more bad rows)"),
            absl::string_view::npos)
      << status;
  EXPECT_TRUE(ledger.Dyads().empty());
  EXPECT_EQ(ledger.Stats().history_rows, 0);
}

TEST(Ledger, HistoryNeedsItsHeader) {
  Ledger ledger;
  absl::Status status = ledger.LoadHistory(
      "# no header\nCHN|VEN\t2014\tstrategic_partnership\t\ts\n", "h.tsv");
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("h.tsv:2: expected the header"),
            absl::string_view::npos)
      << status;
  EXPECT_TRUE(ledger.LoadHistory("# only comments\n\n", "empty.tsv").ok());
}

TEST(Ledger, HistoryRowsMayNotDisagreeOnADyadsLadder) {
  Ledger ledger;
  absl::Status status = ledger.LoadHistory(
      HistoryTable("ASEAN|AUS\t2021\tstrategic_partnership\tasean\ts\n"
                   "ASEAN|AUS\t2024\tcomprehensive_strategic_partnership\t"
                   "australia\ts\n"),
      "h.tsv");
  EXPECT_NE(status.message().find("h.tsv:3: ladder 'australia' for ASEAN|AUS "
                                  "conflicts with ladder 'asean'"),
            absl::string_view::npos)
      << status;
}

TEST(Ledger, RejectsBadArgumentsWithoutRecordingAnything) {
  Ledger ledger;
  const Analysis analysis =
      MakeAnalysis({AssertedMention(Tier::kStrategicPartnership, kChnVen)});
  EXPECT_EQ(ledger.AddAnalysis("", {2020}, analysis).code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ledger.AddAnalysis("doc", {2020, 2, 30}, analysis).code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(
      ledger
          .AddObservation(Dyad{"CHN", ""}, {2020}, Tier::kStrategicPartnership)
          .code(),
      absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(
      ledger
          .AddObservation(kChnVen, {2020}, Tier::kStrategicPartnership, "mars")
          .code(),
      absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(ledger.Dyads().empty());
  EXPECT_EQ(ledger.Stats().documents, 0);
}

TEST(Ledger, ListsDyadsSortedAndAcceptsPartiesInEitherOrder) {
  Ledger ledger;
  ASSERT_TRUE(ledger
                  .AddObservation(Dyad{"VNM", "USA"}, {2013},
                                  Tier::kComprehensivePartnership)
                  .ok());
  ASSERT_TRUE(
      ledger
          .AddAnalysis("doc", {2014},
                       MakeAnalysis({AssertedMention(
                           Tier::kStrategicPartnership, Dyad{"VEN", "CHN"})}))
          .ok());
  EXPECT_EQ(ledger.Dyads(), (std::vector<Dyad>{kChnVen, kUsaVnm}));
  EXPECT_EQ(ledger.CurrentTier(Dyad{"VEN", "CHN"}),
            Tier::kStrategicPartnership);
  EXPECT_EQ(ledger.Timeline(Dyad{"VNM", "USA"}).size(), 1u);
  EXPECT_EQ(ledger.CurrentTier(Dyad{"BRA", "CHN"}), Tier::kNone);
  EXPECT_TRUE(ledger.ImpliedChanges(Dyad{"BRA", "CHN"}).empty());
}

// ---------------------------------------------------------------- export

// Two documents and a history row: established and upgraded in 2021, nothing
// in 2022, upgraded again in 2023.
Ledger ThreeYearLedger() {
  Ledger ledger;
  EXPECT_TRUE(ledger
                  .AddObservation(kChnVen, {2021, 1},
                                  Tier::kStrategicPartnership, "", "seed")
                  .ok());
  EXPECT_TRUE(
      ledger
          .AddAnalysis("a", {2021, 11, 5},
                       MakeAnalysis({AssertedMention(
                           Tier::kComprehensiveStrategicPartnership, kChnVen)}))
          .ok());
  EXPECT_TRUE(
      ledger
          .AddAnalysis("b", {2022, 6, 1},
                       MakeAnalysis({AssertedMention(
                           Tier::kComprehensiveStrategicPartnership, kChnVen)}))
          .ok());
  EXPECT_TRUE(
      ledger
          .AddAnalysis("c", {2023, 9, 13},
                       MakeAnalysis({AssertedMention(
                           Tier::kAllWeatherStrategicPartnership, kChnVen)}))
          .ok());
  return ledger;
}

TEST(Ledger, ExportsOneRowPerDyadAndYear) {
  const Ledger ledger = ThreeYearLedger();
  EXPECT_EQ(
      *ledger.ExportDyadYears(),
      "dyad\tyear\ttier\trank\tfirst_seen\tchanges\n"
      "CHN|VEN\t2021\tcomprehensive_strategic_partnership\t4\t2021-11-05\t2\n"
      "CHN|VEN\t2022\tcomprehensive_strategic_partnership\t4\t2021-11-05\t0\n"
      "CHN|VEN\t2023\tall_weather_strategic_partnership\t5\t2023-09-13\t1\n");
}

TEST(Ledger, ExportRunsThroughTheGivenYear) {
  const Ledger ledger = ThreeYearLedger();
  EXPECT_EQ(*ledger.ExportDyadYears(',', 2025),
            "dyad,year,tier,rank,first_seen,changes\n"
            "CHN|VEN,2021,comprehensive_strategic_partnership,4,2021-11-05,2\n"
            "CHN|VEN,2022,comprehensive_strategic_partnership,4,2021-11-05,0\n"
            "CHN|VEN,2023,all_weather_strategic_partnership,5,2023-09-13,1\n"
            "CHN|VEN,2024,all_weather_strategic_partnership,5,2023-09-13,0\n"
            "CHN|VEN,2025,all_weather_strategic_partnership,5,2023-09-13,0\n");
  EXPECT_EQ(
      *ledger.ExportDyadYears('\t', 2021),
      "dyad\tyear\ttier\trank\tfirst_seen\tchanges\n"
      "CHN|VEN\t2021\tcomprehensive_strategic_partnership\t4\t2021-11-05\t2\n");
}

TEST(Ledger, ExportRestartsASpellAndLeavesUnplacedRanksEmpty) {
  Ledger ledger;
  ASSERT_TRUE(
      ledger
          .LoadHistory(
              HistoryTable("EUU|RUS\t2010\tstrategic_partnership\teu\t\n"
                           "EUU|RUS\t2015-06\tnone\t\t\n"
                           "EUU|RUS\t2016\tstrategic_partnership\t\t\n"
                           "EUU|RUS\t2017\tall_weather_strategic_"
                           "partnership\t\t\n"),
              "h.tsv")
          .ok());
  const std::string table = *ledger.ExportDyadYears();
  EXPECT_NE(table.find("EUU|RUS\t2014\tstrategic_partnership\t2\t2010\t0\n"),
            std::string::npos)
      << table;
  EXPECT_NE(table.find("EUU|RUS\t2015\tnone\t0\t2015-06\t1\n"),
            std::string::npos)
      << table;
  EXPECT_NE(table.find("EUU|RUS\t2016\tstrategic_partnership\t2\t2016\t1\n"),
            std::string::npos)
      << table;
  EXPECT_NE(table.find("EUU|RUS\t2017\tall_weather_strategic_partnership\t\t"
                       "2017\t1\n"),
            std::string::npos)
      << table;
  const std::vector<LedgerChange> changes = ledger.ImpliedChanges(kEuuRus);
  ASSERT_EQ(changes.size(), 4u);
  EXPECT_EQ(changes[2].change.kind, ChangeKind::kEstablish);  // after an ending
  EXPECT_EQ(changes[2].from_date, (Date{2015, 6}));
  EXPECT_EQ(changes[3].change.kind, ChangeKind::kReaffirm);  // unranked relabel
  EXPECT_FALSE(changes[3].change.delta.has_value());
  EXPECT_EQ(changes[3].ToString(),
            "strategic_partnership (2016) -> all_weather_strategic_partnership "
            "(2017): reaffirm, delta ? on eu, implied");
}

TEST(Ledger, SameRankWithAnotherLabelIsARelabel) {
  Ledger ledger;
  ASSERT_TRUE(
      ledger.AddObservation(kChnVen, {2014}, Tier::kStrategicPartnership).ok());
  ASSERT_TRUE(ledger
                  .AddObservation(kChnVen, {2016},
                                  Tier::kStrategicCooperativePartnership)
                  .ok());
  const std::vector<LedgerChange> changes = ledger.ImpliedChanges(kChnVen);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[1].change.kind, ChangeKind::kReaffirm);
  EXPECT_EQ(changes[1].change.from, Tier::kStrategicPartnership);
  EXPECT_EQ(changes[1].change.to, Tier::kStrategicCooperativePartnership);
  EXPECT_EQ(changes[1].change.delta, 0);
}

TEST(Ledger, CsvExportQuotesFieldsThatNeedIt) {
  Ledger ledger;
  ASSERT_TRUE(ledger
                  .AddAnalysis("doc", {2020},
                               MakeAnalysis({AssertedMention(
                                   Tier::kPartnership, Dyad{"A,B", "C\"D"})}))
                  .ok());
  EXPECT_EQ(*ledger.ExportDyadYears(','),
            "dyad,year,tier,rank,first_seen,changes\n"
            "\"A,B|C\"\"D\",2020,partnership,1,2020,1\n");
}

TEST(Ledger, ExportRejectsAYearOutsideDates) {
  Ledger ledger = ThreeYearLedger();
  for (int year : {-1, 10000, 2147483647}) {
    absl::StatusOr<std::string> table = ledger.ExportDyadYears('\t', year);
    EXPECT_EQ(table.status().code(), absl::StatusCode::kInvalidArgument)
        << year;
  }
  EXPECT_TRUE(ledger.ExportDyadYears('\t', 9999).ok());
}

TEST(Ledger, ExportOverTheRowLimitIsResourceExhaustedBeforeBuilding) {
  // 500 dyads over 1..9999: 5 million rows, over the limit.
  Ledger ledger;
  for (int i = 0; i < 500; ++i) {
    const Dyad dyad{"A" + std::to_string(i), "B"};
    ASSERT_TRUE(ledger.AddObservation(dyad, {1}, Tier::kPartnership).ok());
    ASSERT_TRUE(
        ledger.AddObservation(dyad, {9999, 12, 31}, Tier::kPartnership).ok());
  }
  int writes = 0;
  absl::Status s = ledger.WriteDyadYears([&](std::string_view) {
    ++writes;
    return true;
  });
  EXPECT_EQ(s.code(), absl::StatusCode::kResourceExhausted) << s;
  EXPECT_EQ(writes, 0);
  EXPECT_EQ(ledger.ExportDyadYears().status().code(),
            absl::StatusCode::kResourceExhausted);
  // Under the limit (400 dyads: 3,999,600 rows) it is written, in pieces.
  Ledger smaller;
  for (int i = 0; i < 400; ++i) {
    const Dyad dyad{"A" + std::to_string(i), "B"};
    ASSERT_TRUE(smaller.AddObservation(dyad, {1}, Tier::kPartnership).ok());
    ASSERT_TRUE(smaller.AddObservation(dyad, {9999}, Tier::kPartnership).ok());
  }
  std::int64_t rows = 0;
  std::size_t largest = 0;
  ASSERT_TRUE(smaller
                  .WriteDyadYears([&](std::string_view part) {
                    rows += std::count(part.begin(), part.end(), '\n');
                    largest = std::max(largest, part.size());
                    return true;
                  })
                  .ok());
  EXPECT_EQ(rows, 1 + 400 * 9999);
  EXPECT_LT(largest, std::size_t{1} << 20);  // one dyad's rows at a time
}

TEST(Ledger, WriteDyadYearsStopsWhenTheWriterDoes) {
  Ledger ledger = ThreeYearLedger();
  int writes = 0;
  absl::Status s = ledger.WriteDyadYears([&](std::string_view) {
    ++writes;
    return false;
  });
  EXPECT_EQ(s.code(), absl::StatusCode::kCancelled);
  EXPECT_EQ(writes, 1);
}

TEST(Ledger, IsMovable) {
  Ledger ledger = ThreeYearLedger();
  Ledger moved = std::move(ledger);
  EXPECT_EQ(moved.CurrentTier(kChnVen), Tier::kAllWeatherStrategicPartnership);
  Ledger assigned;
  assigned = std::move(moved);
  EXPECT_EQ(assigned.Dyads().size(), 1u);
}

}  // namespace
}  // namespace diplotier
