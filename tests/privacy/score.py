"""Score the linter on a labelled question file, printing aggregate rates only.

Usage: python -m tests.privacy.score FILE [FILE ...] [--typos] [--misses]

For each file, per language and overall: reject recall (reject-labelled questions rejected),
special categories flagged (special-category questions warned or rejected), all warn-labelled
questions flagged, benign rejected and benign warned; then the same per category. ``--typos``
adds the perturbation check: for every question the linter catches, variants with accents
stripped, in capitals, without punctuation, and with a one-letter typo in each word of six or
more letters; it reports the share of variants still caught.

No question text is ever printed for a held-out test file (its name contains ``_test``):
``--misses`` lists the misclassified rows of development files and fresh batches only, so that
the frozen test set can be scored without being read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from tests.privacy.corpus_metrics import LANGUAGES, Tally, evaluate
from tests.privacy.perturb import variants

FROZEN_MARK = "_test"


def load_rows(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise SystemExit(f"{path}: line {number}: invalid JSON ({error.msg})") from None
    return rows


def _caught(row: dict, verdict: str) -> bool:
    if row["label"] == "reject":
        return verdict == "reject"
    if row["label"] == "warn":
        return verdict in ("warn", "reject")
    return verdict == "ok"


def typo_retention(rows: list[dict]) -> dict[str, dict[str, Tally]]:
    """Per perturbation kind and language: variants of caught rows that stay caught."""
    from survey.privacy.linter import lint_question

    tallies: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for row in rows:
        if row["label"] == "ok":
            continue

        def verdict_of(text: str, options: list[str], help_text: str, row: dict = row) -> str:
            return lint_question(
                text, options=options, help_text=help_text, lang=row.get("lang"),
                kind=row.get("type"),
            ).verdict  # fmt: skip

        options, help_text = list(row.get("options", ())), row.get("help", "")
        if not _caught(row, verdict_of(row["text"], options, help_text)):
            continue
        for kind, (text, opts, help_variant) in variants(row["text"], options, help_text):
            hit = _caught(row, verdict_of(text, opts, help_variant))
            for key in ("all", row["lang"]):
                tallies[kind][key].add(hit)
    return tallies


def report(path: Path, rows: list[dict], *, typos: bool, misses: bool) -> str:
    metrics = evaluate(rows)
    lines = [f"== {path.name}: {len(rows)} questions"]
    header = f"{'':6}{'reject recall':>18}{'special flagged':>18}{'all warn flagged':>18}"
    header += f"{'benign rejected':>18}{'benign warned':>18}"
    lines.append(header)
    for key in ("all", *LANGUAGES):
        lines.append(
            f"{key:6}{metrics.reject_recall[key]!s:>18}{metrics.special_flagged[key]!s:>18}"
            f"{metrics.warn_flagged[key]!s:>18}{metrics.benign_rejected[key]!s:>18}"
            f"{metrics.benign_warned[key]!s:>18}"
        )
    lines.append("per category, requests caught (reject: rejected; warn: flagged):")
    for category in sorted(metrics.by_category):
        lines.append(f"  {category:24}{metrics.by_category[category]!s:>18}")
    lines.append("per category, benign questions (rejected, warned):")
    for category in sorted(metrics.benign_by_category):
        rejected, warned = metrics.benign_by_category[category]
        lines.append(f"  {category:24}{rejected!s:>18}{warned!s:>18}")
    if typos:
        tallies = typo_retention(rows)
        lines.append("perturbed variants of caught rows still caught:")
        for kind in sorted(tallies):
            cells = "".join(f"  {k} {tallies[kind][k]!s}" for k in ("all", *LANGUAGES))
            lines.append(f"  {kind:14}{cells}")
    if misses:
        if FROZEN_MARK in path.stem:
            lines.append("(misclassified rows are not listed for a frozen test file)")
        else:
            lines += [f"misclassified ({len(metrics.misses)}):", *metrics.misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--typos", action="store_true", help="add the perturbation check")
    parser.add_argument("--misses", action="store_true", help="list misclassified rows")
    args = parser.parse_args(argv)
    for path in args.files:
        print(report(path, load_rows(path), typos=args.typos, misses=args.misses))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
