"""Verb-frame rules: patterns over the clause-marked token string of a field."""

from __future__ import annotations

import re

from survey.privacy import lexicon as lx

# of a clause. Each rule fires only when one of its trigger words occurs in the field.

# Companion nouns are replaced by this marker in the token string, which keeps the patterns small.
_PERSON_MARK = "qqperson"
_PERSON = _PERSON_MARK
_E = r"(?:\s*\||\s*$)"


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
        r"\b(?:hoe|wie) (?:heet|heten) (?:u|je|jij|jullie)\b|\bhoe (?:heet|heten) (?:uw|je|jouw) "
        r"{PERSON}\b|\b(?:u|je|jij) heet$E|\bhoe (?:mogen|kunnen|moeten|zullen|mag|kan) "
        r"(?:we|wij|ik) (?:u|je|jou) (?:noemen|aanspreken)\b|\bwie (?:bent|ben) (?:u|je|jij)$E"
        r"|\bik heet\b|\bop welke naam\b|\bhoe noemen\b(?: \w+){0,3} (?:je|u|jou)$E",
    ),
    _rule(
        "PD-NAME",
        "heissen heisst heisse nennen ansprechen wer namen",
        r"\bwie heissen (?:sie|ihre {PERSON}|deine {PERSON}|eure {PERSON})\b"
        r"|\bwie heisst (?:du\b|ihr$E|dein {PERSON}\b|deine {PERSON}\b|ihr {PERSON}\b"
        r"|ihre {PERSON}\b)"
        r"|\b(?:sie heissen|du heisst)$E|\bwie (?:durfen|konnen|sollen|darf|kann|soll) "
        r"(?:wir|ich|man) (?:sie|dich) (?:nennen|ansprechen)\b|\bwer (?:sind sie|bist du)$E"
        r"|\bich heisse\b|\bauf welchen namen\b|\bwie nennen\b(?: \w+){0,3} (?:sie|dich)$E",
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
        r"|\bcomment (?:vous|t|te) appelle t on\b"
        r"|\bsous quel nom\b",
    ),
    _rule(
        "PD-NAME",
        "llamas llama llaman llamais quien llamo",
        r"\bcomo te llamas\b|\bte llamas\b|\bcomo se llama(?: usted)?$E|\bcomo se llama usted\b"
        r"|\bcomo se llaman? (?:tu|tus|su|sus|vuestro|vuestra) {PERSON}\b|\bcomo os llamais\b"
        r"|\bquien (?:es usted|eres)$E|\bme llamo\b|\ba nombre de quien\b"
        r"|\bcomo (?:le|te|os) llaman\b",
    ),
    _rule(
        "PD-NAME",
        "chiami chiama chiamano chiamate chi chiamo",
        r"\bcome ti chiami\b|\bti chiami\b|\bcome si chiama(?: lei)?$E|\bcome si chiama lei\b"
        r"|\blei come si chiama\b|\bcome si chiama(?:no)? (?:il |la |i |le )?"
        r"(?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostro|vostra) {PERSON}\b|\bcome vi chiamate\b"
        r"|\bchi (?:sei|e lei)$E|\bmi chiamo\b|\ba che nome\b|\ba nome di chi\b"
        r"|\bcome (?:la|ti|vi) chiamano\b",
    ),
    _rule(
        "PD-NAME",
        "name naam nom nombre nome",
        r"\b(?:my|mijn|mon|mi|il mio) (?:name|naam|nom|nombre|nome) (?:is|es|e|est)\b",
    ),
    # date of birth
    _rule(
        "PD-BIRTHDATE",
        "born geboren jarig geburtstag ne nee nes nacio naciste nacido nato nata nati nate welt "
        "mondo monde mundo wereld anni anos",
        r"\bwhen (?:were|was) (?:you|u) born\b|\bdate (?:when )?(?:you were|u were) born\b"
        r"|\bwhat day (?:were|was) (?:you|u) born\b"
        r"|\bwanneer (?:bent|ben|is) (?:u|je|jij) (?:geboren|jarig)\b"
        r"|\bwann (?:sind sie|bist du) geboren\b|\bwann (?:haben sie|hast du) geburtstag\b"
        r"|\bquand (?:etes vous|es tu|vous etes|tu es) nee?s?\b|\bvous etes nee?s? le\b"
        r"|\bcuando (?:nacio|naciste|ha nacido|has nacido)(?: usted)?$E"
        r"|\bcuando (?:nacio|ha nacido) usted\b|\bcuando naciste\b"
        r"|\bquando (?:e|sei) nat[oaie](?: lei)?$E|\bquando (?:e|sei) nat[oaie] lei\b"
        r"|\blei quando e nat[oa]\b|\bquando sei nat[oaie]\b"
        r"|\bquel jour (?:etes vous|es tu) nee?s?\b|\bque dia (?:nacio|naciste)\b"
        r"|\bin (?:che|quale) giorno (?:e|sei) nat[oaie]\b"
        r"|\ban welchem tag (?:haben sie|hast du) geburtstag\b"
        r"|\bwann (?:genau |eigentlich )?(?:haben sie|hast du) geburtstag\b"
        r"|\bquando (?:compie|compi|compiete) gli anni\b"
        r"|\bcuando (?:cumple|cumples) (?:los )?anos\b"
        r"|\bop welke dag (?:bent|ben|is) (?:u|je|jij) (?:jarig|geboren)\b"
        r"|\bwann (?:sind sie|bist du) zur welt gekommen\b|\bquando (?:e|sei) venut[oa] al mondo\b"
        r"|\bquand (?:etes vous|es tu) venue?s? au monde\b|\bcuando (?:vino|viniste) al mundo\b"
        r"|\bwanneer (?:bent|ben) (?:u|je|jij) ter wereld gekomen\b",
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
        r"(?:your|uw|je|jouw|votre|vos|ton|ta|tes|ihrer|ihres|ihr|ihre|ihren|ihrem|deiner|deines|"
        r"deine|su|sus|tu|tus|suo|sua|tuo|tua|vostro|vostra|my|mijn|mon|ma|meiner|meines|mi|mio|"
        r"mia)(?: \w+)? (?:" + lx.ID_NOUNS + r")\b",
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
        "enviar enviarle enviarte mandarle inviare inviarle spedire spedirle donde adonde dove "
        "wohin waar ou",
        r"\bwhere (?:can|should|may|shall|do) (?:we|i) (?:send|post|mail|deliver|ship)\b"
        r"|\bwaar (?:mogen|kunnen|moeten|zullen) (?:we|wij) (?:\w+ ){0,3}(?:naartoe )?"
        r"(?:sturen|opsturen|toesturen)\b|\bwohin (?:durfen|sollen|konnen) (?:wir|ich)\b"
        r"|\bou (?:pouvons|devons|peut) (?:nous|on) vous (?:envoyer|adresser)\b"
        r"|\b(?:a )?(?:adonde|donde) (?:podemos |debemos )?(?:le |te )?(?:envi|mand|remit)\w*\b"
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
        r"number|nummer|numero|mailadres|emailadres|emailadresse|email|mail|correo|courriel|posta|"
        r"pec)\b(?: \w+){0,6} "
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
        r"\b(?:" + lx.ID_NOUNS + r")\b(?: \w+){0,2} (?:number|nummer|numero|nr|no|n|id|code)$E",
    ),
    # year of birth as a label: "Born in (year):", "Geboren in het jaar:", "Nato/a nel:"
    _rule(
        "QI-BIRTH-YEAR",
        "born geboren ne nee nes nacido nacida nato nata",
        r"\bborn in (?:the )?year\b|\bborn in$E|\bgeboren in (?:het )?jaar\b"
        r"|\bgeboren (?:im )?jahr\b"
        r"|\bnee?s? en (?:l )?annee\b|\bnee?s? en$E|\bnacid[oa]s? en (?:el )?ano\b"
        r"|\bnacid[oa]s? en$E|\bnat[oaie] nel(?:l anno)?$E|\bnat[oaie] nell anno\b",
    ),
    # exact time of the visit: "What time did you leave?", "Om hoe laat verliet u ...?"
    _rule(
        "PD-VISIT-TIME",
        "time hh laat tijdstip aankomsttijd vertrektijd uhr uhrzeit ankunftszeit heure hora ora "
        "orario",
        r"\b(?:what|which) time (?:did|do|were|was|are|will) (?:you|u)\b"
        r"(?! (?:think|prefer|want|wish|like|usually|normally|generally|find))"
        r"|\b(?:arrival|departure|entry|exit) time\b"
        r"|\btime of (?:your )?(?:arrival|entry|departure)\b"
        r"|\btime (?:you|u) (?:arrived|entered|left|came|got)\b|\bexact time\b|\bhh mm\b"
        r"|\bhoe laat (?:\w+ ){0,2}(?:u|je|jij)\b(?! (?:vindt|vind|denkt|denk|wilt|wil|zou))"
        r"|\b(?:aankomsttijd|vertrektijd)\b"
        r"|\btijdstip (?:van (?:aankomst|vertrek|binnenkomst|uw|je)"
        r"|waarop)\b"
        r"|\bum wie ?viel uhr (?:\w+ ){0,3}(?:sie|du)\b|\buhrzeit\b(?: \w+){0,6} (?:sie|du)\b"
        r"|\b(?:sie|du)\b(?: \w+){0,6} uhrzeit\b|\b(?:ankunftszeit|genaue uhrzeit)\b"
        r"|\ba quelle heure (?:precise |exacte )?(?:\w+ ){0,2}(?:vous|tu|etes|avez|es|as)\b"
        r"(?! (?:pense|penses|souhait\w*|voudr\w*|aimer\w*|prefer\w*))"
        r"|\bheure (?:d arrivee|de depart|de votre (?:arrivee|visite|depart)|exacte|precise)\b"
        r"|\ba que hora (?:exacta |precisa )?(?:\w+ )?(?:llego|llegaste|llegaron|salio|saliste|"
        r"entro|"
        r"entraste|vino|viniste|ha|has|visito|visitaste|empezo|termino|se fue|te fuiste)\b"
        r"|\bhora (?:de llegada|de salida|de entrada|exacta|precisa) (?:\w+ ){0,2}(?:su|tu)\b"
        r"|\ba che ora (?:precisa |esatta )?(?:\w+ )?(?:e|sei|siete|ha|hai|avete) "
        r"(?:arrivat|uscit|entrat|venut|lasciat|visitat|pres)\w*"
        r"|\b(?:orario|ora) (?:di arrivo|di uscita|di ingresso|di entrata|esatt[oa]|precis[oa])\b",
    ),
    # home town: "Which town are you from?", "Uit welke gemeente komt u?"
    _rule(
        "QI-HOMETOWN",
        "town city village municipality hometown plaats stad gemeente woonplaats dorp stadje stadt "
        "ort gemeinde ortschaft ville commune village localite ciudad pueblo municipio localidad "
        "citta comune paesino paese borgo dorf wohnort heimatort localita poblacion agglomeration "
        "stadje plaatsje",
        r"\b(?:which|what) (?:town|city|village|municipality|hometown) (?:\w+ ){0,2}(?:you|u) "
        r"(?:from|live|come|grow|grew|reside|are from)\b"
        r"|\b(?:which|what) (?:town|city|village|municipality) (?:are|do|did) (?:you|u)\b"
        r"|\b(?:in|uit|van) welke? (?:plaats|stad|gemeente|woonplaats|dorp|stadje|plaatsje) "
        r"(?:\w+ )?(?:woont|komt|woon|kom|wonen|komen|woonde|kwam)\b"
        r"|\b(?:in|aus) welche[mrns]? (?:stadt|ort|gemeinde|dorf|ortschaft|wohnort|heimatort) "
        r"(?:\w+ )?(?:wohnen|kommen|wohnst|kommst|stammen|stammst|leben|lebst)\b"
        r"|\b(?:dans|de|d) quel(?:le)?s? (?:ville|commune|village|localite|agglomeration) "
        r"(?:\w+ )?(?:habitez|venez|vivez|viens|habites|vis|etes|es|residez|resides)\b"
        r"|\b(?:en|de) (?:que|cual) (?:ciudad|pueblo|municipio|localidad|poblacion) "
        r"(?:o (?:ciudad|pueblo|municipio) )?(?:vive|vives|eres|es|viene|vienes|reside|resides)\b"
        r"|\b(?:in|da|di) (?:quale|che) (?:citta|comune|paesino|borgo|localita) "
        r"(?:\w+ )?(?:vive|vivi|abita|abiti|viene|vieni|sei|e|risiede|risiedi|provieni|proviene)\b"
        r"|\bdi (?:che|quale) paese (?:sei|e)$E",
    ),
    # support for a government or party: "Do you support the current government?"
    _rule(
        "SC-POLITICS",
        "support supporter approve trust steunt steun vertrouwt unterstutzen unterstutzt "
        "vertrauen soutenez soutiens approuvez apoya apoyas aprueba apruebas sostiene sostieni "
        "approva approvi",
        r"\b(?:support|approve of|trust)\b(?: \w+){0,2} (?:government|cabinet|president|"
        r"prime minister|party|parliament|opposition)\b"
        r"|\b(?:steunt|steun|vertrouwt)\b(?: \w+){0,3} (?:kabinet|regering|premier|partij|"
        r"president|oppositie)\b"
        r"|\b(?:unterstutzen|unterstutzt|vertrauen)\b(?: \w+){0,3} (?:regierung|bundesregierung|"
        r"landesregierung|kanzler|kanzlerin|partei|opposition)\b"
        r"|\b(?:soutenez|soutiens|approuvez)\b(?: \w+){0,3} (?:gouvernement|president|"
        r"premier ministre|parti|opposition)\b"
        r"|\b(?:apoya|apoyas|aprueba|apruebas)\b(?: \w+){0,3} (?:gobierno|presidente|partido|"
        r"oposicion)\b"
        r"|\b(?:sostiene|sostieni|approva|approvi)\b(?: \w+){0,3} (?:governo|presidente|"
        r"partito|opposizione)\b",
    ),
    # seat at a concert or event: "Which seat were you sitting in?"
    _rule(
        "PD-ROOM",
        "seat row stoel rij plaats platz sitz sitzplatz reihe place siege rangee asiento butaca "
        "fila posto",
        r"\b(?:which|what) (?:seat|row)\b(?: \w+){0,3} (?:you|u)\b(?: \w+)? (?:sit|sat|sitting)\b"
        r"|\b(?:welke|op welke) (?:stoel|plaats|rij|zitplaats)\b(?: \w+){0,2} (?:zat|zit|zaten)\b"
        r"|\b(?:welchem|welcher|welchen) (?:platz|sitz|sitzplatz|reihe)\b(?: \w+){0,2} "
        r"(?:sassen|sitzen|sasst|sitzt|sass|hatten|hattest|hatte)\b"
        r"|\b(?:quelle|quel) (?:place|siege|rangee)\b(?: \w+){0,3} "
        r"(?:assis|assise|etiez|etais|occupiez|occupais)\b"
        r"|\b(?:que|cual|en que) (?:asiento|butaca|fila)\b(?: \w+){0,3} "
        r"(?:sento|sentaste|sentado|sentada|estaba|estabas)\b"
        r"|\b(?:quale|che|in quale|in che) (?:posto|fila)\b(?: \w+){0,3} "
        r"(?:sedeva|sedevi|seduto|seduta|era|eri)\b",
    ),
    # hotel room and locker numbers: "Numéro de votre chambre d'hôtel", "Welk nummer had uw
    # kluisje?"
    _rule(
        "PD-ROOM",
        "number numero nummer nr room chambre habitacion camera stanza zimmer kamer hotelkamer "
        "hotelzimmer hotelzimmers hotel hotels albergo",
        r"\b(?:number|numero|nummer|nr)\b(?: \w+){0,4} (?:your|votre|ta|ton|su|tu|sua|suo|tua|"
        r"tuo|ihres|ihrer|ihr|ihre|dein|deines|uw|je|jouw|vostra|vostro) (?:hotel )?"
        r"(?:room|chambre|habitacion|camera|stanza|zimmer|kamer|hotelkamer|hotelzimmer|"
        r"hotelzimmers|locker|casier|taquilla|armadietto|schliessfach|spind|kluis|kluisje|"
        r"garderobe|cloakroom)\b"
        r"|\b(?:which|what|quelle|que|quale|che|welchem|welke|welk|in welke|in welchem) "
        r"(?:room|chambre|habitacion|camera|stanza|zimmer|kamer)\b(?: \w+){0,3} "
        r"(?:hotel|hotels|albergo|hostal|hostel)\b"
        r"|\b(?:your|votre|su|sua|suo|tu|tua|ihr|ihre|uw|je) (?:room|chambre|habitacion|camera|"
        r"stanza|zimmer|kamer)\b(?: \w+){0,2} (?:hotel|albergo|hostal|hostel)\b",
    ),
    # the number something was booked with: "Con quale numero ha prenotato il biglietto?"
    _rule(
        "PD-ACCOUNT",
        "number numero nummer booked reserved gebucht reserviert prenotato reservado reserve "
        "gereserveerd geboekt",
        r"\b(?:number|numero|nummer)\b(?: \w+){0,3} (?:booked|reserved|gebucht|reserviert|"
        r"prenotato|prenotata|reservado|reservo|reserve|gereserveerd|geboekt|bestellt|ordered)\b",
    ),
    # a user name on a platform: "Unter welchem Namen sind Sie auf TikTok?"
    _rule(
        "PD-SOCIAL",
        "instagram tiktok facebook twitter snapchat linkedin youtube threads bluesky mastodon "
        "pinterest insta",
        r"\b(?:under what|under which|what|which|unter welchem|welchem|welcher|welchen|sous quel|"
        r"quel|quelle|con quale|con che|quale|che|con que|bajo que|que|cual|onder welke|welke)\b "
        r"(?:\w+ )?(?:name|names|namen|nom|nome|nombre|naam|username|pseudo|account|profil|"
        r"profilo|perfil|profiel)\b(?: \w+){0,4} (?:instagram|tiktok|facebook|twitter|snapchat|"
        r"linkedin|youtube|threads|bluesky|mastodon|pinterest|insta)\b",
    ),
    # residence: "Where do you live?" (a postal address when something is to be sent)
    _rule(
        "QI-HOMETOWN",
        "live woont woon wohnen wohnst leben lebst habitez habites vivez vis residez vive vives "
        "reside resides vivis abita abiti risiede risiedi abitate vivete",
        r"\bwhere (?:do|did) (?:you|u) (?:live|currently live)\b"
        r"|\bwhere (?:are|r) (?:you|u) living\b"
        r"|\bwaar (?:woont|woon) (?:u|je|jij)\b|\bwaar (?:u|je|jij) woont\b"
        r"|\bwo (?:wohnen sie|wohnst du|leben sie|lebst du)\b|\bwo (?:sie|du) (?:wohnen|wohnst)\b"
        r"|\bou (?:habitez vous|habites tu|vivez vous|vis tu|residez vous)\b"
        r"|\bou (?:vous habitez|tu habites)\b"
        r"|\bdonde (?:vive|vives|reside|resides|vivis)\b"
        r"|\bdove (?:abita|abiti|vive|vivi|risiede|risiedi|abitate|vivete)\b",
    ),
    # part of an identifier: "the last four digits of your mobile"
    _rule(
        "PD-PARTIAL-ID",
        "last final laatste letzten derniers dernieres ultimos ultimas ultime ultimi",
        r"\b(?:last|final) (?:\w+ )?(?:digits|digit|numbers|characters|letters)\b"
        r"|\blaatste (?:\w+ )?(?:cijfers|cijfer|tekens|letters)\b"
        r"|\bletzten (?:\w+ )?(?:ziffern|stellen|zeichen|buchstaben)\b"
        r"|\bderni(?:ers|eres) (?:chiffres|caracteres|numeros|lettres)\b"
        r"|\bultim[oa]s (?:\w+ )?(?:digitos|numeros|caracteres|cifras|letras)\b"
        r"|\bultim[ei] (?:\w+ )?(?:cifre|numeri|caratteri|lettere)\b",
    ),
    # exact height, in the languages that drop the pronoun: "¿Cuánto mide?", "Quanto è alto?"
    _rule(
        "PD-BODY",
        "lang mide mides pesa pesas alto alta pesi",
        r"\bhoe lang (?:bent|ben) (?:u|je|jij)$E|\bcuanto (?:mide|mides|pesa|pesas)(?: usted)?$E"
        r"|\bquanto (?:e alt[oa]|sei alt[oa]|pesa|pesi)(?: lei)?"
        r"(?:$E| in (?:cm|centimetri|kg|chili)\b)"
        r"|\bcuanto (?:mide|mides|pesa|pesas)(?: usted)? en (?:cm|centimetros|kg|kilos)\b",
    ),
)
_RULE_ORDER = {rule: index for index, rule in enumerate(_RULES)}
_RULES_BY_TRIGGER: dict[str, tuple[_Rule, ...]] = {}
_ALWAYS_RULES = tuple(rule for rule in _RULES if not rule.triggers)
for _r in _RULES:
    for _t in _r.triggers:
        _RULES_BY_TRIGGER[_t] = (*_RULES_BY_TRIGGER.get(_t, ()), _r)
