"""Who the respondent is: names given to introduce oneself, sign off or name a companion, and
dates of birth.

Names are only recognised where the sentence says that a name follows ("my name is", "ik heet",
"je m'appelle", "ich heiße", "me llamo", "mi chiamo", "I'm Oliver", a sign-off such as "Groetjes,",
"my wife Ingrid", a name at the end of the answer), and then wherever else the same name stands in
that answer. Names anywhere else (artists, artworks, a guide or staff member praised by first name)
are left alone. Dates are only replaced after a birth frame ("born on", "geboortedatum", "née le",
"geboren am", "nací el", "nata il", "Jahrgang") and, without "I", only when the year is a living
person's; "Warhol was born in 1928" stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from survey.privacy.scrub import lexicon
from survey.privacy.scrub.given_names import GIVEN_NAMES
from survey.privacy.scrub.spans import Span

NAME = "[name]"
BIRTH_DATE = "[birth date]"

# A word of a name: letters with inner apostrophes or hyphens ("O'Brien", "Marie-Claire"), or
# initials ("J.", "H.J.").
_TOKEN = re.compile(
    r"[ ]{0,2}(?P<w>(?:[^\W\d_]\.){2,4}|[^\W\d_](?:[^\W\d_]|['-](?=[^\W\d_]))*)(?P<dot>\.)?"
)


def _name_end(
    text: str, pos: int, *, lower_ok: bool, stop: frozenset[str], particle_first: bool = False
) -> int | None:
    """End of the name starting at ``pos``, or None when no name starts there.

    A name is one to four words with capitals (lower case too when ``lower_ok``: "my name is jan
    jansen"), with particles inside ("van den", "de la") and titles or initials in front or inside
    ("Prof. Dr. Wolfgang Lehmann", "drs. H.J. van den Berg").
    """
    end = None
    accepted = 0
    lower_run = False
    titles = 0
    while accepted < 4 and titles < 4:
        title = lexicon.TITLE.match(text, pos)
        if title:
            titles += 1
            pos = title.end()
            continue
        match = _TOKEN.match(text, pos)
        if not match:
            break
        word = match.group("w")
        low = word.lower()
        dotted = match.group("dot") is not None
        starts = particle_first and not accepted and _capital_follows(text, match.end("w"))
        if low in lexicon.PARTICLES and (accepted or starts):
            pos = match.end("w")  # "van der Berg", also at the start after "mijn naam is"
            continue
        initials = word[-1] == "." or (len(word) == 1 and dotted)
        if len(word) == 1 and not initials:
            break  # a lone letter ("À", "I") is no name
        if not initials and (low in stop or low in lexicon.NOT_NAMES):
            break
        if word[0].isupper():
            if lower_run:
                break
        elif lower_ok and (accepted == 0 or lower_run) and accepted < 2 and len(word) > 1:
            lower_run = True
        else:
            break
        accepted += 1
        # An initial keeps its dot; a full word does not (the dot may end the sentence).
        end = match.end() if initials else match.end("w")
        pos = end
    if not accepted:
        return None
    # Initials alone ("J.") are not a name.
    return end


_AND = re.compile(r"[ ]*(?:,|&|\+|and|en|et|und|y|e|i)[ ]+(?=[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)


def _names_end(text: str, pos: int, **kwargs) -> int | None:
    """Like ``_name_end``, also for several names joined by "and" ("Henk en Truus de Vries")."""
    end = _name_end(text, pos, **kwargs)
    while end is not None:
        joined = _AND.match(text, end)
        more = _name_end(text, joined.end(), **kwargs) if joined else None
        if more is None:
            break
        end = more
    return end


def _capital_follows(text: str, pos: int) -> bool:
    return bool(re.match(r"[ ]+(?:[^\W\d_]+[ ]+){0,2}?[A-ZÀ-ÖØ-Þ]", text[pos : pos + 40]))


def _name_span(text: str, start: int, end: int) -> Span:
    return Span(end - len(text[start:end].lstrip()), end, NAME)


_TRAILER = re.compile(r"[\W_]*\Z")
_LOWER_WORD = re.compile(r"[ ]+(?P<w>[a-zà-öø-ÿ][a-zà-öø-ÿ'-]+)")
_FINAL_NAME = re.compile(
    r"[.!?][ ]+(?P<first>[A-ZÀ-ÖØ-Þ][^\W\d_]+)(?:[ ]+[^\n.!?]{0,40})?[.!]?[ ]*\Z"
)
_SENTENCE_START = re.compile(r"(?:\A|[.!?\n])[ ]*\Z")


def _title_start(text: str, start: int, end: int) -> int:
    return end - len(text[start:end].lstrip())


def find_names(text: str) -> Iterator[Span]:
    yield from _introductions(text)
    yield from _names_without_capital(text)
    yield from _signatures(text)
    # Companions named: "with my wife Ingrid Smit", "ma fille Léa".
    for match in lexicon.COMPANIONS.finditer(text):
        end = _names_end(text, match.end(), lower_ok=False, stop=lexicon.STOPWORDS | lexicon.ROLES)
        if end is not None:
            yield _name_span(text, match.end(), end)


def _introductions(text: str) -> Iterator[Span]:
    """The writer says who they are: "my name is", "I'm Oliver", "Sarah here", "(Anna, 34)"."""
    # "my name is jan jansen": lower case is accepted after an explicit name frame.
    for match in lexicon.NAME_FRAMES.finditer(text):
        end = _name_end(
            text, match.end(), lower_ok=True, stop=lexicon.STOPWORDS, particle_first=True
        )
        if end is not None:
            yield _name_span(text, match.end(), end)
    # "I'm Oliver", "ik ben Pieter": the name must be written with a capital and not be a
    # nationality, occupation or other word people say they "are".
    for match in lexicon.WEAK_NAME_FRAMES.finditer(text):
        end = _names_end(text, match.end(), lower_ok=False, stop=lexicon.STOPWORDS | lexicon.ROLES)
        if end is None:
            continue
        words = text[match.end() : end].split()
        if len(words) == 1 and words[0].lower() in GIVEN_NAMES:
            yield _name_span(text, match.end(), end)
            continue
        if len(words) == 1 and _role_like(words[0]):
            continue
        if match.group("plural") and not _AND.search(text, match.end(), end):
            continue  # "we are Belgians": only "we are Anna and Tom" names people
        yield _name_span(text, match.end(), end)
    # "Hello, this is George Palmer": at the start of the answer or of a sentence, a full name.
    for match in lexicon.GREETING_INTRO.finditer(text):
        end = _name_end(text, match.end(), lower_ok=False, stop=lexicon.STOPWORDS | lexicon.ROLES)
        if end is not None and len(text[match.end() : end].split()) >= 2:
            yield _name_span(text, match.end(), end)
    for pattern in (lexicon.NAME_HERE, lexicon.NAME_AGE, lexicon.NAME_APPOSITION):
        for match in pattern.finditer(text):
            name = match.group("name")
            if pattern is lexicon.NAME_AGE and not (match.group("open") or match.group("unit")):
                continue  # "Vermeer, 43, ..." at the start may be anyone; "(Anna, 34)" signs
            if not any(w.lower() in lexicon.NOT_NAMES | lexicon.ROLES for w in name.split()):
                yield Span(match.start("name"), match.end("name"), NAME)


def _names_without_capital(text: str) -> Iterator[Span]:
    # "ik ben pieter", "i'm sarah": a known given name without its capital.
    for match in lexicon.WEAK_NAME_FRAMES_ANY_CASE.finditer(text):
        first = _LOWER_WORD.match(text, match.end())
        if first and first.group("w") in GIVEN_NAMES:
            end = first.end()
            second = _LOWER_WORD.match(text, end)
            if (
                second
                and second.group("w") not in lexicon.STOPWORDS
                and re.match(r"[ ]*(?:[,.!?;:]|\Z)", text[second.end() :])
            ):
                end = second.end()
            yield Span(first.start("w"), end, NAME)
    # "Mooie zalen. Pieter Bakker": a known given name (and surname) ends the answer.
    final = _FINAL_NAME.search(text)
    if final and final.group("first").lower() in GIVEN_NAMES:
        end = _name_end(text, final.start("first"), lower_ok=False, stop=lexicon.STOPWORDS)
        if end is not None and _TRAILER.match(text, end):
            yield Span(final.start("first"), end, NAME)


def find_other_mentions(text: str, names: list[str]) -> Iterator[Span]:
    """Every other place where a word of a found name stands ("Ik ben Pieter. ... Pieter")."""
    words = {
        w.lower()
        for name in names
        for w in re.findall(r"[^\W\d_]{3,}", name)
        if w.lower() not in lexicon.PARTICLES
        and w.lower() not in lexicon.NOT_NAMES
        and w.lower() not in lexicon.STOPWORDS
        and w.lower() not in lexicon.TITLES
        and w.lower() + "." not in lexicon.TITLES
    }
    if not words:
        return
    pattern = r"(?<![\w@.])(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")(?![\w@])"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        if match.group(0)[0].isupper():
            # Take the surname along: "Pieter" found, "Pieter Bakker" written later.
            end = _name_end(text, match.start(), lower_ok=False, stop=lexicon.STOPWORDS)
            yield Span(match.start(), max(end or 0, match.end()), NAME)


def _signatures(text: str) -> Iterator[Span]:
    """Sign-offs: "Groetjes, Pieter Bakker", "Kind regards\\nJames", "— Jan" at the end of the
    answer (contact details may follow)."""
    for match in lexicon.SIGN_OFFS.finditer(text):
        separator = match.group("sep")
        if (
            "," not in separator
            and "\n" not in separator
            and not _SENTENCE_START.search(text, 0, match.start())
        ):
            continue  # "the best Vermeer." is no sign-off
        lower_ok = bool(re.search(r"[,\n]", separator)) and match.group("thanks") is None
        end = _names_end(text, match.end(), lower_ok=lower_ok, stop=lexicon.STOPWORDS)
        if end is None or not (_TRAILER.match(text, end) or _followed_by_contact(text, end)):
            continue
        name = text[match.end() : end].strip()
        if not name[0].isupper() and any(w.lower() in lexicon.COMMON_LOWER for w in name.split()):
            continue
        thanks_on_same_line = match.group("thanks") is not None and "\n" not in separator
        if thanks_on_same_line and (" " not in name or _AND.search(name)):
            # "Thanks, Tom!" or "Danke, Jonas und Lea!" thanks the guides; a signature stands on
            # its own line or gives a full name.
            continue
        yield Span(end - len(name), end, NAME)
    # "- Pieter" at the end, or a full name ("Pieter Bakker", not "AA") alone on the last line.
    last = lexicon.LAST_LINE_NAME.search(text)
    if last and text[: last.start()].strip():
        end = _name_end(text, last.start("name"), lower_ok=False, stop=lexicon.STOPWORDS)
        if end is not None and _TRAILER.match(text, end):
            name = text[last.start("name") : end].strip()
            words = [w for w in name.split() if w.lower() not in lexicon.PARTICLES]
            written_as_name = all(w.endswith(".") or not w.isupper() for w in words)
            if written_as_name and (last.group("dash") or len(words) >= 2):
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
    r"|\d{1,2}(?:st|nd|rd|th|er|e|°|º|\.)?[ ]+(?:of[ ]+|de[ ]+)?(?:" + lexicon.MONTHS + r")"
    r"(?:\.(?=[ ]*\d))?"
    r"(?:,?[ ]+(?:de[ ]+|del[ ]+)?(?:\d{4}|'\d{2}))?"
    r"|(?:" + lexicon.MONTHS + r")\.?[ ]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ ]+\d{4})?"
    r"|(?:" + lexicon.MONTHS + r")\.?[ ]+(?:(?:de|del|of)[ ]+)?(?:\d{4}|'\d{2})"
    r"|(?:19|20)\d{2}|'\d{2}"
    r"|\d{1,2}[./]\d{1,2}\.?"
    r"|\d{1,2}[ ]?[./-]?[ ]?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[ ]?[./-]?[ ]?(?:\d{4}|\d{2})"
    r")(?![\w/-]|\.\d)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?;\n](?:\s|$)")


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 70) : start]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


_THIRD_PERSON_BORN = re.compile(
    r"(?:\b(?i:was|is|were|are|werd|wurde|ist|war|fut|est|fue|fu|è|era)[ ]+(?:\w+[ ]+)?"
    r"|[A-ZÀ-ÖØ-Þ][\w'-]+[ ]*[(,][ ]*)(?i:born|geboren|n[ée]e?|nacid[oa]|nat[oa])\b",
)


def _has_subject(clause: str) -> bool:
    """ "Warhol was born in 1928": a third person's year (the first person was ruled out)."""
    return bool(_THIRD_PERSON_BORN.search(clause))


def find_birth_dates(text: str) -> Iterator[Span]:
    if not any(c.isdigit() for c in text):
        return
    for match in _DATE.finditer(text):
        value = match.group(0)
        year_only = value.isdigit() or value.startswith("'")
        before = _clause_before(text, match.start())
        after = text[match.end() : match.end() + 30]
        label = lexicon.BIRTH_LABELS.search(before)
        verb_after = lexicon.BIRTH_VERB_AFTER.match(after)
        verb = lexicon.BIRTH_VERBS.search(before) or verb_after
        first_person = bool(lexicon.FIRST_PERSON.search(before))
        birthday = (label and label.group("birthday")) or (
            verb_after and verb_after.group("birthday")
        )
        if (label and (not birthday or first_person)) or (verb and first_person):
            yield Span(match.start(), match.end(), BIRTH_DATE)
        elif verb and not birthday:
            # "born 12/05/1985" without a subject: a living person's date, not an artist's.
            year = re.search(r"\d{4}\Z", value)
            if year_only and _has_subject(before):
                continue  # "Warhol was born in 1928": somebody else's year
            if (not year and not year_only) or (year and int(year.group(0)) >= 1920):
                yield Span(match.start(), match.end(), BIRTH_DATE)
