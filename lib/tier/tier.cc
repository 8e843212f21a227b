// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "diplotier/tier.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "util/strings.h"

namespace diplotier {

using internal::Cat;
namespace {

using internal::Av;

constexpr std::string_view kTierNames[kTierCount] = {
    "none",
    "partnership",
    "cooperative_partnership",
    "comprehensive_partnership",
    "comprehensive_cooperative_partnership",
    "strategic_partnership",
    "strategic_cooperative_partnership",
    "comprehensive_strategic_partnership",
    "comprehensive_strategic_cooperative_partnership",
    "comprehensive_strategic_partnership_of_coordination",
    "permanent_comprehensive_strategic_partnership",
    "all_weather_strategic_partnership",
    "all_weather_strategic_cooperative_partnership",
    "all_weather_comprehensive_strategic_partnership",
    "enhanced_strategic_partnership",
    "global_strategic_partnership",
    "comprehensive_global_strategic_partnership",
    "special_strategic_partnership",
};

constexpr std::string_view kRepresentationNames[] = {
    "unknown", "severed", "liaison_office", "charge_d_affaires", "ambassador"};

// The built-in ladders, as specs (low to high). China's places every tier:
// labels other issuers use are put beside the Chinese label they parallel.
// Sources disagree on half steps; "china_fine" offers the finer reading.
struct BuiltinSpec {
  std::string_view name;
  std::string_view spec;
};
constexpr BuiltinSpec kBuiltinLadders[] = {
    {"china",
     "partnership = cooperative_partnership"
     " < comprehensive_partnership = comprehensive_cooperative_partnership"
     " < strategic_partnership = strategic_cooperative_partnership"
     " = enhanced_strategic_partnership = global_strategic_partnership"
     " < comprehensive_strategic_partnership"
     " = comprehensive_strategic_cooperative_partnership"
     " = comprehensive_global_strategic_partnership"
     " = special_strategic_partnership"
     " < all_weather_strategic_partnership"
     " = all_weather_strategic_cooperative_partnership"
     " = all_weather_comprehensive_strategic_partnership"
     " = permanent_comprehensive_strategic_partnership"
     " = comprehensive_strategic_partnership_of_coordination"},
    {"china_fine",
     "partnership < cooperative_partnership < comprehensive_partnership"
     " < comprehensive_cooperative_partnership < strategic_partnership"
     " < strategic_cooperative_partnership < "
     "comprehensive_strategic_partnership"
     " < comprehensive_strategic_cooperative_partnership"
     " < comprehensive_strategic_partnership_of_coordination"
     " = permanent_comprehensive_strategic_partnership"
     " < all_weather_strategic_partnership"
     " < all_weather_strategic_cooperative_partnership"
     " < all_weather_comprehensive_strategic_partnership"},
    // Vietnam's three-step ladder; "cooperative" and "extensive/enhanced"
    // variants sit on the step they qualify.
    {"vietnam",
     "partnership < comprehensive_partnership"
     " = comprehensive_cooperative_partnership"
     " < strategic_partnership = strategic_cooperative_partnership"
     " = enhanced_strategic_partnership"
     " < comprehensive_strategic_partnership"},
    {"india",
     "partnership < strategic_partnership < enhanced_strategic_partnership"
     " < comprehensive_strategic_partnership = global_strategic_partnership"
     " < special_strategic_partnership"
     " < comprehensive_global_strategic_partnership"},
    {"asean", "strategic_partnership < comprehensive_strategic_partnership"},
    {"indonesia",
     "comprehensive_partnership < strategic_partnership"
     " < comprehensive_strategic_partnership"},
    {"australia",
     "comprehensive_partnership < strategic_partnership"
     " < comprehensive_strategic_partnership < special_strategic_partnership"},
    {"japan",
     "partnership < strategic_partnership = global_strategic_partnership"
     " < enhanced_strategic_partnership"
     " < comprehensive_strategic_partnership = special_strategic_partnership"},
    {"russia",
     "partnership < strategic_partnership < comprehensive_strategic_partnership"
     " < comprehensive_strategic_partnership_of_coordination"},
    {"eu", "partnership < strategic_partnership"},
};

}  // namespace

const std::array<Tier, kTierCount>& AllTiers() {
  static const std::array<Tier, kTierCount> tiers = [] {
    std::array<Tier, kTierCount> t{};
    for (int i = 0; i < kTierCount; ++i) t[i] = static_cast<Tier>(i);
    return t;
  }();
  return tiers;
}

std::string_view TierName(Tier tier) {
  const int i = static_cast<int>(tier);
  return i >= 0 && i < kTierCount ? kTierNames[i] : std::string_view("none");
}

std::optional<Tier> TierFromName(std::string_view name) {
  for (int i = 0; i < kTierCount; ++i) {
    if (kTierNames[i] == name) return static_cast<Tier>(i);
  }
  return std::nullopt;
}

std::string_view RepresentationName(Representation level) {
  const size_t i = static_cast<size_t>(level);
  return i < std::size(kRepresentationNames) ? kRepresentationNames[i]
                                             : kRepresentationNames[0];
}

std::optional<Representation> RepresentationFromName(std::string_view name) {
  for (size_t i = 0; i < std::size(kRepresentationNames); ++i) {
    if (kRepresentationNames[i] == name) {
      return static_cast<Representation>(i);
    }
  }
  return std::nullopt;
}

absl::StatusOr<Ladder> Ladder::Parse(std::string_view name,
                                     std::string_view spec) {
  Ladder ladder;
  ladder.name_ = std::string(name);
  ladder.rank_.fill(-1);
  ladder.rank_[static_cast<int>(Tier::kNone)] = 0;
  if (name.empty()) {
    return absl::InvalidArgumentError("ladder has no name");
  }
  int rank = 0;
  for (absl::string_view group :
       absl::StrSplit(absl::string_view(spec.data(), spec.size()), '<')) {
    ++rank;
    if (rank > 100) {
      return absl::InvalidArgumentError(
          Cat("ladder '", Av(name), "' has more than 100 ranks"));
    }
    bool any = false;
    for (absl::string_view raw : absl::StrSplit(group, '=')) {
      absl::string_view tier_name = absl::StripAsciiWhitespace(raw);
      if (tier_name.empty()) {
        return absl::InvalidArgumentError(
            Cat("ladder '", Av(name), "': empty tier name in rank ", rank,
                " (a doubled '<' or '=', or one at an end?)"));
      }
      std::optional<Tier> tier =
          TierFromName(std::string_view(tier_name.data(), tier_name.size()));
      if (!tier) {
        return absl::InvalidArgumentError(
            Cat("ladder '", Av(name), "': unknown tier '", tier_name, "'"));
      }
      if (*tier == Tier::kNone) {
        return absl::InvalidArgumentError(
            Cat("ladder '", Av(name),
                "': 'none' is always rank 0 and is not listed"));
      }
      std::int8_t& slot = ladder.rank_[static_cast<int>(*tier)];
      if (slot != -1) {
        return absl::InvalidArgumentError(Cat("ladder '", Av(name), "': tier '",
                                              tier_name, "' is listed twice"));
      }
      slot = static_cast<std::int8_t>(rank);
      any = true;
    }
    if (!any) {
      return absl::InvalidArgumentError(
          Cat("ladder '", Av(name), "': empty rank ", rank));
    }
  }
  ladder.top_rank_ = rank;
  return ladder;
}

const Ladder& Ladder::China() {
  static const Ladder* const china = [] {
    absl::StatusOr<Ladder> l = Parse("china", kBuiltinLadders[0].spec);
    return new Ladder(*std::move(l));
  }();
  return *china;
}

const std::vector<std::string>& Ladder::BuiltinNames() {
  static const std::vector<std::string>* const names = [] {
    auto* v = new std::vector<std::string>;
    for (const BuiltinSpec& b : kBuiltinLadders) v->emplace_back(b.name);
    return v;
  }();
  return *names;
}

absl::StatusOr<Ladder> Ladder::Builtin(std::string_view name) {
  for (const BuiltinSpec& b : kBuiltinLadders) {
    if (b.name == name) return Parse(b.name, b.spec);
  }
  return absl::NotFoundError(
      Cat("unknown ladder '", Av(name),
          "'; built-in ladders: ", absl::StrJoin(BuiltinNames(), ", ")));
}

std::optional<int> Ladder::Rank(Tier tier) const {
  const int i = static_cast<int>(tier);
  if (i < 0 || i >= kTierCount || rank_[i] < 0) return std::nullopt;
  return rank_[i];
}

std::string Ladder::Spec() const {
  std::string out;
  for (int r = 1; r <= top_rank_; ++r) {
    if (r > 1) out += " < ";
    bool first = true;
    for (int i = 0; i < kTierCount; ++i) {
      if (rank_[i] != r) continue;
      if (!first) out += " = ";
      out += std::string(kTierNames[i]);
      first = false;
    }
  }
  return out;
}

std::optional<int> Compare(Tier a, Tier b, const Ladder& ladder) {
  std::optional<int> ra = ladder.Rank(a);
  std::optional<int> rb = ladder.Rank(b);
  if (!ra || !rb) return std::nullopt;
  return (*ra > *rb) - (*ra < *rb);
}

std::optional<int> RankDelta(Tier from, Tier to, const Ladder& ladder) {
  std::optional<int> rf = ladder.Rank(from);
  std::optional<int> rt = ladder.Rank(to);
  if (!rf || !rt) return std::nullopt;
  return *rt - *rf;
}

}  // namespace diplotier
