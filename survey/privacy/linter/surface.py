"""Surface forms: inflections and one-letter typos brought back to the words the linter knows.

A token the lexicons and frame rules do not know is looked up in the question's language:

1. its lemma (simplemma, a pure-Python lemmatiser whose dictionaries load one language at a time,
   on first use): "Krankheiten" → "krankheit", "discapacidades" → "discapacidad";
2. for a word of six or more letters that is not a word of the language at all, a known word one
   edit away (rapidfuzz's optimal string alignment distance: a letter dropped, added, replaced,
   or two neighbours swapped): "adress" → "address", "geboortdatum" → "geboortedatum".

Real words are never corrected ("games" is not "names"), nor are capitalised words inside a
sentence outside German (names of artists and places), digits, or a word with two equally near
known words of different meaning. Lemmas and corrections are cached per language.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

LANGUAGES = ("en", "nl", "fr", "de", "es", "it")
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
        # lemmas worth mapping to: lexicon terms that are not also frame words ("post", "name"
        # as verbs), whose inflection is part of what they say
        self._lemma_targets = frozenset(key_terms) - frozenset(frame_words)
        self._cache: dict[tuple[str, str, str], tuple[str, bool] | None] = {}
        # key term (folded) -> concept code: corrections to these must be unambiguous
        self.key_terms = key_terms
        by_length: dict[int, list[str]] = defaultdict(list)
        for word in self.vocabulary:
            if len(word) >= MIN_TYPO_LENGTH - 1 and word.isalpha():
                by_length[len(word)].append(word)
        self._by_length = {length: sorted(words) for length, words in by_length.items()}

    def known(self, token: str) -> bool:
        return token in self.vocabulary

    def resolve(
        self, token: str, original: str, lang: str, *, capitalised_name: bool
    ) -> str | None:
        """The vocabulary word ``token`` stands for, or None to keep it as it is."""
        key = (lang, token, original)
        if key in self._cache:
            return self._cache[key]
        result = self._resolve(token, original, lang, capitalised_name)
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[key] = result
        return result

    def _resolve(
        self, token: str, original: str, lang: str, capitalised_name: bool
    ) -> tuple[str, bool] | None:
        if token.isdigit() or len(token) < 3:
            return None
        for lemma in (_fold(_lemmatize(original.lower(), lang)), _fold(_lemmatize(token, lang))):
            if lemma != token and lemma in self._lemma_targets and not _infinitive(lemma, lang):
                return lemma, False  # frame words stay as written: their form is their meaning
        if len(token) < MIN_TYPO_LENGTH or capitalised_name or token in BENIGN_NEIGHBOURS:
            return None
        if _is_word(original.lower(), lang) or _is_word(token, lang):
            return None
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


def _fold(word: str) -> str:
    from survey.privacy.normalise import normalise

    return "".join(ch for ch in normalise(word).text if ch.isalnum())


def _lemmatize(word: str, lang: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang=lang)


def _is_word(word: str, lang: str) -> bool:
    import simplemma

    return simplemma.is_known(word, lang=lang)


def detect_language(texts: Iterable[str]) -> str | None:
    """The most likely of the six languages for a question without a declared language."""
    import simplemma

    sample = " ".join(text for text in texts if text)
    if not sample.strip():
        return None
    ranked = simplemma.langdetect(sample, lang=LANGUAGES)
    best, score = ranked[0]
    return best if best in LANGUAGES and score > 0 else None
