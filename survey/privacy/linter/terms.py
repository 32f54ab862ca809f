"""The lexicons in matching form: words, phrases, benign phrases and compounds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from survey.privacy import lexicon as lx
from survey.privacy.linter.results import CONCEPTS
from survey.privacy.linter.surface import SurfaceForms
from survey.privacy.normalise import normalise

_WORD = re.compile(r"[a-z0-9]+")
_JOINER = re.compile(r"[-_.*·]{1,2}")
_BOUNDARY = re.compile(r"[?!;\n\r¿¡|•]|\.(?:\s|$)|^\s*-\s+|\s-\s|\s–\s")
_LABEL_MARK_AFTER = re.compile(r"^\.?\s*(?:[:=*]|_{2,}|\.{3}|…|\[\s*\]|\(\s*\))")


def _split_terms(line: str) -> list[str]:
    return [term.strip() for term in line.split("|") if term.strip()]


def _logical_lines(block: str) -> list[str]:
    """Lines of a lexicon block; a line starting with "|" continues the one before."""
    lines: list[str] = []
    for raw_line in block.strip().splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("|") and lines:
            lines[-1] += " " + line
        else:
            lines.append(line)
    return lines


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    text = normalise(phrase).text
    tokens: list[str] = []
    last_end = -1
    for match in _WORD.finditer(text):
        gap = text[last_end : match.start()] if last_end >= 0 else ""
        if tokens and gap and _JOINER.fullmatch(gap) and match.group(0) not in lx.PRONOUN_TAILS:
            tokens[-1] += match.group(0)
        else:
            tokens.append(match.group(0))
        last_end = match.end()
    return tuple(tokens)


@dataclass(frozen=True, slots=True)
class _Term:
    code: str
    need: int
    length: int


def _number_variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """ "phone number" also as "phone no", "numéro de téléphone" also as "n° de tél"."""
    variants = [tokens]
    if len(tokens) == 1:
        return variants
    for index, token in enumerate(tokens):
        for abbreviation in lx.NUMBER_ABBREVIATIONS.get(token, ()):
            variants.append((*tokens[:index], abbreviation, *tokens[index + 1 :]))
    if "telephone" in tokens or "telefono" in tokens:
        for variant in list(variants):
            variants.append(tuple("tel" if t in ("telephone", "telefono") else t for t in variant))
    return variants


def _compile_lexicon() -> tuple[
    dict[str, _Term], dict[str, list[tuple[tuple[str, ...], _Term]]], set[str]
]:
    singles: dict[str, _Term] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], _Term]]] = {}
    vocabulary: set[str] = set()
    for line in _logical_lines(lx.TERMS):
        head, _, body = line.partition(":")
        code, need = head.split()
        if code not in CONCEPTS:
            raise ValueError(f"unknown concept {code} in lexicon")
        for term in _split_terms(body):
            tokens = _phrase_tokens(term)
            if not tokens:
                continue
            entry = _Term(code, int(need), len(tokens))
            for variant in _number_variants(tokens):
                vocabulary.update(variant)
                if len(variant) == 1:
                    singles.setdefault(variant[0], entry)
                else:
                    phrases.setdefault(variant[0], []).append((variant, entry))
    for candidates in phrases.values():
        candidates.sort(key=lambda item: -len(item[0]))
    return singles, phrases, vocabulary


def _compile_benign() -> dict[str, list[tuple[str, ...]]]:
    benign: dict[str, list[tuple[str, ...]]] = {}
    for line in lx.BENIGN.strip().splitlines():
        for phrase in _split_terms(line):
            tokens = _phrase_tokens(phrase)
            if tokens:
                benign.setdefault(tokens[0], []).append(tokens)
    for candidates in benign.values():
        candidates.sort(key=lambda item: -len(item))
    return benign


@dataclass(frozen=True, slots=True)
class _CompiledLexicon:
    singles: dict[str, _Term]
    phrases: dict[str, list[tuple[tuple[str, ...], _Term]]]
    benign: dict[str, list[tuple[str, ...]]]
    joinable: frozenset[str]  # words the tokeniser may form by joining hyphenated pieces


_compiled: list[_CompiledLexicon] = []


def _lexicon() -> _CompiledLexicon:
    """The lexicons in matching form, built on first use so that importing stays cheap."""
    if not _compiled:
        singles, phrases, vocabulary = _compile_lexicon()
        _compiled.append(
            _CompiledLexicon(
                singles, phrases, _compile_benign(), frozenset(vocabulary | set(singles))
            )
        )
    return _compiled[0]


_FACILITY_SUFFIX = (
    "parkplatz|parkplatze|toilette|toiletten|wc|eingang|zugang|aufzug|rampe|plaatsen|"
    "parkeerplaats|parkeerplaatsen|toilet|toiletten|ingang|lift|liften|vriendelijk|freundlich|"
    "gerecht|gerechte|tour|touren|fuhrung|fuhrungen|rondleiding|rondleidingen|angebot|angebote|"
    "aanbod|ausweis"
)
_TOPIC_SUFFIX = (
    "geschichte|geschiedenis|kunst|wissenschaft|wissenschaften|ausstellung|ausstellungen|"
    "tentoonstelling|tentoonstellingen|museum|musea|museen|objekte|objecten|voorwerpen|"
    "gemalde|schilderijen|bilder|thema|themas|themen|erfgoed|erbe|architectuur|architektur|"
    "muziek|musik|kritik|kritiek|beleid|politik|vrijheid|freiheit|bewegung|beweging|"
    "gemeinschaften|gemeenschappen|zaal|saal|werke|werken"
)
_COMPOUNDS: tuple[tuple[str, int, str], ...] = (
    ("PD-EMAIL", 0, r"e?mail(?:adres|adressen|adresse|address|addresses|anschrift)"),
    ("PD-PHONE", 0, r"(?:tele|mobile|cell)?phone(?:number|numbers|no|nr)|telnumber|telno"),
    (
        "PD-ADDRESS",
        0,
        r"\w*(?:woon|huis|thuis|post|prive|privat|wohn|heim|haus|melde|liefer|rechnungs|"
        r"correspondentie|factuur|verzend|bezorg|priv)s?(?:adres|adressen|adresse|anschrift)"
        r"|\w*(?:huis|haus)(?:nummer|nr)|\w*stra(?:ss|s)e?n?name|straatnaam",
    ),
    (
        "PD-ACCOUNT",
        1,
        r"\w*(?:lid|leden|lidmaatschaps|mitglieds|mitglieder|kunden|klant|klanten|ticket|"
        r"tickets|kaart|karten|museumkaart|museumskarten|museumpas|museumspass|museumpass|"
        r"jahreskarten|abonnement|abonnements|abo|studenten|student|matrikel|personeels|"
        r"mitarbeiter|medewerkers|medewerker|werknemers|bestel|bestellungs|bestell|boekings|"
        r"buchungs|reserverings|reservierungs|order|vriendenpas|donateurs|donateur|bibliotheek|"
        r"bibliotheks|kortings|eintrittskarten|toegangs|barcode|mitgliedskarten|personal)"
        r"s?(?:nummer|nummers|nr|code|kennung|id|nummern)",
    ),
    (
        "PD-NATIONAL-ID",
        0,
        r"\w*(?:burgerservice|sofi|rijksregister|insz|sozialversicherungs|versicherten|"
        r"steueridentifikations|steuerid|steuer|personalausweis|ausweis|reisepass|paspoort|"
        r"identiteitskaart|identitatskarten|identifikations|identificatie|ahv|"
        r"rentenversicherungs|krankenversicherten|rijbewijs|fuhrerschein|pass|document)"
        r"(?:nummer|nr|nummern)",
    ),
    (
        "PD-PHONE",
        0,
        r"\w*(?:telefoon|telefon|telephon|handy|mobiel|mobil|mobilfunk|gsm|ruf|festnetz|fax|"
        r"whatsapp|tel|kontakt|notfall|nood|privat|prive|thuis|06)s?(?:nummer|nummers|nr|"
        r"nummern)",
    ),
    (
        "PD-BANK",
        0,
        r"\w*(?:rekening|konto|bank|iban|creditcard|kreditkarten|giro|betaal|zahlungs)"
        r"(?:nummer|nr|gegevens|daten|verbindung|nummern)|bankverbindung\w*",
    ),
    ("PD-PLATE", 0, r"\w*(?:kenteken|nummerbord|nummerplaat|nummernschild)\w*|\w+kennzeichen"),
    (
        "PD-SOCIAL",
        0,
        r"\w*(?:instagram|insta|twitter|tiktok|facebook|linkedin|snapchat)"
        r"(?:naam|name|account|konto|profil|profiel|handle|gebruikersnaam|username|accountnaam)",
    ),
    (
        "PD-CONTACT",
        1,
        r"\w*(?:contact|kontakt)(?:gegevens|daten|angaben|informatie|informationen|adres|"
        r"adresse)|\w*persoonsgegevens|personendaten",
    ),
    (
        "SC-HEALTH",
        1,
        rf"(?!\w*(?:{_FACILITY_SUFFIX}|{_TOPIC_SUFFIX})$)"
        r"(?:(?:gezondheids|gesundheits)(?:toestand|zustand|klachten|problemen|probleme|"
        r"beschwerden|situatie|situation|daten|gegevens|informatie|informationen|zustandes)"
        r"|\w*(?:behinderung|beperking|krankheit|erkrankung|ziekte)(?:en|s)?|\w*behinderten\w*"
        r"|\w*(?:medicijn|medikament)(?:en|e|gebruik|einnahme)?"
        r"|\w*(?:allergie|allergien|allergieen|intoleranz|intolerantie|unvertraglichkeit)(?:en|s)?"
        r"|\w*(?:diabetes|diabetiker|epilepsie|depressie|depression|demenz|dementie)"
        r"|\w*(?:horgerat|gehoorapparaat|rollstuhl|rolstoel)\w*)",
    ),
    (
        "SC-RELIGION",
        1,
        r"\w*(?:religions|geloofs|glaubens|konfessions)(?:zugehorigkeit|overtuiging|overtuigingen|"
        r"richting|richtung|gemeinschaft|gemeenschap|bekenntnis|belijdenis|praxis|beleving|"
        r"ausubung|uberzeugung|uberzeugungen|los|loos)",
    ),
    (
        "SC-ETHNICITY",
        1,
        r"\w*(?:migratie|migranten|migrations|einwanderungs|zuwanderungs)"
        r"(?:achtergrond|hintergrund)",
    ),
    (
        "SC-POLITICS",
        1,
        r"\w*(?:partei|partij)(?:zugehorigkeit|mitglied|mitgliedschaft|voorkeur|lidmaatschap|"
        r"praferenz)|\w*(?:wahl|stem)(?:verhalten|gedrag)",
    ),
    ("SC-UNION", 1, rf"(?!\w*(?:{_TOPIC_SUFFIX})$)\w*(?:gewerkschafts?|vakbonds?)\w*"),
    ("SC-SEXUAL", 1, rf"(?!\w*(?:{_TOPIC_SUFFIX})$)\w*(?:sexualitat|seksualiteit|sexualleben)\w*"),
    ("SC-CRIMINAL", 1, r"\w*(?:vorstrafen|strafregister|strafblad)\w*"),
)
_COMPOUND_SOURCE = "|".join(
    f"(?P<c{index}>{pattern})" for index, (_, _, pattern) in enumerate(_COMPOUNDS)
)
_compound_pattern: list[re.Pattern[str]] = []  # compiled on first use
_compound_cache: dict[str, _Term | None] = {}


def _compound(token: str) -> _Term | None:
    cached = _compound_cache.get(token, False)
    if cached is not False:
        return cached  # type: ignore[return-value]
    if not _compound_pattern:
        _compound_pattern.append(re.compile(_COMPOUND_SOURCE))
    match = _compound_pattern[0].fullmatch(token)
    result = None
    if match is not None and match.lastgroup is not None:
        code, need, _ = _COMPOUNDS[int(match.lastgroup[1:])]
        result = _Term(code, need, 1)
    if len(_compound_cache) < 50_000:
        _compound_cache[token] = result
    return result


# ---------------------------------------------------------------------- verb-frame rules
# Patterns over the clause-marked token string ("how are you called | ..."); ``$E`` is the end
# of a clause. Each rule fires only when one of its trigger words occurs in the field.


_surface: list[SurfaceForms] = []
_RULE_WORD = re.compile(r"(?<![\\?])\b[a-z]{3,}\b")


def surface_forms() -> SurfaceForms:
    """Every word the linter knows (lexicon terms, frame words, words of the frame rules), with
    the concept of each lexicon term, for mapping inflections and typos onto them."""
    if not _surface:
        from survey.privacy.linter.frames import _RULES

        lexicon = _lexicon()
        key_terms: dict[str, str] = {}
        for word, term in lexicon.singles.items():
            key_terms.setdefault(word, term.code)
        for candidates in lexicon.phrases.values():
            for phrase, term in candidates:
                for word in phrase:
                    key_terms.setdefault(word, term.code)
        frame_words: set[str] = set()
        for value in vars(lx).values():
            if isinstance(value, (set, frozenset)):
                frame_words.update(w for w in value if isinstance(w, str) and w.isalnum())
        for rule in _RULES:
            frame_words.update(rule.triggers)
            frame_words.update(_RULE_WORD.findall(rule._source))
        frame_words.discard("qqperson")
        vocabulary = set(lexicon.joinable) | set(key_terms) | frame_words
        _surface.append(SurfaceForms(vocabulary, key_terms, frame_words))
    return _surface[0]
