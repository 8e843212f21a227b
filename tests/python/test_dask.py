# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""examples/python/dask_corpus.py: a LocalCluster of two worker processes
gives the same dyad-year table as one process, and one process gives the
same table as the command-line tool."""

from __future__ import annotations

import importlib.util
import random
import subprocess
import sys

import pytest

from conftest import EXAMPLES_DIR, HISTORY, SAMPLE_DOCUMENTS, example_env

SCRIPT = EXAMPLES_DIR / "dask_corpus.py"

PAIRS = [("China", "Venezuela"), ("China", "Pakistan"), ("Vietnam", "Japan"),
         ("India", "Russia"), ("Australia", "Indonesia"), ("Brazil", "China"),
         ("Vietnam", "the United States"), ("China", "Hungary"),
         ("Japan", "the Philippines"), ("India", "Poland")]
TIERS = ["strategic partnership", "comprehensive strategic partnership",
         "all-weather strategic partnership", "comprehensive partnership",
         "special strategic partnership", "enhanced strategic partnership"]
TEMPLATES = [
    "{a} and {b} upgraded their ties to a {tier} after two days of talks.",
    "{a} and {b} agreed to establish a {tier} during a state visit.",
    "Leaders of {a} and {b} reaffirmed their {tier} at a summit.",
    "{a} and {b} are expected to raise their relationship to a {tier}.",
    "Officials said {a} has not upgraded its {tier} with {b}.",
    "The city council approved a public-private partnership for a bridge.",
    "Trade between {a} and {b} grew by a fifth last year.",
]
CHINESE = ["中国和巴基斯坦宣布将双边关系提升为全天候战略合作伙伴关系。",
           "中国和委内瑞拉同意建立全面战略伙伴关系。"]


def write_corpus(directory, count: int = 200) -> None:
    """`count` small documents, dated by a date line, by their file name or
    both (the line wins); a few undated and one with an impossible date."""
    rng = random.Random(20260101)
    for i in range(count):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            a, b = rng.choice(PAIRS)
            sentences.append(rng.choice(TEMPLATES).format(
                a=a, b=b, tier=rng.choice(TIERS)))
        if i % 17 == 0:
            sentences.append(rng.choice(CHINESE))
        body = " ".join(sentences) + "\n"
        date = f"{rng.randint(1995, 2025)}-{rng.randint(1, 12):02d}-" \
               f"{rng.randint(1, 28):02d}"
        name = f"doc{i:03d}.txt"
        if i % 50 == 7:
            pass  # undated
        elif i == 100:
            body = "date 2023-02-30\n" + body  # a bad date line
        elif i % 3 == 0:
            body = f"date {date}\n\n" + body
        elif i % 3 == 1:
            name = f"{date}-doc{i:03d}.txt"
        else:
            name = f"2000-01-01-doc{i:03d}.txt"
            body = f"{date}\n" + body
        (directory / name).write_text(body, encoding="utf-8")


def run_script(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args],
                          env=example_env(), capture_output=True, text=True,
                          timeout=240)


def test_local_cluster_equals_single_process(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_corpus(corpus)
    single = tmp_path / "single.tsv"
    cluster = tmp_path / "cluster.tsv"
    one = run_script("--single-process", "--batch-size", "7", "--out",
                     str(single), str(corpus))
    assert one.returncode == 0, one.stderr
    two = run_script("--workers", "2", "--batch-size", "9", "--out",
                     str(cluster), str(corpus / "*.txt"))
    assert two.returncode == 0, two.stderr
    assert "200 documents analysed on a LocalCluster of 2 processes" in (
        two.stderr)
    # Four undated documents and one bad date line are reported, not lost.
    for output in (one.stderr, two.stderr):
        assert output.count("has no date: not in the ledger") == 4
        assert "doc100.txt: " in output and "2023-02-30" in output
        assert "195 in the ledger" in output
    table = single.read_text()
    assert cluster.read_text() == table
    lines = table.splitlines()
    assert lines[0] == "dyad\tyear\ttier\trank\tfirst_seen\tchanges"
    dyads = {line.split("\t")[0] for line in lines[1:]}
    assert {"CHN|VEN", "CHN|PAK", "JPN|VNM", "IND|RUS"} <= dyads
    assert len(lines) > 100


def test_single_process_equals_cli(cli, tmp_path):
    ours = tmp_path / "ours.tsv"
    theirs = tmp_path / "theirs.tsv"
    run = run_script("--single-process", "--history", str(HISTORY), "--out",
                     str(ours), *SAMPLE_DOCUMENTS)
    assert run.returncode == 0, run.stderr
    subprocess.run([cli, "analyze", f"--history={HISTORY}",
                    f"--export-dyad-years={theirs}", *SAMPLE_DOCUMENTS],
                   check=True, capture_output=True)
    assert ours.read_text() == theirs.read_text()


def test_errors_are_reported(tmp_path):
    missing = run_script("--single-process", "--out", str(tmp_path / "x"),
                         str(tmp_path / "nothing-*.txt"))
    assert missing.returncode == 1
    assert "no documents in" in missing.stderr
    lexicon = tmp_path / "bad.lexicon"
    lexicon.write_text("tier no_such_tier partner\n")
    (tmp_path / "a.txt").write_text("text\n")
    bad = run_script("--single-process", "--lexicon", str(lexicon), "--out",
                     str(tmp_path / "x"), str(tmp_path / "a.txt"))
    assert bad.returncode == 1
    assert f"{lexicon}:1:" in bad.stderr


def test_find_documents(tmp_path):
    spec = importlib.util.spec_from_file_location("dask_corpus", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    # Registered first: dataclasses look their module up while it executes.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text("x")
    expected = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert module.find_documents([str(tmp_path)]) == expected
    assert module.find_documents([str(tmp_path / "*.txt"),
                                  str(tmp_path / "a.txt")]) == expected
    with pytest.raises(FileNotFoundError):
        module.find_documents([str(tmp_path / "*.pdf")])
