// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Hostile input: texts and lexicons built to break things must give a
// defined result or a clear Status, in bounded time and memory.

#include <string>
#include <vector>

#include "diplotier/classifier.h"
#include "default_classifier.h"
#include "diplotier/lexicon.h"
#include "gtest/gtest.h"

namespace diplotier {
namespace {

TEST(BadInput, OnlyNulBytes) {
  const std::string text(1 << 20, '\0');
  absl::StatusOr<Analysis> a = DefaultClassifier().Analyze(text);
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_TRUE(a->mentions.empty());
}

TEST(BadInput, InvalidUtf8AtEveryPositionOfAPhrase) {
  const std::string phrase = "a comprehensive strategic partnership";
  const std::string zh = "全面战略伙伴关系";
  for (const std::string& base : {phrase, zh}) {
    for (size_t i = 0; i <= base.size(); ++i) {
      for (const char* bad : {"\xff", "\xc3", "\xe4\xbc", "\x80"}) {
        std::string text = base;
        text.insert(i, bad);
        absl::StatusOr<Analysis> a = DefaultClassifier().Analyze(text);
        ASSERT_TRUE(a.ok()) << a.status();
        for (const Mention& m : a->mentions) {
          ASSERT_LE(m.end, text.size());
          EXPECT_EQ(m.text, text.substr(m.begin, m.end - m.begin));
        }
        // Outside the phrase the phrase is still found.
        if (i == 0 || i == base.size()) {
          EXPECT_EQ(a->mentions.size(), 1u) << i;
        }
      }
    }
  }
}

TEST(BadInput, DeeplyNestedPatternsWorkOrFailClearly) {
  for (int depth : {100, 5000, 20000}) {
    std::string pattern = "partner";
    for (int i = 0; i < depth; ++i) pattern = "(?:" + pattern + ")";
    absl::StatusOr<Lexicon> lex = Lexicon::Parse(
        "anchor partner\ntier partnership " + pattern, "deep.lex");
    if (!lex.ok()) {
      EXPECT_NE(lex.status().message().find("deep.lex:2:"), std::string::npos)
          << lex.status();
      continue;
    }
    absl::StatusOr<Classifier> c = Classifier::Create(*lex);
    if (!c.ok()) {
      EXPECT_NE(c.status().message().find("deep.lex:2:"), std::string::npos)
          << c.status();
      continue;
    }
    absl::StatusOr<Analysis> a = c->Analyze("a partner here");
    ASSERT_TRUE(a.ok()) << a.status();
    EXPECT_EQ(a->mentions.size(), 1u) << depth;
  }
}

TEST(BadInput, BadEscapesAreClearErrors) {
  for (const char* pattern :
       {"partner\\", "partner\\q", "partner\\x{zz}", "partner\\p{Nope}",
        "partner(?<", "partner[b-a]"}) {
    absl::StatusOr<Lexicon> lex = Lexicon::Parse(
        std::string("anchor partner\ntier partnership ") + pattern, "e.lex");
    ASSERT_FALSE(lex.ok()) << pattern;
    EXPECT_EQ(lex.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(lex.status().message().find("pattern rejected by RE2"),
              std::string::npos)
        << lex.status();
  }
}

TEST(BadInput, HugeAlternationIsBoundedByTheMemoryBudget) {
  std::string alternation = "partner(?:";
  for (int i = 0; i < 3000; ++i) {
    if (i > 0) alternation += "|";
    alternation += "x" + std::to_string(i) + "y[a-z]{3}";
  }
  alternation += ")";
  absl::StatusOr<Lexicon> lex =
      Lexicon::Parse("anchor partner\ntier partnership " + alternation);
  if (!lex.ok()) {
    EXPECT_TRUE(lex.status().code() == absl::StatusCode::kResourceExhausted ||
                lex.status().code() == absl::StatusCode::kInvalidArgument)
        << lex.status();
    return;
  }
  ClassifierOptions options;
  options.max_memory = 2 << 20;
  absl::StatusOr<Classifier> c = Classifier::Create(*lex, options);
  if (c.ok()) {
    EXPECT_TRUE(c->Analyze("a partnerx17yabc here").ok());
  } else {
    EXPECT_EQ(c.status().code(), absl::StatusCode::kResourceExhausted)
        << c.status();
  }
}

TEST(BadInput, AHundredThousandEntriesGiveAResultOrAClearStatus) {
  std::string text = "anchor partner\n";
  text.reserve(100000 * 48);
  for (int i = 0; i < 100000; ++i) {
    text += "guard partner-" + std::to_string(i) + "-x\n";
  }
  text += "tier strategic_partnership strategic partnership\n";
  absl::StatusOr<Lexicon> lex = Lexicon::Parse(text, "big.lex");
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(lex->entries().size(), 100001u);
  absl::StatusOr<Classifier> c = Classifier::Create(*lex);
  if (!c.ok()) {
    EXPECT_EQ(c.status().code(), absl::StatusCode::kResourceExhausted)
        << c.status();
    return;
  }
  absl::StatusOr<Analysis> a =
      c->Analyze("A strategic partnership, not partner-17-x.");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->mentions.size(), 1u);
}

}  // namespace
}  // namespace diplotier
