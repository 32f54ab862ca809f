"""Words of the six survey languages (en nl fr de es it) that frame names, dates of birth and
addresses, and words that look like names but are not.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- names -----------------------------------------------------------------------------------
_FRAME_END = r"[ ]*(?::[ ]*)?"

# An explicit name frame: a name follows, in capitals or not ("my name is jan").
NAME_FRAMES = re.compile(
    r"\b(?:my (?:full |first |last )?name(?: is|'s|s is)|name(?: is)?(?=[ ]*:)|i am called"
    r"|i'm called|mijn (?:volledige |voor|achter)?naam is|naam(?=[ ]*:)|ik heet|ik noem me"
    r"|je m'appelle|je m appelle|j'm'appelle|je me nomme|mon (?:pr[ée])?nom(?: est| c'est)?"
    r"(?=[ ]*[:a-z]|[ ]+[A-Z])|nom(?=[ ]*:)|moi c'est|pr[ée]nom(?=[ ]*:)"
    r"|ich hei(?:ße|sse|ss|ß)|mein (?:vor|nach)?name (?:ist|lautet)|(?:vor|nach)?name(?=[ ]*:)"
    r"|me llamo|mi nombre (?:completo )?es|(?:mi )?nombre(?=[ ]*:)|me dicen"
    r"|mi chiamo|il mio nome (?:è|e'|e)|mio nome (?:è|e'|e)|(?:il mio )?nome(?=[ ]*:)"
    r"|mi chiamano)" + _FRAME_END,
    re.IGNORECASE,
)
# A weaker frame: only a capitalised word that is not a role or nationality counts as a name.
WEAK_NAME_FRAMES = re.compile(
    r"\b(?:i'm|i am|call me|ik ben|je suis|ich bin|(?:yo )?soy|(?:io )?sono|hier is|hier ist"
    r"|aqu[ií] (?:os )?escribe|this is)(?=[ ]+[A-Z])",
    re.IGNORECASE,
)
_THANKS = (
    r"thanks|thank you|many thanks|merci|merci beaucoup|danke|vielen dank|danke sch[öo]n|gracias"
    r"|muchas gracias|grazie|grazie mille|bedankt|dank je wel|dankjewel|dank u wel|dank u"
)
_CLOSINGS = (
    r"kind regards|best regards|warm regards|warmest regards|regards|best wishes|all the best"
    r"|best|cheers|sincerely|yours sincerely|yours truly|yours|love|greetings|with love"
    r"|groetjes|groeten|groet|vriendelijke groet(?:en)?|met vriendelijke groet(?:en)?"
    r"|hartelijke groet(?:en)?|mvg|liefs|gr"
    r"|cordialement|bien cordialement|bien [àa] vous|amiti[ée]s|salutations|sinc[èe]res salutations"
    r"|bises|bisous|[àa] bient[ôo]t"
    r"|(?:viele|liebe|beste|herzliche|sch[öo]ne|freundliche) gr[üu](?:ß|ss)e"
    r"|mit freundlichen gr[üu](?:ß|ss)en|mfg|lg|gru(?:ß|ss)|gr[üu](?:ß|ss)e"
    r"|saludos(?: cordiales)?|un saludo|atentamente|un abrazo|besos|cordialmente"
    r"|cordiali saluti|distinti saluti|saluti|un saluto|un caro saluto|un abbraccio|a presto"
)
# "Groetjes, Pieter Bakker", "Kind regards\nJames": a sign-off, then the name to the end.
SIGN_OFFS = re.compile(
    r"(?<![\w])(?:(?P<thanks>" + _THANKS + r")|" + _CLOSINGS + r")"
    r"(?:[ ]*[,!.:-]+[ ]*\n?[ ]*|[ ]*\n[ ]*)",
    re.IGNORECASE,
)
_RELATIONS = (
    r"wife|husband|partner|son|daughter|friend|girlfriend|boyfriend|mother|mum|mom|father|dad"
    r"|sister|brother|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|colleague"
    r"|fianc[ée]e?|aunt|uncle|niece|nephew|cousin"
    r"|vrouw|man|echtgenoot|echtgenote|zoon|dochter|vriend|vriendin|moeder|vader|zus|zuster|broer"
    r"|kleinzoon|kleindochter|oma|opa|collega|schoonmoeder|schoonvader|tante|oom|nicht|neef"
    r"|femme|mari|[ée]pouse|[ée]poux|conjoint|conjointe|compagnon|compagne|fils|fille|ami|amie"
    r"|copain|copine|m[èe]re|p[èe]re|s[œo]eur|fr[èe]re|petit-fils|petite-fille|coll[èe]gue"
    r"|grand-m[èe]re|grand-p[èe]re|tante|oncle"
    r"|frau|ehefrau|mann|ehemann|partnerin|lebensgef[äa]hrtin|lebensgef[äa]hrte|sohn|tochter"
    r"|freund|freundin|mutter|vater|schwester|bruder|enkel|enkelin|kollege|kollegin|oma|opa"
    r"|mujer|esposa|marido|esposo|pareja|novio|novia|hijo|hija|amigo|amiga|madre|padre|hermana"
    r"|hermano|nieto|nieta|abuela|abuelo|compa[ñn]ero|compa[ñn]era|t[íi]a|t[íi]o"
    r"|moglie|marito|compagno|compagna|fidanzato|fidanzata|figlio|figlia|amico|amica|mamma"
    r"|pap[àa]|sorella|fratello|nipote|nonna|nonno|collega|zia|zio"
)
COMPANIONS = re.compile(
    r"\b(?:my|our|mijn|m'n|onze|ma|mon|mes|notre|meine[mnrs]?|mein|unsere[mnrs]?|mi|mis|nuestra"
    r"|nuestro|mia|mio|la mia|il mio|mie|miei|nostra|nostro)[ ]+(?:" + _RELATIONS + r")"
    r"[ ]*,?(?=[ ]+[A-Z])",
    re.IGNORECASE,
)
PARTICLES = words(
    "van der den de ter ten te 't von vom zu zur di da del della dalla dei degli du des la le"
    " los las dos das do y d' mc mac"
)
# Lower-case words that end a name ("me llamo Lucía y vine ...").
STOPWORDS = words(
    """
    and or but from of in at on to with the a an is was am are i me my not here too also so
    just very really who and'm
    en of maar uit in op met het een is was ben niet hier ook zo heel echt die en
    et ou mais je j suis moi de du pas ici aussi très qui est
    und oder aber aus bin ist war ich mit nicht hier auch sehr wirklich der die das
    y o pero soy es era con yo no aquí también muy que de
    e o ma sono è era con io non qui anche molto che di da
    """
)
# Capitalised words that are not names after "I'm ..." and friends: nationalities, occupations,
# roles, and words people sign with.
ROLES = words(
    """
    dutch belgian flemish french german british english scottish welsh irish american canadian
    spanish italian swiss austrian european australian retired student teacher member visitor
    nederlander nederlandse belg belgische vlaming vlaamse fransman française duitser duitse
    engelsman brit amerikaan spanjaard italiaan zwitser oostenrijker student studente leraar
    lerares docent gepensioneerd lid bezoeker fan vrijwilliger kunstenaar
    belge française français allemand allemande anglais anglaise britannique américain
    américaine espagnol espagnole italien italienne suisse autrichien étudiant étudiante
    professeur prof retraité retraitée membre visiteur visiteuse artiste bénévole
    deutscher deutsche niederländer niederländerin holländer holländerin belgier belgierin
    franzose französin engländer engländerin brite britin amerikaner amerikanerin spanier
    spanierin italiener italienerin schweizer schweizerin österreicher österreicherin student
    studentin schüler schülerin lehrer lehrerin rentner rentnerin pensionär pensionärin mitglied
    besucher besucherin künstler künstlerin architekt architektin arzt ärztin mutter vater oma
    opa tourist touristin stammgast ehrenamtlicher fan
    español española holandés holandesa belga francés francesa alemán alemana inglés inglesa
    británico británica americano americana italiano italiana suizo suiza estudiante profesor
    profesora jubilado jubilada socio socia visitante artista turista
    olandese belga francese tedesco tedesca inglese britannico britannica americano americana
    spagnolo spagnola italiano italiana svizzero svizzera studente studentessa insegnante
    professore professoressa pensionato pensionata socio socia visitatore visitatrice artista
    turista
    happy glad sorry new back here there not very so really sure disappointed impressed
    a an the een de het un une le la der die das ein eine el los una il lo uno
    """
)
# After "ik ben" / "ich bin" / "je suis" one capitalised word with these endings is usually a
# demonym or occupation ("Amsterdammer", "Lehrerin", "Parisienne", "Madrileña"), unless it is one
# of the given names that end the same way.
ROLE_ENDINGS = re.compile(
    r"(?:er|erin|in|ist|istin|ent|entin|ant|antin|ling|aar|ares|or|orin|eur|euse|iste|ienne"
    r"|ien|ais|aise|ois|oise|eño|eña|ano|ana|ese|ino|ina|ense|ista|ero|era|aan|ees|ier|iër)\Z"
)
GIVEN_NAMES_WITH_ROLE_ENDINGS = words(
    """
    peter pieter dieter walter günter günther jasper kasper esther alexander reinier wouter
    gijsbert lester oliver xavier olivier javier didier gautier gauthier roger
    karin katrin kerstin martin justin kevin robin edwin erwin calvin quentin corentin valentin
    benjamin marin colin franklin carolin evelin
    julien adrien damien sébastien sebastien lucien fabien bastien vivien maximilien aurélien
    aurelien cyprien florian
    vincent laurent florent clément clement
    igor victor viktor héctor hector nestor
    luciano adriano stefano giuliano massimiliano fabiano feliciano emiliano cristiano
    mariano damiano tiziano
    martina katharina christina kristina carolina paulina sabrina marina valentina cristina
    alina nina tina regina justina
    ana diana mariana susana juliana luciana adriana tatiana liliana viviana daniela
    marino martino valentino gino nino
    lorena elena helena magdalena
    """
)

# Capitalised words that never start a name here: pronouns, days, months, artists, institutions.
NOT_NAMES = words(
    """
    i ik je ich yo io it he she we they you the this that het dit dat ce cette der die das el
    este esta il questo questa
    monday tuesday wednesday thursday friday saturday sunday maandag dinsdag woensdag donderdag
    vrijdag zaterdag zondag lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag
    mittwoch donnerstag freitag samstag sonntag lunes martes miércoles jueves viernes sábado
    domingo lunedì martedì mercoledì giovedì venerdì sabato domenica
    rembrandt vermeer monet manet van gogh picasso dalí dali goya velázquez velazquez botticelli
    caravaggio michelangelo leonardo raphael raffaello titian tiziano dürer durer klimt mondriaan
    mondrian rubens turner constable hals steen bosch bruegel brueghel magritte kahlo warhol
    degas renoir cézanne cezanne gauguin matisse chagall miró miro munch schiele kandinsky
    museum musée museo rijksmuseum louvre prado uffizi
    """
)

# --- dates of birth --------------------------------------------------------------------------
MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
    r"|januari|februari|maart|mei|juni|juli|augustus|oktober|mrt|okt"
    r"|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre|janv|f[ée]vr?|avr|juil|d[ée]c"
    r"|januar|j[äa]nner|februar|m[äa]rz|maerz|dezember|dez"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|ene|abr|ago|dic"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|gen|mag|giu"
    r"|lug|set|ott"
)
_GAP = (
    r"(?:[ ]*[:,]?[ ]*(?:(?:on|in|the|op|le|am|el|il|nel|del|en|[àa]|at|te|of|van|de|di|im)[ ]+)*"
    r"(?:[A-Z][\w'-]+[ ]*,?[ ]+(?:on|op|le|am|el|il|in|en|the|nel)[ ]+)?)"
)
# Labels that announce a date of birth; "birthday" words only with "my".
BIRTH_LABELS = re.compile(
    r"(?:\b(?:date of birth|birth ?date|d\.?o\.?b\.?|geboortedatum|geb\.|geboortedag"
    r"|date de naissance|n[ée]e? le|geburtsdatum|geburtstag|geboren am|fecha de nacimiento"
    r"|nacid[oa] el|data di nascita|nat[oa] il|(?P<birthday>birthday|verjaardag|anniversaire"
    r"|cumplea[ñn]os|compleanno))"
    r"|°)" + _GAP + r"\Z",
    re.IGNORECASE,
)
BIRTH_VERBS = re.compile(
    r"\b(?:born|geboren|n[ée]e?s?|nat[oa]|nacid[oa]|nac[íi])\b" + _GAP + r"\Z",
    re.IGNORECASE,
)
BIRTH_VERB_AFTER = re.compile(
    r"[ ]*(?:in [A-Z][\w'-]+[ ]+)?(?:geboren|born)\b",
)
FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|me|my|ik|mijn|m'n|je|j'|suis|moi|mon|ma|ich|bin|mein|meine|yo|mi|soy|nac[íi]"
    r"|io|sono|mio|mia)\b",
    re.IGNORECASE,
)
