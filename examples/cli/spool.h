// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// An append-only byte buffer that moves to an anonymous temporary file once
// it outgrows its memory budget: the output of a long document waits here
// until the document's tier (printed first) is known.

#ifndef DIPLOTIER_EXAMPLES_CLI_SPOOL_H_
#define DIPLOTIER_EXAMPLES_CLI_SPOOL_H_

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace diplotier_cli {

class Spool {
 public:
  // Keeps up to `memory_budget` bytes in memory (default 4 MiB).
  explicit Spool(std::size_t memory_budget = std::size_t{4} << 20)
      : budget_(memory_budget) {}
  ~Spool() { Clear(); }
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  void Append(std::string_view s);
  bool empty() const { return size_ == 0; }

  // Writes everything appended so far to `out`, then clears. False if the
  // temporary file could not be read back.
  bool MoveTo(std::FILE* out);

  // Forgets everything (and removes the temporary file).
  void Clear();

 private:
  std::size_t budget_;
  std::size_t size_ = 0;
  std::string memory_;
  std::FILE* file_ = nullptr;  // std::tmpfile(), removed when closed
};

}  // namespace diplotier_cli

#endif  // DIPLOTIER_EXAMPLES_CLI_SPOOL_H_
