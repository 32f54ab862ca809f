"""Per-language tables drawn from simplemma's dictionaries, cached on disk.

Loading a simplemma dictionary costs up to a second of CPU (German: over a million forms), too much
for ``sentomus lint`` on one question. The linter needs only two small parts of it:

- ``lemmas``: inflected form → lemma, for the lemmas that are lexicon terms ("krankheiten" →
  "krankheit");
- ``near_words``: the real words of the language one edit away from a word the linter knows
  ("games" next to "names"), which must never be "corrected".

Both are built from the dictionary the first time a language is used and written as JSON to the
cache directory (``SENTOMUS_CACHE_DIR``, else ``$XDG_CACHE_HOME/sentomus``, else
``~/.cache/sentomus``), keyed by the simplemma version and a digest of the linter's vocabulary, so a
changed lexicon or library rebuilds them. Without a writable cache directory they are rebuilt in
memory once per process.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import string
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_FORMAT = 1
_LETTERS = string.ascii_lowercase
MIN_NEAR_LENGTH = 5


@dataclass(frozen=True)
class LanguageTable:
    lemmas: dict[str, str]
    near_words: frozenset[str]


def _ascii_table() -> dict[int, str]:
    """Accented Latin letters to their ASCII base letters, for ``str.translate``."""
    table: dict[int, str] = {ord(k): v for k, v in _SPECIAL_FOLDS_MAP.items()}
    for code in range(0xC0, 0x250):
        char = chr(code)
        if code in table:
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if c.isascii() and c.isalnum()
        )
        if base:
            table[code] = base
    return table


_SPECIAL_FOLDS_MAP = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d"}
_ASCII = _ascii_table()
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(word: str) -> str:
    """Lower-case ASCII letters and digits, as the linter's tokens are."""
    return _NOT_ALNUM.sub("", word.lower().translate(_ASCII))


def load_table(
    lang: str, vocabulary: Iterable[str], lemma_targets: Iterable[str], exclude_lemma
) -> LanguageTable:
    vocabulary = sorted(set(vocabulary))
    targets = sorted(set(lemma_targets))
    digest = hashlib.sha256("\n".join([*vocabulary, "", *targets]).encode()).hexdigest()[:16]
    path = _cache_path(lang, digest)
    if path is not None and path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") == _FORMAT:
                return LanguageTable(data["lemmas"], frozenset(data["near_words"]))
        except (OSError, ValueError, KeyError):
            pass
    table = _build(lang, vocabulary, set(targets), exclude_lemma)
    if path is not None:
        _write(path, table)
    return table


def _build(lang: str, vocabulary: list[str], targets: set[str], exclude_lemma) -> LanguageTable:
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory().get_dictionary(lang)
    lemmas: dict[str, str] = {}
    words: set[str] = set()
    folded_lemmas: dict[object, str] = {}
    for form, lemma in dictionary.items():
        folded_form = fold(form)
        if not folded_form:
            continue
        words.add(folded_form)
        folded_lemma = folded_lemmas.get(lemma)
        if folded_lemma is None:
            folded_lemma = fold(lemma if isinstance(lemma, str) else lemma.decode())
            folded_lemmas[lemma] = folded_lemma
        if (
            folded_lemma != folded_form
            and folded_lemma in targets
            and not exclude_lemma(folded_lemma, lang)
        ):
            lemmas.setdefault(folded_form, folded_lemma)
    known = set(vocabulary)
    near: set[str] = set()
    for word in vocabulary:
        if len(word) >= MIN_NEAR_LENGTH and word.isalpha():
            near.update(variant for variant in _one_edit(word) if variant in words)
    return LanguageTable(lemmas, frozenset(near - known))


def _one_edit(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + swaps + replaces + inserts)


def _cache_path(lang: str, digest: str) -> Path | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        library = version("simplemma")
    except PackageNotFoundError:
        library = "unknown"
    base = os.environ.get("SENTOMUS_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = str(Path(xdg) / "sentomus") if xdg else str(Path.home() / ".cache" / "sentomus")
    return Path(base) / f"linter-{lang}-simplemma{library}-{digest}.json"


def _write(path: Path, table: LanguageTable) -> None:
    payload = {
        "format": _FORMAT,
        "lemmas": table.lemmas,
        "near_words": sorted(table.near_words),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
        ) as handle:
            json.dump(payload, handle, ensure_ascii=True, separators=(",", ":"))
        os.replace(handle.name, path)
    except OSError:
        # no writable cache: the table stays in memory for this process
        leftover = locals().get("handle")
        if leftover is not None:
            Path(leftover.name).unlink(missing_ok=True)
