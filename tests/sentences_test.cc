// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "text/sentences.h"

#include <algorithm>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "util/text.h"

namespace diplotier {
namespace internal {
namespace {

// A test list; the default lexicon has its own suite.
const std::vector<std::string>& TestAbbreviations() {
  static const std::vector<std::string> kWords = {"Mr", "U.S.", "sept",
                                                  "NO", "e.g",  "Dr."};
  return kWords;
}

const SentenceSplitter& Splitter() {
  static const SentenceSplitter kSplitter(TestAbbreviations());
  return kSplitter;
}

// The index in sp.Split(text) of the sentence that contains pos or, if pos is
// in blanks, the one that follows pos; Split(text).size() when no sentence
// follows (equivalently: the number of sentences that end at or before pos),
// from CountStarts and IsSentenceStart.
std::size_t SentenceIndex(const SentenceSplitter& sp, std::string_view text,
                          std::size_t pos) {
  const std::size_t n = text.size();
  pos = std::min(pos, n);
  const std::size_t index = sp.CountStarts(text, 0, pos);
  if (pos < n && !IsBlank(text[pos])) return index;
  // pos is in blanks: after its sentence if only blanks lead to the next
  // sentence (or the end) and something non-blank came before.
  std::size_t next = pos;
  while (next < n && IsBlank(text[next])) ++next;
  const bool non_blank_before =
      std::any_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos),
                  [](char c) { return !IsBlank(c); });
  if ((next == n || sp.IsSentenceStart(text, next)) && non_blank_before) {
    return index + 1;
  }
  return index;
}

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Span& s : Splitter().Split(text)) {
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

// The definition, position by position: starts are where IsSentenceStart
// holds and something non-blank came before.
std::vector<std::size_t> BruteStarts(std::string_view text) {
  std::vector<std::size_t> starts;
  bool seen_non_blank = false;
  for (std::size_t p = 0; p < text.size(); ++p) {
    if (seen_non_blank && Splitter().IsSentenceStart(text, p)) {
      starts.push_back(p);
    }
    if (!IsBlank(text[p])) seen_non_blank = true;
  }
  return starts;
}

std::vector<Span> BruteSplit(std::string_view text) {
  std::vector<Span> out;
  std::vector<std::size_t> bounds = BruteStarts(text);
  bounds.insert(bounds.begin(), 0);
  bounds.push_back(text.size());
  for (std::size_t k = 0; k + 1 < bounds.size(); ++k) {
    std::size_t b = bounds[k], e = bounds[k + 1];
    while (b < e && IsBlank(text[b])) ++b;
    while (e > b && IsBlank(text[e - 1])) --e;
    if (b < e) out.push_back(Span{b, e});
  }
  return out;
}

// Index of the first sentence that ends after pos.
std::size_t ExpectedIndex(const std::vector<Span>& sentences, std::size_t pos) {
  std::size_t k = 0;
  while (k < sentences.size() && sentences[k].end <= pos) ++k;
  return k;
}

std::string Show(std::string_view text, Span s) {
  return "[" + std::to_string(s.begin) + "," + std::to_string(s.end) + ") \"" +
         std::string(text.substr(s.begin, s.end - s.begin)) + "\"";
}

// Checks every public function against the definition on `text`.
void CheckConsistency(std::string_view text, std::size_t pair_samples,
                      unsigned seed) {
  SCOPED_TRACE("text: \"" + std::string(text) + "\"");
  const SentenceSplitter& sp = Splitter();
  const std::vector<Span> split = sp.Split(text);
  const std::vector<Span> brute = BruteSplit(text);
  ASSERT_EQ(split.size(), brute.size());
  for (std::size_t k = 0; k < split.size(); ++k) {
    ASSERT_EQ(split[k], brute[k])
        << Show(text, split[k]) << " vs " << Show(text, brute[k]);
  }

  // CountStarts: sentence i > 0 begins at a start; index arithmetic works.
  const std::vector<std::size_t> starts = BruteStarts(text);
  ASSERT_EQ(sp.CountStarts(text, 0, text.size()), starts.size());
  std::mt19937 rng(seed);
  for (std::size_t t = 0; t < pair_samples; ++t) {
    std::size_t a = rng() % (text.size() + 2);
    std::size_t b = rng() % (text.size() + 2);
    if (a > b) std::swap(a, b);
    const std::size_t want = static_cast<std::size_t>(
        std::count_if(starts.begin(), starts.end(),
                      [&](std::size_t s) { return a < s && s <= b; }));
    ASSERT_EQ(sp.CountStarts(text, a, b), want) << "from " << a << " to " << b;
  }

  // SentenceIndex and Around for every position.
  for (std::size_t pos = 0; pos <= text.size() + 1; ++pos) {
    const std::size_t index = ExpectedIndex(split, pos);
    ASSERT_EQ(SentenceIndex(sp, text, pos), index) << "pos " << pos;
    if (pos < text.size() && !IsBlank(text[pos])) {
      ASSERT_EQ(sp.CountStarts(text, 0, pos), index) << "pos " << pos;
    }
    const std::size_t p = std::min(pos, text.size());
    for (std::size_t reach :
         {0, 1, 7, 20, 63, 64, 65, 150, 255, 256, 257, 700, 100000}) {
      const Span got = sp.Around(text, pos, reach);
      ASSERT_LE(got.begin, got.end);
      ASSERT_LE(got.end, text.size());
      ASSERT_LE(got.end - got.begin, 2 * reach) << "pos " << pos;
      if (got.begin < got.end) {
        ASSERT_FALSE(IsBlank(text[got.begin]));
        ASSERT_FALSE(IsBlank(text[got.end - 1]));
      }
      if (split.empty()) {
        ASSERT_EQ(got, (Span{p, p}));
        continue;
      }
      const Span want = split[std::min(index, split.size() - 1)];
      const bool fits = want.begin + reach >= p && want.end <= p + reach;
      if (fits) {
        ASSERT_EQ(got, want) << "pos " << pos << " reach " << reach << ": "
                             << Show(text, got) << " vs " << Show(text, want);
      }
    }
  }
}

struct SplitCase {
  const char* name;
  std::string text;
  std::vector<std::string> sentences;
};

void RunSplitCases(const std::vector<SplitCase>& cases) {
  for (const SplitCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(Sentences(c.text), c.sentences);
    CheckConsistency(c.text, 50, 1);
  }
}

TEST(SentenceSplitter, EnglishTerminators) {
  RunSplitCases({
      {"period",
       "The pact was signed. Both sides agreed.",
       {"The pact was signed.", "Both sides agreed."}},
      {"bang and question",
       "Is it new? Yes! It is.",
       {"Is it new?", "Yes!", "It is."}},
      {"digit and quote starts",
       "Talks ended. 2024 was busy. \"Fine,\" he said.",
       {"Talks ended.", "2024 was busy.", "\"Fine,\" he said."}},
      {"bracket start",
       "They met. (Briefly.) Then left.",
       {"They met.", "(Briefly.)", "Then left."}},
      {"non-ASCII start",
       "They met. Đà Nẵng hosted.",
       {"They met.", "Đà Nẵng hosted."}},
      {"lowercase continues",
       "The ratio rose to approx. three times.",
       {"The ratio rose to approx. three times."}},
      {"no blank no break",
       "See example.com.Then stop.",
       {"See example.com.Then stop."}},
      {"end of text with blanks", "  One.  Two.  \n", {"One.", "Two."}},
  });
}

TEST(SentenceSplitter, AbbreviationsAndInitials) {
  RunSplitCases({
      {"U.S.",
       "Envoys of the U.S. Embassy arrived. Talks began.",
       {"Envoys of the U.S. Embassy arrived.", "Talks began."}},
      {"Mr. any case",
       "MR. Lee and mr. Kim met. Done.",
       {"MR. Lee and mr. Kim met.", "Done."}},
      {"Sept.",
       "It was signed on Sept. 3 in the capital. Done.",
       {"It was signed on Sept. 3 in the capital.", "Done."}},
      {"No.",
       "See No. 5 of the list. Done.",
       {"See No. 5 of the list.", "Done."}},
      {"e.g.",
       "Some tiers, e.g. Strategic ones, rank high. Done.",
       {"Some tiers, e.g. Strategic ones, rank high.", "Done."}},
      {"initial",
       "Envoy J. Smith spoke. Then J.R.R. Doe spoke.",
       {"Envoy J. Smith spoke.", "Then J.R.R. Doe spoke."}},
      {"unknown short word ends",
       "He met Ms. Lee. Done.",
       {"He met Ms.", "Lee.", "Done."}},
      {"abbreviation in brackets",
       "Talks (Dr. Wu) ended. Done.",
       {"Talks (Dr. Wu) ended.", "Done."}},
  });
}

TEST(SentenceSplitter, NumbersQuotesAndEllipses) {
  RunSplitCases({
      {"decimals",
       "Trade grew 3.5 percent to 1,000.25 units. It rose.",
       {"Trade grew 3.5 percent to 1,000.25 units.", "It rose."}},
      {"number before period ends",
       "It began in 2013. It grew.",
       {"It began in 2013.", "It grew."}},
      {"closing quote",
       "He said \"It is done.\" Then he left.",
       {"He said \"It is done.\"", "Then he left."}},
      {"curly quotes and brackets",
       "He said \xE2\x80\x9CYes.\xE2\x80\x9D) \xE2\x80\x9CNo!\xE2\x80\x9D she "
       "said.",
       {"He said \xE2\x80\x9CYes.\xE2\x80\x9D)",
        "\xE2\x80\x9CNo!\xE2\x80\x9D she said."}},
      {"three dots",
       "Wait... The talks went on... and on.",
       {"Wait...", "The talks went on... and on."}},
      {"ellipsis character",
       "Wait\xE2\x80\xA6 The end\xE2\x80\xA6 maybe.",
       {"Wait\xE2\x80\xA6", "The end\xE2\x80\xA6 maybe."}},
      {"interrobang", "Really?! Yes.", {"Really?!", "Yes."}},
  });
}

TEST(SentenceSplitter, ChineseAndMixed) {
  RunSplitCases({
      {"full stop",
       "两国建立伙伴关系。双方表示欢迎。",
       {"两国建立伙伴关系。", "双方表示欢迎。"}},
      {"bang question semicolon",
       "很好！真的吗？是的；下一步",
       {"很好！", "真的吗？", "是的；", "下一步"}},
      {"closers follow",
       "他说：“合作。”随后离开。「好。」结束",
       {"他说：“合作。”", "随后离开。", "「好。」", "结束"}},
      {"runs of terminators",
       "真的？！是的。。。结束",
       {"真的？！", "是的。。。", "结束"}},
      {"ASCII forms after CJK",
       "关系提升!双方同意?好的.结束;完",
       {"关系提升!", "双方同意?", "好的.", "结束;", "完"}},
      {"mixed scripts",
       "The sides met. 两国建立战略伙伴关系。Vietnam agreed.下一步 ok",
       {"The sides met.", "两国建立战略伙伴关系。",
        "Vietnam agreed.下一步 ok"}},
      {"blank after full stop", "第一句。 第二句", {"第一句。", "第二句"}},
      {"ASCII semicolon after Latin continues",
       "First; second. Third",
       {"First; second.", "Third"}},
  });
}

TEST(SentenceSplitter, LineBreaks) {
  RunSplitCases({
      {"single break continues",
       "a strategic\npartnership was formed",
       {"a strategic\npartnership was formed"}},
      {"blank line ends",
       "Heading without stop\n\nBody text here",
       {"Heading without stop", "Body text here"}},
      {"blank line with blanks",
       "one\n \t\nlowercase two",
       {"one", "lowercase two"}},
      {"CRLF single",
       "a strategic\r\npartnership",
       {"a strategic\r\npartnership"}},
      {"CRLF blank line", "one\r\n\r\ntwo\r\n", {"one", "two"}},
      {"lone CR blank line", "one\r\rtwo", {"one", "two"}},
      {"leading blank lines", "\n\n\nFirst. Second\n\n", {"First.", "Second"}},
      {"terminator then newline",
       "It ended.\nThe next began.",
       {"It ended.", "The next began."}},
  });
}

TEST(SentenceSplitter, LongBlankGapEndsSentence) {
  const std::string gap(70, ' ');
  RunSplitCases({
      {"gap", "before" + gap + "after", {"before", "after"}},
      {"gap after blank line",
       "before.\n\n" + gap + "after",
       {"before.", "after"}},
      {"short gap",
       "before" + std::string(63, ' ') + "after",
       {"before" + std::string(63, ' ') + "after"}},
      {"leading gap", gap + "First. Second", {"First.", "Second"}},
  });
  // A leading gap does not count as a sentence start.
  const std::string text = gap + "First. Second";
  EXPECT_TRUE(Splitter().IsSentenceStart(text, 70));
  EXPECT_EQ(Splitter().CountStarts(text, 0, text.size()), 1u);
  EXPECT_EQ(SentenceIndex(Splitter(), text, 0), 0u);
  EXPECT_EQ(SentenceIndex(Splitter(), text, 72), 0u);
  EXPECT_EQ(SentenceIndex(Splitter(), text, text.size() - 1), 1u);
}

TEST(SentenceSplitter, EmptyAndBlankTexts) {
  const SentenceSplitter& sp = Splitter();
  for (std::string text :
       {std::string(), std::string(" "), std::string(" \t\r\n\n\v\f "),
        std::string(500, '\n')}) {
    EXPECT_TRUE(sp.Split(text).empty());
    EXPECT_EQ(sp.CountStarts(text, 0, text.size()), 0u);
    EXPECT_EQ(SentenceIndex(sp, text, 0), 0u);
    EXPECT_EQ(sp.Around(text, 0, 100), (Span{0, 0}));
    EXPECT_EQ(sp.Around(text, text.size() + 5, 100),
              (Span{text.size(), text.size()}));
    CheckConsistency(text, 20, 2);
  }
}

TEST(SentenceSplitter, ArbitraryBytes) {
  RunSplitCases({
      {"invalid UTF-8",
       "Bad \xFF\xFE bytes. \x80Next one.\xE3\x80 half\xE3",
       {"Bad \xFF\xFE bytes.", "\x80Next one.\xE3\x80 half\xE3"}},
      {"truncated full stop", "\x80\x82 a. \x82", {"\x80\x82 a.", "\x82"}},
      {"NUL bytes",
       std::string("One\0two. Three\0. \0four", 22),
       {std::string("One\0two.", 8), std::string("Three\0. \0four", 13)}},
  });
  // Every position of a noisy text, with and without the window edges.
  std::string noise;
  std::mt19937 rng(7);
  for (int k = 0; k < 400; ++k) noise.push_back(static_cast<char>(rng()));
  CheckConsistency(noise, 200, 3);
}

TEST(SentenceSplitter, AbbreviationListIsNormalized) {
  SentenceSplitter sp(
      {" Gen. ", "..Col", "x1", "", "   ", std::string(40, 'a')});
  auto count = [&](std::string_view t) { return sp.Split(t).size(); };
  EXPECT_EQ(count("Ask gen. Wu. Done."), 2u);
  EXPECT_EQ(count("Ask COL. Wu now."), 1u);
  EXPECT_EQ(count("Ask x1. Wu now."), 2u);
  // No list at all: only initials are kept.
  SentenceSplitter none({});
  EXPECT_EQ(none.Split("Mr. Wu met J. Li.").size(), 2u);
}

TEST(SentenceSplitter, IsSentenceStartLooksOnlyAtItsWindow) {
  const SentenceSplitter& sp = Splitter();
  const std::string core = "It ended. The next began.";
  const std::size_t at = core.find("The");
  for (std::size_t pad : {0, 1, 100, 1000}) {
    const std::string text =
        std::string(pad, 'x') + " " + core + " " + std::string(pad, 'y');
    EXPECT_TRUE(sp.IsSentenceStart(text, pad + 1 + at));
    EXPECT_FALSE(sp.IsSentenceStart(text, pad + 1 + at + 1));
  }
  EXPECT_FALSE(sp.IsSentenceStart(core, 0));
  EXPECT_FALSE(sp.IsSentenceStart(core, core.size()));
  EXPECT_FALSE(sp.IsSentenceStart(core, at - 1));  // a blank
}

// A sentence of `bytes` bytes: words and commas, a final period, no other
// terminator.
std::string LongSentence(std::size_t bytes) {
  static constexpr std::string_view kWords[] = {"the", "partners", "agreed,",
                                                "to", "deepen", "their",
                                                "ties", "further"};
  std::string out = "Words";
  for (std::size_t i = 0; out.size() + 12 < bytes; ++i) {
    out += ' ';
    out += kWords[i % 8];
  }
  out.append(bytes - 1 - out.size(), 'x');
  out += '.';
  return out;
}

// Around agrees with Split at every position of several texts, for reaches
// that do and do not hold the sentence.
TEST(SentenceSplitter, AroundAgreesWithSplitEverywhere) {
  const std::vector<std::string> texts = {
      "Mr. Lee of the U.S. met Dr. Wu on Sept. 3. They agreed! \"Really?\" "
      "she asked. (Yes.) The ratio, 1,000.25 to 3.5, held... Then what? "
      "e.g. This one. J. R. Doe signed No. 5.",
      "两国建立全面战略合作伙伴关系。双方同意！“这是新阶段。”下一步？继续；完"
      "成",
      "The sides met. 两国关系提升为战略伙伴关系。Vietnam "
      "agreed!下一句.好的?Yes",
      "First line\nwraps here.\r\n\r\nSecond para\r\nstill one\n\n\n  Third  "
      "\n",
      "\n\n  Hello there. Next one.   ",
      std::string(100, ' ') + "Hello. World" + std::string(80, ' ') + "again",
      "A sentence that runs on for quite a while without any stop at all and "
      "then more words follow so that reach is exceeded. Short. Another "
      "rather long sentence that exceeds the smaller reaches used here.",
      // Sentences longer than the chunks Around looks backwards in.
      "Opening words. " + LongSentence(900) + " Closing words. " +
          LongSentence(300) + "\n\n" + LongSentence(257),
  };
  unsigned seed = 10;
  for (const std::string& t : texts) CheckConsistency(t, 300, seed++);
}

// Random texts from pieces that exercise every rule, window edges included.
TEST(SentenceSplitter, RandomTextsAgreeWithDefinition) {
  const std::vector<std::string> pieces = {"a",
                                           "B",
                                           "word",
                                           " ",
                                           "  ",
                                           "\n",
                                           "\r\n",
                                           "\r",
                                           ".",
                                           "!",
                                           "?",
                                           ";",
                                           "...",
                                           "\xE2\x80\xA6",
                                           "。",
                                           "！",
                                           "？",
                                           "；",
                                           "”",
                                           "」",
                                           "）",
                                           "\"",
                                           "'",
                                           ")",
                                           "(",
                                           "Mr",
                                           "U.S",
                                           "No",
                                           "5",
                                           "3.5",
                                           "中",
                                           "文",
                                           "\xFF",
                                           "\x80",
                                           std::string(1, '\0'),
                                           "J",
                                           "e.g",
                                           " \t",
                                           std::string(40, ' '),
                                           std::string(70, ' '),
                                           "\xE3\x80",
                                           "\x82"};
  std::mt19937 rng(42);
  for (int round = 0; round < 150; ++round) {
    std::string text;
    const int count = 5 + static_cast<int>(rng() % 60);
    for (int k = 0; k < count; ++k) text += pieces[rng() % pieces.size()];
    CheckConsistency(text, 100, static_cast<unsigned>(round));
    if (::testing::Test::HasFatalFailure()) return;
  }
}

TEST(SentenceSplitter, HugeLineWithoutPunctuation) {
  const SentenceSplitter& sp = Splitter();
  std::string text;
  const std::string words[] = {"strategic ", "partnership ", "between ",
                               "两国 ", "comprehensive "};
  for (std::size_t k = 0; text.size() < (std::size_t{10} << 20); ++k) {
    text += words[k % 5];
  }
  text.pop_back();  // no trailing blank
  const std::vector<Span> split = sp.Split(text);
  ASSERT_EQ(split.size(), 1u);
  EXPECT_EQ(split[0], (Span{0, text.size()}));
  EXPECT_EQ(sp.CountStarts(text, 0, text.size()), 0u);

  const std::size_t pos = text.size() / 2;
  const Span around = sp.Around(text, pos, 4096);
  EXPECT_LE(around.begin, pos);
  EXPECT_GT(around.end, pos);
  EXPECT_GE(around.begin, pos - 4096);
  EXPECT_LE(around.end, pos + 4096);
  // Cut at blanks, so no word is split.
  EXPECT_EQ(text[around.begin - 1], ' ');
  EXPECT_EQ(text[around.end], ' ');
}

TEST(SentenceSplitter, ClipsToCharacterBoundaries) {
  const SentenceSplitter& sp = Splitter();
  std::string text;
  for (int k = 0; k < 10000; ++k) text += "伙";  // no blank, no terminator
  for (std::size_t pos : {std::size_t{15000}, std::size_t{15001}}) {
    for (std::size_t reach : {1000, 1001, 1002}) {
      const Span got = sp.Around(text, pos, reach);
      EXPECT_GE(got.begin, pos - reach);
      EXPECT_LE(got.end, pos + reach);
      EXPECT_EQ(got.begin % 3, 0u) << pos << " " << reach;
      EXPECT_EQ(got.end % 3, 0u) << pos << " " << reach;
      EXPECT_GT(got.end - got.begin, 2 * reach - 6);
    }
  }
}

TEST(SentenceSplitter, HugeDegenerateInputsStayLinear) {
  const SentenceSplitter& sp = Splitter();
  const std::size_t size = std::size_t{10} << 20;
  {
    std::string stops;
    while (stops.size() < size) stops += "。";
    EXPECT_EQ(sp.Split(stops).size(), 1u);
  }
  {
    std::string dots(size, '.');
    EXPECT_EQ(sp.Split(dots).size(), 1u);
    EXPECT_EQ(sp.Around(dots, size / 2, 1000).end -
                  sp.Around(dots, size / 2, 1000).begin,
              2000u);
  }
  {
    std::string blanks(size, ' ');
    blanks[size / 2] = 'x';
    EXPECT_EQ(sp.Split(blanks).size(), 1u);
    EXPECT_EQ(sp.CountStarts(blanks, 0, size), 0u);
    EXPECT_EQ(SentenceIndex(sp, blanks, size - 1), 1u);
    EXPECT_EQ(sp.Around(blanks, 10, 100), (Span{10, 10}));
  }
  {
    std::string many;
    while (many.size() < size) many += "Ab. ";
    const std::vector<Span> split = sp.Split(many);
    EXPECT_EQ(split.size(), size / 4);
    EXPECT_EQ(sp.CountStarts(many, 0, size), size / 4 - 1);
  }
}

}  // namespace
}  // namespace internal
}  // namespace diplotier
