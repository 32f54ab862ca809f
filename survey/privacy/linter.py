"""The personal-data linter: does a museum's question ask respondents for personal data?

``lint_question`` checks the question text, its help text and every answer option, and returns a
verdict (``reject``, ``warn`` or ``ok``) with findings that say what was found, where, why it is a
problem and what to ask instead. It is deterministic and needs nothing but the standard library.

How a field is checked:

1. normalise (``normalise.py``): case, accents, look-alike letters, dashes, invisible characters,
   spaced-out letters and leetspeak all fold into one comparable form;
2. tokenise into words and clauses; hyphenated and dotted spellings ("e-mail", "Tel.-Nr.") are
   joined when the joined word is known;
3. match the lexicons (``lexicon.py``) on whole words and word sequences, German and Dutch
   compounds by their known heads and tails ("Handynummer", "woonadres"), and a few verb frames
   ("Wie heißen Sie?", "Comment vous appelez-vous ?", "When were you born?");
4. judge every match by its request frame: is the term tied to the respondent (a possessive, a
   request verb, a bare form label, a "what is your ..." question, a contacting verb, the
   respondent addressed in the clause) or to someone or something else (the museum, an artist, an
   artwork, a topic, a channel, a device)? Negated instructions ("do not enter your name") and
   statements about data handling are not requests.

The word lists are data in ``lexicon.py``; this module holds the rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from survey.privacy import lexicon as lx
from survey.privacy.messages import message_for, resolve_locale, suggestion_for
from survey.privacy.normalise import normalise

REJECT = "reject"
WARN = "warn"
OK = "ok"
_RANK = {OK: 0, WARN: 1, REJECT: 2}

PERSONAL_DATA = "personal-data"
SPECIAL_CATEGORY = "special-category"
QUASI_IDENTIFIER = "quasi-identifier"

#: code -> (category, group). The group decides the base severity.
CONCEPTS: dict[str, tuple[str, str]] = {
    "PD-NAME": ("name", PERSONAL_DATA),
    "PD-EMAIL": ("email", PERSONAL_DATA),
    "PD-PHONE": ("phone", PERSONAL_DATA),
    "PD-ADDRESS": ("address", PERSONAL_DATA),
    "PD-POSTCODE": ("postcode", PERSONAL_DATA),
    "PD-BIRTHDATE": ("date_of_birth", PERSONAL_DATA),
    "PD-NATIONAL-ID": ("national_id", PERSONAL_DATA),
    "PD-BANK": ("bank_account", PERSONAL_DATA),
    "PD-PLATE": ("licence_plate", PERSONAL_DATA),
    "PD-SOCIAL": ("social_media", PERSONAL_DATA),
    "PD-IP": ("ip_address", PERSONAL_DATA),
    "PD-PHOTO": ("photo", PERSONAL_DATA),
    "PD-SIGNATURE": ("signature", PERSONAL_DATA),
    "PD-ACCOUNT": ("membership_number", PERSONAL_DATA),
    "PD-CONTACT": ("contact_details", PERSONAL_DATA),
    "SC-HEALTH": ("health", SPECIAL_CATEGORY),
    "SC-RELIGION": ("religion", SPECIAL_CATEGORY),
    "SC-ETHNICITY": ("ethnic_origin", SPECIAL_CATEGORY),
    "SC-POLITICS": ("political_opinion", SPECIAL_CATEGORY),
    "SC-UNION": ("trade_union", SPECIAL_CATEGORY),
    "SC-SEXUAL": ("sexual_orientation", SPECIAL_CATEGORY),
    "SC-GENETIC": ("genetic_biometric", SPECIAL_CATEGORY),
    "SC-CRIMINAL": ("criminal_record", SPECIAL_CATEGORY),
    "QI-AGE": ("exact_age", QUASI_IDENTIFIER),
    "QI-BIRTH-YEAR": ("year_of_birth", QUASI_IDENTIFIER),
    "QI-BIRTHPLACE": ("place_of_birth", QUASI_IDENTIFIER),
    "QI-EMPLOYER": ("employer", QUASI_IDENTIFIER),
    "QI-SCHOOL": ("school", QUASI_IDENTIFIER),
}
CATEGORIES = frozenset(category for category, _ in CONCEPTS.values())
GROUPS = frozenset({PERSONAL_DATA, SPECIAL_CATEGORY, QUASI_IDENTIFIER})

# Why a term counted as a request; reported as the finding's ``basis``.
BASIS_TEXT = {
    "possessive": "tied to the respondent by a possessive",
    "request": "governed by a request verb",
    "label": "used as a form label",
    "value-question": "asked as a question about its value",
    "contact": "with a verb of contacting the respondent",
    "addressed": "in a clause addressed to the respondent",
    "companion": "about a person accompanying the respondent",
    "frame": "in a sentence that asks the respondent for it",
    "explicit": "an explicit request for personal data",
    "prize-draw": "collected for a prize draw or follow-up",
    "answer-type": "the answer type collects it",
}


# ---------------------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a question asks for that it should not, with where it is and what to do."""

    code: str
    category: str
    severity: str
    field: str  # "text", "help" or "option:<index>"
    span: tuple[int, int]  # character offsets in that field's original text
    matched: str
    message: str
    suggestion: str
    basis: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "category": self.category,
            "severity": self.severity,
            "field": self.field,
            "span": list(self.span),
            "matched": self.matched,
            "message": self.message,
            "suggestion": self.suggestion,
            "basis": self.basis,
        }


@dataclass(frozen=True, slots=True)
class LintResult:
    verdict: str
    findings: tuple[Finding, ...] = ()

    @property
    def rejected(self) -> bool:
        return self.verdict == REJECT

    def to_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "findings": [f.to_dict() for f in self.findings]}


@dataclass(frozen=True)
class LintPolicy:
    """Which warnings are escalated to rejections.

    ``escalate`` holds categories ("health", "exact_age", ...) or whole groups
    ("special-category", "quasi-identifier"). Personal-data requests are always rejected.
    """

    escalate: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        unknown = set(self.escalate) - CATEGORIES - GROUPS
        if unknown:
            raise ValueError(f"unknown categories or groups: {', '.join(sorted(unknown))}")

    def severity(self, code: str) -> str:
        category, group = CONCEPTS[code]
        if group == PERSONAL_DATA or category in self.escalate or group in self.escalate:
            return REJECT
        return WARN


DEFAULT_POLICY = LintPolicy()
STRICT_POLICY = LintPolicy(escalate=frozenset({SPECIAL_CATEGORY, QUASI_IDENTIFIER}))


# ------------------------------------------------------------------------------- tokenising

_WORD = re.compile(r"[a-z0-9]+")
_JOINER = re.compile(r"[-_.*·]{1,2}")
_BOUNDARY = re.compile(r"[?!;\n\r¿¡|•]|\.(?:\s|$)|^\s*-\s+|\s-\s|\s–\s")
_ABBREVIATIONS = {
    "tel", "nr", "no", "e", "g", "i", "z", "b", "bzw", "etc", "ca", "approx", "vs", "dr", "mr",
    "mrs", "ms", "st", "sr", "sra", "sig", "p", "n", "num", "incl", "excl", "resp", "evtl",
    "ggf", "usw", "dhr", "mevr", "mw", "mme", "m", "ex", "bijv", "bv", "o", "a", "s", "v",
    "sg", "gsm", "mob", "ref",
}  # fmt: skip
_LABEL_MARK_AFTER = re.compile(r"^\.?\s*(?:[:=*]|_{2,}|\.{3}|…|\[\s*\]|\(\s*\))")

_INERT_BETWEEN_REQUEST_AND_TERM = (
    lx.POSSESSIVE_2ND
    | lx.POSSESSIVE_1ST
    | lx.MODIFIERS
    | {
        "us", "me", "to", "in", "here", "below", "ons", "nous", "uns", "nos", "ci", "hier",
        "ici", "aqui", "qui", "on", "op", "sie", "bitte", "hieronder", "please", "kindly",
        "also", "ook", "auch", "aussi", "tambien", "anche", "nog", "noch", "even", "just",
        "simply", "gerne", "gern", "wel", "toch", "dessous", "down", "out", "the", "a", "an",
        "het", "een", "de", "le", "la", "les", "l", "un", "une", "der", "die", "das", "den",
        "dem", "ein", "eine", "einen", "el", "los", "las", "il", "lo", "gli", "uno", "una",
        "y", "and", "en", "et", "und", "e", "o", "or", "of", "ou", "oder", "u", "vous", "usted",
        "mir", "mij", "moi", "mi", "your", "d", "del", "della", "di", "du", "des",
        "s", "vostro", "vostra", "unten", "abajo", "sotto",
        "plait", "favor", "favore", "vriendelijk", "freundlicherweise", "svp", "aub", "ihre",
        "per", "por", "ihren", "deine", "deinen", "with", "mit", "met", "avec", "con",
    }
)  # fmt: skip
_ARTICLES = {
    "the", "de", "het", "le", "la", "les", "l", "der", "die", "das", "den", "dem", "des", "el",
    "los", "las", "il", "lo", "gli",
}  # fmt: skip
_PRIZE = {
    "prize", "draw", "raffle", "win", "winner", "winners", "competition", "contest", "lottery",
    "giveaway", "voucher", "vouchers", "prijs", "prijzen", "prijsvraag", "loterij", "winnen",
    "winactie", "verloting", "winnaar", "gewinnspiel", "gewinnen", "verlosung", "preis",
    "gutschein", "tirage", "concours", "gagner", "loterie", "gagnant", "sorteo", "concurso",
    "ganar", "premio", "premios", "ganador", "sorteggio", "concorso", "vincere", "estrazione",
    "buono", "vincitore", "tombola", "jaarkaart", "jahreskarte", "vrijkaarten",
    "freikarten", "omaggio",
}  # fmt: skip
_CONTACT_CONCEPTS = {
    "PD-EMAIL", "PD-PHONE", "PD-NAME", "PD-ADDRESS", "PD-CONTACT", "PD-SOCIAL", "PD-POSTCODE",
}  # fmt: skip
_CHANNEL_CONCEPTS = {"PD-EMAIL", "PD-PHONE", "PD-SOCIAL"}
_GENERIC_DATA_WORDS = {
    "details", "gegevens", "daten", "angaben", "donnees", "datos", "dati", "data", "contact",
    "contacto", "contatto", "kontakt", "personal", "persoonsgegevens",
}  # fmt: skip
# Words used as verbs right before a possessive or article: "name your favourite", "address the".
_VERB_USE_FOLLOWERS = (
    lx.POSSESSIVE_2ND
    | _ARTICLES
    | {
        "a", "an", "one", "two", "three", "four", "five", "some", "any", "this", "that",
        "these", "those", "it", "them", "something", "up", "all", "each", "every", "at",
    }
)  # fmt: skip
_FRENCH_NUMBER_DETERMINERS = {
    "votre", "vos", "ton", "ta", "tes", "le", "un", "du", "quel", "leur", "leurs", "notre",
    "nos", "grand", "petit", "meme", "bon", "certain", "quelle", "ce",
}  # fmt: skip

_BAND = re.compile(
    r"\d+\s*(?:-|–|—|to|tot|bis|a|à|al|e|t/m|~)\s*\d+"
    r"|\d+\s*\+|\+\s*\d+|[<>≤≥]\s*\d+"
    r"|\b(?:under|over|below|above|younger|older|less|more|onder|boven|jonger|ouder|unter|"
    r"über|ueber|moins|plus|menos|más|mas|meno|più|piu|oltre|sotto|fino|vanaf|ab|desde|da|"
    r"up|until|before|after|vóór|voor|na|vor|nach|avant|après|apres|antes|después|prima|"
    r"dopo|bis|tot)\b[^0-9]{0,12}\d+"
    r"|\d+\s*(?:or|of|oder|ou|o|e|y|and|en|und|et)\s*(?:more|older|over|ouder|mehr|älter|"
    r"plus|más|mas|più|piu|oltre|meer|above)",
    re.IGNORECASE,
)
_PREFER_NOT = re.compile(
    r"prefer not|rather not|zeg ik liever niet|liever niet|möchte ich nicht|keine angabe|"
    r"préfère ne pas|prefiero no|preferisco non|no answer|geen antwoord|sans réponse",
    re.IGNORECASE,
)


# French inversions are hyphenated ("avez-vous"), but the pieces are separate words.
_GENDER_SUFFIXES = {
    "e",
    "es",
    "a",
    "o",
    "as",
    "os",
    "in",
    "innen",
    "x",
    "s",
    "ne",
    "ice",
    "trice",
    "ssa",
}
_PRONOUN_TAILS = {
    "vous", "tu", "il", "elle", "nous", "on", "ils", "elles", "moi", "toi", "le", "la", "les",
    "t", "ci", "lui", "leur", "en", "y",
}  # fmt: skip


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
        if tokens and gap and _JOINER.fullmatch(gap) and match.group(0) not in _PRONOUN_TAILS:
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


_NUMBER_ABBREVIATIONS = {
    "number": ("no", "nr", "num", "nbr"),
    "numero": ("n", "no", "nr", "num", "nro"),
    "nummer": ("nr", "no"),
}


def _number_variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """ "phone number" also as "phone no", "numéro de téléphone" also as "n° de tél"."""
    variants = [tokens]
    if len(tokens) == 1:
        return variants
    for index, token in enumerate(tokens):
        for abbreviation in _NUMBER_ABBREVIATIONS.get(token, ()):
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
        r"|\w*(?:medicijn|medikament)(?:en|e|gebruik|einnahme)?)",
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

# Companion nouns are replaced by this marker in the token string, which keeps the patterns small.
_PERSON_MARK = "qqperson"
_PERSON = _PERSON_MARK
_E = r"(?:\s*\||\s*$)"


# Things with a number that identifies their holder: cards, passes, tickets, bookings.
_ID_NOUNS = "|".join(
    (
        "card", "cards", "pass", "passes", "membership", "subscription", "ticket", "tickets",
        "booking", "reservation", "order", "account", "badge", "kaart", "jaarkaart", "museumkaart",
        "pas", "museumpas", "lidmaatschap", "abonnement", "kaartje", "reservering", "boeking",
        "bestelling", "karte", "jahreskarte", "museumskarte", "mitgliedschaft", "mitgliedskarte",
        "abo", "eintrittskarte", "buchung", "reservierung", "bestellung", "carte", "billet",
        "commande", "adhesion", "tarjeta", "abono", "carne", "entrada", "reserva", "pedido",
        "tessera", "abbonamento", "biglietto", "prenotazione", "ordine", "bono", "jahreskarten",
        "museumkarte", "studentenkaart", "studentenausweis", "personalausweis", "ausweis",
        "lidkaart", "klantenkaart", "kundenkarte", "fidelite", "fidelidad", "fedelta",
    )
)  # fmt: skip


class _Rule:
    """A verb-frame pattern, compiled the first time one of its trigger words occurs: most
    questions trigger few rules, and importing the linter stays fast."""

    __slots__ = ("code", "triggers", "_source", "_pattern")

    def __init__(self, code: str, triggers: frozenset[str], source: str) -> None:
        self.code = code
        self.triggers = triggers
        self._source = source
        self._pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(self._source)
        return self._pattern


def _rule(code: str, triggers: str, pattern: str) -> _Rule:
    expanded = pattern.replace("{PERSON}", _PERSON).replace("$E", _E)
    return _Rule(code, frozenset(triggers.split()), expanded)


_RULES: tuple[_Rule, ...] = (
    # names: "how are you called", "hoe heet u", "wie heißen Sie", "comment vous appelez-vous"
    _rule(
        "PD-NAME",
        "called call address",
        r"\bhow (?:are|r) (?:you|u) called\b|\bwhat (?:are|r) (?:you|u) called\b"
        r"|\bwhat (?:do|should|shall|can|may) (?:we|i|people|they|your friends|others) call "
        r"(?:you|u)\b|\bhow (?:should|shall|can|may|do|would you like) (?:we|i|us|to)? ?"
        r"(?:call|address|name) (?:you|u)\b|\bwhat name (?:do|did|should|would) (?:you|we)\b"
        r"(?! (?:give|call|suggest|choose))",
    ),
    _rule("PD-NAME", "who", r"\bwho (?:are|r) (?:you|u)$E"),
    _rule(
        "PD-NAME",
        "heet heten noemen aanspreken naam wie",
        r"\bhoe (?:heet|heten) (?:u|je|jij|jullie)\b|\bhoe (?:heet|heten) (?:uw|je|jouw) "
        r"{PERSON}\b|\b(?:u|je|jij) heet$E|\bhoe (?:mogen|kunnen|moeten|zullen|mag|kan) "
        r"(?:we|wij|ik) (?:u|je|jou) (?:noemen|aanspreken)\b|\bwie (?:bent|ben) (?:u|je|jij)$E"
        r"|\bik heet\b|\bop welke naam\b",
    ),
    _rule(
        "PD-NAME",
        "heissen heisst heisse nennen ansprechen wer namen",
        r"\bwie heissen (?:sie|ihre {PERSON}|deine {PERSON}|eure {PERSON})\b"
        r"|\bwie heisst (?:du\b|ihr$E|dein {PERSON}\b|deine {PERSON}\b|ihr {PERSON}\b"
        r"|ihre {PERSON}\b)"
        r"|\b(?:sie heissen|du heisst)$E|\bwie (?:durfen|konnen|sollen|darf|kann|soll) "
        r"(?:wir|ich|man) (?:sie|dich) (?:nennen|ansprechen)\b|\bwer (?:sind sie|bist du)$E"
        r"|\bich heisse\b|\bauf welchen namen\b",
    ),
    _rule(
        "PD-NAME",
        "appelez appelles appelle appellent appeler nommer qui",
        r"\b(?:vous vous appelez|vous appelez vous|t appelles tu|tu t appelles|"
        r"comment vous appelez|comment t appelles)\b"
        r"|\bcomment (?:s )?appelle(?:nt)? (?:t )?(?:il |elle |ils |elles )?"
        r"(?:votre|ton|ta|vos|tes) "
        r"{PERSON}\b|\bcomment (?:votre|ton|ta|vos|tes) {PERSON} s appelle(?:nt)?\b"
        r"|\bqui (?:etes vous|es tu)$E|\bje m appelle\b"
        r"|\bcomment (?:pouvons|devons|peut|doit) (?:nous|on) vous (?:appeler|nommer)\b"
        r"|\bsous quel nom\b",
    ),
    _rule(
        "PD-NAME",
        "llamas llama llaman llamais quien llamo",
        r"\bcomo te llamas\b|\bte llamas\b|\bcomo se llama(?: usted)?$E|\bcomo se llama usted\b"
        r"|\bcomo se llaman? (?:tu|tus|su|sus|vuestro|vuestra) {PERSON}\b|\bcomo os llamais\b"
        r"|\bquien (?:es usted|eres)$E|\bme llamo\b|\ba nombre de quien\b",
    ),
    _rule(
        "PD-NAME",
        "chiami chiama chiamano chiamate chi chiamo",
        r"\bcome ti chiami\b|\bti chiami\b|\bcome si chiama(?: lei)?$E|\bcome si chiama lei\b"
        r"|\blei come si chiama\b|\bcome si chiama(?:no)? (?:il |la |i |le )?"
        r"(?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostro|vostra) {PERSON}\b|\bcome vi chiamate\b"
        r"|\bchi (?:sei|e lei)$E|\bmi chiamo\b|\ba che nome\b|\ba nome di chi\b",
    ),
    _rule(
        "PD-NAME",
        "name naam nom nombre nome",
        r"\b(?:my|mijn|mon|mi|il mio) (?:name|naam|nom|nombre|nome) (?:is|es|e|est)\b",
    ),
    # date of birth
    _rule(
        "PD-BIRTHDATE",
        "born geboren jarig geburtstag ne nee nes nacio naciste nacido nato nata nati nate",
        r"\bwhen (?:were|was) (?:you|u) born\b|\bdate (?:when )?(?:you were|u were) born\b"
        r"|\bwhat day (?:were|was) (?:you|u) born\b"
        r"|\bwanneer (?:bent|ben|is) (?:u|je|jij) (?:geboren|jarig)\b"
        r"|\bwann (?:sind sie|bist du) geboren\b|\bwann (?:haben sie|hast du) geburtstag\b"
        r"|\bquand (?:etes vous|es tu|vous etes|tu es) nee?s?\b|\bvous etes nee?s? le\b"
        r"|\bcuando (?:nacio|naciste|ha nacido|has nacido)(?: usted)?$E"
        r"|\bcuando (?:nacio|ha nacido) usted\b|\bcuando naciste\b"
        r"|\bquando (?:e|sei) nat[oaie](?: lei)?$E|\bquando (?:e|sei) nat[oaie] lei\b"
        r"|\blei quando e nat[oa]\b|\bquando sei nat[oaie]\b",
    ),
    # year of birth
    _rule(
        "QI-BIRTH-YEAR",
        "born geboren ne nee nacio naciste nato nata jahrgang",
        r"\b(?:what|which) year (?:were|was|are) (?:you|u) born\b"
        r"|\byear (?:were|was) (?:you|u) born\b"
        r"|\bin welk jaar (?:bent|ben) (?:u|je|jij) geboren\b"
        r"|\bin welchem jahr (?:sind sie|bist du) geboren\b"
        r"|\bwelcher jahrgang (?:sind sie|bist du)\b"
        r"|\ben quelle annee (?:etes vous|es tu) nee?s?\b"
        r"|\ben que ano (?:nacio|ha nacido)(?: usted)?$E|\ben que ano (?:naciste|has nacido)\b"
        r"|\bin (?:che|quale) anno (?:e nat[oaie](?: lei)?$E|sei nat[oaie])",
    ),
    # place and country of birth
    _rule(
        "QI-BIRTHPLACE",
        "born geboren ne nee nacio naciste nato nata",
        r"\bwhere (?:were|was) (?:you|u) born\b"
        r"|\b(?:which|what) (?:city|town|place|village|municipality) (?:were|was) (?:you|u) born\b"
        r"|\bwaar (?:bent|ben) (?:u|je|jij) geboren\b"
        r"|\bin welke (?:stad|plaats|gemeente) (?:bent|ben) (?:u|je|jij) geboren\b"
        r"|\bwo (?:sind sie|bist du) geboren\b|\bin welcher stadt (?:sind sie|bist du) geboren\b"
        r"|\bou (?:etes vous|es tu) nee?s?\b|\bdans quelle ville (?:etes vous|es tu) nee?s?\b"
        r"|\bdonde (?:nacio|ha nacido)(?: usted)?$E|\bdonde (?:naciste|has nacido)\b"
        r"|\ben que ciudad (?:nacio|naciste)\b"
        r"|\bdove (?:e nat[oaie](?: lei)?$E|sei nat[oaie])"
        r"|\bin quale citta (?:e|sei) nat[oaie]\b",
    ),
    _rule(
        "SC-ETHNICITY",
        "born geboren ne nee nes nacio naciste nacieron nato nata nati",
        r"\b(?:which|what) country (?:were|was|are) (?:you|u|your {PERSON}) born\b"
        r"|\bwhere (?:were|was) your {PERSON} born\b"
        r"|\bin welk land (?:bent|ben|zijn|is) (?:u|je|jij|uw {PERSON}|je {PERSON}) geboren\b"
        r"|\bwaar (?:zijn|is) (?:uw|je) {PERSON} geboren\b"
        r"|\bin welchem land (?:sind sie|bist du|sind ihre {PERSON}|ist ihr {PERSON}|"
        r"ist ihre {PERSON}) geboren\b|\bwo (?:sind|ist) (?:ihre|deine|ihr|dein) {PERSON} geboren\b"
        r"|\bdans quel pays (?:etes vous|es tu|vos {PERSON} sont|votre {PERSON} est) nee?s?\b"
        r"|\bou (?:sont|est) nee?s? (?:vos|votre|tes|ton|ta) {PERSON}\b"
        r"|\ben que pais (?:nacio|naciste|ha nacido|nacieron (?:sus|tus) {PERSON})\b"
        r"|\bdonde nacieron (?:sus|tus) {PERSON}\b"
        r"|\bin (?:quale|che) paese (?:e nat[oaie](?: lei)?$E|sei nat[oaie])"
        r"|\bdove sono nati i (?:suoi|tuoi) {PERSON}\b",
    ),
    # contact: "may we contact you", "would you like to be contacted", "vous contacter"
    _rule(
        "PD-CONTACT",
        "reach contact call phone email mail text ring recontact sms whatsapp message",
        r"\b(?:can|could|may|might|shall|should|will|would|how|where|when|to|allowed to|"
        r"permission to|able to|ok to|okay to|us)\b(?: \w+){0,3} (?:reach|contact|call|phone|"
        r"email|e mail|mail|text|ring|recontact|sms|whatsapp|message) (?:you|u)\b",
    ),
    _rule(
        "PD-CONTACT",
        "contacted recontacted called reached interviewed",
        r"\b(?:like|want|wish|agree|willing|happy|prefer|open|consent|interested|ok|okay|mind)"
        r"\b(?: \w+){0,3} be (?:contacted|recontacted|called|reached|interviewed|called back)\b",
    ),
    _rule(
        "PD-CONTACT",
        "erreichen kontaktieren anrufen anschreiben benachrichtigen zuruckrufen einladen "
        "informieren kontakt",
        r"\b(?:wir|ich|uns|um|man)\b(?: \w+){0,3} (?:sie|dich|euch)(?: \w+){0,4} (?:zu )?"
        r"(?:erreichen|"
        r"kontaktieren|anrufen|anschreiben|benachrichtigen|zuruckrufen|einladen|informieren)\b"
        r"|\b(?:kontakt|verbindung) (?:mit|zu) (?:ihnen|dir|euch)\b",
    ),
    _rule(
        "PD-CONTACT",
        "contacter recontacter joindre rappeler ecrire envoyer tenir",
        r"(?<!ez )\bvous (?:re)?(?:contacter|joindre|rappeler|ecrire|envoyer|tenir informee?s?)"
        r"\b(?! (?:le|la|les|l|notre|nos|un|une|nous|au|a|des|du)\b)"
        r"|(?<!es )\bte (?:re)?(?:contacter|joindre|rappeler|ecrire)\b",
    ),
    _rule(
        "PD-NAME",
        "name names booking booked reservation reserved registered",
        r"\bunder (?:what|which|whose) names?\b|\bwhat name (?:is|was|are) (?:your|the) "
        r"(?:booking|reservation|ticket|order)\b|\bname (?:on|of) (?:your|the) (?:booking|"
        r"reservation|order)\b|\bwhat name did (?:you|u) (?:book|reserve|register)\b",
    ),
    _rule(
        "PD-NAME",
        "naam nombre nome",
        r"\bonder welke naam\b|\ba (?:que|cual) nombre\b|\ba nome di chi\b",
    ),
    # street of residence: "in which street do you live", "in che via abiti"
    _rule(
        "PD-ADDRESS",
        "street straat strasse rue calle via road avenue",
        r"\b(?:street|straat|strasse|rue|calle|via|road|avenue)\b(?: \w+){0,2} "
        r"(?:do (?:you|u) live|"
        r"(?:you|u) live|woont|woon|wohnen|wohnst|habitez|habites|vive|vives|vivis|abita|abiti|"
        r"abitate|vivete)\b|\b(?:live|living|woont|woon|wohnen|wohnst|habitez|habites|vive|vives|"
        r"abita|abiti)\b(?: \w+){0,4} (?:street|straat|strasse|rue|calle|road)\b"
        r"|\b(?:your|uw|je|ihre|deine|votre|ta|su|tu|tua|sua) (?:street|straat|strasse|rue|calle|"
        r"via)\b(?! (?:art|food|photography|kunst))",
    ),
    # Spanish contact in the subjunctive or future: "que le llamáramos"
    _rule(
        "PD-CONTACT",
        "le te les os",
        r"\b(?:le|te|les|os) (?:llam|contact|escrib|localiz|avis|envi|recontact)"
        r"(?:emos|aramos|eramos|iramos|aremos|eremos|iremos|ariamos|eriamos|iriamos)\b",
    ),
    # parents born abroad: migration background
    _rule(
        "SC-ETHNICITY",
        "born geboren nes nee nees ne nacieron nacidos nati nate",
        r"\b(?:your|uw|je|jouw|ihre|deine|vos|tes|sus|tus|suoi|tuoi|vostri) {PERSON}"
        r"(?: \w+){0,4} (?:born|geboren|nes|nee|nees|ne|nacieron|nacidos|nati|nate)\b"
        r"|\b(?:born|geboren|nes|nacieron|nati)\b(?: \w+){0,3} (?:your|uw|je|ihre|deine|vos|tes|"
        r"sus|tus|suoi|tuoi|i suoi|i tuoi) {PERSON}",
    ),
    # voting in Spanish and Italian ("voto" alone is a rating in Italian)
    _rule(
        "SC-POLITICS",
        "voto votaste votado votara votaria votato votare",
        r"\b(?:a|por) (?:quien|que partido|cual partido) (?:voto|votaste|ha votado|has votado|"
        r"votara|votaria|votaras|votarias)\b|\b(?:per chi|per quale partito|quale partito) "
        r"(?:ha|hai|avete) votato\b|\b(?:ha|hai) votato alle (?:ultime )?elezioni\b",
    ),
    # exact age in Spanish and Italian, when the respondent is the subject
    _rule(
        "QI-AGE",
        "anos edad anni",
        r"\b(?:cuantos anos|que edad) tiene(?: usted)?$E|\b(?:cuantos anos|que edad) tiene usted\b"
        r"|\bquanti anni ha(?: lei)?$E|\bquanti anni ha lei\b|\blei quanti anni ha\b",
    ),
    # "number of your annual pass", "Welk nummer staat op uw Museumkaart?"
    _rule(
        "PD-ACCOUNT",
        "number nummer numero nr no n",
        r"\b(?:number|nummer|numero|nr|no|n)\b(?: \w+){0,4} "
        r"(?:your|uw|je|jouw|votre|vos|ton|ta|tes|ihrer|ihres|ihre|ihren|ihrem|deiner|deines|"
        r"deine|su|sus|tu|tus|suo|sua|tuo|tua|vostro|vostra|my|mijn|mon|ma|meiner|meines|mi|mio|"
        r"mia)(?: \w+)? (?:" + _ID_NOUNS + r")\b",
    ),
    # "which number can we call you on", "a che numero possiamo chiamarla"
    _rule(
        "PD-PHONE",
        "number nummer numero nr",
        r"\b(?:number|nummer|numero)\b(?: \w+){0,5} (?:call|reach|text|ring|bellen|bereiken|"
        r"anrufen|erreichen|zuruckrufen|appeler|joindre|rappeler|llamar|llamarle|llamarte|"
        r"localizar|localizarle|chiamare|chiamarla|chiamarti|raggiungere|raggiungerla|"
        r"raggiungerti|richiamare|richiamarla|contattarla|contattarti)\b",
    ),
    _rule(
        "PD-CONTACT",
        "le te os podemos puedo podriamos",
        r"\b(?:le|te|os) (?:podemos|puedo|podriamos|vamos a|debemos|podremos) (?:llamar|contactar|"
        r"escribir|localizar|avisar|enviar|recontactar)\b",
    ),
    _rule(
        "PD-CONTACT",
        "vous",
        r"\bnous vous (?:re)?(?:contact|appel|joign|ecriv|rappel|envoy)\w*\b",
    ),
    _rule(
        "QI-EMPLOYER",
        "work works working employs employed",
        r"\b(?:what|which|for which|for what) (?:company|organisation|organization|firm|business|"
        r"employer|institution)\b(?: \w+){0,3} (?:do|did) (?:you|u) work\b"
        r"|\bwho do (?:you|u) work for\b|\bwhere are (?:you|u) employed\b"
        r"|\b(?:what|which) (?:company|organisation|organization|firm) employs (?:you|u)\b",
    ),
    # "where can we send the catalogue?": a postal address
    _rule(
        "PD-CONTACT",
        "send post mail deliver ship sturen opsturen toesturen schicken senden zusenden envoyer "
        "enviar enviarle enviarte mandarle inviare inviarle spedire spedirle donde dove wohin "
        "waar ou",
        r"\bwhere (?:can|should|may|shall|do) (?:we|i) (?:send|post|mail|deliver|ship)\b"
        r"|\bwaar (?:mogen|kunnen|moeten|zullen) (?:we|wij) (?:\w+ ){0,3}(?:naartoe )?"
        r"(?:sturen|opsturen|toesturen)\b|\bwohin (?:durfen|sollen|konnen) (?:wir|ich)\b"
        r"|\bou (?:pouvons|devons|peut) (?:nous|on) vous (?:envoyer|adresser)\b"
        r"|\b(?:a )?donde (?:podemos |debemos )?(?:le |te )?(?:envi|mand|remit)\w*\b"
        r"|\bdove (?:possiamo|dobbiamo) (?:inviar|spedir|mandar)\w*\b",
    ),
    # "how do you like to be called", "comment souhaitez-vous être appelé"
    _rule(
        "PD-NAME",
        "called addressed genoemd aangesproken angesprochen genannt appele appelee chiamato "
        "chiamata llamado llamada",
        r"\b(?:like|want|prefer|wish) to be (?:called|addressed)\b"
        r"|\b(?:wilt|wil) (?:u|je|jij) (?:genoemd|aangesproken) (?:worden)?\b"
        r"|\b(?:mochten|wollen) (?:sie|du) (?:angesprochen|genannt) werden\b"
        r"|\b(?:souhaitez|voulez|aimeriez) vous etre (?:appele|appelee|appeles|appelees)\b"
        r"|\b(?:quiere|desea|prefiere) (?:ser llamado|ser llamada)\b"
        r"|\b(?:vuole|desidera|preferisce) essere (?:chiamato|chiamata)\b",
    ),
    # "suffer from", "lijdt u aan", "souffrez-vous de"
    _rule(
        "SC-HEALTH",
        "suffer suffering lijdt lijd leiden leidest souffrez souffres padece padeces sufre "
        "sufres soffre soffri",
        r"\b(?:do|did|have) (?:you|u) (?:ever )?suffer(?:ed)? from\b|\bare (?:you|u) suffering\b"
        r"|\b(?:lijdt|lijd) (?:u|je|jij) aan\b|\b(?:leiden sie|leidest du) an\b"
        r"|\b(?:souffrez vous|souffres tu) d\b|\b(?:souffrez vous|souffres tu) de\b"
        r"|\b(?:padece|padeces|sufre|sufres)(?: usted)? (?:de|alguna|algun)\b"
        r"|\b(?:soffre|soffri) di\b",
    ),
    # "which address shall we send it to?", "naar welk adres mogen we ... sturen"
    _rule(
        "PD-CONTACT",
        "send post mail sturen opsturen toesturen mailen schicken senden zusenden mailen envoyer "
        "envoyons enviamos enviemos enviar mandamos mandar inviare inviamo mandare mandiamo "
        "spedire spediamo spedirle mandarle inviarle enviarle",
        r"\b(?:which|what|welk|welke|welche|welcher|welches|quelle|quel|que|cual|quale|che) "
        r"(?:e mail |email |mail |postal |e )?(?:address|adres|adresse|direccion|indirizzo|"
        r"number|nummer|numero|mailadres|emailadres|emailadresse|email|mail)\b(?: \w+){0,6} "
        r"(?:send|post|mail|email|sturen|opsturen|toesturen|mailen|schicken|senden|zusenden|"
        r"envoyer|envoyons|enviamos|enviemos|enviar|enviarle|mandamos|mandar|mandarle|inviare|"
        r"inviamo|inviarle|mandare|mandiamo|spedire|spediamo|spedirle)\b",
    ),
    # "who should we address the card to?", "in whose name"
    _rule(
        "PD-NAME",
        "who whom whose",
        r"\b(?:who|whom) (?:should|shall|can|may) (?:we|i) (?:address|send|make out|dedicate|"
        r"personalise|personalize|write)\b|\bto whom (?:should|shall|can|may) (?:we|i)\b"
        r"|\b(?:in|under) whose name\b",
    ),
    # "comment s'appelle la personne qui vous accompagne ?"
    _rule(
        "PD-NAME",
        "appelle appellent llama llaman chiama chiamano heet heten heisst heissen called named",
        r"\b(?:appelle|appellent|llama|llaman|chiama|chiamano|heet|heten|heisst|heissen|called|"
        r"named)\b(?: \w+){0,2} {PERSON} (?:qui|que|che|who|that|die|der|dat)\b(?: \w+){0,3} "
        r"(?:vous|te|t|le|la|ti|you|u|je|sie|ihnen|dich|lei|usted)\b",
    ),
    # Spanish and Italian infinitives with the respondent as clitic: "contattarla", "llamarle"
    _rule(
        "PD-CONTACT",
        "",
        r"\b(?:contatt|ricontatt|chiam|richiam|telefon|raggiung|scriv|invi|mand|avvis|llam|"
        r"contact|recontact|escrib|localiz|envi|avis|telefone)(?:ar|er|ir)(?:la|le|ti|vi|te|os)\b",
    ),
    # German voting: "Wen haben Sie bei der letzten Wahl gewählt?"
    _rule(
        "SC-POLITICS",
        "gewahlt wahlen wahlt",
        r"\b(?:wen|welche partei|was) (?:haben sie|hast du|wurden sie|wurdest du|wahlen sie|"
        r"wahlst du)\b(?: \w+){0,5} (?:gewahlt|wahlen)\b",
    ),
    # health: "difficulty walking", "moeite met lopen", "difficoltà a vedere"
    _rule(
        "SC-HEALTH",
        "difficulty difficulties trouble moeite schwierigkeiten probleme difficulte difficultes "
        "dificultad dificultades difficolta problemi problemas",
        r"\b(?:difficulty|difficulties|trouble|problems|moeite|problemen|schwierigkeiten|"
        r"probleme|difficulte|difficultes|problemes|dificultad|dificultades|problemas|difficolta|"
        r"problemi)\b(?: \w+){0,2} (?:walking|seeing|hearing|standing|reading|climbing|"
        r"breathing|lopen|zien|horen|staan|gehen|sehen|horen|stehen|laufen|marcher|voir|"
        r"entendre|respirer|caminar|ver|oir|respirar|andar|camminare|vedere|sentire|"
        r"respirare|deambulare)\b",
    ),
    # "who is filling in this form?": the respondent's name
    _rule(
        "PD-NAME",
        "who wie wer qui quien chi",
        r"\b(?:who|wie|wer|qui|quien|chi)\b(?: is| are| es| e| est)? (?:filling|completing|"
        r"answering|taking|vult|beantwoordt|invult|fullt|beantwortet|ausfullt|remplit|repond|"
        r"rellena|responde|contesta|cumplimenta|compila|risponde)\b(?: \w+){0,2} (?:this|the|"
        r"deze|dit|de|die|diesen|dieses|den|ce|cette|le|este|esta|el|la|questo|questa|il)? ?"
        r"(?:form|survey|questionnaire|vragenlijst|enquete|formulier|fragebogen|umfrage|"
        r"formular|cuestionario|encuesta|formulario|questionario|modulo|sondaggio)\b",
    ),
    # "Membership/Friends no.", "ticket nr", "pass number"
    _rule(
        "PD-ACCOUNT",
        "number nummer numero nr no n id code",
        r"\b(?:" + _ID_NOUNS + r")\b(?: \w+){0,2} (?:number|nummer|numero|nr|no|n|id|code)$E",
    ),
)
_RULE_ORDER = {rule: index for index, rule in enumerate(_RULES)}
_RULES_BY_TRIGGER: dict[str, tuple[_Rule, ...]] = {}
_ALWAYS_RULES = tuple(rule for rule in _RULES if not rule.triggers)
for _r in _RULES:
    for _t in _r.triggers:
        _RULES_BY_TRIGGER[_t] = (*_RULES_BY_TRIGGER.get(_t, ()), _r)


# ------------------------------------------------------------------------- field analysis


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


class _Field:
    """One text of a question (text, help or an option), tokenised, with its findings."""

    __slots__ = (
        "name", "original", "norm", "tokens", "starts", "ends", "clause", "in_parens",
        "label_mark", "is_option", "context", "cased", "questions", "covered", "_original_cache",
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
                and word in _GENDER_SUFFIXES
                and gap in ("(", "/", "·")
                and previous_end == ends[-1]
                and (end >= len(text) or not text[end].isalnum())
            ):
                index += 1  # "né(e)", "nato/a", "Besucher/in": one word
                previous_end = end + (1 if end < len(text) and text[end] == ")" else 0)
                continue
            abbreviation_dot = gap.strip() == "." and bool(tokens) and tokens[-1] in _ABBREVIATIONS
            if tokens and gap and _BOUNDARY.search(gap) and not abbreviation_dot:
                if "?" in gap:
                    questions.add(clause_index)
                clause_index += 1
            depth += gap.count("(") + gap.count("[") - gap.count(")") - gap.count("]")
            depth = max(0, depth)
            # Join hyphenated or dotted pieces when the joined word is known.
            joined_to = index
            joined = word
            probe = word
            for following in range(index + 1, min(index + 5, len(raw))):
                link = text[raw[following - 1][2] : raw[following][1]]
                if not _JOINER.fullmatch(link) or raw[following][0] in _PRONOUN_TAILS:
                    break
                probe += raw[following][0]
                if probe in joinable or (len(probe) >= 7 and _compound(probe) is not None):
                    joined_to, joined = following, probe
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
        self.tokens = tokens
        self.starts = starts
        self.ends = ends
        self.clause = clause
        self.in_parens = in_parens
        self.label_mark = label_mark
        self.questions = questions

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

    def _addresses_respondent(self, index: int) -> bool:
        word = self.tokens[index]
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

    def hits(self) -> list[_Hit]:
        lexicon = _lexicon()
        tokens = self.tokens
        count = len(tokens)
        masked = [False] * count
        for index, word in enumerate(tokens):
            for phrase in lexicon.benign.get(word, ()):
                end = index + len(phrase)
                if tuple(tokens[index:end]) == phrase:
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
        return word not in _CASED_ABBREVIATIONS or self._all_caps(index)

    def _add_rule_hits(self, found: list[_Hit]) -> list[_Hit]:
        rules: set[_Rule] = set(_ALWAYS_RULES)
        for word in self.tokens:
            rules.update(_RULES_BY_TRIGGER.get(word, ()))
        if not rules:
            return found
        parts: list[str] = []
        offsets: list[int] = []
        position = 0
        for index, word in enumerate(self.tokens):
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
                # A frame rule is stronger evidence than the lexicon words it overlaps.
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
            and self.tokens[last + 1] in _NUMBER_WORDS
        ):
            need = 0  # "Passaporto n.", "passport no"
        owner = self._owner(hit)
        if owner == "other":
            return None
        if group != PERSONAL_DATA and self._is_topic(first, last, owner):
            return None
        if code == "PD-POSTCODE" and self._partial_postcode(first, last):
            return None
        if (
            code == "PD-CONTACT"
            and word in _GENERIC_DATA_WORDS
            and self._data_statement(first)
            and not self._requested(first, last)
        ):
            return None
        if code == "PD-NAME" and owner is None and self._names_a_thing(first, last):
            return None
        if (
            code == "QI-SCHOOL"
            and last + 1 < len(self.tokens)
            and self.tokens[last + 1] in (lx.OF_WORDS)
        ):
            return None  # "which school of painting"
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
                word in lx.CONTACT_VERBS
                for i, word in enumerate(self.tokens)
                if not first <= i <= last
            ):
                ties.add("contact")
            if self.context.prize and hit.code != "PD-PHOTO" and not self.is_option:
                ties.add("prize-draw")
        if hit.code == "PD-PHOTO" and self.context.kind in _UPLOAD_KINDS:
            ties.add("answer-type")
        if hit.code == "PD-PHOTO" and any(
            self.tokens[i] in _UPLOAD_VERBS for i in self._clause_range(first)
        ):
            ties.add("request")  # "take a selfie ... and upload it here"
        clause = self._clause_range(first)
        if any(self._addresses_respondent(i) for i in clause if i < first or i > last):
            ties.add("addressed")
            if hit.code != "PD-NAME" and self._interrogative_before(first) and self._has_you(last):
                ties.add("value-question")  # "Welche Herkunft haben Sie?"
        if group != PERSONAL_DATA and any(
            self.tokens[i] in _PERSONAL_LIFE and i > 0 and self._is_possessive(i - 1)
            for i in clause
        ):
            ties.add("personal-life")  # "¿La fe ocupa un lugar importante en su vida?"
        if "addressed" in ties:
            pass
        elif group != PERSONAL_DATA and self.clause[first] in self.questions:
            # Spanish and Italian drop the pronoun: "¿Tiene alguna discapacidad?"
            ties.add("question")
        return ties

    def _used_as_verb(self, index: int, word: str) -> bool:
        """'Name your favourite work', 'address the topic': verbs, not requests."""
        tokens = self.tokens
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        previous = tokens[index - 1] if index > 0 and self._same_clause(index - 1, index) else ""
        in_noun_phrase = (
            previous in _ARTICLES
            or previous in lx.POSSESSIVE_2ND
            or previous in (lx.POSSESSIVE_1ST)
        )
        if (
            word in _VERB_LIKE_TERMS
            and (following in _VERB_USE_FOLLOWERS or following in _OBJECTS_OF_VERB)
            and not in_noun_phrase
            and self._same_clause(index, index + 1)
        ):
            return not (word in ("email", "mail", "text") and following in ("your", "ur"))
        if word in ("nombre", "nombres") and index > 0:
            if tokens[index - 1] in _FRENCH_NUMBER_DETERMINERS:
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
        first, last = hit.first, hit.last
        tokens = self.tokens
        # Before the term: "your full name", "your car's registration", "the museum's address".
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
                return "other"
            if word in lx.OTHER_NOUNS and word not in _AMBIGUOUS_OWNER_NOUNS:
                return "other"  # "museum address", "artist name"
        # After the term: "name of the artist", "nom de votre enfant", "IP-Adresse Ihres Geräts".
        index = last + 1
        if (
            index + 1 < len(tokens)
            and tokens[index] in _COORDINATORS
            and index + 1 in self._term_positions()
        ):
            index += 2  # "name and age of each child"
        if index >= len(tokens) or not self._same_clause(index, last):
            return None
        of_word = tokens[index]
        if of_word not in lx.OF_WORDS:
            return None
        if of_word in _PURPOSE_WORDS and CONCEPTS[hit.code][1] != PERSONAL_DATA:
            return None  # "allergies for the café workshop" are still the respondent's
        possessed = of_word in _GENITIVE_POSSESSIVES and self._is_possessive_2nd(index)
        if of_word in _GENITIVE_POSSESSIVES and not possessed:
            return "other"  # lower-case "ihres": hers, theirs
        index += 1
        if index < len(tokens) and self._same_clause(index, last) and self._is_other_owner(index):
            return "other"  # "a name for our new gallery", "le nom de cette œuvre"
        skipped = 0
        while index < len(tokens) and tokens[index] in lx.NOUN_PHRASE_SKIP and skipped < 4:
            possessed = possessed or self._is_possessive(index)
            index += 1
            skipped += 1
        if index >= len(tokens) or not self._same_clause(index, last):
            return "self" if possessed else None
        head = tokens[index]
        if head in lx.PERSON_NOUNS:
            return "companion"
        if head in _RESPONDENT_NOUNS or head in _OBJECT_PRONOUNS_2ND:
            return "self"  # "the best e-mail for you", "the signature of the visitor"
        artwork = head in lx.OTHER_NOUNS or head in lx.TOPIC_NOUNS or head.startswith(_FAVOURITE)
        if hit.code in _IDENTIFIER_CONCEPTS and not artwork:
            return "self" if possessed else None  # "membership number of the Friends' club"
        if artwork:
            return "other"
        if possessed:
            return "self"  # "Kennzeichen Ihres Autos", "matrícula de su coche"
        if (
            of_word in _PROPER_NOUN_OF_WORDS
            and self._capitalised(index)
            and head not in _NOT_PROPER
        ):
            return "other"  # "date of birth of Rembrandt"
        return None

    def _term_positions(self) -> set[int]:
        return self.covered if self.covered else set()

    def _names_a_thing(self, first: int, last: int) -> bool:
        """'Give the painting a new name': the name of a thing, not of the respondent."""
        previous = self.tokens[first - 1] if first > 0 else ""
        if previous in _INDEFINITE_ARTICLES:
            return True
        clause = self._clause_range(first)
        return any(self.tokens[i] in _ARTWORK_NOUNS for i in clause if i < first)

    def _has_you(self, last: int) -> bool:
        """'... haben Sie', '... avez-vous', '... are you' right after the term."""
        tokens = self.tokens
        high = min(len(tokens) - 1, last + 4)
        for index in range(last + 1, high):
            if not self._same_clause(index, last):
                break
            pair = (tokens[index], tokens[index + 1])
            if (pair[0] in _HAVE_BE and self._addresses_respondent(index + 1)) or (
                pair[1] in _HAVE_BE and self._addresses_respondent(index)
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
            and self.tokens[index] in _INTERROGATIVE_DETERMINERS
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
            if word not in _INERT_BETWEEN_REQUEST_AND_TERM:
                break
            index -= 1
            steps += 1
        # After: "e-mailadres invullen", "Namen bitte angeben", "votre nom, s'il vous plaît".
        index = last + 1
        steps = 0
        while index < len(tokens) and steps < 4 and self._same_clause(index, last):
            word = tokens[index]
            if word in _POSTPOSED_REQUEST:
                return True
            if word in _SEPARABLE_PARTICLES and self._separable_request(first):
                return True
            if word not in _INERT_BETWEEN_REQUEST_AND_TERM:
                break
            index += 1
            steps += 1
        return False

    def _separable_request(self, first: int) -> bool:
        """German and Dutch split verbs: "Geben Sie ... an", "Vul ... in"."""
        return any(self.tokens[i] in _SEPARABLE_VERBS for i in self._clause_range(first))

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
            and self.tokens[last + 1] in _PURPOSE_WORDS
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
            if word in _ANSWER_WORDS and self._comma_after(index):
                negation = False  # "No, call me on ...": an answer, not a negation
            if not negation:
                continue
            window = tokens[index + 1 : first]
            before = tokens[max(0, index - 6) : index]
            if any(w in lx.NEGATION_CANCELLERS for w in window) or any(
                w in lx.NEGATION_CANCELLERS for w in before[-2:]
            ):
                return False
            if any(w in _CONTRAST for w in window):
                continue
            if word in _AVOID_VERBS:
                return True  # "please avoid mentioning names"
            if first - index <= 2 and word not in ("ne", "n", "pas"):
                return True  # "no names", "without your e-mail", "keine Namen"
            if any(w in lx.NOT_WANTED_VERBS for w in before[-2:] + window):
                return True  # "we do not ask for your name"
            if any(w in lx.MUSEUM_SUBJECTS for w in before[-3:]):
                continue  # "we will not share your e-mail address": it is still collected
            if any(w in lx.REQUEST or w in _GIVE_VERBS for w in window + before):
                return True  # "please do not write your name", "geben Sie keine Namen an"
        return False

    def _comma_after(self, index: int) -> bool:
        if index + 1 >= len(self.tokens):
            return False
        gap = self.norm.text[self.ends[index] : self.starts[index + 1]]
        return any(mark in gap for mark in ",:;!-–")

    def _is_topic(self, first: int, last: int, owner: str | None) -> bool:
        """A special category named as a subject of art or history, or about other people."""
        if owner == "self":
            return False
        tokens = self.tokens
        following = ""
        if last + 1 < len(tokens) and self._same_clause(last + 1, last):
            following = tokens[last + 1]
        if (
            following in lx.TOPIC_NOUNS
            or following in lx.FACILITY_NOUNS
            or (following in lx.GROUP_NOUNS and following not in _SINGULAR_GROUP_NOUNS)
            or following.startswith(("lieblings", "museum"))
        ):
            return True  # "religious art", "disabled toilets", "blind visitors"
        previous = tokens[first - 1] if first > 0 and self._same_clause(first - 1, first) else ""
        before = first - 1
        while before >= 0 and tokens[before] in _ARTICLES and self._same_clause(before, first):
            before -= 1
        if before >= 0 and tokens[before] in _PURPOSE_WORDS and self._same_clause(before, first):
            return True  # "accessible for wheelchair users", "für Rollstuhlfahrer"
        if (
            first == last
            and tokens[first] in _SPECIAL_ADJECTIVES
            and (previous in _NOUN_PHRASE_OPENERS or self._is_other_owner(first - 1))
            and following.isalpha()
            and following not in _ATTRIBUTE_NOUNS
            and following not in _COORDINATORS
            and following not in _CLAUSE_WORDS
        ):
            return True  # an adjective naming a subject: "racial justice", "political posters"
        if following in _CONTRACTED_OF or (
            following in _GENITIVE_OF
            and last + 2 < len(tokens)
            and self._same_clause(last + 2, last)
            and tokens[last + 2] in _ARTICLES | _DEMONSTRATIVES
        ):
            return True  # "l'enceinte du parc", "the health of the collection"
        clause = self._clause_range(first)
        if any(
            tokens[i] in _PERSONAL_LIFE and i > 0 and self._is_possessive(i - 1) for i in clause
        ):
            return False  # "what role does religion play in your life?"
        reach = 3
        if not any(self._addresses_respondent(i) for i in clause if i < first or i > last):
            reach = 6  # no one is addressed: a looser tie, so a looser topic test
        for index in self._nearby(first, last, reach):
            word = tokens[index]
            if word in lx.GROUP_NOUNS and index < first:
                return True  # "visitors with disabilities"
            if word in _SUBJECT_NOUNS:
                return True  # "the exhibition about religion"
        for index in range(max(0, first - 8), first):
            if (
                tokens[index] in lx.GROUP_NOUNS
                and index + 1 < first
                and tokens[index + 1] in _RELATIVE_PRONOUNS
                and self._same_clause(index, first)
            ):
                return True  # "visitors who are blind or partially sighted"
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
                if index not in self.covered and self.tokens[index] not in _COORDINATORS:
                    counted += 1
                index += step
        return found

    def _partial_postcode(self, first: int, last: int) -> bool:
        window = range(max(0, first - 5), min(len(self.tokens), last + 6))
        return any(
            self.tokens[i] in lx.PARTIAL_POSTCODE and self._same_clause(i, first)
            for i in window
            if i < first or i > last
        )

    def _data_statement(self, first: int) -> bool:
        return any(self.tokens[i] in lx.DATA_STATEMENT for i in self._clause_range(first))

    def _definite_reference(self, first: int) -> bool:
        """'Was the phone number on the website correct?': a thing, not a request."""
        return (
            first > 0
            and self.tokens[first - 1] in _ARTICLES
            and self._same_clause(first - 1, first)
        )

    def _channel(self, first: int, last: int) -> bool:
        """'Did you hear about us by e-mail?': e-mail, phone or social media as a channel."""
        tokens = self.tokens
        for index in range(max(0, first - 2), first):
            if tokens[index] in _CHANNEL_PREPOSITIONS and self._same_clause(index, first):
                return True
        low, high = max(0, first - 6), min(len(tokens), last + 7)
        return any(
            tokens[i] in lx.CHANNEL and tokens[i] not in _CHANNEL_PREPOSITIONS
            for i in range(low, high)
            if self._same_clause(i, first) and not first <= i <= last
        )

    def _device(self, first: int) -> bool:
        low, high = max(0, first - 6), min(len(self.tokens), first + 7)
        return any(
            self.tokens[i] in lx.DEVICE and self._same_clause(i, first) for i in range(low, high)
        )


_CASED_ABBREVIATIONS = {
    "nie", "cap", "ip", "nino", "tin", "avs", "cf", "plz", "nir", "niss", "rib", "eid", "dni",
}  # fmt: skip
_UPLOAD_VERBS = {
    "upload", "attach", "uploaden", "bijvoegen", "hochladen", "anhangen", "beifugen",
    "telechargez", "telecharger", "televersez", "televerser", "joignez", "joindre", "sube",
    "suba", "subir", "adjunte", "adjunta", "adjuntar", "carica", "carichi", "caricare",
    "allega", "alleghi", "allegare",
}  # fmt: skip
_UPLOAD_KINDS = {"file", "upload", "image", "photo", "picture", "media"}
_AMBIGUOUS_OWNER_NOUNS = {
    "work", "werk", "school", "company", "city", "town", "street", "straat", "rue", "calle",
    "home", "model", "figure", "print", "guest", "place", "site", "desk", "office",
}  # fmt: skip
_NOT_PROPER = lx.POSSESSIVE_2ND | lx.PRONOUN_2ND | lx.PRONOUN_2ND_CAPITALISED | {"i"}
_PROPER_NOUN_OF_WORDS = {"of", "van", "di", "du", "del", "de", "d", "della", "dello"}
_GENITIVE_POSSESSIVES = {"ihres", "ihrer", "deines", "deiner", "eures", "eurer"}
_COORDINATORS = {"and", "en", "et", "und", "y", "e", "or", "of", "ou", "oder", "o", "&"}
_INDEFINITE_ARTICLES = {
    "a", "an", "een", "un", "une", "ein", "eine", "einen", "uno", "una", "new", "nieuwe",
    "neuen", "nouveau", "nuevo", "nuovo", "another", "other",
}  # fmt: skip
_ARTWORK_NOUNS = {
    "painting", "paintings", "artwork", "work", "piece", "sculpture", "statue", "object",
    "exhibition", "style", "room", "schilderij", "kunstwerk", "werk", "beeld", "stijl", "zaal",
    "bild", "gemalde", "skulptur", "stil", "saal", "tableau", "oeuvre",
    "salle", "cuadro", "obra", "escultura", "estilo", "sala", "quadro",
    "dipinto", "opera", "scultura", "stile", "exposition", "ausstellung", "mostra",
    "tentoonstelling", "exposicion",
}  # fmt: skip
_FAVOURITE = ("lieblings", "favoriet", "lievelings")
_OBJECTS_OF_VERB = lx.OTHER_OWNER | {
    "us", "me", "him", "her", "them", "ons", "mij", "nous", "moi", "uns", "mich", "nos", "ci",
    "noi", "staff", "personnel", "personeel", "mitarbeiter", "personal", "with", "met", "mit",
    "avec", "con", "opnemen", "aufnehmen",
}  # fmt: skip
_OBJECT_PRONOUNS_2ND = {
    "you", "u", "jou", "usted", "vous", "toi", "te", "ti", "yourself", "lei", "dich", "dir",
    "ihnen", "jullie", "voi", "vosotros", "uzelf", "jezelf",
}  # fmt: skip
_RESPONDENT_NOUNS = {
    "visitor", "visitors", "respondent", "respondents", "participant", "participants",
    "bezoeker", "bezoekers", "deelnemer", "deelnemers", "besucher", "besucherin",
    "teilnehmer", "teilnehmerin", "befragten", "visiteur", "visiteuse", "visiteurs",
    "participante", "participantes", "visitante", "visitantes", "encuestado", "visitatore",
    "visitatori", "partecipante", "partecipanti", "guest", "guests", "holder", "titular",
    "titulaire", "titolare", "houder", "inhaber",
}  # fmt: skip
_IDENTIFIER_CONCEPTS = {"PD-ACCOUNT", "PD-NATIONAL-ID", "PD-BANK"}
_VERB_LIKE_TERMS = {
    "name", "names", "address", "sign", "mail", "email", "text", "post", "contact", "contacto",
    "contatto", "kontakt",
}  # fmt: skip
_SPECIAL_ADJECTIVES = {
    "religious", "political", "racial", "ethnic", "sexual", "medical", "genetic", "spiritual",
    "christian", "catholic", "protestant", "jewish", "islamic", "muslim", "hindu", "buddhist",
    "disabled", "mental", "biometric", "criminal", "religieuze", "religieus", "politieke",
    "politiek", "etnische", "etnisch", "seksuele", "medische", "genetische", "christelijke",
    "katholieke", "joodse", "islamitische", "religiose", "religioser", "religiosen", "politische",
    "politischen", "ethnische", "ethnischen", "sexuelle", "medizinische", "christliche",
    "katholische", "judische", "islamische", "religieux", "religieuse",
    "religieuses", "politique", "politiques", "ethnique", "ethniques", "medicale",
    "genetique", "chretien", "chretienne", "catholique", "juive", "juif", "islamique",
    "religioso", "religiosa", "religiosos", "religiosas", "politico", "politica", "etnico",
    "etnica", "genetico", "genetica", "cristiano", "cristiana", "catolico", "catolica",
    "judio", "judia", "islamico", "religiosi", "politici", "politiche", "sessuale",
    "medico", "ebraico", "ebraica", "cattolico", "cattolica", "seksueel", "sexueller", "sexuellen",
    "sexuel", "sessuali",
    "politisch", "medizinischen", "medicaux",
    "medica",
}  # fmt: skip
# Nouns that make such an adjective personal again: "religious beliefs", "ethnic background".
_ATTRIBUTE_NOUNS = {
    "beliefs", "belief", "views", "view", "opinion", "opinions", "orientation", "identity",
    "affiliation", "preference", "preferences", "background", "origin", "origins", "group",
    "condition", "conditions", "status", "record", "records", "history", "data", "needs",
    "family", "household", "upbringing", "convictions", "leanings", "persuasion", "practice",
    "overtuiging", "opvattingen", "voorkeur", "achtergrond", "afkomst", "groep", "aandoening",
    "uberzeugung", "einstellung", "meinung", "orientierung", "herkunft", "gruppe",
    "zugehorigkeit", "erkrankung", "origine",
    "appartenance", "croyances", "antecedents", "creencias", "opiniones", "orientacion",
    "origen", "ideas", "convinzioni", "opinioni", "orientamento", "appartenenza", "person",
    "persoon", "personne", "persona", "partner", "partners", "life", "leven", "leben",
    "services", "service", "worship", "practices", "observance", "holidays", "community",
    "meetings", "gatherings", "diensten", "dienst", "gottesdienst", "gottesdienste", "offices",
    "office", "culte", "servicios", "oficios", "funzioni", "celebrazioni", "celebrations",
    "duties", "obligations", "diet", "dieet", "ernahrung", "regime", "dieta",
}  # fmt: skip
_CLAUSE_WORDS = {
    "or", "and", "you", "u", "je", "vous", "sie", "tu", "usted", "lei", "person", "at", "in",
    "to", "yourself", "enough", "now", "today", "still", "too", "also", "ook", "auch", "aussi",
    "tambien", "anche", "of", "ou", "oder", "o",
}  # fmt: skip
_NOUN_PHRASE_OPENERS = {
    "the", "a", "an", "de", "het", "een", "le", "la", "les", "l", "un", "une", "der", "die",
    "das", "den", "dem", "des", "ein", "eine", "einen", "einer", "el", "los", "las", "il", "lo",
    "gli", "i", "uno", "una", "about", "on", "of", "over", "sur", "uber", "sobre", "su", "di",
    "van", "von", "in", "with", "met", "mit", "avec", "con", "and", "en", "et", "und", "y",
    "e", "or", "ou", "oder", "o", "du", "del", "della", "dei", "degli", "delle", "zur", "zum",
    "aux", "au", "al", "sul", "sulla", "sui", "sugli", "sulle", "more", "meer", "mehr", "plus",
    "mas", "piu", "many", "veel", "viele", "beaucoup", "muchos", "molti", "some", "enkele",
    "einige", "quelques", "algunos", "alcuni", "these", "those", "deze", "ces", "diese",
    "estos", "questi", "such", "zulke", "solche", "tels", "tales", "tali", "for", "voor",
    "fur", "pour", "para", "per",
}  # fmt: skip
_GENITIVE_OF = {
    "of", "van", "von", "vom", "des", "der", "de", "del", "della", "dello", "dei", "degli",
    "delle", "di", "du", "d", "dell",
}  # fmt: skip
_CONTRACTED_OF = {
    "du", "des", "del", "della", "dello", "dei", "degli", "delle", "dell", "vom", "der", "al",
    "dal", "dalla",
}  # fmt: skip
_DEMONSTRATIVES = {
    "this", "that", "these", "those", "dit", "dat", "deze", "die", "ce", "cet", "cette", "ces",
    "dieser", "diese", "dieses", "este", "esta", "ese", "esa", "questo", "questa", "quel",
    "quella", "du", "des", "del", "della", "dello", "dei", "degli", "delle", "dell", "al",
}  # fmt: skip
_PERSONAL_LIFE = {
    "life", "leven", "leben", "vie", "vida", "vita", "family", "gezin", "familie", "famille",
    "familia", "famiglia", "household", "huishouden", "haushalt", "foyer", "hogar", "casa",
    "upbringing", "opvoeding", "erziehung", "education", "daily", "everyday",
}  # fmt: skip
_SINGULAR_GROUP_NOUNS = {"visitor", "user", "guest", "audience"}
_ANSWER_WORDS = {"no", "non", "nee", "nein", "niet", "nope"}
_AVOID_VERBS = {
    "avoid", "refrain", "vermijd", "vermijden", "vermeiden", "vermeide", "evitez", "eviter",
    "evitar", "evite", "evita", "eviti", "evitare",
}  # fmt: skip
_CONTRAST = {"but", "maar", "mais", "aber", "sondern", "pero", "sino", "ma", "however"}
_CHANNEL_PREPOSITIONS = {
    "via", "by", "per", "par", "through", "door", "durch", "uber", "por", "tramite",
    "attraverso",
}  # fmt: skip
_POSTPOSED_REQUEST = {
    "invullen", "angeben", "eintragen", "achterlaten", "vermelden", "opgeven", "plait",
    "graag", "please", "bitte", "favor", "favore", "svp", "aub", "alstublieft", "hinterlassen",
    "mitteilen", "nennen", "indiquer", "renseigner", "preciser", "invoeren", "noteren",
    "doorgeven", "below", "here",
}  # fmt: skip
_HAVE_BE = {
    "have", "has", "are", "haben", "hast", "hebt", "heb", "heeft", "hebben", "bent", "ben",
    "sind", "bist", "avez", "as", "etes", "es", "tiene", "tienes", "eres", "ha", "hai", "sei",
    "possiede", "possiedi", "besitzen", "bezit",
}  # fmt: skip
_INTERROGATIVE_DETERMINERS = {
    "which", "what", "welke", "welk", "welche", "welcher", "welches", "welchen", "quel",
    "quelle", "quels", "quelles", "que", "cual", "cuales", "quale", "quali", "che",
}  # fmt: skip
_RELATIVE_PRONOUNS = {
    "who", "that", "which", "die", "dat", "welche", "welcher", "der", "qui", "que", "quien",
    "quienes", "che", "cui", "whose",
}  # fmt: skip
_PURPOSE_WORDS = {"for", "voor", "fur", "pour", "para", "per", "zwecks", "om", "to"}
_NUMBER_WORDS = {
    "n", "no", "nr", "nro", "num", "nbr", "number", "nummer", "numero", "numer", "id", "code",
}  # fmt: skip
_SEPARABLE_PARTICLES = {"an", "ein", "in", "achter", "op", "door"}
_SEPARABLE_VERBS = {
    "geben", "gib", "tragen", "trag", "vul", "voer", "geef", "teilen", "laat", "laten",
    "vullen", "geeft",
}  # fmt: skip
_GIVE_VERBS = {
    "give", "enter", "write", "include", "provide", "share", "put", "mention", "type", "fill",
    "leave", "send", "geven", "invullen", "vermelden", "noemen", "schrijven", "delen", "angeben",
    "eintragen", "nennen", "schreiben", "teilen", "geben", "indiquer", "donner", "ecrire",
    "inscrire", "saisir", "mentionner", "partager", "communiquer", "indicar", "dar", "escribir",
    "incluir", "compartir", "facilitar", "indicare", "dare", "scrivere", "inserire", "fornire",
    "condividere", "riportare", "comunicare", "indiquez", "donnez", "ecrivez", "saisissez",
    "inscrivez", "mentionnez", "partagez", "indique", "escriba", "incluya", "comparta",
    "scriva", "inserisca", "indichi", "fornisca", "riporti", "vul", "geef", "schrijf", "noem",
    "vermeld", "deel", "gib", "schreib", "nenne", "teile", "scrivi", "inserisci",
    "indica", "escribe", "incluye", "dejes", "deje", "lasci", "lasciare", "laissez", "laisser",
    "laat", "hinterlassen", "ask", "add", "voeg", "ajoutez", "anadir", "aggiungere",
    "answer", "beantwoorden", "beantworten", "repondre", "responder", "rispondere",
}  # fmt: skip
# Subject nouns: a special-category word near them names a theme ("exhibition about faith").
_SUBJECT_NOUNS = (lx.TOPIC_NOUNS - lx.OTHER_NOUNS) | {
    "exhibition", "exhibitions", "painting", "paintings", "artwork", "artworks", "works",
    "sculpture", "sculptures", "objects", "collection", "display", "gallery", "room",
    "tentoonstelling", "schilderij", "schilderijen", "kunstwerk", "kunstwerken", "collectie",
    "zaal", "ausstellung", "gemalde", "kunstwerke", "sammlung", "saal", "werke",
    "exposition", "tableau", "tableaux", "oeuvre", "oeuvres", "salle", "exposicion", "cuadro",
    "cuadros", "obra", "obras", "coleccion", "sala", "mostra", "esposizione", "dipinto",
    "dipinti", "opera", "opere", "collezione", "artist", "artists", "artiste", "artistes",
    "kunstenaar", "kunstler", "artista", "painter", "painters", "schilder", "maler", "peintre",
    "pintor", "pittore", "film", "book", "tour", "guide", "theme", "about", "over", "uber",
    "sur", "sobre", "sull", "sulla", "sui", "sugli", "bij", "in", "museum", "museums",
    "musee", "museo", "musea", "museen",
}  # fmt: skip
_SUBJECT_NOUNS |= {
    "role",
    "influence",
    "meaning",
    "impact",
    "significance",
    "importance",
    "power",
    "rol",
    "invloed",
    "betekenis",
    "rolle",
    "einfluss",
    "bedeutung",
    "sens",
    "papel",
    "influencia",
    "significado",
    "ruolo",
    "influenza",
    "significato",
    "medieval",
    "middeleeuwen",
    "mittelalter",
    "moyen",
    "medioevo",
    "ancient",
    "antiquity",
    "century",
    "eeuw",
    "jahrhundert",
    "siecle",
    "siglo",
    "secolo",
    "depicted",
    "portrayed",
    "shown",
    "displayed",
    "explained",
    "explain",
    "represented",
    "treated",
}
_SUBJECT_NOUNS |= {
    "museums",
    "musea",
    "museen",
    "musees",
    "museos",
    "musei",
    "talk",
    "speak",
    "discuss",
    "praten",
    "spreken",
    "bespreken",
    "aandacht",
    "sprechen",
    "thematisieren",
    "parler",
    "aborder",
    "hablar",
    "tratar",
    "parlare",
    "trattare",
    "attention",
    "aufmerksamkeit",
    "part",
    "section",
    "onderdeel",
    "deel",
    "sectie",
    "afdeling",
    "bereich",
    "abteilung",
    "teil",
    "partie",
    "parte",
    "seccion",
    "apartado",
    "sezione",
    "area",
    "interesting",
    "interessant",
    "interessante",
    "interesante",
    "boring",
    "saai",
    "langweilig",
    "ennuyeux",
    "aburrido",
    "noioso",
    "informative",
    "informatief",
    "informativ",
    "justice",
    "equality",
    "inequality",
    "discrimination",
    "injustice",
    "diversity",
    "inclusion",
    "rights",
    "struggle",
    "conflict",
    "persecution",
    "tolerance",
    "debate",
    "issues",
    "abolition",
    "erfelijkheid",
    "vererbung",
    "heredite",
    "herencia",
    "ereditarieta",
    "inheritance",
    "genetics",
    "genetica",
    "genetik",
}
_SUBJECT_NOUNS -= {"in", "museum", "museums", "musee", "museo", "musea", "museen", "over", "bij"}


_CLITICS = ("nos", "los", "las", "les", "lo", "la", "le", "me", "ci", "li", "gli", "ne", "mi")


def _strip_clitic(word: str) -> str:
    """Spanish and Italian imperatives carry pronouns: "escríbalos", "indíquenos", "scrivili"."""
    for clitic in _CLITICS:
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


def _question_context(
    options: Sequence[str], kind: str | None, texts: Iterable[str], lang: str | None = None
) -> _QuestionContext:
    kind_norm = (kind or "").strip().lower()
    banded = False
    if options and kind_norm not in ("number", "integer", "numeric", "date"):
        band_count = sum(1 for option in options if _BAND.search(option))
        banded = band_count >= 2 and band_count * 2 >= len(options)
    prefer_not = any(_PREFER_NOT.search(option) for option in options)
    prize = False
    for text in texts:
        words = set(_WORD.findall(normalise(text).text)) if text else set()
        if words & _PRIZE:
            prize = True
            break
    return _QuestionContext(lang, kind_norm, banded, prefer_not, prize)


_KIND_FINDINGS = {
    "email": "PD-EMAIL", "e-mail": "PD-EMAIL", "phone": "PD-PHONE", "tel": "PD-PHONE",
    "telephone": "PD-PHONE", "signature": "PD-SIGNATURE",
}  # fmt: skip


def lint_question(
    text: str,
    *,
    options: Sequence[str] = (),
    help_text: str = "",
    lang: str | None = None,
    kind: str | None = None,
    locale: str | None = None,
    policy: LintPolicy | None = None,
) -> LintResult:
    """Check a museum's question for requests of personal data.

    ``lang`` is the question's language if known; matching never depends on it, because
    questions mix languages. ``kind`` is the answer type ("text", "single_choice", "number",
    "email", ...). ``locale`` selects the language of messages and suggestions. ``policy``
    decides which warnings are escalated to rejections.
    """
    policy = policy or DEFAULT_POLICY
    locale = resolve_locale(locale)
    options = tuple(option for option in options if isinstance(option, str))
    context = _question_context(options, kind, (text, help_text, *options), _short_lang(lang))
    fields: list[tuple[str, str]] = [("text", text or "")]
    if help_text:
        fields.append(("help", help_text))
    fields.extend((f"option:{index}", option) for index, option in enumerate(options))

    findings: list[Finding] = []
    seen: set[tuple[str, str, int, int]] = set()
    for name, content in fields:
        if not content.strip():
            continue
        analysed = _Field(name, content, context)
        for hit in analysed.hits():
            basis = analysed.judge(hit)
            if basis is None:
                continue
            start, end = analysed.norm.original_span(
                analysed.starts[hit.first], analysed.ends[hit.last]
            )
            key = (hit.code, name, start, end)
            if key in seen:
                continue
            seen.add(key)
            findings.append(
                _finding(hit.code, name, (start, end), content[start:end], basis, policy, locale)
            )
    scale = _political_scale(options)
    if scale is not None and not any(f.category == "political_opinion" for f in findings):
        index, option = scale
        findings.append(
            _finding(
                "SC-POLITICS", f"option:{index}", (0, len(option)), option, "label", policy, locale
            )
        )
    kind_code = _KIND_FINDINGS.get(context.kind)
    if kind_code and not any(f.code == kind_code for f in findings):
        findings.append(
            _finding(
                kind_code, "text", (0, len(text or "")), text or "", "answer-type", policy, locale
            )
        )
    verdict = OK
    for finding in findings:
        if _RANK[finding.severity] > _RANK[verdict]:
            verdict = finding.severity
    findings.sort(key=lambda f: (-_RANK[f.severity], _field_order(f.field), f.span))
    return LintResult(verdict, tuple(findings))


_LEFT = {"left", "links", "gauche", "izquierda", "sinistra", "linkse", "linker"}
_RIGHT = {"right", "rechts", "droite", "derecha", "destra", "rechtse", "rechter"}
_CENTRE = {"centre", "center", "midden", "mitte", "centro", "centrum", "zentrum"}


def _political_scale(options: Sequence[str]) -> tuple[int, str] | None:
    """Options 'left / centre / right' place the respondent on the political spectrum."""
    if len(options) < 3:
        return None
    words = [set(_WORD.findall(normalise(option).text)) for option in options]
    left = next((i for i, w in enumerate(words) if w & _LEFT), None)
    if left is None or not any(w & _RIGHT for w in words) or not any(w & _CENTRE for w in words):
        return None
    return left, options[left]


def _short_lang(lang: str | None) -> str | None:
    return lang.replace("-", "_").split("_", 1)[0].lower() if lang else None


def _field_order(name: str) -> tuple[int, int]:
    if name == "text":
        return (0, 0)
    if name == "help":
        return (1, 0)
    return (2, int(name.split(":", 1)[1]))


def _finding(
    code: str,
    field_name: str,
    span: tuple[int, int],
    matched: str,
    basis: str,
    policy: LintPolicy,
    locale: str,
) -> Finding:
    category, group = CONCEPTS[code]
    return Finding(
        code=code,
        category=category,
        severity=policy.severity(code),
        field=field_name,
        span=span,
        matched=matched,
        message=message_for(code, group, locale),
        suggestion=suggestion_for(code, locale),
        basis=basis,
    )
