# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""Shared fixtures for the Python tests.

ctest runs these with PYTHONPATH=<build>/python (the package as built),
DIPLOTIER_SOURCE_DIR (the repository) and, when the command-line tool is
built, DIPLOTIER_CLI (its path). By hand:

    PYTHONPATH=build-py/python DIPLOTIER_CLI=build-py/examples/cli/diplotier \\
        /usr/bin/python3 -m pytest -q tests/python
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess

import pytest

import diplotier

SOURCE_DIR = pathlib.Path(
    os.environ.get("DIPLOTIER_SOURCE_DIR",
                   pathlib.Path(__file__).resolve().parents[2]))
DATA_DIR = SOURCE_DIR / "examples" / "data"
EXAMPLES_DIR = SOURCE_DIR / "examples" / "python"
HISTORY = DATA_DIR / "known_tiers.tsv"
SAMPLE_DOCUMENTS = sorted(str(p) for p in DATA_DIR.glob("*.txt"))


@pytest.fixture(scope="session")
def classifier() -> diplotier.Classifier:
    """The default classifier, compiled once for the session."""
    return diplotier.Classifier()


@pytest.fixture(scope="session")
def cli() -> str:
    """Path of the built `diplotier` tool; the test is skipped without it."""
    path = os.environ.get("DIPLOTIER_CLI")
    if not path:
        pytest.skip("DIPLOTIER_CLI is not set (the tool is not built)")
    if not os.access(path, os.X_OK):
        pytest.fail(f"DIPLOTIER_CLI={path} is not an executable")
    return path


def run_cli_jsonl(cli_path: str, *files: str) -> list[dict]:
    """The JSON records of `diplotier analyze --format=jsonl FILES`."""
    out = subprocess.run([cli_path, "analyze", "--format=jsonl", *files],
                         check=True, capture_output=True)
    return [json.loads(line) for line in out.stdout.decode().splitlines()]


def example_env() -> dict[str, str]:
    """The environment for running an example script: this test's one, so
    the scripts import the same diplotier."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(pathlib.Path(diplotier.__file__).parents[1])] +
        [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    return env
