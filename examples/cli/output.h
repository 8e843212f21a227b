// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The output formats of `diplotier analyze`: JSON Lines (one record per
// document, the schema of diplotier/json.h), TSV (one row per mention and per
// change) and a human-readable text form.
//
// Writers take a document in parts, as a StreamAnalyzer reports it, so that
// no format needs the document's results in memory: each keeps the
// serialized parts in Spools (memory, then a temporary file) until End, when
// the record is printed whole. A document that fails (a read error) prints
// nothing, and the output does not depend on how the input was chunked: TSV
// rows are the document's mentions, then its changes, as in the JSON record.
//
// Every write goes through a Sink, which checks it: the first failure (a
// full disk, a closed pipe) is reported once on stderr, and the commands
// stop at their next check of failed().

#ifndef DIPLOTIER_EXAMPLES_CLI_OUTPUT_H_
#define DIPLOTIER_EXAMPLES_CLI_OUTPUT_H_

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "diplotier/analysis.h"

namespace diplotier_cli {

// A document's id, date and results (what the ledger is given).
struct Document {
  std::string id;    // the path, "-", or "path:line" with --lines
  std::string date;  // "YYYY-MM-DD" or ""
  diplotier::Analysis analysis;
};

enum class Format { kJsonl, kTsv, kText, kHtml };

// "jsonl", "tsv", "text", "html"; nullopt for anything else.
std::optional<Format> ParseFormat(std::string_view name);

class Spool;

// A stdio stream, or a spool, whose writes are checked.
class Sink {
 public:
  // `name` is how messages call the stream ("standard output").
  Sink(std::FILE* file, std::string name)
      : file_(file), name_(std::move(name)) {}
  // Writes into `spool` (an input's records held until their turn, see
  // analyze.cc). A failure is kept in status(), not printed: the caller
  // reports it as the failure of that input.
  explicit Sink(Spool* spool) : spool_(spool) {}
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  // Writes `s`; false once any write or flush has failed (nothing more is
  // written then). For a stdio stream, the first failure prints "diplotier:
  // cannot write NAME: REASON" on stderr.
  bool Write(std::string_view s);
  // Flushes the stream; false as Write.
  bool Flush();
  bool failed() const { return error_ != 0; }
  // The spool's error after a failed write to a spool; OK otherwise.
  const absl::Status& status() const { return status_; }

 private:
  void Fail(int error);

  std::FILE* file_ = nullptr;
  Spool* spool_ = nullptr;
  std::string name_;
  int error_ = 0;  // errno of the first failure
  absl::Status status_;
};

// The Sink of standard output that every command writes through.
Sink& StandardOutput();

class Writer {
 public:
  virtual ~Writer() = default;
  // Starts a document.
  virtual void Begin(const std::string& id, const std::string& date) = 0;
  // The document's bytes, in order, as they are analysed (offsets in Add
  // count from the first). Only a writer that shows the text keeps them.
  virtual void Text(std::string_view chunk) { (void)chunk; }
  // Mentions and changes of the document, in stream order; evidence[i] is
  // the sentence of part.changes[i]. Errors: a spool's (see spool.h); the
  // document is then lost and must be abandoned.
  virtual absl::Status Add(const diplotier::Analysis& part,
                           const std::vector<std::string>& evidence) = 0;
  // Ends the document and prints its record; summary.tier, rank, ladder and
  // dyads are its own. Errors: a spool's. A failed write to the sink is the
  // sink's (see Sink::failed).
  virtual absl::Status End(const diplotier::Analysis& summary) = 0;
  // Drops the document begun (after a read error): nothing of it is printed.
  virtual void Abandon() = 0;
};

// A writer of documents to `out`.
std::unique_ptr<Writer> MakeWriter(Format format, Sink* out);

// What comes before the first document and after the last: TSV's header
// row, the HTML page's head and tail; nothing for the other formats.
void WriteOutputHead(Format format, Sink* out);
void WriteOutputTail(Format format, Sink* out);

// `s` for a TSV field: backslash, tab, newline and carriage return written
// as \\ \t \n \r.
std::string TsvEscape(std::string_view s);

}  // namespace diplotier_cli

#endif  // DIPLOTIER_EXAMPLES_CLI_OUTPUT_H_
