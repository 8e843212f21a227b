// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Differential check: the classifier's mentions equal those of a naive
// reference — every tier pattern run alone with RE2 over every sentence,
// guards applied, then the longest-match overlap rule — on random mixtures
// of lexicon phrases and noise.

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "diplotier/classifier.h"
#include "diplotier/lexicon.h"
#include "gtest/gtest.h"
#include "re2/re2.h"
#include "text/sentences.h"

namespace diplotier {
namespace {

struct RefHit {
  int entry;
  size_t begin;
  size_t end;
};

std::vector<std::tuple<Tier, size_t, size_t>> Reference(const Lexicon& lex,
                                                        std::string_view text) {
  std::vector<std::unique_ptr<RE2>> res;
  for (const LexiconEntry& e : lex.entries()) {
    RE2::Options o;
    o.set_log_errors(false);
    o.set_case_sensitive(e.case_sensitive);
    res.push_back(std::make_unique<RE2>(e.expanded, o));
  }
  internal::SentenceSplitter splitter(lex.abbreviations());
  std::vector<std::tuple<Tier, size_t, size_t>> out;
  for (internal::Span s : splitter.Split(text)) {
    std::vector<RefHit> tiers, guards;
    for (size_t i = 0; i < res.size(); ++i) {
      const LexiconEntry& e = lex.entries()[i];
      if (e.kind != EntryKind::kTier && e.kind != EntryKind::kGuard) continue;
      size_t pos = s.begin;
      re2::StringPiece m;
      while (pos <= s.end &&
             res[i]->Match(re2::StringPiece(text.data(), text.size()), pos,
                           s.end, RE2::UNANCHORED, &m, 1)) {
        size_t b = m.data() - text.data(), en = b + m.size();
        if (en > b) {
          (e.kind == EntryKind::kTier ? tiers : guards)
              .push_back({static_cast<int>(i), b, en});
        }
        pos = en > b ? en : b + 1;
      }
    }
    std::vector<RefHit> kept;
    std::vector<RefHit> cands;
    for (const RefHit& t : tiers) {
      bool guarded = false;
      for (const RefHit& g : guards) {
        guarded = guarded || (t.begin < g.end && g.begin < t.end);
      }
      if (!guarded) cands.push_back(t);
    }
    std::sort(cands.begin(), cands.end(), [](const RefHit& a, const RefHit& b) {
      size_t la = a.end - a.begin, lb = b.end - b.begin;
      if (la != lb) return la > lb;
      if (a.begin != b.begin) return a.begin < b.begin;
      return a.entry < b.entry;
    });
    for (const RefHit& c : cands) {
      bool clash = false;
      for (const RefHit& k : kept) {
        clash = clash || (c.begin < k.end && k.begin < c.end);
      }
      if (!clash) kept.push_back(c);
    }
    std::sort(kept.begin(), kept.end(), [](const RefHit& a, const RefHit& b) {
      return a.begin < b.begin;
    });
    for (const RefHit& k : kept) {
      out.emplace_back(lex.entries()[k.entry].tier, k.begin, k.end);
    }
  }
  return out;
}

TEST(Differential, MentionsEqualANaivePerPatternReference) {
  absl::StatusOr<Lexicon> lex = Lexicon::Load(
      std::string(DIPLOTIER_TEST_DATA_DIR) + "/engine_test.lexicon");
  ASSERT_TRUE(lex.ok()) << lex.status();
  absl::StatusOr<Classifier> classifier = Classifier::Create(*lex);
  ASSERT_TRUE(classifier.ok()) << classifier.status();

  const std::vector<std::string> pieces = {"strategic partnership",
                                           "Strategic  Partners",
                                           "comprehensive",
                                           "all-weather",
                                           "all weather",
                                           "partnership",
                                           "partner",
                                           "friendly",
                                           "public-private partnership",
                                           "Council",
                                           " and ",
                                           ", ",
                                           ". ",
                                           "! ",
                                           "? ",
                                           "\n",
                                           "\n\n",
                                           "Mr. ",
                                           "U.S. ",
                                           "The ",
                                           "x",
                                           "-",
                                           "全面",
                                           "战略伙伴关系",
                                           "。",
                                           "伙伴",
                                           "\xff",
                                           "\xe4\xbc",
                                           "ambassadorial level",
                                           "for a new era",
                                           "upgraded ties to ",
                                           "from ",
                                           "strategic-partnership",
                                           "   ",
                                           "A",
                                           "9"};
  std::mt19937 rng(12345);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> len(1, 60);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int n = len(rng); n > 0; --n) text += pieces[pick(rng)];
    absl::StatusOr<std::vector<Mention>> got = classifier->FindMentions(text);
    ASSERT_TRUE(got.ok()) << got.status();
    std::vector<std::tuple<Tier, size_t, size_t>> actual;
    for (const Mention& m : *got) actual.emplace_back(m.tier, m.begin, m.end);
    ASSERT_EQ(actual, Reference(*lex, text)) << "text: " << text;
    // Analyze finds the same mentions, with the same modality.
    absl::StatusOr<Analysis> full = classifier->Analyze(text);
    ASSERT_TRUE(full.ok()) << full.status();
    ASSERT_EQ(full->mentions.size(), got->size()) << "text: " << text;
    for (size_t i = 0; i < got->size(); ++i) {
      const Mention& a = full->mentions[i];
      const Mention& b = (*got)[i];
      ASSERT_EQ(std::tie(a.tier, a.begin, a.end, a.sentence, a.qualifiers,
                         a.modality),
                std::tie(b.tier, b.begin, b.end, b.sentence, b.qualifiers,
                         b.modality))
          << "text: " << text;
      ASSERT_TRUE(a.dyad == b.dyad) << "text: " << text;
    }
  }
}

}  // namespace
}  // namespace diplotier
