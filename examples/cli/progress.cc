// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "progress.h"

#include <unistd.h>

#include <cstdio>
#include <mutex>

namespace diplotier_cli {
namespace {

// Guards stderr and shown_width: messages come from any thread.
std::mutex& StderrMutex() {
  static std::mutex* const mu = new std::mutex();
  return *mu;
}

// Width of the line last drawn, 0 when none is shown.
std::size_t shown_width = 0;

void ClearLine() {
  if (shown_width == 0) return;
  std::fprintf(stderr, "\r%s\r", std::string(shown_width, ' ').c_str());
  shown_width = 0;
}

std::string Megabytes(double bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1e6);
  return buf;
}

std::string Duration(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60,
                  s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  }
  return buf;
}

}  // namespace

Progress::Progress(bool enabled, std::size_t inputs, std::uint64_t total_bytes)
    : enabled_(enabled),
      inputs_(inputs),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() { Finish(); }

void Progress::Tick() {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  if (elapsed < 1.0 || now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  const double bytes = static_cast<double>(bytes_.load());
  const std::size_t done = inputs_done_.load();
  const double rate = bytes / elapsed;
  std::string line = std::to_string(documents_.load()) + " documents, " +
                     std::to_string(done) + "/" + std::to_string(inputs_) +
                     " inputs, " + Megabytes(bytes);
  if (total_bytes_ > 0) line += " of " + Megabytes(total_bytes_);
  line += ", " + Megabytes(rate) + "/s";
  // Time left from the bytes when their total is known, else from inputs.
  double left = -1;
  if (total_bytes_ > 0 && bytes > 0) {
    left = elapsed * (static_cast<double>(total_bytes_) - bytes) / bytes;
  } else if (done > 0) {
    left = elapsed * static_cast<double>(inputs_ - done) / done;
  }
  if (left >= 0) line += ", " + Duration(left) + " left";
  const std::size_t width = line.size();
  std::lock_guard<std::mutex> lock(StderrMutex());
  if (width < shown_width) line.append(shown_width - width, ' ');
  std::fprintf(stderr, "\r%s", line.c_str());
  std::fflush(stderr);
  shown_width = width;
}

void Progress::Finish() {
  std::lock_guard<std::mutex> lock(StderrMutex());
  ClearLine();
  std::fflush(stderr);
  enabled_ = false;
}

void PrintMessage(const std::string& line) {
  std::lock_guard<std::mutex> lock(StderrMutex());
  ClearLine();
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
}

bool WantProgress(int forced) {
  if (forced >= 0) return forced == 1;
  return isatty(STDERR_FILENO) == 1;
}

}  // namespace diplotier_cli
