# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""examples/python/plot_timeline.py: the steps it draws, and the files it
writes."""

from __future__ import annotations

import datetime
import importlib.util
import subprocess
import sys

import pytest

import diplotier
from conftest import EXAMPLES_DIR, HISTORY, SAMPLE_DOCUMENTS, example_env
from diplotier import Tier

SCRIPT = EXAMPLES_DIR / "plot_timeline.py"


@pytest.fixture(scope="module")
def plot_timeline():
    spec = importlib.util.spec_from_file_location("plot_timeline", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    # Registered first: dataclasses look their module up while it executes.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_series_of_the_sample_documents(plot_timeline):
    ledger, text_dyads = plot_timeline.build_ledger(SAMPLE_DOCUMENTS,
                                                    str(HISTORY))
    assert text_dyads == {"CHN|VEN", "CHN|PAK", "USA|VNM"}
    venezuela = plot_timeline.series_for(ledger, "CHN|VEN")
    assert venezuela.ladder == "china"
    # History: 2001 strategic, 2014-07 comprehensive strategic; texts:
    # 2014-07-20 comprehensive strategic, 2023-09-13 all-weather (which the
    # history also gives for that day: the text, added last, is kept).
    assert venezuela.dates == (datetime.date(2001, 1, 1),
                               datetime.date(2014, 7, 1),
                               datetime.date(2014, 7, 20),
                               datetime.date(2023, 9, 13))
    assert venezuela.ranks == (3, 4, 4, 5)
    assert venezuela.tiers[-1] is Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP
    assert venezuela.from_text == (False, False, True, True)
    vietnam = plot_timeline.series_for(ledger, "USA|VNM")
    # History and a text both give 2023-09-10: one step, from the text.
    assert (vietnam.ladder, vietnam.ranks, vietnam.from_text) == (
        "vietnam", (2, 4), (False, True))


def test_choose_dyads(plot_timeline, capsys):
    ledger, text_dyads = plot_timeline.build_ledger(SAMPLE_DOCUMENTS,
                                                    str(HISTORY))
    assert plot_timeline.choose_dyads(ledger, [], text_dyads, True, 10) == [
        "CHN|PAK", "CHN|VEN", "USA|VNM"]
    chosen = plot_timeline.choose_dyads(ledger, [], text_dyads, False, 4)
    assert len(chosen) == 4 and "CHN|VEN" in chosen
    assert "plotting 4 of" in capsys.readouterr().err
    with pytest.raises(ValueError, match="ATL|CHN"):
        plot_timeline.choose_dyads(ledger, ["ATL|CHN"], text_dyads, False, 4)


def test_to_date(plot_timeline):
    assert plot_timeline.to_date("2014") == datetime.date(2014, 1, 1)
    assert plot_timeline.to_date("2014-07") == datetime.date(2014, 7, 1)
    assert plot_timeline.to_date("2014-07-20") == datetime.date(2014, 7, 20)


@pytest.mark.parametrize("name, magic", [("timeline.png", b"\x89PNG\r\n"),
                                         ("timeline.svg", b"<svg")])
def test_script_writes_the_image(tmp_path, name, magic):
    out = tmp_path / name
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--history", str(HISTORY),
         "--text-dyads", "--out", str(out), *SAMPLE_DOCUMENTS],
        env=example_env(), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert f"wrote {out}: 3 dyads" in run.stderr
    data = out.read_bytes()
    assert len(data) > 5000
    assert magic in data[:400]
    if name.endswith(".svg"):
        text = data.decode()
        for label in ("CHN|VEN (china)", "USA|VNM (vietnam)",
                      "comprehensive partnership"):
            assert label in text


def test_script_reports_errors(tmp_path):
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--dyad", "ATL|CHN", "--history",
         str(HISTORY), "--out", str(tmp_path / "x.png")],
        env=example_env(), capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "not in the ledger: ATL|CHN" in run.stderr
    assert not (tmp_path / "x.png").exists()


def test_plot_needs_observations(plot_timeline, tmp_path):
    empty = plot_timeline.Series("CHN|VEN", "china", (), (), (), ())
    with pytest.raises(ValueError, match="nothing to plot"):
        plot_timeline.plot([empty], str(tmp_path / "x.png"), "t")
    assert diplotier.Ledger().dyads() == []
