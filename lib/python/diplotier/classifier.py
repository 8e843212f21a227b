# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""The classifier: a lexicon compiled once, then used on any number of texts.

    >>> import diplotier
    >>> classifier = diplotier.Classifier()
    >>> a = classifier.analyze("China and Venezuela upgraded their ties to an "
    ...                        "all-weather strategic partnership.")
    >>> a.tier.wire_name, a.dyads, a.changes[0].kind.wire_name
    ('all_weather_strategic_partnership', ('CHN|VEN',), 'upgrade')
"""

from __future__ import annotations

import os
from typing import Iterable, Optional, Sequence, Union

from . import _core
from .errors import InvalidArgumentError, ResourceExhaustedError
from .model import Analysis

__all__ = ["Classifier", "Text"]

Text = Union[str, bytes, bytearray, memoryview]
PathLike = Union[str, "os.PathLike[str]"]

# The C++ defaults (ClassifierOptions in include/diplotier/classifier.h).
DEFAULT_MAX_INPUT_BYTES = 1 << 30
DEFAULT_MAX_MEMORY = 256 << 20


# The largest values the C++ types take (threads: int; max_input_bytes:
# size_t; max_memory: int64_t).
_INT_MAX = (1 << 31) - 1
_INT64_MAX = (1 << 63) - 1
_SIZE_MAX = (1 << 64) - 1

# Largest lexicon file read, as Lexicon::Load and the tool read them.
_MAX_LEXICON_BYTES = 256 << 20


def _positive_int(name: str, value: object, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be int, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be positive, got {value}")
    if value > maximum:
        raise ValueError(f"{name} must be at most {maximum}, got {value}")
    return value


def _read_lexicon(path: PathLike) -> bytes:
    with open(path, "rb") as f:
        text = f.read(_MAX_LEXICON_BYTES + 1)
    if len(text) > _MAX_LEXICON_BYTES:
        raise ResourceExhaustedError(
            f"lexicon '{os.fsdecode(path)}' is larger than 256 MiB")
    return text


class Classifier:
    """A compiled lexicon that finds partnership tiers, changes and parties.

    With no arguments it uses the lexicon embedded in the library. A lexicon
    file or text is merged with that default one, as the command-line tool's
    ``--lexicon`` does, unless ``use_default=False``
    (``--no-default-lexicon``).

    A Classifier is immutable and thread-safe: :meth:`analyze` and
    :meth:`analyze_many` release the GIL while the C++ code runs, so any
    number of Python threads may share one. It pickles (the lexicon text is
    kept, not re-read), so it can be sent to worker processes; each unpickled
    copy compiles the lexicon again (tens of milliseconds for the default).

    Args:
        lexicon_path: A lexicon file, or a sequence of them, merged in order.
        lexicon_text: Lexicon text (str or UTF-8 bytes), merged after the
            files; error messages call it ``<lexicon_text>``.
        ladder: ``"auto"`` (the ladder of the parties' issuer, else China's)
            or the name of a built-in or lexicon ladder.
        use_default: Start from the embedded default lexicon (True) or from
            an empty one.
        max_input_bytes: Largest text one call accepts, in UTF-8 bytes
            (default 1 GiB); a longer one raises ResourceExhaustedError.
        max_memory: Budget for all compiled patterns together, in bytes
            (default 256 MiB): each pattern needs 96 KiB of it (see
            ``ClassifierOptions::max_memory``).

    Raises:
        InvalidArgumentError: A bad lexicon (the message names
            ``file:line:column``), an unknown ladder, or ``use_default=False``
            without a lexicon.
        ResourceExhaustedError: The patterns need more than ``max_memory``,
            or a lexicon file is larger than 256 MiB.
        OSError: A lexicon file cannot be read.
        TypeError, ValueError: Arguments of the wrong type or range.
    """

    def __init__(self, *,
                 lexicon_path: Union[PathLike, Sequence[PathLike],
                                     None] = None,
                 lexicon_text: Union[str, bytes, None] = None,
                 ladder: str = "auto",
                 use_default: bool = True,
                 max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES,
                 max_memory: int = DEFAULT_MAX_MEMORY) -> None:
        sources: list[tuple[bytes, str]] = []
        if lexicon_path is not None:
            paths = ([lexicon_path]
                     if isinstance(lexicon_path, (str, bytes, os.PathLike))
                     else list(lexicon_path))
            for path in paths:
                sources.append((_read_lexicon(path), os.fsdecode(path)))
        if lexicon_text is not None:
            if isinstance(lexicon_text, str):
                lexicon_text = lexicon_text.encode("utf-8")
            elif not isinstance(lexicon_text, bytes):
                raise TypeError("lexicon_text must be str or bytes, not "
                                f"{type(lexicon_text).__name__}")
            sources.append((lexicon_text, "<lexicon_text>"))
        self._setup(sources, use_default, ladder, max_input_bytes, max_memory)

    def _setup(self, sources: list[tuple[bytes, str]], use_default: bool,
               ladder: str, max_input_bytes: int, max_memory: int) -> None:
        if not isinstance(ladder, str):
            raise TypeError(f"ladder must be str, not {type(ladder).__name__}")
        if not isinstance(use_default, bool):
            raise TypeError("use_default must be bool, not "
                            f"{type(use_default).__name__}")
        if not ladder:
            raise InvalidArgumentError(
                "ladder must name a ladder or be 'auto', not ''")
        _positive_int("max_input_bytes", max_input_bytes, _SIZE_MAX)
        _positive_int("max_memory", max_memory, _INT64_MAX)
        if not use_default and not sources:
            raise InvalidArgumentError(
                "use_default=False needs lexicon_path or lexicon_text")
        self._sources = sources
        self._use_default = use_default
        self._core = _core.Classifier(sources, use_default, ladder,
                                      max_input_bytes, max_memory)

    def __reduce__(self):
        return (_restore_classifier,
                (self._sources, self._use_default, self.ladder,
                 self.max_input_bytes, self.max_memory))

    def __repr__(self) -> str:
        return (f"Classifier(ladder={self.ladder!r}, "
                f"use_default={self._use_default}, "
                f"patterns={self.pattern_count})")

    @property
    def ladder(self) -> str:
        """The ladder option: ``"auto"`` or a ladder name."""
        return self._core.ladder

    @property
    def max_input_bytes(self) -> int:
        """Largest text one call accepts, in UTF-8 bytes."""
        return self._core.max_input_bytes

    @property
    def max_memory(self) -> int:
        """Budget for the compiled patterns, in bytes."""
        return self._core.max_memory

    @property
    def pattern_count(self) -> int:
        """Number of compiled patterns."""
        return self._core.pattern_count

    @property
    def anchors(self) -> list[str]:
        """The literals the prefilter looks for."""
        return list(self._core.anchors)

    def analyze(self, text: Text) -> Analysis:
        """Finds the tier mentions, changes and parties of one text.

        Args:
            text: A ``str`` (offsets in the result are code point indices) or
                UTF-8 ``bytes``/``bytearray``/``memoryview`` (byte offsets, as
                the command-line tool reports).

        Raises:
            TypeError: ``text`` is not a str or bytes-like object.
            UnicodeDecodeError: bytes that are not valid UTF-8 (the message
                gives the byte position).
            UnicodeEncodeError: a str with a lone surrogate.
            ResourceExhaustedError: the text is longer than
                ``max_input_bytes`` UTF-8 bytes.
        """
        return Analysis._from_raw(self._core.analyze(text))

    def analyze_many(self, texts: Iterable[Text],
                     threads: Optional[int] = None) -> list[Analysis]:
        """Analyses many texts on ``threads`` threads, without the GIL.

        The result equals ``[self.analyze(t) for t in texts]``. All texts are
        collected first; the first text that fails raises its error (as
        :meth:`analyze` would), named by its index (``texts[3]: ...``) and no
        result is returned.

        Args:
            texts: An iterable of str or bytes-like texts (not a single text).
            threads: Number of threads; default ``os.cpu_count()``.
        """
        if isinstance(texts, (str, bytes, bytearray, memoryview)):
            raise TypeError("analyze_many takes an iterable of texts; "
                            "use analyze() for a single text")
        items = list(texts)
        if threads is None:
            threads = os.cpu_count() or 1
        _positive_int("threads", threads, _INT_MAX)
        return [Analysis._from_raw(raw)
                for raw in self._core.analyze_many(items, threads)]


def _restore_classifier(sources: list[tuple[bytes, str]], use_default: bool,
                        ladder: str, max_input_bytes: int,
                        max_memory: int) -> Classifier:
    classifier = Classifier.__new__(Classifier)
    classifier._setup(sources, use_default, ladder, max_input_bytes,
                      max_memory)
    return classifier
