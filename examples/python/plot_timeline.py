#!/usr/bin/env python3
# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""Draws each dyad's partnership tier over time, as a step chart.

    plot_timeline.py --history examples/data/known_tiers.tsv --text-dyads \\
        --out docs/timeline.png examples/data/*.txt

The documents (dated as the ``diplotier`` tool dates them: a first line
``date YYYY-MM-DD``, else a file name starting with the date) and the
optional history TSV go into a Ledger; each dyad's timeline is drawn as its
tier rank on the dyad's ladder over time, one line per dyad, with the tier
names seen at each rank on the y axis. Filled markers are observations from
the documents, hollow ones from the history file. Lines of dyads at the same
rank are drawn slightly apart so that none hides another. The format
follows the extension of ``--out`` (``.png``, ``.svg``, ``.pdf``).

Which dyads: those named with ``--dyad``, else (``--text-dyads``) those the
documents speak about, else all of them; at most ``--max-dyads`` (those with
the most observations; the others are listed on stderr).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import sys
import textwrap
from typing import Optional, Sequence

import matplotlib

matplotlib.use("Agg")  # files only; no display needed

import matplotlib.pyplot as plt  # noqa: E402  (after the backend is chosen)
from matplotlib.lines import Line2D  # noqa: E402

import diplotier  # noqa: E402


@dataclasses.dataclass(frozen=True)
class Series:
    """One dyad's steps: the tier in force from each date on."""

    dyad: str
    ladder: str
    dates: tuple[datetime.date, ...]
    ranks: tuple[int, ...]
    tiers: tuple[diplotier.Tier, ...]
    from_text: tuple[bool, ...]


def to_date(text: str) -> datetime.date:
    """A ledger date ("2014", "2014-07", "2014-07-20") as the first day of
    the period it names, the point the ledger sorts it at."""
    parts = [int(p) for p in text.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1] or 1, parts[2] or 1)


def build_ledger(documents: Sequence[str],
                 history: Optional[str]) -> tuple[diplotier.Ledger, set[str]]:
    """The ledger of the history and the dated documents, and the dyads the
    documents give observations for."""
    ledger = diplotier.Ledger()
    if history is not None:
        ledger.load_history(history)
    classifier = diplotier.Classifier()
    read = [diplotier.read_document(p) for p in documents]
    text_dyads: set[str] = set()
    for doc, analysis in zip(read, classifier.analyze_many(
            [d.data for d in read])):
        if doc.date is None:
            print(f"warning: {doc.doc_id} has no date: not plotted",
                  file=sys.stderr)
            continue
        ledger.add(doc.doc_id, doc.date, analysis)
        text_dyads.update(analysis.dyads)
    return ledger, text_dyads


def series_for(ledger: diplotier.Ledger, dyad: str) -> Series:
    """The dyad's steps. Observations of one date collapse to the last one
    (the tier in force at the end of that day); a tier its ladder does not
    rank cannot be placed and is reported on stderr."""
    points: dict[datetime.date, diplotier.Observation] = {}
    for o in ledger.timeline(dyad):
        if o.rank < 0:
            print(f"warning: {dyad} {o.date}: {o.tier.wire_name} has no rank "
                  f"on {ledger.ladder_for(dyad).name}; not plotted",
                  file=sys.stderr)
            continue
        points[to_date(o.date)] = o
    dates = sorted(points)
    return Series(
        dyad=dyad,
        ladder=ledger.ladder_for(dyad).name,
        dates=tuple(dates),
        ranks=tuple(points[d].rank for d in dates),
        tiers=tuple(points[d].tier for d in dates),
        from_text=tuple(points[d].source == diplotier.ChangeSource.TEXT
                        for d in dates))


def choose_dyads(ledger: diplotier.Ledger, wanted: Sequence[str],
                 text_dyads: set[str], text_only: bool,
                 max_dyads: int) -> list[str]:
    if wanted:
        known = set(ledger.dyads())
        missing = [d for d in wanted if d not in known]
        if missing:
            raise ValueError(f"not in the ledger: {', '.join(missing)}")
        return list(wanted)
    dyads = [d for d in ledger.dyads() if not text_only or d in text_dyads]
    if len(dyads) > max_dyads:
        dyads.sort(key=lambda d: (-len(ledger.timeline(d)), d))
        print(f"note: plotting {max_dyads} of {len(dyads)} dyads; left out: "
              f"{', '.join(sorted(dyads[max_dyads:]))} (use --dyad or "
              "--max-dyads)", file=sys.stderr)
        dyads = sorted(dyads[:max_dyads])
    return dyads


def tier_label(tier: diplotier.Tier) -> str:
    return tier.wire_name.replace("all_weather", "all-weather").replace(
        "_", " ")


def plot(series: Sequence[Series], out: str, title: str,
         size: tuple[float, float] = (10.0, 5.0), dpi: int = 100) -> None:
    """Draws the step chart into ``out`` (format from its extension)."""
    if not series or not any(s.dates for s in series):
        raise ValueError("nothing to plot: no ranked observations")
    last = max(d for s in series for d in s.dates)
    end = datetime.date(last.year + 2, 1, 1)
    fig, ax = plt.subplots(figsize=size, dpi=dpi)
    colors = plt.get_cmap("tab10")
    spread = 0.06
    for i, s in enumerate(series):
        if not s.dates:
            continue
        shift = (i - (len(series) - 1) / 2) * spread
        ys = [r + shift for r in s.ranks]
        color = colors(i % 10)
        ax.step(list(s.dates) + [end], ys + [ys[-1]], where="post",
                color=color, linewidth=2, label=f"{s.dyad} ({s.ladder})")
        for d, y, text in zip(s.dates, ys, s.from_text):
            ax.plot([d], [y], marker="o", markersize=7, color=color,
                    markerfacecolor=color if text else "white",
                    markeredgewidth=1.5)
    # The y axis: the ranks from the lowest to the highest seen, named by
    # the tiers seen at each (ranks are per ladder, so one rank can carry
    # several names); a rank in between that no observation reaches is named
    # by the tiers the dyads' ladders place there.
    names: dict[int, set[str]] = {}
    for s in series:
        for rank, tier in zip(s.ranks, s.tiers):
            names.setdefault(rank, set()).add(tier_label(tier))
    low, top = min(names), max(names)
    ladders = [diplotier.Ladder.builtin(n) for n in {s.ladder for s in series}]
    for rank in range(low, top + 1):
        if rank not in names:
            names[rank] = {tier_label(t) for ladder in ladders
                           for t in ladder.tiers_at(rank)}
    ax.set_yticks(range(low, top + 1))
    ax.set_yticklabels([
        "\n".join(textwrap.wrap(" / ".join(sorted(names[r])), 34))
        or f"rank {r}" for r in range(low, top + 1)], fontsize=8)
    ax.set_ylim(low - 0.5, top + 0.5)
    ax.set_xlim(min(d for s in series for d in s.dates) -
                datetime.timedelta(days=365), end)
    ax.grid(axis="y", color="0.9")
    ax.set_xlabel("date")
    ax.set_ylabel("tier (rank on the dyad's ladder)")
    ax.set_title(title)
    handles, labels = ax.get_legend_handles_labels()
    handles += [Line2D([], [], marker="o", linestyle="", color="0.3"),
                Line2D([], [], marker="o", linestyle="", color="0.3",
                       markerfacecolor="white")]
    labels += ["seen in a document", "from the history file"]
    # Outside the axes, on the right, so that it never hides a line.
    ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1.0),
              fontsize=8, frameon=False)
    fig.savefig(out, bbox_inches="tight")
    plt.close(fig)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        description="Step chart of each dyad's partnership tier over time.")
    parser.add_argument("documents", nargs="*", metavar="DOCUMENT",
                        help="dated document files")
    parser.add_argument("--history", help="a history TSV "
                        "(e.g. examples/data/known_tiers.tsv)")
    parser.add_argument("--out", required=True,
                        help="image file; .png, .svg or .pdf")
    parser.add_argument("--dyad", action="append", default=[],
                        help="a dyad to draw, AAA|BBB (repeatable)")
    parser.add_argument("--text-dyads", action="store_true",
                        help="only the dyads the documents speak about")
    parser.add_argument("--max-dyads", type=int, default=10,
                        help="most dyads drawn (default 10)")
    parser.add_argument("--title", default="Partnership tiers over time")
    args = parser.parse_args(argv)
    if not args.documents and args.history is None:
        parser.error("give documents, --history, or both")
    if args.max_dyads < 1:
        parser.error("--max-dyads must be >= 1")
    try:
        ledger, text_dyads = build_ledger(args.documents, args.history)
        dyads = choose_dyads(ledger, args.dyad, text_dyads, args.text_dyads,
                             args.max_dyads)
        plot([series_for(ledger, d) for d in dyads], args.out, args.title)
    except (OSError, ValueError, diplotier.Error) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}: {len(dyads)} dyads", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
