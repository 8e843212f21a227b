// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// `diplotier analyze`: every input through a StreamAnalyzer, so that memory
// is bounded by the chunk size and the longest sentence, not by the file.
// Per document only the results are kept (mentions, changes and the
// evidence sentence of each change), never the text.

#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli.h"
#include "diplotier/stream.h"
#include "input.h"
#include "output.h"
#ifdef DIPLOTIER_CLI_WITH_LEDGER
#include "ledger_report.h"
#endif

namespace diplotier_cli {
namespace {

// Collects what a stream reports into one Document.
class DocumentBuilder {
 public:
  DocumentBuilder(const diplotier::Classifier& classifier,
                  const diplotier::Lexicon& lexicon)
      : stream_(classifier, lexicon) {}

  // Begins a new document (and forgets any stream left by an error).
  void Start(std::string id, std::string date) {
    stream_.Reset();
    doc_ = Document();
    doc_.id = std::move(id);
    doc_.date = std::move(date);
  }

  absl::Status Feed(std::string_view chunk) {
    absl::Status s = stream_.Feed(chunk, &part_);
    if (s.ok()) Take();
    return s;
  }

  // Finishes the stream; the summary fields come from Finish.
  absl::Status Finish() {
    absl::Status s = stream_.Finish(&part_);
    if (!s.ok()) return s;
    Take();
    doc_.analysis.tier = part_.tier;
    doc_.analysis.rank = part_.rank;
    doc_.analysis.ladder = part_.ladder;
    doc_.analysis.dyads = part_.dyads;
    return s;
  }

  const Document& doc() const { return doc_; }

 private:
  void Take() {
    auto& a = doc_.analysis;
    for (diplotier::Mention& m : part_.mentions) a.mentions.push_back(std::move(m));
    for (diplotier::TierChange& c : part_.changes) a.changes.push_back(std::move(c));
    for (const std::string& e : stream_.evidence()) doc_.evidence.push_back(e);
  }

  diplotier::StreamAnalyzer stream_;
  diplotier::Analysis part_;
  Document doc_;
};

std::string StatusText(const absl::Status& s) {
  return std::string(s.message().data(), s.message().size());
}

}  // namespace

int RunAnalyze(const CliOptions& options,
               const std::vector<std::string>& files_in) {
  Format format = isatty(STDOUT_FILENO) ? Format::kText : Format::kJsonl;
  if (!options.format.empty()) {
    std::optional<Format> f = ParseFormat(options.format);
    if (!f) {
      Complain("--format=" + options.format +
               ": analyze writes jsonl, tsv or text");
      return kExitUsage;
    }
    format = *f;
  }
  int code = kExitOk;
  std::optional<diplotier::Lexicon> lexicon = BuildLexicon(options, &code);
  if (!lexicon) return code;
  std::optional<diplotier::Classifier> classifier =
      BuildClassifier(*lexicon, options, &code);
  if (!classifier) return code;

  std::vector<std::string> files = files_in;
  if (files.empty()) files.push_back("-");
#ifdef DIPLOTIER_CLI_WITH_LEDGER
  std::unique_ptr<LedgerReport> ledger;
  if (options.uses_ledger()) {
    ledger = LedgerReport::Create(options.history, &code);
    if (ledger == nullptr) return code;
  }
#endif
  // With --ledger the documents go to the ledger only.
  std::unique_ptr<Writer> writer =
      options.ledger ? nullptr : MakeWriter(format, stdout);
  auto emit = [&](const Document& doc) {
    if (writer != nullptr) writer->Write(doc);
#ifdef DIPLOTIER_CLI_WITH_LEDGER
    if (ledger != nullptr) ledger->Add(doc);
#endif
  };
  DocumentBuilder builder(*classifier, *lexicon);
  int exit_code = kExitOk;

  for (const std::string& path : files) {
    std::string date = options.date;
    bool skip_first_line = false;
    absl::Status failure;  // an analysis error stops this input only
    auto on_header = [&](const InputHeader& header) {
      if (date.empty()) date = header.date;
      skip_first_line = header.date_line;
    };
    std::string error;
    if (!options.lines) {
      builder.Start(path, "");
      error = ReadInput(path, options.chunk_bytes, on_header,
                        [&](std::string_view chunk) {
                          failure = builder.Feed(chunk);
                          return failure.ok();
                        });
      if (error.empty() && failure.ok()) failure = builder.Finish();
      if (error.empty() && failure.ok()) {
        Document doc = builder.doc();
        doc.date = date;
        emit(doc);
      }
    } else {
      // One document per line; a line is streamed too, so a huge line costs
      // no more memory than a huge file.
      std::size_t line = 1;
      bool open = false;  // a line has been started and not finished
      auto finish_line = [&]() -> bool {
        if (!open) builder.Start(path + ":" + std::to_string(line), date);
        open = false;
        failure = builder.Finish();
        if (!failure.ok()) return false;
        if (!(line == 1 && skip_first_line)) emit(builder.doc());
        ++line;
        return true;
      };
      error = ReadInput(
          path, options.chunk_bytes, on_header, [&](std::string_view chunk) {
            while (!chunk.empty()) {
              if (!open) {
                builder.Start(path + ":" + std::to_string(line), date);
                open = true;
              }
              const std::size_t nl = chunk.find('\n');
              failure = builder.Feed(chunk.substr(0, nl));
              if (!failure.ok()) return false;
              if (nl == std::string_view::npos) break;
              if (!finish_line()) return false;
              chunk.remove_prefix(nl + 1);
            }
            return true;
          });
      if (error.empty() && failure.ok() && open) finish_line();
    }
    if (!error.empty()) {
      Complain(error);
      exit_code = kExitInput;
    } else if (!failure.ok()) {
      Complain(path + ": " + StatusText(failure));
      exit_code = kExitInput;
    }
    std::fflush(stdout);
  }
#ifdef DIPLOTIER_CLI_WITH_LEDGER
  if (ledger != nullptr) {
    if (options.ledger) ledger->WriteChanges(format, stdout);
    if (!options.export_dyad_years.empty() &&
        !ledger->ExportDyadYears(options.export_dyad_years)) {
      exit_code = kExitInput;
    }
  }
#endif
  return exit_code;
}

}  // namespace diplotier_cli
