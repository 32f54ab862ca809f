"""A field of a question (text, help or an option), tokenised into words and clauses."""

from __future__ import annotations

from dataclasses import dataclass

from survey.privacy import lexicon as lx
from survey.privacy.linter.terms import (
    _BOUNDARY,
    _JOINER,
    _LABEL_MARK_AFTER,
    _WORD,
    _compound,
    _lexicon,
    surface_forms,
)
from survey.privacy.normalise import normalise


@dataclass(slots=True)
class _Hit:
    code: str
    need: int
    first: int  # token index
    last: int  # token index, inclusive
    rule: bool = False


@dataclass(slots=True)
class _QuestionContext:
    lang: str | None
    kind: str
    banded: bool
    prefer_not: bool
    prize: bool
    has_options: bool = False
    sending: bool = False  # the question speaks of sending something to the respondent
    companions: bool = False  # the question speaks of people who came with the respondent
    stem_addressed: bool = False  # the question text addresses the respondent; options inherit it


class _TokenisedField:
    """One text of a question (text, help or an option), tokenised, with its findings."""

    __slots__ = (
        "name", "original", "norm", "tokens", "starts", "ends", "clause", "in_parens",
        "label_mark", "is_option", "written", "context", "cased", "questions", "covered",
        "_original_cache",
    )  # fmt: skip

    def __init__(self, name: str, original: str, context: _QuestionContext) -> None:
        self.name = name
        self.original = original
        self.is_option = name.startswith("option:")
        self.context = context
        self.norm = normalise(original)
        self.cased = any(c.isupper() for c in original) and any(c.islower() for c in original)
        self.covered: set[int] = set()
        self._original_cache: dict[int, str] = {}
        self._tokenise()

    # -- tokenising --------------------------------------------------------------------------

    def _tokenise(self) -> None:
        joinable = _lexicon().joinable
        text = self.norm.text
        raw = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
        tokens: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        clause: list[int] = []
        in_parens: list[bool] = []
        label_mark: list[bool] = []
        questions: set[int] = set()
        clause_index = 0
        depth = 0
        index = 0
        previous_end = 0
        while index < len(raw):
            word, start, end = raw[index]
            gap = text[previous_end:start]
            if (
                tokens
                and word in lx.GENDER_SUFFIXES
                and gap in ("(", "/", "·")
                and previous_end == ends[-1]
                and (end >= len(text) or not text[end].isalnum())
            ):
                index += 1  # "né(e)", "nato/a", "Besucher/in": one word
                previous_end = end + (1 if end < len(text) and text[end] == ")" else 0)
                continue
            abbreviation_dot = (
                gap.strip() == "." and bool(tokens) and tokens[-1] in lx.ABBREVIATIONS
            )
            if tokens and gap and _BOUNDARY.search(gap) and not abbreviation_dot:
                if "?" in gap:
                    questions.add(clause_index)
                clause_index += 1
            depth += gap.count("(") + gap.count("[") - gap.count(")") - gap.count("]")
            depth = max(0, depth)
            joined_to, joined = _join_pieces(text, raw, index, joinable)
            if joined_to != index:
                word, end = joined, raw[joined_to][2]
            tokens.append(word)
            starts.append(start)
            ends.append(end)
            clause.append(clause_index)
            in_parens.append(depth > 0)
            after = text[end : raw[joined_to + 1][1]] if joined_to + 1 < len(raw) else text[end:]
            label_mark.append(bool(_LABEL_MARK_AFTER.match(after)))
            previous_end = end
            index = joined_to + 1
        if "?" in text[previous_end:] or "¿" in text[:previous_end][-1:]:
            questions.add(clause_index)
        if self._unpunctuated_question(text):
            questions.update(range(clause_index + 1))
        self.starts, self.ends, self.clause = starts, ends, clause
        self.in_parens, self.label_mark, self.questions = in_parens, label_mark, questions
        self.written = tokens  # the tokens as written, before lemmas and corrections
        self.tokens = list(tokens)
        if self.context.lang:
            self._resolve_surface_forms()

    def _resolve_surface_forms(self) -> None:
        """Inflected forms and typos of known words become those words (``surface.py``)."""
        forms = surface_forms()
        lang = self.context.lang or ""
        german = lang == "de"
        for index, token in enumerate(self.tokens):
            if forms.known(token) or not token.isalpha():
                continue
            original = self._original_token(index)
            name_like = (
                not german
                and original[:1].isupper()
                and not original.isupper()
                and index > 0
                and self.clause[index - 1] == self.clause[index]
            )
            resolved = forms.resolve(token, lang, capitalised_name=name_like)
            if resolved is not None:
                self.tokens[index] = resolved[0]
                if resolved[1]:
                    self.written[index] = resolved[0]  # a typo: the frame rules see it mended

    def _unpunctuated_question(self, text: str) -> bool:
        """A question text or help without any punctuation, in a language that drops the
        subject pronoun: read it as a question ("Tiene alguna discapacidad")."""
        return (
            self.context.lang in lx.PRONOUN_DROP
            and not self.is_option
            and not any(mark in text for mark in "?.!¿:")
        )

    def _original_token(self, index: int) -> str:
        cached = self._original_cache.get(index)
        if cached is None:
            start, end = self.norm.original_span(self.starts[index], self.ends[index])
            cached = self.original[start:end]
            self._original_cache[index] = cached
        return cached

    def _capitalised(self, index: int) -> bool:
        word = self._original_token(index)
        return bool(word) and word[0].isupper()

    def _all_caps(self, index: int) -> bool:
        word = self._original_token(index)
        return len(word) > 1 and word.isupper()

    # -- word classes ------------------------------------------------------------------------

    def _is_possessive_2nd(self, index: int) -> bool:
        word = self.tokens[index]
        if word not in lx.POSSESSIVE_2ND:
            return False
        if word == "su" and (
            self.context.lang == "it"
            or (index > 0 and self.tokens[index - 1] in lx.OTHER_NOUNS | lx.TOPIC_NOUNS)
        ):
            return False  # Italian "su": "la mostra su disabilità e arte"
        # "ihr", "ihre" in lower case inside properly cased German: her, their.
        return not (word.startswith("ihr") and self.cased and not self._capitalised(index))

    def _is_possessive(self, index: int) -> bool:
        return self._is_possessive_2nd(index) or self.tokens[index] in lx.POSSESSIVE_1ST

    def _is_other_owner(self, index: int) -> bool:
        word = self.tokens[index]
        if word in lx.OTHER_OWNER:
            return True
        return word.startswith("ihr") and self.cased and not self._capitalised(index)

    def _function_word(self, index: int, words: frozenset[str] | set[str]) -> bool:
        """A little word of ``words`` in the question's language: Dutch "van" is "of", Spanish
        "van" is "they go"."""
        word = self.tokens[index]
        if word not in words:
            return False
        languages = lx.FUNCTION_WORD_LANGUAGES.get(word)
        return languages is None or self.context.lang is None or self.context.lang in languages

    def _addresses_respondent(self, index: int) -> bool:
        word = self.tokens[index]
        if word in lx.NOT_A_PRONOUN_IN.get(self.context.lang or "", ()):
            return False  # Italian article "i", French "du", Spanish "u" (or)
        if word in lx.PRONOUN_2ND or word in lx.POSSESSIVE_1ST:
            return True
        if word in lx.POSSESSIVE_2ND:
            return self._is_possessive_2nd(index)
        if word in lx.PRONOUN_2ND_CAPITALISED:
            return self._capitalised(index)
        if word in lx.PRONOUN_1ST:
            return word != "i" or self._original_token(index) == "I"
        return False

    def _same_clause(self, a: int, b: int) -> bool:
        return self.clause[a] == self.clause[b]

    def _clause_range(self, index: int) -> range:
        clause = self.clause[index]
        start = index
        while start > 0 and self.clause[start - 1] == clause:
            start -= 1
        end = index
        while end + 1 < len(self.tokens) and self.clause[end + 1] == clause:
            end += 1
        return range(start, end + 1)

    # -- matching ----------------------------------------------------------------------------


def _join_pieces(
    text: str, raw: list[tuple[str, int, int]], index: int, joinable: frozenset[str]
) -> tuple[int, str]:
    """Join hyphenated or dotted pieces ("e-mail", "Tel.-Nr.") when the joined word is known;
    return the index of the last piece joined and the joined word."""
    joined_to, joined = index, raw[index][0]
    probe = joined
    for following in range(index + 1, min(index + 5, len(raw))):
        link = text[raw[following - 1][2] : raw[following][1]]
        if not _JOINER.fullmatch(link) or raw[following][0] in lx.PRONOUN_TAILS:
            break
        probe += raw[following][0]
        if probe in joinable or (len(probe) >= 7 and _compound(probe) is not None):
            joined_to, joined = following, probe
    return joined_to, joined
