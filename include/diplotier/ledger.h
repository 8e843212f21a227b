// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The ledger: dated analyses and known history, kept per dyad as a timeline of
// observed tiers, from which it derives the changes that no single text
// states ("comprehensive strategic partnership in 2014, all-weather strategic
// partnership in 2023: an upgrade, one step on China's ladder").
//
//   #include "diplotier/ledger.h"
//
//   // `classifier` is a diplotier::Classifier (see classifier.h), `text` a
//   // statement dated 2023-09-13.
//   diplotier::Ledger ledger;  // China's ladder unless an issuer's applies
//   absl::Status status = ledger.LoadHistory(
//       "dyad\tdate\ttier\tladder\tsource\n"
//       "CHN|VEN\t2014-07-20\tcomprehensive_strategic_partnership\t\tmfa\n",
//       "seed.tsv");
//   if (!status.ok()) return status;
//   absl::StatusOr<diplotier::Analysis> analysis = classifier.Analyze(text);
//   if (!analysis.ok()) return analysis.status();
//   status = ledger.AddAnalysis("xinhua-2023-09-13", {2023, 9, 13}, *analysis);
//   if (!status.ok()) return status;
//   for (const diplotier::LedgerChange& change :
//        ledger.ImpliedChanges(diplotier::Dyad{"CHN", "VEN"})) {
//     std::cout << change.ToString() << "\n";
//   }
//   // none -> comprehensive_strategic_partnership (2014-07-20): establish, ...
//   // comprehensive_strategic_partnership (2014-07-20) ->
//   //     all_weather_strategic_partnership (2023-09-13): upgrade, delta +1
//   //     on china, implied
//   std::cout << *ledger.ExportDyadYears();  // one row per dyad and year
//
// What the ledger keeps. Per complete dyad (both parties known), a timeline of
// *observations*: a tier seen at a date, from a text (document id and byte
// offsets of the evidence) or from history (a source string). It also keeps
// every explicit change a text states, whatever its modality, as provenance.
// It never stores text: memory grows with the number of dyads and
// observations, not with the size of the texts. Each observation costs about
// 32 bytes (up to 64 with vector growth), each recorded explicit change about
// 40 (up to 80); each distinct document id or history source is stored once
// (its length plus about 60 bytes); each dyad costs about 200 bytes plus its
// two codes.
//
// Thread-safety: a Ledger is not safe for concurrent writes (AddAnalysis,
// AddObservation, LoadHistory) nor for writes concurrent with reads; its const
// methods may run concurrently with each other.

#ifndef DIPLOTIER_LEDGER_H_
#define DIPLOTIER_LEDGER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "diplotier/analysis.h"
#include "diplotier/export.h"
#include "diplotier/tier.h"

namespace diplotier {

// A calendar date whose month and day may be unknown (0): "2013", "2023-09",
// "2023-09-13". Ordered by (year, month, day), so a less precise date sorts
// before the more precise dates of the same period: 2023 < 2023-01 <
// 2023-01-01 < 2023-01-02 < 2023-02 < 2024.
struct DIPLOTIER_EXPORT Date {
  int year = 0;   // 1-9999
  int month = 0;  // 1-12, 0 = unknown
  int day = 0;    // 1-31 (checked against the month), 0 = unknown

  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (exactly those digit counts).
  // InvalidArgument naming the text and the fault otherwise: a malformed
  // shape, year 0000, a month outside 01-12, a day outside the month
  // (leap years per the Gregorian calendar: 2024-02-29 is valid, 2023-02-29
  // and 1900-02-29 are not).
  static absl::StatusOr<Date> Parse(std::string_view text);

  // Whether the fields form a date Parse would accept (a day needs a month).
  bool IsValid() const;

  // Whether month and day are both known.
  bool IsFull() const { return month != 0 && day != 0; }

  // "2023", "2023-09" or "2023-09-13"; the year has four digits.
  std::string ToString() const;

  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
  friend bool operator<(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
  friend bool operator>(const Date& a, const Date& b) { return b < a; }
  friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
  friend bool operator>=(const Date& a, const Date& b) { return !(a < b); }
};

// A tier seen for a dyad at a date.
struct LedgerObservation {
  Date date;
  Tier tier = Tier::kNone;  // kNone: the partnership was ended
  int rank = -1;            // on the dyad's ladder; -1 if not placed
  // kText: from AddAnalysis; kHistory: from AddObservation or LoadHistory.
  ChangeSource source = ChangeSource::kText;
  // kText: the document id. kHistory: the source given to AddObservation, or
  // a history row's `source` column ("source_name:line" when that is empty).
  std::string source_id;
  // kText: byte range of the evidence in the document (the mention, or the
  // sentence of an explicit change) and the sentence index. kHistory: zeros.
  std::size_t begin = 0;
  std::size_t end = 0;
  int sentence = 0;
  // kText: true when an asserted explicit change produced it, false for a
  // tier mention.
  bool from_change = false;
};

// A change of tier for a dyad, as the ledger sees it.
//
// ImpliedChanges() walks a dyad's timeline in date order and reports a change
// wherever the observed tier differs from the one before (the first
// observation is compared with `none`). Such a change is *implied* when no
// text states it: it is *explicit* (implied == false) when some document
// dated exactly `date` carries an asserted explicit change for the dyad whose
// resulting tier is the new tier (its `to`, or `none` for an explicit ending).
// ExplicitChanges() reports the changes texts state, implied == false.
struct DIPLOTIER_EXPORT LedgerChange {
  // kind: establish (from none), upgrade / downgrade (by the sign of delta;
  // ending a partnership is a downgrade to none), or reaffirm for a relabel
  // (a different tier of the same rank, delta 0, or of unknown rank, delta
  // nullopt). delta: on the dyad's ladder, nullopt if either tier is not
  // placed on it. dyad: the dyad. begin/end/sentence: the evidence in
  // `evidence_doc` (zeros for history). status: kAsserted for ImpliedChanges;
  // the text's modality for ExplicitChanges. source: kText when a text states
  // the change or both observations it is implied from come from texts;
  // kHistory when either of them comes from history.
  TierChange change;
  // When the new tier was first observed (ImpliedChanges), or the date of the
  // document stating it (ExplicitChanges).
  Date date;
  bool implied = true;
  // The document id (or history source) of the evidence for the new tier: the
  // stating document for an explicit change, else the first observation of
  // the new tier.
  std::string evidence_doc;
  // ImpliedChanges: the last date the old tier was observed (the change
  // happened after it and no later than `date`); Date{} (year 0) when there is
  // no earlier observation. ExplicitChanges: Date{}.
  Date from_date;
  // Name of the dyad's ladder that `change.delta` is on ("china").
  std::string ladder;

  // "comprehensive_strategic_partnership (2014-07-20) ->
  // all_weather_strategic_partnership (2023-09-13): upgrade, delta +1 on
  // china, implied" (on one line). The old tier's date is left out when
  // unknown; an unknown delta reads "delta ?"; explicit changes end in
  // "explicit" and, unless asserted, their modality.
  std::string ToString() const;
};

// Two observations of one dyad on the same full date (year, month and day)
// naming different tiers, from different sources (a different document or
// history source, or one from text and one from history).
struct LedgerConflict {
  Dyad dyad;
  Date date;
  LedgerObservation first;  // the one first in the timeline's order
  LedgerObservation second;
};

// The issuer whose ladder ranks a dyad's tiers when the dyad has no explicit
// ladder: `ladder` (built in, or one of LedgerOptions::ladders) applies to
// dyads with `party`.
struct LedgerIssuer {
  std::string party;   // "VNM"
  std::string ladder;  // "vietnam"
};

struct LedgerOptions {
  // Issuers, tried in order: the first entry naming either party of a dyad
  // picks its ladder (so CHN|VNM uses China's ladder, USA|VNM Vietnam's).
  std::vector<LedgerIssuer> issuers = {
      {"CHN", "china"},     {"VNM", "vietnam"},   {"IND", "india"},
      {"IDN", "indonesia"}, {"AUS", "australia"}, {"JPN", "japan"},
      {"RUS", "russia"},    {"EUU", "eu"},        {"ASEAN", "asean"},
  };
  // The ladder for dyads no issuer names (default "china").
  std::string default_ladder = "china";
  // Ladders besides the built-in ones (a lexicon's, Lexicon::ladders()); one
  // named like a built-in ladder replaces it. Issuers, default_ladder and
  // the ladder column of history may name them.
  std::vector<Ladder> ladders;
};

// What the ledger took in and what it set aside.
struct LedgerStats {
  std::int64_t documents = 0;         // AddAnalysis calls accepted
  std::int64_t history_rows = 0;      // AddObservation calls and history rows
  std::int64_t observations = 0;      // in all timelines together
  std::int64_t explicit_changes = 0;  // recorded, any modality
  std::int64_t mentions_without_dyad = 0;  // not recorded
  std::int64_t changes_without_dyad = 0;   // not recorded
  std::int64_t mentions_not_asserted = 0;  // hypothetical/negated: not recorded
  // Asserted mentions that add nothing to a document's observations: a tier
  // the same document already gave for the dyad, or the `from` tier of an
  // asserted change in it (the state before the change).
  std::int64_t mentions_merged = 0;
};

// Per-dyad timelines of partnership tiers.
//
// Writes validate everything first and change nothing when they fail.
// Documents and history may be added in any order, with the same result:
// each timeline is kept sorted by date, and observations of the same date by
// a fixed rule — history before text, then by source id (the document id or
// history source, byte order), one source's observations in the order it
// gave them. So two documents of one day that disagree give the same
// implied changes whatever order they come in (and are reported by
// Conflicts()).
class DIPLOTIER_EXPORT Ledger {
 public:
  // A ledger with the default options.
  Ledger();

  // A ledger with `options`. InvalidArgument when an issuer's party code is
  // empty or listed twice, or a ladder name is neither built in
  // (Ladder::BuiltinNames()) nor in options.ladders.
  static absl::StatusOr<Ledger> Create(const LedgerOptions& options);

  // Not copyable: a ledger may hold millions of observations, and a silent
  // copy is rarely what is meant. Movable; a moved-from ledger may only be
  // destroyed or assigned to.
  Ledger(const Ledger&) = delete;
  Ledger& operator=(const Ledger&) = delete;
  Ledger(Ledger&& other) noexcept;
  Ledger& operator=(Ledger&& other) noexcept;
  ~Ledger();

  // Records what `analysis` says about each complete dyad, dated `date`.
  // Its changes are the document's events (analysis.events: one per dyad,
  // merged), or analysis.changes when it has no events (one built by hand).
  //  - Every explicit change (any modality) is kept as provenance
  //    (ExplicitChanges). An asserted one is also an observation of its `to`
  //    tier at `date`; an asserted downgrade with `to == kNone` and a `from`
  //    tier is an observation of `none` (the partnership ended). Other
  //    asserted changes with no `to` tier (only a `from`, or only a
  //    representation level) are provenance only. Hypothetical and negated
  //    changes never move the timeline.
  //  - Every asserted mention is an observation of its tier at `date`, except
  //    that one document gives one observation per dyad and tier (the first
  //    mention's offsets), and that a mention of the `from` tier of an
  //    asserted change in the same document is not an observation.
  //  - Within one document and dyad, observations from mentions come first (in
  //    text order), then those from asserted changes (in the order of
  //    analysis.events); so the change's result is the dyad's latest tier.
  //  - Mentions and changes without a complete dyad are counted (Stats()),
  //    not recorded; so are hypothetical and negated mentions.
  // Adding the same document twice records it twice. Errors: InvalidArgument
  // for an empty `doc_id` or an invalid `date`.
  absl::Status AddAnalysis(std::string_view doc_id, const Date& date,
                           const Analysis& analysis);

  // Records that `dyad` held `tier` at `date` (kNone: no partnership), from
  // history. `ladder` names a ladder for the dyad (built in or one of
  // LedgerOptions::ladders), or is empty for the automatic choice
  // (LedgerOptions::issuers); an explicit ladder wins
  // over the automatic one for all of the dyad's observations. The dyad's
  // parties may come in either order. Errors (InvalidArgument): a party code
  // that is not 1-16 upper-case letters or digits, the same party twice, an
  // invalid date, an unknown ladder, or a ladder other than the one an earlier
  // row set for the dyad.
  absl::Status AddObservation(const Dyad& dyad, const Date& date, Tier tier,
                              std::string_view ladder = {},
                              std::string_view source = {});

  // Reads a history table: UTF-8 text, one row per line (LF or CRLF), fields
  // separated by tabs, surrounding spaces trimmed. Blank lines and lines whose
  // first non-blank character is '#' are skipped; the first other line must be
  // the header
  //   dyad<TAB>date<TAB>tier<TAB>ladder<TAB>source
  // Each row is `AAA|BBB` (either order), a Date, a TierName(), a
  // ladder name or empty (automatic), and a free source string (may be empty:
  // then "source_name:line" is used). Rows are added as by AddObservation.
  // All or nothing: on any bad row nothing is added, and the InvalidArgument
  // names `source_name:line` and the fault (bad dyad, bad date, unknown tier,
  // unknown ladder, conflicting ladder, wrong number of columns, missing
  // header) of the first bad row, with a count of any further bad rows.
  absl::Status LoadHistory(std::string_view tsv_text,
                           std::string_view source_name);

  // Every dyad with an observation or a recorded explicit change, sorted.
  std::vector<Dyad> Dyads() const;

  // The dyad's observations in date order, ranked on its ladder; empty for an
  // unknown dyad. The dyad's parties may come in either order (likewise for
  // every query below). Cost: linear in the dyad's observations.
  std::vector<LedgerObservation> Timeline(const Dyad& dyad) const;

  // The tier of the dyad's latest observation; kNone when there is none or
  // the partnership was ended.
  Tier CurrentTier(const Dyad& dyad) const;

  // The changes between consecutive distinct tiers of the timeline, oldest
  // first (see LedgerChange for the definitions). Cost: linear in the dyad's
  // observations times its explicit changes at the same date.
  std::vector<LedgerChange> ImpliedChanges(const Dyad& dyad) const;

  // The explicit changes texts stated for the dyad, any modality, in date
  // order (then by source id, each source's in its order); delta on the dyad's
  // ladder when the text names the tiers it needs (both, or the `to` of an
  // establishment, or the `from` of an ending).
  std::vector<LedgerChange> ExplicitChanges(const Dyad& dyad) const;

  // Pairs of same-day observations that disagree (see LedgerConflict), by
  // dyad, then date, then the timeline's order. Cost: linear in all
  // observations plus the square of the observations sharing one day.
  std::vector<LedgerConflict> Conflicts() const;

  // The ladder that ranks the dyad's tiers: the explicit one from history,
  // else the automatic choice (also for a dyad the ledger does not hold).
  const Ladder& LadderFor(const Dyad& dyad) const;

  // A dyad-year table: the header
  //   dyad<SEP>year<SEP>tier<SEP>rank<SEP>first_seen<SEP>changes
  // then, for every dyad with observations (sorted) and every year from its
  // first observation's year to its last observation's year (or to
  // `through_year` when that is not 0), one row: the tier in force at the end
  // of the year, its rank on the dyad's ladder (empty if not placed), the date
  // that tier was first observed in its current spell (a tier left and later
  // regained starts a new spell), and the number of changes dated in that
  // year as ImpliedChanges reports them (an establishment counts). Lines end
  // in '\n'. A field containing the separator, a double quote or a line break
  // is quoted CSV-style ("a,b" and "" for a quote), so separator ',' gives
  // RFC 4180 CSV.
  //
  // Bounded: `through_year` must be 0 or a year Date accepts (1-9999), else
  // InvalidArgument; a table of more than kMaxDyadYearRows rows (the header
  // not counted) is ResourceExhausted, found by counting before anything is
  // built. Cost: linear in the rows and the observations.
  absl::StatusOr<std::string> ExportDyadYears(char separator = '\t',
                                              int through_year = 0) const;

  // The same table handed to `write` in pieces of whole rows (at most one
  // dyad's rows each), so that it need not fit in memory. Errors: as
  // ExportDyadYears, checked before the first call to `write`; Cancelled when
  // `write` returns false (nothing more is written).
  absl::Status WriteDyadYears(
      const std::function<bool(std::string_view)>& write, char separator = '\t',
      int through_year = 0) const;

  // The most rows a dyad-year table may have: 4 million rows (about 250 MB
  // of text) hold 20,000 dyads over 200 years.
  static constexpr std::int64_t kMaxDyadYearRows = 4'000'000;

  LedgerStats Stats() const;

  class Impl;  // Internal.

 private:
  explicit Ledger(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplotier

#endif  // DIPLOTIER_LEDGER_H_
