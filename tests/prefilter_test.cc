// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "engine/prefilter.h"

#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace diplotier {
namespace internal {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

// The first start >= from of any anchor, comparing ASCII case-insensitively.
size_t NaiveFind(const std::vector<std::string>& anchors, std::string_view t,
                 size_t from) {
  for (size_t pos = from; pos < t.size(); ++pos) {
    for (const std::string& a : anchors) {
      if (a.empty() || pos + a.size() > t.size()) continue;
      bool ok = true;
      for (size_t i = 0; i < a.size() && ok; ++i) {
        ok = Lower(t[pos + i]) == Lower(a[i]);
      }
      if (ok) return pos;
    }
  }
  return std::string_view::npos;
}

TEST(Prefilter, SharesBytePairsBetweenAnchors) {
  Prefilter p({"伙伴", "夥伴"});
  EXPECT_EQ(p.probe_count(), 1u);
}

TEST(Prefilter, FindsAnchorsInAnyCaseAndScript) {
  Prefilter p({"partner", "伙伴", "CSP"});
  EXPECT_EQ(p.Find("a strategic PARTNERship", 0), 12u);
  EXPECT_EQ(p.Find("全面战略伙伴关系", 0), 12u);
  EXPECT_EQ(p.Find("the csp", 0), 4u);
  EXPECT_EQ(p.Find("nothing here at all", 0), std::string_view::npos);
  EXPECT_EQ(p.Find("", 0), std::string_view::npos);
  EXPECT_EQ(p.Find("partner", 1), std::string_view::npos);
}

// Both scans: the nibble tables (where the CPU has SSSE3) and the SSE2 pair
// rows.
class PrefilterScan : public testing::TestWithParam<bool> {};

TEST_P(PrefilterScan, FindsAnchorsInAnyCaseAndScript) {
  Prefilter p({"partner", "伙伴", "CSP", "@x"}, GetParam());
  EXPECT_EQ(p.Find("a strategic PARTNERship", 0), 12u);
  EXPECT_EQ(p.Find("全面战略伙伴关系", 0), 12u);
  EXPECT_EQ(p.Find("the csp", 0), 4u);
  EXPECT_EQ(p.Find("mail me @X or `x", 0), 8u);
  EXPECT_EQ(p.Find("`x and `X are not anchors, nor is PARTNE", 0),
            std::string_view::npos);
  const std::string far = std::string(1000, '.') + "Partners";
  EXPECT_EQ(p.Find(far, 0), 1000u);
  EXPECT_EQ(p.Find(far, 1001), std::string_view::npos);
}

TEST_P(PrefilterScan, AgreesWithANaiveSearchOnRandomText) {
  const std::vector<std::string> anchors = {
      "partner",  "伙伴",       "夥伴",
      "CSP",      "ambassador", "chargé",
      "charge d", "envoy",      "diplomatic ties",
      "x",        "ab",         "ba",
      "aab",      "[q",         "Z9"};
  Prefilter p(anchors, GetParam());
  const std::vector<std::string> pieces = {
      "Partner", "part", "ner", "伙",      "伴",    "夥",   "csp",
      "CS",      "P",    "amb", "assador", "charg", "é",    "e d",
      "envoy",   " ",    "a",   "b",       "x",     "\xff", "diplomatic",
      " ties",   "\n",   "aab", "伙伴",    "[",     "{",    "q",
      "Q",       "z",    "9",   "Z9",      "y"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> len(0, 80);
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    for (int k = len(rng); k > 0; --k) text += pieces[pick(rng)];
    for (size_t from = 0; from <= text.size(); from += 1 + from / 3) {
      ASSERT_EQ(p.Find(text, from), NaiveFind(anchors, text, from))
          << "text: " << text << " from " << from;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Scans, PrefilterScan, testing::Bool(),
                         [](const testing::TestParamInfo<bool>& info) {
                           return info.param ? std::string("NibbleTables")
                                             : std::string("PairRows");
                         });

}  // namespace
}  // namespace internal
}  // namespace diplotier
