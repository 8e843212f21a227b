// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "engine/prefilter.h"

#include <algorithm>

#include <random>
#include <string>
#include <vector>

#include "diplotier/lexicon.h"
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

// A copy of `text` in a heap block of exactly its size, so that
// AddressSanitizer reports any read past its end (a std::string has a
// terminating zero there).
class ExactCopy {
 public:
  explicit ExactCopy(std::string_view text)
      : bytes_(text.begin(), text.end()) {}
  operator std::string_view() const {
    return std::string_view(bytes_.data(), bytes_.size());
  }

 private:
  std::vector<char> bytes_;
};

TEST(Prefilter, SharesProbesBetweenAnchors) {
  Prefilter p({"伙伴", "夥伴"});
  EXPECT_EQ(p.probe_count(), 1u);
}

TEST(Prefilter, AnchorsShorterThanAProbeAreProbedWhole) {
  Prefilter p({"ab", "x", "partner"});
  EXPECT_EQ(p.probe_count(), 3u);
  EXPECT_EQ(p.Find("an ab", 0), 3u);
  EXPECT_EQ(p.Find("a  x", 0), 3u);
  EXPECT_EQ(p.Find("a  b", 0), std::string_view::npos);
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

TEST(Prefilter, FallsBackToTheNextSlowerScanTheCpuHas) {
  const std::vector<std::string> anchors = {"partner"};
  EXPECT_EQ(Prefilter(anchors, PrefilterScan::kPairRows).scan(),
            PrefilterScan::kPairRows);
  const PrefilterScan ssse3 =
      Prefilter(anchors, PrefilterScan::kSsse3Tables).scan();
  EXPECT_TRUE(ssse3 == PrefilterScan::kSsse3Tables ||
              ssse3 == PrefilterScan::kPairRows);
  const PrefilterScan avx2 =
      Prefilter(anchors, PrefilterScan::kAvx2Tables).scan();
  EXPECT_TRUE(avx2 == PrefilterScan::kAvx2Tables || avx2 == ssse3);
  EXPECT_EQ(Prefilter(anchors).scan(), avx2);
}

std::string ScanName(const testing::TestParamInfo<PrefilterScan>& info) {
  switch (info.param) {
    case PrefilterScan::kAuto:
      return "Auto";
    case PrefilterScan::kPairRows:
      return "PairRows";
    case PrefilterScan::kSsse3Tables:
      return "Ssse3Tables";
    case PrefilterScan::kAvx2Tables:
      return "Avx2Tables";
  }
  return "Unknown";
}

// Every scan the CPU has; the others are skipped.
class PrefilterEachScan : public testing::TestWithParam<PrefilterScan> {
 protected:
  void SetUp() override {
    if (Prefilter({"x"}, GetParam()).scan() != GetParam()) {
      GTEST_SKIP() << "this CPU lacks the scan";
    }
  }
};

TEST_P(PrefilterEachScan, FindsAnchorsInAnyCaseAndScript) {
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

// Every start offset from 0 to past two 64-byte steps: anchors in texts
// shorter than a block, across the 16-, 32- and 64-byte block edges, and
// ending exactly at the end of the text (where the last positions are
// scanned in a zero-padded copy).
TEST_P(PrefilterEachScan, FindsAnchorsAtEveryOffsetAndUpToTheEnd) {
  const std::vector<std::string> anchors = {"x", "ab", "partner", "伙伴"};
  Prefilter p(anchors, GetParam());
  for (const std::string& anchor : anchors) {
    for (size_t at = 0; at < 140; ++at) {
      for (size_t after : {0, 1, 15, 40}) {
        const ExactCopy text(std::string(at, '.') + anchor +
                             std::string(after, '.'));
        ASSERT_EQ(p.Find(text, 0), at)
            << anchor << " at " << at << ", " << after << " bytes after";
        ASSERT_EQ(p.Find(text, at / 2), at) << anchor << " at " << at;
        ASSERT_EQ(p.Find(text, at + 1), std::string_view::npos)
            << anchor << " at " << at;
      }
      // Cut short by the end of the text: not an occurrence.
      const ExactCopy cut(std::string(at, '.') +
                          anchor.substr(0, anchor.size() - 1));
      ASSERT_EQ(p.Find(cut, 0), std::string_view::npos)
          << anchor << " cut at " << at;
    }
  }
}

// The padding past the end of the text is zero bytes: a probe whose second
// byte is zero must not match the last byte of the text, nor a zero byte
// anchor the padding.
TEST_P(PrefilterEachScan, DoesNotMatchThePaddingPastTheEnd) {
  const std::string zero(1, '\0');
  Prefilter p({"q" + zero, zero}, GetParam());
  for (size_t at = 0; at < 140; ++at) {
    const std::string text = std::string(at, '.') + "q";
    ASSERT_EQ(p.Find(ExactCopy(text), 0), std::string_view::npos) << at;
    ASSERT_EQ(p.Find(ExactCopy(text + zero), 0), at) << at;
  }
}

// Once an anchor is found, the scan goes on as far as a probe of an anchor
// starting earlier can be: "n" at 1 is found first, through its own byte,
// and "and then qz" at 0 later, through a probe near its end (around the
// rare "qz"), which may fall in the next block.
TEST_P(PrefilterEachScan, ReturnsTheEarliestStartNotTheFirstPairFound) {
  Prefilter p({"and then qz", "n"}, GetParam());
  for (size_t at = 0; at < 140; ++at) {
    const ExactCopy text(std::string(at, '.') + "and then qz" +
                         std::string(at % 70, '.'));
    ASSERT_EQ(p.Find(text, 0), at) << at;
  }
}

TEST_P(PrefilterEachScan, AgreesWithANaiveSearchOnRandomText) {
  const std::vector<std::string> anchors = {"partner",
                                            "伙伴",
                                            "夥伴",
                                            "CSP",
                                            "ambassador",
                                            "chargé",
                                            "charge d",
                                            "envoy",
                                            "diplomatic ties",
                                            "x",
                                            "ab",
                                            "ba",
                                            "aab",
                                            "[q",
                                            "Z9",
                                            std::string("#\0", 2)};
  Prefilter p(anchors, GetParam());
  const std::vector<std::string> pieces = {
      "Partner",    "part",  "ner", "伙",  "伴",
      "夥",         "csp",   "CS",  "P",   "amb",
      "assador",    "charg", "é",   "e d", "envoy",
      " ",          "a",     "b",   "x",   "\xff",
      "diplomatic", " ties", "\n",  "aab", "伙伴",
      "[",          "{",     "q",   "Q",   "z",
      "9",          "Z9",    "y",   "#",   std::string(1, '\0')};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> len(0, 80);
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    for (int k = len(rng); k > 0; --k) text += pieces[pick(rng)];
    const ExactCopy exact(text);
    for (size_t from = 0; from <= text.size(); from += 1 + from / 3) {
      ASSERT_EQ(p.Find(exact, from), NaiveFind(anchors, text, from))
          << "text: " << text << " from " << from;
    }
  }
}

// The anchors of the default lexicon, in random text made of pieces of them
// (cut anywhere, in either case) and of common English words, against a
// naive search.
TEST_P(PrefilterEachScan, AgreesWithANaiveSearchWithTheDefaultAnchors) {
  const std::vector<std::string>& anchors = Lexicon::Default().anchors();
  ASSERT_FALSE(anchors.empty());
  Prefilter p(anchors, GetParam());
  std::vector<std::string> pieces = {
      " ", " the ", " of ", "relations", " with", "all", "ies", "ally",
      "off", "cut", "level", "ties", "\n", ".", ",", "\xe4\xbc", "\xb4"};
  for (const std::string& a : anchors) {
    pieces.push_back(a);
    std::string upper = a;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](char c) {
      return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    });
    pieces.push_back(upper);
    for (size_t cut = 1; cut < a.size(); cut += 2) {
      pieces.push_back(a.substr(0, cut));
      pieces.push_back(a.substr(cut));
    }
  }
  std::mt19937 rng(11);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> len(0, 60);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int k = len(rng); k > 0; --k) text += pieces[pick(rng)];
    const ExactCopy exact(text);
    for (size_t from = 0; from <= text.size(); from += 1 + from / 4) {
      ASSERT_EQ(p.Find(exact, from), NaiveFind(anchors, text, from))
          << "text: " << text << " from " << from;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Scans, PrefilterEachScan,
                         testing::Values(PrefilterScan::kPairRows,
                                         PrefilterScan::kSsse3Tables,
                                         PrefilterScan::kAvx2Tables),
                         ScanName);

}  // namespace
}  // namespace internal
}  // namespace diplotier
