// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The output formats of `diplotier analyze`: JSON Lines (one record per
// document, the schema of diplotier/json.h), TSV (one row per mention and per
// change) and a human-readable text form.

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

// One analysed document: its results and the evidence text of each change
// (parallel to analysis.changes), kept instead of the text itself.
struct Document {
  std::string id;    // the path, "-", or "path:line" with --lines
  std::string date;  // "YYYY-MM-DD" or ""
  diplotier::Analysis analysis;
  std::vector<std::string> evidence;
};

enum class Format { kJsonl, kTsv, kText };

// "jsonl", "tsv", "text"; nullopt for anything else.
std::optional<Format> ParseFormat(std::string_view name);

class Writer {
 public:
  virtual ~Writer() = default;
  virtual void Write(const Document& doc) = 0;
};

// A writer to `out`. The TSV writer prints its header row at once.
std::unique_ptr<Writer> MakeWriter(Format format, std::FILE* out);

// `s` for a TSV field: backslash, tab, newline and carriage return written
// as \\ \t \n \r.
std::string TsvEscape(std::string_view s);

}  // namespace diplotier_cli

#endif  // DIPLOTIER_EXAMPLES_CLI_OUTPUT_H_
