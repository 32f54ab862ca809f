"""Free-text scrubber: removes contact details and identifiers from respondents' answers.

Respondents sometimes type their e-mail address or phone number into an open answer ("contact me
at ..."). Those values must never reach the database, so every free-text answer passes
``scrub_text`` before it is stored. Each recognised value is replaced by a short placeholder in
square brackets; all other text is left exactly as it was.

Numbers that have a check digit (IBAN, payment cards, most national id numbers) are only replaced
when the check digit is right, so ordinary figures in an answer (years, prices, visitor counts,
room numbers, dates, opening hours) survive. Phone numbers have no check digit: they are recognised
by their shape (international prefix, national trunk zero, length per country) or by a nearby word
such as "tel." or "call me".

python-stdnum is imported on first use, so importing this module stays cheap.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import cache

EMAIL = "[e-mail]"
PHONE = "[phone]"
IBAN = "[iban]"
ID_NUMBER = "[id number]"
CARD = "[card]"
PROFILE = "[profile]"

_SOCIAL_HOSTS = (
    r"facebook\.com|fb\.com|fb\.me|m\.facebook\.com|instagram\.com|instagr\.am|linkedin\.com"
    r"|twitter\.com|x\.com|tiktok\.com|youtube\.com|youtu\.be|threads\.net|snapchat\.com"
    r"|pinterest\.[a-z]{2,3}|flickr\.com|tumblr\.com|reddit\.com|vk\.com|t\.me|telegram\.me"
    r"|wa\.me|bsky\.app|mastodon\.social|mastodon\.online|github\.com|medium\.com|behance\.net"
    r"|deviantart\.com|soundcloud\.com|twitch\.tv|onlyfans\.com|xing\.com|strava\.com"
)

# A social-network URL that points at somebody (it has a path). The bare site name ("we follow
# you on instagram.com") is not a profile and stays.
_PROFILE_URL = re.compile(
    r"(?:https?://)?(?:(?:www|m|mobile|[a-z]{2})\.)?(?:" + _SOCIAL_HOSTS + r")"
    r"/(?!\s)[^\s<>\"'),;]*[^\s<>\"'),;.!?:]",
    re.IGNORECASE,
)
# Fediverse address (@user@instance.social) before plain e-mail, else it would half-match.
_FEDIVERSE = re.compile(r"(?<![\w@])@[\w.]{1,64}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", re.I)

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.%+-]{1,64}@(?:[\w-]{1,63}\.)+[a-z]{2,24}(?![\w-])",
    re.IGNORECASE,
)
# "jan (at) example (dot) nl", "jan[at]example.nl", "jan at example dot com"
_AT = (
    r"(?:\s*[\[({<]\s*(?:at|@|apenstaartje|arobase|chiocciola|arroba)\s*[\])}>]\s*|\s+(?:at|@)\s+)"
)
_DOT = r"(?:\s*[\[({<]\s*(?:dot|punt|point|punkt|punto)\s*[\])}>]\s*|\s+(?:dot|punt|punkt)\s+|\.)"
_TLD = r"(?:com|net|org|nl|be|de|fr|es|it|uk|eu|lu|ch|at|info|io|me|co\.uk|org\.uk)"
_OBFUSCATED_EMAIL = re.compile(
    r"(?<![\w.])[\w.+-]{1,64}"
    + _AT
    + r"[a-z0-9-]{1,63}(?:"
    + _DOT
    + r"[a-z0-9-]{1,63})*?"
    + _DOT
    + _TLD
    + r"\b",
    re.IGNORECASE,
)

_HANDLE = re.compile(r"(?<![\w@/.])@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?(?![\w@])", re.I)

_IBAN = re.compile(
    r"\b[A-Z]{2}\d{2}(?:[ \u00a0-]?[A-Z0-9]{1,4}){3,8}\b",
    re.IGNORECASE,
)

# Identifiers with a fixed layout that python-stdnum can validate.
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
# Plain digit groups: nine digits (BSN), ten (NHS), eleven (Steuer-ID).
_DIGIT_RUN = re.compile(r"(?<![\w.,/+-])\d(?:[ .-]?\d){8,10}(?![\w]|[.,/-]\d)")

_CARD = re.compile(r"(?<![\w.,/-])[2-6]\d{3}(?:[ -]?\d{2,6}){2,5}(?![\w]|[.,/-]\d)")

# Identifier following an explicit label: passport and identity-card numbers have no checksum.
_LABELLED_ID = re.compile(
    r"\b(?:passport|paspoort|reisepass|passeport|pasaporte|passaporto|id[- ]?card|id[- ]?kaart"
    r"|identiteitskaart|identiteitsbewijs|personalausweis|ausweis|carte d'identit[ée]|"
    r"carta d'identit[àa]|documento|dni|nie|bsn|sofi|rijksregisternummer|insz|niss)"
    r"(?:\s*(?:number|nummer|nr\.?|no\.?|num[ée]ro|n[º°o]\.?|numero|número|is|:|#))*\s*[:#]?\s*"
    r"(?P<value>(?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9-]{4,14}[A-Z0-9])(?![\w])",
    re.IGNORECASE,
)

# Phone numbers: a run of digits with the separators people type, optionally led by + or 00.
_PHONE_CANDIDATE = re.compile(
    r"(?<![\w+])(?:\+|\b00)?\(?\d"
    r"(?:(?:[ \u00a0]?[-./][ \u00a0]?|[ \u00a0]|\)[ \u00a0]?|[ \u00a0]?\()?\d){5,18}"
    r"(?![\w]|[.,]\d)"
)
_PHONE_WORD = re.compile(
    r"(?:\b(?:tel|tél|telf?|phone|telephone|telefoon|telefoonnummer|telefon|téléphone|telefono|"
    r"teléfono|gsm|mobiel|mobile|mob|cell|cellphone|handy|portable|móvil|movil|cellulare|cell|"
    r"whatsapp|sms|text|bel|bellen|call|ring|rufen|appelez|appelle[rz]?|llama|llámame|"
    r"chiamami|chiamare|nummer|number|numéro|numero|número|fax)\b\.?)[^\d\n]{0,24}$",
    re.IGNORECASE,
)
_YEAR_RANGE = re.compile(r"^(?:1[0-9]|20)\d{2}\s?[-/]\s?(?:1[0-9]|20)?\d{2}$")
_SPACED_SINGLE_DIGITS = re.compile(r"^\d(?: \d{1,2}){5,}$")
_DATE = re.compile(r"^(?:\d{1,2}[-./ ]\d{1,2}[-./ ](?:\d{2}|\d{4})|\d{4}[-./]\d{1,2}[-./]\d{1,2})$")


@cache
def _validator(name: str) -> Callable[[str], bool]:
    module = importlib.import_module(f"stdnum.{name}")
    if name == "iban":
        return lambda value: module.is_valid(value, check_country=False)
    return module.is_valid


def _is_valid(name: str, value: str) -> bool:
    try:
        return bool(_validator(name)(value))
    except Exception:  # a malformed value is simply not an identifier
        return False


def _iban(match: re.Match[str]) -> str:
    value = match.group(0)
    compact = re.sub(r"[ \u00a0-]", "", value).upper()
    # Text may run on after the IBAN ("NL91ABNA0417164300 please"): try shorter prefixes too.
    for end in range(len(compact), 14, -1):
        if _is_valid("iban", compact[:end]):
            if end == len(compact):
                return IBAN
            # Replace only the valid part; keep what followed.
            consumed, seen = 0, 0
            while seen < end:
                if value[consumed] not in " \u00a0-":
                    seen += 1
                consumed += 1
            return IBAN + value[consumed:]
    return value


def _checked(*validators: str, placeholder: str = ID_NUMBER):
    def replace(match: re.Match[str]) -> str:
        value = match.group(0)
        if any(_is_valid(name, value) for name in validators):
            return placeholder
        return value

    return replace


def _labelled_id(match: re.Match[str]) -> str:
    start, end = match.span("value")
    offset = match.start()
    text = match.group(0)
    return text[: start - offset] + ID_NUMBER + text[end - offset :]


def _digits_only(value: str) -> str:
    return re.sub(r"\D", "", value)


def _looks_like_phone(value: str, before: str) -> bool:
    stripped = value.strip()
    digits = _digits_only(stripped)
    if _YEAR_RANGE.match(stripped) or _DATE.match(stripped):
        return False
    if _SPACED_SINGLE_DIGITS.match(stripped) and not _PHONE_WORD.search(before):
        return False  # a rating scale written out ("0 1 2 3 4 5 6 7 8 9 10")
    # "+31 (0)20 ..." carries a trunk zero that is not dialled.
    dialled = digits.replace("0", "", 1) if "(0)" in stripped.replace(" ", "") else digits
    if stripped.startswith("+"):
        return 8 <= len(dialled) <= 15
    if digits.startswith("00") and len(digits) > 2 and digits[2] != "0":
        return 10 <= len(digits) <= 17
    if _PHONE_WORD.search(before):
        return 6 <= len(digits) <= 15
    if digits.startswith("0") and digits[1:2] != "0":
        # National numbers with a trunk zero: 9 digits (BE, ES) to 12 (DE, AT).
        return 9 <= len(digits) <= 12
    # Spanish numbers have no trunk zero (nine digits); nor have Italian mobiles (ten, from 3).
    return (len(digits) == 9 and digits[0] in "6789") or (len(digits) == 10 and digits[0] == "3")


def _replace_phones(text: str, *, international_only: bool = False) -> str:
    out: list[str] = []
    last = 0
    for match in _PHONE_CANDIDATE.finditer(text):
        value = match.group(0)
        if international_only and not value.startswith(("+", "00")):
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        if _looks_like_phone(value, before):
            out.append(text[last : match.start()])
            out.append(PHONE)
            last = match.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _digit_run(match: re.Match[str]) -> str:
    value = match.group(0)
    digits = _digits_only(value)
    if digits.startswith("0"):
        return value  # a trunk zero: left to the phone rules
    if len(digits) == 9 and _is_valid("nl.bsn", digits):
        return ID_NUMBER
    if len(digits) == 10 and digits[0] in "4679" and _is_valid("gb.nhs", digits):
        return ID_NUMBER
    if len(digits) == 11 and (_is_valid("de.idnr", digits) or _is_valid("be.nn", digits)):
        return ID_NUMBER
    return value


def _card(match: re.Match[str]) -> str:
    value = match.group(0)
    digits = _digits_only(value)
    if 13 <= len(digits) <= 19 and _is_valid("luhn", digits):
        return CARD
    return value


_STEPS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str] | str], ...] = (
    (_PROFILE_URL, PROFILE),
    (_FEDIVERSE, PROFILE),
    (_EMAIL, EMAIL),
    (_OBFUSCATED_EMAIL, EMAIL),
    (_HANDLE, PROFILE),
    (_IBAN, _iban),
    (_IT_CF, _checked("it.codicefiscale")),
    (_ES_NIE, _checked("es.nie")),
    (_ES_DNI, _checked("es.dni")),
    (_UK_NINO, ID_NUMBER),
    (_CH_AHV, _checked("ch.ssn")),
    (_FR_NIR, _checked("fr.nir")),
    (_BE_NN, _checked("be.nn", "be.bis")),
    (_CARD, _card),
    (_LABELLED_ID, _labelled_id),
)


def scrub_text(text: str) -> str:
    """Return ``text`` with contact details and identifiers replaced by placeholders."""
    if not text:
        return text
    for pattern, replacement in _STEPS:
        text = pattern.sub(replacement, text)
    # International numbers first: their digits after the country code could pass a checksum.
    text = _replace_phones(text, international_only=True)
    text = _DIGIT_RUN.sub(_digit_run, text)
    return _replace_phones(text)
