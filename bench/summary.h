// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// A Google Benchmark reporter that passes every run on to the console
// reporter (into a log stream) and keeps the measurements, so that the
// benchmark binary can print one summary table of medians at the end.
//
//   diplotier::bench::SummaryReporter reporter(&log);
//   benchmark::RunSpecifiedBenchmarks(&reporter);
//   double mb_s = reporter.MedianBytesPerSecond("BM_Analyze/sparse/docs") /
//   1e6;

#ifndef DIPLOTIER_BENCH_SUMMARY_H_
#define DIPLOTIER_BENCH_SUMMARY_H_

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"

namespace diplotier {
namespace bench {

class SummaryReporter : public benchmark::ConsoleReporter {
 public:
  // Console output goes to `log`, which must outlive the reporter.
  explicit SummaryReporter(std::ostream* log);

  void ReportRuns(const std::vector<Run>& runs) override;

  // Medians over the repetitions of the benchmark registered as `name`
  // (without Google Benchmark's suffixes) run with `threads` threads; NaN if
  // it did not run. Bytes per second as Google Benchmark reports them (CPU
  // time, or wall-clock time for benchmarks that UseRealTime()); seconds
  // per iteration in CPU time of one thread, which a shared, busy machine
  // distorts less than wall-clock time.
  double MedianBytesPerSecond(const std::string& name, int threads = 1) const;
  double MedianSecondsPerIteration(const std::string& name,
                                   int threads = 1) const;
  // Bytes per CPU-second summed over all threads, for UseRealTime()
  // benchmarks: 2 × this with two threads ÷ this with one is the scaling
  // two idle cores would give, whatever else the machine runs.
  double MedianBytesPerCpuSecond(const std::string& name, int threads) const;
  // Median of a user counter.
  double MedianCounter(const std::string& name, const std::string& counter,
                       int threads = 1) const;

  // "name: message" of every run that reported an error.
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  struct Samples {
    std::vector<double> bytes_per_second;
    std::vector<double> seconds_per_iteration;
    std::vector<double> bytes_per_cpu_second;
    std::map<std::string, std::vector<double>> counters;
  };
  const Samples* Find(const std::string& name, int threads) const;

  std::map<std::string, Samples> samples_;
  std::vector<std::string> errors_;
};

double Median(std::vector<double> values);

// 31800 -> "31,800"; 0.284 -> "0.28"; 12.34 -> "12.3".
std::string FormatNumber(double value);

}  // namespace bench
}  // namespace diplotier

#endif  // DIPLOTIER_BENCH_SUMMARY_H_
