// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "engine/matcher.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "diplotier/classifier.h"
#include "diplotier/lexicon.h"
#include "gtest/gtest.h"

namespace diplotier {
namespace internal {
namespace {

// Matcher::Create skips the anchor check for the default lexicon: it holds.
TEST(Matcher, TheDefaultLexiconPassesTheAnchorCheck) {
  EXPECT_TRUE(CheckAnchors(Lexicon::Default()).ok())
      << CheckAnchors(Lexicon::Default());
}

// Matcher::Create compiles the default lexicon's single patterns on first
// use from kLazyMemory on: each compiles within its share there (a larger
// budget only gives each a larger share).
TEST(Matcher, TheDefaultPatternsCompileWithinTheirShareFromTheLazyBudget) {
  absl::StatusOr<std::unique_ptr<Matcher>> m =
      Matcher::Create(Lexicon::Default(), Matcher::kLazyMemory);
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_TRUE((*m)->CompileAll().ok()) << (*m)->CompileAll();
}

// A copy of the default lexicon is compiled lazily like the default; one
// with an entry more is compiled by Create and anchor-checked. Both find
// the same hits.
TEST(Matcher, ACopyOfTheDefaultAndAChangedOneFindTheSameHits) {
  const std::string text =
      "Vietnam and Australia upgraded their ties to a comprehensive "
      "strategic partnership, officials said, but did not say when.";
  Lexicon copy = Lexicon::Default();
  absl::StatusOr<Lexicon> extra = Lexicon::Parse("guard zzqx partner\n");
  ASSERT_TRUE(extra.ok()) << extra.status();
  Lexicon changed = Lexicon::Default();
  ASSERT_TRUE(changed.Merge(*extra).ok());
  std::vector<std::vector<Hit>> found;
  for (const Lexicon* lexicon :
       std::vector<const Lexicon*>{&Lexicon::Default(), &copy, &changed}) {
    absl::StatusOr<std::unique_ptr<Matcher>> m =
        Matcher::Create(*lexicon, ClassifierOptions().max_memory);
    ASSERT_TRUE(m.ok()) << m.status();
    std::vector<int> matched;
    std::vector<Hit> hits;
    ASSERT_TRUE(
        (*m)->MatchWindow(text, 0, text.size(), true, &matched, &hits).ok());
    EXPECT_FALSE(hits.empty());
    found.push_back(hits);
  }
  ASSERT_EQ(found[0].size(), found[1].size());
  ASSERT_EQ(found[0].size(), found[2].size());
  for (std::size_t i = 0; i < found[0].size(); ++i) {
    for (std::size_t k : {1, 2}) {
      EXPECT_EQ(found[0][i].entry, found[k][i].entry);
      EXPECT_EQ(found[0][i].begin, found[k][i].begin);
      EXPECT_EQ(found[0][i].end, found[k][i].end);
    }
  }
}

// A lexicon other than the default is still anchor-checked by Create.
TEST(Matcher, OtherLexiconsAreAnchorChecked) {
  Lexicon changed = Lexicon::Default();
  absl::StatusOr<Lexicon> extra = Lexicon::Parse("tier partnership zzqx\n");
  ASSERT_TRUE(extra.ok()) << extra.status();
  ASSERT_TRUE(changed.Merge(*extra).ok());
  absl::StatusOr<std::unique_ptr<Matcher>> m =
      Matcher::Create(changed, ClassifierOptions().max_memory);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(m.status().message().find("without any anchor"),
            std::string::npos)
      << m.status();
}

}  // namespace
}  // namespace internal
}  // namespace diplotier
