// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "spool.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace diplotier_cli {
namespace {

// Writes all of `s` to `fd`; false with errno set on failure.
bool WriteAll(int fd, std::string_view s) {
  while (!s.empty()) {
    const ssize_t n = ::write(fd, s.data(), s.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return false;
    }
    s.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

absl::Status TemporaryFileError(const std::string& dir, int error) {
  return absl::UnavailableError("cannot write a temporary file in " + dir +
                                ": " + std::strerror(error));
}

}  // namespace

std::string TemporaryDirectory() {
  const char* dir = std::getenv("TMPDIR");
  return dir != nullptr && *dir != '\0' ? std::string(dir) : "/tmp";
}

absl::Status Spool::Spill() {
  const std::string dir = TemporaryDirectory();
  if (fd_ < 0) {
    std::string name = dir + "/diplotier-spool-XXXXXX";
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) return TemporaryFileError(dir, errno);
    ::unlink(name.c_str());
  }
  if (!WriteAll(fd_, memory_)) return TemporaryFileError(dir, errno);
  memory_.clear();
  return absl::OkStatus();
}

absl::Status Spool::Append(std::string_view s) {
  if (!error_.ok()) return error_;
  memory_.append(s.data(), s.size());
  size_ += s.size();
  if (memory_.size() <= budget_) return absl::OkStatus();
  error_ = Spill();
  if (!error_.ok()) {
    // Neither the file nor memory holds the whole: drop both.
    memory_.clear();
    memory_.shrink_to_fit();
  }
  return error_;
}

absl::Status Spool::MoveTo(const std::function<bool(std::string_view)>& write) {
  absl::Status status = error_;
  if (status.ok() && fd_ >= 0) {
    if (::lseek(fd_, 0, SEEK_SET) != 0) {
      status = TemporaryFileError(TemporaryDirectory(), errno);
    }
    std::vector<char> buffer(std::size_t{1} << 16);
    while (status.ok()) {
      const ssize_t n = ::read(fd_, buffer.data(), buffer.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        status = absl::UnavailableError(
            "cannot read back a temporary file in " + TemporaryDirectory() +
            ": " + std::strerror(errno));
      }
      if (n <= 0) break;
      if (!write(
              std::string_view(buffer.data(), static_cast<std::size_t>(n)))) {
        status = absl::CancelledError("output stopped");
      }
    }
  }
  if (status.ok() && !memory_.empty() && !write(memory_)) {
    status = absl::CancelledError("output stopped");
  }
  Clear();
  return status;
}

void Spool::Clear() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  memory_.clear();
  memory_.shrink_to_fit();
  size_ = 0;
  error_ = absl::OkStatus();
}

}  // namespace diplotier_cli
