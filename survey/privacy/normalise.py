"""Text normalisation for the linter: one comparable form for every way of writing a word.

Museums (or anyone trying to slip a request past the linter) can write "E‑mail", "e-m a i l",
"ｅｍａｉｌ", "е-mail" with a Cyrillic "е", "e\u200bmail" with a zero-width space, or "em@il".
``normalise`` maps all of these to plain lower-case ASCII-ish text so the lexicons only need one
spelling, and keeps, for every character of the result, the index of the character it came from in
the original text, so findings can point at the exact span the author wrote.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Look-alike letters from other scripts that are used to disguise Latin words.
_HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "з": "3", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ɡ": "g", "ɑ": "a", "ո": "n", "ս": "u",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "u", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "s", "γ": "y",
    # Latin letters that NFKD does not decompose
    "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ł": "l", "ŀ": "l", "ŧ": "t", "æ": "ae", "œ": "oe",
    "ß": "ss", "þ": "th", "ð": "d", "ŋ": "n", "ĸ": "k",
}  # fmt: skip
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u00ad"
_APOSTROPHES = "\u2018\u2019\u201b\u02bc\u02b9\u00b4\u0060\u2032\uff07"
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u034f"

_fold_cache: dict[str, str] = {}


def _fold_char(char: str) -> str:
    folded = _fold_cache.get(char)
    if folded is not None:
        return folded
    lower = char.lower()
    if char in _INVISIBLE or (char == "\u00ad"):
        folded = ""
    elif char in _DASHES:
        folded = "-"
    elif char in _APOSTROPHES:
        folded = "'"
    elif lower in _HOMOGLYPHS:
        folded = _HOMOGLYPHS[lower]
    elif unicodedata.category(char) == "Cf":
        folded = ""
    else:
        decomposed = unicodedata.normalize("NFKD", char)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        folded = "".join(_HOMOGLYPHS.get(c, c) for c in folded)
        if char.isspace():
            folded = " "
    if len(_fold_cache) < 20_000:
        _fold_cache[char] = folded
    return folded


# "e m a i l", "e.m.a.i.l", "D.O.B.", "p-h-o-n-e": three or more single letters in a row.
_SPACED_LETTERS = re.compile(r"(?<![a-z0-9])[a-z](?:(?:[ ._*\-·•|/]|  )[a-z]){2,}(?![a-z0-9])")
_SPACED_SEPARATORS = " ._*-·•|/"
# Letters written as digits or symbols inside a word: "ph0ne", "em@il", "n4me", "addre$$".
_LEET_WORD = re.compile(
    r"(?<![a-z0-9@$])(?=[a-z0-9@$]*[a-z][a-z0-9@$]*[a-z])[a-z0-9@$]*[0-9@$][a-z0-9@$]*"
)
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
_ORDINAL_OR_UNIT = re.compile(r"\d+[a-z]{1,3}|[a-z]{1,3}\d+|\d+[a-z]\d+")


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text plus, per character, the index of its source character (None: identity)."""

    text: str
    source: tuple[int, ...] | None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if self.source is None:
            return start, end
        if start >= len(self.source):
            last = self.source[-1] + 1 if self.source else 0
            return last, last
        return self.source[start], self.source[max(start, end - 1)] + 1


def _fold(text: str) -> tuple[str, list[int] | None]:
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    source: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char) if not char.isascii() else char.lower()
        if folded:
            out.append(folded)
            source.extend([index] * len(folded))
    return "".join(out), source


def _collapse_spaced_letters(text: str, source: list[int] | None) -> tuple[str, list[int] | None]:
    if _SPACED_LETTERS.search(text) is None:
        return text, source
    if source is None:
        source = list(range(len(text)))
    out: list[str] = []
    new_source: list[int] = []
    last = 0
    for match in _SPACED_LETTERS.finditer(text):
        out.append(text[last : match.start()])
        new_source.extend(source[last : match.start()])
        run = match.group(0)
        separators = re.findall(r"[^a-z]+", run)
        usual = max(set(separators), key=separators.count)
        for offset, piece in _pieces(run, match.start()):
            if piece.isalpha():
                out.append(piece)
                new_source.append(source[offset])
            elif piece != usual:
                out.append(" ")  # a different gap separates words: "n u m é r o  d e"
                new_source.append(source[offset])
        last = match.end()
    out.append(text[last:])
    new_source.extend(source[last:])
    return "".join(out), new_source


def _pieces(run: str, offset: int) -> list[tuple[int, str]]:
    """Split a spaced-out run into single letters and the separators between them."""
    return [(offset + m.start(), m.group(0)) for m in re.finditer(r"[a-z]|[^a-z]+", run)]


def _undo_leet(text: str) -> str:
    if not any(c in text for c in "0134579@$"):
        return text

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        if _ORDINAL_OR_UNIT.fullmatch(word):
            return word  # "17th", "2e", "10am", "a4": ordinary text
        return word.translate(_LEET)

    return _LEET_WORD.sub(replace, text)


def normalise(text: str) -> Normalised:
    """Fold case, accents, look-alikes, dashes, invisible characters, spacing and leetspeak."""
    folded, source = _fold(text)
    folded = _undo_leet(folded)  # one character for one: the source map is unchanged
    folded, source = _collapse_spaced_letters(folded, source)
    return Normalised(folded, tuple(source) if source is not None else None)
