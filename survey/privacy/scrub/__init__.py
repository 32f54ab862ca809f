"""Free-text scrubber: removes contact details, identifiers and names from respondents' answers.

Respondents sometimes type their e-mail address, phone number, name or address into an open
answer ("contact me at ...", "Groetjes, Pieter Bakker"). The survey's intro promises that we never
store a name or contact details, so every free-text answer passes ``scrub_text`` before it is
stored. Each recognised value is replaced by a short placeholder in square brackets; all other text
is left exactly as it was, and an answer in which nothing is found comes back unchanged.

The detectors read a normalised shadow of the answer (see ``shadow``), so fullwidth characters,
zero-width spaces and unusual separators do not hide a value; each detector masks what it found
before the next one runs, so one value is never claimed twice. A name found once is removed
wherever else it stands in the same answer. The order matters: profile links
and e-mail addresses before handles, identifiers with check digits before the phone rules (their
digits could look like a phone number), addresses before phones (postcodes and house numbers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from survey.privacy.scrub.contact import (
    EMAIL,
    PHONE,
    PROFILE,
    find_emails,
    find_handles,
    find_phones,
    find_profiles,
    find_valid_phones,
)
from survey.privacy.scrub.numbers import (
    CARD,
    IBAN,
    ID_NUMBER,
    find_cards,
    find_digit_run_ids,
    find_ibans,
    find_labelled_ids,
    find_national_ids,
)
from survey.privacy.scrub.people import (
    BIRTH_DATE,
    NAME,
    find_birth_dates,
    find_names,
    find_other_mentions,
)
from survey.privacy.scrub.places import ADDRESS, PLATE, find_addresses, find_plates
from survey.privacy.scrub.shadow import shadow_of
from survey.privacy.scrub.spans import Span

__all__ = [
    "ADDRESS",
    "BIRTH_DATE",
    "CARD",
    "EMAIL",
    "IBAN",
    "ID_NUMBER",
    "NAME",
    "PHONE",
    "PLATE",
    "PROFILE",
    "scrub_text",
]

_MASK = "\ue000"  # a private-use character: no detector's pattern matches it


def _international_phones(text: str) -> Iterable[Span]:
    # International numbers first: their digits after the country code could pass a checksum.
    return find_phones(text, international_only=True)


_DETECTORS: tuple[Callable[[str], Iterable[Span]], ...] = (
    find_profiles,
    find_emails,
    find_handles,
    find_ibans,
    find_national_ids,
    find_cards,
    find_labelled_ids,
    find_birth_dates,
    find_addresses,
    find_plates,
    find_valid_phones,
    _international_phones,
    find_digit_run_ids,
    find_phones,
    find_names,
)


def find_spans(text: str) -> list[Span]:
    """Spans of ``text`` (already normalised) to replace, in order, never overlapping."""
    found: list[Span] = []
    work = text
    for detect in _DETECTORS:
        new: list[Span] = []
        for span in sorted(detect(work), key=lambda s: (s.start, -s.end)):
            if span.end <= span.start or _MASK in work[span.start : span.end]:
                continue
            if new and span.start < new[-1].end:
                continue
            new.append(span)
        if new:
            pieces, last = [], 0
            for span in new:
                pieces += [work[last : span.start], _MASK * (span.end - span.start)]
                last = span.end
            pieces.append(work[last:])
            work = "".join(pieces)
            found += new
    mentions = list(
        find_other_mentions(work, [text[s.start : s.end] for s in found if s.placeholder == NAME])
    )
    return sorted(found + mentions)


def scrub_text(text: str) -> str:
    """Return ``text`` with contact details, identifiers and names replaced by placeholders."""
    if not text:
        return text
    shadow = shadow_of(text)
    spans = find_spans(shadow.text)
    if not spans:
        return text
    pieces, last = [], 0
    for span in spans:
        start, end = shadow.original_span(span.start, span.end)
        pieces += [text[last:start], span.placeholder]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
