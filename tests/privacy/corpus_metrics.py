"""Recall and false-positive rates of the linter over the labelled question corpus.

Labels: ``reject`` (asks for personal data), ``warn`` (asks about a GDPR special category or a
strong quasi-identifier) and ``ok`` (an ordinary question, often a deliberate trap). A warn-labelled
question counts as caught when the linter warns or rejects; an ok-labelled question is a false
positive when it is rejected or warned.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from survey.privacy.linter import CONCEPTS, SPECIAL_CATEGORY, lint_question

CORPUS_DIR = Path(__file__).parent
CORPUS_REPORT_KEY = pytest.StashKey[str]()
LANGUAGES = ("en", "nl", "fr", "de", "es", "it")
# Special categories by the linter's names and by the names held-out files may use for them.
SPECIAL_CATEGORIES = frozenset(
    category for category, group in CONCEPTS.values() if group == SPECIAL_CATEGORY
) | {
    "disability", "ethnicity", "politics", "political", "union", "sexuality", "sex_life",
    "genetic", "biometric", "criminal", "religious_belief", "race", "racial_origin",
    "philosophical_belief", "beliefs",
}  # fmt: skip


def load_corpus() -> list[dict]:
    rows = []
    for path in sorted(CORPUS_DIR.glob("corpus*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            rows.extend(json.loads(line) for line in lines if line.strip())
    return rows


@dataclass
class Tally:
    total: int = 0
    hits: int = 0

    def add(self, hit: bool) -> None:
        self.total += 1
        self.hits += int(hit)

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else float("nan")

    def __str__(self) -> str:
        return f"{self.rate:6.3f} ({self.hits}/{self.total})" if self.total else "     - (0/0)"


@dataclass
class CorpusMetrics:
    reject_recall: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    special_flagged: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    warn_flagged: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    benign_rejected: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    benign_warned: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_category: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    benign_by_category: dict[str, tuple[Tally, Tally]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def report(self) -> str:
        lines = [
            "Linter corpus metrics (targets: reject recall >= 0.98, special categories "
            "flagged >= 0.97, benign rejected <= 0.01, benign warned <= 0.05)",
            "",
        ]
        header = f"{'':10}{'reject recall':>20}{'special flagged':>20}{'all warn flagged':>20}"
        header += f"{'benign rejected':>20}{'benign warned':>20}"
        lines.append(header)
        for key in ("all", *LANGUAGES):
            lines.append(
                f"{key:10}{self.reject_recall[key]!s:>20}{self.special_flagged[key]!s:>20}"
                f"{self.warn_flagged[key]!s:>20}{self.benign_rejected[key]!s:>20}"
                f"{self.benign_warned[key]!s:>20}"
            )
        lines += ["", "Per category, requests (caught = rejected; warn categories: flagged):"]
        for category in sorted(self.by_category):
            lines.append(f"  {category:22}{self.by_category[category]!s:>20}")
        lines += ["", "Per category, benign questions (rejected, warned):"]
        for category in sorted(self.benign_by_category):
            rejected, warned = self.benign_by_category[category]
            lines.append(f"  {category:22}{rejected!s:>20}{warned!s:>20}")
        if self.misses:
            lines += ["", f"Misclassified ({len(self.misses)}):", *self.misses]
        return "\n".join(lines)


def evaluate(rows: list[dict]) -> CorpusMetrics:
    metrics = CorpusMetrics()
    for row in rows:
        result = lint_question(
            row["text"],
            options=row.get("options", ()),
            help_text=row.get("help", ""),
            lang=row.get("lang"),
            kind=row.get("type"),
        )
        verdict, label, category = result.verdict, row["label"], row["category"]
        keys = ("all", row["lang"])
        if label == "reject":
            caught = verdict == "reject"
            for key in keys:
                metrics.reject_recall[key].add(caught)
        elif label == "warn":
            caught = verdict in ("warn", "reject")
            for key in keys:
                metrics.warn_flagged[key].add(caught)
                if category in SPECIAL_CATEGORIES:
                    metrics.special_flagged[key].add(caught)
        else:
            caught = verdict == "ok"
            for key in keys:
                metrics.benign_rejected[key].add(verdict == "reject")
                metrics.benign_warned[key].add(verdict == "warn")
            rejected, warned = metrics.benign_by_category.setdefault(category, (Tally(), Tally()))
            rejected.add(verdict == "reject")
            warned.add(verdict == "warn")
        if label != "ok":
            metrics.by_category[category].add(caught)
        if not caught:
            metrics.misses.append(
                f"  {row['id']}: labelled {label}, got {verdict}: {row['text']!r}"
            )
    return metrics
