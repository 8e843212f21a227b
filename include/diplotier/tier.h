// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Partnership tiers and the ladders that rank them.
//
// A Tier is one canonical partnership label ("comprehensive strategic
// partnership"). Tiers have no order of their own: the same words rank
// differently for different issuers, so every comparison goes through a
// Ladder, which maps tiers to ranks for one issuer (China by default).
//
//   #include "diplotier/tier.h"
//
//   using diplotier::Tier;
//   const diplotier::Ladder& china = diplotier::Ladder::China();
//   std::optional<int> d = diplotier::RankDelta(
//       Tier::kComprehensiveStrategicPartnership,
//       Tier::kAllWeatherStrategicPartnership, china);   // *d == 1
//   std::string_view name = diplotier::TierName(Tier::kStrategicPartnership);
//   // name == "strategic_partnership"
//
// Ladders are data: a ladder is written as a spec such as
// "comprehensive_partnership < strategic_partnership =
// strategic_cooperative_partnership" and parsed by Ladder::Parse. The built-in
// ladders are such specs.
//
// Everything here is a value type; all functions are thread-safe.

#ifndef DIPLOTIER_TIER_H_
#define DIPLOTIER_TIER_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "diplotier/export.h"

namespace diplotier {

// The canonical partnership labels, in no particular rank order. The
// snake_case names returned by TierName() are the stable wire format (JSON,
// TSV, lexicon files); the numeric values are not.
enum class Tier : std::uint8_t {
  kNone = 0,
  kPartnership,
  kCooperativePartnership,
  kComprehensivePartnership,
  kComprehensiveCooperativePartnership,
  kStrategicPartnership,
  kStrategicCooperativePartnership,
  kComprehensiveStrategicPartnership,
  kComprehensiveStrategicCooperativePartnership,
  kComprehensiveStrategicPartnershipOfCoordination,
  kPermanentComprehensiveStrategicPartnership,
  kAllWeatherStrategicPartnership,
  kAllWeatherStrategicCooperativePartnership,
  kAllWeatherComprehensiveStrategicPartnership,
  kEnhancedStrategicPartnership,
  kGlobalStrategicPartnership,
  kComprehensiveGlobalStrategicPartnership,
  kSpecialStrategicPartnership,
};

// Number of Tier values, kNone included.
inline constexpr int kTierCount = 18;

// All tiers in declaration order, kNone first.
DIPLOTIER_EXPORT const std::array<Tier, kTierCount>& AllTiers();

// The canonical snake_case name ("none", "all_weather_strategic_partnership").
DIPLOTIER_EXPORT std::string_view TierName(Tier tier);

// Inverse of TierName. Exact, case-sensitive match; nullopt for anything else.
DIPLOTIER_EXPORT std::optional<Tier> TierFromName(std::string_view name);

// Levels of diplomatic representation, a separate ladder that many downgrades
// use (ambassador → chargé d'affaires → liaison office → severed). Ranked by
// their numeric value: kSevered is the lowest.
enum class Representation : std::uint8_t {
  kUnknown = 0,
  kSevered,
  kLiaisonOffice,
  kChargeDAffaires,
  kAmbassador,
};

// "severed", "liaison_office", "charge_d_affaires", "ambassador" ("unknown").
DIPLOTIER_EXPORT std::string_view RepresentationName(Representation level);
DIPLOTIER_EXPORT std::optional<Representation> RepresentationFromName(
    std::string_view name);

// A ladder ranks tiers for one issuer. Rank 0 is kNone; a tier the ladder does
// not place has no rank (Rank() returns nullopt) and compares with nothing.
// Tiers joined by '=' in the spec share a rank; each '<' adds one, so a rank
// difference counts steps on that issuer's ladder.
class DIPLOTIER_EXPORT Ladder {
 public:
  // Parses a spec: groups of tier names separated by '<' (low to high), the
  // tiers of a group separated by '='. Whitespace is free. Errors
  // (InvalidArgument): unknown tier, a tier named twice, "none" in the spec, an
  // empty group, an empty or malformed name.
  static absl::StatusOr<Ladder> Parse(std::string_view name,
                                      std::string_view spec);

  // The built-in ladders. China's is the default and places every tier; the
  // others place the tiers their issuers use.
  static const Ladder& China();

  // Names of the built-in ladders: "china", "china_fine", "vietnam", "india",
  // "asean", "indonesia", "australia", "japan", "russia", "eu".
  static const std::vector<std::string>& BuiltinNames();

  // A built-in ladder by name; NotFoundError naming the choices otherwise.
  static absl::StatusOr<Ladder> Builtin(std::string_view name);

  // The ladder's name as given to Parse ("china").
  const std::string& name() const { return name_; }

  // The rank of `tier`: 0 for kNone, 1 and up for placed tiers, nullopt for a
  // tier this ladder does not place.
  std::optional<int> Rank(Tier tier) const;

  // The highest rank on the ladder.
  int top_rank() const { return top_rank_; }

  // The spec that rebuilds this ladder, normalised ("a = b < c").
  std::string Spec() const;

 private:
  Ladder() = default;

  std::string name_;
  std::array<std::int8_t, kTierCount> rank_{};  // -1: not placed.
  int top_rank_ = 0;
};

// Three-way comparison of two tiers on `ladder`: negative if a ranks below b,
// zero if equal, positive if above; nullopt if either tier is not placed.
DIPLOTIER_EXPORT std::optional<int> Compare(Tier a, Tier b,
                                            const Ladder& ladder);

// Rank of `to` minus rank of `from` on `ladder` (steps up: positive), or
// nullopt if either tier is not placed.
DIPLOTIER_EXPORT std::optional<int> RankDelta(Tier from, Tier to,
                                              const Ladder& ladder);

}  // namespace diplotier

#endif  // DIPLOTIER_TIER_H_
