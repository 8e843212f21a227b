# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""Ladders: how one issuer ranks the tiers (``diplotier::Ladder``).

    >>> from diplotier import Ladder, Tier
    >>> china = Ladder.builtin("china")
    >>> china.rank(Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP)
    5
    >>> china.delta(Tier.COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
    ...             Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP)
    1
    >>> mine = Ladder.parse("mine", "partnership < strategic_partnership")
    >>> mine.rank(Tier.COMPREHENSIVE_STRATEGIC_PARTNERSHIP) is None
    True
"""

from __future__ import annotations

from typing import Optional, Union

from . import _core
from .enums import Tier

__all__ = ["Ladder", "TierLike"]

TierLike = Union[Tier, int, str]


def _tier(tier: TierLike) -> Tier:
    """A Tier from a member, its value or its wire name."""
    if isinstance(tier, str):
        return Tier.from_wire_name(tier)
    if isinstance(tier, bool) or not isinstance(tier, int):
        raise TypeError(f"tier must be Tier, int or str, not "
                        f"{type(tier).__name__}")
    return Tier(tier)


class Ladder:
    """A ranking of tiers for one issuer; an immutable value.

    Rank 0 is NONE; tiers joined by ``=`` in the spec share a rank and each
    ``<`` adds one. A tier the ladder does not place has no rank.
    Create ladders with :meth:`builtin`, :meth:`china` or :meth:`parse`.
    Tiers may be given as :class:`Tier` members, their values or their wire
    names.
    """

    def __init__(self, core: "_core.Ladder") -> None:
        """Wraps a compiled ladder; use the class methods instead."""
        if not isinstance(core, _core.Ladder):
            raise TypeError("use Ladder.builtin(), Ladder.china() or "
                            "Ladder.parse() to make a Ladder")
        self._core = core

    @staticmethod
    def builtin_names() -> list[str]:
        """Names of the built-in ladders (``"china"``, ``"vietnam"``, ...)."""
        return list(_core.Ladder.builtin_names())

    @classmethod
    def builtin(cls, name: str) -> "Ladder":
        """A built-in ladder.

        Raises:
            NotFoundError: no built-in ladder has that name (the message
                lists them).
        """
        return cls(_core.Ladder.builtin(name))

    @classmethod
    def china(cls) -> "Ladder":
        """China's ladder, the default; it places every tier."""
        return cls.builtin("china")

    @classmethod
    def parse(cls, name: str, spec: str) -> "Ladder":
        """A ladder from a spec such as ``"partnership < strategic_partnership
        = strategic_cooperative_partnership"`` (low to high).

        Raises:
            InvalidArgumentError: unknown or repeated tier, ``none`` in the
                spec, an empty group or a malformed name.
        """
        return cls(_core.Ladder.parse(name, spec))

    @property
    def name(self) -> str:
        """The ladder's name (``"china"``)."""
        return self._core.name

    @property
    def top_rank(self) -> int:
        """The highest rank on the ladder."""
        return self._core.top_rank

    @property
    def spec(self) -> str:
        """The normalised spec that rebuilds this ladder."""
        return self._core.spec()

    def rank(self, tier: TierLike) -> Optional[int]:
        """The rank of ``tier``: 0 for NONE, None if the ladder lacks it."""
        return self._core.rank(int(_tier(tier)))

    def tiers_at(self, rank: int) -> list[Tier]:
        """The tiers placed at ``rank``, in Tier order."""
        return [t for t in Tier if self._core.rank(int(t)) == rank]

    def compare(self, a: TierLike, b: TierLike) -> Optional[int]:
        """Negative, zero or positive as ``a`` ranks below, with or above
        ``b``; None if either is not placed."""
        return self.delta(b, a)

    def delta(self, from_tier: TierLike, to_tier: TierLike) -> Optional[int]:
        """``rank(to_tier) - rank(from_tier)``, or None if either is not
        placed."""
        low, high = self.rank(from_tier), self.rank(to_tier)
        if low is None or high is None:
            return None
        return high - low

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ladder):
            return NotImplemented
        return self.name == other.name and self.spec == other.spec

    def __hash__(self) -> int:
        return hash((self.name, self.spec))

    def __repr__(self) -> str:
        return f"Ladder({self.name!r}, {self.spec!r})"

    def __reduce__(self):
        return (Ladder.parse, (self.name, self.spec))
