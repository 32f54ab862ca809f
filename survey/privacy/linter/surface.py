"""Surface forms: inflections and one-letter typos brought back to the words the linter knows.

A token the lexicons and frame rules do not know is looked up in the question's language:

1. its lemma (from simplemma, a pure-Python lemmatiser, through per-language tables drawn from its
   dictionaries one language at a time, on first use; ``lemma_tables.py``): "Krankheiten" →
   "krankheit", "discapacidades" → "discapacidad";
2. for a word of six or more letters that is not a word of the language at all, a known word one
   edit away (rapidfuzz's optimal string alignment distance: a letter dropped, added, replaced,
   or two neighbours swapped): "adress" → "address", "geboortdatum" → "geboortedatum".

Real words of the language are never corrected ("games" is not "names"), nor are capitalised
words inside a sentence outside German (names of artists and places), digits, or a word with two
equally near known words of different meaning. Lemmas and corrections are cached per language.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from config.study import LANGUAGES
from survey.privacy.linter.lemma_tables import LanguageTable, fold, load_table

MIN_TYPO_LENGTH = 6
_CACHE_LIMIT = 100_000

# Real words at one edit from a key term, written without accents as tokens are: a typo guard
# for words the language dictionaries do not list.
BENIGN_NEIGHBOURS = frozenset(
    {
        "nominee", "nomination", "phoney", "emails", "mailed", "mailer", "addressed",
        "religiously", "adresse",
    }
)  # fmt: skip


class SurfaceForms:
    """Maps unknown tokens of one language to known vocabulary words."""

    def __init__(
        self, vocabulary: Iterable[str], key_terms: dict[str, str], frame_words: Iterable[str]
    ) -> None:
        self.vocabulary = frozenset(vocabulary)
        # key term (folded) -> concept code: corrections to these must be unambiguous
        self.key_terms = key_terms
        # lemmas worth mapping to: lexicon terms that are not also frame words ("post", "name"
        # as verbs), whose inflection is part of what they say
        self._lemma_targets = frozenset(key_terms) - frozenset(frame_words)
        by_length: dict[int, list[str]] = defaultdict(list)
        for word in self.vocabulary:
            if len(word) >= MIN_TYPO_LENGTH - 1 and word.isalpha():
                by_length[len(word)].append(word)
        self._by_length = {length: sorted(words) for length, words in by_length.items()}
        self._tables: dict[str, LanguageTable] = {}
        self._cache: dict[tuple[str, str], tuple[str, bool] | None] = {}

    def known(self, token: str) -> bool:
        return token in self.vocabulary

    def table(self, lang: str) -> LanguageTable:
        table = self._tables.get(lang)
        if table is None:
            table = load_table(lang, self.vocabulary, self._lemma_targets, _infinitive)
            self._tables[lang] = table
        return table

    def resolve(self, token: str, lang: str, *, capitalised_name: bool) -> tuple[str, bool] | None:
        """The vocabulary word ``token`` stands for and whether it is a typo correction (rather
        than a lemma), or None to keep the token as it is."""
        key = (lang, token)
        if key in self._cache and not capitalised_name:
            return self._cache[key]
        result = self._resolve(token, lang, capitalised_name)
        if len(self._cache) < _CACHE_LIMIT and not capitalised_name:
            self._cache[key] = result
        return result

    def _resolve(self, token: str, lang: str, capitalised_name: bool) -> tuple[str, bool] | None:
        if token.isdigit() or len(token) < 3 or lang not in LANGUAGES:
            return None
        table = self.table(lang)
        lemma = table.lemmas.get(token)
        if lemma is not None:
            return lemma, False
        if len(token) < MIN_TYPO_LENGTH or capitalised_name or token in BENIGN_NEIGHBOURS:
            return None
        if token in table.near_words:
            return None  # a real word of the language, one edit from a known one
        nearest = self._nearest(token)
        return (nearest, True) if nearest is not None else None

    def _nearest(self, token: str) -> str | None:
        from rapidfuzz.distance import OSA

        candidates: list[str] = []
        for length in (len(token) - 1, len(token), len(token) + 1):
            for word in self._by_length.get(length, ()):
                if word[0] == token[0] and OSA.distance(token, word, score_cutoff=1) <= 1:
                    candidates.append(word)
        if not candidates:
            return None
        concepts = {self.key_terms.get(word) for word in candidates}
        if len(concepts) > 1:
            return None  # two known words of different meaning: no guess
        return min(candidates, key=lambda word: (abs(len(word) - len(token)), word))


_INFINITIVE_ENDINGS = {
    "nl": ("en",), "de": ("en", "ern", "eln"), "fr": ("er", "ir", "re"), "es": ("ar", "er", "ir"),
    "it": ("are", "ere", "ire", "rre"),
}  # fmt: skip


def _infinitive(lemma: str, lang: str) -> bool:
    """Verbs stay as written: their inflection carries the frame (Italian "preghiamo" is "we
    kindly ask", not "pray"), and the frame rules read the inflected forms."""
    return len(lemma) > 4 and lemma.endswith(_INFINITIVE_ENDINGS.get(lang, ()))


def detect_language(texts: Iterable[str]) -> str | None:
    """The most likely of the six languages for a question without a declared language, from
    its function words; None when no language stands out."""
    from survey.privacy import lexicon as lx

    words = [fold(word) for text in texts if text for word in text.split()]
    scores = {lang: sum(word in lx.LANGUAGE_MARKERS[lang] for word in words) for lang in LANGUAGES}
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top > second else None
