// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Events: changes merged into one per dyad (lib/detect/events.h), tested on
// TierChange values directly and through the default classifier.

#include "detect/events.h"

#include <vector>

#include "default_classifier.h"
#include "diplotier/analysis.h"
#include "diplotier/stream.h"
#include "gtest/gtest.h"

namespace diplotier {
namespace {

using internal::AddToEvents;
using internal::DropRepeatedChanges;
using internal::EventWeight;
using internal::FinishEvents;

TierChange Change(ChangeKind kind, Modality status, Tier from, Tier to,
                  Dyad dyad, std::size_t begin = 0, std::size_t end = 10) {
  TierChange c;
  c.kind = kind;
  c.status = status;
  c.from = from;
  c.to = to;
  c.dyad = std::move(dyad);
  c.begin = begin;
  c.end = end;
  return c;
}

std::vector<TierChange> Events(const std::vector<TierChange>& changes) {
  std::vector<TierChange> events;
  for (const TierChange& c : changes) AddToEvents(c, &events);
  FinishEvents(&events);
  return events;
}

TEST(Events, WeighAssertedMovesAboveEstablishAboveModalAboveReaffirm) {
  const Dyad d{"CHN", "VEN"};
  const Tier n = Tier::kNone;
  EXPECT_EQ(EventWeight(Change(ChangeKind::kUpgrade, Modality::kAsserted, n,
                               n, d)),
            4);
  EXPECT_EQ(EventWeight(Change(ChangeKind::kDowngrade, Modality::kAsserted,
                               n, n, d)),
            4);
  EXPECT_EQ(EventWeight(Change(ChangeKind::kEstablish, Modality::kAsserted,
                               n, n, d)),
            3);
  EXPECT_EQ(EventWeight(Change(ChangeKind::kUpgrade, Modality::kHypothetical,
                               n, n, d)),
            2);
  EXPECT_EQ(EventWeight(Change(ChangeKind::kReaffirm, Modality::kAsserted, n,
                               n, d)),
            1);
}

TEST(Events, HeadlineAndBodyUpgradeAreOneEventWithTheNamedTier) {
  const Dyad d{"CHN", "VEN"};
  const std::vector<TierChange> events = Events(
      {Change(ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
              Tier::kNone, d, 0, 30),
       Change(ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
              Tier::kAllWeatherStrategicPartnership, d, 31, 120)});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, ChangeKind::kUpgrade);
  EXPECT_EQ(events[0].to, Tier::kAllWeatherStrategicPartnership);
  EXPECT_EQ(events[0].begin, 0u);  // the first of equal weight
  EXPECT_EQ(events[0].dyad, d);
}

TEST(Events, LaterUpgradeOutweighsEarlierEstablishment) {
  const Dyad d{"JPN", "VNM"};
  const std::vector<TierChange> events =
      Events({Change(ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
                     Tier::kStrategicPartnership, d),
              Change(ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
                     Tier::kEnhancedStrategicPartnership, d)});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, ChangeKind::kUpgrade);
  EXPECT_EQ(events[0].to, Tier::kEnhancedStrategicPartnership);
  // The establishment is of another kind: it lends the upgrade no end.
  EXPECT_EQ(events[0].from, Tier::kNone);
}

TEST(Events, AssertedChangeOutweighsHopedOne) {
  const Dyad d{"AUS", "VNM"};
  const std::vector<TierChange> events =
      Events({Change(ChangeKind::kUpgrade, Modality::kHypothetical,
                     Tier::kNone, Tier::kComprehensiveStrategicPartnership, d),
              Change(ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
                     Tier::kStrategicPartnership, d)});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, ChangeKind::kEstablish);
  EXPECT_EQ(events[0].status, Modality::kAsserted);
}

TEST(Events, OneEventPerDyadInFirstSeenOrder) {
  const std::vector<TierChange> events = Events(
      {Change(ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
              Tier::kStrategicPartnership, Dyad{"FJI", "WSM"}),
       Change(ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
              Tier::kStrategicPartnership, Dyad{"IND", "JPN"}),
       Change(ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
              Tier::kStrategicPartnership, Dyad{"FJI", "WSM"})});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].dyad, (Dyad{"FJI", "WSM"}));
  EXPECT_EQ(events[0].kind, ChangeKind::kUpgrade);
  EXPECT_EQ(events[1].dyad, (Dyad{"IND", "JPN"}));
}

TEST(Events, ChangesWithOneOrNoPartyJoinADyadThatFits) {
  // The party-less change comes first; FinishEvents still folds it in.
  const std::vector<TierChange> events = Events(
      {Change(ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
              Tier::kNone, Dyad{}),
       Change(ChangeKind::kUpgrade, Modality::kAsserted,
              Tier::kStrategicPartnership, Tier::kNone, Dyad{"CHN", ""}),
       Change(ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
              Tier::kComprehensiveStrategicPartnership, Dyad{"CHN", "SAU"})});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].dyad, (Dyad{"CHN", "SAU"}));
  EXPECT_EQ(events[0].from, Tier::kStrategicPartnership);
  EXPECT_EQ(events[0].to, Tier::kComprehensiveStrategicPartnership);
}

TEST(Events, RepeatedChangesOfOneSentenceAreDropped) {
  const Dyad d{"CHN", "LTU"};
  std::vector<TierChange> changes = {
      Change(ChangeKind::kDowngrade, Modality::kAsserted,
             Tier::kStrategicPartnership, Tier::kNone, d, 5, 90),
      Change(ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
             Tier::kNone, d, 5, 90),
      Change(ChangeKind::kDowngrade, Modality::kHypothetical, Tier::kNone,
             Tier::kNone, d, 5, 90),
  };
  changes[1].to_level = Representation::kChargeDAffaires;
  changes.push_back(Change(ChangeKind::kUpgrade, Modality::kHypothetical,
                           Tier::kNone, Tier::kNone, d, 5, 90));
  DropRepeatedChanges(&changes);
  // One downgrade (the asserted one, with the ends of the others) and the
  // upgrade, of another kind.
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].kind, ChangeKind::kDowngrade);
  EXPECT_EQ(changes[0].status, Modality::kAsserted);
  EXPECT_EQ(changes[0].from, Tier::kStrategicPartnership);
  EXPECT_EQ(changes[0].to_level, Representation::kChargeDAffaires);
  EXPECT_EQ(changes[1].kind, ChangeKind::kUpgrade);
}

TEST(Events, AHypotheticalRepeatGivesWayToTheAssertedChange) {
  const Dyad d{"CHN", "LTU"};
  std::vector<TierChange> changes = {
      Change(ChangeKind::kDowngrade, Modality::kHypothetical, Tier::kNone,
             Tier::kNone, d, 5, 90),
      Change(ChangeKind::kDowngrade, Modality::kAsserted,
             Tier::kStrategicPartnership, Tier::kNone, d, 5, 90)};
  DropRepeatedChanges(&changes);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].status, Modality::kAsserted);
  EXPECT_EQ(changes[0].from, Tier::kStrategicPartnership);
}

TEST(Events, ATierSuspendedLaterInTheDocumentNoLongerHolds) {
  ASSERT_DEFAULT_CLASSIFIER_OK();
  absl::StatusOr<Analysis> a = DefaultClassifier().Analyze(
      "Chile and Peru have a strategic partnership. On Monday Chile suspended "
      "its strategic partnership with Peru.");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->tier, Tier::kNone);
  ASSERT_EQ(a->events.size(), 1u);
  EXPECT_EQ(a->events[0].kind, ChangeKind::kDowngrade);
}

TEST(Events, AnalyzeMergesAHeadlineAndItsBody) {
  ASSERT_DEFAULT_CLASSIFIER_OK();
  absl::StatusOr<Analysis> a = DefaultClassifier().Analyze(
      "Chile and Peru upgrade ties.\n\nChile and Peru raised their ties to a "
      "comprehensive strategic partnership on Monday.");
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_EQ(a->events.size(), 1u);
  EXPECT_EQ(a->events[0].kind, ChangeKind::kUpgrade);
  EXPECT_EQ(a->events[0].to, Tier::kComprehensiveStrategicPartnership);
  EXPECT_EQ(a->events[0].dyad, (Dyad{"CHL", "PER"}));
}

TEST(Events, StreamGivesTheEventsOfAnalyze) {
  ASSERT_DEFAULT_CLASSIFIER_OK();
  const std::string text =
      "Chile and Peru upgrade ties.\n\nChile and Peru raised their ties to a "
      "comprehensive strategic partnership on Monday. Fiji and Samoa "
      "reaffirmed their strategic partnership.";
  absl::StatusOr<Analysis> whole = DefaultClassifier().Analyze(text);
  ASSERT_TRUE(whole.ok()) << whole.status();
  StreamAnalyzer stream(DefaultClassifier());
  Analysis part;
  ASSERT_TRUE(stream.Feed(text, &part).ok());
  ASSERT_TRUE(stream.Finish(&part).ok());
  ASSERT_EQ(part.events.size(), whole->events.size());
  for (std::size_t i = 0; i < part.events.size(); ++i) {
    EXPECT_EQ(part.events[i].kind, whole->events[i].kind);
    EXPECT_EQ(part.events[i].to, whole->events[i].to);
    EXPECT_EQ(part.events[i].dyad, whole->events[i].dyad);
    EXPECT_EQ(part.events[i].delta, whole->events[i].delta);
  }
}

}  // namespace
}  // namespace diplotier
