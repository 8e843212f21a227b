// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "status_error.h"

#include <pybind11/pybind11.h>

#include <string>

namespace py = pybind11;

namespace diplotier_python {

void ThrowStatus(const absl::Status& status, std::string_view context) {
  std::string message;
  if (!context.empty()) {
    message.append(context.data(), context.size());
    message += ": ";
  }
  // Debian's Abseil has its own string_view type: convert explicitly.
  message.append(status.message().data(), status.message().size());
  // Looked up on every error rather than cached: a cached module object would
  // be global state that outlives the interpreter, and errors are rare.
  py::object exception =
      py::module_::import("diplotier.errors")
          .attr("from_status")(absl::StatusCodeToString(status.code()),
                               message);
  PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exception.ptr())),
                  exception.ptr());
  throw py::error_already_set();
}

void ThrowInvalidArgument(std::string_view message) {
  ThrowStatus(absl::InvalidArgumentError(
      absl::string_view(message.data(), message.size())));
}

}  // namespace diplotier_python
