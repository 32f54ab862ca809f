"""A normalised copy of an answer ("shadow") that the detectors read, mapped back to the original.

People disguise contact details with fullwidth characters (``ｊａｎ＠ｅｘａｍｐｌｅ．ｎｌ``,
``０６１２``), zero-width spaces inside a number, en dashes, middle dots or underscores between
digit groups, non-breaking spaces. The detectors only need to know one spelling of each, so they
run on a shadow in which every character is folded (NFKC, format characters dropped, dashes, dots,
apostrophes and spaces unified). Case is kept: capitals matter for names. Each shadow character
remembers the index of the character it came from, so a span found in the shadow can be replaced in
the original; text outside the spans is returned exactly as the respondent typed it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d")
_DOTS = frozenset("\u00b7\u2022\u2219\u2027\u30fb\uff65\u22c5\u2024")
_APOSTROPHES = frozenset("\u2018\u2019\u201b\u02bc\u00b4\u2032\uff07")
_KEEP = frozenset("\n\r")

_cache: dict[str, str] = {}


def _fold(char: str) -> str:
    folded = _cache.get(char)
    if folded is not None:
        return folded
    if char in _DASHES:
        folded = "-"
    elif char in _DOTS:
        folded = "."
    elif char in _APOSTROPHES:
        folded = "'"
    elif char in _KEEP:
        folded = char
    elif char.isspace():
        folded = " "
    elif unicodedata.category(char) in ("Cf", "Mn"):
        # Zero-width spaces and joiners, soft hyphen, BOM; combining accents typed apart from
        # their letter ("Le\u0301a"), which would split a word in two.
        folded = ""
    else:
        folded = unicodedata.normalize("NFKC", char)
        if len(folded) == 1 and folded in _DASHES:
            folded = "-"
    if len(_cache) < 20_000:
        _cache[char] = folded
    return folded


@dataclass(frozen=True, slots=True)
class Shadow:
    """Folded text plus, for each of its characters, the index of the original character."""

    text: str
    source: tuple[int, ...] | None  # None: the shadow is the original itself

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if self.source is None:
            return start, end
        return self.source[start], self.source[end - 1] + 1


def shadow_of(text: str) -> Shadow:
    # Plain ASCII without tabs or other control spaces folds to itself.
    if text.isascii() and not any(c.isspace() and c not in " \n\r" for c in text):
        return Shadow(text, None)
    pieces: list[str] = []
    source: list[int] = []
    for index, char in enumerate(text):
        folded = _fold(char)
        if folded:
            pieces.append(folded)
            source.extend([index] * len(folded))
    return Shadow("".join(pieces), tuple(source))
