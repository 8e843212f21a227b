// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// absl::Status errors as Python exceptions. The exception classes are defined
// in Python (diplotier/errors.py), so that they can be caught by their
// Python base classes (ValueError, MemoryError, LookupError), pickled across
// processes and documented next to the rest of the Python API; this file only
// looks them up when an error is raised.

#ifndef DIPLOTIER_LIB_PYTHON_STATUS_ERROR_H_
#define DIPLOTIER_LIB_PYTHON_STATUS_ERROR_H_

#include <string_view>

#include "absl/status/status.h"

namespace diplotier_python {

// Raises diplotier.errors.from_status(code, message) as a Python exception
// (by throwing pybind11::error_already_set). A non-empty `context` is put in
// front of the message ("texts[3]: ..."). Needs the GIL; `status` must not be
// OK.
[[noreturn]] void ThrowStatus(const absl::Status& status,
                              std::string_view context = {});

// The same for a message of code InvalidArgument raised by the binding
// itself (a malformed dyad string, for example).
[[noreturn]] void ThrowInvalidArgument(std::string_view message);

}  // namespace diplotier_python

#endif  // DIPLOTIER_LIB_PYTHON_STATUS_ERROR_H_
