"""Scores the free-text scrubber on a labelled corpus: recall per category, benign text altered.

Usage: ``python -m tests.privacy.score_scrub FILE [FILE ...] [--markdown] [--show-misses]``

Each corpus line is ``{"id", "lang", "text", "pii": [{"category", "value"}], "note"}``; a row with
an empty ``pii`` list is benign and must come out of the scrubber unchanged.

A labelled value counts as caught when nothing that identifies it survives in the output:

1. the value itself is not in the output (both compared after NFKC, without format characters
   such as zero-width spaces, case-folded, with runs of white space collapsed);
2. with separators removed, the value (six or more letters and digits) is not in the output with
   separators removed;
3. no run of four consecutive digits of the value is in a number of the output (a number being
   digits joined by at most two separator characters: space, dot, dash, slash, underscore, middle
   dot, brackets), unless the same run is also in a number of the row's text outside this value
   (another value of the row, or ordinary text such as a year, may hold it);
4. no word of the value of three or more letters (other than the generic words listed in
   ``_GENERIC_WORDS``: street types, month names, name particles, e-mail words, top-level domains)
   is a word of the output, unless that word is also in the row's text outside this value.

The scrubber's own placeholders (``[e-mail]``, ``[profile]``, ...) are taken out of the output
before these checks: the word "profile" of ``[profile]`` is not a kept part of a profile URL.

The rows of a frozen test set are never printed: ``--show-misses`` refuses ``heldout/*_test.jsonl``
(a fresh batch may be read once its score is recorded).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from survey.privacy import scrub, scrub_text

#: The labelled categories, in the one list the held-out validator reads too.
CATEGORIES = tuple(
    line.strip()
    for line in (Path(__file__).parent / "heldout" / "scrub_categories.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)
RECALL_TARGET = 0.95
BENIGN_ALTERED_TARGET = 0.02

_GENERIC_WORDS = frozenset(
    """
    at dot punt point punkt punto arobase arroba chiocciola apenstaartje com net org info
    www http https html php the and van von der den het des del della dei di da du de la le les
    los las ter ten und und via viale piazza corso largo vicolo calle avenida avda paseo plaza
    rue avenue boulevard place chemin quai route impasse allee allée straat weg laan plein gracht
    kade dijk singel steeg markt straße strasse str gasse platz allee ring road street lane
    avenue drive close way bis ter
    january february march april may june july august september october november december
    januari februari maart mei juni juli augustus oktober
    janvier fevrier février mars avril mai juin juillet aout août septembre octobre novembre
    decembre décembre januar februar märz marz oktober dezember
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_NUMBER = re.compile(r"\d(?:[\s.\-_/·()]{0,2}\d)*")
_WORD = re.compile(r"[^\W\d_]{3,}")
_SPACE = re.compile(r"\s+")


_PLACEHOLDERS = tuple(getattr(scrub, name) for name in scrub.__all__ if name.isupper())


def _without_placeholders(text: str) -> str:
    for placeholder in _PLACEHOLDERS:
        text = text.replace(placeholder, " ")
    return text


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return _SPACE.sub(" ", text.casefold())


def _compact(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def _numbers(text: str) -> list[str]:
    return [re.sub(r"\D", "", m.group(0)) for m in _NUMBER.finditer(text)]


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text))


def leaks(value: str, text: str, output: str) -> list[str]:
    """Why ``value`` (labelled in ``text``) is not caught in ``output``; empty when caught."""
    value_p, out_p = _plain(value), _plain(_without_placeholders(output))
    background = _plain(text).replace(value_p, " ")
    reasons = []
    if value_p.strip() and value_p.strip() in out_p:
        reasons.append("value kept")
    compact_value = _compact(value_p)
    if len(compact_value) >= 6 and compact_value in _compact(out_p):
        reasons.append("value kept without separators")
    digits = re.sub(r"\D", "", value_p)
    out_numbers, back_numbers = _numbers(out_p), _numbers(background)
    for i in range(len(digits) - 3):
        run = digits[i : i + 4]
        if any(run in n for n in out_numbers) and not any(run in n for n in back_numbers):
            reasons.append(f"digits {run} kept")
            break
    out_words, back_words = _words(out_p), _words(background)
    for word in sorted(_words(value_p) - _GENERIC_WORDS):
        if word in out_words and word not in back_words:
            reasons.append(f"word {word!r} kept")
    return reasons


@dataclass
class Score:
    caught: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    caught_lang: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    total_lang: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    benign: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    benign_altered: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: list[tuple[dict, str, str, list[str]]] = field(default_factory=list)
    altered: list[tuple[dict, str]] = field(default_factory=list)

    def recall(self, category: str) -> float | None:
        total = self.total.get(category, 0)
        return self.caught.get(category, 0) / total if total else None

    def benign_altered_rate(self, lang: str | None = None) -> float | None:
        if lang is None:
            total, altered = sum(self.benign.values()), sum(self.benign_altered.values())
        else:
            total, altered = self.benign.get(lang, 0), self.benign_altered.get(lang, 0)
        return altered / total if total else None

    def failures(self) -> list[str]:
        """Targets missed: recall below 0.95 in a category, more than 2% of benign rows altered."""
        out = []
        for category in CATEGORIES:
            recall = self.recall(category)
            if recall is not None and recall < RECALL_TARGET:
                out.append(f"{category} recall {recall:.3f}")
        rate = self.benign_altered_rate()
        if rate is not None and rate > BENIGN_ALTERED_TARGET:
            out.append(f"benign altered {rate:.3f}")
        return out


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(rows: list[dict]) -> Score:
    result = Score()
    for row in rows:
        text, lang = row["text"], row["lang"]
        output = scrub_text(text)
        if not row["pii"]:
            result.benign[lang] += 1
            if output != text:
                result.benign_altered[lang] += 1
                result.altered.append((row, output))
            continue
        for item in row["pii"]:
            category = item["category"]
            reasons = leaks(item["value"], text, output)
            result.total[category] += 1
            result.total_lang[(category, lang)] += 1
            if reasons:
                result.misses.append((row, item["value"], output, reasons))
            else:
                result.caught[category] += 1
                result.caught_lang[(category, lang)] += 1
    return result


def _cell(caught: int, total: int) -> str:
    return f"{caught / total:.2f} ({caught}/{total})" if total else "–"


def report(name: str, result: Score) -> str:
    langs = sorted({lang for _, lang in result.total_lang} | set(result.benign))
    lines = [f"### {name}", "", "| category | all | " + " | ".join(langs) + " |"]
    lines.append("|---" * (len(langs) + 2) + "|")
    for category in CATEGORIES:
        if not result.total.get(category):
            continue
        cells = [_cell(result.caught[category], result.total[category])]
        cells += [
            _cell(result.caught_lang[(category, lang)], result.total_lang[(category, lang)])
            for lang in langs
        ]
        lines.append(f"| {category} | " + " | ".join(cells) + " |")
    benign_cells = [_cell(sum(result.benign_altered.values()), sum(result.benign.values()))]
    benign_cells += [_cell(result.benign_altered[lang], result.benign[lang]) for lang in langs]
    lines.append("| benign altered | " + " | ".join(benign_cells) + " |")
    failures = result.failures()
    lines += ["", "targets met" if not failures else "targets missed: " + ", ".join(failures)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--show-misses", action="store_true", help="print missed and altered rows")
    args = parser.parse_args(argv)
    status = 0
    for path in args.files:
        result = score(load(path))
        print(report(str(path), result))
        print()
        if result.failures():
            status = 1
        if args.show_misses:
            if "heldout" in path.parts and path.name.endswith("_test.jsonl"):
                print("(rows of a frozen test set are not shown)\n")
                continue
            for row, value, output, reasons in result.misses:
                print(f"MISS {row['id']} [{row['lang']}] {value!r}: {'; '.join(reasons)}")
                print(f"     {output!r}")
            for row, output in result.altered:
                print(f"ALTERED {row['id']} [{row['lang']}] {row['text']!r}\n     -> {output!r}")
    return status


if __name__ == "__main__":
    sys.exit(main())
