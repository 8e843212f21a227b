// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace diplotier {
namespace bench {
namespace {

std::string Key(const std::string& name, int threads) {
  return name + "#" + std::to_string(threads);
}

}  // namespace

SummaryReporter::SummaryReporter(std::ostream* log)
    : benchmark::ConsoleReporter(OO_Tabular) {
  SetOutputStream(log);
  SetErrorStream(log);
}

void SummaryReporter::ReportRuns(const std::vector<Run>& runs) {
  benchmark::ConsoleReporter::ReportRuns(runs);
  for (const Run& run : runs) {
    if (run.run_type != Run::RT_Iteration) continue;
    const std::string name = run.run_name.function_name;
    if (run.error_occurred) {
      errors_.push_back(name + ": " + run.error_message);
      continue;
    }
    Samples& s = samples_[Key(name, static_cast<int>(run.threads))];
    auto bps = run.counters.find("bytes_per_second");
    if (bps != run.counters.end()) {
      s.bytes_per_second.push_back(bps->second.value);
    }
    if (run.iterations > 0) {
      // CPU time is summed over threads, and so are iterations.
      s.seconds_per_iteration.push_back(run.cpu_accumulated_time /
                                        static_cast<double>(run.iterations));
    }
    if (bps != run.counters.end() && run.cpu_accumulated_time > 0) {
      // With UseRealTime() the rate was taken over the wall-clock time
      // averaged over threads: that times the rate is the bytes processed.
      s.bytes_per_cpu_second.push_back(bps->second.value *
                                       run.real_accumulated_time /
                                       run.cpu_accumulated_time);
    }
    for (const auto& [counter, value] : run.counters) {
      s.counters[counter].push_back(value.value);
    }
  }
}

const SummaryReporter::Samples* SummaryReporter::Find(const std::string& name,
                                                      int threads) const {
  auto it = samples_.find(Key(name, threads));
  return it == samples_.end() ? nullptr : &it->second;
}

double SummaryReporter::MedianBytesPerSecond(const std::string& name,
                                             int threads) const {
  const Samples* s = Find(name, threads);
  return s == nullptr ? std::numeric_limits<double>::quiet_NaN()
                      : Median(s->bytes_per_second);
}

double SummaryReporter::MedianSecondsPerIteration(const std::string& name,
                                                  int threads) const {
  const Samples* s = Find(name, threads);
  return s == nullptr ? std::numeric_limits<double>::quiet_NaN()
                      : Median(s->seconds_per_iteration);
}

double SummaryReporter::MedianBytesPerCpuSecond(const std::string& name,
                                                int threads) const {
  const Samples* s = Find(name, threads);
  return s == nullptr ? std::numeric_limits<double>::quiet_NaN()
                      : Median(s->bytes_per_cpu_second);
}

double SummaryReporter::MedianCounter(const std::string& name,
                                      const std::string& counter,
                                      int threads) const {
  const Samples* s = Find(name, threads);
  if (s == nullptr) return std::numeric_limits<double>::quiet_NaN();
  auto it = s->counters.find(counter);
  return it == s->counters.end() ? std::numeric_limits<double>::quiet_NaN()
                                 : Median(it->second);
}

double Median(std::vector<double> values) {
  if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

std::string FormatNumber(double value) {
  if (std::isnan(value)) return "–";
  char buf[64];
  const double a = std::fabs(value);
  if (a >= 1000) {
    std::snprintf(buf, sizeof buf, "%.0f", value);
    std::string digits(buf);
    std::string out;
    const std::size_t start = digits[0] == '-' ? 1 : 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > start && (digits.size() - i) % 3 == 0) out.push_back(',');
      out.push_back(digits[i]);
    }
    return out;
  }
  if (a >= 100) {
    std::snprintf(buf, sizeof buf, "%.0f", value);
  } else if (a >= 10) {
    std::snprintf(buf, sizeof buf, "%.1f", value);
  } else if (a >= 0.1) {
    std::snprintf(buf, sizeof buf, "%.2f", value);
  } else {
    std::snprintf(buf, sizeof buf, "%.3g", value);
  }
  return buf;
}

}  // namespace bench
}  // namespace diplotier
