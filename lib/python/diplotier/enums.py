# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""The library's enumerations as Python :class:`enum.IntEnum` types.

Members have the C++ enumerator values and upper-case names
(``Tier.COMPREHENSIVE_STRATEGIC_PARTNERSHIP``); :attr:`wire_name` gives the
snake_case name the JSON output, history files and lexicons use
(``"comprehensive_strategic_partnership"``), and :meth:`from_wire_name` reads
it back. The members are read from the compiled library when the module is
imported, so they always match it. As in C++, the numeric values of
:class:`Tier` carry no order: compare tiers through a
:class:`~diplotier.Ladder`.
"""

from __future__ import annotations

import enum
from typing import TypeVar

from . import _core

__all__ = [
    "ChangeKind",
    "ChangeSource",
    "Modality",
    "Representation",
    "Tier",
    "tier_from_name",
    "tier_name",
]

_E = TypeVar("_E", bound="WireEnum")


class WireEnum(enum.IntEnum):
    """An IntEnum whose members also have the library's snake_case name."""

    @property
    def wire_name(self) -> str:
        """The snake_case name used in JSON, TSV and lexicon files."""
        return self.name.lower()

    @classmethod
    def from_wire_name(cls: type[_E], name: str) -> _E:
        """The member whose :attr:`wire_name` is exactly ``name``.

        Raises:
            ValueError: ``name`` names no member (the message lists them).
            TypeError: ``name`` is not a str.
        """
        if not isinstance(name, str):
            raise TypeError(
                f"{cls.__name__} name must be str, not {type(name).__name__}")
        member = cls.__members__.get(name.upper())
        if member is None or member.wire_name != name:
            choices = ", ".join(m.wire_name for m in cls)
            raise ValueError(
                f"unknown {cls.__name__} name {name!r}; one of: {choices}")
        return member


def _from_library(name: str, doc: str) -> type[WireEnum]:
    members = _core.enum_members()[name]
    created = WireEnum(name,
                       [(wire.upper(), value) for value, wire in members],
                       module=__name__, qualname=name)
    created.__doc__ = doc
    return created


Tier = _from_library(
    "Tier", "A canonical partnership label (``diplotier::Tier``); NONE is no "
    "partnership.")
Modality = _from_library(
    "Modality", "Whether a mention or change is asserted, hypothetical or "
    "negated (the JSON ``status``).")
ChangeKind = _from_library(
    "ChangeKind", "What a tier change does: establish, upgrade, downgrade, "
    "reaffirm.")
ChangeSource = _from_library(
    "ChangeSource", "Where a change or observation comes from: text or "
    "history.")
Representation = _from_library(
    "Representation", "A level of diplomatic representation (UNKNOWN when "
    "none is named).")


def tier_name(tier: int) -> str:
    """The wire name of ``tier`` (``diplotier::TierName``): ``"none"``, ...

    Raises:
        ValueError: ``tier`` is not a Tier value.
    """
    return Tier(tier).wire_name


def tier_from_name(name: str) -> "Tier":
    """The Tier named ``name`` (``diplotier::TierFromName``), exact case.

    Raises:
        ValueError: no tier has that name.
    """
    return Tier.from_wire_name(name)
