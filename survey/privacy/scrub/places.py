"""Where the respondent lives or what they drive: postal addresses and licence plates.

An address is a street with a house number followed by a postcode and a town in one of the
countries' formats ("Kerkstraat 12, 3511 LK Utrecht", "12 rue de Rivoli, 75001 Paris",
"Via Roma 10, 00184 Roma", "14 Elm Road, Oxford OX2 6HT"), or a street with a house number after
"I live at", "mijn adres is", "j'habite", "ich wohne in der", "vivo en", "abito in". A street named
as the location of something ("the café on the Museumplein") has no number and stays; so does the
museum's own address (its street is named after the museum).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from survey.privacy.scrub.lexicon import words
from survey.privacy.scrub.spans import Span

ADDRESS = "[address]"
PLATE = "[licence plate]"

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_LOW_LINK = r"(?:de|del|della|delle|dei|degli|di|da|du|des|la|le|les|los|las|van|von|der|den|dem"
_LOW_LINK += r"|het|am|an|auf|im|in|sur|sous|en|y|e|ter|ten|aan|op|bij|'t|d'|l')"
_STREET_TYPES = (
    r"rue|avenue|av\.?|bd|boulevard|place|pl\.|all[ée]e|impasse|chemin|quai|cours|route|chauss[ée]e"
    r"|square|calle|c/|avda\.?|avenida|paseo|plaza|pza\.?|carrer|ronda|camino|carretera|traves[íi]a"
    r"|via|v\.|viale|piazza|p\.za|corso|largo|vicolo|piazzale|strada|lungomare|contrada|borgo"
    r"|salita|rua|leopoldlaan"
)
_STREET_SUFFIX = (
    r"straat|str\.|weg|laan|plein|gracht|kade|dijk|singel|steeg|markt|dreef|baan|pad|wal|haven"
    r"|burgwal|plantsoen|hof|lei|steenweg|straße|strasse|gasse|allee|platz|ring|damm|ufer|chaussee"
    r"|berg|stieg|zeile|graben|promenade"
)
_UK_TYPES = (
    r"street|st|road|rd|lane|ln|avenue|ave|close|drive|dr|way|place|square|gardens|crescent"
    r"|terrace|court|row|hill|grove|park|mews|walk|parade"
)
_NUMBER = (
    r"\d{1,4}(?:[ ]?[a-zA-Z](?![\w]))?(?:[ ]?[-/][ ]?(?:\d{1,4}[a-zA-Z]?|[IVX]{1,3}|hs|bg))?"
    r"(?:[ ]+(?:bis|ter|hs|huis|bg|boven|[IVX]{1,3})(?![\w]))?"
)
_UNIT = (
    r"(?:(?i:flat|apt\.?|apartment|unit|appartement|app\.?|wohnung|whg\.?|piso|interno|int\.)"
    r"[ ]?\w{1,4},?[ ]+)?"
)
_NAME_WORDS = r"(?:" + _CAP + r"|" + _LOW_LINK + r")"
# Street then number: "Kerkstraat 12", "Unter den Linden 77", "Via Roma 10", "Calle Mayor 5".
_STREET_NUMBER = (
    r"(?:(?i:" + _STREET_TYPES + r")[ ]+)?" + _CAP + r"(?:[ ]+" + _NAME_WORDS + r"){0,4}?"
    r"[ ]*,?[ ]+" + _NUMBER
)
# Number then street: "12 rue de Rivoli", "5 bis avenue Jean Jaurès".
_NUMBER_STREET = (
    r"\d{1,4}(?:[ ]?(?:bis|ter|[a-zA-Z](?![\w])))?,?[ ]+(?i:" + _STREET_TYPES + r")"
    r"(?:[ ]+" + _NAME_WORDS + r"){1,5}?"
)
_TOWN_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_CITY = (
    r"(?:'s-)?"
    + _TOWN_WORD
    + r"(?:(?:[ ]+(?:am|an|der|de|den|sur|sous|en|la|le|les|di|del|aan|im|bei"
    r"|op|upon|on|in|ob)|[ ]*-)?[ ]*" + _TOWN_WORD + r"){0,2}"
)
_POSTCODE = (
    r"(?:\d{4}[ ]?[A-Z]{2}(?![\w])"  # NL
    r"|(?:[A-Z]-)?\d{4,5})"  # BE, LU, CH, AT (four digits); FR, DE, ES, IT (five)
)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}"
_EXTRA = r"(?:[ ]*,?[ ]*(?:\d{1,2}[ ]?[ºª°]?[ ]?[A-Za-z]?|bus[ ]\d+|app?\.?[ ]?\d+|int\.?[ ]?\d+))?"
_FULL_ADDRESS = re.compile(
    r"(?<![\w])(?:" + _NUMBER_STREET + r"|" + _STREET_NUMBER + r")" + _EXTRA + r"[ ]*[,\n]?[ ]*"
    r"(?:" + _POSTCODE + r")[ ]+(?P<city>" + _CITY + r")(?![\w])"
)
_UK_ADDRESS = re.compile(
    r"(?<![\w])"
    + _UNIT
    + r"\d{1,4}[A-Z]?,?[ ]+(?:"
    + _CAP
    + r"[ ]+){1,3}(?i:"
    + _UK_TYPES
    + r")\.?"
    r"(?:[ ]*,?[ ]*"
    + _CAP
    + r"){1,2}[ ]*,?[ ]*(?:"
    + _UK_POSTCODE
    + r"|[A-Z]{2}[ ]+\d{5}(?:-\d{4})?)"
    r"(?![\w])"
)
# A street with a type or suffix and a house number, without postcode: an address when the clause
# before it says the respondent lives there or wants something sent there ("ik woon sinds 2010 op
# de Kerkstraat 12", "send the catalogue to 22 Acacia Avenue, Leeds").
_RESIDENCE = re.compile(
    r"\b(?:live|living|lives|address|send|post|mail|deliver\w*|home|flat|apartment|arriv\w*"
    r"|receiv\w*|ontvang\w*|aangekomen|re[çc]u|arriv[ée]e?|erhalten|angekommen|recib\w*|lleg[óo]"
    r"|ricevut\w*|vis|vit|vivons|r[ée]sid\w*|write|schrijf|[ée]cri\w*|schreib\w*|escrib\w*"
    r"|scriv\w*"
    r"|woon|woont|wonen|woonachtig|adres|stuur|opsturen|sturen|bezorg|thuis"
    r"|habite|habitons|habiter|domicile|domicili[ée]e?|adresse|envoy\w*|livr\w*|chez moi"
    r"|wohne|wohnen|wohnhaft|adresse|schick\w*|sende[nt]?|liefer\w*|zuhause|bitte an"
    r"|vivo|vivimos|resido|domicilio|direcci[óo]n|env[íi]\w*|mand\w*|entreg\w*|en casa"
    r"|abito|abitiamo|risiedo|residente|indirizzo|sped\w*|invia\w*|invi\w*|consegn\w*|a casa)\b",
    re.IGNORECASE,
)
_STREET_WITH_NUMBER = re.compile(
    r"(?<![\w])(?P<street>" + _UNIT + r"(?:\d{1,4}(?:[ ]?(?:bis|ter|[a-zA-Z](?![\w])))?,?[ ]+"
    r"(?:(?i:" + _STREET_TYPES + r")|(?:" + _CAP + r"[ ]+){1,3}(?i:" + _UK_TYPES + r")\.?)"
    r"(?:[ ]+" + _NAME_WORDS + r"){0,4}"
    r"|(?i:"
    + _STREET_TYPES
    + r")[ ]+"
    + _CAP
    + r"(?:[ ]+"
    + _NAME_WORDS
    + r"){0,4}?[ ]+"
    + _NUMBER
    + r"|"
    + _CAP
    + r"(?:[ ]+"
    + _NAME_WORDS
    + r"){0,3}?(?i:"
    + _STREET_SUFFIX
    + r")[ ]+"
    + _NUMBER
    + r")"
    r"(?:(?:[ ]*,[ ]*|[ ]+(?:in|[àa]|en|te|bei|near)[ ]+)" + _CITY + r")?)(?![\w])"
)
_CLAUSE_END = re.compile(r"[.!?;\n](?:\s|$)")


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 80) : start]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


_MUSEUM_STREET = re.compile(r"muse", re.IGNORECASE)
# Capitalised nouns that follow a count ("Raum 3, 2000 Besucher"), not a town.
_NOT_TOWNS = words(
    """
    besucher besucherinnen gäste personen werke bilder gemälde objekte exponate euro jahre stück
    menschen leute kinder schüler schülerinnen studenten kunstwerke skulpturen zeichnungen
    fotos stunden minuten meter quadratmeter
    """
)


# A British postcode anchors an address with a house name and no number ("write to The Old
# Rectory, Church Lane, Little Snoring, Norfolk NR21 0AA") in a residence clause.
_UK_POSTCODE_ONLY = re.compile(r"(?<![\w])" + _UK_POSTCODE + r"(?![\w])")
_ADDRESS_PART = re.compile(
    r"(?:"
    + _UNIT
    + r"\d{1,4}[A-Za-z]?[ ]+)?[A-Z][\w'’.-]*(?:[ ]+(?:[A-Z0-9][\w'’.-]*|of|on|the|upon))"
    r"{0,4}[ ]*,?[ ]*\Z"
)
# Dutch addresses typed in lower case: "kerkstraat 12, 3511 lk utrecht".
_NL_LOWER = re.compile(
    r"(?<![\w])[a-zà-ÿ][\w'-]*(?:" + _STREET_SUFFIX + r")[ ]+" + _NUMBER + r"[ ]*,?[ ]*"
    r"\d{4}[ ]?[a-zA-Z]{2}[ ]+[a-zA-Zà-ÿ'-]+(?![\w])",
    re.IGNORECASE,
)


def _uk_house_name_addresses(text: str) -> Iterator[Span]:
    for match in _UK_POSTCODE_ONLY.finditer(text):
        start = match.start()
        parts = 0
        while parts < 5:
            part = _ADDRESS_PART.search(text, max(0, start - 60), start)
            if not part or part.end() != start or part.start() == start:
                break
            start = part.start()
            parts += 1
        if parts >= 2 and _RESIDENCE.search(_clause_before(text, start)):
            yield Span(start, match.end(), ADDRESS)


def find_addresses(text: str) -> Iterator[Span]:
    if not any(c.isdigit() for c in text):
        return
    for match in _FULL_ADDRESS.finditer(text):
        town = match.group("city").split()[0].lower()
        if town not in _NOT_TOWNS and not _MUSEUM_STREET.search(match.group(0).split(",")[0]):
            yield Span(match.start(), match.end(), ADDRESS)
    for match in _UK_ADDRESS.finditer(text):
        yield Span(match.start(), match.end(), ADDRESS)
    for match in _NL_LOWER.finditer(text):
        if not _MUSEUM_STREET.search(match.group(0)):
            yield Span(match.start(), match.end(), ADDRESS)
    yield from _uk_house_name_addresses(text)
    for match in _STREET_WITH_NUMBER.finditer(text):
        if _MUSEUM_STREET.search(match.group("street").split(",")[0]):
            continue
        if _RESIDENCE.search(_clause_before(text, match.start())):
            yield Span(match.start("street"), match.end("street"), ADDRESS)


# --- licence plates --------------------------------------------------------------------------
# Dutch and Belgian plates: groups of letters and digits that alternate ("12-ABC-3", "GZ-123-K",
# "1-ABC-234"); French and Italian "AB-123-CD"; Spanish "1234 BCD"; British "AB12 CDE"; German
# "B-MK 1234".
_GROUP = r"([A-Z]{1,3}|\d{1,3})"
_DASHED = re.compile(r"(?<![\w-])" + _GROUP + "-" + _GROUP + "-" + _GROUP + r"(?![\w-])")
_FR_IT = re.compile(r"(?<![\w-])[A-Z]{2}[- ]?\d{3}[- ]?[A-Z]{2}(?![\w-])")
_ES = re.compile(
    r"(?<![\w-])(?:\d{4}[- ]?[BCDFGHJKLMNPRSTVWXYZ]{3}|[A-Z]{1,2}[- ]\d{4}[- ][A-Z]{1,2})(?![\w-])"
)
_UK = re.compile(r"(?<![\w-])[A-Z]{2}\d{2}[ ]?[A-Z]{3}(?![\w-])")
_DE = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ ]?\d{1,4}[EH]?(?![\w-])")
_PLATE_WORDS = re.compile(
    r"(?i:\b(?:kenteken|nummerplaat|nummerbord|immatricul[ée]e?|immatriculation|plaque"
    r"|kennzeichen|nummernschild|autokennzeichen|matr[íi]cula|targa|targata|targato"
    r"|licen[cs]e plate|number plate|registration|reg\.?|plate)\b)"
    r"(?:[ ]*(?:number|nummer|nr\.?|no\.?|num[ée]ro|n[º°o]\.?|is|ist|est|es|è|:|#))*[ ]*"
    r"(?P<value>(?=[A-Za-z0-9 -]*\d)(?=[A-Za-z0-9 -]*[A-Za-z])[A-Za-z0-9]{1,4}"
    r"(?:[ -][A-Za-z0-9]{1,4}){0,2})(?![\w-])"
)


# Inventory and catalogue numbers share the shapes of plates.
_INVENTORY_BEFORE = re.compile(
    r"(?i:\b(?:cat(?:alog(?:ue|us|o)?)?|inv(?:entar(?:y|is|io|nummer))?|object(?:nummer)?|obj"
    r"|objet|objekt|oggetto|obra|opera|werk|work|ref|r[ée]f[ée]rence|referencia|riferimento)"
    r"\.?(?:[ ]*(?:no|nr|n°|nº|num|number|nummer|numéro|número|numero)\.?)?[ ]*:?[ ]*)\Z"
)


def _dashed_plate(match: re.Match[str]) -> bool:
    groups = match.groups()
    kinds = [g.isdigit() for g in groups]
    alternate = kinds[0] != kinds[1] and kinds[1] != kinds[2]
    return alternate and len("".join(groups)) in (6, 7)


def find_plates(text: str) -> Iterator[Span]:
    for pattern in (_DASHED, _FR_IT, _ES, _UK, _DE):
        for match in pattern.finditer(text):
            if pattern is _DASHED and not _dashed_plate(match):
                continue
            if not _INVENTORY_BEFORE.search(text, 0, match.start()):
                yield Span(match.start(), match.end(), PLATE)
    for match in _PLATE_WORDS.finditer(text):
        yield Span(match.start("value"), match.end("value"), PLATE)
