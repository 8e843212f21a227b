// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string_view>
#include <system_error>
#include <utility>

#include "absl/status/status.h"

namespace diplotier {
namespace bench {
namespace {

// splitmix64: a tiny generator whose output is the same everywhere.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t Below(std::size_t n) {
    return static_cast<std::size_t>(Next() % n);
  }
  template <typename T, std::size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Below(N)];
  }

 private:
  std::uint64_t state_;
};

// Replaces every byte that is not part of a valid UTF-8 sequence by '?', so
// that every engine (Hyperscan requires valid UTF-8) sees the same text.
std::string SanitizeUtf8(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  std::size_t i = 0;
  while (i < in.size()) {
    const unsigned char c = s[i];
    std::size_t len = c < 0x80                 ? 1
                      : c >= 0xC2 && c <= 0xDF ? 2
                      : c >= 0xE0 && c <= 0xEF ? 3
                      : c >= 0xF0 && c <= 0xF4 ? 4
                                               : 0;
    bool ok = len > 0 && i + len <= in.size();
    for (std::size_t k = 1; ok && k < len; ++k) ok = (s[i + k] & 0xC0) == 0x80;
    if (ok && len == 3) {
      const unsigned cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6);
      ok = cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
    }
    if (ok && len == 4) {
      const unsigned cp = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12);
      ok = cp >= 0x10000 && cp <= 0x10FFFF;
    }
    if (!ok) {
      out.push_back('?');
      ++i;
      continue;
    }
    out.append(in.data() + i, len);
    i += len;
  }
  return out;
}

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// Paragraphs: runs of lines separated by lines that hold only blanks.
void SplitParagraphs(std::string_view text, std::vector<std::string>* out) {
  std::string current;
  std::size_t pos = 0;
  auto flush = [&] {
    std::string_view p = Trim(current);
    const bool has_letter = std::any_of(p.begin(), p.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    if (p.size() >= 20 && has_letter) out->emplace_back(p);
    current.clear();
  };
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty()) {
      flush();
    } else {
      if (!current.empty()) current.push_back('\n');
      current.append(line.data(), line.size());
    }
    pos = nl + 1;
  }
  flush();
}

// Sentences of a prose paragraph: a '.', '!' or '?' followed by blanks and
// an uppercase letter, a digit or an opening quote or bracket ends one. A
// rough cut: it only decides where generated sentences may be inserted.
std::vector<std::string_view> SplitSentences(std::string_view p) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 2 < p.size(); ++i) {
    if (p[i] != '.' && p[i] != '!' && p[i] != '?') continue;
    std::size_t j = i + 1;
    while (j < p.size() && IsBlank(p[j])) ++j;
    if (j == i + 1 || j >= p.size()) continue;
    const char c = p[j];
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' ||
        c == '(') {
      out.push_back(p.substr(start, i + 1 - start));
      start = j;
      i = j - 1;
    }
  }
  if (start < p.size()) out.push_back(p.substr(start));
  return out;
}

// ---------------------------------------------------------------------------
// Partnership sentences.
// ---------------------------------------------------------------------------

struct Country {
  const char* english;
  const char* chinese;
  const char* short_name;  // one word, for "the Vietnam-Australia CSP"
};

constexpr Country kCountries[] = {
    {"China", "中国", "China"},
    {"Pakistan", "巴基斯坦", "Pakistan"},
    {"Vietnam", "越南", "Vietnam"},
    {"Indonesia", "印度尼西亚", "Indonesia"},
    {"Brazil", "巴西", "Brazil"},
    {"Russia", "俄罗斯", "Russia"},
    {"Kazakhstan", "哈萨克斯坦", "Kazakhstan"},
    {"India", "印度", "India"},
    {"Japan", "日本", "Japan"},
    {"Australia", "澳大利亚", "Australia"},
    {"France", "法国", "France"},
    {"Germany", "德国", "Germany"},
    {"Egypt", "埃及", "Egypt"},
    {"South Africa", "南非", "Pretoria"},
    {"Venezuela", "委内瑞拉", "Venezuela"},
    {"Serbia", "塞尔维亚", "Serbia"},
    {"Hungary", "匈牙利", "Hungary"},
    {"Belarus", "白俄罗斯", "Belarus"},
    {"Cambodia", "柬埔寨", "Cambodia"},
    {"Laos", "老挝", "Laos"},
    {"Thailand", "泰国", "Thailand"},
    {"Malaysia", "马来西亚", "Malaysia"},
    {"the Philippines", "菲律宾", "Manila"},
    {"Mexico", "墨西哥", "Mexico"},
    {"Argentina", "阿根廷", "Argentina"},
    {"Nigeria", "尼日利亚", "Nigeria"},
    {"Ethiopia", "埃塞俄比亚", "Ethiopia"},
    {"Saudi Arabia", "沙特阿拉伯", "Riyadh"},
    {"Iran", "伊朗", "Iran"},
    {"Turkey", "土耳其", "Ankara"},
    {"the United States", "美国", "US"},
    {"the United Kingdom", "英国", "UK"},
    {"South Korea", "韩国", "Seoul"},
    {"New Zealand", "新西兰", "Wellington"},
    {"Singapore", "新加坡", "Singapore"},
    {"Chile", "智利", "Chile"},
    {"Peru", "秘鲁", "Peru"},
    {"Uzbekistan", "乌兹别克斯坦", "Uzbekistan"},
    {"Mongolia", "蒙古", "Mongolia"},
    {"the European Union", "欧盟", "EU"},
    {"ASEAN", "东盟", "ASEAN"},
};

// English tier phrases, with the separators and decorations real text uses.
constexpr const char* kTiers[] = {
    "strategic partnership",
    "strategic partnership",
    "comprehensive strategic partnership",
    "comprehensive strategic partnership",
    "comprehensive, strategic partnership",
    "comprehensive and strategic partnership",
    "comprehensive strategic\npartnership",
    "all-round strategic partnership",
    "all-weather strategic partnership",
    "all-weather strategic cooperative partnership",
    "all-weather comprehensive strategic partnership",
    "strategic cooperative partnership",
    "strategic partnership of cooperation",
    "comprehensive strategic cooperative partnership",
    "comprehensive strategic partnership of coordination",
    "permanent comprehensive strategic partnership",
    "enhanced strategic partnership",
    "global strategic partnership",
    "comprehensive global strategic partnership",
    "special strategic partnership",
    "special and privileged strategic partnership",
    "comprehensive partnership",
    "comprehensive cooperative partnership",
    "cooperative partnership",
    "friendly cooperative partnership",
    "comprehensive, innovative strategic partnership",
    "constructive partnership",
    "new-type partnership",
    "Comprehensive Strategic Partnership",
    "strategic-partnership",
};

// Chinese tier phrases (simplified, and one traditional form).
constexpr const char* kChineseTiers[] = {
    "战略伙伴关系",           "全面战略伙伴关系",       "全面战略合作伙伴关系",
    "全天候战略合作伙伴关系", "全面战略协作伙伴关系",   "永久全面战略伙伴关系",
    "全面合作伙伴关系",       "友好合作伙伴关系",       "战略合作伙伴关系",
    "全天候全面战略伙伴关系", "新时代全面战略伙伴关系", "全球战略伙伴关系",
    "特殊战略伙伴关系",       "全面戰略夥伴關係",       "伙伴关系",
};

constexpr const char* kCities[] = {
    "Beijing", "Hanoi", "Jakarta",  "New Delhi", "Brasilia", "Moscow",
    "Astana",  "Tokyo", "Canberra", "Paris",     "Cairo",    "Belgrade",
};

// Templates. {A} {B}: country names; {SA} {SB}: one-word names; {T} {U}:
// English tiers; {ZA} {ZB}: Chinese names; {ZT} {ZU}: Chinese tiers; {Y}: a
// year; {N}: an anniversary; {C}: a city.
constexpr const char* kTemplates[] = {
    // Upgrades and establishments.
    "{A} and {B} agreed to upgrade their relations to a {T} during talks in "
    "{C}.",
    "{A} and {B} upgraded their ties from a {T} to a {U} on Tuesday.",
    "{A} and {B} established a {T} in {Y}, according to a joint statement.",
    "The two countries have agreed to elevate their {T} to a {U}, the foreign "
    "ministry said.",
    "{A} and {B} are expected to lift the {T} to a {U} when the president "
    "visits {C} next month.",
    "{A} named {B} as a {T} in its new foreign policy white paper.",
    "Under the framework of the {T}, {A} and {B} signed eleven agreements on "
    "trade, energy and education.",
    "Leaders of {A} and {B} reaffirmed their {T} on the {N}th anniversary of "
    "diplomatic relations.",
    "The {SA}-{SB} CSP, signed in {Y}, covers defence, trade and technology.",
    "{A} and {B} upgraded ties to a {T} ({ZT}) in {Y}.",
    // Hypothetical and negated.
    "{A} has not yet agreed to form a {T} with {B}, officials said.",
    "The two sides could upgrade the {T} to a {U} if the summit in {C} goes "
    "well.",
    "{A} said it had no plans to establish a {T} with {B}.",
    // Downgrades and representation.
    "{A} downgraded its {T} with {B} after the border incident.",
    "{A} suspended the {T} with {B}, citing security concerns.",
    "{A} recalled its ambassador from {B} and lowered its representation to "
    "the charg\xC3\xA9 d'affaires level.",
    "{A} severed diplomatic relations with {B} in {Y} and closed its embassy.",
    "{A} is no longer a strategic partner of {B}, the foreign minister told "
    "reporters in {C}.",
    "{A} and {B} restored diplomatic ties in {Y} and reopened their liaison "
    "office.",
    // Distractors the lexicon's guards exclude.
    "A state bank in {A} signed a public-private partnership with a local "
    "developer.",
    "{A} joined NATO's Partnership for Peace programme in {Y}.",
    "Officials from {A} said the Regional Comprehensive Economic Partnership "
    "would lower tariffs.",
    "The company named a lender from {B} as its strategic partner for the "
    "port project.",
    "{A} and {B} launched an energy strategic partnership on clean hydrogen.",
    "The firm became a business partner of the trade ministry of {A} in {Y}.",
    "The Eastern Partnership summit in {C} was postponed.",
    // Chinese.
    "{ZA}和{ZB}宣布将双边关系提升为{ZT}。",
    "{Y}年，{ZA}与{ZB}建立{ZT}。",
    "双方同意深化{ZA}{ZB}{ZT}，推动各领域合作。",
    "{ZA}和{ZB}有望将{ZT}升级为{ZU}。",
    "{ZA}决定将与{ZB}的外交关系降为代办级。",
    "{ZA}宣布与{ZB}断交。",
    "{ZA}与{ZB}的{ZT}不断发展。",
};

std::string Fill(const char* tmpl, Rng& rng) {
  const Country& a = rng.Pick(kCountries);
  const Country* b = &rng.Pick(kCountries);
  while (b == &a) b = &rng.Pick(kCountries);
  std::string out;
  std::string_view t(tmpl);
  std::size_t i = 0;
  while (i < t.size()) {
    if (t[i] != '{') {
      out.push_back(t[i++]);
      continue;
    }
    const std::size_t close = t.find('}', i);
    const std::string_view key = t.substr(i + 1, close - i - 1);
    i = close + 1;
    if (key == "A") {
      out += a.english;
    } else if (key == "B") {
      out += b->english;
    } else if (key == "SA") {
      out += a.short_name;
    } else if (key == "SB") {
      out += b->short_name;
    } else if (key == "ZA") {
      out += a.chinese;
    } else if (key == "ZB") {
      out += b->chinese;
    } else if (key == "T" || key == "U") {
      out += rng.Pick(kTiers);
    } else if (key == "ZT" || key == "ZU") {
      out += rng.Pick(kChineseTiers);
    } else if (key == "Y") {
      out += std::to_string(1990 + rng.Below(36));
    } else if (key == "N") {
      out += std::to_string(10 + 5 * rng.Below(10));
    } else if (key == "C") {
      out += rng.Pick(kCities);
    }
  }
  // A sentence starts with an uppercase letter or a CJK character.
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] -= 'a' - 'A';
  return out;
}

// ---------------------------------------------------------------------------
// The article: pieces of text; a piece with a replacement is a tier phrase or
// another anchor, replaced in the version without hits.
// ---------------------------------------------------------------------------

struct Piece {
  const char* text;
  const char* neutral;  // null: the same in both versions
};

constexpr Piece kArticle[] = {
    {"Asian capitals rewrite their diplomatic labels\n\nHANOI, May 12 "
     "(Newswire) - Vietnam and Australia on Friday ",
     nullptr},
    {"upgraded", "deepened"},
    {" their relations to a ", nullptr},
    {"comprehensive strategic partnership", "closer relationship"},
    {", the top rung of Hanoi's diplomatic ladder, during a two-day visit by "
     "the Australian prime minister. The two governments had set up a ",
     nullptr},
    {"strategic partnership", "working relationship"},
    {" in 2018, after a decade in which two-way trade more than doubled.\n\n"
     "The ",
     nullptr},
    {"upgrade", "move"},
    {" puts Australia in the same group as China, Russia, India, "
     "South Korea, Japan and the United States, each of which already has a ",
     nullptr},
    {"comprehensive strategic partnership", "close relationship"},
    {" with Vietnam. Officials in Canberra said the new framework would cover "
     "critical minerals, maritime security, education and climate change, and "
     "that leaders would meet every year.\n\nCapitals across Asia use such "
     "labels to signal how close they are. China keeps the most elaborate "
     "ladder: Pakistan remains its only ",
     nullptr},
    {"all-weather strategic cooperative partnership", "long-standing friend"},
    {", and Russia holds a ", nullptr},
    {"comprehensive strategic partnership of coordination",
     "close friendship"},
    {" for a new era. Chinese state media described the ties with Brazil as a "
     "",
     nullptr},
    {"全面战略伙伴关系", "全面合作关系"},
    {", and a commentary on Friday praised the ", nullptr},
    {"全天候战略合作伙伴关系", "长期友好关系"},
    {" with Islamabad.\n\nNot every relationship moves upward. Lithuania saw "
     "its ties with Beijing ",
     nullptr},
    {"downgraded", "reduced"},
    {" to the ", nullptr},
    {"charg\xC3\xA9 d'affaires level", "level of a junior official"},
    {" in 2021, and officials in Vilnius said there were no plans to rebuild a "
     "",
     nullptr},
    {"strategic partnership", "closer relationship"},
    {" soon. In Latin America, one government ", nullptr},
    {"severed diplomatic relations", "ended official contact"},
    {" with Taipei last year and moved its ", nullptr},
    {"embassy", "mission"},
    {" to Beijing.\n\nIn Jakarta, "
     "Indonesia and Japan announced that they would elevate their ",
     nullptr},
    {"strategic partnership", "cooperation"},
    {" to a ", nullptr},
    {"comprehensive strategic partnership", "higher level"},
    {", while India and France marked twenty-five years of their ", nullptr},
    {"strategic partnership", "cooperation"},
    {" with a new defence roadmap. The European Union, which counts ten "
     "countries as ",
     nullptr},
    {"strategic partners", "close friends"},
    {", said it would review its approach next year.\n\nDiplomats caution "
     "that labels are only part of the story. \"A ",
     nullptr},
    {"comprehensive partnership", "warm statement"},
    {" on paper does not mean that ministers will pick up the phone,\" a "
     "former ",
     nullptr},
    {"ambassador", "minister"},
    {" said. Trade, investment and regular visits matter more than the words "
     "of a joint statement, he added, and both governments still have to "
     "agree on the details of the new maritime and education programmes.\n\n"
     "Officials in both capitals said the next round of talks would focus on "
     "customs rules, port fees and a new air services agreement, with a first "
     "report due before the end of the year. Business groups welcomed the "
     "plan but asked for clearer timelines.\n",
     nullptr},
};

std::string BuildArticle(bool with_hits) {
  std::string out;
  for (const Piece& p : kArticle) {
    out += (with_hits || p.neutral == nullptr) ? p.text : p.neutral;
  }
  return out;
}

}  // namespace

absl::StatusOr<std::vector<std::string>> LoadProse(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(it->path());
  }
  if (ec) {
    return absl::NotFoundError("cannot read prose directory " + dir + ": " +
                               ec.message());
  }
  std::sort(files.begin(), files.end());
  std::set<fs::path> seen;
  std::vector<std::string> paragraphs;
  for (const fs::path& f : files) {
    const fs::path real = fs::canonical(f, ec);
    if (ec || !seen.insert(real).second) continue;
    std::ifstream in(real, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
    SplitParagraphs(SanitizeUtf8(text), &paragraphs);
  }
  if (paragraphs.empty()) {
    return absl::NotFoundError("no prose paragraphs found in " + dir);
  }
  return paragraphs;
}

std::string MakeCorpus(const std::vector<std::string>& prose,
                       const CorpusOptions& options, CorpusStats* stats) {
  Rng rng(options.seed * 0x2545F4914F6CDD1Dull +
          static_cast<std::uint64_t>(options.one_in));
  std::string out;
  out.reserve(options.size_bytes + 64 * 1024);
  CorpusStats s;
  const std::size_t one_in =
      static_cast<std::size_t>(std::max(options.one_in, 1));
  while (out.size() < options.size_bytes && !prose.empty()) {
    const std::vector<std::string_view> sentences =
        SplitSentences(prose[rng.Below(prose.size())]);
    std::size_t next = 0;
    bool first = true;
    // Each slot holds either a generated sentence or the next prose one.
    while (next < sentences.size()) {
      if (!first) out.push_back(' ');
      first = false;
      if (rng.Below(one_in) == 0) {
        out += Fill(rng.Pick(kTemplates), rng);
        ++s.generated;
      } else {
        out.append(sentences[next].data(), sentences[next].size());
        ++next;
      }
      ++s.sentences;
    }
    out += "\n\n";
    ++s.paragraphs;
  }
  if (stats != nullptr) *stats = s;
  return out;
}

std::string Article() { return BuildArticle(true); }
std::string ArticleWithoutHits() { return BuildArticle(false); }

}  // namespace bench
}  // namespace diplotier
