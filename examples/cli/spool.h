// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// An append-only byte buffer that moves to an unnamed temporary file once
// it outgrows its memory budget: the output of a long document waits here
// until the document's tier (printed first) is known.
//
// The temporary file is made in $TMPDIR (/tmp when unset or empty) and
// unlinked at once, so nothing is left behind. Memory stays bounded: when
// the file cannot be made or written (a read-only or full directory), Append
// returns the error and the spool refuses more until Clear; it never keeps a
// part of its bytes in the file and another in memory.

#ifndef DIPLOTIER_EXAMPLES_CLI_SPOOL_H_
#define DIPLOTIER_EXAMPLES_CLI_SPOOL_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace diplotier_cli {

class Spool {
 public:
  // Keeps up to `memory_budget` bytes in memory (default 4 MiB).
  explicit Spool(std::size_t memory_budget = std::size_t{4} << 20)
      : budget_(memory_budget) {}
  ~Spool() { Clear(); }
  // Owns a file descriptor.
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  // Appends `s`. Errors: Unavailable naming the directory and the system's
  // reason when the temporary file cannot be created or written; after an
  // error every call fails the same way until Clear.
  absl::Status Append(std::string_view s);
  bool empty() const { return size_ == 0; }

  // Hands everything appended so far, in order, to `write` (which returns
  // false to stop), then clears. Unavailable if the temporary file cannot be
  // read back; Cancelled if `write` stopped.
  absl::Status MoveTo(const std::function<bool(std::string_view)>& write);

  // Forgets everything (and closes the temporary file).
  void Clear();

 private:
  absl::Status Spill();

  std::size_t budget_;
  std::size_t size_ = 0;
  std::string memory_;
  int fd_ = -1;  // the unlinked temporary file, once made
  absl::Status error_;
};

// The directory temporary files go to: $TMPDIR, or /tmp.
std::string TemporaryDirectory();

}  // namespace diplotier_cli

#endif  // DIPLOTIER_EXAMPLES_CLI_SPOOL_H_
