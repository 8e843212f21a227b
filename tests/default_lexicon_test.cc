// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Pins what the default lexicon (lib/data/default.lexicon) recognises: every
// tier of DOMAIN.md §1 in English and both Chinese scripts, their spelling
// variants, the distractors of §5 that must not fire, the qualifiers, and the
// words of the representation and cue lists. The engine has its own suite
// with a small test lexicon; this one fails when an edit of the default
// lexicon changes what it finds.
//
// Each table row names the text, the tier expected (Tier::kNone: nothing may
// fire) and the exact substring the mention must cover; the expected offsets
// are where that substring first occurs in the text.

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "default_classifier.h"
#include "diplotier/analysis.h"
#include "diplotier/classifier.h"
#include "diplotier/lexicon.h"
#include "diplotier/tier.h"
#include "gtest/gtest.h"
#include "re2/re2.h"

namespace diplotier {
namespace {

// One expectation: `text` holds exactly one tier mention, of `tier`, whose
// bytes are the first occurrence of `match` in `text`; or, with kNone, no
// mention at all.
struct Row {
  const char* text;
  Tier tier;
  const char* match;
};

// Checks one row.
void ExpectRow(const Row& row) {
  SCOPED_TRACE(testing::Message() << "text: \"" << row.text << "\"");
  absl::StatusOr<std::vector<Mention>> mentions =
      DefaultClassifier().FindMentions(row.text);
  ASSERT_TRUE(mentions.ok()) << mentions.status();
  if (row.tier == Tier::kNone) {
    for (const Mention& m : *mentions) {
      ADD_FAILURE() << "unexpected " << TierName(m.tier) << " mention \""
                    << m.text << "\"";
    }
    return;
  }
  const std::string text = row.text;
  const std::size_t begin = text.find(row.match);
  ASSERT_NE(begin, std::string::npos)
      << "bad row: \"" << row.match << "\" is not in the text";
  ASSERT_EQ(mentions->size(), 1u) << [&] {
    std::string found;
    for (const Mention& m : *mentions) {
      found += " [" + std::string(TierName(m.tier)) + " \"" + m.text + "\"]";
    }
    return "mentions found:" + found;
  }();
  const Mention& m = mentions->front();
  EXPECT_EQ(TierName(m.tier), TierName(row.tier))
      << "matched \"" << m.text << "\"";
  EXPECT_EQ(m.text, row.match);
  EXPECT_EQ(m.begin, begin);
  EXPECT_EQ(m.end, begin + std::string_view(row.match).size());
}

void ExpectRows(const std::vector<Row>& rows) {
  ASSERT_DEFAULT_CLASSIFIER_OK();
  for (const Row& row : rows) ExpectRow(row);
}

// ---------------------------------------------------------------------------
// The tables.
// ---------------------------------------------------------------------------

// Every row of DOMAIN.md §1 in English, with each listed surface form.
const std::vector<Row>& EnglishCanonicalRows() {
  static const auto* rows = new std::vector<Row>{
      // partnership: only with a diplomatic modifier.
      {"The two countries agreed to build a friendly partnership.",
       Tier::kPartnership, "friendly partnership"},
      {"Beijing described its ties with Canberra as a constructive "
       "partnership.",
       Tier::kPartnership, "constructive partnership"},
      {"The leaders pledged a new-type partnership between the two nations.",
       Tier::kPartnership, "new-type partnership"},
      {"They outlined a new type of partnership based on equality.",
       Tier::kPartnership, "new type of partnership"},
      {"Both sides said their partnership relations keep growing.",
       Tier::kPartnership, "partnership relations"},
      // cooperative_partnership
      {"Seoul and Beijing set up a cooperative partnership in 1998.",
       Tier::kCooperativePartnership, "cooperative partnership"},
      {"The ministers praised the cooperation partnership between them.",
       Tier::kCooperativePartnership, "cooperation partnership"},
      {"The communique speaks of a friendly cooperative partnership.",
       Tier::kCooperativePartnership, "friendly cooperative partnership"},
      {"A treaty created a partnership of cooperation between the neighbours.",
       Tier::kCooperativePartnership, "partnership of cooperation"},
      // comprehensive_partnership
      {"Hanoi and Canberra signed a comprehensive partnership in 2009.",
       Tier::kComprehensivePartnership, "comprehensive partnership"},
      {"The two governments agreed on an all-round partnership.",
       Tier::kComprehensivePartnership, "all-round partnership"},
      // comprehensive_cooperative_partnership
      {"In 2003 the ties became a comprehensive cooperative partnership.",
       Tier::kComprehensiveCooperativePartnership,
       "comprehensive cooperative partnership"},
      {"The statement mentions a comprehensive friendly cooperative "
       "partnership.",
       Tier::kComprehensiveCooperativePartnership,
       "comprehensive friendly cooperative partnership"},
      {"Both sides launched an all-round cooperative partnership.",
       Tier::kComprehensiveCooperativePartnership,
       "all-round cooperative partnership"},
      {"They spoke of a comprehensive partnership of cooperation.",
       Tier::kComprehensiveCooperativePartnership,
       "comprehensive partnership of cooperation"},
      // strategic_partnership
      {"Brazil and China formed a strategic partnership in 1993.",
       Tier::kStrategicPartnership, "strategic partnership"},
      {"The two countries signed an innovative strategic partnership.",
       Tier::kStrategicPartnership, "strategic partnership"},
      {"They described a mutually beneficial strategic partnership.",
       Tier::kStrategicPartnership, "strategic partnership"},
      // strategic_cooperative_partnership
      {"In 2008 the neighbours agreed on a strategic cooperative partnership.",
       Tier::kStrategicCooperativePartnership,
       "strategic cooperative partnership"},
      {"Officials called it a strategic cooperation partnership.",
       Tier::kStrategicCooperativePartnership,
       "strategic cooperation partnership"},
      {"Caracas and Beijing set up a strategic partnership of cooperation.",
       Tier::kStrategicCooperativePartnership,
       "strategic partnership of cooperation"},
      {"The two sides forged a partnership of strategic cooperation.",
       Tier::kStrategicCooperativePartnership,
       "partnership of strategic cooperation"},
      // comprehensive_strategic_partnership
      {"Brazil and China upgraded ties to a comprehensive strategic "
       "partnership in 2012.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partnership"},
      {"Germany and China agreed on an all-round strategic partnership in "
       "2014.",
       Tier::kComprehensiveStrategicPartnership,
       "all-round strategic partnership"},
      {"London and Beijing hailed a global comprehensive strategic "
       "partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partnership"},
      {"Some officials prefer to call it a strategic comprehensive "
       "partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "strategic comprehensive partnership"},
      {"The accord describes a comprehensive and strategic partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive and strategic partnership"},
      // comprehensive_strategic_cooperative_partnership
      {"Hanoi and Beijing have had a comprehensive strategic cooperative "
       "partnership since 2008.",
       Tier::kComprehensiveStrategicCooperativePartnership,
       "comprehensive strategic cooperative partnership"},
      {"It is a comprehensive strategic cooperation partnership.",
       Tier::kComprehensiveStrategicCooperativePartnership,
       "comprehensive strategic cooperation partnership"},
      {"They built a comprehensive strategic partnership of cooperation for a "
       "new era.",
       Tier::kComprehensiveStrategicCooperativePartnership,
       "comprehensive strategic partnership of cooperation"},
      {"The two parties pursue a partnership of comprehensive strategic "
       "cooperation.",
       Tier::kComprehensiveStrategicCooperativePartnership,
       "partnership of comprehensive strategic cooperation"},
      // comprehensive_strategic_partnership_of_coordination
      {"Moscow and Beijing deepened their comprehensive strategic partnership "
       "of coordination.",
       Tier::kComprehensiveStrategicPartnershipOfCoordination,
       "comprehensive strategic partnership of coordination"},
      {"In 1996 the two sides announced a strategic partnership of "
       "coordination.",
       Tier::kComprehensiveStrategicPartnershipOfCoordination,
       "strategic partnership of coordination"},
      {"Russia and China maintain a strategic collaborative partnership.",
       Tier::kComprehensiveStrategicPartnershipOfCoordination,
       "strategic collaborative partnership"},
      {"The 1996 declaration proclaimed a partnership of strategic "
       "coordination.",
       Tier::kComprehensiveStrategicPartnershipOfCoordination,
       "partnership of strategic coordination"},
      {"Analysts call it a comprehensive strategic coordination partnership.",
       Tier::kComprehensiveStrategicPartnershipOfCoordination,
       "comprehensive strategic coordination partnership"},
      // permanent_comprehensive_strategic_partnership
      {"Astana and Beijing agreed on a permanent comprehensive strategic "
       "partnership in 2019.",
       Tier::kPermanentComprehensiveStrategicPartnership,
       "permanent comprehensive strategic partnership"},
      {"The leaders spoke of an eternal comprehensive strategic partnership.",
       Tier::kPermanentComprehensiveStrategicPartnership,
       "eternal comprehensive strategic partnership"},
      // all_weather_strategic_partnership
      {"Caracas and Beijing raised relations to an all-weather strategic "
       "partnership in 2023.",
       Tier::kAllWeatherStrategicPartnership,
       "all-weather strategic partnership"},
      // all_weather_strategic_cooperative_partnership
      {"The 2015 visit produced an all-weather strategic cooperative "
       "partnership.",
       Tier::kAllWeatherStrategicCooperativePartnership,
       "all-weather strategic cooperative partnership"},
      {"Islamabad speaks of an all-weather strategic cooperation partnership.",
       Tier::kAllWeatherStrategicCooperativePartnership,
       "all-weather strategic cooperation partnership"},
      // all_weather_comprehensive_strategic_partnership
      {"Minsk and Beijing upgraded to an all-weather comprehensive strategic "
       "partnership.",
       Tier::kAllWeatherComprehensiveStrategicPartnership,
       "all-weather comprehensive strategic partnership"},
      {"Budapest now calls it a comprehensive all-weather strategic "
       "partnership.",
       Tier::kAllWeatherComprehensiveStrategicPartnership,
       "comprehensive all-weather strategic partnership"},
      // enhanced_strategic_partnership
      {"Tokyo and New Delhi agreed on an enhanced strategic partnership.",
       Tier::kEnhancedStrategicPartnership, "enhanced strategic partnership"},
      {"The summit produced an extensive strategic partnership.",
       Tier::kEnhancedStrategicPartnership, "extensive strategic partnership"},
      {"Both capitals welcomed the strengthened strategic partnership.",
       Tier::kEnhancedStrategicPartnership,
       "strengthened strategic partnership"},
      // global_strategic_partnership
      {"India and Japan set up a global strategic partnership.",
       Tier::kGlobalStrategicPartnership, "global strategic partnership"},
      {"In 2006 Tokyo and New Delhi declared a Global and Strategic "
       "Partnership.",
       Tier::kGlobalStrategicPartnership, "Global and Strategic Partnership"},
      {"The document lays out a strategic and global partnership.",
       Tier::kGlobalStrategicPartnership, "strategic and global partnership"},
      // comprehensive_global_strategic_partnership
      {"New Delhi and Washington describe their ties as a comprehensive global "
       "strategic partnership.",
       Tier::kComprehensiveGlobalStrategicPartnership,
       "comprehensive global strategic partnership"},
      // special_strategic_partnership
      {"Canberra and Tokyo enjoy a special strategic partnership.",
       Tier::kSpecialStrategicPartnership, "special strategic partnership"},
      {"Moscow and New Delhi share a special and privileged strategic "
       "partnership.",
       Tier::kSpecialStrategicPartnership,
       "special and privileged strategic partnership"},
      {"In 2014 the ties became a special strategic and global partnership.",
       Tier::kSpecialStrategicPartnership,
       "special strategic and global partnership"},
      {"Seoul and New Delhi announced a special global strategic partnership.",
       Tier::kSpecialStrategicPartnership,
       "special global strategic partnership"},
  };
  return *rows;
}

// Every Chinese form of DOMAIN.md §1, simplified characters.
const std::vector<Row>& SimplifiedChineseRows() {
  static const auto* rows = new std::vector<Row>{
      {"两国同意建立伙伴关系。", Tier::kPartnership, "伙伴关系"},
      {"双方宣布建立友好伙伴关系。", Tier::kPartnership, "友好伙伴关系"},
      {"两国致力于发展建设性伙伴关系。", Tier::kPartnership, "建设性伙伴关系"},
      {"中韩两国于1998年建立合作伙伴关系。", Tier::kCooperativePartnership,
       "合作伙伴关系"},
      {"两国决定建立友好合作伙伴关系。", Tier::kCooperativePartnership,
       "友好合作伙伴关系"},
      {"中以建立创新全面伙伴关系。", Tier::kComprehensivePartnership,
       "全面伙伴关系"},
      {"双方一致同意建立全面合作伙伴关系。",
       Tier::kComprehensiveCooperativePartnership, "全面合作伙伴关系"},
      {"两国建立了全方位合作伙伴关系。",
       Tier::kComprehensiveCooperativePartnership, "全方位合作伙伴关系"},
      {"两国关系提升为全面友好合作伙伴关系。",
       Tier::kComprehensiveCooperativePartnership, "全面友好合作伙伴关系"},
      {"中国和巴西于1993年建立战略伙伴关系。", Tier::kStrategicPartnership,
       "战略伙伴关系"},
      {"巴西是中国的战略伙伴。", Tier::kStrategicPartnership, "战略伙伴"},
      {"中韩关系于2008年提升为战略合作伙伴关系。",
       Tier::kStrategicCooperativePartnership, "战略合作伙伴关系"},
      {"两国关系提升为全面战略伙伴关系。",
       Tier::kComprehensiveStrategicPartnership, "全面战略伙伴关系"},
      {"中德建立全方位战略伙伴关系。", Tier::kComprehensiveStrategicPartnership,
       "全方位战略伙伴关系"},
      {"中越两国是全面战略合作伙伴关系。",
       Tier::kComprehensiveStrategicCooperativePartnership,
       "全面战略合作伙伴关系"},
      {"越南是中国的全面战略合作伙伴。",
       Tier::kComprehensiveStrategicCooperativePartnership, "全面战略合作伙伴"},
      {"1996年中俄建立战略协作伙伴关系。",
       Tier::kComprehensiveStrategicPartnershipOfCoordination,
       "战略协作伙伴关系"},
      {"中俄新时代全面战略协作伙伴关系持续发展。",
       Tier::kComprehensiveStrategicPartnershipOfCoordination,
       "全面战略协作伙伴关系"},
      {"中哈宣布发展永久全面战略伙伴关系。",
       Tier::kPermanentComprehensiveStrategicPartnership,
       "永久全面战略伙伴关系"},
      {"中委关系提升为全天候战略伙伴关系。",
       Tier::kAllWeatherStrategicPartnership, "全天候战略伙伴关系"},
      {"中巴全天候战略合作伙伴关系牢不可破。",
       Tier::kAllWeatherStrategicCooperativePartnership,
       "全天候战略合作伙伴关系"},
      {"中白建立全天候全面战略伙伴关系。",
       Tier::kAllWeatherComprehensiveStrategicPartnership,
       "全天候全面战略伙伴关系"},
      {"日印两国建立全球战略伙伴关系。", Tier::kGlobalStrategicPartnership,
       "全球战略伙伴关系"},
      {"美印关系被称为全面全球战略伙伴关系。",
       Tier::kComprehensiveGlobalStrategicPartnership, "全面全球战略伙伴关系"},
      {"日印宣布建立特殊战略全球伙伴关系。", Tier::kSpecialStrategicPartnership,
       "特殊战略全球伙伴关系"},
      {"日印建立特殊全球战略伙伴关系。", Tier::kSpecialStrategicPartnership,
       "特殊全球战略伙伴关系"},
      {"两国宣布建立特殊和优先战略伙伴关系。",
       Tier::kSpecialStrategicPartnership, "特殊和优先战略伙伴关系"},
  };
  return *rows;
}

// The same forms in traditional characters (夥伴關係, 戰略, 協作 ...).
const std::vector<Row>& TraditionalChineseRows() {
  static const auto* rows = new std::vector<Row>{
      {"兩國同意建立夥伴關係。", Tier::kPartnership, "夥伴關係"},
      {"雙方宣布建立友好夥伴關係。", Tier::kPartnership, "友好夥伴關係"},
      {"兩國致力於發展建設性夥伴關係。", Tier::kPartnership, "建設性夥伴關係"},
      {"兩國建立合作夥伴關係。", Tier::kCooperativePartnership, "合作夥伴關係"},
      {"兩國決定建立友好合作夥伴關係。", Tier::kCooperativePartnership,
       "友好合作夥伴關係"},
      {"雙方建立全面夥伴關係。", Tier::kComprehensivePartnership,
       "全面夥伴關係"},
      {"雙方建立全面合作夥伴關係。", Tier::kComprehensiveCooperativePartnership,
       "全面合作夥伴關係"},
      {"兩國建立了全方位合作夥伴關係。",
       Tier::kComprehensiveCooperativePartnership, "全方位合作夥伴關係"},
      {"兩國建立戰略夥伴關係。", Tier::kStrategicPartnership, "戰略夥伴關係"},
      {"兩國關係提升為戰略合作夥伴關係。",
       Tier::kStrategicCooperativePartnership, "戰略合作夥伴關係"},
      {"兩國關係提升為全面戰略夥伴關係。",
       Tier::kComprehensiveStrategicPartnership, "全面戰略夥伴關係"},
      {"中德建立全方位戰略夥伴關係。", Tier::kComprehensiveStrategicPartnership,
       "全方位戰略夥伴關係"},
      {"雙方是全面戰略合作夥伴關係。",
       Tier::kComprehensiveStrategicCooperativePartnership,
       "全面戰略合作夥伴關係"},
      {"中俄全面戰略協作夥伴關係持續發展。",
       Tier::kComprehensiveStrategicPartnershipOfCoordination,
       "全面戰略協作夥伴關係"},
      {"中俄建立戰略協作夥伴關係。",
       Tier::kComprehensiveStrategicPartnershipOfCoordination,
       "戰略協作夥伴關係"},
      {"中哈發展永久全面戰略夥伴關係。",
       Tier::kPermanentComprehensiveStrategicPartnership,
       "永久全面戰略夥伴關係"},
      {"兩國關係提升為全天候戰略夥伴關係。",
       Tier::kAllWeatherStrategicPartnership, "全天候戰略夥伴關係"},
      {"中巴全天候戰略合作夥伴關係牢不可破。",
       Tier::kAllWeatherStrategicCooperativePartnership,
       "全天候戰略合作夥伴關係"},
      {"雙方建立全天候全面戰略夥伴關係。",
       Tier::kAllWeatherComprehensiveStrategicPartnership,
       "全天候全面戰略夥伴關係"},
      {"日印建立全球戰略夥伴關係。", Tier::kGlobalStrategicPartnership,
       "全球戰略夥伴關係"},
      {"日印建立特別戰略夥伴關係。", Tier::kSpecialStrategicPartnership,
       "特別戰略夥伴關係"},
      {"美印關係被稱為全面全球戰略夥伴關係。",
       Tier::kComprehensiveGlobalStrategicPartnership, "全面全球戰略夥伴關係"},
      // Mixed scripts occur in copied text.
      {"兩國建立全面战略夥伴关系。", Tier::kComprehensiveStrategicPartnership,
       "全面战略夥伴关系"},
      {"兩國宣布建立特殊和優先戰略夥伴關係。",
       Tier::kSpecialStrategicPartnership, "特殊和優先戰略夥伴關係"},
  };
  return *rows;
}

// Hyphens (ASCII, U+2010, U+2011, U+2013), spaces, line breaks, case.
const std::vector<Row>& SpellingVariantRows() {
  static const auto* rows = new std::vector<Row>{
      {"They agreed on a comprehensive strategic\npartnership last year.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic\npartnership"},
      {"They agreed on a comprehensive\r\nstrategic partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive\r\nstrategic partnership"},
      {"They agreed on a comprehensive   strategic \t partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive   strategic \t partnership"},
      {"A comprehensive-strategic-partnership framework was adopted.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive-strategic-partnership"},
      {"Caracas hailed the all weather strategic partnership.",
       Tier::kAllWeatherStrategicPartnership,
       "all weather strategic partnership"},
      {"Caracas hailed the all\xE2\x80\x90weather strategic partnership.",
       Tier::kAllWeatherStrategicPartnership,
       "all\xE2\x80\x90weather strategic partnership"},
      {"Caracas hailed the all\xE2\x80\x91weather strategic partnership.",
       Tier::kAllWeatherStrategicPartnership,
       "all\xE2\x80\x91weather strategic partnership"},
      {"Caracas hailed the all\xE2\x80\x93weather strategic partnership.",
       Tier::kAllWeatherStrategicPartnership,
       "all\xE2\x80\x93weather strategic partnership"},
      {"Caracas hailed the all-\nweather strategic partnership.",
       Tier::kAllWeatherStrategicPartnership,
       "all-\nweather strategic partnership"},
      {"The all-weather\nstrategic cooperative\npartnership endures.",
       Tier::kAllWeatherStrategicCooperativePartnership,
       "all-weather\nstrategic cooperative\npartnership"},
      {"Hanoi and Washington now share a Comprehensive Strategic Partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "Comprehensive Strategic Partnership"},
      {"THE TWO SIDES SIGNED A COMPREHENSIVE STRATEGIC PARTNERSHIP.",
       Tier::kComprehensiveStrategicPartnership,
       "COMPREHENSIVE STRATEGIC PARTNERSHIP"},
      {"Delegates praised the Strategic partnership.",
       Tier::kStrategicPartnership, "Strategic partnership"},
      {"Berlin cited its All-Round Strategic Partnership with Beijing.",
       Tier::kComprehensiveStrategicPartnership,
       "All-Round Strategic Partnership"},
      {"The ALL-WEATHER STRATEGIC COOPERATIVE PARTNERSHIP was reaffirmed.",
       Tier::kAllWeatherStrategicCooperativePartnership,
       "ALL-WEATHER STRATEGIC COOPERATIVE PARTNERSHIP"},
      {"The ties were called a strategic co-operative partnership.",
       Tier::kStrategicCooperativePartnership,
       "strategic co-operative partnership"},
      {"It was a comprehensive\xC2\xA0strategic partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive\xC2\xA0strategic partnership"},
      {"Seoul hailed its Special Strategic Partnership with New Delhi.",
       Tier::kSpecialStrategicPartnership, "Special Strategic Partnership"},
      {"They noted the permanent comprehensive\nstrategic partnership.",
       Tier::kPermanentComprehensiveStrategicPartnership,
       "permanent comprehensive\nstrategic partnership"},
      {"中越全面战略\n合作伙伴关系不断深化。",
       Tier::kComprehensiveStrategicCooperativePartnership,
       "全面战略\n合作伙伴关系"},
      {"两国建立全面战略伙伴\n关系。", Tier::kComprehensiveStrategicPartnership,
       "全面战略伙伴\n关系"},
  };
  return *rows;
}

// Word order, commas and "and" inside the phrase.
const std::vector<Row>& WordOrderRows() {
  static const auto* rows = new std::vector<Row>{
      {"Jakarta and Canberra have a strategic comprehensive partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "strategic comprehensive partnership"},
      {"They agreed on a comprehensive, strategic partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive, strategic partnership"},
      {"They agreed on a comprehensive and strategic partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive and strategic partnership"},
      {"They agreed on a strategic and comprehensive partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "strategic and comprehensive partnership"},
      {"They agreed on a strategic, comprehensive partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "strategic, comprehensive partnership"},
      {"They agreed on a comprehensive & strategic partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive & strategic partnership"},
      {"The accord set up a friendly and cooperative partnership.",
       Tier::kCooperativePartnership, "friendly and cooperative partnership"},
      {"The accord set up a strategic and cooperative partnership.",
       Tier::kStrategicCooperativePartnership,
       "strategic and cooperative partnership"},
      {"The accord set up a comprehensive, strategic and cooperative "
       "partnership.",
       Tier::kComprehensiveStrategicCooperativePartnership,
       "comprehensive, strategic and cooperative partnership"},
      {"The accord set up a comprehensive and friendly cooperative "
       "partnership.",
       Tier::kComprehensiveCooperativePartnership,
       "comprehensive and friendly cooperative partnership"},
      {"Minsk speaks of an all-weather, comprehensive strategic partnership.",
       Tier::kAllWeatherComprehensiveStrategicPartnership,
       "all-weather, comprehensive strategic partnership"},
      {"It was called a special, privileged strategic partnership.",
       Tier::kSpecialStrategicPartnership,
       "special, privileged strategic partnership"},
      {"It was called a global, strategic partnership.",
       Tier::kGlobalStrategicPartnership, "global, strategic partnership"},
      {"It was called a comprehensive, global strategic partnership.",
       Tier::kComprehensiveGlobalStrategicPartnership,
       "comprehensive, global strategic partnership"},
      {"It was called an all-round and strategic partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "all-round and strategic partnership"},
      {"两国建立战略全面伙伴关系。", Tier::kComprehensiveStrategicPartnership,
       "战略全面伙伴关系"},
      {"双方建立全面全天候战略伙伴关系。",
       Tier::kAllWeatherComprehensiveStrategicPartnership,
       "全面全天候战略伙伴关系"},
  };
  return *rows;
}

// "partners" (plural) and "partner" (singular) assert the same tier.
const std::vector<Row>& PartnerNounRows() {
  static const auto* rows = new std::vector<Row>{
      {"China and Pakistan are all-weather strategic cooperative partners.",
       Tier::kAllWeatherStrategicCooperativePartnership,
       "all-weather strategic cooperative partners"},
      {"Hanoi and Moscow are comprehensive strategic partners.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partners"},
      {"Australia is now Vietnam's comprehensive strategic partner.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partner"},
      {"The two remain strategic partners despite the dispute.",
       Tier::kStrategicPartnership, "strategic partners"},
      {"Kenya is a strategic partner of the European Union.",
       Tier::kStrategicPartnership, "strategic partner"},
      {"Vietnam has several comprehensive strategic partnerships in Asia.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partnerships"},
      {"Caracas and Beijing are all-weather strategic partners.",
       Tier::kAllWeatherStrategicPartnership, "all-weather strategic partners"},
      {"Moscow calls Beijing its strategic partner of coordination.",
       Tier::kComprehensiveStrategicPartnershipOfCoordination,
       "strategic partner of coordination"},
      {"Seoul and Beijing are strategic cooperative partners.",
       Tier::kStrategicCooperativePartnership,
       "strategic cooperative partners"},
      {"New Delhi and Tokyo are special strategic and global partners.",
       Tier::kSpecialStrategicPartnership,
       "special strategic and global partners"},
      {"The two are friendly cooperative partners.",
       Tier::kCooperativePartnership, "friendly cooperative partners"},
      {"Both sides value the strategic partnership relations.",
       Tier::kStrategicPartnership, "strategic partnership relations"},
      {"两国是全天候战略合作伙伴。",
       Tier::kAllWeatherStrategicCooperativePartnership, "全天候战略合作伙伴"},
      {"中方视巴西为全面战略伙伴。", Tier::kComprehensiveStrategicPartnership,
       "全面战略伙伴"},
      // The bare noun set against an alliance.
      {"Officials call the relationship a partnership, not an alliance.",
       Tier::kPartnership, "partnership, not an alliance"},
      {"The two armies see each other as partners rather than allies.",
       Tier::kPartnership, "partners rather than allies"},
      {"The two firms are partners, not rivals.", Tier::kNone, ""},
  };
  return *rows;
}

// Decorations inside or around the phrase leave the tier unchanged.
const std::vector<Row>& QualifierRows() {
  static const auto* rows = new std::vector<Row>{
      {"The two sides built a comprehensive, innovative strategic partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive, innovative strategic partnership"},
      {"The two sides built a comprehensive, high-quality strategic "
       "partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive, high-quality strategic partnership"},
      {"The two sides built an all-weather, future-oriented comprehensive "
       "strategic partnership.",
       Tier::kAllWeatherComprehensiveStrategicPartnership,
       "all-weather, future-oriented comprehensive strategic partnership"},
      {"They pledged a comprehensive, long-term and stable strategic "
       "partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive, long-term and stable strategic partnership"},
      {"They pledged a long-term, stable comprehensive strategic partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partnership"},
      {"The two sides built an innovative comprehensive strategic partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partnership"},
      {"Beijing and Budapest hailed a comprehensive strategic partnership for "
       "a new era.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partnership"},
      {"Beijing and Tashkent agreed on an all-weather comprehensive strategic "
       "partnership for the new era.",
       Tier::kAllWeatherComprehensiveStrategicPartnership,
       "all-weather comprehensive strategic partnership"},
      {"They agreed on a comprehensive strategic partnership for peace, "
       "cooperation and sustainable development.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partnership"},
      {"They forged a comprehensive cooperative partnership in the 21st "
       "century.",
       Tier::kComprehensiveCooperativePartnership,
       "comprehensive cooperative partnership"},
      {"They built a high-quality, future-oriented strategic partnership.",
       Tier::kStrategicPartnership, "strategic partnership"},
      {"中越新时代全面战略合作伙伴关系不断深化。",
       Tier::kComprehensiveStrategicCooperativePartnership,
       "全面战略合作伙伴关系"},
      {"双方宣布建立新时代全天候全面战略伙伴关系。",
       Tier::kAllWeatherComprehensiveStrategicPartnership,
       "全天候全面战略伙伴关系"},
      {"双方同意构建全面高水平战略伙伴关系。",
       Tier::kComprehensiveStrategicPartnership, "全面高水平战略伙伴关系"},
      {"两国建立全天候新时代全面战略伙伴关系。",
       Tier::kAllWeatherComprehensiveStrategicPartnership,
       "全天候新时代全面战略伙伴关系"},
      {"中英致力于构建面向21世纪的全球全面战略伙伴关系。",
       Tier::kComprehensiveStrategicPartnership, "全面战略伙伴关系"},
  };
  return *rows;
}

// The acronym CSP: upper case, in a tier frame only.
const std::vector<Row>& AcronymRows() {
  static const auto* rows = new std::vector<Row>{
      {"Hanoi and Canberra upgraded ties to a CSP in March.",
       Tier::kComprehensiveStrategicPartnership, "a CSP"},
      {"The Vietnam-US CSP was announced in September.",
       Tier::kComprehensiveStrategicPartnership, "Vietnam-US CSP"},
      {"Jakarta sought CSP status with Canberra.",
       Tier::kComprehensiveStrategicPartnership, "CSP status"},
      {"The ASEAN\xE2\x80\x93"
       "Australia CSP turns five.",
       Tier::kComprehensiveStrategicPartnership,
       "ASEAN\xE2\x80\x93"
       "Australia CSP"},
      {"Install a csp module first.", Tier::kNone, ""},
      {"A CSP header blocks inline scripts.", Tier::kNone, ""},
      {"The CSP plant in Ouarzazate produces 500 MW.", Tier::kNone, ""},
      {"Morocco built a CSP plant in the desert.", Tier::kNone, ""},
      {"The firm is a CSP in Microsoft's reseller programme.", Tier::kNone, ""},
      // After a capitalised possessive.
      {"Canberra's CSP with Jakarta turns five this year.",
       Tier::kComprehensiveStrategicPartnership, "Canberra's CSP"},
      {"Vietnam\xE2\x80\x99s CSP with Seoul dates from 2022.",
       Tier::kComprehensiveStrategicPartnership, "Vietnam\xE2\x80\x99s CSP"},
      {"The utility's CSP plant opened in May.", Tier::kNone, ""},
      // Inside a longer acronym.
      {"The OCSP status of the certificate was checked.", Tier::kNone, ""},
      {"Both XCSP framework files and TheCSP ties are parsed.", Tier::kNone,
       ""},
  };
  return *rows;
}

// DOMAIN.md §5: distractors that must not fire, and the bare words.
const std::vector<Row>& DistractorRows() {
  static const auto* rows = new std::vector<Row>{
      // Bare "partnership" and friends are business language.
      {"The two companies formed a partnership last year.", Tier::kNone, ""},
      // Firms in a sentence that names no state: their tier words name no
      // tier, even where "both sides" are the firms.
      {"两家集团在总部签订战略合作协议，双方表示将构建长期稳定的战略合作伙伴"
       "关系。",
       Tier::kNone, ""},
      {"The two carmakers said both sides would build a comprehensive "
       "strategic partnership in batteries.",
       Tier::kNone, ""},
      {"The museums announced a new partnership.", Tier::kNone, ""},
      {"Our partners in the region were informed.", Tier::kNone, ""},
      {"The strategic review covered several partners.", Tier::kNone, ""},
      {"They discussed strategic cooperation in trade.", Tier::kNone, ""},
      // Public-private partnerships.
      {"The city signed a public-private partnership for the new bridge.",
       Tier::kNone, ""},
      {"The port will be built as a public private partnership.", Tier::kNone,
       ""},
      {"Officials praised the public-private partnerships in health.",
       Tier::kNone, ""},
      // Business, trade, commercial, sponsorship, investment partners.
      {"Acme is our largest business partner in Asia.", Tier::kNone, ""},
      {"Germany is China's biggest trade partner.", Tier::kNone, ""},
      {"Germany remains a major trading partner.", Tier::kNone, ""},
      {"The brewery signed a commercial partnership with the league.",
       Tier::kNone, ""},
      {"The bank became the club's official sponsorship partner.", Tier::kNone,
       ""},
      {"The fund is an investment partner in the project.", Tier::kNone, ""},
      {"The bank is seeking a strategic business partner.", Tier::kNone, ""},
      // A company or investor named "strategic partner".
      {"The board named Northwind Corp as its strategic partner.", Tier::kNone,
       ""},
      {"Orion Holdings became the strategic partner of the company.",
       Tier::kNone, ""},
      {"The airline is looking for a strategic partner for the venture.",
       Tier::kNone, ""},
      {"Acme Inc. announced a strategic partnership with Globex Ltd.",
       Tier::kNone, ""},
      {"The company's strategic partner is a Japanese lender.", Tier::kNone,
       ""},
      {"The startup has signed a new strategic partnership with a chip maker.",
       Tier::kNone, ""},
      {"The carmaker's comprehensive strategic partner is a battery firm.",
       Tier::kNone, ""},
      {"Contoso Ltd, its strategic partner, will supply the parts.",
       Tier::kNone, ""},
      {"Sovereign wealth funds joined as strategic investors.", Tier::kNone,
       ""},
      // NATO's Partnership for Peace and the EU's Eastern Partnership.
      {"Georgia joined NATO's Partnership for Peace in 1994.", Tier::kNone, ""},
      {"Austria takes part in the Partnership for Peace programme.",
       Tier::kNone, ""},
      {"Armenia is a member of the Eastern Partnership.", Tier::kNone, ""},
      // Trade agreements.
      {"Vietnam ratified the Regional Comprehensive Economic Partnership.",
       Tier::kNone, ""},
      {"The RCEP partnership entered into force in 2022.", Tier::kNone, ""},
      {"Britain joined the Comprehensive and Progressive Agreement for "
       "Trans-Pacific Partnership.",
       Tier::kNone, ""},
      {"The CPTPP grew out of the Trans-Pacific Partnership.", Tier::kNone, ""},
      {"India and the UAE signed a Comprehensive Economic Partnership "
       "Agreement.",
       Tier::kNone, ""},
      {"The CEPA partnership cut tariffs on gold.", Tier::kNone, ""},
      {"Hong Kong's Closer Economic Partnership Arrangement was revised.",
       Tier::kNone, ""},
      // Just Energy Transition Partnerships.
      {"Indonesia's Just Energy Transition Partnership will mobilise funds.",
       Tier::kNone, ""},
      {"The JETP partnership with Vietnam was signed in 2022.", Tier::kNone,
       ""},
      // Mechanisms.
      {"The India-Saudi Strategic Partnership Council met in Riyadh.",
       Tier::kNone, ""},
      {"The comprehensive strategic partnership council met again.",
       Tier::kNone, ""},
      {"The Strategic Economic Dialogue and its partners were suspended.",
       Tier::kNone, ""},
      // Sectoral deals.
      {"The two utilities launched an energy strategic partnership.",
       Tier::kNone, ""},
      {"Brussels and Cairo agreed a strategic partnership on climate change.",
       Tier::kNone, ""},
      {"Rome and Tunis signed a comprehensive partnership on migration.",
       Tier::kNone, ""},
      {"Both sides set up a strategic partnership in the field of energy.",
       Tier::kNone, ""},
      {"Copenhagen and New Delhi launched a green strategic partnership.",
       Tier::kNone, ""},
      {"The EU and Chile signed a strategic partnership on raw materials.",
       Tier::kNone, ""},
      {"They agreed a strategic partnership on critical minerals.", Tier::kNone,
       ""},
      {"The bloc and Namibia formed a strategic partnership in hydrogen.",
       Tier::kNone, ""},
      {"It is a digital strategic partnership for chips.", Tier::kNone, ""},
      // Friendship is not a tier.
      {"The two leaders hailed their all-weather friendship and their "
       "partners.",
       Tier::kNone, ""},
      {"Officials stressed the ironclad friendship with partners in the "
       "region.",
       Tier::kNone, ""},
      // Chinese distractors.
      {"该项目采用公私合作伙伴关系模式。", Tier::kNone, ""},
      {"該項目採用公私合作夥伴關係模式。", Tier::kNone, ""},
      {"他是我们的商业伙伴。", Tier::kNone, ""},
      {"德国是中国最大的贸易伙伴。", Tier::kNone, ""},
      {"他們是商業夥伴。", Tier::kNone, ""},
      {"越南批准了区域全面经济伙伴关系协定。", Tier::kNone, ""},
      {"越南批准了區域全面經濟夥伴關係協定。", Tier::kNone, ""},
      {"英国加入全面与进步跨太平洋伙伴关系协定。", Tier::kNone, ""},
      {"印尼公正能源转型伙伴关系正式启动。", Tier::kNone, ""},
      {"亚美尼亚参加欧盟东部伙伴关系。", Tier::kNone, ""},
      {"格鲁吉亚加入北约和平伙伴关系计划。", Tier::kNone, ""},
      {"阿里巴巴集团与该银行建立战略合作伙伴关系。", Tier::kNone, ""},
      {"两家公司成为战略合作伙伴。", Tier::kNone, ""},
      {"腾讯与该银行建立合作伙伴关系。", Tier::kNone, ""},
      {"他们是我们的合作伙伴。", Tier::kNone, ""},
      {"中欧能源合作伙伴关系取得进展。", Tier::kNone, ""},
      {"中巴全天候友谊历久弥坚，伙伴众多。", Tier::kNone, ""},
      // A company's partner introduced as "a ... bank / maker"; 一家 ("a
      // [firm]"); 车企, 药企.
      {"The company said its strategic partnership with a Swiss bank would "
       "fund the plant.",
       Tier::kNone, ""},
      {"The automaker signed a strategic partnership with an Italian battery "
       "maker.",
       Tier::kNone, ""},
      {"这家药企宣布与一家生物科技公司结成战略合作伙伴。", Tier::kNone, ""},
      {"该车企与一家电池供应商建立全面战略合作伙伴关系。", Tier::kNone, ""},
      // More sectoral partnerships, and 伙伴关系定位 as a kind of label.
      {"中欧气候变化伙伴关系已运行多年。", Tier::kNone, ""},
      {"双方同意建立互联互通伙伴关系。", Tier::kNone, ""},
      {"两国关系首次有了伙伴关系定位。", Tier::kNone, ""},
  };
  return *rows;
}

// Real tiers right next to distractor words still fire.
const std::vector<Row>& TierNextToDistractorRows() {
  static const auto* rows = new std::vector<Row>{
      {"The all-weather friends are also all-weather strategic cooperative "
       "partners.",
       Tier::kAllWeatherStrategicCooperativePartnership,
       "all-weather strategic cooperative partners"},
      {"Germany is China's largest trade partner and an all-round strategic "
       "partner.",
       Tier::kComprehensiveStrategicPartnership, "all-round strategic partner"},
      {"Tokyo and New Delhi built an extensive strategic partnership for peace "
       "and prosperity.",
       Tier::kEnhancedStrategicPartnership, "extensive strategic partnership"},
      {"Vietnam, a member of RCEP, upgraded ties with Australia to a "
       "comprehensive strategic partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partnership"},
      {"Hanoi and Tokyo deepened the comprehensive strategic partnership in "
       "Asia.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partnership"},
      // Firms named next to the states keep the states' tier.
      {"Chinese and Vietnamese companies signed deals as Beijing and Hanoi "
       "upgraded ties to a comprehensive strategic partnership.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partnership"},
      {"The comprehensive strategic partnership on the basis of equality "
       "endures.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partnership"},
      {"Caracas and Beijing have a strategic partnership for common "
       "development.",
       Tier::kStrategicPartnership, "strategic partnership"},
      {"The ironclad friends are all-weather strategic partners.",
       Tier::kAllWeatherStrategicPartnership, "all-weather strategic partners"},
      {"Beijing called Islamabad its firm strategic partner.",
       Tier::kStrategicPartnership, "strategic partner"},
      {"Kazakhstan named China its comprehensive strategic partner.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partner"},
      {"中国是越南最大贸易伙伴和全面战略合作伙伴。",
       Tier::kComprehensiveStrategicCooperativePartnership, "全面战略合作伙伴"},
      {"中巴是全天候战略合作伙伴，友谊坚如磐石。",
       Tier::kAllWeatherStrategicCooperativePartnership, "全天候战略合作伙伴"},
      {"中国企业积极参与中越全面战略合作伙伴关系建设。",
       Tier::kComprehensiveStrategicCooperativePartnership,
       "全面战略合作伙伴关系"},
      {"中方以全面战略伙伴关系定位中埃关系。",
       Tier::kComprehensiveStrategicPartnership, "全面战略伙伴关系"},
      {"Beijing signed a comprehensive strategic partnership with a country "
       "of 40 million people.",
       Tier::kComprehensiveStrategicPartnership,
       "comprehensive strategic partnership"},
  };
  return *rows;
}

// ---------------------------------------------------------------------------
// The tests.
// ---------------------------------------------------------------------------

TEST(DefaultLexicon, ParsesAndCompiles) {
  absl::StatusOr<Lexicon> parsed =
      Lexicon::Parse(Lexicon::DefaultText(), "default.lexicon");
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  absl::StatusOr<Classifier> classifier = Classifier::Create(*parsed);
  ASSERT_TRUE(classifier.ok()) << classifier.status();
  EXPECT_EQ(classifier->pattern_count(),
            static_cast<int>(Lexicon::Default().entries().size()));
  for (const char* anchor : {"partner", "伙伴", "夥伴", "ambassador", "大使"}) {
    EXPECT_NE(
        std::find(parsed->anchors().begin(), parsed->anchors().end(), anchor),
        parsed->anchors().end())
        << anchor;
  }
}

TEST(DefaultLexicon, MatchesEveryCanonicalTierInEnglish) {
  ExpectRows(EnglishCanonicalRows());
}

TEST(DefaultLexicon, MatchesEveryCanonicalTierInSimplifiedChinese) {
  ExpectRows(SimplifiedChineseRows());
}

TEST(DefaultLexicon, MatchesEveryCanonicalTierInTraditionalChinese) {
  ExpectRows(TraditionalChineseRows());
}

TEST(DefaultLexicon, ToleratesHyphensSpacesLineBreaksAndCase) {
  ExpectRows(SpellingVariantRows());
}

TEST(DefaultLexicon, ToleratesWordOrderCommasAndAnd) {
  ExpectRows(WordOrderRows());
}

TEST(DefaultLexicon, TreatsPartnersAndPartnerLikePartnership) {
  ExpectRows(PartnerNounRows());
}

TEST(DefaultLexicon, ToleratesQualifiersInsideAndAroundThePhrase) {
  ExpectRows(QualifierRows());
}

TEST(DefaultLexicon, MatchesTheAcronymCspOnlyInATierFrame) {
  ExpectRows(AcronymRows());
}

TEST(DefaultLexicon, IgnoresDistractors) { ExpectRows(DistractorRows()); }

TEST(DefaultLexicon, KeepsRealTiersNextToDistractorWords) {
  ExpectRows(TierNextToDistractorRows());
}

// Every tier is reachable in English, and every tier with a Chinese name in
// DOMAIN.md §1 in both scripts.
TEST(DefaultLexicon, CoversEveryTierInEveryLanguage) {
  auto tiers_of = [](std::initializer_list<const std::vector<Row>*> tables) {
    std::set<Tier> seen;
    for (const std::vector<Row>* table : tables) {
      for (const Row& row : *table) seen.insert(row.tier);
    }
    return seen;
  };
  const std::set<Tier> english = tiers_of({&EnglishCanonicalRows()});
  const std::set<Tier> simplified = tiers_of({&SimplifiedChineseRows()});
  const std::set<Tier> traditional = tiers_of({&TraditionalChineseRows()});
  const std::set<Tier> no_chinese_name = {Tier::kNone,
                                          Tier::kEnhancedStrategicPartnership};
  for (Tier tier : AllTiers()) {
    if (tier == Tier::kNone) continue;
    SCOPED_TRACE(TierName(tier));
    EXPECT_EQ(english.count(tier), 1u) << "no English row";
    if (no_chinese_name.count(tier) != 0) continue;
    EXPECT_EQ(simplified.count(tier), 1u) << "no simplified Chinese row";
    EXPECT_EQ(traditional.count(tier), 1u) << "no traditional Chinese row";
  }
}

TEST(DefaultLexicon, ReportsAllWeatherComprehensiveStrategicAsOneMention) {
  for (const char* text :
       {"Minsk and Beijing upgraded ties to an all-weather comprehensive "
        "strategic partnership.",
        "两国关系提升为全天候全面战略伙伴关系。",
        "兩國關係提升為全天候全面戰略夥伴關係。"}) {
    ASSERT_DEFAULT_CLASSIFIER_OK();
    SCOPED_TRACE(text);
    absl::StatusOr<std::vector<Mention>> mentions =
        DefaultClassifier().FindMentions(text);
    ASSERT_TRUE(mentions.ok()) << mentions.status();
    ASSERT_EQ(mentions->size(), 1u);
    EXPECT_EQ(mentions->front().tier,
              Tier::kAllWeatherComprehensiveStrategicPartnership);
  }
}

TEST(DefaultLexicon, FindsBothTiersOfAFromToSentence) {
  const std::string text =
      "Hanoi lifted ties from a strategic partnership to a comprehensive "
      "strategic partnership.";
  ASSERT_DEFAULT_CLASSIFIER_OK();
  absl::StatusOr<std::vector<Mention>> mentions =
      DefaultClassifier().FindMentions(text);
  ASSERT_TRUE(mentions.ok()) << mentions.status();
  ASSERT_EQ(mentions->size(), 2u);
  EXPECT_EQ((*mentions)[0].tier, Tier::kStrategicPartnership);
  EXPECT_EQ((*mentions)[0].begin, text.find("strategic partnership"));
  EXPECT_EQ((*mentions)[1].tier, Tier::kComprehensiveStrategicPartnership);
  EXPECT_EQ((*mentions)[1].begin, text.find("comprehensive strategic"));
}

// Relationships off every ladder ("tier other" lines): reported as
// "other:LABEL", holding only where no ladder tier does and only when
// asserted.
TEST(DefaultLexicon, NamesRelationshipsOffTheLadder) {
  struct OffLadderRow {
    const char* text;
    const char* tier;   // TierOrLabelName of Analysis::tier / tier_label
    const char* label;  // the label of the first mention ("" for none)
  };
  const OffLadderRow rows[] = {
      {"The prime ministers hailed the special relationship between Tokyo "
       "and Canberra.",
       "other:special_relationship", "special_relationship"},
      {"Minsk and Beijing vowed to build an \"all-weather\" partnership.",
       "other:all_weather_partnership", "all_weather_partnership"},
      {"白俄罗斯与中国的全天候伙伴关系不断深化。",
       "other:all_weather_partnership", "all_weather_partnership"},
      {"Moscow values its special and privileged partnership with New "
       "Delhi.",
       "other:special_privileged_partnership",
       "special_privileged_partnership"},
      {"Astana and Beijing praised their eternal comprehensive partnership.",
       "other:eternal_comprehensive_partnership",
       "eternal_comprehensive_partnership"},
      {"Ankara and Beijing set up strategic and cooperative relations in "
       "2010.",
       "other:strategic_cooperative_relations",
       "strategic_cooperative_relations"},
      {"Riyadh and Beijing agreed to deepen their comprehensive strategic "
       "relationship.",
       "other:comprehensive_strategic_relationship",
       "comprehensive_strategic_relationship"},
      {"双方把关系提高到同盟水平。", "other:alliance", "alliance"},
      // A ladder tier wins, and a ladder phrase is not taken apart.
      {"Tokyo and Canberra, long in a special relationship, moved up to a "
       "special strategic partnership.",
       "special_strategic_partnership", "special_relationship"},
      {"Islamabad and Beijing cherish their all-weather strategic "
       "partnership.",
       "all_weather_strategic_partnership", ""},
      // Only hoped for: it does not hold.
      {"The two leaders hope to forge a special relationship.", "none",
       "special_relationship"},
      // A military alliance stays a relation, not a named relationship.
      {"两国没有建立军事同盟的打算。", "none", ""},
  };
  ASSERT_DEFAULT_CLASSIFIER_OK();
  for (const OffLadderRow& row : rows) {
    SCOPED_TRACE(row.text);
    absl::StatusOr<Analysis> a = DefaultClassifier().Analyze(row.text);
    ASSERT_TRUE(a.ok()) << a.status();
    EXPECT_EQ(TierOrLabelName(a->tier, a->tier_label), row.tier);
    const std::string first =
        a->mentions.empty() ? "" : a->mentions.front().label;
    EXPECT_EQ(first, row.label);
    for (const Mention& m : a->mentions) {
      // A label only ever stands in for a ladder tier.
      EXPECT_TRUE(m.label.empty() || m.tier == Tier::kNone) << m.text;
      if (!m.label.empty()) {
        EXPECT_EQ(m.rank, -1) << m.text;
      }
    }
  }
}

// In an article, a tier only expected later does not hold; the one signed
// earlier does.
TEST(DefaultLexicon, AnExpectedTierDoesNotHoldInAnArticle) {
  ASSERT_DEFAULT_CLASSIFIER_OK();
  absl::StatusOr<Analysis> a = DefaultClassifier().Analyze(
      "Manila and Canberra weigh a closer partnership\n\n"
      "The two sides signed a strategic partnership in 2023. A "
      "comprehensive strategic partnership could follow next year, a "
      "diplomat said.");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(TierName(a->tier), TierName(Tier::kStrategicPartnership));
}

// A Chinese pair form before a negation or an adverb names the dyad.
TEST(DefaultLexicon, ReadsAChinesePairFormBeforeANegation) {
  ASSERT_DEFAULT_CLASSIFIER_OK();
  absl::StatusOr<Analysis> a =
      DefaultClassifier().Analyze("中俄不是盟友，也不针对第三方。");
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_EQ(a->changes.size(), 1u);
  EXPECT_EQ(a->changes[0].status, Modality::kNegated);
  EXPECT_EQ(a->changes[0].dyad.ToString(), "CHN|RUS");
}

// Of two tiers a ladder ranks equal, the one ties were raised to holds over
// the one they were first set up with.
TEST(DefaultLexicon, HoldsTheTierTiesWereRaisedToOverAnEqualRank) {
  ASSERT_DEFAULT_CLASSIFIER_OK();
  for (const char* text :
       {"Hanoi and Tokyo first formed a strategic partnership and later "
        "lifted it to an extensive strategic partnership.",
        "越日两国先建立战略伙伴关系，后来又提升为纵深战略伙伴关系。"}) {
    SCOPED_TRACE(text);
    absl::StatusOr<Analysis> a = DefaultClassifier().Analyze(text);
    ASSERT_TRUE(a.ok()) << a.status();
    EXPECT_EQ(TierName(a->tier),
              TierName(Tier::kEnhancedStrategicPartnership));
  }
}

// A qualifier label expected (or, with `present` false, not expected) on the
// only mention of the text.
struct QualifierRow {
  const char* text;
  const char* label;
  bool present;
};

TEST(DefaultLexicon, ReportsQualifiersWithTheirMention) {
  const std::vector<QualifierRow> rows = {
      {"Moscow and Beijing hailed their comprehensive strategic partnership of "
       "coordination for a new era.",
       "new_era", true},
      {"Beijing and Tashkent agreed on an all-weather comprehensive strategic "
       "partnership for the new era.",
       "new_era", true},
      {"The two sides built an innovative comprehensive strategic partnership.",
       "innovative", true},
      {"London and Beijing hailed a global comprehensive strategic partnership "
       "for the 21st century.",
       "global", true},
      {"London and Beijing hailed a global comprehensive strategic partnership "
       "for the 21st century.",
       "twenty_first_century", true},
      {"India and Japan set up a global strategic partnership.", "global",
       false},
      {"New Delhi and Washington have a comprehensive global strategic "
       "partnership.",
       "global", false},
      {"They pledged a long-term and stable comprehensive strategic "
       "partnership.",
       "long_term_stable", true},
      {"They built a high-quality strategic partnership.", "high_quality",
       true},
      {"They built a future-oriented comprehensive strategic partnership.",
       "future_oriented", true},
      {"It is a strategic partnership based on mutual trust.", "mutual_trust",
       true},
      {"They agreed on a comprehensive strategic partnership for peace, "
       "cooperation and sustainable development.",
       "peace_cooperation_sustainable_development", true},
      {"They forged a comprehensive cooperative partnership in the 21st "
       "century.",
       "twenty_first_century", true},
      {"They built a comprehensive strategic partnership and a community with "
       "a shared future.",
       "shared_future", true},
      {"It was a mutually beneficial strategic partnership.",
       "mutually_beneficial", true},
      {"中越新时代全面战略合作伙伴关系不断深化。", "new_era", true},
      {"中俄新時代全面戰略協作夥伴關係持續發展。", "new_era", true},
      {"中以建立创新全面伙伴关系。", "innovative", true},
      {"中英构建面向21世纪的全球全面战略伙伴关系。", "global", true},
      {"中英构建面向21世纪的全球全面战略伙伴关系。", "twenty_first_century",
       true},
      {"中英构建面向未来的全面战略伙伴关系。", "future_oriented", true},
      {"两国保持长期稳定的全面战略伙伴关系。", "long_term_stable", true},
      {"双方推动高质量战略伙伴关系。", "high_quality", true},
      {"中塞全面战略伙伴关系和命运共同体建设。", "shared_future", true},
      {"中塞全面戰略夥伴關係和命運共同體建設。", "shared_future", true},
      {"两国建立面向和平、合作与可持续发展的全面战略伙伴关系。",
       "peace_cooperation_sustainable_development", true},
      {"The two countries formed a strategic partnership.", "new_era", false},
  };
  ASSERT_DEFAULT_CLASSIFIER_OK();
  for (const QualifierRow& row : rows) {
    SCOPED_TRACE(testing::Message()
                 << row.label << " in \"" << row.text << "\"");
    absl::StatusOr<std::vector<Mention>> mentions =
        DefaultClassifier().FindMentions(row.text);
    ASSERT_TRUE(mentions.ok()) << mentions.status();
    ASSERT_EQ(mentions->size(), 1u);
    const std::vector<std::string>& q = mentions->front().qualifiers;
    EXPECT_EQ(std::find(q.begin(), q.end(), row.label) != q.end(), row.present);
  }
}

// ---------------------------------------------------------------------------
// The cue words end to end: what the change detector makes of them. These
// rows pin lexicon decisions (which words are cues, where a cue ends), not
// the detector's rules, which have their own suite.
// ---------------------------------------------------------------------------

// The one change `text` must yield (or, with `changed` false, none).
struct ChangeRow {
  const char* text;
  bool changed;
  ChangeKind kind;
  Modality status;
  Tier from;
  Tier to;
  Representation from_level;
  Representation to_level;
};

constexpr Representation kNoLevel = Representation::kUnknown;

TEST(DefaultLexicon, CuesGiveTheChangeKindStatusAndDirection) {
  const std::vector<ChangeRow> rows = {
      {"China and Venezuela upgraded their ties to an all-weather strategic "
       "partnership.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kAllWeatherStrategicPartnership, kNoLevel, kNoLevel},
      {"Brazil and China elevated relations from a strategic partnership to a "
       "comprehensive strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kAsserted,
       Tier::kStrategicPartnership, Tier::kComprehensiveStrategicPartnership,
       kNoLevel, kNoLevel},
      {"Brazil and China elevated relations to a comprehensive strategic "
       "partnership from a strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kAsserted,
       Tier::kStrategicPartnership, Tier::kComprehensiveStrategicPartnership,
       kNoLevel, kNoLevel},
      {"The two sides established a comprehensive strategic partnership in "
       "2008.",
       true, ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      // Background, not an event: an anniversary, a framework, a since
      // clause.
      {"They marked the 10th anniversary of the establishment of the "
       "comprehensive strategic partnership.",
       false, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"The two countries agreed to deepen cooperation and establish a "
       "comprehensive strategic partnership.",
       true, ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Both sides agreed to deepen their all-weather strategic cooperative "
       "partnership.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kAllWeatherStrategicCooperativePartnership, kNoLevel, kNoLevel},
      {"The two countries are expected to upgrade ties to a comprehensive "
       "strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"In May 2023 the two countries upgraded ties to a strategic "
       "partnership.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"Hanoi has yet to upgrade its ties with Jakarta to a comprehensive "
       "strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kNegated, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Seoul has no interest in downgrading the strategic cooperative "
       "partnership.",
       true, ChangeKind::kDowngrade, Modality::kNegated,
       Tier::kStrategicCooperativePartnership, Tier::kNone, kNoLevel, kNoLevel},
      {"The European Parliament no longer considers Russia a strategic "
       "partner.",
       true, ChangeKind::kDowngrade, Modality::kAsserted,
       Tier::kStrategicPartnership, Tier::kNone, kNoLevel, kNoLevel},
      {"The leaders agreed to elevate the comprehensive strategic partnership "
       "to a new height.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"双方一致同意将两国关系提升为全面战略伙伴关系。", true,
       ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"两国关系从战略伙伴关系提升为全面战略伙伴关系。", true,
       ChangeKind::kUpgrade, Modality::kAsserted, Tier::kStrategicPartnership,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"双方将建立全面战略合作伙伴关系。", true, ChangeKind::kEstablish,
       Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicCooperativePartnership, kNoLevel, kNoLevel},
      {"两国尚未建立战略伙伴关系。", true, ChangeKind::kEstablish,
       Modality::kNegated, Tier::kNone, Tier::kStrategicPartnership, kNoLevel,
       kNoLevel},
      {"双方庆祝建立全面战略伙伴关系15周年。", false, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"雙方重申全面戰略夥伴關係。", true, ChangeKind::kReaffirm,
       Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      // 推动 + a tier is a commitment to it (reaffirm); 新台阶 names no new
      // tier.
      {"推动中越全面战略合作伙伴关系迈上新台阶。", true, ChangeKind::kReaffirm,
       Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicCooperativePartnership, kNoLevel, kNoLevel},
      // Diplomatic representation.
      {"Lithuania downgraded relations to chargé d'affaires level.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, Representation::kChargeDAffaires},
      {"Beijing downgraded relations with Vilnius from ambassador level to "
       "chargé d'affaires level.",
       true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, Representation::kAmbassador,
       Representation::kChargeDAffaires},
      {"Honduras severed diplomatic ties with Taipei.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, Representation::kSevered},
      {"Vilnius recalled its ambassador from Beijing.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       Representation::kAmbassador, kNoLevel},
      {"中方决定召回驻立陶宛大使。", true, ChangeKind::kDowngrade,
       Modality::kAsserted, Tier::kNone, Tier::kNone,
       Representation::kAmbassador, kNoLevel},
      {"立陶宛将两国外交关系降为代办级。", true, ChangeKind::kDowngrade,
       Modality::kAsserted, Tier::kNone, Tier::kNone, kNoLevel,
       Representation::kChargeDAffaires},
      // Establishing verbs whose object is the tier (declare, announce, agree
      // on, sign a declaration on; 构建), and what they must not catch.
      {"Jordan and Malaysia declared a comprehensive partnership during "
       "the royal visit.",
       true, ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensivePartnership, kNoLevel, kNoLevel},
      {"Peru and Thailand announced a strategic partnership on Tuesday.", true,
       ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"The two governments agreed on a comprehensive strategic "
       "partnership in 2016.",
       true, ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Ministers signed a joint declaration on strategic partnership in "
       "Bucharest.",
       true, ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"双方同意构建全面战略伙伴关系。", true, ChangeKind::kEstablish,
       Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"中国积极构建全球伙伴关系网络。", false, ChangeKind::kReaffirm,
       Modality::kAsserted, Tier::kNone, Tier::kNone, kNoLevel, kNoLevel},
      // A verb that takes the tier as its object ends after it, so a later
      // participle about the same step joins its clause.
      {"The two leaders announced a comprehensive strategic partnership, "
       "upgrading their strategic partnership of 2009.",
       true, ChangeKind::kUpgrade, Modality::kAsserted,
       Tier::kStrategicPartnership, Tier::kComprehensiveStrategicPartnership,
       kNoLevel, kNoLevel},
      {"The president declared the strategic partnership a success.", false,
       ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      // Upgrade: a tier as the object, passives, a country raised to a status,
      // "go from X to Y", rungs, "up from", "a step up from".
      {"Lima and Seoul raised their strategic partnership to a "
       "comprehensive strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kAsserted,
       Tier::kStrategicPartnership, Tier::kComprehensiveStrategicPartnership,
       kNoLevel, kNoLevel},
      {"Their ties were lifted to an all-weather strategic partnership "
       "last year.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kAllWeatherStrategicPartnership, kNoLevel, kNoLevel},
      {"The bloc raised Canada to strategic partner status in 2023.", true,
       ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"The two countries went from a comprehensive partnership to a "
       "comprehensive strategic partnership in one step.",
       true, ChangeKind::kUpgrade, Modality::kAsserted,
       Tier::kComprehensivePartnership,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Seoul and Canberra turned their strategic partnership into a "
       "comprehensive strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kAsserted,
       Tier::kStrategicPartnership, Tier::kComprehensiveStrategicPartnership,
       kNoLevel, kNoLevel},
      {"Bilateral relations moved up to a comprehensive strategic "
       "partnership, up from a strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kAsserted,
       Tier::kStrategicPartnership, Tier::kComprehensiveStrategicPartnership,
       kNoLevel, kNoLevel},
      {"Hanoi and Jakarta jumped two rungs to a comprehensive strategic "
       "partnership.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Cairo and Beijing upgraded their relationship to a comprehensive "
       "strategic partnership, a step up from the strategic partnership of "
       "1999.",
       true, ChangeKind::kUpgrade, Modality::kAsserted,
       Tier::kStrategicPartnership, Tier::kComprehensiveStrategicPartnership,
       kNoLevel, kNoLevel},
      // 将 as the disposal marker (asserted) and as the future (hypothetical).
      {"中泰两国将双边关系提升为全面战略合作伙伴关系。", true,
       ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicCooperativePartnership, kNoLevel, kNoLevel},
      {"两国领导人将双边关系升级为全面战略伙伴关系。", true,
       ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"双方将于明年把关系提升为全面战略伙伴关系。", true, ChangeKind::kUpgrade,
       Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"两国将共同推动关系提升为全面战略伙伴关系。", true, ChangeKind::kUpgrade,
       Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      // Downgrade: lowered/reduced to a level, expelled/recalled envoys, the
      // rupture of relations, a lapsed charter, 断绝所谓"外交关系", 降至.
      {"Vilnius saw relations lowered to chargé d'affaires level.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, Representation::kChargeDAffaires},
      {"Relations were reduced to a liaison office after the coup.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, Representation::kLiaisonOffice},
      {"Ottawa expelled Tehran's ambassador in 2012.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       Representation::kAmbassador, kNoLevel},
      {"Seoul recalled its own envoy from Moscow.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       Representation::kAmbassador, kNoLevel},
      {"The rupture of diplomatic relations between the neighbours lasted "
       "a decade.",
       true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, Representation::kSevered},
      {"Kyiv allowed the strategic partnership charter to lapse.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kStrategicPartnership,
       Tier::kNone, kNoLevel, kNoLevel},
      {"该岛国决定断绝与台北的所谓\"外交关系\"。", true, ChangeKind::kDowngrade,
       Modality::kAsserted, Tier::kNone, Tier::kNone, kNoLevel,
       Representation::kSevered},
      {"两国外交关系降至代办级。", true, ChangeKind::kDowngrade,
       Modality::kAsserted, Tier::kNone, Tier::kNone, kNoLevel,
       Representation::kChargeDAffaires},
      {"中方将与该国的外交关系降为代办级。", true, ChangeKind::kDowngrade,
       Modality::kAsserted, Tier::kNone, Tier::kNone, kNoLevel,
       Representation::kChargeDAffaires},
      // The object of a downgrade verb after an infinitive "to" is the old
      // tier.
      {"Lawmakers urged the government to freeze the strategic "
       "partnership.",
       true, ChangeKind::kDowngrade, Modality::kHypothetical,
       Tier::kStrategicPartnership, Tier::kNone, kNoLevel, kNoLevel},
      {"Canberra has no plans to end its comprehensive strategic "
       "partnership with Jakarta.",
       true, ChangeKind::kDowngrade, Modality::kNegated,
       Tier::kComprehensiveStrategicPartnership, Tier::kNone, kNoLevel,
       kNoLevel},
      {"The minister denied that the strategic partnership would be "
       "suspended.",
       true, ChangeKind::kDowngrade, Modality::kNegated,
       Tier::kStrategicPartnership, Tier::kNone, kNoLevel, kNoLevel},
      // Reaffirm: remain(s), the tier as subject, 依然是, 本着…精神, 保持,
      // 框架内, "under their ... partnership", an action plan.
      {"Brazil and Vietnam remain close and trusted comprehensive "
       "partners.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensivePartnership, kNoLevel, kNoLevel},
      {"The Egypt-China comprehensive strategic partnership remains on a "
       "steady course.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Their strategic partnership will remain the anchor of regional "
       "ties.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"It remains to be seen whether the two sides will establish a "
       "strategic partnership.",
       true, ChangeKind::kEstablish, Modality::kHypothetical, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"中泰两国依然是全面战略合作伙伴。", true, ChangeKind::kReaffirm,
       Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicCooperativePartnership, kNoLevel, kNoLevel},
      {"两国本着战略伙伴关系的精神妥善处理分歧。", false, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"中老全面战略合作伙伴关系近年来保持良好势头。", true,
       ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicCooperativePartnership, kNoLevel, kNoLevel},
      {"在战略伙伴关系框架内，双方扩大了能源合作。", false,
       ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"The two navies held joint drills under their comprehensive "
       "strategic partnership.",
       false, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      // Hypothetical: called on X to, working toward, expect X to, 呼吁,
      // 正在商讨, 如果.
      {"Activists called on Brussels to suspend the strategic partnership "
       "with Caracas.",
       true, ChangeKind::kDowngrade, Modality::kHypothetical,
       Tier::kStrategicPartnership, Tier::kNone, kNoLevel, kNoLevel},
      {"The two governments are working toward a comprehensive strategic "
       "partnership.",
       true, ChangeKind::kEstablish, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Diplomats expect the two leaders to announce a strategic "
       "partnership in May.",
       true, ChangeKind::kEstablish, Modality::kHypothetical, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"部分议员呼吁暂停与该国的全面战略伙伴关系。", true,
       ChangeKind::kDowngrade, Modality::kHypothetical,
       Tier::kComprehensiveStrategicPartnership, Tier::kNone, kNoLevel,
       kNoLevel},
      {"双方正在商讨建立全面战略伙伴关系。", true, ChangeKind::kEstablish,
       Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"如果谈判顺利，两国将把关系提升为全面战略伙伴关系。", true,
       ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      // Negated: stopped short of, no one is talking about, 从未 (not "from").
      {"The summit stopped short of upgrading ties to a comprehensive "
       "strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kNegated, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"No one in Jakarta is talking about downgrading the comprehensive "
       "strategic partnership.",
       true, ChangeKind::kDowngrade, Modality::kNegated,
       Tier::kComprehensiveStrategicPartnership, Tier::kNone, kNoLevel,
       kNoLevel},
      {"两国从未宣布建立战略伙伴关系。", true, ChangeKind::kEstablish,
       Modality::kNegated, Tier::kNone, Tier::kStrategicPartnership, kNoLevel,
       kNoLevel},
      // "Not only" negates nothing; "but" and 但 end a negation's or a
      // hypothetical's reach.
      {"Laos and Cambodia not only elevated their ties to a comprehensive "
       "strategic partnership but also signed a trade pact.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"中老两国不但将关系提升为全面战略合作伙伴关系，而且签署了多项协议。",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicCooperativePartnership, kNoLevel, kNoLevel},
      {"Canberra did not hesitate, but upgraded its ties with Hanoi to a "
       "comprehensive strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Peru is not a formal ally, but a comprehensive strategic partner of "
       "China.",
       false, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Some said talks could collapse, but Chile and Peru remain strategic "
       "partners.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"Chile and Korea could upgrade their ties to a comprehensive strategic "
       "partnership, but no date was set.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      // A new clause (", and", ", while", ";", ；, ，) ends them too; a
      // negation inside the new clause still counts.
      {"The ministry declined to comment, and Ghana and Togo upgraded their "
       "relationship to a comprehensive strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Talks on trade had never been easy; on Friday Kenya and Oman elevated "
       "ties to a strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"Nepal would not say more, while Fiji and Samoa upgraded relations to a "
       "strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"Chad did not, and will not, downgrade its strategic partnership with "
       "Niger.",
       true, ChangeKind::kDowngrade, Modality::kNegated,
       Tier::kStrategicPartnership, Tier::kNone, kNoLevel, kNoLevel},
      {"外方没有透露细节，两国宣布将关系提升为全面战略伙伴关系。", true,
       ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"外方未透露细节；两国宣布将关系提升为战略伙伴关系。", true,
       ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"两国不会把战略伙伴关系降级。", true, ChangeKind::kDowngrade,
       Modality::kNegated, Tier::kStrategicPartnership, Tier::kNone, kNoLevel,
       kNoLevel},
      {"Mexico and India will not upgrade ties to a strategic partnership, "
       "however.",
       true, ChangeKind::kUpgrade, Modality::kNegated, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      // An indefinite nominal change with a modal after it.
      {"A downgrade to chargé d'affaires level could follow, Laos told "
       "Cambodia.",
       true, ChangeKind::kDowngrade, Modality::kHypothetical, Tier::kNone,
       Tier::kNone, kNoLevel, Representation::kChargeDAffaires},
      {"An upgrade of Chile-Peru ties to a comprehensive strategic "
       "partnership is expected during the visit.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"An upgrade to a strategic partnership was announced by Chile and "
       "Peru, which will open embassies.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"The upgrade to a strategic partnership between Chile and Peru could "
       "boost trade.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      // No tier or level named: a `relation` entry lets the verb make a
      // change without tiers.
      {"Manila did not upgrade ties with Hanoi during the visit.", true,
       ChangeKind::kUpgrade, Modality::kNegated, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"Peru has no interest in downgrading its relationship with Chile.",
       true, ChangeKind::kDowngrade, Modality::kNegated, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Officials in Rome denied that relations with Athens would be "
       "downgraded.",
       true, ChangeKind::kDowngrade, Modality::kNegated, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Ghana downgraded its diplomatic ties with Togo on Monday.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"Mali and Niger could upgrade bilateral relations next year.", true,
       ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"Oslo suspended the Norway-Chile strategic dialogue in March.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"Tokyo suspended the Japan-Chile Strategic Economic Dialogue.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"Armenia froze its participation in the bloc led by Russia.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"秘鲁无意降低与智利关系的级别。", true, ChangeKind::kDowngrade,
       Modality::kNegated, Tier::kNone, Tier::kNone, kNoLevel, kNoLevel},
      {"中方宣布暂停中秘战略对话。", true, ChangeKind::kDowngrade,
       Modality::kAsserted, Tier::kNone, Tier::kNone, kNoLevel, kNoLevel},
      {"两国关系可能进一步降级。", true, ChangeKind::kDowngrade,
       Modality::kHypothetical, Tier::kNone, Tier::kNone, kNoLevel, kNoLevel},
      // ... but a level inside it still counts, and with no party (and no
      // pair reference) it is no relation between states.
      {"中秘外交关系由大使级降为代办级。", true, ChangeKind::kDowngrade,
       Modality::kAsserted, Tier::kNone, Tier::kNone,
       Representation::kAmbassador, Representation::kChargeDAffaires},
      {"The company suspended its membership in the trade association.",
       false, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Users can upgrade their relationship with the bank in the app.", false,
       ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"The software upgrade improved ties between the teams.", false,
       ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      // No change: raised concerns, a courtesy call, from strength to strength.
      {"The minister raised concerns about the strategic partnership.", false,
       ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"The ambassador called on the foreign minister to discuss the "
       "comprehensive strategic partnership.",
       false, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Their strategic partnership went from strength to strength.", false,
       ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      // Reaffirm: a commitment to a tier that holds, whatever its mood.
      {"Peru and Chile pledged on Monday to enrich and deepen their "
       "comprehensive strategic partnership.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Lima stands ready to advance its strategic partnership with "
       "Santiago in every field.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"Both governments want the Chile-Peru strategic partnership "
       "taken to new heights.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"Chile will further strengthen its comprehensive partnership with "
       "Peru.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensivePartnership, kNoLevel, kNoLevel},
      {"智方表示愿推动智秘全面战略伙伴关系持续向前发展。", true,
       ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"双方要把智秘战略伙伴关系维护好、发展好。", true,
       ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      // Hypothetical: wishes, efforts, calls, expectations.
      {"Chile is keen to raise ties with Peru to a strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"Peru is looking to elevate its comprehensive partnership with Chile.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical,
       Tier::kComprehensivePartnership, Tier::kNone, kNoLevel, kNoLevel},
      {"Peruvian lawmakers called last week for an upgrade of the "
       "strategic partnership with Chile.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical,
       Tier::kStrategicPartnership, Tier::kNone, kNoLevel, kNoLevel},
      {"智利和秘鲁料将在峰会期间建立战略伙伴关系。", true,
       ChangeKind::kEstablish, Modality::kHypothetical, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"Officials in Lima do not rule out the possibility that ties "
       "with Santiago will be downgraded.",
       true, ChangeKind::kDowngrade, Modality::kHypothetical, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Chile committed to establishing a strategic partnership with Peru "
       "by 2030.",
       true, ChangeKind::kEstablish, Modality::kHypothetical, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      // A decision announced in the future tense is the decision.
      {"Peru decided that relations with Chile will be cut to chargé "
       "d'affaires level from Monday.",
       true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, Representation::kChargeDAffaires},
      // Negated: a relationship denied, a cut ruled out.
      {"Peru has no military alliance with Chile and is not planning "
       "one, its minister said.",
       true, ChangeKind::kEstablish, Modality::kNegated, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"秘方表示无意同智利结成军事同盟。", true, ChangeKind::kEstablish,
       Modality::kNegated, Tier::kNone, Tier::kNone, kNoLevel, kNoLevel},
      {"There are no plans in Lima to break off relations with "
       "Santiago.", true,
       ChangeKind::kDowngrade, Modality::kNegated, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"中秘关系是伙伴关系，而不是同盟关系。", false, ChangeKind::kReaffirm,
       Modality::kAsserted, Tier::kNone, Tier::kNone, kNoLevel, kNoLevel},
      // Downgrades that name no tier word.
      {"Chile cut ties with Peru on Monday.", true, ChangeKind::kDowngrade,
       Modality::kAsserted, Tier::kNone, Tier::kNone, kNoLevel, kNoLevel},
      {"Peru broke off relations with Chile after the vote.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"Santiago reduced the level of its diplomatic relations with "
       "Lima last week.",
       true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      // Establish without "establish".
      {"Chile and Peru became strategic partners in 2019.", true,
       ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"Last year Peru officially became a comprehensive strategic "
       "partner of Chile.", true,
       ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"In 2014 Lima and Santiago announced their comprehensive "
       "strategic partnership to the press.",
       true, ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      // Background: an event inside a since clause.
      {"Since the establishment of the strategic partnership in 2010, trade "
       "has doubled.",
       false, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"智秘战略伙伴关系确立以来，双边贸易持续增长。", false,
       ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      // A marked old and new tier without a verb.
      {"Chile-Peru ties: from a comprehensive partnership in 2009 to a "
       "strategic partnership in 2019.",
       true, ChangeKind::kUpgrade, Modality::kAsserted,
       Tier::kComprehensivePartnership, Tier::kStrategicPartnership, kNoLevel,
       kNoLevel},
      // 提升 with the tier as object (no 为) enhances it; 提质升级 is no
      // change of tier.
      {"智利希望与秘鲁进一步提升全面战略伙伴关系水平。", true, ChangeKind::kReaffirm,
       Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"两国领导人同意推进智秘战略伙伴关系提质升级。", true, ChangeKind::kReaffirm,
       Modality::kAsserted, Tier::kNone, Tier::kStrategicPartnership, kNoLevel,
       kNoLevel},
      // A modal after a tier that holds hopes for nothing new; one after an
      // indefinite tier does.
      {"The Chile-Peru strategic partnership will keep growing, the "
       "ministers said.",
       false, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      // A relative clause on the tier does not swallow the main verb.
      {"Chile and Peru agreed to upgrade ties to a strategic partnership "
       "during a visit that also launched new flights.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      // Downgrades of agreements, pacts, cooperation, membership and
      // accreditation.
      {"Chad revoked its defence cooperation agreement with Benin.",
       true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Kenya put its membership in the bloc on hold.", true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"The government withdrew the accreditation of the Colombian "
       "ambassador.",
       true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Bolivia suspended relations with Paraguay.", true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Gabon ended military cooperation with Cameroon.", true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"加蓬宣布终止与喀麦隆的军事合作协议。", true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"肯尼亚冻结其在该组织的成员资格。", true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Honduras broke diplomatic relations with Fiji.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, Representation::kSevered},
      {"The end of the cooperation forum was marked by a toast to the "
       "strategic partnership.",
       false, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      // Denials of alliances, upgrades and downgrades.
      {"Lima refused to upgrade ties with Quito.", true,
       ChangeKind::kUpgrade, Modality::kNegated, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"Officials in Quito denied any downgrade in relations with "
       "Lima.",
       true, ChangeKind::kDowngrade, Modality::kNegated, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      // Talks about a change; talks about a tier that holds.
      {"Talks on upgrading Chile-Peru ties to a strategic partnership are "
       "under way.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"The two leaders discussed the Chile-Peru strategic partnership.",
       false, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"秘鲁寻求同智利建立全面战略伙伴关系。", true, ChangeKind::kEstablish,
       Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"The two sides will continue to work for the development of the "
       "Chile-Peru comprehensive strategic partnership.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      // A participle clause opening the sentence is background.
      {"Having set up embassies in 1990 and a strategic partnership in "
       "2010, Chile and Peru now trade more than ever.",
       false, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      // A decision announced in the future tense is the decision.
      {"Lima decided last night it will lower ties with Quito to chargé "
       "d'affaires level.",
       true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, Representation::kChargeDAffaires},
      // More members: a paused dialogue, leaving a partnership, alliances
      // denied, wishes and demands.
      {"Ottawa paused the strategic partnership dialogue with Lima.",
       true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Peru's parliament voted to leave the partnership with Bolivia.",
       true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Quito said it does not seek an alliance with Lima.", true,
       ChangeKind::kEstablish, Modality::kNegated, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"Chile and Peru are not allies, the spokesperson said.", true,
       ChangeKind::kEstablish, Modality::kNegated, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"智秘两国不结盟、不对抗。", true, ChangeKind::kEstablish,
       Modality::kNegated, Tier::kNone, Tier::kNone, kNoLevel, kNoLevel},
      {"An upgrade to a Chile-Peru comprehensive strategic partnership is on "
       "the table.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Chile wants a comprehensive strategic partnership with Peru.",
       true, ChangeKind::kEstablish, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Chile and Peru agreed to consider upgrading their strategic "
       "partnership.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical,
       Tier::kStrategicPartnership, Tier::kNone, kNoLevel, kNoLevel},
      {"The opposition demanded that the government cut ties with "
       "Lima.",
       true, ChangeKind::kDowngrade, Modality::kHypothetical, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      // A downgrade announced in the future tense is the decision; an
      // upgrade that "will" come is a plan.
      {"Peru will sever ties with Chile effective Thursday.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"Chile will elevate ties with Peru to a strategic partnership next "
       "year.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      // (Suspended ties are not severed: "suspend" ends in "end".)
      {"Belize will suspend diplomatic ties with Fiji, the government said.",
       true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      // Missions closed, diplomats declared persona non grata.
      {"Quito closed its embassy in Lima.", true, ChangeKind::kDowngrade,
       Modality::kAsserted, Tier::kNone, Tier::kNone, kNoLevel, kNoLevel},
      {"两国将全面战略伙伴关系推向新高度。", true, ChangeKind::kReaffirm,
       Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Both sides signed a strategic partnership action plan for the next "
       "five years.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      // "If anything" sets no condition.
      {"If anything, ties between Hanoi and Seoul have grown from a "
       "comprehensive partnership into a strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kAsserted,
       Tier::kComprehensivePartnership, Tier::kStrategicPartnership, kNoLevel,
       kNoLevel},
      // A tier "expected to be announced" is a planned establishment.
      {"A comprehensive strategic partnership is likely to be declared "
       "during the king's state visit.",
       true, ChangeKind::kEstablish, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Officials said a strategic partnership will be formally unveiled "
       "during the state visit.",
       true, ChangeKind::kEstablish, Modality::kHypothetical, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      // "Elevated to a strategic level": an upgrade to no ladder tier.
      {"Ties between Kathmandu and Beijing were elevated to a strategic "
       "level last year.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      // Decisions in the future tense.
      {"Mali would sever diplomatic relations with Kyiv effective "
       "immediately, the junta said.",
       true, ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, Representation::kSevered},
      {"Mali would sever diplomatic relations with Kyiv if the claims were "
       "confirmed.",
       true, ChangeKind::kDowngrade, Modality::kHypothetical, Tier::kNone,
       Tier::kNone, kNoLevel, Representation::kSevered},
      {"Cuba and Mexico will establish a strategic partnership, the "
       "president told reporters.",
       true, ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"The two countries will jointly build a comprehensive strategic "
       "partnership, the statement said.",
       true, ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Cuba hopes to establish a strategic partnership with Mexico.", true,
       ChangeKind::kEstablish, Modality::kHypothetical, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      // Denials: an ally named by kind, a refusal (whose "to" marks no new
      // tier), no hurry, not allies.
      {"Beijing will never be a military ally of Moscow, the ambassador "
       "said.",
       true, ChangeKind::kEstablish, Modality::kNegated, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Hanoi refused to negotiate a comprehensive strategic partnership "
       "with Canberra last year.",
       true, ChangeKind::kEstablish, Modality::kNegated, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Tokyo is in no hurry to upgrade its ties with Hanoi to a "
       "comprehensive strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kNegated, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"India and the United States are not formal allies and have no "
       "plans to become one.",
       true, ChangeKind::kEstablish, Modality::kNegated, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      // Not ruled out, on the agenda: possibilities.
      {"The minister did not rule out an upgrade of ties with Seoul to a "
       "comprehensive strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"An upgrade of ties between Canberra and Hanoi to a comprehensive "
       "strategic partnership is on the agenda for the visit.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      // Downgrades without a tier word.
      {"Yerevan has put its participation in the alliance on hold.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"Ecuador ended its defence pact with Peru.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      // A passive relative clause set off by a comma is background.
      {"The partnership, which was elevated to a comprehensive strategic "
       "partnership last year, now covers defence.",
       false, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      // A tier taken up makes "a higher level" that tier.
      {"Brazil and Vietnam officially became strategic partners, lifting "
       "ties to a higher level.",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"The two countries agreed to lift ties to a higher level.", false,
       ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      // Seeking a tier, the time for a change, a suggestion, a wish that
      // others act.
      {"Washington has long sought a comprehensive strategic partnership "
       "with Hanoi.",
       true, ChangeKind::kEstablish, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"The minister said it was time to upgrade the relationship to a "
       "comprehensive strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"他建议两国建立全面战略伙伴关系。", true, ChangeKind::kEstablish,
       Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Lawmakers want the government to suspend the strategic partnership "
       "with Moscow.",
       true, ChangeKind::kDowngrade, Modality::kHypothetical,
       Tier::kStrategicPartnership, Tier::kNone, kNoLevel, kNoLevel},
      // Headlines, and deals close at hand.
      {"Vietnam, US elevate ties to highest level", true,
       ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"China, Venezuela upgrade ties to 'all-weather' strategic "
       "partnership",
       true, ChangeKind::kUpgrade, Modality::kAsserted, Tier::kNone,
       Tier::kAllWeatherStrategicPartnership, kNoLevel, kNoLevel},
      {"Japan, Vietnam to upgrade ties to comprehensive strategic "
       "partnership",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Beijing and five island nations decided on Friday to establish a "
       "strategic partnership.",
       true, ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"Sources said Canberra and Hanoi were close to finalising an upgrade "
       "in ties.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      // Commitments: preserve, intensify, make stronger.
      {"Laos and Vietnam pledged to preserve and promote their special "
       "relationship.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"The two prime ministers vowed to further intensify the enhanced "
       "strategic partnership.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kEnhancedStrategicPartnership, kNoLevel, kNoLevel},
      {"The two sides agreed to make the all-weather strategic cooperative "
       "partnership even stronger.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kAllWeatherStrategicCooperativePartnership, kNoLevel, kNoLevel},
      // No alliance, no bloc; an upgrade to announce, months
      // of talks; a diplomatic ally lost.
      {"\"There is no alliance between China and Russia, and there will not "
       "be one,\" the spokeswoman said.",
       true, ChangeKind::kEstablish, Modality::kNegated, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Kazakhstan said it had no intention of joining any military bloc.",
       true, ChangeKind::kEstablish, Modality::kNegated, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Canberra and Jakarta are expected to announce the upgrade next "
       "week.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Vietnam and Australia have been in discussions for months about "
       "lifting their relationship to the highest level.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Taiwan said it had lost another diplomatic ally to China.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      // An indefinite tier right before a modal is only expected.
      {"A comprehensive strategic partnership could follow next year, a "
       "diplomat said.",
       true, ChangeKind::kEstablish, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      // Talks and studies under way, in Chinese.
      {"两国同意研究将双边关系升级为全面战略伙伴关系。", true,
       ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"菲律宾和越南正商讨将两国关系升级为战略伙伴关系。", true,
       ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      // Denials after the relationship, dismissed ideas; cuts without a
      // tier word.
      {"两国结成军事同盟毫无意义。", true, ChangeKind::kEstablish,
       Modality::kNegated, Tier::kNone, Tier::kNone, kNoLevel, kNoLevel},
      {"The minister dismissed the idea of a military alliance with Tokyo.",
       true, ChangeKind::kEstablish, Modality::kNegated, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      {"Colombia put relations with Israel on hold.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      {"Peru ended diplomatic relations with Venezuela.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, Representation::kSevered},
      {"Lithuania downgraded its diplomatic presence in Moscow.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      // A report denied; the level of diplomatic ties.
      {"Seoul denied a report that it planned to lower the level of "
       "diplomatic ties with Moscow.",
       true, ChangeKind::kDowngrade, Modality::kNegated, Tier::kNone,
       Tier::kNone, kNoLevel, kNoLevel},
      // Under discussion, invited to, talks toward, paving the way.
      {"A strategic partnership between the two countries is under "
       "discussion.",
       true, ChangeKind::kEstablish, Modality::kHypothetical, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"The prime minister invited Hanoi to elevate ties to a comprehensive "
       "strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Negotiations toward a comprehensive strategic partnership began in "
       "March.",
       true, ChangeKind::kEstablish, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"The move paves the way for an upgrade of ties to a comprehensive "
       "strategic partnership.",
       true, ChangeKind::kUpgrade, Modality::kHypothetical, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      // Formalised, inaugurated; kept moving forward, built even stronger.
      {"The joint declaration formalised a strategic partnership between "
       "Rabat and Beijing.",
       true, ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kStrategicPartnership, kNoLevel, kNoLevel},
      {"Portugal and China inaugurated a comprehensive strategic partnership "
       "in 2005.",
       true, ChangeKind::kEstablish, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"Egypt and China vowed to keep their comprehensive strategic "
       "partnership moving forward.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"China was willing to work with Spain to build an even stronger "
       "comprehensive strategic partnership.",
       true, ChangeKind::kReaffirm, Modality::kAsserted, Tier::kNone,
       Tier::kComprehensiveStrategicPartnership, kNoLevel, kNoLevel},
      {"The European Union halted its strategic dialogue with Turkey.", true,
       ChangeKind::kDowngrade, Modality::kAsserted, Tier::kNone, Tier::kNone,
       kNoLevel, kNoLevel},
      // 盟友 ("ally") denied.
      {"中国和俄罗斯不是盟友。", true, ChangeKind::kEstablish,
       Modality::kNegated, Tier::kNone, Tier::kNone, kNoLevel, kNoLevel},
  };
  ASSERT_DEFAULT_CLASSIFIER_OK();
  for (const ChangeRow& row : rows) {
    SCOPED_TRACE(testing::Message() << "text: \"" << row.text << "\"");
    absl::StatusOr<Analysis> analysis = DefaultClassifier().Analyze(row.text);
    ASSERT_TRUE(analysis.ok()) << analysis.status();
    if (!row.changed) {
      EXPECT_TRUE(analysis->changes.empty());
      continue;
    }
    EXPECT_EQ(analysis->changes.size(), 1u);
    if (analysis->changes.size() != 1u) continue;
    const TierChange& c = analysis->changes.front();
    EXPECT_EQ(ChangeKindName(c.kind), ChangeKindName(row.kind));
    EXPECT_EQ(ModalityName(c.status), ModalityName(row.status));
    EXPECT_EQ(TierName(c.from), TierName(row.from));
    EXPECT_EQ(TierName(c.to), TierName(row.to));
    EXPECT_EQ(RepresentationName(c.from_level),
              RepresentationName(row.from_level));
    EXPECT_EQ(RepresentationName(c.to_level), RepresentationName(row.to_level));
  }
}

// ---------------------------------------------------------------------------
// Representation and cue lists, checked pattern by pattern with RE2 so that
// they are pinned independently of the change detector.
// ---------------------------------------------------------------------------

// The labels ("ambassador", "upgrade", ...) of the entries of `kind` whose
// pattern matches somewhere in `text`.
std::set<std::string> MatchingLabels(EntryKind kind, std::string_view text) {
  std::set<std::string> labels;
  for (const LexiconEntry& e : Lexicon::Default().entries()) {
    if (e.kind != kind) continue;
    RE2::Options options;
    options.set_case_sensitive(e.case_sensitive);
    options.set_log_errors(false);
    RE2 re(e.expanded, options);
    EXPECT_TRUE(re.ok()) << e.line << ": " << re.error();
    if (!RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re)) {
      continue;
    }
    labels.insert(kind == EntryKind::kCue
                      ? std::string(CueClassName(e.cue))
                      : std::string(RepresentationName(e.level)));
  }
  return labels;
}

// `label` must (or, with `present` false, must not) match in `text`.
struct LabelRow {
  const char* text;
  const char* label;
  bool present;
};

void ExpectLabels(EntryKind kind, const std::vector<LabelRow>& rows) {
  for (const LabelRow& row : rows) {
    SCOPED_TRACE(testing::Message()
                 << row.label << " in \"" << row.text << "\"");
    const std::set<std::string> labels = MatchingLabels(kind, row.text);
    EXPECT_EQ(labels.count(row.label), row.present ? 1u : 0u);
  }
}

TEST(DefaultLexicon, NamesEveryRepresentationLevel) {
  ExpectLabels(
      EntryKind::kRepresentation,
      {
          {"Ties were restored at ambassador level.", "ambassador", true},
          {"The two states keep ambassadorial-level relations.", "ambassador",
           true},
          {"They agreed to exchange ambassadors next year.", "ambassador",
           true},
          {"两国恢复大使级外交关系。", "ambassador", true},
          {"兩國恢復大使級外交關係。", "ambassador", true},
          {"Relations were cut to chargé d'affaires level.",
           "charge_d_affaires", true},
          {"Relations were cut to charge d'affaires level.",
           "charge_d_affaires", true},
          {"Only a chargé d\xE2\x80\x99"
           "affaires remains.",
           "charge_d_affaires", true},
          {"Both sides recalled their chargés d'affaires.", "charge_d_affaires",
           true},
          {"两国关系降为代办级。", "charge_d_affaires", true},
          {"兩國關係降為代辦級。", "charge_d_affaires", true},
          {"Taipei keeps a liaison office in the capital.", "liaison_office",
           true},
          {"双方互设联络处。", "liaison_office", true},
          {"雙方互設聯絡處。", "liaison_office", true},
          {"Honduras severed diplomatic ties with Taipei.", "severed", true},
          {"The island broke off diplomatic relations in 2023.", "severed",
           true},
          {"Nauru cut its diplomatic ties with Taipei.", "severed", true},
          {"该国宣布与台湾断交。", "severed", true},
          {"該國宣布與台灣斷交。", "severed", true},
          {"两国断绝外交关系。", "severed", true},
          {"兩國斷絕外交關係。", "severed", true},
          {"Vilnius recalled its ambassador.", "ambassador", true},
          {"中方召回驻立陶宛大使。", "ambassador", true},
          {"Ottawa expelled Tehran's ambassador.", "ambassador", true},
          {"Seoul recalled its own envoy.", "ambassador", true},
          {"Canada's ambassador was expelled last week.", "ambassador", true},
          {"The rupture of diplomatic relations lasted years.", "severed",
           true},
          {"该国断绝与台北的所谓\"外交关系\"。", "severed", true},
          {"中方决定将使馆降为代办处。", "charge_d_affaires", true},
          {"The envoy said the talks went well.", "ambassador", false},
          // Words near the levels that are not a level.
          {"The ambassador said the visit went well.", "ambassador", false},
          {"Diplomatic relations were established in 1950.", "severed", false},
          {"The charges against him were dropped.", "charge_d_affaires", false},
          {"大使馆发表声明。", "ambassador", false},
      });
}

TEST(DefaultLexicon, NamesEveryCueClass) {
  ExpectLabels(
      EntryKind::kCue,
      {
          // establish
          {"The two countries established a partnership.", "establish", true},
          {"They forged a strategic partnership.", "establish", true},
          {"They announced the establishment of the partnership.", "establish",
           true},
          {"They agreed to set up a strategic partnership.", "establish", true},
          {"双方宣布建立全面战略伙伴关系。", "establish", true},
          {"雙方確立戰略夥伴關係。", "establish", true},
          {"Jordan and Malaysia declared a comprehensive partnership.",
           "establish", true},
          {"They agreed on a strategic partnership.", "establish", true},
          {"双方同意构建全面战略伙伴关系。", "establish", true},
          {"The minister announced on Monday that talks would resume.",
           "establish", false},
          {"The president declared the strategic partnership a success.",
           "establish", false},
          {"中国积极构建全球伙伴关系网络。", "establish", false},
          // upgrade
          {"They upgraded ties.", "upgrade", true},
          {"An upgrade of relations was agreed.", "upgrade", true},
          {"They elevated ties.", "upgrade", true},
          {"The elevation of ties was welcomed.", "upgrade", true},
          {"They raised their relations to a new tier.", "upgrade", true},
          {"It marks a step up from the previous tier.", "upgrade", true},
          {"两国关系提升为全面战略伙伴关系。", "upgrade", true},
          {"兩國關係升級為全面戰略夥伴關係。", "upgrade", true},
          {"The minister raised concerns about the partnership.", "upgrade",
           false},
          {"They raised their strategic partnership to a comprehensive "
           "strategic partnership.",
           "upgrade", true},
          {"Ties were lifted to an all-weather strategic partnership.",
           "upgrade", true},
          {"The bloc raised Canada to strategic partner status.", "upgrade",
           true},
          {"They went from a strategic partnership to a higher tier.",
           "upgrade", true},
          {"两国将关系升级为全面战略伙伴关系。", "upgrade", true},
          {"Their partnership went from strength to strength.", "upgrade",
           false},
          {"The central bank raised rates to a record high.", "upgrade", false},
          // downgrade
          {"They downgraded relations.", "downgrade", true},
          {"The council suspended the partnership.", "downgrade", true},
          {"Parliament froze the talks.", "downgrade", true},
          {"They terminated the treaty.", "downgrade", true},
          {"The island severed ties.", "downgrade", true},
          {"Vilnius recalled its ambassador.", "downgrade", true},
          {"They reduced diplomatic relations.", "downgrade", true},
          {"两国关系降为代办级。", "downgrade", true},
          {"双方暂停战略对话。", "downgrade", true},
          {"该国中止条约。", "downgrade", true},
          {"兩國凍結關係。", "downgrade", true},
          {"The deal will reduce tariffs on steel.", "downgrade", false},
          {"The storm caused severe damage.", "downgrade", false},
          {"Ties were lowered to chargé d'affaires level.", "downgrade", true},
          {"Rabat closed its liaison office.", "downgrade", true},
          {"Kyiv let the treaty lapse.", "downgrade", true},
          {"两国外交关系降至代办级。", "downgrade", true},
          {"Tariffs were reduced to zero.", "downgrade", false},
          {"The minister halted his speech.", "downgrade", false},
          // reaffirm
          {"Both sides reaffirmed the partnership.", "reaffirm", true},
          {"They agreed to deepen the partnership.", "reaffirm", true},
          {"They marked the 10th anniversary of the partnership.", "reaffirm",
           false},
          {"The two remain close strategic partners.", "reaffirm", true},
          {"双方重申全面战略伙伴关系。", "reaffirm", true},
          {"双方庆祝建立全面战略伙伴关系15周年。", "reaffirm", false},
          {"雙方深化全面戰略夥伴關係。", "reaffirm", true},
          {"The strategic partnership remains on track.", "reaffirm", true},
          {"中俄两国依然是全面战略协作伙伴。", "reaffirm", true},
          {"双方本着伙伴关系精神加强协调。", "reaffirm", false},
          // background
          {"They marked the 10th anniversary of the partnership.",
           "background", true},
          {"双方庆祝建立全面战略伙伴关系15周年。", "background", true},
          {"双方本着伙伴关系精神加强协调。", "background", true},
          {"Trade has tripled since the establishment of the partnership.",
           "background", true},
          {"Trade has tripled since they established the partnership.",
           "background", true},
          {"自两国建立战略伙伴关系以来，贸易增长三倍。", "background", true},
          {"Under the guidance of the partnership, ports were built.",
           "background", true},
          {"The partnership was established in 2010.", "background", false},
          {"It remains to be seen whether the partnership will hold.",
           "reaffirm", false},
          // no_change
          {"They lifted ties to a new level.", "no_change", true},
          {"They took relations to new heights.", "no_change", true},
          {"两国关系迈上新台阶。", "no_change", true},
          {"双方将关系提升到新水平。", "no_change", true},
          {"双方同意深化和提升伙伴关系。", "no_change", true},
          // hypothetical
          {"They are expected to upgrade ties.", "hypothetical", true},
          {"Hanoi plans to elevate ties.", "hypothetical", true},
          {"The two could upgrade ties.", "hypothetical", true},
          {"They will sign the accord.", "hypothetical", true},
          {"They may upgrade ties.", "hypothetical", true},
          {"Seoul is considering an upgrade.", "hypothetical", true},
          {"Experts call for an upgrade.", "hypothetical", true},
          {"双方将建立全面战略伙伴关系。", "hypothetical", true},
          {"两国关系有望提升。", "hypothetical", true},
          {"双方拟建立战略伙伴关系。", "hypothetical", true},
          {"In May 2023 they upgraded ties.", "hypothetical", false},
          {"双方一致同意将双边关系提升为全面战略伙伴关系。", "hypothetical",
           false},
          {"They spoke of goodwill.", "hypothetical", false},
          {"Ties stalled due to tensions.", "hypothetical", false},
          {"Lawmakers called on the government to freeze ties.", "hypothetical",
           true},
          {"They are working toward a strategic partnership.", "hypothetical",
           true},
          {"Diplomats expect the leaders to sign the accord.", "hypothetical",
           true},
          {"议员呼吁暂停对话。", "hypothetical", true},
          {"The envoy called on the foreign minister on Monday.",
           "hypothetical", false},
          {"若干国家表示欢迎。", "hypothetical", false},
          // negation
          {"They did not upgrade ties.", "negation", true},
          {"They didn't upgrade ties.", "negation", true},
          {"Seoul has yet to upgrade ties.", "negation", true},
          {"Hanoi has no interest in downgrading ties.", "negation", true},
          {"Officials denied any upgrade.", "negation", true},
          {"双方尚未建立战略伙伴关系。", "negation", true},
          {"两国没有提升关系。", "negation", true},
          {"中方无意降级。", "negation", true},
          {"双方不断深化全面战略伙伴关系。", "negation", false},
          {"面向未来的全面战略伙伴关系。", "negation", false},
          {"They stopped short of an upgrade.", "negation", true},
          {"No one is talking about a downgrade.", "negation", true},
          {"Ankara denied that ties would be downgraded.", "negation", true},
          {"No one doubts the partnership.", "negation", false},
          // contrast
          {"They did not hesitate, but upgraded ties.", "contrast", true},
          {"However, the partnership endures.", "contrast", true},
          {"两国关系可能降温，但双方仍是伙伴。", "contrast", true},
          {"The butler served the partnership dinner.", "contrast", false},
          {"It declined to comment, and ties grew.", "contrast", true},
          {"Ties grew; trade did too.", "contrast", true},
          {"中方未回应，双方签署协议。", "contrast", true},
          {"Japan, Korea and India are partners.", "contrast", false},
          // source and target
          {"They moved from a strategic partnership.", "source", true},
          {"两国关系从战略伙伴关系提升。", "source", true},
          {"They moved to a comprehensive partnership.", "target", true},
          {"They turned ties into a partnership.", "target", true},
          {"Ties rose to the level of a partnership.", "target", true},
          {"关系提升为伙伴关系。", "target", true},
          {"Lawmakers urged Brussels to freeze the partnership.", "source",
           true},
          {"两国从未建立战略伙伴关系。", "target", true},
          {"欧洲议会认为俄罗斯不再是战略伙伴。", "target", false},
          // downgrade_state
          {"Russia is no longer a strategic partner.", "downgrade_state", true},
          {"The EU no longer considers Russia a strategic partner.",
           "downgrade_state", true},
          {"俄罗斯不再是欧盟的战略伙伴。", "downgrade_state", true},
          {"The talks no longer matter.", "downgrade_state", false},
      });
}

}  // namespace
}  // namespace diplotier
