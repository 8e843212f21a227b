# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""Dated documents, read the way the ``diplotier`` tool reads them.

A document file may start with a date line, ``date YYYY-MM-DD`` or a lone
``YYYY-MM-DD`` (after an optional UTF-8 byte order mark, blanks allowed
around it). Like the tool, :func:`read_document` takes the date from that
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
    """True for ``YYYY-MM-DD`` with year not 0000, month 01-12, day 01-31
    (the tool's test; the ledger checks the day against the month)."""
    match = _ISO_DATE.fullmatch(text)
    if match is None or not text.isascii():
        return False
    year, month, day = match.groups()
    return year != "0000" and 1 <= int(month) <= 12 and 1 <= int(day) <= 31


def split_date_line(data: bytes) -> tuple[Optional[str], bytes]:
    """The date of a leading date line and ``data`` with that line blanked.

    Returns ``(None, data)`` when the first line is not a date line. The
    blanked data has the same length; carriage returns are kept.
    """
    head = data[:_HEADER_BYTES]
    end = head.find(b"\n")
    if end < 0:
        end = len(head)
    line = head[:end]
    if line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    line = line.strip(_BLANKS)
    if line.startswith(b"date") and len(line) > 4 and line[4:5] in (
            b" ", b"\t", b"\r"):
        line = line[4:].lstrip(_BLANKS)
    try:
        date = line.decode("ascii")
    except UnicodeDecodeError:
        return None, data
    if not is_iso_date(date):
        return None, data
    blanked = bytes(b if b == 0x0D else 0x20 for b in data[:end])
    return date, blanked + data[end:]


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
    """
    with open(path, "rb") as f:
        data = f.read()
    date, data = split_date_line(data)
    if date is None and date_from_name:
        date = date_from_filename(path)
    return Document(doc_id=os.fsdecode(path), date=date, data=data)
