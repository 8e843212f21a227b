// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "diplotier/stream.h"

#include <algorithm>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "diplotier/analysis.h"
#include "diplotier/classifier.h"
#include "diplotier/lexicon.h"
#include "gtest/gtest.h"

namespace diplotier {
namespace {

// A test lexicon of its own, so that the default lexicon can change freely.
constexpr std::string_view kLexicon = R"(
anchor partner
anchor 伙伴
anchor ambassador
anchor special relationship
abbreviation Mr
abbreviation U.S
define _ [\s\-]+
define tail partner(?:ship|s)?\b
tier partnership friendly{_}{tail}
tier strategic_partnership strategic{_}{tail}
tier comprehensive_strategic_partnership comprehensive{_}strategic{_}{tail}
tier all_weather_strategic_partnership all{_}weather{_}strategic{_}{tail}
tier strategic_partnership 战略伙伴关系
tier comprehensive_strategic_partnership 全面战略伙伴关系
tier other:special_relationship special relationship
qualifier new_era for{_}a{_}new{_}era
guard public{_}private{_}partnership
representation ambassador ambassador(?:ial)?{_}level
cue upgrade upgrad(?:e|ed|es|ing)|elevat(?:e|ed|es|ing)|提升
cue establish establish(?:ed|es|ing|ment)?|建立
cue downgrade downgrad(?:e|ed|es|ing)
cue hypothetical expected{_}to|could
cue negation \bnot\b|never
cue source \bfrom\b
cue target \bto\b|为
)";

struct Engine {
  Lexicon lexicon;
  Classifier classifier;
};

Engine MakeEngine(std::size_t max_sentence_bytes) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Parse(kLexicon, "stream");
  EXPECT_TRUE(lexicon.ok()) << lexicon.status();
  ClassifierOptions options;
  options.max_sentence_bytes = max_sentence_bytes;
  absl::StatusOr<Classifier> classifier = Classifier::Create(*lexicon, options);
  EXPECT_TRUE(classifier.ok()) << classifier.status();
  return Engine{*lexicon, *classifier};
}

const Engine& TestEngine() {
  static const Engine* engine = new Engine(MakeEngine(4096));
  return *engine;
}

// Sentences of every kind the splitter and the engine care about.
const std::vector<std::string>& Pieces() {
  static const std::vector<std::string> pieces = {
      "China and Venezuela upgraded their ties to an all-weather strategic "
      "partnership. ",
      "Mr. Li said the U.S. team was not consulted. ",
      "The two sides established a strategic partnership for a new era. ",
      "They could elevate it from a strategic partnership to a "
      "comprehensive strategic partnership. ",
      "A public-private partnership builds the port. ",
      "两国宣布建立全面战略伙伴关系。",
      "双方将战略伙伴关系提升为全面战略伙伴关系。下一句没有。",
      "Relations were downgraded to ambassadorial level! ",
      "Growth was 3.5 per cent in the quarter, officials said. ",
      "\n\n",
      "\n",
      "Is this a friendly partnership? Nobody knows... ",
      "(Talks resumed.) ",
      "They never upgraded the comprehensive strategic\npartnership. ",
      std::string(70, ' '),
      "\"Strategic partners,\" he said. ",
      "Filler text about trade, ports and railways without any label at "
      "all, just words to fill the line. ",
      "Vietnam and the United States upgraded their ties to a comprehensive "
      "strategic partnership. ",
      "The two countries also named a strategic partnership. ",
      "Pakistan has a strategic partnership with China. ",
      "中国同巴基斯坦建立全天候战略伙伴关系。",
      "Japan and Australia keep a special relationship. ",
  };
  return pieces;
}

std::string MakeText(std::size_t bytes, unsigned seed) {
  std::mt19937 rng(seed);
  const std::vector<std::string>& pieces = Pieces();
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::string text;
  while (text.size() < bytes) text += pieces[pick(rng)];
  return text;
}

struct Collected {
  std::vector<Mention> mentions;
  std::vector<TierChange> changes;
  std::vector<std::string> evidence;
  Analysis final;
  std::size_t reported_before_finish = 0;
};

Collected Stream(std::string_view text, std::size_t chunk,
                 const Engine& e = TestEngine()) {
  StreamAnalyzer stream(e.classifier, e.lexicon);
  Collected c;
  Analysis part;
  auto take = [&] {
    c.mentions.insert(c.mentions.end(), part.mentions.begin(),
                      part.mentions.end());
    c.changes.insert(c.changes.end(), part.changes.begin(), part.changes.end());
    EXPECT_EQ(stream.evidence().size(), part.changes.size());
    c.evidence.insert(c.evidence.end(), stream.evidence().begin(),
                      stream.evidence().end());
  };
  for (std::size_t i = 0; i < text.size(); i += chunk) {
    absl::Status s = stream.Feed(text.substr(i, chunk), &part);
    EXPECT_TRUE(s.ok()) << s;
    take();
  }
  c.reported_before_finish = c.mentions.size();
  absl::Status s = stream.Finish(&part);
  EXPECT_TRUE(s.ok()) << s;
  take();
  c.final = part;
  return c;
}

void ExpectSameAsOneShot(const std::string& text, std::size_t chunk,
                         const Engine& e = TestEngine()) {
  SCOPED_TRACE("chunk size " + std::to_string(chunk));
  absl::StatusOr<Analysis> whole = e.classifier.Analyze(text);
  ASSERT_TRUE(whole.ok()) << whole.status();
  const Collected got = Stream(text, chunk, e);
  ASSERT_EQ(got.mentions.size(), whole->mentions.size());
  for (std::size_t i = 0; i < got.mentions.size(); ++i) {
    const Mention& a = got.mentions[i];
    const Mention& b = whole->mentions[i];
    ASSERT_EQ(TierName(a.tier), TierName(b.tier)) << "mention " << i;
    ASSERT_EQ(a.begin, b.begin) << "mention " << i;
    ASSERT_EQ(a.end, b.end) << "mention " << i;
    ASSERT_EQ(a.text, b.text) << "mention " << i;
    ASSERT_EQ(a.sentence, b.sentence) << "mention " << i;
    ASSERT_EQ(a.rank, b.rank) << "mention " << i;
    ASSERT_EQ(a.modality, b.modality) << "mention " << i;
    ASSERT_EQ(a.qualifiers, b.qualifiers) << "mention " << i;
    ASSERT_EQ(a.label, b.label) << "mention " << i;
    ASSERT_EQ(a.dyad, b.dyad) << "mention " << i << " at " << a.begin;
  }
  ASSERT_EQ(got.changes.size(), whole->changes.size());
  for (std::size_t i = 0; i < got.changes.size(); ++i) {
    const TierChange& a = got.changes[i];
    const TierChange& b = whole->changes[i];
    ASSERT_EQ(a.kind, b.kind) << "change " << i;
    ASSERT_EQ(a.status, b.status) << "change " << i;
    ASSERT_EQ(a.from, b.from) << "change " << i;
    ASSERT_EQ(a.to, b.to) << "change " << i;
    ASSERT_EQ(a.from_level, b.from_level) << "change " << i;
    ASSERT_EQ(a.to_level, b.to_level) << "change " << i;
    ASSERT_EQ(a.delta, b.delta) << "change " << i;
    ASSERT_EQ(a.begin, b.begin) << "change " << i;
    ASSERT_EQ(a.end, b.end) << "change " << i;
    ASSERT_EQ(a.sentence, b.sentence) << "change " << i;
    ASSERT_EQ(a.dyad, b.dyad) << "change " << i << " at " << a.begin;
    ASSERT_EQ(got.evidence[i], text.substr(b.begin, b.end - b.begin));
  }
  EXPECT_EQ(got.final.tier, whole->tier);
  EXPECT_EQ(got.final.tier_label, whole->tier_label);
  EXPECT_EQ(got.final.rank, whole->rank);
  EXPECT_EQ(got.final.ladder, whole->ladder);
  EXPECT_EQ(got.final.dyads, whole->dyads);
  EXPECT_TRUE(got.final.mentions.empty() ||
              got.final.mentions.size() <= whole->mentions.size());
}

// Long enough (300 KB) that the analyzer cuts the stream several times.
TEST(StreamAnalyzer, ChunksOfAnySizeGiveWhatOneAnalyzeGives) {
  const std::string text = MakeText(300 << 10, 1);
  for (std::size_t chunk : {1, 2, 3, 7, 64, 4096, 1 << 20}) {
    ExpectSameAsOneShot(text, chunk);
  }
  // The stream was really cut: most mentions came before Finish. And the
  // dyads compared above are not all empty: parties are resolved (with the
  // default gazetteer), some through "the two countries".
  const Collected got = Stream(text, 7);
  EXPECT_GT(got.reported_before_finish, got.mentions.size() / 2);
  std::size_t with_dyad = 0;
  for (const Mention& m : got.mentions) with_dyad += m.dyad.complete();
  EXPECT_GT(with_dyad, got.mentions.size() / 10);
}

// An off-ladder relationship holds where no ladder tier does, in a stream
// as in one Analyze, and gives way to a ladder tier met later.
TEST(StreamAnalyzer, OffLadderRelationshipHoldsOnlyWithoutALadderTier) {
  const std::string alone =
      "Japan and Australia keep a special relationship. Trade grew.";
  for (std::size_t chunk : {1, 5, 64}) ExpectSameAsOneShot(alone, chunk);
  EXPECT_EQ(Stream(alone, 5).final.tier_label, "special_relationship");
  const std::string with_tier =
      alone + " They also named a strategic partnership.";
  for (std::size_t chunk : {1, 5, 64}) ExpectSameAsOneShot(with_tier, chunk);
  const Collected got = Stream(with_tier, 5);
  EXPECT_EQ(got.final.tier, Tier::kStrategicPartnership);
  EXPECT_EQ(got.final.tier_label, "");
}

TEST(StreamAnalyzer, ShortTextAndEmptyStream) {
  ExpectSameAsOneShot(
      "China and Venezuela upgraded their ties to an "
      "all-weather strategic partnership.",
      5);
  ExpectSameAsOneShot("", 1);
  ExpectSameAsOneShot(std::string(200, '\n'), 3);
}

// Short sentence windows: the pipeline clips windows at 256 bytes and the
// stream's tail limit is 640 bytes; results must still agree.
TEST(StreamAnalyzer, SmallMaxSentenceBytes) {
  const Engine small = MakeEngine(256);
  const std::string text = MakeText(200 << 10, 21);
  for (std::size_t chunk : {5, 999, 70000}) {
    ExpectSameAsOneShot(text, chunk, small);
  }
}

TEST(StreamAnalyzer, MixedTextsWithOtherSeeds) {
  for (unsigned seed = 2; seed < 6; ++seed) {
    ExpectSameAsOneShot(MakeText(150 << 10, seed), 1000 + seed * 337);
  }
}

// The phrase is split at every one of its bytes, deep into a stream that
// has already been cut several times.
TEST(StreamAnalyzer, PhraseAcrossAChunkBoundaryIsFoundOnce) {
  const std::string filler = MakeText(200 << 10, 9);
  const std::string phrase = "comprehensive strategic partnership";
  const std::string text = filler + "\n\nBoth sides formed a " + phrase +
                           " today. " + "More words follow here.";
  const std::size_t at = text.find(phrase, filler.size());
  absl::StatusOr<Analysis> whole = TestEngine().classifier.Analyze(text);
  ASSERT_TRUE(whole.ok());
  for (std::size_t split = at; split <= at + phrase.size(); ++split) {
    const Engine& e = TestEngine();
    StreamAnalyzer stream(e.classifier, e.lexicon);
    Analysis part;
    std::vector<Mention> found;
    for (std::string_view chunk : {std::string_view(text).substr(0, split),
                                   std::string_view(text).substr(split)}) {
      ASSERT_TRUE(stream.Feed(chunk, &part).ok());
      found.insert(found.end(), part.mentions.begin(), part.mentions.end());
    }
    ASSERT_TRUE(stream.Finish(&part).ok());
    found.insert(found.end(), part.mentions.begin(), part.mentions.end());
    std::size_t hits = 0;
    for (const Mention& m : found) {
      if (m.begin == at) {
        ++hits;
        EXPECT_EQ(m.tier, Tier::kComprehensiveStrategicPartnership);
        EXPECT_EQ(m.end, at + phrase.size());
      }
    }
    EXPECT_EQ(hits, 1u) << "split at " << split;
    EXPECT_EQ(found.size(), whole->mentions.size());
  }
}

TEST(StreamAnalyzer, OffsetsAreAbsoluteAndTextMatches) {
  const std::string text = MakeText(400 << 10, 11);
  const Collected got = Stream(text, 65536 + 17);
  ASSERT_FALSE(got.mentions.empty());
  EXPECT_GT(got.mentions.back().begin, std::size_t{300} << 10);
  for (const Mention& m : got.mentions) {
    ASSERT_EQ(text.substr(m.begin, m.end - m.begin), m.text);
  }
}

TEST(StreamAnalyzer, RunOnSentenceIsCutAndMemoryStaysBounded) {
  // No sentence start for 1 MB: the tail must be cut at a blank.
  std::string text;
  while (text.size() < (1 << 20)) {
    text += "and then a strategic partnership, and more words ";
  }
  const Engine& e = TestEngine();
  StreamAnalyzer stream(e.classifier, e.lexicon);
  const std::size_t bound = std::max<std::size_t>(
      64 << 10,
      (8 << 10) + 4 * e.classifier.options().max_sentence_bytes + 256);
  Analysis part;
  std::size_t mentions = 0;
  std::size_t last_end = 0;
  for (std::size_t i = 0; i < text.size(); i += 1000) {
    ASSERT_TRUE(
        stream.Feed(std::string_view(text).substr(i, 1000), &part).ok());
    ASSERT_LE(stream.retained_bytes(), bound);
    for (const Mention& m : part.mentions) {
      ASSERT_GE(m.begin, last_end);  // reported once, in order
      ASSERT_EQ(text.substr(m.begin, m.end - m.begin), m.text);
      last_end = m.end;
      ++mentions;
    }
  }
  ASSERT_TRUE(stream.Finish(&part).ok());
  mentions += part.mentions.size();
  const std::size_t repeats = text.size() / 49;
  // A cut lands inside a phrase at most once per forced cut.
  EXPECT_GE(mentions, repeats - repeats / 100);
  EXPECT_LE(mentions, repeats + 1);
}

TEST(StreamAnalyzer, FinishResetsForTheNextStream) {
  const Engine& e = TestEngine();
  StreamAnalyzer stream(e.classifier, e.lexicon);
  const std::string text = "Hello. They formed a strategic partnership.";
  Analysis part;
  for (int round = 0; round < 2; ++round) {
    ASSERT_TRUE(stream.Feed(text, &part).ok());
    EXPECT_TRUE(part.mentions.empty());  // still in the unfinished tail
    EXPECT_EQ(stream.fed_bytes(), text.size());
    ASSERT_TRUE(stream.Finish(&part).ok());
    ASSERT_EQ(part.mentions.size(), 1u);
    EXPECT_EQ(part.mentions[0].begin, text.find("strategic"));
    EXPECT_EQ(part.mentions[0].sentence, 1);
    EXPECT_EQ(part.tier, Tier::kStrategicPartnership);
    EXPECT_EQ(part.ladder, "china");
    EXPECT_EQ(stream.fed_bytes(), 0u);
    EXPECT_EQ(stream.retained_bytes(), 0u);
  }
}

TEST(StreamAnalyzer, DefaultLexiconConstructorWorks) {
  const Engine& e = TestEngine();
  StreamAnalyzer stream(e.classifier);
  Analysis part;
  ASSERT_TRUE(stream.Feed("They formed a strategic partnership.", &part).ok());
  ASSERT_TRUE(stream.Finish(&part).ok());
  EXPECT_EQ(part.mentions.size(), 1u);
  StreamAnalyzer moved = std::move(stream);
  ASSERT_TRUE(moved.Feed("A strategic partnership.", &part).ok());
  ASSERT_TRUE(moved.Finish(&part).ok());
  EXPECT_EQ(part.mentions.size(), 1u);
}

// A 1 GiB stream in 1 MiB chunks: the retained tail never exceeds the
// documented bound, and every block's mentions come out once. The block is
// generated once and fed 1024 times, so the test costs the analysis only.
TEST(StreamAnalyzer, LongStreamInMegabyteChunksStaysBounded) {
  constexpr std::size_t kChunk = std::size_t{1} << 20;
  constexpr std::size_t kChunks = 1024;
  // One block, ending at a paragraph break, holds a fixed number of mentions.
  std::string block;
  std::size_t per_block = 0;
  {
    // Mostly sentences without an anchor (as in real text), some with.
    const std::string plain =
        "Trade and shipping grew again this year, and ministers discussed "
        "ports, rail links and power lines at length. Nothing else was said "
        "about it.\n\n";
    const std::string labelled =
        "They also reaffirmed the strategic partnership. ";
    for (int i = 0; block.size() + plain.size() + labelled.size() <= kChunk;
         ++i) {
      if (i % 16 == 0) block += labelled;
      block += plain;
    }
    block.resize(kChunk, ' ');
    absl::StatusOr<Analysis> one = TestEngine().classifier.Analyze(block);
    ASSERT_TRUE(one.ok());
    per_block = one->mentions.size();
    ASSERT_GT(per_block, 100u);
  }
  const Engine& e = TestEngine();
  StreamAnalyzer stream(e.classifier, e.lexicon);
  const std::size_t bound = std::max<std::size_t>(
      64 << 10,
      (8 << 10) + 4 * e.classifier.options().max_sentence_bytes + 256);
  std::size_t max_retained = 0;
  std::size_t mentions = 0;
  Analysis part;
  for (std::size_t i = 0; i < kChunks; ++i) {
    ASSERT_TRUE(stream.Feed(block, &part).ok());
    max_retained = std::max(max_retained, stream.retained_bytes());
    mentions += part.mentions.size();
    if (!part.mentions.empty()) {
      ASSERT_LT(part.mentions.back().end, stream.fed_bytes());
    }
  }
  ASSERT_TRUE(stream.Finish(&part).ok());
  mentions += part.mentions.size();
  EXPECT_LE(max_retained, bound);
  EXPECT_EQ(mentions, per_block * kChunks);
  RecordProperty("max_retained_bytes", static_cast<int>(max_retained));
}

}  // namespace
}  // namespace diplotier
