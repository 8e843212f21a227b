# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""Tier and the other enums, and Ladder."""

from __future__ import annotations

import pickle

import pytest

import diplotier
from diplotier import Ladder, Tier


def test_tier_members_mirror_the_library():
    assert len(Tier) == 18
    # Values are the C++ enumerator values (declaration order).
    assert Tier.NONE == 0
    assert Tier.PARTNERSHIP == 1
    assert Tier.COMPREHENSIVE_STRATEGIC_PARTNERSHIP == 7
    assert Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP == 11
    assert Tier.SPECIAL_STRATEGIC_PARTNERSHIP == 17
    assert [t.value for t in Tier] == list(range(18))


def test_tier_names_round_trip():
    assert diplotier.tier_name(Tier.COMPREHENSIVE_STRATEGIC_PARTNERSHIP) == (
        "comprehensive_strategic_partnership")
    assert diplotier.tier_name(0) == "none"
    for tier in Tier:
        assert diplotier.tier_from_name(tier.wire_name) is tier
        assert Tier.from_wire_name(tier.wire_name) is tier


def test_tier_from_name_is_exact():
    for bad in ("NONE", "None", "strategic partnership", "", "bogus"):
        with pytest.raises(ValueError, match="unknown Tier name"):
            diplotier.tier_from_name(bad)
    with pytest.raises(TypeError):
        diplotier.tier_from_name(5)
    with pytest.raises(ValueError):
        diplotier.tier_name(99)


def test_other_enums():
    assert [m.wire_name for m in diplotier.Modality] == [
        "asserted", "hypothetical", "negated"]
    assert [k.wire_name for k in diplotier.ChangeKind] == [
        "establish", "upgrade", "downgrade", "reaffirm"]
    assert [s.wire_name for s in diplotier.ChangeSource] == ["text", "history"]
    assert [r.wire_name for r in diplotier.Representation] == [
        "unknown", "severed", "liaison_office", "charge_d_affaires",
        "ambassador"]


def test_enums_pickle():
    for member in (Tier.GLOBAL_STRATEGIC_PARTNERSHIP,
                   diplotier.Modality.NEGATED,
                   diplotier.Representation.AMBASSADOR):
        assert pickle.loads(pickle.dumps(member)) is member


def test_builtin_ladders():
    assert Ladder.builtin_names() == [
        "china", "china_fine", "vietnam", "india", "asean", "indonesia",
        "australia", "japan", "russia", "eu"]
    china = Ladder.china()
    assert china == Ladder.builtin("china")
    assert china.name == "china"
    assert china.top_rank == 5
    assert all(china.rank(t) is not None for t in Tier)
    assert china.rank(Tier.NONE) == 0
    assert china.rank(Tier.STRATEGIC_PARTNERSHIP) == 3
    assert china.rank("all_weather_strategic_partnership") == 5
    assert china.rank(int(Tier.PARTNERSHIP)) == 1
    assert set(china.tiers_at(1)) == {Tier.PARTNERSHIP,
                                      Tier.COOPERATIVE_PARTNERSHIP}
    vietnam = Ladder.builtin("vietnam")
    assert vietnam.rank(Tier.COMPREHENSIVE_STRATEGIC_PARTNERSHIP) == 4
    assert vietnam.rank(Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP) is None


def test_delta_and_compare():
    china = Ladder.china()
    assert china.delta(Tier.COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
                       Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP) == 1
    assert china.delta(Tier.STRATEGIC_PARTNERSHIP,
                       Tier.STRATEGIC_COOPERATIVE_PARTNERSHIP) == 0
    assert china.compare(Tier.PARTNERSHIP, Tier.STRATEGIC_PARTNERSHIP) < 0
    assert china.compare(Tier.STRATEGIC_PARTNERSHIP, Tier.PARTNERSHIP) > 0
    vietnam = Ladder.builtin("vietnam")
    assert vietnam.delta(Tier.PARTNERSHIP,
                         Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP) is None


def test_parse_ladder():
    mine = Ladder.parse("mine", " partnership<strategic_partnership = "
                        "strategic_cooperative_partnership ")
    assert mine.name == "mine"
    assert mine.spec == ("partnership < strategic_partnership = "
                         "strategic_cooperative_partnership")
    assert mine.rank(Tier.STRATEGIC_COOPERATIVE_PARTNERSHIP) == 2
    assert mine.rank(Tier.COMPREHENSIVE_PARTNERSHIP) is None
    assert pickle.loads(pickle.dumps(mine)) == mine
    assert mine != Ladder.china()


@pytest.mark.parametrize("spec", [
    "partnership < bogus_partnership",
    "partnership < partnership",
    "none < partnership",
    "partnership < < strategic_partnership",
    "",
])
def test_parse_ladder_errors(spec):
    with pytest.raises(diplotier.InvalidArgumentError) as error:
        Ladder.parse("bad", spec)
    assert isinstance(error.value, ValueError)
    assert error.value.code == "INVALID_ARGUMENT"
    assert str(error.value)


def test_unknown_builtin_ladder():
    with pytest.raises(diplotier.NotFoundError) as error:
        Ladder.builtin("atlantis")
    assert isinstance(error.value, LookupError)
    assert "atlantis" in str(error.value) and "vietnam" in str(error.value)


def test_ladder_argument_types():
    with pytest.raises(TypeError):
        Ladder.china().rank(2.0)
    with pytest.raises(TypeError):
        Ladder("china")
    with pytest.raises(ValueError):
        Ladder.china().rank("Strategic Partnership")
