// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The ledger keeps compact records: a date packed into one integer
// (year * 10000 + month * 100 + day, so unknown parts, being 0, sort first),
// tiers as bytes and document ids interned once. Everything a query reports
// (ranks, changes, conflicts) is derived at query time, because a later
// history row may still change a dyad's ladder.

#include "diplotier/ledger.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "util/strings.h"
#include "util/text.h"

namespace diplotier {

using internal::Av;
using internal::Cat;
using internal::SplitTabs;
using internal::Sv;

namespace {

// ---------------------------------------------------------------- dates

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// `month` must be in 1..12.
int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30,
                                    31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// Empty when `d` is valid, else what is wrong with it.
std::string DateFault(const Date& d) {
  if (d.year < 1 || d.year > 9999) {
    return Cat("year ", d.year, " is not in 0001-9999");
  }
  if (d.month < 0 || d.month > 12) {
    return Cat("month ", d.month, " is not in 01-12");
  }
  if (d.month == 0) {
    return d.day == 0 ? std::string() : "a day needs a month";
  }
  const int days = DaysInMonth(d.year, d.month);
  if (d.day < 0 || d.day > days) {
    return Cat("day ", d.day, " is not in 01-", days, " for ",
               Date{d.year, d.month}.ToString());
  }
  return std::string();
}

std::uint32_t DateKey(const Date& d) {
  return static_cast<std::uint32_t>(d.year * 10000 + d.month * 100 + d.day);
}

Date DateFromKey(std::uint32_t key) {
  return Date{static_cast<int>(key / 10000), static_cast<int>(key / 100 % 100),
              static_cast<int>(key % 100)};
}

bool IsFullKey(std::uint32_t key) { return key % 100 != 0; }

void AppendPadded(int value, int width, std::string* out) {
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width) {
    out->append(width - digits.size(), '0');
  }
  out->append(digits);
}

// ---------------------------------------------------------------- dyads

// Sorts a complete dyad's parties.
Dyad Sorted(Dyad dyad) {
  if (dyad.second < dyad.first) std::swap(dyad.first, dyad.second);
  return dyad;
}

bool IsPartyCode(std::string_view code) {
  if (code.empty() || code.size() > 16) return false;
  for (char c : code) {
    if (!absl::ascii_isupper(static_cast<unsigned char>(c)) &&
        !absl::ascii_isdigit(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  return true;
}

// Empty when `dyad` is usable as a history dyad, else what is wrong.
std::string DyadFault(const Dyad& dyad) {
  if (!IsPartyCode(dyad.first) || !IsPartyCode(dyad.second)) {
    return "expected two party codes of 1-16 upper-case letters or digits";
  }
  if (dyad.first == dyad.second) return "the two parties are the same";
  return std::string();
}

// ---------------------------------------------------------------- records

// What one observation costs: 32 bytes on 64-bit targets.
struct ObservationRecord {
  std::uint32_t date_key = 0;
  std::uint32_t source_id = 0;  // index into Impl::sources_
  std::int32_t sentence = 0;
  Tier tier = Tier::kNone;
  ChangeSource origin = ChangeSource::kText;
  bool from_change = false;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// One explicit change a text stated (any modality): 40 bytes.
struct ChangeRecord {
  std::uint32_t date_key = 0;
  std::uint32_t source_id = 0;
  std::int32_t sentence = 0;
  ChangeKind kind = ChangeKind::kReaffirm;
  Modality status = Modality::kAsserted;
  Tier from = Tier::kNone;
  Tier to = Tier::kNone;
  Representation from_level = Representation::kUnknown;
  Representation to_level = Representation::kUnknown;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The per-record costs ledger.h promises.
static_assert(sizeof(void*) != 8 || sizeof(ObservationRecord) <= 32);
static_assert(sizeof(void*) != 8 || sizeof(ChangeRecord) <= 40);

// The tier an explicit change leaves the dyad in, if it moves the timeline:
// an asserted change's `to`, or `none` for an asserted downgrade that names
// only the tier it ends.
std::optional<Tier> ResultingTier(ChangeKind kind, Modality status, Tier from,
                                  Tier to) {
  if (status != Modality::kAsserted) return std::nullopt;
  if (to != Tier::kNone) return to;
  if (kind == ChangeKind::kDowngrade && from != Tier::kNone) return Tier::kNone;
  return std::nullopt;
}

// The first of `records` (sorted by date_key) dated `key`, or the first later.
template <typename Record>
typename std::vector<Record>::const_iterator FirstAt(
    const std::vector<Record>& records, std::uint32_t key) {
  return std::lower_bound(
      records.begin(), records.end(), key,
      [](const Record& r, std::uint32_t k) { return r.date_key < k; });
}

struct DyadState {
  std::vector<ObservationRecord> timeline;  // sorted by date_key, stable
  std::vector<ChangeRecord> changes;        // sorted by date_key, stable
  int ladder = 0;                           // index into Impl::ladders_
  bool explicit_ladder = false;
};

std::string_view SignedDelta(std::optional<int> delta, std::string* buffer) {
  if (!delta.has_value()) return "?";
  *buffer = *delta > 0 ? Cat("+", *delta) : Cat(*delta);
  return *buffer;
}

void AppendField(std::string_view field, char separator, std::string* out) {
  const bool quote = field.find_first_of(std::string{
                         separator, '"', '\n', '\r'}) != std::string_view::npos;
  if (!quote) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

constexpr std::string_view kHistoryColumns[] = {"dyad", "date", "tier",
                                                "ladder", "source"};

}  // namespace

// ---------------------------------------------------------------- Date

absl::StatusOr<Date> Date::Parse(std::string_view text) {
  auto bad = [text](std::string_view why) {
    return absl::InvalidArgumentError(Cat("bad date '", text, "': ", why));
  };
  const std::size_t n = text.size();
  if (n != 4 && n != 7 && n != 10) {
    return bad("expected YYYY, YYYY-MM or YYYY-MM-DD");
  }
  auto digits = [text](std::size_t pos, std::size_t len, int* value) {
    *value = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
      if (!absl::ascii_isdigit(static_cast<unsigned char>(text[i]))) {
        return false;
      }
      *value = *value * 10 + (text[i] - '0');
    }
    return true;
  };
  Date date;
  bool ok = digits(0, 4, &date.year);
  if (ok && n >= 7) ok = text[4] == '-' && digits(5, 2, &date.month);
  if (ok && n == 10) ok = text[7] == '-' && digits(8, 2, &date.day);
  if (!ok) return bad("expected YYYY, YYYY-MM or YYYY-MM-DD");
  // "2023-00" would otherwise read as the year alone.
  if (n >= 7 && date.month == 0) return bad("month 0 is not in 01-12");
  if (n == 10 && date.day == 0 && date.month >= 1 && date.month <= 12) {
    return bad(Cat("day 0 is not in 01-", DaysInMonth(date.year, date.month),
                   " for ", Date{date.year, date.month}.ToString()));
  }
  std::string fault = DateFault(date);
  if (!fault.empty()) return bad(fault);
  return date;
}

bool Date::IsValid() const { return DateFault(*this).empty(); }

std::string Date::ToString() const {
  std::string out;
  AppendPadded(year, 4, &out);
  if (month != 0) {
    out.push_back('-');
    AppendPadded(month, 2, &out);
    if (day != 0) {
      out.push_back('-');
      AppendPadded(day, 2, &out);
    }
  }
  return out;
}

// ---------------------------------------------------------------- LedgerChange

std::string LedgerChange::ToString() const {
  std::string out(TierName(change.from));
  if (from_date.year != 0) out += Cat(" (", from_date.ToString(), ")");
  std::string buffer;
  out += Cat(" -> ", TierName(change.to), " (", date.ToString(),
             "): ", ChangeKindName(change.kind), ", delta ",
             SignedDelta(change.delta, &buffer), " on ", ladder, ", ",
             implied ? "implied" : "explicit");
  if (!implied && change.status != Modality::kAsserted) {
    out += Cat(", ", ModalityName(change.status));
  }
  return out;
}

// ---------------------------------------------------------------- Impl

// Hidden even though Ledger is exported (see Gazetteer::Impl).
class DIPLOTIER_NO_EXPORT Ledger::Impl {
 public:
  // Builds the ladders and issuer table; InvalidArgument for bad options.
  static absl::StatusOr<std::unique_ptr<Impl>> Make(
      const LedgerOptions& options) {
    auto impl = std::make_unique<Impl>();
    for (const std::string& name : Ladder::BuiltinNames()) {
      absl::StatusOr<Ladder> ladder = Ladder::Builtin(name);
      if (!ladder.ok()) return ladder.status();
      impl->ladders_.push_back(*std::move(ladder));
    }
    for (const Ladder& ladder : options.ladders) {
      if (std::optional<int> i = impl->LadderIndex(ladder.name())) {
        impl->ladders_[*i] = ladder;
      } else {
        impl->ladders_.push_back(ladder);
      }
    }
    std::optional<int> fallback = impl->LadderIndex(options.default_ladder);
    if (!fallback.has_value()) {
      return absl::InvalidArgumentError(
          Cat("LedgerOptions: unknown default ladder '", options.default_ladder,
              "' (ladders: ", impl->LadderChoices(), ")"));
    }
    impl->default_ladder_ = *fallback;
    for (const LedgerIssuer& issuer : options.issuers) {
      if (issuer.party.empty()) {
        return absl::InvalidArgumentError(
            "LedgerOptions: an issuer has an empty party code");
      }
      for (const auto& [party, index] : impl->issuers_) {
        if (party == issuer.party) {
          return absl::InvalidArgumentError(Cat(
              "LedgerOptions: issuer '", issuer.party, "' is listed twice"));
        }
      }
      std::optional<int> index = impl->LadderIndex(issuer.ladder);
      if (!index.has_value()) {
        return absl::InvalidArgumentError(Cat(
            "LedgerOptions: unknown ladder '", issuer.ladder, "' for issuer '",
            issuer.party, "' (ladders: ", impl->LadderChoices(), ")"));
      }
      impl->issuers_.emplace_back(issuer.party, *index);
    }
    return impl;
  }

  absl::Status AddAnalysis(std::string_view doc_id, const Date& date,
                           const Analysis& analysis);
  absl::Status AddObservation(const Dyad& dyad, const Date& date, Tier tier,
                              std::string_view ladder, std::string_view source);
  absl::Status LoadHistory(std::string_view tsv_text,
                           std::string_view source_name);

  std::vector<Dyad> Dyads() const {
    std::vector<Dyad> out;
    out.reserve(dyads_.size());
    for (const auto& [dyad, state] : dyads_) out.push_back(dyad);
    return out;
  }
  std::vector<LedgerObservation> Timeline(const Dyad& dyad) const;
  Tier CurrentTier(const Dyad& dyad) const {
    const DyadState* state = Find(dyad);
    return state == nullptr || state->timeline.empty()
               ? Tier::kNone
               : state->timeline.back().tier;
  }
  std::vector<LedgerChange> ImpliedChanges(const Dyad& dyad) const;
  std::vector<LedgerChange> ExplicitChanges(const Dyad& dyad) const;
  std::vector<LedgerConflict> Conflicts() const;
  const Ladder& LadderFor(const Dyad& dyad) const {
    const DyadState* state = Find(dyad);
    return ladders_[state != nullptr ? state->ladder
                                     : AutoLadder(Sorted(dyad))];
  }
  absl::Status WriteDyadYears(
      const std::function<bool(std::string_view)>& write, char separator,
      int through_year) const;
  const LedgerStats& stats() const { return stats_; }

 private:
  // One validated history row, ready to apply.
  struct HistoryRow {
    Dyad dyad;
    Date date;
    Tier tier = Tier::kNone;
    std::optional<int> ladder;  // explicit ladder index
    std::string source;
  };

  std::optional<int> LadderIndex(std::string_view name) const {
    for (std::size_t i = 0; i < ladders_.size(); ++i) {
      if (ladders_[i].name() == name) return static_cast<int>(i);
    }
    return std::nullopt;
  }
  std::string LadderChoices() const {
    std::vector<std::string> names;
    for (const Ladder& ladder : ladders_) names.push_back(ladder.name());
    return absl::StrJoin(names, ", ");
  }
  int AutoLadder(const Dyad& dyad) const {
    for (const auto& [party, index] : issuers_) {
      if (party == dyad.first || party == dyad.second) return index;
    }
    return default_ladder_;
  }

  const DyadState* Find(const Dyad& dyad) const {
    auto it = dyads_.find(Sorted(dyad));
    return it == dyads_.end() ? nullptr : &it->second;
  }
  // `dyad` must be sorted and complete.
  DyadState& StateFor(const Dyad& dyad) {
    auto it = dyads_.find(dyad);
    if (it == dyads_.end()) {
      it = dyads_.emplace(dyad, DyadState{}).first;
      it->second.ladder = AutoLadder(dyad);
    }
    return it->second;
  }

  std::uint32_t Intern(std::string_view id) {
    auto it = source_index_.find(Av(id));
    if (it != source_index_.end()) return it->second;
    const auto index = static_cast<std::uint32_t>(sources_.size());
    sources_.emplace_back(id);
    source_index_.emplace(Av(sources_.back()), index);
    return index;
  }

  // Empty when `ladder` (an explicit index, or nullopt for auto) can apply to
  // `dyad`, given `pending` explicit ladders not yet applied.
  std::string LadderConflict(const Dyad& dyad, std::optional<int> ladder,
                             const std::map<Dyad, int>& pending) const {
    if (!ladder.has_value()) return std::string();
    std::optional<int> earlier;
    if (auto it = pending.find(dyad); it != pending.end()) {
      earlier = it->second;
    } else if (const DyadState* state = Find(dyad);
               state != nullptr && state->explicit_ladder) {
      earlier = state->ladder;
    }
    if (!earlier.has_value() || *earlier == *ladder) return std::string();
    return Cat("ladder '", ladders_[*ladder].name(), "' for ", dyad.ToString(),
               " conflicts with ladder '", ladders_[*earlier].name(),
               "' set by an earlier row");
  }

  void Apply(const HistoryRow& row) {
    DyadState& state = StateFor(row.dyad);
    if (row.ladder.has_value()) {
      state.ladder = *row.ladder;
      state.explicit_ladder = true;
    }
    ObservationRecord record;
    record.date_key = DateKey(row.date);
    record.source_id = Intern(row.source);
    record.tier = row.tier;
    record.origin = ChangeSource::kHistory;
    Insert(record, &state.timeline);
    ++stats_.history_rows;
  }

  // Where a record goes among those of its date does not depend on the
  // order sources are added: history before text, then by source id (byte
  // order); one source's records stay in the order it gave them.
  template <typename Record>
  static int OriginRank(const Record& r) {
    if constexpr (std::is_same_v<Record, ObservationRecord>) {
      return r.origin == ChangeSource::kHistory ? 0 : 1;
    } else {
      return 1;
    }
  }
  template <typename Record>
  void Insert(const Record& record, std::vector<Record>* records) {
    auto at =
        std::upper_bound(records->begin(), records->end(), record,
                         [this](const Record& a, const Record& b) {
                           if (a.date_key != b.date_key)
                             return a.date_key < b.date_key;
                           if (OriginRank(a) != OriginRank(b)) {
                             return OriginRank(a) < OriginRank(b);
                           }
                           return a.source_id != b.source_id &&
                                  sources_[a.source_id] < sources_[b.source_id];
                         });
    records->insert(at, record);
    if constexpr (std::is_same_v<Record, ObservationRecord>) {
      ++stats_.observations;
    } else {
      ++stats_.explicit_changes;
    }
  }

  LedgerObservation Observe(const ObservationRecord& r,
                            const Ladder& ladder) const {
    LedgerObservation o;
    o.date = DateFromKey(r.date_key);
    o.tier = r.tier;
    o.rank = ladder.Rank(r.tier).value_or(-1);
    o.source = r.origin;
    o.source_id = sources_[r.source_id];
    o.begin = r.begin;
    o.end = r.end;
    o.sentence = r.sentence;
    o.from_change = r.from_change;
    return o;
  }

  std::vector<Ladder> ladders_;  // built-in, then LedgerOptions::ladders
  std::vector<std::pair<std::string, int>> issuers_;  // party → ladder index
  int default_ladder_ = 0;
  std::map<Dyad, DyadState> dyads_;
  // Document ids and history sources, each stored once. A deque, so the
  // strings never move and the index's views stay valid.
  std::deque<std::string> sources_;
  absl::flat_hash_map<absl::string_view, std::uint32_t> source_index_;
  LedgerStats stats_;
};

absl::Status Ledger::Impl::AddAnalysis(std::string_view doc_id,
                                       const Date& date,
                                       const Analysis& analysis) {
  if (doc_id.empty()) {
    return absl::InvalidArgumentError("AddAnalysis: the document id is empty");
  }
  if (std::string fault = DateFault(date); !fault.empty()) {
    return absl::InvalidArgumentError(Cat("AddAnalysis: document '", doc_id,
                                          "': bad date ", date.ToString(), ": ",
                                          fault));
  }
  const std::uint32_t key = DateKey(date);

  // What the document says per dyad, gathered before anything is recorded.
  struct Tiers {
    Dyad dyad;
    std::vector<ChangeRecord> changes;
    std::vector<ObservationRecord> from_mentions;
    std::vector<ObservationRecord> from_changes;
    std::vector<Tier> superseded;  // `from` tiers of asserted changes
  };
  std::vector<Tiers> per_dyad;  // few per document: a linear search is fine
  auto tiers_for = [&per_dyad](const Dyad& dyad) -> Tiers& {
    for (Tiers& t : per_dyad) {
      if (t.dyad == dyad) return t;
    }
    per_dyad.push_back(Tiers{dyad, {}, {}, {}, {}});
    return per_dyad.back();
  };
  auto contains = [](const std::vector<ObservationRecord>& records, Tier t) {
    return std::any_of(records.begin(), records.end(),
                       [t](const ObservationRecord& r) { return r.tier == t; });
  };

  // The document's events (one per dyad, merged); an Analysis built by hand
  // without events gives its changes.
  const std::vector<TierChange>& stated =
      analysis.events.empty() ? analysis.changes : analysis.events;
  for (const TierChange& c : stated) {
    if (!c.dyad.complete()) {
      ++stats_.changes_without_dyad;
      continue;
    }
    Tiers& t = tiers_for(Sorted(c.dyad));
    ChangeRecord record;
    record.date_key = key;
    record.sentence = c.sentence;
    record.kind = c.kind;
    record.status = c.status;
    record.from = c.from;
    record.to = c.to;
    record.from_level = c.from_level;
    record.to_level = c.to_level;
    record.begin = c.begin;
    record.end = c.end;
    t.changes.push_back(record);
    if (c.status == Modality::kAsserted && c.from != Tier::kNone) {
      t.superseded.push_back(c.from);
    }
    std::optional<Tier> result = ResultingTier(c.kind, c.status, c.from, c.to);
    if (result.has_value() && !contains(t.from_changes, *result)) {
      ObservationRecord o;
      o.date_key = key;
      o.sentence = c.sentence;
      o.tier = *result;
      o.from_change = true;
      o.begin = c.begin;
      o.end = c.end;
      t.from_changes.push_back(o);
    }
  }
  for (const Mention& m : analysis.mentions) {
    if (!m.dyad.complete()) {
      ++stats_.mentions_without_dyad;
      continue;
    }
    if (m.modality != Modality::kAsserted) {
      ++stats_.mentions_not_asserted;
      continue;
    }
    Tiers& t = tiers_for(Sorted(m.dyad));
    if (m.tier == Tier::kNone || contains(t.from_mentions, m.tier) ||
        contains(t.from_changes, m.tier) ||
        std::find(t.superseded.begin(), t.superseded.end(), m.tier) !=
            t.superseded.end()) {
      ++stats_.mentions_merged;
      continue;
    }
    ObservationRecord o;
    o.date_key = key;
    o.sentence = m.sentence;
    o.tier = m.tier;
    o.begin = m.begin;
    o.end = m.end;
    t.from_mentions.push_back(o);
  }

  ++stats_.documents;
  if (per_dyad.empty()) return absl::OkStatus();
  const std::uint32_t source_id = Intern(doc_id);
  for (Tiers& t : per_dyad) {
    DyadState& state = StateFor(t.dyad);
    for (ChangeRecord& c : t.changes) {
      c.source_id = source_id;
      Insert(c, &state.changes);
    }
    for (std::vector<ObservationRecord>* group :
         {&t.from_mentions, &t.from_changes}) {
      for (ObservationRecord& o : *group) {
        o.source_id = source_id;
        Insert(o, &state.timeline);
      }
    }
  }
  return absl::OkStatus();
}

absl::Status Ledger::Impl::AddObservation(const Dyad& dyad, const Date& date,
                                          Tier tier, std::string_view ladder,
                                          std::string_view source) {
  HistoryRow row;
  row.dyad = Sorted(dyad);
  if (std::string fault = DyadFault(row.dyad); !fault.empty()) {
    return absl::InvalidArgumentError(
        Cat("AddObservation: bad dyad '", dyad.ToString(), "': ", fault));
  }
  if (std::string fault = DateFault(date); !fault.empty()) {
    return absl::InvalidArgumentError(
        Cat("AddObservation: bad date ", date.ToString(), ": ", fault));
  }
  if (!ladder.empty()) {
    row.ladder = LadderIndex(ladder);
    if (!row.ladder.has_value()) {
      return absl::InvalidArgumentError(
          Cat("AddObservation: unknown ladder '", ladder,
              "' (ladders: ", LadderChoices(), ")"));
    }
  }
  if (std::string fault = LadderConflict(row.dyad, row.ladder, {});
      !fault.empty()) {
    return absl::InvalidArgumentError(Cat("AddObservation: ", fault));
  }
  row.date = date;
  row.tier = tier;
  row.source = std::string(source);
  Apply(row);
  return absl::OkStatus();
}

absl::Status Ledger::Impl::LoadHistory(std::string_view tsv_text,
                                       std::string_view source_name) {
  std::vector<HistoryRow> rows;
  std::map<Dyad, int> pending_ladders;
  std::string first_error;
  int more_errors = 0;
  bool seen_header = false;
  int line_number = 0;
  for (absl::string_view raw : absl::StrSplit(Av(tsv_text), '\n')) {
    ++line_number;
    std::string_view line = Sv(raw);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") {
      line.remove_prefix(3);  // a UTF-8 byte order mark
    }
    const absl::string_view trimmed = absl::StripAsciiWhitespace(Av(line));
    if (trimmed.empty() || trimmed.front() == '#') continue;
    std::vector<std::string_view> fields;
    for (const std::string_view f : SplitTabs(line)) {
      fields.push_back(Sv(absl::StripAsciiWhitespace(Av(f))));
    }
    const std::string where = Cat(source_name, ":", line_number, ": ");
    auto fail = [&](std::string_view why) {
      if (first_error.empty()) {
        first_error = Cat(where, why);
      } else {
        ++more_errors;
      }
    };
    if (!seen_header) {
      seen_header = true;
      if (!std::equal(fields.begin(), fields.end(), std::begin(kHistoryColumns),
                      std::end(kHistoryColumns))) {
        fail(
            "expected the header 'dyad<TAB>date<TAB>tier<TAB>ladder<TAB>"
            "source'");
      }
      continue;
    }
    if (fields.size() != std::size(kHistoryColumns)) {
      fail(
          Cat("expected 5 tab-separated columns (dyad, date, tier, ladder, "
              "source), found ",
              fields.size()));
      continue;
    }
    HistoryRow row;
    const std::size_t bar = fields[0].find('|');
    if (bar != std::string_view::npos) {
      row.dyad = Sorted(Dyad{std::string(fields[0].substr(0, bar)),
                             std::string(fields[0].substr(bar + 1))});
    }
    if (std::string fault = bar == std::string_view::npos
                                ? "expected two party codes as AAA|BBB"
                                : DyadFault(row.dyad);
        !fault.empty()) {
      fail(Cat("bad dyad '", fields[0], "': ", fault));
      continue;
    }
    absl::StatusOr<Date> date = Date::Parse(fields[1]);
    if (!date.ok()) {
      fail(Sv(date.status().message()));
      continue;
    }
    row.date = *date;
    std::optional<Tier> tier = TierFromName(fields[2]);
    if (!tier.has_value()) {
      fail(Cat("unknown tier '", fields[2],
               "' (expected a canonical tier name such as "
               "comprehensive_strategic_partnership, or none)"));
      continue;
    }
    row.tier = *tier;
    if (!fields[3].empty()) {
      row.ladder = LadderIndex(fields[3]);
      if (!row.ladder.has_value()) {
        fail(Cat("unknown ladder '", fields[3], "' (ladders: ", LadderChoices(),
                 "; or empty for the automatic choice)"));
        continue;
      }
    }
    if (std::string fault =
            LadderConflict(row.dyad, row.ladder, pending_ladders);
        !fault.empty()) {
      fail(fault);
      continue;
    }
    if (row.ladder.has_value()) pending_ladders[row.dyad] = *row.ladder;
    row.source = fields[4].empty() ? Cat(source_name, ":", line_number)
                                   : std::string(fields[4]);
    rows.push_back(std::move(row));
  }
  if (!first_error.empty()) {
    if (more_errors > 0) {
      first_error += Cat(" (and ", more_errors, " more bad row",
                         more_errors == 1 ? "" : "s", ")");
    }
    return absl::InvalidArgumentError(first_error);
  }
  for (const HistoryRow& row : rows) Apply(row);
  return absl::OkStatus();
}

std::vector<LedgerObservation> Ledger::Impl::Timeline(const Dyad& dyad) const {
  std::vector<LedgerObservation> out;
  const DyadState* state = Find(dyad);
  if (state == nullptr) return out;
  const Ladder& ladder = ladders_[state->ladder];
  out.reserve(state->timeline.size());
  for (const ObservationRecord& r : state->timeline) {
    out.push_back(Observe(r, ladder));
  }
  return out;
}

std::vector<LedgerChange> Ledger::Impl::ImpliedChanges(const Dyad& dyad) const {
  std::vector<LedgerChange> out;
  const DyadState* state = Find(dyad);
  if (state == nullptr) return out;
  const Dyad sorted = Sorted(dyad);
  const Ladder& ladder = ladders_[state->ladder];
  Tier previous = Tier::kNone;
  const ObservationRecord* last_previous = nullptr;  // latest of `previous`
  for (const ObservationRecord& r : state->timeline) {
    if (r.tier == previous) {
      last_previous = &r;
      continue;
    }
    LedgerChange lc;
    TierChange& c = lc.change;
    c.from = previous;
    c.to = r.tier;
    c.delta = RankDelta(previous, r.tier, ladder);
    if (previous == Tier::kNone) {
      c.kind = ChangeKind::kEstablish;
    } else if (r.tier == Tier::kNone) {
      c.kind = ChangeKind::kDowngrade;
    } else if (c.delta.has_value() && *c.delta > 0) {
      c.kind = ChangeKind::kUpgrade;
    } else if (c.delta.has_value() && *c.delta < 0) {
      c.kind = ChangeKind::kDowngrade;
    } else {
      c.kind = ChangeKind::kReaffirm;  // a relabel
    }
    c.status = Modality::kAsserted;
    c.dyad = sorted;
    lc.date = DateFromKey(r.date_key);
    lc.ladder = ladder.name();
    if (last_previous != nullptr) {
      lc.from_date = DateFromKey(last_previous->date_key);
    }

    const ChangeRecord* stated = nullptr;
    for (auto it = FirstAt(state->changes, r.date_key);
         it != state->changes.end() && it->date_key == r.date_key; ++it) {
      if (ResultingTier(it->kind, it->status, it->from, it->to) == r.tier) {
        stated = &*it;
        break;
      }
    }
    if (stated != nullptr) {
      lc.implied = false;
      c.source = ChangeSource::kText;
      c.begin = stated->begin;
      c.end = stated->end;
      c.sentence = stated->sentence;
      lc.evidence_doc = sources_[stated->source_id];
    } else {
      lc.implied = true;
      const bool history = r.origin == ChangeSource::kHistory ||
                           (last_previous != nullptr &&
                            last_previous->origin == ChangeSource::kHistory);
      c.source = history ? ChangeSource::kHistory : ChangeSource::kText;
      c.begin = r.begin;
      c.end = r.end;
      c.sentence = r.sentence;
      lc.evidence_doc = sources_[r.source_id];
    }
    out.push_back(std::move(lc));
    previous = r.tier;
    last_previous = &r;
  }
  return out;
}

std::vector<LedgerChange> Ledger::Impl::ExplicitChanges(
    const Dyad& dyad) const {
  std::vector<LedgerChange> out;
  const DyadState* state = Find(dyad);
  if (state == nullptr) return out;
  const Dyad sorted = Sorted(dyad);
  const Ladder& ladder = ladders_[state->ladder];
  for (const ChangeRecord& r : state->changes) {
    LedgerChange lc;
    TierChange& c = lc.change;
    c.kind = r.kind;
    c.status = r.status;
    c.from = r.from;
    c.to = r.to;
    c.from_level = r.from_level;
    c.to_level = r.to_level;
    // A tier the text leaves unnamed is unknown, not `none`, except where
    // `none` is the point: before an establishment, after an ending.
    const bool from_known =
        r.from != Tier::kNone || r.kind == ChangeKind::kEstablish;
    const bool to_known =
        r.to != Tier::kNone ||
        (r.kind == ChangeKind::kDowngrade && r.from != Tier::kNone);
    if (from_known && to_known) c.delta = RankDelta(r.from, r.to, ladder);
    c.begin = r.begin;
    c.end = r.end;
    c.sentence = r.sentence;
    c.dyad = sorted;
    c.source = ChangeSource::kText;
    lc.date = DateFromKey(r.date_key);
    lc.implied = false;
    lc.evidence_doc = sources_[r.source_id];
    lc.ladder = ladder.name();
    out.push_back(std::move(lc));
  }
  return out;
}

std::vector<LedgerConflict> Ledger::Impl::Conflicts() const {
  std::vector<LedgerConflict> out;
  for (const auto& [dyad, state] : dyads_) {
    const Ladder& ladder = ladders_[state.ladder];
    const std::vector<ObservationRecord>& t = state.timeline;
    for (std::size_t begin = 0; begin < t.size();) {
      std::size_t end = begin + 1;
      while (end < t.size() && t[end].date_key == t[begin].date_key) ++end;
      if (IsFullKey(t[begin].date_key)) {
        for (std::size_t i = begin; i < end; ++i) {
          for (std::size_t j = i + 1; j < end; ++j) {
            if (t[i].tier == t[j].tier) continue;
            if (t[i].origin == t[j].origin &&
                t[i].source_id == t[j].source_id) {
              continue;
            }
            out.push_back(LedgerConflict{dyad, DateFromKey(t[i].date_key),
                                         Observe(t[i], ladder),
                                         Observe(t[j], ladder)});
          }
        }
      }
      begin = end;
    }
  }
  return out;
}

absl::Status Ledger::Impl::WriteDyadYears(
    const std::function<bool(std::string_view)>& write, char separator,
    int through_year) const {
  if (through_year != 0 && (through_year < 1 || through_year > 9999)) {
    return absl::InvalidArgumentError(
        Cat("through_year ", through_year, " is not 0 or a year 1-9999"));
  }
  // The years of a dyad's rows.
  auto span = [through_year](const DyadState& state) {
    const int first = DateFromKey(state.timeline.front().date_key).year;
    const int last = through_year != 0
                         ? through_year
                         : DateFromKey(state.timeline.back().date_key).year;
    return std::pair<int, int>(first, last);
  };
  std::int64_t rows = 0;
  for (const auto& [dyad, state] : dyads_) {
    if (state.timeline.empty()) continue;
    const auto [first, last] = span(state);
    if (last >= first) rows += last - first + 1;
  }
  if (rows > kMaxDyadYearRows) {
    return absl::ResourceExhaustedError(
        Cat("the dyad-year table would have ", rows, " rows, more than ",
            kMaxDyadYearRows,
            " (observations far apart in time, or a far through_year)"));
  }
  std::string out;
  const std::string_view header[] = {"dyad", "year",       "tier",
                                     "rank", "first_seen", "changes"};
  for (std::size_t i = 0; i < std::size(header); ++i) {
    if (i > 0) out.push_back(separator);
    out.append(header[i]);
  }
  out.push_back('\n');

  // A spell: a run of observations of one tier.
  struct Spell {
    std::uint32_t start_key;
    Tier tier;
    bool is_change;  // false only for a first observation of `none`
  };
  for (const auto& [dyad, state] : dyads_) {
    if (state.timeline.empty()) continue;
    const Ladder& ladder = ladders_[state.ladder];
    std::vector<Spell> spells;
    Tier previous = Tier::kNone;
    for (const ObservationRecord& r : state.timeline) {
      if (!spells.empty() && r.tier == previous) continue;
      spells.push_back(Spell{r.date_key, r.tier, r.tier != previous});
      previous = r.tier;
    }
    const auto [first_year, last_year] = span(state);
    const std::string dyad_name = dyad.ToString();
    std::size_t in_force = 0;  // index of the spell in force
    for (int year = first_year; year <= last_year; ++year) {
      int changes = 0;
      for (std::size_t s = in_force; s < spells.size(); ++s) {
        const int spell_year = DateFromKey(spells[s].start_key).year;
        if (spell_year > year) break;
        in_force = s;
        if (spell_year == year && spells[s].is_change) ++changes;
      }
      const Spell& spell = spells[in_force];
      const std::optional<int> rank = ladder.Rank(spell.tier);
      const std::string fields[] = {
          dyad_name,
          std::to_string(year),
          std::string(TierName(spell.tier)),
          rank.has_value() ? std::to_string(*rank) : std::string(),
          DateFromKey(spell.start_key).ToString(),
          std::to_string(changes)};
      for (std::size_t i = 0; i < std::size(fields); ++i) {
        if (i > 0) out.push_back(separator);
        AppendField(fields[i], separator, &out);
      }
      out.push_back('\n');
    }
    if (!write(out)) return absl::CancelledError("the writer stopped");
    out.clear();
  }
  if (!out.empty() && !write(out)) {
    return absl::CancelledError("the writer stopped");
  }
  return absl::OkStatus();
}

// ---------------------------------------------------------------- Ledger

Ledger::Ledger() {
  absl::StatusOr<std::unique_ptr<Impl>> impl = Impl::Make(LedgerOptions{});
  // The default options name built-in ladders only, so this cannot fail.
  if (impl.ok()) impl_ = *std::move(impl);
}

Ledger::Ledger(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

absl::StatusOr<Ledger> Ledger::Create(const LedgerOptions& options) {
  absl::StatusOr<std::unique_ptr<Impl>> impl = Impl::Make(options);
  if (!impl.ok()) return impl.status();
  return Ledger(*std::move(impl));
}

Ledger::Ledger(Ledger&& other) noexcept = default;
Ledger& Ledger::operator=(Ledger&& other) noexcept = default;
Ledger::~Ledger() = default;

absl::Status Ledger::AddAnalysis(std::string_view doc_id, const Date& date,
                                 const Analysis& analysis) {
  return impl_->AddAnalysis(doc_id, date, analysis);
}

absl::Status Ledger::AddObservation(const Dyad& dyad, const Date& date,
                                    Tier tier, std::string_view ladder,
                                    std::string_view source) {
  return impl_->AddObservation(dyad, date, tier, ladder, source);
}

absl::Status Ledger::LoadHistory(std::string_view tsv_text,
                                 std::string_view source_name) {
  return impl_->LoadHistory(tsv_text, source_name);
}

std::vector<Dyad> Ledger::Dyads() const { return impl_->Dyads(); }

std::vector<LedgerObservation> Ledger::Timeline(const Dyad& dyad) const {
  return impl_->Timeline(dyad);
}

Tier Ledger::CurrentTier(const Dyad& dyad) const {
  return impl_->CurrentTier(dyad);
}

std::vector<LedgerChange> Ledger::ImpliedChanges(const Dyad& dyad) const {
  return impl_->ImpliedChanges(dyad);
}

std::vector<LedgerChange> Ledger::ExplicitChanges(const Dyad& dyad) const {
  return impl_->ExplicitChanges(dyad);
}

std::vector<LedgerConflict> Ledger::Conflicts() const {
  return impl_->Conflicts();
}

const Ladder& Ledger::LadderFor(const Dyad& dyad) const {
  return impl_->LadderFor(dyad);
}

absl::StatusOr<std::string> Ledger::ExportDyadYears(char separator,
                                                    int through_year) const {
  std::string table;
  absl::Status s = impl_->WriteDyadYears(
      [&table](std::string_view part) {
        table.append(part.data(), part.size());
        return true;
      },
      separator, through_year);
  if (!s.ok()) return s;
  return table;
}

absl::Status Ledger::WriteDyadYears(
    const std::function<bool(std::string_view)>& write, char separator,
    int through_year) const {
  return impl_->WriteDyadYears(write, separator, through_year);
}

LedgerStats Ledger::Stats() const { return impl_->stats(); }

}  // namespace diplotier
