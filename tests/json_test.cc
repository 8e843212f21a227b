// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "diplotier/json.h"

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "diplotier/analysis.h"
#include "diplotier/tier.h"
#include "gtest/gtest.h"
#include "text/utf8.h"

namespace diplotier {
namespace {

// A strict RFC 8259 checker, just enough to say "this parses".
class JsonChecker {
 public:
  static bool Valid(std::string_view s) {
    JsonChecker c(s);
    c.SkipSpace();
    if (!c.Value()) return false;
    c.SkipSpace();
    return c.pos_ == s.size();
  }

 private:
  explicit JsonChecker(std::string_view s) : s_(s) {}

  bool Value() {
    if (pos_ >= s_.size()) return false;
    switch (s_[pos_]) {
      case '{':
        return Object();
      case '[':
        return Array();
      case '"':
        return String();
      case 't':
        return Word("true");
      case 'f':
        return Word("false");
      case 'n':
        return Word("null");
      default:
        return Number();
    }
  }
  bool Object() {
    ++pos_;
    SkipSpace();
    if (Eat('}')) return true;
    do {
      SkipSpace();
      if (pos_ >= s_.size() || s_[pos_] != '"' || !String()) return false;
      SkipSpace();
      if (!Eat(':')) return false;
      SkipSpace();
      if (!Value()) return false;
      SkipSpace();
    } while (Eat(','));
    return Eat('}');
  }
  bool Array() {
    ++pos_;
    SkipSpace();
    if (Eat(']')) return true;
    do {
      SkipSpace();
      if (!Value()) return false;
      SkipSpace();
    } while (Eat(','));
    return Eat(']');
  }
  bool String() {
    ++pos_;
    while (pos_ < s_.size()) {
      const unsigned char c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c < 0x20) return false;
      if (c == '\\') {
        if (++pos_ >= s_.size()) return false;
        const char e = s_[pos_];
        if (e == 'u') {
          for (int k = 1; k <= 4; ++k) {
            if (pos_ + k >= s_.size() ||
                !std::isxdigit(static_cast<unsigned char>(s_[pos_ + k]))) {
              return false;
            }
          }
          pos_ += 5;
          continue;
        }
        if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
          return false;
        }
        ++pos_;
        continue;
      }
      const std::size_t len = internal::ValidSequenceLength(s_, pos_);
      if (len == 0) return false;  // JSON text is UTF-8
      pos_ += len;
    }
    return false;
  }
  bool Number() {
    const std::size_t start = pos_;
    Eat('-');
    if (Eat('0')) {
    } else if (!Digits()) {
      return false;
    }
    if (Eat('.') && !Digits()) return false;
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (!Eat('+')) Eat('-');
      if (!Digits()) return false;
    }
    return pos_ > start;
  }
  bool Digits() {
    const std::size_t start = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    return pos_ > start;
  }
  bool Word(std::string_view w) {
    if (s_.substr(pos_, w.size()) != w) return false;
    pos_ += w.size();
    return true;
  }
  bool Eat(char c) {
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  void SkipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' ||
                                s_[pos_] == '\n' || s_[pos_] == '\r')) {
      ++pos_;
    }
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

const std::string kFffd = "\xEF\xBF\xBD";

std::string Repeat(const std::string& s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

TEST(JsonChecker, RejectsWhatItShould) {
  EXPECT_TRUE(JsonChecker::Valid(R"({"a":[1,-2.5e3,true,null,"x\n"]})"));
  EXPECT_FALSE(JsonChecker::Valid("{\"a\":\"\n\"}"));
  EXPECT_FALSE(JsonChecker::Valid("\"\xC3\""));
  EXPECT_FALSE(JsonChecker::Valid(R"({"a":1,})"));
  EXPECT_FALSE(JsonChecker::Valid(R"("\x")"));
}

struct EscapeCase {
  std::string in;
  std::string out;
};

TEST(JsonEscape, EscapesQuotesBackslashesAndControlBytes) {
  const std::vector<EscapeCase> cases = {
      {"", ""},
      {"plain text", "plain text"},
      {"\"", "\\\""},
      {"\\", "\\\\"},
      {"a\"b\\c", "a\\\"b\\\\c"},
      {"/", "/"},
      {"\b", "\\b"},
      {"\f", "\\f"},
      {"\n", "\\n"},
      {"\r", "\\r"},
      {"\t", "\\t"},
      {std::string(1, '\0'), "\\u0000"},
      {"\x01", "\\u0001"},
      {"\x0b", "\\u000b"},
      {"\x1f", "\\u001f"},
      {"\x7f", "\\u007f"},
      {" ~", " ~"},
      {"chargé d'affaires", "chargé d'affaires"},
      {"全面战略伙伴关系", "全面战略伙伴关系"},
      {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},  // U+1F600
      {"\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF"},  // U+10FFFF
      {"a\xE2\x80\xA8"
       "b\xE2\x80\xA9",
       "a\\u2028b\\u2029"},              // separators
      {"\xE2\x80\xA6", "\xE2\x80\xA6"},  // … stays
  };
  for (const EscapeCase& c : cases) {
    EXPECT_EQ(JsonEscape(c.in), c.out) << "input: " << c.in;
    EXPECT_TRUE(JsonChecker::Valid("\"" + JsonEscape(c.in) + "\""));
  }
}

TEST(JsonEscape, ReplacesEachIllFormedSubpartWithOneReplacementCharacter) {
  const std::vector<EscapeCase> cases = {
      {"\x80", kFffd},                         // lone continuation
      {"\xBF\x80", kFffd + kFffd},             // two of them
      {"\xC0\x80", kFffd + kFffd},             // overlong lead C0
      {"\xC1\xBF", kFffd + kFffd},             // overlong lead C1
      {"\xE0\x80\x80", Repeat(kFffd, 3)},      // overlong 3-byte
      {"\xED\xA0\x80", Repeat(kFffd, 3)},      // surrogate U+D800
      {"\xF0\x80\x80\x80", Repeat(kFffd, 4)},  // overlong 4-byte
      {"\xF4\x90\x80\x80", Repeat(kFffd, 4)},  // above U+10FFFF
      {"\xF5\x80", kFffd + kFffd},             // invalid lead F5
      {"\xFF", kFffd},
      {"\xE4\xBC", kFffd},         // truncated at the end
      {"\xE4\xBCx", kFffd + "x"},  // truncated before ASCII
      {"\xF0\x9F\x98", kFffd},
      {"\xF0\x9F\x98\xE4\xBC\x99", kFffd + "伙"},  // truncated before a char
      {"a\xC3", "a" + kFffd},
      {"\xC3\"", kFffd + "\\\""},  // a quote ends it
  };
  for (const EscapeCase& c : cases) {
    EXPECT_EQ(JsonEscape(c.in), c.out);
  }
}

// Every way of breaking one multi-byte character: drop, replace or truncate
// at each of its byte positions. The output must be valid UTF-8 and keep the
// surrounding text.
TEST(JsonEscape, InvalidUtf8AtEveryPositionOfAMultiByteCharacter) {
  for (const std::string ch : {"é", "伙", "\xF0\x9F\x98\x80"}) {
    const std::size_t len = ch.size();
    for (std::size_t k = 0; k < len; ++k) {
      SCOPED_TRACE("character of " + std::to_string(len) + " bytes, byte " +
                   std::to_string(k));
      // Cut after byte k: the lead and k continuations are one subpart.
      if (k + 1 < len) {
        EXPECT_EQ(JsonEscape("<" + ch.substr(0, k + 1) + ">"),
                  "<" + kFffd + ">");
      }
      // Byte k replaced by 'x'.
      std::string replaced = ch;
      replaced[k] = 'x';
      const std::string expected =
          k == 0 ? "x" + Repeat(kFffd, len - 1)
                 : kFffd + "x" + Repeat(kFffd, len - k - 1);
      EXPECT_EQ(JsonEscape(replaced), expected);
      // Starting at byte k > 0: only continuation bytes remain.
      if (k > 0) {
        EXPECT_EQ(JsonEscape("a" + ch.substr(k) + "b"),
                  "a" + Repeat(kFffd, len - k) + "b");
      }
      // Byte k dropped.
      std::string dropped = ch;
      dropped.erase(k, 1);
      const std::string escaped = JsonEscape("[" + dropped + "]");
      EXPECT_EQ(internal::FindInvalidUtf8(escaped), std::string_view::npos);
      EXPECT_EQ(escaped.front(), '[');
      EXPECT_EQ(escaped.back(), ']');
    }
  }
}

TEST(JsonEscape, AnyBytesGiveAValidJsonString) {
  std::mt19937 rng(12345);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> length(0, 40);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int n = length(rng);
    for (int i = 0; i < n; ++i) {
      // Bias towards the interesting bytes.
      const int b = byte(rng);
      s.push_back(static_cast<char>(b < 64   ? 0x80 + (b & 0x3F)
                                    : b < 80 ? 0xE0 + (b & 0x0F)
                                             : b));
    }
    const std::string escaped = JsonEscape(s);
    ASSERT_EQ(internal::FindInvalidUtf8(escaped), std::string_view::npos);
    ASSERT_TRUE(JsonChecker::Valid("\"" + escaped + "\"")) << escaped;
  }
}

TEST(ChangeEndName, UsesRepresentationOnlyWithoutATier) {
  EXPECT_EQ(
      ChangeEndName(Tier::kStrategicPartnership, Representation::kUnknown),
      "strategic_partnership");
  EXPECT_EQ(ChangeEndName(Tier::kNone, Representation::kChargeDAffaires),
            "other:charge_d_affaires");
  EXPECT_EQ(ChangeEndName(Tier::kNone, Representation::kUnknown), "none");
  EXPECT_EQ(ChangeEndName(Tier::kPartnership, Representation::kAmbassador),
            "partnership");
}

Analysis HandBuilt() {
  Analysis a;
  a.tier = Tier::kAllWeatherStrategicPartnership;
  a.rank = 5;
  a.ladder = "china";
  a.dyads = {Dyad{"CHN", "VEN"}};
  Mention m;
  m.tier = Tier::kAllWeatherStrategicPartnership;
  m.rank = 5;
  m.begin = 44;
  m.end = 76;
  m.text = "all-weather strategic partnership";
  m.qualifiers = {"new_era"};
  m.sentence = 0;
  m.dyad = Dyad{"CHN", "VEN"};
  a.mentions.push_back(m);
  Mention h;
  h.tier = Tier::kSpecialStrategicPartnership;
  h.rank = -1;
  h.begin = 100;
  h.end = 128;
  h.text = "special \"strategic\"\tpartner";
  h.modality = Modality::kHypothetical;
  h.sentence = 1;
  a.mentions.push_back(h);
  TierChange up;
  up.kind = ChangeKind::kUpgrade;
  up.from = Tier::kComprehensiveStrategicPartnership;
  up.to = Tier::kAllWeatherStrategicPartnership;
  up.delta = 1;
  up.begin = 0;
  up.end = 10;
  up.dyad = Dyad{"CHN", "VEN"};
  a.changes.push_back(up);
  TierChange down;
  down.kind = ChangeKind::kDowngrade;
  down.status = Modality::kNegated;
  down.from_level = Representation::kAmbassador;
  down.to_level = Representation::kChargeDAffaires;
  down.begin = 11;
  down.end = 21;
  down.sentence = 1;
  down.dyad = Dyad{"LTU", ""};
  down.source = ChangeSource::kHistory;
  a.changes.push_back(down);
  a.events.push_back(up);
  return a;
}

TEST(ToJson, WritesTheDocumentedRecord) {
  const std::string text = "Sentence 1.\nLine\x01two\xC3 rest of the text";
  const std::string json =
      ToJson(HandBuilt(), "dir/a\"b.txt", "2023-09-13", text);
  const std::string expected =
      R"({"doc":"dir/a\"b.txt","date":"2023-09-13",)"
      R"("tier":"all_weather_strategic_partnership","rank":5,)"
      R"("ladder":"china","dyads":["CHN|VEN"],)"
      R"("mentions":[{"tier":"all_weather_strategic_partnership","rank":5,)"
      R"("begin":44,"end":76,"text":"all-weather strategic partnership",)"
      R"("status":"asserted","qualifiers":["new_era"],"dyad":"CHN|VEN",)"
      R"("sentence":0},)"
      R"({"tier":"special_strategic_partnership","rank":-1,"begin":100,)"
      R"("end":128,"text":"special \"strategic\"\tpartner",)"
      R"("status":"hypothetical","qualifiers":[],"dyad":null,"sentence":1}],)"
      R"("changes":[{"kind":"upgrade","status":"asserted",)"
      R"("from":"comprehensive_strategic_partnership",)"
      R"("to":"all_weather_strategic_partnership","delta":1,)"
      R"("dyad":"CHN|VEN","begin":0,"end":10,"evidence":"Sentence 1",)"
      R"("source":"text"},)"
      R"({"kind":"downgrade","status":"negated","from":"other:ambassador",)"
      R"("to":"other:charge_d_affaires","delta":null,"dyad":"LTU|",)"
      R"("begin":11,"end":21,"evidence":"\nLine\u0001two\uFFFD",)"
      R"("source":"history"}],)"
      R"("events":[{"kind":"upgrade","status":"asserted",)"
      R"("from":"comprehensive_strategic_partnership",)"
      R"("to":"all_weather_strategic_partnership","delta":1,)"
      R"("dyad":"CHN|VEN","begin":0,"end":10}]})";
  // The expected text spells U+FFFD as an escape for readability.
  std::string want = expected;
  want.replace(want.find("\\uFFFD"), 6, kFffd);
  EXPECT_EQ(json, want);
  EXPECT_TRUE(JsonChecker::Valid(json));
  EXPECT_EQ(json.find('\n'), std::string::npos);
}

TEST(ToJson, EmptyAnalysisAndNullDate) {
  Analysis a;
  a.ladder = "china";
  EXPECT_EQ(ToJson(a, "-", "", ""),
            R"({"doc":"-","date":null,"tier":"none","rank":0,)"
            R"("ladder":"china","dyads":[],"mentions":[],"changes":[],)"
            R"("events":[]})");
}

TEST(ToJson, NamesAnOffLadderRelationshipOtherLabel) {
  Analysis a;
  a.ladder = "china";
  a.tier_label = "special_relationship";
  Mention m;
  m.label = "special_relationship";
  m.begin = 4;
  m.end = 24;
  m.text = "special relationship";
  a.mentions.push_back(m);
  const std::string json = ToJson(a, "-", "", "");
  EXPECT_NE(json.find(R"("tier":"other:special_relationship","rank":0)"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find(R"({"tier":"other:special_relationship","rank":-1,)"),
            std::string::npos)
      << json;
  EXPECT_EQ(TierOrLabelName(Tier::kNone, ""), "none");
  EXPECT_EQ(TierOrLabelName(Tier::kPartnership, "ignored"), "partnership");
}

TEST(ToJson, EvidenceOutsideTheTextIsEmpty) {
  Analysis a;
  TierChange c;
  c.begin = 5;
  c.end = 50;
  a.changes.push_back(c);
  const std::string json = ToJson(a, "d", "", "short");
  EXPECT_NE(json.find(R"("evidence":"")"), std::string::npos) << json;
  EXPECT_TRUE(JsonChecker::Valid(json));
}

TEST(ToJsonWithEvidence, TakesTheEvidenceGiven) {
  const Analysis a = HandBuilt();
  const std::string json =
      ToJsonWithEvidence(a, "d", "", {"first \"one\"", "second"});
  EXPECT_NE(json.find(R"("evidence":"first \"one\"")"), std::string::npos);
  EXPECT_NE(json.find(R"("evidence":"second")"), std::string::npos);
  EXPECT_TRUE(JsonChecker::Valid(json));
  // Fewer evidence strings than changes: the rest are empty.
  const std::string short_json = ToJsonWithEvidence(a, "d", "", {});
  EXPECT_NE(short_json.find(R"("evidence":"")"), std::string::npos);
  EXPECT_EQ(ToJson(a, "d", "", std::string(30, 'x')),
            ToJsonWithEvidence(a, "d", "",
                               {std::string(10, 'x'), std::string(10, 'x')}));
}

TEST(ToJson, PiecesMakeTheSameRecord) {
  const Analysis a = HandBuilt();
  const std::string text(30, 'y');
  std::string pieces;
  AppendRecordHead(a, "d", "2020-01-01", &pieces);
  AppendMentionJson(a.mentions[0], &pieces);
  pieces.push_back(',');
  AppendMentionJson(a.mentions[1], &pieces);
  pieces.append("],\"changes\":[");
  AppendChangeJson(a.changes[0], text.substr(0, 10), &pieces);
  pieces.push_back(',');
  AppendChangeJson(a.changes[1], text.substr(11, 10), &pieces);
  AppendEventsJson(a, &pieces);
  pieces.append("]}");
  EXPECT_EQ(pieces, ToJson(a, "d", "2020-01-01", text));
}

TEST(ToJson, AnyBytesInTheTextGiveValidJson) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255);
  Analysis a = HandBuilt();
  for (int round = 0; round < 2000; ++round) {
    std::string text(40, '\0');
    for (char& c : text) c = static_cast<char>(byte(rng));
    a.mentions[0].text = text.substr(0, 12);
    a.mentions[0].qualifiers = {text.substr(12, 3)};
    const std::string json = ToJson(a, text.substr(20, 5), "", text);
    ASSERT_TRUE(JsonChecker::Valid(json)) << json;
  }
}

}  // namespace
}  // namespace diplotier
