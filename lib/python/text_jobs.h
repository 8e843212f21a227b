// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Texts handed over from Python and analysed while the GIL is released.
//
// A TextJob is built with the GIL held (MakeTextJob): it takes a reference to
// the Python object and a view of its UTF-8 bytes. RunTextJobs then runs
// with the GIL released, on any number of threads: it touches no Python
// object, only the bytes, which cannot change because str and bytes are
// immutable and the job holds a reference (mutable buffers such as bytearray
// are copied instead). Errors are kept in the job and raised afterwards, with
// the GIL, by ThrowIfFailed.

#ifndef DIPLOTIER_LIB_PYTHON_TEXT_JOBS_H_
#define DIPLOTIER_LIB_PYTHON_TEXT_JOBS_H_

#include <pybind11/pybind11.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "diplotier/analysis.h"
#include "diplotier/classifier.h"

namespace diplotier_python {

// Where a byte string stops being valid UTF-8, in the terms of Python's
// UnicodeDecodeError: the ill-formed bytes are [start, end).
struct Utf8Fault {
  std::size_t start = 0;
  std::size_t end = 0;
  const char* reason = "";  // "invalid start byte", ...
};

// The first ill-formed sequence of `bytes` (the same one, with the same
// reason, that bytes.decode("utf-8") reports), or nullopt if it is valid.
std::optional<Utf8Fault> FindUtf8Fault(std::string_view bytes);

struct TextJob {
  pybind11::object owner;             // keeps `bytes` alive
  std::unique_ptr<std::string> copy;  // the bytes of a mutable buffer
  std::string_view bytes;             // UTF-8
  bool is_str = false;                // report code point offsets
  bool ascii = false;                 // a str whose code points are bytes

  // Filled by RunTextJobs.
  std::optional<Utf8Fault> fault;  // bytes input that is not UTF-8
  absl::Status status;
  diplotier::Analysis analysis;
  // For str input with non-ASCII text: the distinct byte offsets that the
  // analysis reports, sorted, and the code point index of each.
  std::vector<std::size_t> byte_offsets;
  std::vector<std::size_t> char_offsets;

  // The code point index of byte `offset` (the number of code points that
  // start before it) for non-ASCII str input, else `offset` itself.
  std::size_t Offset(std::size_t offset) const;
};

// A job for `text`: a str (offsets will be code point indices) or a bytes-like
// object (byte offsets; it must be valid UTF-8). TypeError naming `what`
// ("text", "texts[3]") for anything else. Needs the GIL.
TextJob MakeTextJob(pybind11::handle text, std::string_view what);

// Analyses every job with `classifier` on up to `threads` threads (the
// calling one included). Call it with the GIL released. A C++ exception from
// a worker thread (std::bad_alloc) is rethrown here after all threads end.
void RunTextJobs(const diplotier::Classifier& classifier,
                 std::vector<TextJob>* jobs, int threads);

// Raises the job's error as a Python exception, if it has one:
// UnicodeDecodeError for bytes that are not UTF-8, else the exception for its
// Status. `what` names the input in the message when not empty. Needs the GIL.
void ThrowIfFailed(const TextJob& job, std::string_view what);

}  // namespace diplotier_python

#endif  // DIPLOTIER_LIB_PYTHON_TEXT_JOBS_H_
