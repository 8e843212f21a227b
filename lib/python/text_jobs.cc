// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "text_jobs.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

#include "status_error.h"
#include "text/utf8.h"

namespace py = pybind11;

namespace diplotier_python {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Fills byte_offsets/char_offsets: one pass over the text up to the last
// offset reported, counting the bytes that start a code point.
void MapOffsets(TextJob* job) {
  std::vector<std::size_t>& bytes = job->byte_offsets;
  bytes.clear();
  for (const diplotier::Mention& m : job->analysis.mentions) {
    bytes.push_back(m.begin);
    bytes.push_back(m.end);
  }
  for (const diplotier::TierChange& c : job->analysis.changes) {
    bytes.push_back(c.begin);
    bytes.push_back(c.end);
  }
  std::sort(bytes.begin(), bytes.end());
  bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
  job->char_offsets.resize(bytes.size());
  const std::string_view text = job->bytes;
  std::size_t pos = 0;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const std::size_t stop = std::min(bytes[i], text.size());
    for (; pos < stop; ++pos) {
      if (!IsContinuation(static_cast<unsigned char>(text[pos]))) ++chars;
    }
    job->char_offsets[i] = chars;
  }
}

void AnalyzeOne(const diplotier::Classifier& classifier, TextJob* job) {
  if (!job->is_str) {
    // A str is valid by construction; bytes are checked here, off the GIL.
    job->fault = FindUtf8Fault(job->bytes);
    if (job->fault.has_value()) return;
  }
  job->status = classifier.Analyze(job->bytes, &job->analysis);
  if (job->status.ok() && job->is_str && !job->ascii) MapOffsets(job);
}

}  // namespace

std::optional<Utf8Fault> FindUtf8Fault(std::string_view bytes) {
  const std::size_t start = diplotier::internal::FindInvalidUtf8(bytes);
  if (start == std::string_view::npos) return std::nullopt;
  const diplotier::internal::Utf8Fault fault =
      diplotier::internal::DescribeInvalidUtf8(bytes, start);
  return Utf8Fault{start, fault.end, fault.reason};
}

std::size_t TextJob::Offset(std::size_t offset) const {
  if (!is_str || ascii) return offset;
  const auto it =
      std::lower_bound(byte_offsets.begin(), byte_offsets.end(), offset);
  if (it != byte_offsets.end() && *it == offset) {
    return char_offsets[static_cast<std::size_t>(it - byte_offsets.begin())];
  }
  // Not an offset of the analysis (never happens for its own results): count.
  std::size_t chars = 0;
  for (std::size_t i = 0; i < std::min(offset, bytes.size()); ++i) {
    if (!IsContinuation(static_cast<unsigned char>(bytes[i]))) ++chars;
  }
  return chars;
}

TextJob MakeTextJob(py::handle text, std::string_view what) {
  TextJob job;
  PyObject* object = text.ptr();
  if (PyUnicode_Check(object)) {
    Py_ssize_t size = 0;
    // Cached inside the str object, which the job keeps alive. A lone
    // surrogate cannot be encoded: UnicodeEncodeError, raised as is.
    const char* data = PyUnicode_AsUTF8AndSize(object, &size);
    if (data == nullptr) throw py::error_already_set();
    job.bytes = std::string_view(data, static_cast<std::size_t>(size));
    job.is_str = true;
    job.ascii = PyUnicode_IS_ASCII(object) != 0;
  } else if (PyBytes_Check(object)) {
    job.bytes =
        std::string_view(PyBytes_AS_STRING(object),
                         static_cast<std::size_t>(PyBytes_GET_SIZE(object)));
  } else if (PyByteArray_Check(object) || PyMemoryView_Check(object)) {
    // Mutable: another thread could resize it while the GIL is released.
    Py_buffer view;
    if (PyObject_GetBuffer(object, &view, PyBUF_SIMPLE) != 0) {
      throw py::error_already_set();
    }
    job.copy = std::make_unique<std::string>(
        static_cast<const char*>(view.buf), static_cast<std::size_t>(view.len));
    PyBuffer_Release(&view);
    job.bytes = *job.copy;
  } else {
    throw py::type_error(std::string(what) + " must be str or bytes, not " +
                         Py_TYPE(object)->tp_name);
  }
  job.owner = py::reinterpret_borrow<py::object>(text);
  return job;
}

void RunTextJobs(const diplotier::Classifier& classifier,
                 std::vector<TextJob>* jobs, int threads) {
  const std::size_t n = jobs->size();
  const std::size_t workers =
      std::min(n, static_cast<std::size_t>(std::max(threads, 1)));
  if (workers <= 1) {
    for (TextJob& job : *jobs) AnalyzeOne(classifier, &job);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::mutex error_mutex;
  std::exception_ptr error;
  auto work = [&] {
    for (;;) {
      const std::size_t i = next.fetch_add(1);
      if (i >= n) return;
      try {
        AnalyzeOne(classifier, &(*jobs)[i]);
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mutex);
        if (!error) error = std::current_exception();
        next.store(n);  // the others stop at their next job
        return;
      }
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(workers - 1);
  try {
    for (std::size_t k = 1; k < workers; ++k) pool.emplace_back(work);
  } catch (...) {
    // The threads already started must end before the jobs go away.
    next.store(n);
    for (std::thread& t : pool) t.join();
    throw;
  }
  work();
  for (std::thread& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

void ThrowIfFailed(const TextJob& job, std::string_view what) {
  if (job.fault.has_value()) {
    PyObject* raw = PyUnicodeDecodeError_Create(
        "utf-8", job.bytes.data(), static_cast<Py_ssize_t>(job.bytes.size()),
        static_cast<Py_ssize_t>(job.fault->start),
        static_cast<Py_ssize_t>(job.fault->end), job.fault->reason);
    if (raw == nullptr) throw py::error_already_set();
    py::object exception = py::reinterpret_steal<py::object>(raw);
    if (!what.empty() && py::hasattr(exception, "add_note")) {
      exception.attr("add_note")("in " + std::string(what));
    }
    PyErr_SetObject(PyExc_UnicodeDecodeError, exception.ptr());
    throw py::error_already_set();
  }
  if (!job.status.ok()) {
    // The C++ message points at StreamAnalyzer, which Python does not have.
    constexpr std::string_view kCppAdvice = "; use StreamAnalyzer";
    const std::string message(job.status.message().data(),
                              job.status.message().size());
    if (job.status.code() == absl::StatusCode::kResourceExhausted &&
        message.size() >= kCppAdvice.size() &&
        message.compare(message.size() - kCppAdvice.size(), kCppAdvice.size(),
                        kCppAdvice.data(), kCppAdvice.size()) == 0) {
      ThrowStatus(absl::ResourceExhaustedError(
                      message.substr(0, message.size() - kCppAdvice.size()) +
                      "; split the text or raise max_input_bytes"),
                  what);
    }
    ThrowStatus(job.status, what);
  }
}

}  // namespace diplotier_python
