// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// `diplotier analyze`: every input goes through a StreamAnalyzer in bounded
// chunks and every part it reports goes straight to the writer, so memory
// does not grow with the size of a document (see output.h). Only --ledger
// and --export-dyad-years keep a document's results (not its text) until it
// ends, because the ledger reads a document as a whole.

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

// One document at a time, from stream to writer (and, when `keep`, into a
// Document for the ledger).
class DocumentRun {
 public:
  DocumentRun(const diplotier::Classifier& classifier,
              const diplotier::Lexicon& lexicon, Writer* writer, bool keep)
      : stream_(classifier, lexicon), writer_(writer), keep_(keep) {}

  // Begins a new document (and forgets a stream left by an error).
  void Start(const std::string& id, const std::string& date) {
    stream_.Reset();
    doc_ = Document();
    doc_.id = id;
    doc_.date = date;
    open_ = true;
    if (writer_ != nullptr) writer_->Begin(id, date);
  }

  bool open() const { return open_; }

  absl::Status Feed(std::string_view chunk) {
    absl::Status s = stream_.Feed(chunk, &part_);
    if (s.ok()) s = Pass();
    return s;
  }

  // Ends the document: the writer gets the summary.
  absl::Status Finish() {
    open_ = false;
    absl::Status s = stream_.Finish(&part_);
    if (!s.ok()) {
      if (writer_ != nullptr) writer_->Abandon();
      return s;
    }
    s = Pass();
    if (s.ok() && writer_ != nullptr) s = writer_->End(part_);
    if (!s.ok()) {
      if (writer_ != nullptr) writer_->Abandon();
      return s;
    }
    doc_.analysis.tier = part_.tier;
    doc_.analysis.rank = part_.rank;
    doc_.analysis.ladder = part_.ladder;
    doc_.analysis.dyads = part_.dyads;
    return s;
  }

  void Abandon() {
    if (open_ && writer_ != nullptr) writer_->Abandon();
    open_ = false;
  }

  // The finished document; results only when `keep`.
  const Document& doc() const { return doc_; }

 private:
  absl::Status Pass() {
    if (writer_ != nullptr) {
      absl::Status s = writer_->Add(part_, stream_.evidence());
      if (!s.ok()) return s;
    }
    if (!keep_) return absl::OkStatus();
    auto& a = doc_.analysis;
    a.mentions.insert(a.mentions.end(), part_.mentions.begin(),
                      part_.mentions.end());
    a.changes.insert(a.changes.end(), part_.changes.begin(),
                     part_.changes.end());
    return absl::OkStatus();
  }

  diplotier::StreamAnalyzer stream_;
  Writer* writer_;
  bool keep_;
  bool open_ = false;
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
    ledger =
        LedgerReport::Create(options.history, *lexicon, options.ladder, &code);
    if (ledger == nullptr) return code;
  }
  auto to_ledger = [&](const Document& doc) {
    if (ledger != nullptr) ledger->Add(doc);
  };
#else
  auto to_ledger = [](const Document&) {};
#endif
  // With --ledger the documents go to the ledger only.
  Sink& out = StandardOutput();
  std::unique_ptr<Writer> writer =
      options.ledger ? nullptr : MakeWriter(format, &out);
  DocumentRun run(*classifier, *lexicon, writer.get(), options.uses_ledger());
  int exit_code = kExitOk;

  for (const std::string& path : files) {
    std::string date = options.date;
    bool date_line = false;
    absl::Status failure;  // an analysis error stops this input only
    std::string error;
    if (!options.lines) {
      error = ReadInput(
          path, options.chunk_bytes,
          [&](const InputHeader& header) {
            if (date.empty()) date = header.date;
            run.Start(path, date);
          },
          [&](std::string_view chunk) {
            failure = run.Feed(chunk);
            return failure.ok() && !out.failed();
          });
      if (error.empty() && failure.ok()) failure = run.Finish();
      if (error.empty() && failure.ok()) to_ledger(run.doc());
    } else {
      // One document per line; a line is streamed too, so a huge line costs
      // no more memory than a huge file. The date line is not a document.
      std::size_t line = 1;
      auto start_line = [&] {
        run.Start(path + ":" + std::to_string(line), date);
      };
      auto finish_line = [&]() -> bool {
        if (!run.open()) start_line();
        if (line == 1 && date_line) {
          run.Abandon();
        } else {
          failure = run.Finish();
          if (!failure.ok()) return false;
          to_ledger(run.doc());
        }
        ++line;
        return true;
      };
      error = ReadInput(
          path, options.chunk_bytes,
          [&](const InputHeader& header) {
            if (date.empty()) date = header.date;
            date_line = header.date_line;
          },
          [&](std::string_view chunk) {
            if (out.failed()) return false;
            while (!chunk.empty()) {
              if (!run.open()) start_line();
              const std::size_t nl = chunk.find('\n');
              failure = run.Feed(chunk.substr(0, nl));
              if (!failure.ok()) return false;
              if (nl == std::string_view::npos) break;
              if (!finish_line()) return false;
              chunk.remove_prefix(nl + 1);
            }
            return true;
          });
      if (error.empty() && failure.ok() && run.open()) finish_line();
    }
    run.Abandon();  // after an error, drop the unfinished document
    // A failed write ends the run: it was reported, and nothing more can be.
    if (!out.Flush()) return kExitInput;
    if (!error.empty()) {
      Complain(error);
      exit_code = kExitInput;
    } else if (!failure.ok()) {
      Complain(path + ": " + StatusText(failure));
      exit_code = kExitInput;
    }
  }
#ifdef DIPLOTIER_CLI_WITH_LEDGER
  if (ledger != nullptr) {
    if (options.ledger && !ledger->WriteChanges(format, &out)) {
      return kExitInput;
    }
    if (!options.export_dyad_years.empty() &&
        !ledger->ExportDyadYears(options.export_dyad_years)) {
      exit_code = kExitInput;
    }
  }
#endif
  return exit_code;
}

}  // namespace diplotier_cli
