// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// `diplotier analyze`: every input goes through a StreamAnalyzer in bounded
// chunks and every part it reports goes straight to the writer, so memory
// does not grow with the size of a document (see output.h). Only --ledger
// and --export-dyad-years keep a document's results (not its text) until it
// ends, because the ledger reads a document as a whole.
//
// With --threads=N (N > 1) and more than one input, N workers analyse inputs
// at once over the one Classifier (which is safe to share), each with its own
// StreamAnalyzer. A worker writes an input's records into that input's
// Spool (memory, then an unlinked temporary file); the main thread prints
// the spools in input order, so the output is the same bytes for every N.
// At most 4 × N inputs are in flight (taken by a worker and not yet
// printed), so memory stays bounded whatever the number of inputs. An
// input's error (a read error, a temporary file that fails) is reported by
// its worker at once; the ledger takes the documents in input order.

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "cli.h"
#include "diplotier/stream.h"
#include "input.h"
#include "output.h"
#include "progress.h"
#include "spool.h"
#include "ledger_report.h"

namespace diplotier_cli {
namespace {

// One document at a time, from stream to writer (and, when `keep`, into a
// Document for the ledger).
class DocumentRun {
 public:
  DocumentRun(const diplotier::Classifier& classifier,
              const diplotier::Lexicon& lexicon, Writer* writer, bool keep)
      : stream_(classifier, lexicon), writer_(writer), keep_(keep) {}

  // The writer of the documents started from now on (null for none).
  void set_writer(Writer* writer) { writer_ = writer; }
  bool keep() const { return keep_; }

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
    if (writer_ != nullptr) writer_->Text(chunk);
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

// How one input ended.
struct InputOutcome {
  std::string error;     // it could not be read (the message names it)
  absl::Status failure;  // its analysis or a temporary file failed
};

// Reads `path` and analyses its documents with `run`: the whole input, or
// with --lines each line. Each finished document goes to `on_document` when
// `run` keeps results. `keep_going` is asked before each chunk is analysed.
InputOutcome AnalyzeInput(
    const std::string& path, const CliOptions& options, DocumentRun& run,
    Progress& progress, const std::function<bool()>& keep_going,
    const std::function<void(const Document&)>& on_document) {
  std::string date = options.date;
  bool date_line = false;
  InputOutcome outcome;
  absl::Status& failure = outcome.failure;  // stops this input only
  auto done = [&] {
    progress.AddDocument();
    if (run.keep()) on_document(run.doc());
  };
  if (!options.lines) {
    outcome.error = ReadInput(
        path, options.chunk_bytes,
        [&](const InputHeader& header) {
          if (date.empty()) date = header.date;
          run.Start(path, date);
        },
        [&](std::string_view chunk) {
          progress.AddBytes(chunk.size());
          if (!keep_going()) return false;
          failure = run.Feed(chunk);
          return failure.ok();
        });
    if (outcome.error.empty() && failure.ok() && run.open()) {
      failure = run.Finish();
      if (failure.ok()) done();
    }
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
        done();
      }
      ++line;
      return true;
    };
    outcome.error = ReadInput(
        path, options.chunk_bytes,
        [&](const InputHeader& header) {
          if (date.empty()) date = header.date;
          date_line = header.date_line;
        },
        [&](std::string_view chunk) {
          progress.AddBytes(chunk.size());
          if (!keep_going()) return false;
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
    if (outcome.error.empty() && failure.ok() && run.open()) finish_line();
  }
  run.Abandon();  // after an error, drop the unfinished document
  progress.InputDone();
  return outcome;
}

// Prints an input's error, if any; false if it had one.
bool Report(const std::string& path, const InputOutcome& outcome) {
  if (!outcome.error.empty()) {
    Complain(outcome.error);
    return false;
  }
  if (!outcome.failure.ok()) {
    Complain(path + ": " + StatusText(outcome.failure));
    return false;
  }
  return true;
}

// The total size of the inputs, or 0 when one of them is not a regular file
// (standard input, a pipe): then the time left is estimated from inputs.
std::uint64_t TotalBytes(const std::vector<std::string>& files) {
  std::uint64_t total = 0;
  for (const std::string& path : files) {
    struct stat st;
    if (path == "-" || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
      return 0;
    }
    total += static_cast<std::uint64_t>(st.st_size);
  }
  return total;
}

// Everything a run shares.
struct RunContext {
  const CliOptions& options;
  const diplotier::Classifier& classifier;
  const diplotier::Lexicon& lexicon;
  Format format;
  bool keep;       // the ledger needs the documents' results
  bool to_writer;  // documents are printed (not with --ledger)
  Progress& progress;
  std::function<void(const Document&)> to_ledger;
};

// One input at a time, printed as it is analysed. Returns the exit code, or
// -1 to go on (to the ledger).
int RunInOrder(const RunContext& c, const std::vector<std::string>& files,
               int* exit_code) {
  Sink& out = StandardOutput();
  std::unique_ptr<Writer> writer =
      c.to_writer ? MakeWriter(c.format, &out) : nullptr;
  DocumentRun run(c.classifier, c.lexicon, writer.get(), c.keep);
  for (const std::string& path : files) {
    const InputOutcome outcome = AnalyzeInput(
        path, c.options, run, c.progress,
        [&] {
          c.progress.Tick();
          return !out.failed();
        },
        c.to_ledger);
    // A failed write ends the run: it was reported, and nothing more can be.
    if (!out.Flush()) return kExitInput;
    if (!Report(path, outcome)) *exit_code = kExitInput;
  }
  return -1;
}

// An input taken by a worker: its records wait in `output` until every input
// before it is printed.
struct Task {
  Spool output{std::size_t{1} << 20};
  InputOutcome outcome;
  std::vector<Document> documents;  // for the ledger
  bool failed = false;              // its error was reported
  bool done = false;
};

// Inputs analysed by `threads` workers, printed in input order.
int RunInParallel(const RunContext& c, const std::vector<std::string>& files,
                  int threads, int* exit_code) {
  const std::size_t n = files.size();
  const std::size_t window = 4 * static_cast<std::size_t>(threads);
  std::vector<std::unique_ptr<Task>> tasks(n);
  for (auto& t : tasks) t = std::make_unique<Task>();
  std::mutex mu;
  std::condition_variable work_cv, done_cv;
  std::size_t next = 0, printed = 0;  // guarded by mu
  std::atomic<bool> stop{false};

  auto worker = [&] {
    DocumentRun run(c.classifier, c.lexicon, nullptr, c.keep);
    for (;;) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        work_cv.wait(
            lock, [&] { return stop || next >= n || next < printed + window; });
        if (stop || next >= n) return;
        i = next++;
      }
      Task& task = *tasks[i];
      Sink sink(&task.output);
      std::unique_ptr<Writer> writer =
          c.to_writer ? MakeWriter(c.format, &sink) : nullptr;
      run.set_writer(writer.get());
      task.outcome = AnalyzeInput(
          files[i], c.options, run, c.progress,
          [&] { return !stop && !sink.failed(); },
          [&](const Document& doc) { task.documents.push_back(doc); });
      run.set_writer(nullptr);
      if (task.outcome.error.empty() && task.outcome.failure.ok() &&
          sink.failed()) {
        task.outcome.failure = sink.status();
      }
      // An input's error is reported at once, not when its turn comes.
      task.failed = !Report(files[i], task.outcome);
      {
        std::lock_guard<std::mutex> lock(mu);
        task.done = true;
      }
      done_cv.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
  auto finish = [&](int code) {
    {
      std::lock_guard<std::mutex> lock(mu);
      stop = true;
    }
    work_cv.notify_all();
    for (std::thread& t : pool) t.join();
    return code;
  };

  Sink& out = StandardOutput();
  for (std::size_t i = 0; i < n; ++i) {
    Task& task = *tasks[i];
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mu);
        if (done_cv.wait_for(lock, std::chrono::milliseconds(200),
                             [&] { return task.done; })) {
          break;
        }
      }
      c.progress.Tick();
    }
    c.progress.Tick();
    absl::Status s = task.output.MoveTo(
        [&](std::string_view bytes) { return out.Write(bytes); });
    // A failed write ends the run: it was reported, and nothing more can be.
    if (!out.Flush()) return finish(kExitInput);
    for (const Document& doc : task.documents) c.to_ledger(doc);
    if (task.failed) *exit_code = kExitInput;
    if (!task.failed && !s.ok()) {  // the spool could not be read back
      Complain(files[i] + ": " + StatusText(s));
      *exit_code = kExitInput;
    }
    tasks[i].reset();
    {
      std::lock_guard<std::mutex> lock(mu);
      printed = i + 1;
    }
    work_cv.notify_all();
  }
  finish(0);
  return -1;
}

}  // namespace

int RunAnalyze(const CliOptions& options,
               const std::vector<std::string>& files_in) {
  Format format = isatty(STDOUT_FILENO) ? Format::kText : Format::kJsonl;
  if (!options.format.empty()) {
    std::optional<Format> f = ParseFormat(options.format);
    if (!f) {
      Complain("--format=" + options.format +
               ": analyze writes jsonl, tsv, text or html");
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
  std::unique_ptr<LedgerReport> ledger;
  if (options.uses_ledger()) {
    ledger =
        LedgerReport::Create(options.history, *lexicon, options.ladder, &code);
    if (ledger == nullptr) return code;
  }
  auto to_ledger = [&](const Document& doc) {
    if (ledger != nullptr) ledger->Add(doc);
  };
  Progress progress(WantProgress(options.progress), files.size(),
                    TotalBytes(files));
  // With --ledger the documents go to the ledger only, but for the HTML
  // page, which shows them above the timelines.
  const bool html = format == Format::kHtml;
  const RunContext context{options,
                           *classifier,
                           *lexicon,
                           format,
                           options.uses_ledger(),
                           !options.ledger || html,
                           progress,
                           to_ledger};
  Sink& out = StandardOutput();
  if (context.to_writer) WriteOutputHead(format, &out);
  int exit_code = kExitOk;
  // Standard input named twice is read in order (the second reads its end).
  const bool stdin_twice = std::count(files.begin(), files.end(), "-") > 1;
  const int threads = stdin_twice ? 1
                                  : static_cast<int>(std::min<std::size_t>(
                                        options.threads, files.size()));
  const int stopped = threads > 1
                          ? RunInParallel(context, files, threads, &exit_code)
                          : RunInOrder(context, files, &exit_code);
  progress.Finish();
  if (stopped >= 0) return stopped;
  if (ledger != nullptr && options.ledger) {
    if (html ? !ledger->WriteHtmlTimeline(&out)
             : !ledger->WriteChanges(format, &out)) {
      return kExitInput;
    }
  }
  if (context.to_writer) WriteOutputTail(format, &out);
  if (ledger != nullptr) {
    if (!options.export_dyad_years.empty() &&
        !ledger->ExportDyadYears(options.export_dyad_years)) {
      exit_code = kExitInput;
    }
  }
  return exit_code;
}

}  // namespace diplotier_cli
