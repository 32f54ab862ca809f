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
    r"\b(?:my (?:full |first |last |family |sur)?name(?: is|'s|s is)|name's"
    r"|(?:full |first |last |family |sur)?name(?: is)?(?=[ ]*:)|i am called|i'm called"
    r"|(?:they|people|friends) call me|signed|sign(?:ed)? by"
    r"|mijn (?:volledige |voor|achter)?naam is|(?:voor|achter)?naam(?=[ ]*:)|ik heet|ik noem me"
    r"|ze noemen me|getekend|gez\."
    r"|je m'appelle|je m appelle|j'm'appelle|je me nomme|mon (?:pr[ée])?nom(?: est| c'est)?"
    r"(?=[ ]*[:a-z]|[ ]+[A-Z])|nom(?: de famille)?(?=[ ]*:)|moi,? c'est|pr[ée]nom(?=[ ]*:)"
    r"|je me pr[ée]nomme|mon petit nom(?: est| c'est)?"
    r"|on m'appelle|sign[ée]"
    r"|ich hei(?:ße|sse|ss|ß)|mein (?:vor|nach|familien)?name (?:ist|lautet)"
    r"|(?:vor|nach|familien)?name(?=[ ]*:)|man nennt mich|gezeichnet"
    r"|me llamo|mi nombre (?:completo )?es|(?:mi )?nombre(?: y apellidos?)?(?=[ ]*:)"
    r"|apellidos?(?=[ ]*:)|mis apellidos son|mi apellido es|me dicen|me llaman|firmado"
    r"|mi chiamo|il mio nome (?:è|e'|e)|mio nome (?:è|e'|e)|(?:il mio )?nome(?: e cognome)?"
    r"(?=[ ]*:)|cognome(?=[ ]*:)|il mio cognome (?:è|e)|mi chiamano|firmato"
    r"|(?:visitor|bezoeker|bezoekster|visiteur|visiteuse|besucher(?:in)?|visitante|visitatore"
    r"|visitatrice|author|auteur|autor(?:in)?|autore|afzender|exp[ée]diteur|absender|remitente"
    r"|mittente|from|van|von|de|da)(?=[ ]*:)"
    r"|namens|on behalf of|au nom de|de la part de|im namen (?:von|der)|en nombre de"
    r"|a nome (?:di|della|del))" + _FRAME_END,
    re.IGNORECASE,
)
# A weaker frame: only a capitalised word that is not a role or nationality counts as a name.
WEAK_NAME_FRAMES = re.compile(
    r"\b(?:i'm|i am|call me|ik ben|je suis|ich bin(?: der| die)?|(?:yo )?soy"
    r"|(?:io )?sono (?:la|il)|(?:io )?sono"
    r"|hier schreibt|aqu[ií] (?:os )?escribe|c'est moi,?|it's me,?|ik ben het,?|ich bin's,?"
    r"|ich bin es,?|soy yo,?|sono io,?"
    r"|ciao,? sono|hola,? soy|(?P<plural>we are|we're|wij zijn|we zijn|nous sommes|wir sind"
    r"|somos|siamo))(?=[ ]+[A-Z])",
    re.IGNORECASE,
)
# "Hello, this is George Palmer": a greeting, then "this is" and the writer's name.
GREETING_INTRO = re.compile(
    r"(?:\A|[.!?\n][ ]*)(?:hello|hi|hey|dear all|good (?:morning|afternoon|evening)|hallo|hoi"
    r"|dag|goedemorgen|goedemiddag|goedenavond|bonjour|bonsoir|salut|guten (?:tag|morgen|abend)"
    r"|servus|moin|gr[üu][ßs]s? gott|hola|buenos d[íi]as|buenas tardes|buenas|ciao|buongiorno"
    r"|buonasera|salve)[ ]*[,!.]?[ ]+"
    r"(?:this is|here is|it's|dit is|hier is|c'est|ici|hier ist|hier spricht|hier schreibt"
    r"|aqu[íi]|les escribe|os escribe|qui (?:è|e|scrive))[ ]*,?(?=[ ]+[A-Z])",
    re.IGNORECASE,
)
# The weak frames, when the name after them is written without a capital.
WEAK_NAME_FRAMES_ANY_CASE = re.compile(
    r"\b(?:i'm|i am|ik ben|je suis|ich bin|soy|sono|my name is|mijn naam is)(?=[ ]+[a-zà-ÿ])",
    re.IGNORECASE,
)
_THANKS = (
    r"thanks|thank you|many thanks|merci|merci beaucoup|danke|vielen dank|danke sch[öo]n|gracias"
    r"|muchas gracias|grazie|grazie mille|bedankt|dank je wel|dankjewel|dank u wel|dank u|ta|thx"
    r"|thanks again|thank you very much|hartelijk dank|merci encore|nochmals danke|gracias de nuevo"
)
_CLOSINGS = (
    r"(?:kind|kindest|best|warm|warmest) regards|regards|(?:with )?best wishes|warm wishes"
    r"|all the best|best|cheers|(?:yours )?sincerely|yours (?:truly|faithfully)|yours|love"
    r"|greetings|with love|bye|take care|speak soon|see you|respectfully"
    r"|(?:met )?(?:vriendelijke |hartelijke |beste |veel |lieve |warme )?groet(?:jes|en)?"
    r"|hoogachtend|mvg|hgr|liefs|gr|doei|tot ziens"
    r"|(?:bien )?cordialement|bien [àa] vous|amiti[ée]s|(?:sinc[èe]res |meilleures )?salutations"
    r"(?: distingu[ée]es)?|(?:mes )?meilleurs sentiments|bises|bisous|[àa] bient[ôo]t"
    r"|bonne journ[ée]e|bonne soir[ée]e|salut|amicalement"
    r"|(?:mit )?(?:viele[n]? |liebe[n]? |beste[n]? |herzliche[n]? |sch[öo]ne[n]? "
    r"|freundliche[n]? )?gr[üu](?:ß|ss)(?:e|en)?|gru(?:ß|ss)|hochachtungsvoll|mfg|lg|vg"
    r"|tsch[üu]ss|bis bald|alles gute"
    r"|(?:reciba )?(?:un )?(?:cordial |fuerte )?saludos?(?: cordiales| cordial)?|atentamente"
    r"|(?:un )?(?:fuerte )?abrazos?|besos|cordialmente|hasta pronto|adi[óo]s"
    r"|(?:cordiali|distinti|tanti|cari) saluti|saluti|(?:un )?(?:caro |cordiale )?saluto"
    r"(?: cordiale)?|un abbraccio|a presto|baci|un bacio|ciao|in fede|buona giornata"
    r"|con osservanza"
)
# "Groetjes, Pieter Bakker", "Kind regards\nJames": a sign-off, then the name to the end.
SIGN_OFFS = re.compile(
    r"(?<![\w])(?:(?P<thanks>" + _THANKS + r")|" + _CLOSINGS + r")"
    r"(?P<sep>[ ]*[,!.:-]+[ ]*\n?[ ]*|[ ]*\n[ ]*|[ ]+(?:van|von|de la part de)[ ]+|[ ]+)",
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
    r"(?:[ ]+(?:is called|is named|named|called|heet|genaamd|hei(?:ß|ss)t|genannt|s'appelle"
    r"|nomm[ée]e?|se llama|llamad[oa]|si chiama|chiamat[oa]))?"
    r"[ ]*,?(?=[ ]+[A-Z])",
    re.IGNORECASE,
)
PARTICLES = words(
    "van der den de ter ten te 't von vom zu zur di da del della dalla dei degli du des la le"
    " los las dos das do y d' mc mac"
)
# Titles written before a name: part of the name's span.
TITLES = words(
    """
    dr dr. drs drs. prof prof. ir ir. ing ing. mr mr. mrs mrs. ms ms. miss mme mme. mlle mlle.
    m. herr frau dipl. dipl.-ing. mag. sr sr. sra sra. srta srta. don doña dña dña. dra dra.
    lic. sig sig. sig.ra sig.na sig.ra. dott dott. dott.ssa dott.ssa. avv avv. arch. geom. dhr
    dhr. mevr mevr.
    mw mw. fam fam. sir dame lady lord familie famille familia famiglia family mevrouw meneer
    madame monsieur señor señora señorita signor signora signorina prof.ssa prof.ssa. dª
    """
)
TITLE = re.compile(
    r"[ ]{0,2}(?:"
    + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
    + r")(?:(?<=\.)|(?![\w.]))",
    re.IGNORECASE,
)
# Lower-case words after a sign-off that are not a name ("Groetjes, tot ziens").
COMMON_LOWER = words(
    """
    see you all everyone team the staff tot ziens allemaal iedereen jullie à tous tout le monde
    l'équipe an alle euch alle a todos todo el equipo a tutti tutto lo staff again soon
    """
)
# "Sarah here.", "Hoi, Pieter hier!": a name, then "here".
NAME_HERE = re.compile(
    r"(?:\A|[.!?\n][ ]*)(?:(?i:hi|hello|hey|hallo|hoi|dag|bonjour|salut|hola|ciao|servus|moin)"
    r"[ ]*[,!]?[ ]+)?(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ ]+[A-ZÀ-ÖØ-Þ][^\W\d_]+)?)[ ]*,?[ ]+"
    r"(?:here|hier|ici|aqu[íi]|qui)(?=[ ]*[,.!:;\-]|[ ]*\Z)",
)
# "(Anna, 34, Utrecht)", "Pieter, 67 jaar": a name followed by an age.
NAME_AGE = re.compile(
    r"(?:(?P<open>\(|-[ ]+)|\A)(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ ]+[A-ZÀ-ÖØ-Þ][^\W\d_]+)?)"
    r"[ ]*,[ ]*\d{1,2}(?P<unit>[ ]*(?:years?(?: old)?|yo|jaar|ans|jahre|años|anni|j\.))?"
    r"(?=[ ]*[,)]|[ ]*\Z)",
)
# "Ik, Pieter Bakker, ...": the writer's name in apposition to "I".
NAME_APPOSITION = re.compile(
    r"\b(?i:i|ik|je|moi|ich|yo|io)[ ]*,[ ]*"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ ]+[A-ZÀ-ÖØ-Þ][^\W\d_]+){0,2})[ ]*,",
)

# "- Pieter Bakker" at the end, or a full name alone on the last line.
LAST_LINE_NAME = re.compile(
    r"(?:(?P<dash>(?:\A|\n|(?<=[.!?])[ ]+)[ ]*[-~]+[ ]*)|\n[ ]*)(?P<name>[A-ZÀ-ÖØ-Þ])[^\n]*\Z"
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
    museum musée museo rijksmuseum louvre prado uffizi baujahr jahrgang bouwjaar
    thanks thank merci danke gracias grazie bedankt bravo super top ciao hello hi hallo hola
    salut bonjour dag beste liebe dear cher chère caro cara querido querida ps p.s
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
    r"(?:[ ]*[:,]?[ ]*(?:(?:is|ist|est|es|è|e|was|war|era|:|on|in|the|op|le|am|el|il|nel|del|en"
    r"|[àa]|at|te|of|van|de|di|im|der|den)[ ]+)*"
    r"(?:[A-Z][\w'-]+[ ]*,?[ ]+(?:on|op|le|am|el|il|in|en|the|nel)[ ]+)?)"
)
# Labels that announce a date of birth; "birthday" words only with "my".
BIRTH_LABELS = re.compile(
    r"(?:\b(?:date of birth|birth ?date|d\.?o\.?b\.?|geboortedatum|geb\.|geboortedag"
    r"|date de naissance|n[ée]e? le|geburtsdatum|geburtstag|geboren am|fecha de nacimiento"
    r"|nacid[oa] el|data di nascita|nat[oa] il|year of birth|birth year|geboortejaar|jahrgang"
    r"|geburtsjahr|ann[ée]e de naissance|a[ñn]o de nacimiento|anno di nascita"
    r"|ik ben van|je suis de|je suis n[ée]e? en|soy del?|sono del|sono dell'"
    r"|baujahr|bouwjaar|(?P<birthday>birthday|verjaardag|jarig|anniversaire"
    r"|cumplea[ñn]os|compleanno))"
    r"|°)" + _GAP + r"\Z",
    re.IGNORECASE,
)
BIRTH_VERBS = re.compile(
    r"\b(?:born|geboren|n[ée]e?s?|nat[oa]|nacid[oa]|nac[íi])\b" + _GAP + r"\Z",
    re.IGNORECASE,
)
BIRTH_VERB_AFTER = re.compile(
    r"(?:[ ]+(?:in [A-Z][\w'-]+|\w+\.?)){0,3}?[ ]*(?:geboren|born"
    r"|(?P<birthday>jarig|geburtstag|verjaardag|birthday|compleanno|cumplea[ñn]os|anniversaire))\b",
    re.IGNORECASE,
)
FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|me|my|ik|mijn|m'n|je|j'|suis|moi|mon|ma|ich|bin|mein|meine|yo|mi|soy|nac[íi]"
    r"|io|sono|mio|mia)\b",
    re.IGNORECASE,
)
