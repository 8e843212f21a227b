// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// A status line on stderr for long runs of `diplotier analyze`: documents
// and bytes done, the rate, and the time left when the total is known.
//
//   Progress progress(enabled, inputs, total_bytes);
//   progress.AddBytes(n);        // any thread
//   progress.AddDocument();      // any thread
//   progress.InputDone();        // any thread
//   progress.Tick();             // the main thread, now and then
//   progress.Finish();           // erases the line
//
// The line is drawn with a carriage return, only on stderr, and only once
// the run has taken a second; it is erased before any message the tool
// prints (Complain goes through PrintMessage), so messages stay whole lines.

#ifndef DIPLOTIER_EXAMPLES_CLI_PROGRESS_H_
#define DIPLOTIER_EXAMPLES_CLI_PROGRESS_H_

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace diplotier_cli {

class Progress {
 public:
  // `inputs`: how many inputs the run has; `total_bytes`: their size, or 0
  // when unknown (standard input, a pipe).
  Progress(bool enabled, std::size_t inputs, std::uint64_t total_bytes);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void AddBytes(std::size_t n) { bytes_ += n; }
  void AddDocument() { documents_ += 1; }
  void InputDone() { inputs_done_ += 1; }

  // Redraws the line if it is due (at most five times a second). Main
  // thread only.
  void Tick();
  // Erases the line for good.
  void Finish();

 private:
  bool enabled_;
  std::size_t inputs_;
  std::uint64_t total_bytes_;
  std::chrono::steady_clock::time_point start_, last_;
  std::atomic<std::uint64_t> bytes_{0};
  std::atomic<std::uint64_t> documents_{0};
  std::atomic<std::size_t> inputs_done_{0};
};

// Prints `line` on stderr, after erasing the status line if one is shown;
// safe from any thread (messages stay whole lines). Complain goes through it.
void PrintMessage(const std::string& line);

// Whether a progress line is wanted: --progress / --no-progress when given,
// else whether stderr is a terminal.
bool WantProgress(int forced);  // forced: 1, 0, or -1 when not given

}  // namespace diplotier_cli

#endif  // DIPLOTIER_EXAMPLES_CLI_PROGRESS_H_
