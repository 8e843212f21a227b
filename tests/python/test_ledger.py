# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""Ledger: timelines, implied changes, history, dyad-year table, and parity
with the command-line tool."""

from __future__ import annotations

import datetime
import json
import pickle
import subprocess

import pytest

import diplotier
from conftest import HISTORY, SAMPLE_DOCUMENTS
from diplotier import ChangeKind, ChangeSource, Tier

FIRST = ("Venezuela and China lifted their relationship to a comprehensive "
         "strategic partnership.")
SECOND = ("China and Venezuela upgraded their ties to an all-weather "
          "strategic partnership.")


@pytest.fixture()
def ledger(classifier) -> diplotier.Ledger:
    ledger = diplotier.Ledger()
    ledger.add("first", "2014-07-20", classifier.analyze(FIRST))
    ledger.add("second", datetime.date(2023, 9, 13),
               classifier.analyze(SECOND))
    return ledger


def test_timeline(ledger):
    assert ledger.dyads() == ["CHN|VEN"]
    timeline = ledger.timeline("CHN|VEN")
    assert [(o.date, o.tier, o.rank, o.source_id) for o in timeline] == [
        ("2014-07-20", Tier.COMPREHENSIVE_STRATEGIC_PARTNERSHIP, 4, "first"),
        ("2023-09-13", Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP, 5, "second"),
    ]
    assert all(o.source is ChangeSource.TEXT and o.from_change
               for o in timeline)
    assert timeline[1].end == len(SECOND)
    # Either order of the parties, as a string or a tuple.
    assert ledger.timeline("VEN|CHN") == timeline
    assert ledger.timeline(("VEN", "CHN")) == timeline
    assert ledger.timeline("USA|VNM") == []
    assert ledger.current_tier("CHN|VEN") is (
        Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP)


def test_implied_changes(ledger):
    establish, upgrade = ledger.implied_changes("VEN|CHN")
    assert establish.kind is ChangeKind.ESTABLISH
    assert (establish.date, establish.from_date) == ("2014-07-20", None)
    assert upgrade.to_dict() == {
        "dyad": "CHN|VEN", "date": "2023-09-13", "from_date": "2014-07-20",
        "kind": "upgrade", "status": "asserted",
        "from": "comprehensive_strategic_partnership",
        "to": "all_weather_strategic_partnership", "delta": 1,
        "ladder": "china", "implied": False, "evidence_doc": "second",
        "source": "text"}
    explicit = ledger.explicit_changes("CHN|VEN")
    assert [c.evidence_doc for c in explicit] == ["first", "second"]


def test_dyad_year_table(ledger):
    table = ledger.export_dyad_years()
    lines = table.splitlines()
    assert lines[0] == "dyad\tyear\ttier\trank\tfirst_seen\tchanges"
    assert len(lines) == 1 + (2023 - 2014 + 1)
    assert lines[1] == ("CHN|VEN\t2014\tcomprehensive_strategic_partnership"
                        "\t4\t2014-07-20\t1")
    assert lines[-1] == ("CHN|VEN\t2023\tall_weather_strategic_partnership"
                         "\t5\t2023-09-13\t1")
    rows = ledger.dyad_years(through_year=2025)
    assert len(rows) == 12
    assert rows[-1] == {"dyad": "CHN|VEN", "year": 2025,
                        "tier": Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP,
                        "rank": 5, "first_seen": "2023-09-13", "changes": 0}
    assert ledger.export_dyad_years(",").splitlines()[0] == (
        "dyad,year,tier,rank,first_seen,changes")


def test_pickled_analysis_is_addable(classifier, ledger):
    again = diplotier.Ledger()
    for doc_id, date, text in (("first", "2014-07-20", FIRST),
                               ("second", "2023-09-13", SECOND)):
        shipped = pickle.loads(pickle.dumps(classifier.analyze(text)))
        again.add(doc_id, date, shipped)
    assert again.export_dyad_years() == ledger.export_dyad_years()
    assert again.timeline("CHN|VEN") == ledger.timeline("CHN|VEN")


def test_conflicts_and_stats(classifier, ledger):
    ledger.add("third", "2023-09-13", classifier.analyze(
        "China and Venezuela upgraded their ties to a comprehensive "
        "strategic partnership."))
    (conflict,) = ledger.conflicts()
    assert (conflict.dyad, conflict.date) == ("CHN|VEN", "2023-09-13")
    assert (conflict.first.source_id, conflict.second.source_id) == (
        "second", "third")
    stats = ledger.stats()
    assert stats["documents"] == 3
    assert stats["observations"] == 3


def test_history_from_text_and_file(tmp_path):
    ledger = diplotier.Ledger()
    ledger.load_history("dyad\tdate\ttier\tladder\tsource\n"
                        "VNM|USA\t2013-07\tcomprehensive_partnership\t\tmfa\n")
    ledger.add_observation("USA|VNM", "2023-09-10",
                           "comprehensive_strategic_partnership",
                           source="statement")
    (change,) = [c for c in ledger.implied_changes("USA|VNM")
                 if c.kind is ChangeKind.UPGRADE]
    assert (change.delta, change.ladder, change.source) == (
        2, "vietnam", ChangeSource.HISTORY)
    assert ledger.ladder_for("USA|VNM").name == "vietnam"
    full = diplotier.Ledger()
    full.load_history(HISTORY)
    rows = [line.split("\t") for line in HISTORY.read_text().splitlines()
            if line and not line.startswith("#")][1:]
    assert full.dyads() == sorted(
        {"|".join(sorted(r[0].split("|"))) for r in rows})
    assert full.stats()["history_rows"] == len(rows)
    path = tmp_path / "history.tsv"
    path.write_bytes(HISTORY.read_bytes())
    from_str_path = diplotier.Ledger()
    from_str_path.load_history(str(path))
    assert from_str_path.export_dyad_years() == full.export_dyad_years()


def test_bad_history_adds_nothing():
    ledger = diplotier.Ledger()
    bad = ("dyad\tdate\ttier\tladder\tsource\n"
           "CHN|VEN\t2001\tstrategic_partnership\t\t\n"
           "CHN|VEN\t2014-13\tcomprehensive_strategic_partnership\t\t\n")
    with pytest.raises(diplotier.InvalidArgumentError,
                       match="^seed.tsv:3: ") as error:
        ledger.load_history(bad, source_name="seed.tsv")
    assert isinstance(error.value, ValueError)
    assert ledger.dyads() == []
    with pytest.raises(diplotier.InvalidArgumentError, match="<history>:1"):
        ledger.load_history(b"no header here\n")
    with pytest.raises(FileNotFoundError):
        ledger.load_history("/nonexistent/history.tsv")
    with pytest.raises(TypeError):
        ledger.load_history(42)


def test_bad_arguments(classifier):
    ledger = diplotier.Ledger()
    a = classifier.analyze(SECOND)
    with pytest.raises(diplotier.InvalidArgumentError):
        ledger.add("", "2023-09-13", a)
    for bad_date in ("2023-02-30", "13/09/2023", "", "0000"):
        with pytest.raises(diplotier.InvalidArgumentError):
            ledger.add("doc", bad_date, a)
    with pytest.raises(TypeError):
        ledger.add("doc", "2023-09-13", a.to_dict())
    with pytest.raises(TypeError):
        ledger.add("doc", datetime.datetime(2023, 9, 13), a)
    with pytest.raises(diplotier.InvalidArgumentError, match="AAA|BBB"):
        ledger.timeline("CHNVEN")
    with pytest.raises(diplotier.InvalidArgumentError):
        ledger.add_observation("CHN|chn", "2020", Tier.PARTNERSHIP)
    with pytest.raises(diplotier.InvalidArgumentError):
        ledger.add_observation("CHN|VEN", "2020", Tier.PARTNERSHIP,
                               ladder="atlantis")
    with pytest.raises(diplotier.InvalidArgumentError):
        diplotier.Ledger(issuers=[("CHN", "china"), ("CHN", "vietnam")])
    with pytest.raises(diplotier.InvalidArgumentError):
        diplotier.Ledger(default_ladder="atlantis")
    with pytest.raises(ValueError, match="separator"):
        ledger.export_dyad_years("::")
    assert ledger.dyads() == []


def test_issuer_options(classifier):
    ledger = diplotier.Ledger(issuers=[("VNM", "vietnam")],
                              default_ladder="china_fine")
    assert ledger.ladder_for("USA|VNM").name == "vietnam"
    assert ledger.ladder_for("CHN|VEN").name == "china_fine"


def _cli_ledger(cli, *args):
    out = subprocess.run([cli, "analyze", *args], check=True,
                         capture_output=True)
    return out.stdout.decode()


def test_matches_cli_ledger(cli, classifier, tmp_path):
    # Documents and history through the tool and through Python.
    table = tmp_path / "cli.tsv"
    changes = _cli_ledger(cli, "--ledger", "--format=jsonl",
                          f"--history={HISTORY}",
                          f"--export-dyad-years={table}", *SAMPLE_DOCUMENTS)
    ledger = diplotier.Ledger()
    ledger.load_history(HISTORY)
    for path in SAMPLE_DOCUMENTS:
        doc = diplotier.read_document(path)
        ledger.add(doc.doc_id, doc.date, classifier.analyze(doc.data))
    assert ledger.export_dyad_years() == table.read_text()
    ours = [c.to_dict() for d in ledger.dyads()
            for c in ledger.implied_changes(d)]
    theirs = [json.loads(line) for line in changes.splitlines()]
    assert len(theirs) > 80
    assert ours == theirs
