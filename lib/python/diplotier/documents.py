# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""Dated documents, read the way the ``diplotier`` tool reads them.

A document file may start with a date line, ``date YYYY-MM-DD`` (the
keyword in any case, optionally followed by ``:``) or a lone ``YYYY-MM-DD``
(after an optional UTF-8 byte order mark, blanks allowed around it); the
date must be a calendar date. A first line meant as a date line without one
(``date 2023-13-01``, ``Date: 2023-02-30``, a lone ``2023-02-30``) is an
error, as in the tool. Like the tool, :func:`read_document` takes the date from that
line and blanks the line out with spaces, so it is not analysed and byte
offsets into the returned data are offsets into the file. A file without a
date line may be dated by its name, ``YYYY-MM-DD...`` (for example
``2023-09-13-china-venezuela.txt``).

    >>> doc = read_document("examples/data/2023-09-13-china-venezuela.txt")
    >>> doc.date                                          # doctest: +SKIP
    '2023-09-13'
    >>> analysis = classifier.analyze(doc.data)           # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import os
import re
from typing import Optional, Union

__all__ = [
    "Document",
    "date_from_filename",
    "is_iso_date",
    "read_document",
    "split_date_line",
]

# The tool looks for the date line in the first 64 bytes of a file.
_HEADER_BYTES = 64
_BLANKS = b" \t\r"
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NAME_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?!\d)")


@dataclasses.dataclass(frozen=True)
class Document:
    """A document file's bytes and date.

    Attributes:
        doc_id: The path as given (what the tool writes as ``doc``).
        date: ``"YYYY-MM-DD"``, or None when neither a date line nor the
            file name gives one.
        data: The file's bytes, with a date line replaced by spaces.
    """

    doc_id: str
    date: Optional[str]
    data: bytes


def is_iso_date(text: str) -> bool:
    """True for a calendar date ``YYYY-MM-DD``: year 0001-9999, the day
    within its month (Gregorian leap years), as the tool checks it."""
    match = _ISO_DATE.fullmatch(text)
    if match is None or not text.isascii():
        return False
    year, month, day = (int(g) for g in match.groups())
    if year == 0 or not 1 <= month <= 12 or day < 1:
        return False
    leap = (year % 4 == 0 and year % 100 != 0) or year % 400 == 0
    days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= days[month - 1]


def split_date_line(data: bytes) -> tuple[Optional[str], bytes]:
    """The date of a leading date line and ``data`` with that line blanked.

    Returns ``(None, data)`` when the first line is not a date line. The
    blanked data has the same length; carriage returns are kept.

    Raises:
        ValueError: the first line is meant as a date line (the keyword
            ``date`` followed by digits and date punctuation only, or a lone
            ``NNNN-NN-NN``) but holds no calendar date ``YYYY-MM-DD``.
    """
    head = data[:_HEADER_BYTES]
    end = head.find(b"\n")
    if end < 0:
        end = len(head)
    line = head[:end]
    if line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    line = line.strip(_BLANKS)
    rest = line
    keyword = False
    if len(line) > 4 and line[:4].lower() == b"date":
        after = line[5:] if line[4:5] == b":" else line[4:]
        stripped = after.lstrip(_BLANKS)
        if line[4:5] == b":" or len(stripped) < len(after):
            keyword, rest = True, stripped
    try:
        date = rest.decode("ascii")
    except UnicodeDecodeError:
        return None, data
    if is_iso_date(date):
        blanked = bytes(b if b == 0x0D else 0x20 for b in data[:end])
        return date, blanked + data[end:]
    date_like = bool(date) and all(c.isdigit() or c in "-/." for c in date)
    iso_shape = (len(date) == 10 and date[4] == "-" and date[7] == "-"
                 and date_like)
    if (keyword and date_like) or iso_shape:
        raise ValueError(
            f"bad date line {line.decode('ascii', 'replace')!r}: expected "
            "'date YYYY-MM-DD' or 'YYYY-MM-DD' with a calendar date")
    return None, data


def date_from_filename(path: Union[str, "os.PathLike[str]"]) -> Optional[str]:
    """The ``YYYY-MM-DD`` that starts the file's name, or None."""
    match = _NAME_DATE.match(os.path.basename(os.fsdecode(path)))
    if match is None or not is_iso_date(match.group(1)):
        return None
    return match.group(1)


def read_document(path: Union[str, "os.PathLike[str]"],
                  date_from_name: bool = True) -> Document:
    """Reads a document file: its date line (else, when ``date_from_name``,
    the date its name starts with) and its bytes.

    Raises:
        OSError: the file cannot be read.
        ValueError: a bad date line (see :func:`split_date_line`).
    """
    with open(path, "rb") as f:
        data = f.read()
    date, data = split_date_line(data)
    if date is None and date_from_name:
        date = date_from_filename(path)
    return Document(doc_id=os.fsdecode(path), date=date, data=data)
