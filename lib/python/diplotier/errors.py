# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""Exceptions raised for the library's error statuses.

The C++ library reports errors as ``absl::Status`` values; each becomes one
of these exceptions, with the status message (a bad lexicon names
``file:line:column``) and the status code name in :attr:`Error.code`:

=======================  ======================  ========================
status code              exception               also an instance of
=======================  ======================  ========================
``INVALID_ARGUMENT``     InvalidArgumentError    :class:`ValueError`
``RESOURCE_EXHAUSTED``   ResourceExhaustedError  :class:`MemoryError`
``NOT_FOUND``            NotFoundError           :class:`LookupError`
anything else            Error                   :class:`Exception`
=======================  ======================  ========================

``ResourceExhaustedError`` means a budget of the library was exceeded: a
text longer than the classifier's ``max_input_bytes``, or patterns that need
more than ``max_memory``. It derives from :class:`MemoryError` because
retrying with the same input cannot succeed; split the text or raise the
limit.

Errors that are not the library's keep their usual Python types: a wrong
argument type is a :class:`TypeError`, bytes that are not UTF-8 a
:class:`UnicodeDecodeError`, an unreadable file an :class:`OSError`.

All of them pickle, so they travel back from Dask workers intact.
"""

from __future__ import annotations

from typing import Optional

__all__ = [
    "Error",
    "InvalidArgumentError",
    "NotFoundError",
    "ResourceExhaustedError",
    "from_status",
]


class Error(Exception):
    """An error status from the diplotier library.

    Attributes:
        code: The absl status code name, e.g. ``"INVALID_ARGUMENT"``.
        message: The status message.
    """

    default_code = "UNKNOWN"

    def __init__(self, message: str, code: Optional[str] = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code if code is not None else self.default_code

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):  # keeps `code` through pickling
        return (type(self), (self.message, self.code))


class InvalidArgumentError(Error, ValueError):
    """A malformed lexicon, ladder spec, date, dyad or history table."""

    default_code = "INVALID_ARGUMENT"


class ResourceExhaustedError(Error, MemoryError):
    """An input or a lexicon over one of the library's size budgets."""

    default_code = "RESOURCE_EXHAUSTED"


class NotFoundError(Error, LookupError):
    """Something named does not exist, e.g. an unknown built-in ladder."""

    default_code = "NOT_FOUND"


_BY_CODE = {
    "INVALID_ARGUMENT": InvalidArgumentError,
    "RESOURCE_EXHAUSTED": ResourceExhaustedError,
    "NOT_FOUND": NotFoundError,
}


def from_status(code: str, message: str) -> Error:
    """Returns the exception for a status code name and message."""
    return _BY_CODE.get(code, Error)(message, code)
