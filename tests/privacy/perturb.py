"""Perturbed variants of a question, as editors really type them.

Every variant keeps the meaning: accents stripped, all capitals, punctuation removed, and, for each
word of six or more letters, one variant with a one-letter typo in that word (a letter dropped,
two neighbours swapped, a letter replaced by its keyboard neighbour, or a letter doubled; the edit
is chosen from the word's position, so the variants are the same on every run).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

_LONG_WORD = re.compile(r"[^\W\d_]{6,}")
_PUNCTUATION = re.compile(r"[^\w\s]")
_NEIGHBOURS = dict(
    zip(
        "qwertyuiopasdfghjklzxcvbnm",
        "wqwrtyuiooasdfghjkkxcvbnmn",
        strict=True,
    )
)

Question = tuple[str, list[str], str]


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def typo(word: str, seed: int) -> str:
    """A one-letter edit of ``word`` away from its first letter."""
    middle = 1 + seed % (len(word) - 2)
    kind = seed % 4
    if kind == 0:
        return word[:middle] + word[middle + 1 :]
    if kind == 1:
        return word[:middle] + word[middle + 1] + word[middle] + word[middle + 2 :]
    if kind == 2:
        letter = word[middle]
        replacement = _NEIGHBOURS.get(letter.lower(), "e" if letter.lower() != "e" else "a")
        return word[:middle] + replacement + word[middle + 1 :]
    return word[:middle] + word[middle] + word[middle:]


def _map(question: Question, change) -> Question:
    text, options, help_text = question
    return change(text), [change(option) for option in options], change(help_text)


def variants(text: str, options: list[str], help_text: str) -> Iterator[tuple[str, Question]]:
    question: Question = (text, list(options), help_text)
    yield "no-accents", _map(question, strip_accents)
    yield "capitals", _map(question, str.upper)
    yield "no-punctuation", _map(question, lambda value: _PUNCTUATION.sub(" ", value))
    fields = [text, *options, help_text]
    seed = 0
    for position, value in enumerate(fields):
        for match in _LONG_WORD.finditer(value):
            seed += 1
            changed = value[: match.start()] + typo(match.group(0), seed) + value[match.end() :]
            edited = list(fields)
            edited[position] = changed
            yield "typo", (edited[0], edited[1:-1], edited[-1])
