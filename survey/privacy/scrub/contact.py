"""Contact details: e-mail addresses (also spelled out), social-media profiles, handles, phones."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from survey.privacy.scrub.lexicon import words
from survey.privacy.scrub.spans import Span

EMAIL = "[e-mail]"
PHONE = "[phone]"
PROFILE = "[profile]"

_SOCIAL_HOSTS = (
    r"facebook\.com|fb\.com|fb\.me|m\.facebook\.com|instagram\.com|instagr\.am|linkedin\.com"
    r"|twitter\.com|x\.com|tiktok\.com|youtube\.com|youtu\.be|threads\.net|snapchat\.com"
    r"|pinterest\.[a-z]{2,3}|flickr\.com|tumblr\.com|reddit\.com|vk\.com|t\.me|telegram\.me"
    r"|wa\.me|bsky\.app|mastodon\.social|mastodon\.online|github\.com|medium\.com|behance\.net"
    r"|deviantart\.com|soundcloud\.com|twitch\.tv|onlyfans\.com|xing\.com|strava\.com"
    r"|linktr\.ee|vimeo\.com|substack\.com|patreon\.com|500px\.com|vsco\.co|spotify\.com"
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
_TLD = (
    r"(?:com|net|org|nl|be|de|fr|es|it|uk|eu|lu|ch|at|info|io|me|pt|dk|se|no|fi|pl|ie|cat|gal"
    r"|eus|us|ca|biz|co\.uk|org\.uk|ac\.uk|edu)"
)
# "jan @ example . com": spaces around the signs, with a known top-level domain only, else
# "meet @ noon. It" would count.
_SPACED_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.%+-]{1,64}[ ]{0,3}@[ ]{0,3}(?:[\w-]{1,63}[ ]{0,3}\.[ ]{0,3}){1,3}"
    + _TLD
    + r"(?![\w-])",
    re.IGNORECASE,
)

# The at sign and the dot written as words, in brackets or not, in the six languages.
_AT_WORDS = r"at|@|ät|apenstaartje|arobase|arobas|arroba|chiocciola|klammeraffe|klammeraffchen"
_DOT_WORDS = r"dot|punt|point|punkt|punto|ponto"
_AT = (
    r"(?P<at>[ ]*[\[({<][ ]*(?:" + _AT_WORDS + r")[ ]*[\])}>][ ]*"
    r"|[ ]+(?:" + _AT_WORDS + r")[ ]+)"
)
_DOT = (
    r"(?:[ ]*[\[({<][ ]*(?:" + _DOT_WORDS + r")[ ]*[\])}>][ ]*"
    r"|[ ]+(?:" + _DOT_WORDS + r")[ ]+|\.)"
)
_WORDED_EMAIL = re.compile(
    r"(?<![\w.])(?P<local>[\w+-]{1,64}(?:"
    + _DOT
    + r"[\w+-]{1,64}){0,3}?)"
    + _AT
    + r"(?P<domain>[a-z0-9-]{1,63}(?:"
    + _DOT
    + r"[a-z0-9-]{1,63}){0,2}?"
    + _DOT
    + _TLD
    + r")\b",
    re.IGNORECASE,
)
# Mail providers: with a plain " at " ("peter at gmail.com") only these count, so that "tickets
# at rijksmuseum.nl" stays.
_MAIL_PROVIDERS = words(
    """
    gmail googlemail hotmail outlook live msn yahoo ymail icloud me mac aol gmx web t-online
    freenet posteo mail proton protonmail pm orange free sfr laposte wanadoo neuf bbox numericable
    libero virgilio alice tiscali tin fastwebnet telenet skynet proximus scarlet ziggo kpnmail
    kpnplanet planet xs4all home hetnet casema chello upcmail quicknet telefonica movistar terra
    yandex bluewin sunrise btinternet sky virginmedia talktalk email zoho tutanota
    """
)

_HANDLE = re.compile(r"(?<![\w@/.])@\w(?:[\w.-]{0,40}\w)?(?![\w@])")
# "volg me: sanne_foto", "seguimi su giulia.disegna": a handle after "follow me".
_FOLLOW_ME = re.compile(
    r"\b(?:follow me|follow us|volg me|volg ons|suivez-moi|suis-moi|folgt mir|folge mir"
    r"|s[íi]gueme|seguidme|seguimi|seguitemi)(?:[ ]+(?:on|op|sur|auf|en|su)[ ]+\w+)?"
    r"[ ]*(?::|[ ](?:at|als|as|comme|como|come))?[ ]*(?P<handle>(?=[\w.]*[\d_.])\w[\w.]{1,28}\w)"
    r"(?![\w@])",
    re.IGNORECASE,
)
# The at sign spelled out before a handle: "arobase camille_art", "arroba lucia.fdez".
_WORDED_HANDLE = re.compile(
    r"\b(?:arobase|arobas|arroba|chiocciola|apenstaartje|klammeraffe)[ ]+"
    r"(?P<handle>(?=[\w.]*[^\W\d_])\w[\w.]{1,28}\w)(?![\w@])",
    re.IGNORECASE,
)
# Discord-style "sanne#1234".
_TAGGED_NAME = re.compile(r"(?<![\w#])\w{2,32}#\d{4}(?![\w])")
# Accounts of institutions ("@rijksmuseum", "@vangoghmuseum", "@museodelprado") are not a
# respondent's; "@museumlover" or "@chloe_aumusee" is a person's.
_INSTITUTION = re.compile(
    r"@?(?:[a-z]*(?:museum|museo|musee|museu|musei|gallery|galerie|galleria|kunsthal|kunsthalle)"
    r"|(?:museo|musee|museum|museu)(?:del|de|di|dos|of|du|d|van|voor|fuer|für)[a-z]+)",
    re.I,
)


def _institution(handle: str) -> bool:
    return bool(_INSTITUTION.fullmatch(handle))


# "insta: jan_jansen", "mijn tiktok is lucia.fdz": a handle without @ after the network's name.
_NAMED_HANDLE = re.compile(
    r"\b(?:insta(?:gram)?|ig|twitter|tiktok|snap(?:chat)?|threads|bluesky|bsky|mastodon"
    r"|telegram|facebook|fb|pinterest|youtube|twitch|linkedin)"
    r"(?:[ ](?:account|handle|name|naam|nom|compte|konto|profil|profile|perfil|profilo|usuario"
    r"|utente|gebruikersnaam|username))?"
    r"(?:[ ]*(?::|=|->|[ ](?:is|ist|est|es|è|e|c'est|:|als|as|comme|como|come|sous|unter))[ ]*"
    r"|[ ]+(?:(?:on|op|sur|auf|en|su)[ ]+)?)"
    r"(?P<handle>[\w.]{3,30})(?![\w@])",
    re.IGNORECASE,
)
# "sanne_foto on Instagram": the handle before the network's name.
_HANDLE_BEFORE_NETWORK = re.compile(
    r"(?<![\w@./])(?P<handle>(?=[\w.]*[\d_.])\w[\w.]{1,28}\w)[ ]+(?:on|op|sur|auf|en|su)[ ]+"
    r"(?:insta(?:gram)?|ig|twitter|tiktok|snap(?:chat)?|threads|bluesky|mastodon|telegram"
    r"|facebook|fb|pinterest|youtube|twitch)\b",
    re.IGNORECASE,
)


def find_profiles(text: str) -> Iterator[Span]:
    for pattern in (_PROFILE_URL, _FEDIVERSE):
        for match in pattern.finditer(text):
            yield Span(match.start(), match.end(), PROFILE)


def find_emails(text: str) -> Iterator[Span]:
    for pattern in (_EMAIL, _SPACED_EMAIL):
        for match in pattern.finditer(text):
            yield Span(match.start(), match.end(), EMAIL)
    for match in _WORDED_EMAIL.finditer(text):
        at = match.group("at").strip(" ").lower()
        domain = match.group("domain")
        provider = re.split(r"[ .(\[{<]", domain, maxsplit=1)[0].lower()
        dots_in_words = not re.fullmatch(r"[\w.-]+", domain)
        if at == "at" and not dots_in_words and provider not in _MAIL_PROVIDERS:
            continue
        yield Span(match.start(), match.end(), EMAIL)


def find_handles(text: str) -> Iterator[Span]:
    for match in _HANDLE.finditer(text):
        if not _institution(match.group(0)):
            yield Span(match.start(), match.end(), PROFILE)
    for pattern in (_FOLLOW_ME, _WORDED_HANDLE, _TAGGED_NAME):
        for match in pattern.finditer(text):
            start, end = match.span("handle") if "handle" in pattern.groupindex else match.span()
            if not re.fullmatch(r"[\d.]+", text[start:end]):
                yield Span(start, end, PROFILE)
    for match in _HANDLE_BEFORE_NETWORK.finditer(text):
        if not re.fullmatch(r"[\d.]+", match.group("handle")):
            yield Span(match.start("handle"), match.end("handle"), PROFILE)
    for match in _NAMED_HANDLE.finditer(text):
        handle = match.group("handle")
        # A handle has a digit, underscore or dot, or follows an explicit colon or "is".
        if handle.lower() in _NOT_HANDLES or _institution(handle):
            continue
        if re.search(r"[\d_.]", handle) or re.search(
            r"[:=>]|[ ](?:is|ist|est|es|è|e)[ ]", match.group(0)
        ):
            yield Span(match.start("handle"), match.end("handle"), PROFILE)


_NOT_HANDLES = words("and the ook aussi auch también anche very zeer très sehr muy molto")


# ---------------------------------------------------------------------------------------------
# Phone numbers: a run of digits with the separators people type, optionally led by + or 00.
_PHONE_CANDIDATE = re.compile(
    r"(?<![\w+])(?:\+|\b00)?\(?\d"
    r"(?:(?:[ ]?[-./_][ ]?|[ ]|\)[ ]?|[ ]?\()?\d){5,18}"
    r"(?![\w]|[.,]\d)"
)
_PHONE_WORD = re.compile(
    r"(?:\b(?:tel|tél|telf?|phone|telephone|telefoon|telefoonnummer|telefon|téléphone|telefono|"
    r"teléfono|gsm|mobiel|mobile|mob|cell|cellphone|handy|portable|móvil|movil|cellulare|cell|"
    r"whatsapp|sms|text|bel|bellen|call|ring|rufen|appelez|appelle[rz]?|llama|llámame|"
    r"chiamami|chiamare|nummer|number|numéro|numero|número|fax|anrufen|bereiken|reach|joindre|"
    r"erreichen|contactar|contattare|contact|contacto|contatto|kontakt)\b\.?)[^\d\n]{0,24}$",
    re.IGNORECASE,
)
_NOT_A_PHONE_NUMBER = re.compile(
    r"\b(?:cat(?:alog(?:ue|us|o)?)?|katalog|inv(?:entar(?:y|is|io))?|object|objet|objekt"
    r"|oggetto|obra|opera|order|bestel|bestell|commande|pedido|ordine|ticket|billet|entrada"
    r"|biglietto|booking|reservation|reservering|r[ée]servation|reserva|prenotazione|room|zaal"
    r"|salle|saal|sala|ref|r[ée]f[ée]rence|referencia|riferimento|isbn|issn|invoice|factuur"
    r"|facture|rechnung|factura|fattura|member|lid|membre|mitglied|socio)\b\.?[^\d\n]{0,24}\Z",
    re.IGNORECASE,
)
_YEAR_RANGE = re.compile(r"^(?:1[0-9]|20)\d{2}\s?[-/]\s?(?:1[0-9]|20)?\d{2}$")
_SPACED_SINGLE_DIGITS = re.compile(r"^\d(?: \d{1,2}){5,}$")
_DATE = re.compile(r"^(?:\d{1,2}[-./ ]\d{1,2}[-./ ](?:\d{2}|\d{4})|\d{4}[-./]\d{1,2}[-./]\d{1,2})$")
_TIME_RANGE = re.compile(r"^\d{1,2}[.:]\d{2}\s?-\s?\d{1,2}[.:]\d{2}$")


def _digits_only(value: str) -> str:
    return re.sub(r"\D", "", value)


@cache
def _phonenumbers():
    import phonenumbers  # noqa: PLC0415 - imported on first use, keeps start-up cheap

    return phonenumbers


def find_valid_phones(text: str) -> Iterator[Span]:
    """International numbers that libphonenumber finds and validates, in the forms the patterns
    above do not read ("+ 31 6 ...", "(+32) 470 ...", "+39-347/123.45.67").

    National numbers are left to the patterns: without a country code the matcher also accepts
    digit groups that are ordinary figures (a rating scale, an ISBN)."""
    if "+" not in text or sum(c.isdigit() for c in text) < 8:
        return
    phonenumbers = _phonenumbers()
    for match in phonenumbers.PhoneNumberMatcher(text, "ZZ", phonenumbers.Leniency.VALID):
        start = match.start
        # Take a bracket or plus typed in front of the number along with it.
        while start > 0 and text[start - 1] in "+( ":
            start -= 1
        while start < match.start and text[start] == " ":
            start += 1
        yield Span(start, match.end, PHONE)


def _looks_like_phone(value: str, before: str) -> bool:
    stripped = value.strip()
    digits = _digits_only(stripped)
    if _YEAR_RANGE.match(stripped) or _DATE.match(stripped) or _TIME_RANGE.match(stripped):
        return False
    worded = bool(_PHONE_WORD.search(before))
    if _SPACED_SINGLE_DIGITS.match(stripped) and not worded:
        return False  # a rating scale written out ("0 1 2 3 4 5 6 7 8 9 10")
    # "+31 (0)20 ..." carries a trunk zero that is not dialled.
    dialled = digits.replace("0", "", 1) if "(0)" in stripped.replace(" ", "") else digits
    if stripped.startswith("+"):
        return 8 <= len(dialled) <= 15
    if digits.startswith("00") and len(digits) > 2 and digits[2] != "0":
        return 10 <= len(digits) <= 17
    if worded:
        if _NOT_A_PHONE_NUMBER.search(before):
            return False  # "catalogue number 2026-0415", "order number ..."
        return 6 <= len(digits) <= 15
    if digits.startswith("0") and digits[1:2] != "0":
        # National numbers with a trunk zero: 9 digits (BE, ES) to 12 (DE, AT).
        return 9 <= len(digits) <= 12
    # Spanish numbers have no trunk zero (nine digits); nor have Italian mobiles (ten, from 3).
    return (len(digits) == 9 and digits[0] in "6789") or (len(digits) == 10 and digits[0] == "3")


def find_phones(text: str, *, international_only: bool = False) -> Iterator[Span]:
    for match in _PHONE_CANDIDATE.finditer(text):
        value = match.group(0)
        if international_only and not value.startswith(("+", "00")):
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        if _looks_like_phone(value, before):
            yield Span(match.start(), match.end(), PHONE)
