# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""What analysing a text returns: :class:`Analysis`, :class:`Mention` and
:class:`TierChange`, frozen dataclasses (hashable, picklable, safe to share
between threads and to send between processes).

Offsets are half-open ``[begin, end)`` ranges into the analysed text: code
point indices for a ``str`` (so ``text[m.begin:m.end] == m.text``), byte
offsets for ``bytes`` (so ``data[m.begin:m.end].decode() == m.text``, the
offsets the command-line tool reports).

``to_dict()`` gives the record of ``diplotier analyze --format=jsonl`` (keys
and values as documented in ``include/diplotier/json.h``): enumerations as
their wire names, a dyad as ``"AAA|BBB"`` (``None`` when no party is known),
a change end as a tier name, ``"other:<level>"`` for a level of diplomatic
representation, or ``"none"``.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Optional

from . import _core
from .enums import ChangeKind, ChangeSource, Modality, Representation, Tier

__all__ = ["Analysis", "Mention", "TierChange"]


def _tier_or_label(tier: Tier, label: str) -> str:
    """The wire name: the tier's, or ``"other:LABEL"`` off the ladder."""
    if tier == Tier.NONE and label:
        return "other:" + label
    return tier.wire_name


@dataclasses.dataclass(frozen=True)
class Mention:
    """One tier phrase found in a text.

    Attributes:
        tier: The tier the phrase names.
        rank: Its rank on the analysis' ladder; -1 when the ladder does not
            place the tier.
        begin: Start offset of the phrase (see the module docstring).
        end: End offset, exclusive.
        text: The matched phrase.
        status: Asserted, hypothetical or negated.
        qualifiers: Labels of qualifiers near it (``"new_era"``), never ranked.
        dyad: ``"AAA|BBB"``, ``"AAA|"`` when one party is known, or ``None``.
        sentence: 0-based index of its sentence in the text.
        label: With tier NONE, the relationship the phrase names off every
            ladder (``"special_relationship"``); ``""`` otherwise.
    """

    tier: Tier
    rank: int
    begin: int
    end: int
    text: str
    status: Modality = Modality.ASSERTED
    qualifiers: tuple[str, ...] = ()
    dyad: Optional[str] = None
    sentence: int = 0
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The mention as in the JSON record."""
        return {
            "tier": _tier_or_label(self.tier, self.label),
            "rank": self.rank,
            "begin": self.begin,
            "end": self.end,
            "text": self.text,
            "status": self.status.wire_name,
            "qualifiers": list(self.qualifiers),
            "dyad": self.dyad,
            "sentence": self.sentence,
        }


@dataclasses.dataclass(frozen=True)
class TierChange:
    """A change of tier (or of diplomatic representation) in a sentence.

    Attributes:
        kind: Establish, upgrade, downgrade or reaffirm.
        status: Asserted, hypothetical or negated.
        from_tier: The old tier; NONE when the text does not name one.
        to_tier: The new tier; NONE when the text does not name one.
        delta: ``rank(to) - rank(from)`` on the dyad's ladder, or ``None``
            when either end is unknown.
        dyad: As for :class:`Mention`.
        begin: Start of the sentence that states the change.
        end: Its end, exclusive.
        evidence: That sentence.
        source: TEXT (stated in the text) or HISTORY.
        from_level: The old level of representation (UNKNOWN if none).
        to_level: The new level of representation (UNKNOWN if none).
        sentence: 0-based index of the sentence.
    """

    kind: ChangeKind
    status: Modality
    from_tier: Tier
    to_tier: Tier
    delta: Optional[int] = None
    dyad: Optional[str] = None
    begin: int = 0
    end: int = 0
    evidence: str = ""
    source: ChangeSource = ChangeSource.TEXT
    from_level: Representation = Representation.UNKNOWN
    to_level: Representation = Representation.UNKNOWN
    sentence: int = 0

    @property
    def from_name(self) -> str:
        """The JSON ``from``: a tier name, ``"other:<level>"``, ``"none"``."""
        return _core.change_end_name(int(self.from_tier), int(self.from_level))

    @property
    def to_name(self) -> str:
        """The JSON ``to``, as :attr:`from_name`."""
        return _core.change_end_name(int(self.to_tier), int(self.to_level))

    def to_dict(self) -> dict[str, Any]:
        """The change as in the JSON record."""
        return {
            "kind": self.kind.wire_name,
            "status": self.status.wire_name,
            "from": self.from_name,
            "to": self.to_name,
            "delta": self.delta,
            "dyad": self.dyad,
            "begin": self.begin,
            "end": self.end,
            "evidence": self.evidence,
            "source": self.source.wire_name,
        }

    def event_dict(self) -> dict[str, Any]:
        """The change as an event of the JSON record (no evidence, source)."""
        d = self.to_dict()
        del d["evidence"], d["source"]
        return d


@dataclasses.dataclass(frozen=True)
class Analysis:
    """Everything found in one text.

    Attributes:
        tier: The strongest asserted tier (NONE if there is none).
        rank: Its rank on :attr:`ladder`.
        ladder: Name of the ladder that ranked the text (``"china"``).
        dyads: The distinct complete dyads, in first-seen order.
        mentions: Tier mentions in text order, non-overlapping.
        changes: Tier changes, in the order the library reports them.
        events: The changes merged into one per dyad (Analysis::events);
            their ``evidence`` is empty.
        tier_label: When tier is NONE, the label of an off-ladder
            relationship the text asserts as holding
            (``"special_relationship"``); ``""`` otherwise.
    """

    tier: Tier = Tier.NONE
    rank: int = 0
    ladder: str = ""
    dyads: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    changes: tuple[TierChange, ...] = ()
    events: tuple[TierChange, ...] = ()
    tier_label: str = ""

    def to_dict(self, doc: str = "",
                date: Optional[str] = None) -> dict[str, Any]:
        """The JSON record of ``diplotier analyze --format=jsonl``.

        Args:
            doc: The document id (the tool writes the file path).
            date: ``"YYYY-MM-DD"``, or ``None`` (JSON null) when undated.
        """
        return {
            "doc": doc,
            "date": date,
            "tier": _tier_or_label(self.tier, self.tier_label),
            "rank": self.rank,
            "ladder": self.ladder,
            "dyads": list(self.dyads),
            "mentions": [m.to_dict() for m in self.mentions],
            "changes": [c.to_dict() for c in self.changes],
            "events": [e.event_dict() for e in self.events],
        }

    @classmethod
    def _from_raw(cls, raw: tuple) -> "Analysis":
        """Builds an Analysis from the tuple layout of lib/python/convert.h."""
        (tier, rank, ladder, dyads, mentions, changes, events,
         tier_label) = raw

        def change(c: tuple) -> TierChange:
            return TierChange(kind=ChangeKind(c[0]), status=Modality(c[1]),
                              from_tier=Tier(c[2]), to_tier=Tier(c[3]),
                              from_level=Representation(c[4]),
                              to_level=Representation(c[5]), delta=c[6],
                              begin=c[7], end=c[8], sentence=c[9],
                              dyad=c[10], source=ChangeSource(c[11]),
                              evidence=c[12])

        return cls(
            tier=Tier(tier),
            rank=rank,
            ladder=ladder,
            dyads=tuple(dyads),
            mentions=tuple(
                Mention(tier=Tier(m[0]), rank=m[1], begin=m[2], end=m[3],
                        text=m[4], qualifiers=m[5], sentence=m[6],
                        status=Modality(m[7]), dyad=m[8], label=m[9])
                for m in mentions),
            changes=tuple(change(c) for c in changes),
            events=tuple(change(e) for e in events),
            tier_label=tier_label,
        )

    def _to_raw(self) -> tuple:
        """The inverse of :meth:`_from_raw`."""
        return (
            int(self.tier), int(self.rank), str(self.ladder),
            [str(d) for d in self.dyads],
            [(int(m.tier), int(m.rank), int(m.begin), int(m.end), str(m.text),
              tuple(str(q) for q in m.qualifiers), int(m.sentence),
              int(m.status), m.dyad, str(m.label)) for m in self.mentions],
            [(int(c.kind), int(c.status), int(c.from_tier), int(c.to_tier),
              int(c.from_level), int(c.to_level),
              None if c.delta is None else int(c.delta), int(c.begin),
              int(c.end), int(c.sentence), c.dyad, int(c.source),
              str(c.evidence)) for c in self.changes],
            [(int(c.kind), int(c.status), int(c.from_tier), int(c.to_tier),
              int(c.from_level), int(c.to_level),
              None if c.delta is None else int(c.delta), int(c.begin),
              int(c.end), int(c.sentence), c.dyad, int(c.source),
              str(c.evidence)) for c in self.events],
            str(self.tier_label),
        )
