// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// `diplotier analyze --ledger / --history / --export-dyad-years`: dated
// documents and known history gathered into a diplotier::Ledger, reported as
// the tier changes of each dyad and exported as a dyad-year table.

#ifndef DIPLOTIER_EXAMPLES_CLI_LEDGER_REPORT_H_
#define DIPLOTIER_EXAMPLES_CLI_LEDGER_REPORT_H_

#include <cstdio>
#include <memory>
#include <string>
#include <utility>

#include "diplotier/ledger.h"
#include "diplotier/lexicon.h"
#include "output.h"

namespace diplotier_cli {

class LedgerReport {
 public:
  // A ledger that ranks dyads as the classifier does: on `ladder` for every
  // dyad, or with "auto" through the lexicon's issuer lines (else China's
  // ladder), the lexicon's own ladders included; then loads `history_path`
  // ("" for none). On failure prints the error and returns null with
  // *exit_code = kExitInput.
  static std::unique_ptr<LedgerReport> Create(const std::string& history_path,
                                              const diplotier::Lexicon& lexicon,
                                              const std::string& ladder,
                                              int* exit_code);

  // Adds a document. One without a date cannot be placed on a timeline: it
  // is skipped with a warning on stderr.
  void Add(const Document& doc);

  // Writes the changes of every dyad (oldest first) in `format` to `out`,
  // one per line:
  //   jsonl  {"dyad","date","from_date","kind","status","from","to","delta",
  //           "ladder","implied","evidence_doc","source"} (from_date null when
  //           the old tier was never observed)
  //   tsv    the same fields as columns, with a header row
  //   text   the dyad, then LedgerChange::ToString() indented
  // and reports same-day conflicts on stderr. False if a write failed (the
  // sink has reported it).
  bool WriteChanges(Format format, Sink* out) const;

  // Writes each dyad's timeline as an inline SVG step chart (rank on the
  // dyad's ladder over time; filled points from documents, hollow from
  // history, a tooltip on each) with its changes in a table, as sections of
  // the HTML page (see html_output.h), and reports same-day conflicts on
  // stderr as WriteChanges does. False if a write failed.
  bool WriteHtmlTimeline(Sink* out) const;

  // Writes the dyad-year table (tab-separated) to `path` through a temporary
  // file renamed over it, so that a failure leaves an existing file as it
  // was; false after printing an error if it cannot be written or the table
  // is over Ledger::kMaxDyadYearRows.
  bool ExportDyadYears(const std::string& path) const;

 private:
  void ReportConflicts() const;
  explicit LedgerReport(diplotier::Ledger ledger)
      : ledger_(std::move(ledger)) {}
  diplotier::Ledger ledger_;
};

}  // namespace diplotier_cli

#endif  // DIPLOTIER_EXAMPLES_CLI_LEDGER_REPORT_H_
