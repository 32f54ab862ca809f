"""Matching the lexicons in a field and judging each match by its request frame."""

from __future__ import annotations

from bisect import bisect_right

from survey.privacy import lexicon as lx
from survey.privacy.linter.frames import (
    _ALWAYS_RULES,
    _PERSON_MARK,
    _RULE_ORDER,
    _RULES_BY_TRIGGER,
    _Rule,
)
from survey.privacy.linter.results import CONCEPTS, PERSONAL_DATA
from survey.privacy.linter.terms import _compound, _lexicon
from survey.privacy.linter.tokens import _Hit, _TokenisedField

_CONTACT_CONCEPTS = {
    "PD-EMAIL", "PD-PHONE", "PD-NAME", "PD-ADDRESS", "PD-CONTACT", "PD-SOCIAL", "PD-POSTCODE",
}  # fmt: skip
_CHANNEL_CONCEPTS = {"PD-EMAIL", "PD-PHONE", "PD-SOCIAL"}
_IDENTIFIER_CONCEPTS = {"PD-ACCOUNT", "PD-NATIONAL-ID", "PD-BANK"}


class _AnalysedField(_TokenisedField):
    """A tokenised field with its lexicon and frame matches, and the judgement of each."""

    __slots__ = ()

    def hits(self) -> list[_Hit]:
        lexicon = _lexicon()
        tokens = self.tokens
        count = len(tokens)
        masked = [False] * count
        for words in (tokens, self.written) if self.written != tokens else (tokens,):
            for index, word in enumerate(words):
                for phrase in lexicon.benign.get(word, ()):
                    end = index + len(phrase)
                    if tuple(words[index:end]) == phrase:
                        for covered in range(index, end):
                            masked[covered] = True
                        break
        found: list[_Hit] = []
        index = 0
        while index < count:
            word = tokens[index]
            if masked[index]:
                index += 1
                continue
            hit = None
            for phrase, term in lexicon.phrases.get(word, ()):
                end = index + len(phrase)
                if tuple(tokens[index:end]) == phrase and not any(masked[index:end]):
                    hit = _Hit(term.code, term.need, index, end - 1)
                    break
            if hit is None:
                term = lexicon.singles.get(word)
                if word in lx.ONLY_IN and self.context.lang not in lx.ONLY_IN[word]:
                    term = None
                if term is None and len(word) >= 7 and not word.isdigit():
                    term = _compound(word)
                if term is not None and self._case_allows(index, word):
                    hit = _Hit(term.code, term.need, index, index)
            if hit is not None:
                found.append(hit)
                index = hit.last + 1
            else:
                index += 1
        found = self._add_rule_hits(found)
        self.covered = {i for hit in found for i in range(hit.first, hit.last + 1)}
        return found

    def _case_allows(self, index: int, word: str) -> bool:
        """Abbreviations that are also ordinary words count only in capitals."""
        return word not in lx.CASED_ABBREVIATIONS or self._all_caps(index)

    def _add_rule_hits(self, found: list[_Hit]) -> list[_Hit]:
        rules: set[_Rule] = set(_ALWAYS_RULES)
        for word in self.written:
            rules.update(_RULES_BY_TRIGGER.get(word, ()))
        if not rules:
            return found
        parts: list[str] = []
        offsets: list[int] = []
        position = 0
        for index, word in enumerate(self.written):
            if index and self.clause[index] != self.clause[index - 1]:
                parts.append("|")
                position += 2
            offsets.append(position)
            if word in lx.PERSON_NOUNS:
                word = _PERSON_MARK
            parts.append(word)
            position += len(word) + 1
        joined = " ".join(parts)
        for rule in sorted(rules, key=_RULE_ORDER.__getitem__):
            for match in rule.pattern.finditer(joined):
                first = bisect_right(offsets, match.start()) - 1
                last = bisect_right(offsets, max(match.start(), match.end() - 1)) - 1
                # A frame rule is stronger evidence than the lexicon words it overlaps, unless
                # they name personal data and the rule only a quasi-identifier.
                overlapping = [h for h in found if not (h.last < first or h.first > last)]
                if rule.code.startswith("QI-") and any(
                    CONCEPTS[h.code][1] == PERSONAL_DATA for h in overlapping
                ):
                    continue
                found = [h for h in found if h.last < first or h.first > last]
                found.append(_Hit(rule.code, 0, first, last, rule=True))
        return found

    # -- judging -----------------------------------------------------------------------------

    def judge(self, hit: _Hit) -> str | None:
        """Return the basis on which ``hit`` is a request, or None when it is not one."""
        if self._negated(hit.first):
            return None
        if hit.code in ("QI-AGE", "QI-BIRTH-YEAR") and self.context.banded:
            return None  # "¿Qué edad tiene?" with age bands as answers
        if hit.rule:
            if hit.code == "QI-HOMETOWN" and self._coarse_residence(hit):
                return None
            clause = self._clause_range(hit.first)
            if (
                hit.code in ("PD-SOCIAL", "PD-NAME")
                and any(self.tokens[i] in lx.OTHER_NOUNS for i in clause)
                and not any(self._addresses_respondent(i) for i in clause)
            ):
                return None  # "Under which name is the painting known on Instagram?"
            return "frame"
        code, need = hit.code, hit.need
        first, last = hit.first, hit.last
        word = self.tokens[first]
        group = CONCEPTS[code][1]
        if need >= 2 and first == last and self._used_as_verb(first, word):
            return None
        if (
            code in _IDENTIFIER_CONCEPTS
            and last + 1 < len(self.tokens)
            and self.tokens[last + 1] in lx.NUMBER_WORDS
        ):
            need = 0  # "Passaporto n.", "passport no"
        owner = self._owner(hit)
        if owner == "other":
            return None
        if group != PERSONAL_DATA and self._is_topic(first, last, owner, code):
            return None
        if self._not_about_the_respondent(hit, owner):
            return None
        ties = self._ties(hit, owner, group)
        if (
            code in _CHANNEL_CONCEPTS
            and need > 0
            and ties <= {"possessive", "addressed", "prize-draw"}
            and self._channel(first, last)
        ):
            return None
        if code == "PD-PHONE" and need == 3 and "contact" not in ties and self._device(first):
            return None
        if not ties:
            if need == 0 and not self._definite_reference(first):
                return "explicit"
            return None
        if need <= 1:
            return _strongest(ties)
        strong = ties - {"addressed", "question"}
        if need == 3:
            strong -= {"possessive"}
        return _strongest(strong)

    def _not_about_the_respondent(self, hit: _Hit, owner: str | None) -> bool:
        """Data statements, names of things and schools of painting."""
        code, first, last = hit.code, hit.first, hit.last
        if (
            code == "PD-CONTACT"
            and self.tokens[first] in lx.GENERIC_DATA_WORDS
            and self._data_statement(first)
            and not self._requested(first, last)
        ):
            return True
        if code == "PD-NAME" and owner is None and self._names_a_thing(first, last):
            return True
        return (
            code == "QI-SCHOOL"
            and last + 1 < len(self.tokens)
            and self._function_word(last + 1, lx.OF_WORDS)
        )  # "which school of painting"

    def _ties(self, hit: _Hit, owner: str | None, group: str) -> set[str]:
        first, last = hit.first, hit.last
        ties: set[str] = set()
        if owner == "self":
            ties.add("possessive")
            if self._value_question(first):
                ties.add("value-question")
        elif owner == "companion":
            ties.add("companion")
        if self._requested(first, last):
            ties.add("request")
        if self._is_label(first, last):
            ties.add("label")
        if hit.code in _CONTACT_CONCEPTS or hit.code == "PD-PHOTO":
            if any(
                word in lx.CONTACT_VERBS and not self._contacts_the_museum(i)
                for i, word in enumerate(self.tokens)
                if not first <= i <= last
            ):
                ties.add("contact")
            if self.context.prize and hit.code != "PD-PHOTO" and not self.is_option:
                ties.add("prize-draw")
        if hit.code == "PD-PHOTO" and self.context.kind in lx.UPLOAD_KINDS:
            ties.add("answer-type")
        if hit.code == "PD-PHOTO" and any(
            self.tokens[i] in lx.UPLOAD_VERBS for i in self._clause_range(first)
        ):
            ties.add("request")  # "take a selfie ... and upload it here"
        clause = self._clause_range(first)
        if any(self._addresses_respondent(i) for i in clause if i < first or i > last) or (
            self.is_option and self.context.stem_addressed
        ):
            ties.add("addressed")  # options inherit a stem that addresses the respondent
            if hit.code != "PD-NAME" and self._interrogative_before(first) and self._has_you(last):
                ties.add("value-question")  # "Welche Herkunft haben Sie?"
        if group != PERSONAL_DATA and any(
            self.tokens[i] in lx.PERSONAL_LIFE and i > 0 and self._is_possessive(i - 1)
            for i in clause
        ):
            ties.add("personal-life")  # "¿La fe ocupa un lugar importante en su vida?"
        if "addressed" in ties:
            pass
        elif group != PERSONAL_DATA and self.clause[first] in self.questions:
            # Spanish and Italian drop the pronoun: "¿Tiene alguna discapacidad?"
            ties.add("question")
        return ties

    def _coarse_residence(self, hit: _Hit) -> bool:
        """'Where do you live?' with answer options (this city, elsewhere, abroad): the options
        set how exact the answer is."""
        named_town = any(self.tokens[i] in lx.TOWN_NOUNS for i in range(hit.first, hit.last + 1))
        return self.context.has_options and not named_town

    def _time_span(self, index: int) -> bool:
        """'in the past year', 'in the last few months': a span of time, not a subject."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else ""
        return self.tokens[index] in ("past", "last") and following in lx.TIME_SPAN_NOUNS

    def _contacts_the_museum(self, verb: int) -> bool:
        """'Could you reach us by phone?', 'joindre le musée': the museum is contacted."""
        tokens = self.tokens
        index = verb + 1
        while index < len(tokens) and index <= verb + 4 and self._same_clause(index, verb):
            word = tokens[index]
            if word in lx.MUSEUM_OBJECTS:
                return True
            if word not in lx.ARTICLES and word not in lx.CONTACT_LINKS:
                return False
            index += 1
        return verb > 0 and tokens[verb - 1] in lx.MUSEUM_OBJECTS_BEFORE

    def _used_as_verb(self, index: int, word: str) -> bool:
        """'Name your favourite work', 'address the topic': verbs, not requests."""
        tokens = self.tokens
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        previous = tokens[index - 1] if index > 0 and self._same_clause(index - 1, index) else ""
        in_noun_phrase = (
            previous in lx.ARTICLES
            or previous in lx.POSSESSIVE_2ND
            or previous in (lx.POSSESSIVE_1ST)
        )
        if (
            word in lx.VERB_LIKE_TERMS
            and (following in lx.VERB_USE_FOLLOWERS or following in lx.OBJECTS_OF_VERB)
            and not in_noun_phrase
            and self._same_clause(index, index + 1)
        ):
            return not (word in ("email", "mail", "text") and following in ("your", "ur"))
        if word in ("nombre", "nombres") and index > 0:
            if tokens[index - 1] in lx.FRENCH_NUMBER_DETERMINERS:
                return True  # French "votre nombre de visites": a number, not a name
            if following in ("de", "d") and index + 2 < len(tokens):
                return tokens[index + 2] not in lx.PERSON_NOUNS and tokens[index + 2] not in (
                    "su",
                    "tu",
                    "sus",
                    "tus",
                    "usuario",
                    "pila",
                )
        return False

    def _owner(self, hit: _Hit) -> str | None:
        """Who the term belongs to: 'self', 'companion', 'other' or None (unknown)."""
        return self._owner_before(hit.first) or self._owner_after(hit)

    def _owner_before(self, first: int) -> str | None:
        """Before the term: "your full name", "your car's registration", "the museum's
        address"."""
        tokens = self.tokens
        index = first - 1
        skipped = 0
        while (
            index >= 0
            and tokens[index] in lx.MODIFIERS
            and skipped < 3
            and self._same_clause(index, first)
            and not self._is_possessive(index)
        ):
            index -= 1
            skipped += 1
        if index >= 0 and self._same_clause(index, first):
            word = tokens[index]
            if word == "s" and index >= 1:
                owner_word = tokens[index - 1]
                if owner_word in lx.PERSON_NOUNS:
                    return "companion"
                if owner_word in ("you", "u") or self._is_possessive(index - 1):
                    return "self"
                if (
                    owner_word not in lx.OTHER_NOUNS
                    and owner_word not in lx.TOPIC_NOUNS
                    and any(self._is_possessive(k) for k in range(max(0, index - 3), index - 1))
                ):
                    return "self"  # "your car's registration number"
                return "other"
            if self._is_possessive(index):
                return "self"
            if self._is_other_owner(index):
                if self.context.companions and word in lx.THIRD_PERSON_POSSESSIVES:
                    return "companion"  # "Who came with you? ... their names"
                return "other"
            if word in lx.OTHER_NOUNS and word not in lx.AMBIGUOUS_OWNER_NOUNS:
                return "other"  # "museum address", "artist name"
        return None

    def _owner_after(self, hit: _Hit) -> str | None:
        """After the term: "name of the artist", "nom de votre enfant", "IP-Adresse Ihres
        Geräts"."""
        last = hit.last
        tokens = self.tokens
        index = last + 1
        if (
            index + 1 < len(tokens)
            and tokens[index] in lx.COORDINATORS
            and index + 1 in self._term_positions()
        ):
            index += 2  # "name and age of each child"
        if index >= len(tokens) or not self._same_clause(index, last):
            return None
        of_word = tokens[index]
        if not self._function_word(index, lx.OF_WORDS):
            return None
        if of_word in lx.PURPOSE_WORDS and (
            CONCEPTS[hit.code][1] != PERSONAL_DATA or hit.code == "PD-PHOTO"
        ):
            return None  # "allergies for the café workshop", "a selfie for our wall"
        possessed = of_word in lx.GENITIVE_POSSESSIVES and self._is_possessive_2nd(index)
        if of_word in lx.GENITIVE_POSSESSIVES and not possessed:
            return "other"  # lower-case "ihres": hers, theirs
        index += 1
        if index < len(tokens) and self._same_clause(index, last) and self._is_other_owner(index):
            return "other"  # "a name for our new gallery", "le nom de cette œuvre"
        skipped = 0
        definite = False
        while index < len(tokens) and tokens[index] in lx.NOUN_PHRASE_SKIP and skipped < 4:
            possessed = possessed or self._is_possessive(index)
            definite = definite or tokens[index] in lx.ARTICLES
            index += 1
            skipped += 1
        if index >= len(tokens) or not self._same_clause(index, last):
            return "self" if possessed else None
        return self._owner_of_head(hit, index, of_word, possessed, definite)

    def _owner_of_head(
        self, hit: _Hit, index: int, of_word: str, possessed: bool, definite: bool
    ) -> str | None:
        """The owner named by the head noun after "of": "of your child", "of the artist"."""
        head = self.tokens[index]
        if head in lx.PERSON_NOUNS:
            return "companion"
        if head in lx.RESPONDENT_NOUNS or head in lx.OBJECT_PRONOUNS_2ND:
            return "self"  # "the best e-mail for you", "the signature of the visitor"
        artwork = (
            head in lx.OTHER_NOUNS or head in lx.TOPIC_NOUNS or head.startswith(lx.FAVOURITE)
        ) and not (head in lx.VISIT_NOUNS and (possessed or hit.code in _IDENTIFIER_CONCEPTS))
        if hit.code in _IDENTIFIER_CONCEPTS and not artwork:
            return "self" if possessed else None  # "membership number of the Friends' club"
        if artwork:
            return "other"
        if possessed:
            return "self"  # "Kennzeichen Ihres Autos", "matrícula de su coche"
        if (
            definite
            and of_word not in lx.PURPOSE_WORDS
            and not any(
                self._addresses_respondent(i) for i in self._clause_range(index) if i > index
            )
        ):
            return "other"  # "the number plate of the vintage car in the hall"
        if (
            of_word in lx.PROPER_NOUN_OF_WORDS
            and self._capitalised(index)
            and head not in lx.NOT_PROPER
        ):
            return "other"  # "date of birth of Rembrandt"
        return None

    def _term_positions(self) -> set[int]:
        return self.covered if self.covered else set()

    def _names_a_thing(self, first: int, last: int) -> bool:
        """'Give the painting a new name': the name of a thing, not of the respondent."""
        previous = self.tokens[first - 1] if first > 0 else ""
        if previous in lx.INDEFINITE_ARTICLES:
            return True
        clause = self._clause_range(first)
        return any(self.tokens[i] in lx.ARTWORK_NOUNS for i in clause if i < first)

    def _has_you(self, last: int) -> bool:
        """'... haben Sie', '... avez-vous', '... are you' right after the term."""
        tokens = self.tokens
        high = min(len(tokens) - 1, last + 4)
        for index in range(last + 1, high):
            if not self._same_clause(index, last):
                break
            pair = (tokens[index], tokens[index + 1])
            if (pair[0] in lx.HAVE_BE and self._addresses_respondent(index + 1)) or (
                pair[1] in lx.HAVE_BE and self._addresses_respondent(index)
            ):
                return True
        return False

    def _interrogative_before(self, first: int) -> bool:
        index = first - 1
        while index >= 0 and self.tokens[index] in lx.MODIFIERS and first - index <= 2:
            index -= 1
        return (
            index >= 0
            and self._same_clause(index, first)
            and self.tokens[index] in lx.INTERROGATIVE_DETERMINERS
        )

    def _value_question(self, first: int) -> bool:
        index = first - 1
        while index >= 0 and not self._is_possessive(index):
            index -= 1
            if first - index > 4:
                return False
        return any(
            self.tokens[k] in lx.VALUE_QUESTION
            for k in range(max(0, index - 3), index)
            if self._same_clause(k, first)
        )

    def _requested(self, first: int, last: int) -> bool:
        tokens = self.tokens
        # Before: "enter your e-mail", "vul hier uw naam in", "geben Sie bitte Ihre ... an".
        index = first - 1
        steps = 0
        while index >= 0 and steps < 5 and self._same_clause(index, first):
            word = tokens[index]
            if word in lx.REQUEST or _strip_clitic(word) in lx.REQUEST:
                # "Did you share ...": a question about behaviour, not a request.
                return not (
                    (index >= 1 and tokens[index - 1] in lx.BEHAVIOUR_AUXILIARY)
                    or (
                        index >= 2
                        and tokens[index - 1] in ("you", "u", "they")
                        and tokens[index - 2] in lx.BEHAVIOUR_AUXILIARY
                    )
                )
            if word not in lx.INERT_BETWEEN_REQUEST_AND_TERM:
                break
            index -= 1
            steps += 1
        # After: "e-mailadres invullen", "Namen bitte angeben", "votre nom, s'il vous plaît".
        index = last + 1
        steps = 0
        while index < len(tokens) and steps < 4 and self._same_clause(index, last):
            word = tokens[index]
            if word in lx.POSTPOSED_REQUEST:
                return True
            if word in lx.SEPARABLE_PARTICLES and self._separable_request(first):
                return True
            if word not in lx.INERT_BETWEEN_REQUEST_AND_TERM:
                break
            index += 1
            steps += 1
        return self._imperative_clause(first)

    def _imperative_clause(self, first: int) -> bool:
        """'Tell us a bit about yourself: name, age and ...': a clause that opens with a request
        verb asks for every term in it, wherever the term stands."""
        for index in self._clause_range(first):
            word = self.tokens[index]
            if word in lx.POLITENESS:
                continue
            return index < first and (word in lx.REQUEST or _strip_clitic(word) in lx.REQUEST)
        return False

    def _separable_request(self, first: int) -> bool:
        """German and Dutch split verbs: "Geben Sie ... an", "Vul ... in"."""
        return any(self.tokens[i] in lx.SEPARABLE_VERBS for i in self._clause_range(first))

    def _is_label(self, first: int, last: int) -> bool:
        if self.label_mark[last]:
            return True
        if self.is_option:
            return False
        clause_start = self._clause_range(first).start
        if (
            all(
                i in self.covered
                or (self.tokens[i] in lx.LABEL_FILLERS and self.tokens[i] not in lx.VALUE_QUESTION)
                for i in range(clause_start, first)
            )
            and last + 1 < len(self.tokens)
            and self._same_clause(last + 1, last)
            and self.tokens[last + 1] in lx.PURPOSE_WORDS
        ):
            return True  # "Kontaktdaten für Rückfragen", "E-mail address for the newsletter"
        covered = self.covered
        for i in self._clause_range(first):
            if first <= i <= last or i in covered:
                continue
            if self.in_parens[i] and not self.in_parens[first]:
                continue  # "E-mail (for the prize draw)"
            word = self.tokens[i]
            if word not in lx.LABEL_FILLERS and not word.isdigit():
                return False
        return True

    def _negated(self, first: int) -> bool:
        tokens = self.tokens
        clause = self.clause[first]
        start = first
        while start > 0 and self.clause[start - 1] == clause and first - start < 12:
            start -= 1
        for index in range(start, first):
            word = tokens[index]
            negation = word in lx.NEGATION or (
                word == "t" and index > 0 and tokens[index - 1] in lx.NEGATED_CONTRACTIONS
            )
            if word == "no" and index + 1 < len(tokens) and tokens[index + 1] in ("more", "longer"):
                negation = False
            if (
                word in lx.EVER_IN_QUESTIONS
                and clause in self.questions
                and not any(tokens[k] in lx.NEGATION_PARTNERS for k in range(start, index))
            ):
                negation = False  # "È mai stato arrestato?", "Avez-vous jamais ...": ever
            if word in lx.ANSWER_WORDS and self._comma_after(index):
                negation = False  # "No, call me on ...": an answer, not a negation
            if not negation:
                continue
            window = tokens[index + 1 : first]
            before = tokens[max(0, index - 6) : index]
            if any(w in lx.NEGATION_CANCELLERS for w in window) or any(
                w in lx.NEGATION_CANCELLERS for w in before[-2:]
            ):
                return False
            if any(w in lx.CONTRAST for w in window):
                continue
            if word in lx.AVOID_VERBS:
                return True  # "please avoid mentioning names"
            if first - index <= 2 and word not in ("ne", "n", "pas"):
                return True  # "no names", "without your e-mail", "keine Namen"
            if any(w in lx.NOT_WANTED_VERBS for w in before[-2:] + window):
                return True  # "we do not ask for your name"
            if any(w in lx.MUSEUM_SUBJECTS for w in before[-3:]):
                continue  # "we will not share your e-mail address": it is still collected
            if any(w in lx.REQUEST or w in lx.GIVE_VERBS for w in window + before):
                return True  # "please do not write your name", "geben Sie keine Namen an"
        return False

    def _comma_after(self, index: int) -> bool:
        if index + 1 >= len(self.tokens):
            return False
        gap = self.norm.text[self.ends[index] : self.starts[index + 1]]
        return any(mark in gap for mark in ",:;!-–")

    def _is_topic(self, first: int, last: int, owner: str | None, code: str = "") -> bool:
        """A special category named as a subject of art or history, or about other people."""
        if owner == "self":
            return False
        if code in ("QI-EMPLOYER", "QI-SCHOOL") and any(
            self.tokens[i] in lx.JOB_TITLE for i in self._clause_range(first)
        ):
            return False  # "for which company do you work, and in what role?"
        tokens = self.tokens
        following = ""
        if last + 1 < len(tokens) and self._same_clause(last + 1, last):
            following = tokens[last + 1]
        if (
            following in lx.TOPIC_NOUNS
            or following in lx.FACILITY_NOUNS
            or (following in lx.GROUP_NOUNS and following not in lx.SINGULAR_GROUP_NOUNS)
            or following.startswith(("lieblings", "museum"))
        ):
            return True  # "religious art", "disabled toilets", "blind visitors"
        previous = tokens[first - 1] if first > 0 and self._same_clause(first - 1, first) else ""
        before = first - 1
        while before >= 0 and tokens[before] in lx.ARTICLES and self._same_clause(before, first):
            before -= 1
        if before >= 0 and tokens[before] in lx.PURPOSE_WORDS and self._same_clause(before, first):
            return True  # "accessible for wheelchair users", "für Rollstuhlfahrer"
        if (
            first == last
            and tokens[first] in lx.SPECIAL_ADJECTIVES
            and (previous in lx.NOUN_PHRASE_OPENERS or self._is_other_owner(first - 1))
            and following.isalpha()
            and following not in lx.ATTRIBUTE_NOUNS
            and following not in lx.COORDINATORS
            and following not in lx.CLAUSE_WORDS
        ):
            return True  # an adjective naming a subject: "racial justice", "political posters"
        if following in lx.CONTRACTED_OF or (
            following in lx.GENITIVE_OF
            and last + 2 < len(tokens)
            and self._same_clause(last + 2, last)
            and tokens[last + 2] in lx.ARTICLES | lx.DEMONSTRATIVES
        ):
            return True  # "l'enceinte du parc", "the health of the collection"
        clause = self._clause_range(first)
        if any(
            tokens[i] in lx.PERSONAL_LIFE and i > 0 and self._is_possessive(i - 1) for i in clause
        ):
            return False  # "what role does religion play in your life?"
        return self._near_a_subject(first, last, clause)

    def _near_a_subject(self, first: int, last: int, clause: range) -> bool:
        """'the exhibition about religion', 'visitors with disabilities', 'visitors who are
        blind or partially sighted'."""
        tokens = self.tokens
        reach = 3
        if not any(self._addresses_respondent(i) for i in clause if i < first or i > last):
            reach = 6  # no one is addressed: a looser tie, so a looser topic test
        for index in self._nearby(first, last, reach):
            word = tokens[index]
            if word in lx.GROUP_NOUNS and index < first:
                return True
            if word in lx.SUBJECT_NOUNS and not self._time_span(index):
                return True
        for index in range(max(0, first - 8), first):
            if (
                tokens[index] in lx.GROUP_NOUNS
                and index + 1 < first
                and tokens[index + 1] in lx.RELATIVE_PRONOUNS
                and self._same_clause(index, first)
            ):
                return True
        return False

    def _nearby(self, first: int, last: int, reach: int) -> list[int]:
        """Token positions within ``reach`` words of a term, not counting other terms and
        the little words that join them ("exhibition about health and illness")."""
        found: list[int] = []
        for step in (-1, 1):
            index = first - 1 if step < 0 else last + 1
            counted = 0
            while 0 <= index < len(self.tokens) and counted < reach:
                if not self._same_clause(index, first):
                    break
                found.append(index)
                if index not in self.covered and self.tokens[index] not in lx.COORDINATORS:
                    counted += 1
                index += step
        return found

    def _data_statement(self, first: int) -> bool:
        return any(self.tokens[i] in lx.DATA_STATEMENT for i in self._clause_range(first))

    def _definite_reference(self, first: int) -> bool:
        """'Was the phone number on the website correct?': a thing, not a request."""
        return (
            first > 0
            and self.tokens[first - 1] in lx.ARTICLES
            and self._same_clause(first - 1, first)
        )

    def _channel(self, first: int, last: int) -> bool:
        """'Did you hear about us by e-mail?': e-mail, phone or social media as a channel."""
        tokens = self.tokens
        for index in range(max(0, first - 2), first):
            if tokens[index] in lx.CHANNEL_PREPOSITIONS and self._same_clause(index, first):
                return True
        low, high = max(0, first - 6), min(len(tokens), last + 7)
        return any(
            tokens[i] in lx.CHANNEL and tokens[i] not in lx.CHANNEL_PREPOSITIONS
            for i in range(low, high)
            if self._same_clause(i, first) and not first <= i <= last
        )

    def _device(self, first: int) -> bool:
        low, high = max(0, first - 6), min(len(self.tokens), first + 7)
        return any(
            self.tokens[i] in lx.DEVICE and self._same_clause(i, first) for i in range(low, high)
        )


def _strip_clitic(word: str) -> str:
    """Spanish and Italian imperatives carry pronouns: "escríbalos", "indíquenos", "scrivili"."""
    for clitic in lx.CLITICS:
        if word.endswith(clitic) and len(word) > len(clitic) + 3:
            return word[: -len(clitic)]
    return word


def _strongest(ties: set[str]) -> str | None:
    for basis in (
        "request", "value-question", "label", "possessive", "personal-life", "companion", "contact",
        "prize-draw", "answer-type", "addressed", "question",
    ):  # fmt: skip
        if basis in ties:
            return basis
    return None


# ------------------------------------------------------------------------------ public API
