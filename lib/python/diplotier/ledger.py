# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""The ledger: dated analyses and known history, per dyad, as timelines
(``diplotier::Ledger``; the rules are documented in
``include/diplotier/ledger.h``).

    >>> import diplotier
    >>> ledger = diplotier.Ledger()
    >>> ledger.load_history("examples/data/known_tiers.tsv")  # doctest: +SKIP
    >>> a = diplotier.Classifier().analyze(
    ...     "China and Venezuela raised their ties to an all-weather "
    ...     "strategic partnership.")
    >>> ledger.add("statement-1", "2023-09-13", a)
    >>> [c.to_dict()["to"] for c in ledger.implied_changes("CHN|VEN")]
    ['all_weather_strategic_partnership']

Dyads are ``"AAA|BBB"`` strings (a 2-tuple of codes is accepted too; the
parties may come in either order in queries). Dates are ``"YYYY"``,
``"YYYY-MM"`` or ``"YYYY-MM-DD"`` strings, or :class:`datetime.date`.

Thread-safety: every method holds the GIL for its whole run, so calls from
several Python threads are serialised and safe; a Ledger is not picklable
(build it where the results are gathered).
"""

from __future__ import annotations

import dataclasses
import datetime
import os
from typing import Any, Iterable, Optional, Union

from . import _core
from .enums import ChangeKind, ChangeSource, Modality, Representation, Tier
from .errors import ResourceExhaustedError
from .ladder import Ladder, _tier, TierLike
from .model import Analysis

# Largest history file read, as the tool's --history reads it.
_MAX_HISTORY_BYTES = 256 << 20

__all__ = [
    "Conflict",
    "DyadLike",
    "Ledger",
    "LedgerChange",
    "Observation",
]

DyadLike = Union[str, tuple[str, str]]
DateLike = Union[str, datetime.date]


def _dyad(dyad: DyadLike) -> str:
    if isinstance(dyad, str):
        return dyad
    if isinstance(dyad, tuple) and len(dyad) == 2 and all(
            isinstance(p, str) for p in dyad):
        return f"{dyad[0]}|{dyad[1]}"
    raise TypeError("dyad must be a str 'AAA|BBB' or a tuple of two str, "
                    f"not {type(dyad).__name__}")


def _date(date: DateLike) -> str:
    if isinstance(date, datetime.datetime):
        raise TypeError("date must be a datetime.date or str, not datetime")
    if isinstance(date, datetime.date):
        return date.isoformat()
    if isinstance(date, str):
        return date
    raise TypeError(f"date must be str or datetime.date, not "
                    f"{type(date).__name__}")


@dataclasses.dataclass(frozen=True)
class Observation:
    """A tier seen for a dyad at a date.

    Attributes:
        date: ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``.
        tier: The tier (NONE: the partnership was ended).
        rank: Its rank on the dyad's ladder; -1 if not placed.
        source: TEXT (from :meth:`Ledger.add`) or HISTORY.
        source_id: The document id, or the history source.
        begin: For TEXT, start of the evidence in the document (offsets as
            in the Analysis that was added); 0 for HISTORY.
        end: End of the evidence, exclusive.
        sentence: Sentence index of the evidence.
        from_change: True when an asserted explicit change produced it.
    """

    date: str
    tier: Tier
    rank: int
    source: ChangeSource
    source_id: str
    begin: int = 0
    end: int = 0
    sentence: int = 0
    from_change: bool = False

    @classmethod
    def _from_raw(cls, raw: tuple) -> "Observation":
        (date, tier, rank, source, source_id, begin, end, sentence,
         from_change) = raw
        return cls(date=date, tier=Tier(tier), rank=rank,
                   source=ChangeSource(source), source_id=source_id,
                   begin=begin, end=end, sentence=sentence,
                   from_change=from_change)


@dataclasses.dataclass(frozen=True)
class LedgerChange:
    """A change of tier for a dyad as the ledger sees it
    (``diplotier::LedgerChange``).

    Attributes:
        dyad: The dyad.
        date: When the new tier was first observed (implied changes), or the
            date of the stating document (explicit changes).
        from_date: The last date the old tier was observed, or None.
        kind: Establish, upgrade, downgrade or reaffirm.
        status: ASSERTED for implied changes; the text's for explicit ones.
        from_tier, to_tier, from_level, to_level, delta: As in
            :class:`~diplotier.TierChange`; delta on :attr:`ladder`.
        ladder: Name of the dyad's ladder.
        implied: False when a text dated :attr:`date` states the change.
        evidence_doc: Document id or history source of the evidence.
        source: TEXT, or HISTORY when history is involved.
        begin, end, sentence: The evidence in ``evidence_doc`` (zeros for
            history).
    """

    dyad: str
    date: str
    from_date: Optional[str]
    kind: ChangeKind
    status: Modality
    from_tier: Tier
    to_tier: Tier
    delta: Optional[int]
    ladder: str
    implied: bool
    evidence_doc: str
    source: ChangeSource
    from_level: Representation = Representation.UNKNOWN
    to_level: Representation = Representation.UNKNOWN
    begin: int = 0
    end: int = 0
    sentence: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The record of ``diplotier analyze --ledger --format=jsonl``."""
        return {
            "dyad": self.dyad,
            "date": self.date,
            "from_date": self.from_date,
            "kind": self.kind.wire_name,
            "status": self.status.wire_name,
            "from": _core.change_end_name(int(self.from_tier),
                                          int(self.from_level)),
            "to": _core.change_end_name(int(self.to_tier),
                                        int(self.to_level)),
            "delta": self.delta,
            "ladder": self.ladder,
            "implied": self.implied,
            "evidence_doc": self.evidence_doc,
            "source": self.source.wire_name,
        }

    @classmethod
    def _from_raw(cls, raw: tuple) -> "LedgerChange":
        (kind, status, from_tier, to_tier, from_level, to_level, delta, begin,
         end, sentence, dyad, source, date, implied, evidence_doc, from_date,
         ladder) = raw
        return cls(dyad=dyad, date=date, from_date=from_date,
                   kind=ChangeKind(kind), status=Modality(status),
                   from_tier=Tier(from_tier), to_tier=Tier(to_tier),
                   delta=delta, ladder=ladder, implied=implied,
                   evidence_doc=evidence_doc, source=ChangeSource(source),
                   from_level=Representation(from_level),
                   to_level=Representation(to_level), begin=begin, end=end,
                   sentence=sentence)


@dataclasses.dataclass(frozen=True)
class Conflict:
    """Two same-day observations of a dyad that name different tiers."""

    dyad: str
    date: str
    first: Observation
    second: Observation


class Ledger:
    """Per-dyad timelines of partnership tiers.

    Args:
        issuers: ``(party, ladder)`` pairs tried in order to pick a dyad's
            ladder; None for the library's default list (China first, then
            Vietnam, India, Indonesia, Australia, Japan, Russia, EU, ASEAN).
        default_ladder: The ladder of dyads no issuer names.

    Raises:
        InvalidArgumentError: an empty or repeated issuer code, or a ladder
            that is not built in.

    Writes check everything first and change nothing when they fail.
    """

    def __init__(self, issuers: Optional[Iterable[tuple[str, str]]] = None,
                 default_ladder: str = "china") -> None:
        self._core = _core.Ledger(
            None if issuers is None else [tuple(i) for i in issuers],
            default_ladder)

    def add(self, doc_id: str, date: DateLike, analysis: Analysis) -> None:
        """Records what ``analysis`` says about each complete dyad at ``date``.

        Works as well for an Analysis that was pickled (returned by a worker
        process). Offsets are stored as the Analysis has them.

        Raises:
            InvalidArgumentError: an empty ``doc_id`` or an invalid date.
            TypeError: ``analysis`` is not an Analysis.
        """
        if not isinstance(analysis, Analysis):
            raise TypeError(f"analysis must be an Analysis, not "
                            f"{type(analysis).__name__}")
        self._core.add_analysis(doc_id, _date(date), analysis._to_raw())

    def add_observation(self, dyad: DyadLike, date: DateLike, tier: TierLike,
                        ladder: str = "", source: str = "") -> None:
        """Records that ``dyad`` held ``tier`` at ``date``, from history.

        ``ladder`` names a built-in ladder for the dyad ("" for the automatic
        choice); ``source`` says where the fact comes from.

        Raises:
            InvalidArgumentError: a bad party code or date, an unknown ladder,
                or a ladder other than one set before for the dyad.
        """
        self._core.add_observation(_dyad(dyad), _date(date), int(_tier(tier)),
                                   ladder, source)

    def load_history(self, path_or_text: Union[str, bytes, "os.PathLike[str]"],
                     source_name: Optional[str] = None) -> None:
        """Loads a history table (``dyad, date, tier, ladder, source``).

        ``path_or_text`` is read as a file when it is a path object, or a str
        without a line break; it is the table itself when it is bytes or a
        str containing a line break. All or nothing: a bad row adds nothing.

        Args:
            source_name: The name used in error messages and for rows with an
                empty source; default the path, or ``"<history>"``.

        Raises:
            InvalidArgumentError: ``source_name:line`` and the fault of the
                first bad row.
            OSError: the file cannot be read.
            ResourceExhaustedError: the file is larger than 256 MiB (as the
                tool's ``--history``).
        """
        if isinstance(path_or_text, bytes):
            text, name = path_or_text, "<history>"
        elif isinstance(path_or_text, str) and (
                "\n" in path_or_text or "\r" in path_or_text):
            text, name = path_or_text.encode("utf-8"), "<history>"
        elif isinstance(path_or_text, (str, os.PathLike)):
            with open(path_or_text, "rb") as f:
                text = f.read(_MAX_HISTORY_BYTES + 1)
            name = os.fsdecode(path_or_text)
            if len(text) > _MAX_HISTORY_BYTES:
                raise ResourceExhaustedError(
                    f"history '{name}' is larger than 256 MiB")
        else:
            raise TypeError("path_or_text must be a path, str or bytes, not "
                            f"{type(path_or_text).__name__}")
        self._core.load_history(text, name if source_name is None
                                else source_name)

    def dyads(self) -> list[str]:
        """Every dyad with an observation or an explicit change, sorted."""
        return self._core.dyads()

    def timeline(self, dyad: DyadLike) -> list[Observation]:
        """The dyad's observations in date order, ranked on its ladder."""
        return [Observation._from_raw(r)
                for r in self._core.timeline(_dyad(dyad))]

    def current_tier(self, dyad: DyadLike) -> Tier:
        """The tier of the latest observation (NONE if none, or ended)."""
        return Tier(self._core.current_tier(_dyad(dyad)))

    def implied_changes(self, dyad: DyadLike) -> list[LedgerChange]:
        """The changes between consecutive distinct tiers, oldest first."""
        return [LedgerChange._from_raw(r)
                for r in self._core.implied_changes(_dyad(dyad))]

    def explicit_changes(self, dyad: DyadLike) -> list[LedgerChange]:
        """The changes texts stated for the dyad, any status, by date."""
        return [LedgerChange._from_raw(r)
                for r in self._core.explicit_changes(_dyad(dyad))]

    def conflicts(self) -> list[Conflict]:
        """Same-day observations that disagree, by dyad, date, then order."""
        return [Conflict(dyad=d, date=date,
                         first=Observation._from_raw(a),
                         second=Observation._from_raw(b))
                for d, date, a, b in self._core.conflicts()]

    def ladder_for(self, dyad: DyadLike) -> Ladder:
        """The ladder that ranks the dyad's tiers."""
        return Ladder(self._core.ladder_for(_dyad(dyad)))

    def export_dyad_years(self, separator: str = "\t",
                          through_year: int = 0) -> str:
        """The dyad-year table as text, as ``--export-dyad-years`` writes it.

        Header ``dyad, year, tier, rank, first_seen, changes``, then one row
        per dyad and year from its first to its last observation (or to
        ``through_year`` when not 0). ``separator=","`` gives RFC 4180 CSV.

        Raises:
            InvalidArgumentError: ``through_year`` is not 0 or a year 1-9999.
            ResourceExhaustedError: the table would have more than 4 million
                rows (``Ledger::kMaxDyadYearRows``); nothing is built.
        """
        return self._core.export_dyad_years(separator, through_year)

    def dyad_years(self, through_year: int = 0) -> list[dict[str, Any]]:
        """The dyad-year table as dicts: ``dyad`` (str), ``year`` (int),
        ``tier`` (:class:`Tier`), ``rank`` (int, None if not placed),
        ``first_seen`` (str) and ``changes`` (int)."""
        lines = self.export_dyad_years("\t", through_year).splitlines()
        header = lines[0].split("\t")
        rows = []
        for line in lines[1:]:
            row = dict(zip(header, line.split("\t")))
            rows.append({
                "dyad": row["dyad"],
                "year": int(row["year"]),
                "tier": Tier.from_wire_name(row["tier"]),
                "rank": int(row["rank"]) if row["rank"] else None,
                "first_seen": row["first_seen"],
                "changes": int(row["changes"]),
            })
        return rows

    def stats(self) -> dict[str, int]:
        """What the ledger took in and set aside (``LedgerStats``)."""
        return self._core.stats()
