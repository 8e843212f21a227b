// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The output formats of `diplotier analyze`: JSON Lines (one record per
// document, the schema of diplotier/json.h), TSV (one row per mention and per
// change) and a human-readable text form.
//
// Writers take a document in parts, as a StreamAnalyzer reports it, so that
// no format needs the document's results in memory: TSV rows are printed at
// once; the JSON record and the text block, which begin with the document's
// tier, keep the serialized parts in a Spool (memory, then a temporary file)
// until End.

#ifndef DIPLOTIER_EXAMPLES_CLI_OUTPUT_H_
#define DIPLOTIER_EXAMPLES_CLI_OUTPUT_H_

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diplotier/analysis.h"

namespace diplotier_cli {

// A document's id, date and results (what the ledger is given).
struct Document {
  std::string id;    // the path, "-", or "path:line" with --lines
  std::string date;  // "YYYY-MM-DD" or ""
  diplotier::Analysis analysis;
};

enum class Format { kJsonl, kTsv, kText };

// "jsonl", "tsv", "text"; nullopt for anything else.
std::optional<Format> ParseFormat(std::string_view name);

class Writer {
 public:
  virtual ~Writer() = default;
  // Starts a document.
  virtual void Begin(const std::string& id, const std::string& date) = 0;
  // Mentions and changes of the document, in stream order; evidence[i] is
  // the sentence of part.changes[i].
  virtual void Add(const diplotier::Analysis& part,
                   const std::vector<std::string>& evidence) = 0;
  // Ends the document; summary.tier, rank, ladder and dyads are its own.
  virtual void End(const diplotier::Analysis& summary) = 0;
  // Drops the document begun (after a read error); what was already printed
  // (TSV rows) stays.
  virtual void Abandon() = 0;
};

// A writer to `out`. The TSV writer prints its header row at once.
std::unique_ptr<Writer> MakeWriter(Format format, std::FILE* out);

// `s` for a TSV field: backslash, tab, newline and carriage return written
// as \\ \t \n \r.
std::string TsvEscape(std::string_view s);

}  // namespace diplotier_cli

#endif  // DIPLOTIER_EXAMPLES_CLI_OUTPUT_H_
