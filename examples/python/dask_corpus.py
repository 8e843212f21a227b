#!/usr/bin/env python3
# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""Analyses a corpus of dated documents with Dask and writes the dyad-year
table of the resulting ledger.

    dask_corpus.py --workers 4 --out dyad_years.tsv corpus/
    dask_corpus.py --scheduler tcp://10.0.0.5:8786 --out t.tsv 'corpus/*.txt'
    dask_corpus.py --single-process --out t.tsv corpus/

Inputs are directories (their ``*.txt`` files), files or glob patterns. A
document is dated by a first line ``date YYYY-MM-DD`` (or a lone date), as
the ``diplotier`` tool reads it, else by a file name starting with
``YYYY-MM-DD``; undated documents are analysed but left out of the ledger
(with a warning, as the tool does).

How the work is split: the document paths go out in batches of
``--batch-size``; a worker reads its batch and analyses it with
``Classifier.analyze_many``. Each worker process holds one Classifier,
compiled once when the worker joins (a WorkerPlugin carries the pickled
Classifier; unpickling compiles it), so nothing is shared between processes
and the library keeps no global state. The analyses (frozen dataclasses)
come back to the client, which adds them to one Ledger in path order, so
the table is the same whatever the number of workers, and equal to
``--single-process`` and to ``diplotier analyze --export-dyad-years``.

On a real cluster (``--scheduler``) the workers must be able to import
``diplotier`` and read the document paths (a shared file system); a
LocalCluster (``--workers``) gets this script's ``diplotier`` through
PYTHONPATH.
"""

from __future__ import annotations

import argparse
import glob
import logging
import os
import sys
import time
from typing import Iterable, Optional, Sequence, Union

import diplotier

# One result per document: (document id, date or None, Analysis). Plain
# tuples, so that they unpickle on the client without this script's classes.
# (doc_id, date, analysis); the date is the ValueError of a bad date line
# (the document is then not analysed, and build_ledger reports it).
Result = tuple[str, Union[str, ValueError, None], diplotier.Analysis]

PLUGIN_NAME = "diplotier-classifier"


def find_documents(inputs: Iterable[str]) -> list[str]:
    """The document paths named by ``inputs``, sorted and without repeats.

    Raises:
        FileNotFoundError: an input matches no file.
    """
    paths: set[str] = set()
    for item in inputs:
        if os.path.isdir(item):
            found = glob.glob(os.path.join(item, "*.txt"))
        elif os.path.isfile(item):
            found = [item]
        else:
            found = [p for p in glob.glob(item) if os.path.isfile(p)]
        if not found:
            raise FileNotFoundError(f"no documents in {item!r}")
        paths.update(found)
    return sorted(paths)


def analyze_batch(classifier: diplotier.Classifier, paths: Sequence[str],
                  threads: int = 1) -> list[Result]:
    """Reads and analyses ``paths`` (byte offsets, as the tool reports)."""
    documents = []
    for path in paths:
        try:
            documents.append(diplotier.read_document(path))
        except ValueError as error:  # a bad date line, as the tool says
            documents.append(error)
    analyses = classifier.analyze_many(
        [b"" if isinstance(d, ValueError) else d.data for d in documents],
        threads=threads)
    return [(os.fsdecode(p), d, a) if isinstance(d, ValueError) else
            (d.doc_id, d.date, a)
            for p, d, a in zip(paths, documents, analyses)]


def build_ledger(results: Iterable[Result],
                 history: Optional[str] = None) -> tuple[diplotier.Ledger,
                                                         int]:
    """A ledger of the history file (if any) and the dated results.

    Returns the ledger and the number of documents left out (undated or
    with an invalid date); each is reported on stderr.
    """
    ledger = diplotier.Ledger()
    if history is not None:
        ledger.load_history(history)
    left_out = 0
    for doc_id, date, analysis in results:
        if isinstance(date, ValueError):
            print(f"warning: {doc_id}: {date}: not in the ledger",
                  file=sys.stderr)
            left_out += 1
            continue
        if date is None:
            print(f"warning: {doc_id} has no date: not in the ledger",
                  file=sys.stderr)
            left_out += 1
            continue
        try:
            ledger.add(doc_id, date, analysis)
        except diplotier.InvalidArgumentError as e:
            print(f"warning: {doc_id}: {e}", file=sys.stderr)
            left_out += 1
    return ledger, left_out


def batches(paths: Sequence[str], size: int) -> list[list[str]]:
    return [list(paths[i:i + size]) for i in range(0, len(paths), size)]


def run_single_process(classifier: diplotier.Classifier, paths: Sequence[str],
                       batch_size: int, threads: int) -> list[Result]:
    results: list[Result] = []
    for batch in batches(paths, batch_size):
        results.extend(analyze_batch(classifier, batch, threads))
    return results


def run_dask(classifier: diplotier.Classifier, paths: Sequence[str],
             batch_size: int, scheduler: Optional[str],
             workers: int) -> list[Result]:
    """Analyses the batches on a Dask cluster: the one at ``scheduler``, or
    a LocalCluster of ``workers`` processes with one thread each."""
    import distributed  # only this mode needs Dask

    class ClassifierPlugin(distributed.WorkerPlugin):
        """Gives every worker process its own compiled Classifier."""

        name = PLUGIN_NAME

        def __init__(self, classifier: diplotier.Classifier) -> None:
            # Pickled with the plugin; unpickling it on a worker compiles
            # that worker's copy, once, when the plugin is installed.
            self.classifier = classifier

    def analyze_on_worker(batch: list[str]) -> list[Result]:
        plugin = distributed.get_worker().plugins[PLUGIN_NAME]
        # One task per worker thread already keeps the cores busy.
        return analyze_batch(plugin.classifier, batch, threads=1)

    cluster = None
    if scheduler is None:
        # Worker processes must import the same diplotier as this process.
        package_root = os.path.dirname(os.path.dirname(diplotier.__file__))
        search_path = os.environ.get("PYTHONPATH", "")
        if package_root not in search_path.split(os.pathsep):
            os.environ["PYTHONPATH"] = os.pathsep.join(
                p for p in (package_root, search_path) if p)
        cluster = distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True,
            dashboard_address=None, silence_logs=logging.ERROR)
    try:
        with distributed.Client(cluster if cluster is not None
                                else scheduler) as client:
            responses = client.register_worker_plugin(
                ClassifierPlugin(classifier))
            for address, response in responses.items():
                if response.get("status") != "OK":
                    raise RuntimeError(
                        f"worker {address} could not install the classifier:"
                        f" {response.get('exception_text', response)}")
            futures = client.map(analyze_on_worker,
                                 batches(paths, batch_size), pure=False)
            results: list[Result] = []
            for batch_results in client.gather(futures):
                results.extend(batch_results)
            return results
    finally:
        if cluster is not None:
            cluster.close()


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Analyse dated documents with Dask and write the "
        "dyad-year table of the ledger.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="a directory (its *.txt files), a file or a "
                        "glob pattern")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--workers", type=int, default=2,
                      help="worker processes of a LocalCluster (default 2)")
    mode.add_argument("--scheduler", metavar="ADDRESS",
                      help="address of a running Dask scheduler "
                      "(tcp://host:8786)")
    mode.add_argument("--single-process", action="store_true",
                      help="no Dask: analyse in this process")
    parser.add_argument("--out", required=True,
                        help="where to write the dyad-year table ('-': "
                        "standard output)")
    parser.add_argument("--history", help="a history TSV loaded first "
                        "(e.g. examples/data/known_tiers.tsv)")
    parser.add_argument("--lexicon", action="append", default=[],
                        help="a lexicon file merged with the default one "
                        "(repeatable)")
    parser.add_argument("--ladder", default="auto",
                        help="ladder for ranks (default auto)")
    parser.add_argument("--batch-size", type=int, default=16,
                        help="documents per task (default 16)")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1,
                        help="threads of --single-process (default: CPUs)")
    args = parser.parse_args(argv)
    if args.workers < 1 or args.batch_size < 1 or args.threads < 1:
        parser.error("--workers, --batch-size and --threads must be >= 1")
    return args


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    try:
        paths = find_documents(args.inputs)
        classifier = diplotier.Classifier(lexicon_path=args.lexicon or None,
                                          ladder=args.ladder)
    except (OSError, diplotier.Error) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    start = time.monotonic()
    if args.single_process:
        results = run_single_process(classifier, paths, args.batch_size,
                                     args.threads)
        where = "in this process"
    else:
        results = run_dask(classifier, paths, args.batch_size, args.scheduler,
                           args.workers)
        where = (f"on {args.scheduler}" if args.scheduler
                 else f"on a LocalCluster of {args.workers} processes")
    seconds = time.monotonic() - start
    try:
        ledger, left_out = build_ledger(results, args.history)
    except (OSError, diplotier.Error) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    table = ledger.export_dyad_years()
    if args.out == "-":
        sys.stdout.write(table)
    else:
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            f.write(table)
    print(f"{len(results)} documents analysed {where} in {seconds:.1f} s; "
          f"{len(results) - left_out} in the ledger, "
          f"{len(ledger.dyads())} dyads, {table.count(chr(10)) - 1} "
          f"dyad-years written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
