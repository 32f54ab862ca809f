"""Numbers with a check digit: IBAN, payment cards, national identifiers (checked by python-stdnum).

Only values whose check digit is right are replaced, so ordinary figures in an answer (years,
prices, visitor counts, room and inventory numbers, dates, opening hours) survive. Passport and
identity-card numbers have no checksum: they are replaced when a label names them.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from functools import cache

from survey.privacy.scrub.spans import Span

IBAN = "[iban]"
ID_NUMBER = "[id number]"
CARD = "[card]"

_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{1,4}){3,8}\b", re.IGNORECASE)

_BE_NN = re.compile(r"(?<![\d.])\d{2}[. ]?\d{2}[. ]?\d{2}[-. ]?\d{3}[-. ]?\d{2}(?![\d])")
_FR_NIR = re.compile(
    r"(?<![\d])[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[ABab])\d?[ .]?\d{2,3}"
    r"[ .]?\d{3}(?:[ .]?\d{2})?(?![\d])"
)
_IT_CF = re.compile(
    r"\b[A-Z]{6}[0-9LMNP-V]{2}[A-EHLMPR-T][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]\b", re.I
)
_ES_DNI = re.compile(r"(?<![\w])\d{8}[ -]?[A-Z](?![\w])", re.I)
_ES_NIE = re.compile(r"(?<![\w])[XYZ][ -]?\d{7}[ -]?[A-Z](?![\w])", re.I)
_UK_NINO = re.compile(
    r"(?<![\w])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D](?![\w])"
)
_CH_AHV = re.compile(r"(?<![\d])756[. ]?\d{4}[. ]?\d{4}[. ]?\d{2}(?![\d])")
# Plain digit groups: nine digits (BSN), ten (NHS), eleven (Steuer-ID, Belgian number).
_DIGIT_RUN = re.compile(r"(?<![\w.,/+-])\d(?:[ ._-]?\d){8,10}(?![\w]|[.,/-]\d)")

_CARD = re.compile(r"(?<![\w.,/-])[2-6]\d{3}(?:[ ._-]?\d{2,6}){2,5}(?![\w]|[.,/-]\d)")

# Identifier following an explicit label: passport and identity-card numbers have no checksum.
_LABELLED_ID = re.compile(
    r"\b(?:passport|paspoort|reisepass|passeport|pasaporte|passaporto|id[- ]?card|id[- ]?kaart"
    r"|identiteitskaart|identiteitsbewijs|personalausweis|ausweis|carte d'identit[ée]|"
    r"carta d'identit[àa]|documento|dni|nie|bsn|sofi|rijksregisternummer|insz|niss|nir"
    r"|sozialversicherungsnummer|steuer-?id|codice fiscale|burgerservicenummer|social security"
    r"|national insurance|ni number|nhs number|numéro de sécu(?:rité sociale)?|sécu|nss"
    r"|rijksregister|identificatienummer)"
    r"(?:\s*(?:number|nummer|nr\.?|no\.?|num[ée]ro|n[º°o]\.?|numero|número|is|ist|est|es|è|:|#))*"
    r"\s*[:#]?\s*"
    r"(?P<value>(?=[A-Z0-9 .-]*\d)[A-Z0-9](?:[A-Z0-9]|[ .-](?=\d)){4,18}[A-Z0-9])(?![\w])",
    re.IGNORECASE,
)


@cache
def _validator(name: str) -> Callable[[str], bool]:
    module = importlib.import_module(f"stdnum.{name}")
    if name == "iban":
        return lambda value: module.is_valid(value, check_country=False)
    return module.is_valid


def is_valid(name: str, value: str) -> bool:
    try:
        return bool(_validator(name)(value))
    except Exception:  # a malformed value is simply not an identifier
        return False


def _digits_only(value: str) -> str:
    return re.sub(r"\D", "", value)


def find_ibans(text: str) -> Iterator[Span]:
    for match in _IBAN.finditer(text):
        value = match.group(0)
        compact = re.sub(r"[ -]", "", value).upper()
        # Text may run on after the IBAN ("NL91ABNA0417164300 please"): try shorter prefixes too.
        for end in range(len(compact), 14, -1):
            if is_valid("iban", compact[:end]):
                consumed, seen = 0, 0
                while seen < end:
                    if value[consumed] not in " -":
                        seen += 1
                    consumed += 1
                yield Span(match.start(), match.start() + consumed, IBAN)
                break


_CHECKED: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_IT_CF, ("it.codicefiscale",)),
    (_ES_NIE, ("es.nie",)),
    (_ES_DNI, ("es.dni",)),
    (_CH_AHV, ("ch.ssn",)),
    (_FR_NIR, ("fr.nir",)),
    (_BE_NN, ("be.nn", "be.bis")),
)


def find_national_ids(text: str) -> Iterator[Span]:
    for match in _UK_NINO.finditer(text):
        yield Span(match.start(), match.end(), ID_NUMBER)
    for pattern, validators in _CHECKED:
        for match in pattern.finditer(text):
            if any(is_valid(name, match.group(0)) for name in validators):
                yield Span(match.start(), match.end(), ID_NUMBER)


def find_cards(text: str) -> Iterator[Span]:
    for match in _CARD.finditer(text):
        digits = _digits_only(match.group(0))
        if 13 <= len(digits) <= 19 and is_valid("luhn", digits):
            yield Span(match.start(), match.end(), CARD)


def find_labelled_ids(text: str) -> Iterator[Span]:
    for match in _LABELLED_ID.finditer(text):
        yield Span(match.start("value"), match.end("value"), ID_NUMBER)


def find_digit_run_ids(text: str) -> Iterator[Span]:
    for match in _DIGIT_RUN.finditer(text):
        digits = _digits_only(match.group(0))
        if digits.startswith("0"):
            continue  # a trunk zero: left to the phone rules
        if (
            (len(digits) == 9 and is_valid("nl.bsn", digits))
            or (len(digits) == 10 and digits[0] in "4679" and is_valid("gb.nhs", digits))
            or (len(digits) == 11 and (is_valid("de.idnr", digits) or is_valid("be.nn", digits)))
        ):
            yield Span(match.start(), match.end(), ID_NUMBER)
