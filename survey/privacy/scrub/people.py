"""Who the respondent is: names given to introduce oneself or sign off, companions' full names,
and dates of birth.

Names are only recognised where the sentence says that a name follows ("my name is", "ik heet",
"je m'appelle", "ich heiße", "me llamo", "mi chiamo", a sign-off such as "Groetjes,") or where a
companion is named in full ("my wife Ingrid Smit"). Names anywhere else (artists, artworks, a guide
praised by first name) are left alone. Dates are only replaced after a birth frame ("born on",
"geboortedatum", "née le", "geboren am", "nací el", "nata il").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from survey.privacy.scrub import lexicon
from survey.privacy.scrub.spans import Span

NAME = "[name]"
BIRTH_DATE = "[birth date]"

# A word of a name: letters with inner apostrophes or hyphens ("O'Brien", "Marie-Claire"), or an
# initial ("J.").
_TOKEN = re.compile(r"[ ]{0,2}(?P<w>[^\W\d_](?:[^\W\d_]|['-](?=[^\W\d_]))*(?:(?<=\b\w)\.)?)")


def _name_end(text: str, pos: int, *, lower_ok: bool, stop: frozenset[str]) -> int | None:
    """End of the name starting at ``pos``, or None when no name starts there."""
    end = None
    accepted = 0
    lower_run = False
    while accepted < 4:
        match = _TOKEN.match(text, pos)
        if not match:
            break
        word = match.group("w")
        low = word.lower()
        if accepted and low in lexicon.PARTICLES:
            pos = match.end()
            continue
        if low in stop or low in lexicon.NOT_NAMES:
            break
        if word[0].isupper():
            if lower_run:
                break
        elif lower_ok and (accepted == 0 or lower_run) and accepted < 2 and len(word) > 1:
            lower_run = True
        else:
            break
        accepted += 1
        end = match.end()
        pos = match.end()
    return end


def _name_span(text: str, start: int, end: int) -> Span:
    return Span(len(text[:end]) - len(text[start:end].lstrip()), end, NAME)


_TRAILER = re.compile(r"[\W_]*\Z")


def find_names(text: str) -> Iterator[Span]:
    # "my name is jan jansen": lower case is accepted after an explicit name frame.
    for match in lexicon.NAME_FRAMES.finditer(text):
        end = _name_end(text, match.end(), lower_ok=True, stop=lexicon.STOPWORDS)
        if end is not None:
            yield _name_span(text, match.end(), end)
    # "I'm Oliver", "ik ben Pieter": the name must be written with a capital and not be a
    # nationality, occupation or other word people say they "are".
    for match in lexicon.WEAK_NAME_FRAMES.finditer(text):
        end = _name_end(text, match.end(), lower_ok=False, stop=lexicon.STOPWORDS | lexicon.ROLES)
        if end is None:
            continue
        words = text[match.end() : end].split()
        if len(words) == 1 and _role_like(words[0]):
            continue
        yield _name_span(text, match.end(), end)
    # Sign-offs: "Groetjes, Pieter Bakker" at the end of the answer (contact details may follow).
    for match in lexicon.SIGN_OFFS.finditer(text):
        end = _name_end(text, match.end(), lower_ok=False, stop=lexicon.STOPWORDS)
        if end is None or not _TRAILER.match(text, end) and not _followed_by_contact(text, end):
            continue
        name = text[match.end() : end].strip()
        thanks = match.group("thanks") is not None
        if thanks and "\n" not in match.group(0) and " " not in name:
            continue  # "Thanks, Tom!" thanks the guide; a signature stands on its own line
        yield Span(end - len(name), end, NAME)
    # Companions named in full: "with my wife Ingrid Smit".
    for match in lexicon.COMPANIONS.finditer(text):
        end = _name_end(text, match.end(), lower_ok=False, stop=lexicon.STOPWORDS)
        if end is None:
            continue
        name = text[match.end() : end].strip()
        if len([w for w in name.split() if w.lower() not in lexicon.PARTICLES]) >= 2:
            yield Span(end - len(name), end, NAME)


def _role_like(word: str) -> bool:
    low = word.lower()
    if low in lexicon.GIVEN_NAMES_WITH_ROLE_ENDINGS:
        return False
    return len(low) > 4 and bool(lexicon.ROLE_ENDINGS.search(low))


_CONTACT_AFTER = re.compile(r"[ ]*[(,\-:\n][^\n]*\Z")


def _followed_by_contact(text: str, end: int) -> bool:
    """A signature followed only by contact details already masked (nothing else is left)."""
    rest = text[end:]
    return bool(_CONTACT_AFTER.match(rest)) and not re.search(r"[^\W\d_]{2,}", rest)


# ---------------------------------------------------------------------------------------------
_DATE = re.compile(
    r"(?<![\w/.-])(?:"
    r"\d{1,2}[ ]?[./-][ ]?\d{1,2}[ ]?[./-][ ]?(?:\d{4}|\d{2})"
    r"|\d{4}[./-]\d{1,2}[./-]\d{1,2}"
    r"|\d{1,2}(?:st|nd|rd|th|er|e|°|º|\.)?[ ]+(?:of[ ]+|de[ ]+)?(?:" + lexicon.MONTHS + r")\.?"
    r"(?:,?[ ]+(?:de[ ]+|del[ ]+)?(?:\d{4}|'\d{2}))?"
    r"|(?:" + lexicon.MONTHS + r")\.?[ ]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ ]+\d{4})?"
    r"|(?:19|20)\d{2}"
    r")(?![\w/-]|\.\d)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?;\n](?:\s|$)")


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 70) : start]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def find_birth_dates(text: str) -> Iterator[Span]:
    if not any(c.isdigit() for c in text):
        return
    for match in _DATE.finditer(text):
        value = match.group(0)
        year_only = value.isdigit()
        before = _clause_before(text, match.start())
        after = text[match.end() : match.end() + 30]
        label = lexicon.BIRTH_LABELS.search(before)
        verb = lexicon.BIRTH_VERBS.search(before) or lexicon.BIRTH_VERB_AFTER.match(after)
        first_person = bool(lexicon.FIRST_PERSON.search(before))
        if (label and (not label.group("birthday") or first_person)) or (verb and first_person):
            yield Span(match.start(), match.end(), BIRTH_DATE)
        elif verb and not year_only:
            # "born 12/05/1985" without a subject: a living person's date, not an artist's.
            year = re.search(r"\d{4}\Z", value)
            if not year or int(year.group(0)) >= 1910:
                yield Span(match.start(), match.end(), BIRTH_DATE)
