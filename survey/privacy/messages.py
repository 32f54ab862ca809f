"""Messages and suggestions of the personal-data linter in English, Dutch, French, German, Spanish
and Italian. A finding's message says what the question asks for and why that is a problem; its
suggestion says what to ask instead.
"""

from __future__ import annotations

from config.study import LANGUAGES as LOCALES

DEFAULT_LOCALE = "en"

# What is asked for, as it reads inside the message templates below.
LABELS: dict[str, dict[str, str]] = {
    "PD-NAME": {
        "en": "name", "nl": "naam", "fr": "nom", "de": "Namen", "es": "nombre", "it": "nome",
    },
    "PD-EMAIL": {
        "en": "e-mail address", "nl": "e-mailadres", "fr": "adresse e-mail",
        "de": "E-Mail-Adresse", "es": "dirección de correo electrónico", "it": "indirizzo e-mail",
    },
    "PD-PHONE": {
        "en": "phone number", "nl": "telefoonnummer", "fr": "numéro de téléphone",
        "de": "Telefonnummer", "es": "número de teléfono", "it": "numero di telefono",
    },
    "PD-ADDRESS": {
        "en": "postal address", "nl": "adres", "fr": "adresse postale", "de": "Anschrift",
        "es": "dirección postal", "it": "indirizzo",
    },
    "PD-POSTCODE": {
        "en": "full postcode", "nl": "volledige postcode", "fr": "code postal complet",
        "de": "vollständige Postleitzahl", "es": "código postal completo",
        "it": "codice postale completo",
    },
    "PD-BIRTHDATE": {
        "en": "date of birth", "nl": "geboortedatum", "fr": "date de naissance",
        "de": "Geburtsdatum", "es": "fecha de nacimiento", "it": "data di nascita",
    },
    "PD-NATIONAL-ID": {
        "en": "identity document or national id number",
        "nl": "identiteitsbewijs of nationaal identificatienummer",
        "fr": "pièce d'identité ou numéro d'identification national",
        "de": "Ausweis oder nationale Identifikationsnummer",
        "es": "documento de identidad o número de identificación nacional",
        "it": "documento d'identità o numero di identificazione nazionale",
    },
    "PD-BANK": {
        "en": "bank account or payment card details", "nl": "bankrekening- of betaalkaartgegevens",
        "fr": "coordonnées bancaires ou de carte de paiement",
        "de": "Bank- oder Zahlungskartendaten", "es": "datos bancarios o de tarjeta de pago",
        "it": "dati bancari o della carta di pagamento",
    },
    "PD-PLATE": {
        "en": "licence plate", "nl": "kenteken", "fr": "plaque d'immatriculation",
        "de": "Kfz-Kennzeichen", "es": "matrícula del vehículo", "it": "targa del veicolo",
    },
    "PD-SOCIAL": {
        "en": "social media handle or profile", "nl": "social-mediaprofiel of gebruikersnaam",
        "fr": "profil ou pseudonyme sur les réseaux sociaux",
        "de": "Social-Media-Profil oder Benutzernamen",
        "es": "perfil o usuario de redes sociales", "it": "profilo o nome utente social",
    },
    "PD-IP": {
        "en": "IP address or device identifier", "nl": "IP-adres of apparaat-ID",
        "fr": "adresse IP ou identifiant d'appareil", "de": "IP-Adresse oder Gerätekennung",
        "es": "dirección IP o identificador del dispositivo",
        "it": "indirizzo IP o identificativo del dispositivo",
    },
    "PD-PHOTO": {
        "en": "photo of themselves", "nl": "foto van zichzelf", "fr": "photo d'eux-mêmes",
        "de": "Foto von sich selbst", "es": "foto de sí mismos", "it": "foto di sé",
    },
    "PD-SIGNATURE": {
        "en": "signature", "nl": "handtekening", "fr": "signature", "de": "Unterschrift",
        "es": "firma", "it": "firma",
    },
    "PD-ACCOUNT": {
        "en": "membership, ticket, pass, student or employee number",
        "nl": "lid-, ticket-, pas-, studenten- of personeelsnummer",
        "fr": "numéro d'adhérent, de billet, de pass, d'étudiant ou d'employé",
        "de": "Mitglieds-, Ticket-, Karten-, Matrikel- oder Personalnummer",
        "es": "número de socio, de entrada, de pase, de estudiante o de empleado",
        "it": "numero di tessera, biglietto, pass, matricola o dipendente",
    },
    "PD-CONTACT": {
        "en": "contact or personal details", "nl": "contact- of persoonsgegevens",
        "fr": "coordonnées ou données personnelles", "de": "Kontaktdaten oder persönliche Daten",
        "es": "datos de contacto o personales", "it": "recapiti o dati personali",
    },
    "SC-HEALTH": {
        "en": "health, disability or pregnancy", "nl": "gezondheid, beperking of zwangerschap",
        "fr": "santé, handicap ou grossesse",
        "de": "Gesundheit, Behinderung oder Schwangerschaft",
        "es": "salud, discapacidad o embarazo", "it": "salute, disabilità o gravidanza",
    },
    "SC-RELIGION": {
        "en": "religion or belief", "nl": "religie of levensovertuiging",
        "fr": "religion ou convictions", "de": "Religion oder Weltanschauung",
        "es": "religión o creencias", "it": "religione o convinzioni",
    },
    "SC-ETHNICITY": {
        "en": "racial or ethnic origin or migration background",
        "nl": "etnische afkomst of migratieachtergrond",
        "fr": "origine raciale ou ethnique ou parcours migratoire",
        "de": "ethnische Herkunft oder Migrationshintergrund",
        "es": "origen racial o étnico o antecedentes migratorios",
        "it": "origine razziale o etnica o background migratorio",
    },
    "SC-POLITICS": {
        "en": "political opinion or vote", "nl": "politieke voorkeur of stemgedrag",
        "fr": "opinions politiques ou vote", "de": "politische Meinung oder Wahlverhalten",
        "es": "opinión política o voto", "it": "opinioni politiche o voto",
    },
    "SC-UNION": {
        "en": "trade union membership", "nl": "vakbondslidmaatschap",
        "fr": "appartenance syndicale", "de": "Gewerkschaftszugehörigkeit",
        "es": "afiliación sindical", "it": "appartenenza sindacale",
    },
    "SC-SEXUAL": {
        "en": "sex life or sexual orientation", "nl": "seksleven of seksuele geaardheid",
        "fr": "vie sexuelle ou orientation sexuelle",
        "de": "Sexualleben oder sexuelle Orientierung",
        "es": "vida sexual u orientación sexual", "it": "vita sessuale o orientamento sessuale",
    },
    "SC-GENETIC": {
        "en": "genetic or biometric data", "nl": "genetische of biometrische gegevens",
        "fr": "données génétiques ou biométriques", "de": "genetische oder biometrische Daten",
        "es": "datos genéticos o biométricos", "it": "dati genetici o biometrici",
    },
    "SC-CRIMINAL": {
        "en": "criminal record", "nl": "strafrechtelijk verleden", "fr": "casier judiciaire",
        "de": "Vorstrafen", "es": "antecedentes penales", "it": "precedenti penali",
    },
    "QI-AGE": {
        "en": "exact age", "nl": "exacte leeftijd", "fr": "âge exact", "de": "genaues Alter",
        "es": "edad exacta", "it": "età esatta",
    },
    "QI-BIRTH-YEAR": {
        "en": "year of birth", "nl": "geboortejaar", "fr": "année de naissance",
        "de": "Geburtsjahr", "es": "año de nacimiento", "it": "anno di nascita",
    },
    "QI-BIRTHPLACE": {
        "en": "place of birth", "nl": "geboorteplaats", "fr": "lieu de naissance",
        "de": "Geburtsort", "es": "lugar de nacimiento", "it": "luogo di nascita",
    },
    "QI-EMPLOYER": {
        "en": "employer", "nl": "werkgever", "fr": "employeur", "de": "Arbeitgeber",
        "es": "empleador", "it": "datore di lavoro",
    },
    "QI-SCHOOL": {
        "en": "school or university name", "nl": "naam van school of universiteit",
        "fr": "nom de l'école ou de l'université", "de": "Namen der Schule oder Hochschule",
        "es": "nombre del centro de estudios", "it": "nome della scuola o dell'università",
    },
    "PD-ROOM": {
        "en": "hotel room, seat or locker number", "nl": "hotelkamer-, stoel- of kluisnummer",
        "fr": "numéro de chambre, de siège ou de casier",
        "de": "Zimmer-, Sitzplatz- oder Schließfachnummer",
        "es": "número de habitación, asiento o taquilla",
        "it": "numero di camera, posto o armadietto",
    },
    "PD-PARTIAL-ID": {
        "en": "part of an identifier (such as the last digits of a number)",
        "nl": "deel van een identificerend nummer (zoals de laatste cijfers)",
        "fr": "partie d'un identifiant (comme les derniers chiffres d'un numéro)",
        "de": "Teile einer Kennung (etwa die letzten Ziffern einer Nummer)",
        "es": "parte de un identificador (como los últimos dígitos de un número)",
        "it": "parte di un identificativo (come le ultime cifre di un numero)",
    },
    "PD-VISIT-TIME": {
        "en": "exact time of their visit", "nl": "exacte tijdstip van hun bezoek",
        "fr": "heure exacte de leur visite", "de": "genaue Uhrzeit des Besuchs",
        "es": "hora exacta de su visita", "it": "orario esatto della visita",
    },
    "PD-BODY": {
        "en": "exact height or weight", "nl": "exacte lengte of gewicht",
        "fr": "taille ou poids exacts", "de": "genaue Körpergröße oder das Gewicht",
        "es": "estatura o peso exactos", "it": "altezza o peso esatti",
    },
    "PD-EMPLOYMENT": {
        "en": "job title together with their employer", "nl": "functie samen met hun werkgever",
        "fr": "poste avec le nom de leur employeur", "de": "Position samt Arbeitgeber",
        "es": "puesto junto con su empleador", "it": "ruolo insieme al datore di lavoro",
    },
    "QI-HOMETOWN": {
        "en": "home town or city", "nl": "woonplaats", "fr": "ville ou commune de résidence",
        "de": "Wohnort", "es": "ciudad o pueblo de residencia", "it": "città o comune di residenza",
    },
    "QI-PART-OF-DAY": {
        "en": "part of the day of their visit", "nl": "dagdeel van hun bezoek",
        "fr": "moment de la journée de leur visite", "de": "Tageszeit des Besuchs",
        "es": "momento del día de su visita", "it": "momento della giornata della visita",
    },
}  # fmt: skip

TEMPLATES: dict[str, dict[str, str]] = {
    "personal-data": {
        "en": "Asks respondents for their {label}. This is personal data, and the study's "
        "privacy policy does not allow museums to ask for it.",
        "nl": "Vraagt respondenten naar hun {label}. Dat zijn persoonsgegevens, en het "
        "privacybeleid van het onderzoek staat musea niet toe daarnaar te vragen.",
        "fr": "Demande aux répondants leur {label}. Ce sont des données personnelles, et la "
        "politique de confidentialité de l'étude interdit aux musées de les demander.",
        "de": "Fragt die Befragten nach personenbezogenen Daten ({label}). Die "
        "Datenschutzrichtlinie der Studie erlaubt Museen nicht, danach zu fragen.",
        "es": "Pide a los encuestados su {label}. Son datos personales, y la política de "
        "privacidad del estudio no permite a los museos pedirlos.",
        "it": "Chiede ai rispondenti dati personali ({label}). L'informativa sulla privacy "
        "dello studio non consente ai musei di chiederli.",
    },
    "special-category": {
        "en": "Asks respondents about their {label}: a special category of personal data under "
        "the GDPR. Sento staff must approve this question.",
        "nl": "Vraagt respondenten naar hun {label}: een bijzondere categorie persoonsgegevens "
        "volgens de AVG. Sento moet deze vraag goedkeuren.",
        "fr": "Interroge les répondants sur leur {label} : une catégorie particulière de "
        "données personnelles au sens du RGPD. L'équipe Sento doit approuver cette question.",
        "de": "Fragt die Befragten nach einer besonderen Kategorie personenbezogener Daten "
        "nach der DSGVO ({label}). Sento muss diese Frage freigeben.",
        "es": "Pregunta a los encuestados por su {label}: una categoría especial de datos "
        "personales según el RGPD. El equipo de Sento debe aprobar esta pregunta.",
        "it": "Chiede ai rispondenti una categoria particolare di dati personali secondo il "
        "GDPR ({label}). Lo staff Sento deve approvare questa domanda.",
    },
    "quasi-identifier": {
        "en": "Asks respondents for their {label}. Combined with other answers this can "
        "identify a person. Sento staff must approve this question.",
        "nl": "Vraagt respondenten naar hun {label}. In combinatie met andere antwoorden kan "
        "dat iemand identificeren. Sento moet deze vraag goedkeuren.",
        "fr": "Demande aux répondants leur {label}. Combiné à d'autres réponses, cela peut "
        "identifier une personne. L'équipe Sento doit approuver cette question.",
        "de": "Fragt die Befragten nach einem Merkmal ({label}), das zusammen mit anderen "
        "Antworten eine Person identifizierbar machen kann. Sento muss diese Frage freigeben.",
        "es": "Pide a los encuestados su {label}. Junto con otras respuestas puede identificar "
        "a una persona. El equipo de Sento debe aprobar esta pregunta.",
        "it": "Chiede ai rispondenti un dato ({label}) che, insieme ad altre risposte, può "
        "identificare una persona. Lo staff Sento deve approvare questa domanda.",
    },
}

SUGGESTIONS: dict[str, dict[str, str]] = {
    "PD-NAME": {
        "en": "Remove the question: the survey is anonymous and every response already has a "
        "random id, so no name is needed.",
        "nl": "Verwijder de vraag: de enquête is anoniem en elk antwoord heeft al een "
        "willekeurige id, dus een naam is niet nodig.",
        "fr": "Supprimez la question : l'enquête est anonyme et chaque réponse a déjà un "
        "identifiant aléatoire, un nom n'est donc pas nécessaire.",
        "de": "Entfernen Sie die Frage: Die Umfrage ist anonym und jede Antwort hat bereits "
        "eine zufällige Kennung, ein Name ist also nicht nötig.",
        "es": "Elimine la pregunta: la encuesta es anónima y cada respuesta ya tiene un "
        "identificador aleatorio, así que no hace falta ningún nombre.",
        "it": "Elimini la domanda: il questionario è anonimo e ogni risposta ha già un "
        "identificativo casuale, quindi il nome non serve.",
    },
    "PD-EMAIL": {
        "en": "Remove the question. To offer a newsletter or a prize draw, link to a separate "
        "sign-up page on the museum's website after the survey.",
        "nl": "Verwijder de vraag. Wilt u een nieuwsbrief of prijsvraag aanbieden, verwijs dan "
        "na de enquête naar een aparte aanmeldpagina op de website van het museum.",
        "fr": "Supprimez la question. Pour proposer une newsletter ou un tirage au sort, "
        "renvoyez après l'enquête vers une page d'inscription distincte du site du musée.",
        "de": "Entfernen Sie die Frage. Für Newsletter oder Gewinnspiel verlinken Sie nach der "
        "Umfrage auf eine eigene Anmeldeseite der Museumswebsite.",
        "es": "Elimine la pregunta. Para ofrecer un boletín o un sorteo, enlace después de la "
        "encuesta a una página de registro aparte en la web del museo.",
        "it": "Elimini la domanda. Per offrire una newsletter o un'estrazione a premi, "
        "rimandi dopo il questionario a una pagina di iscrizione separata sul sito del museo.",
    },
    "PD-PHONE": {
        "en": "Remove the question. If visitors want to be called back, point them to the "
        "museum's own contact page after the survey.",
        "nl": "Verwijder de vraag. Willen bezoekers teruggebeld worden, verwijs dan na de "
        "enquête naar de contactpagina van het museum.",
        "fr": "Supprimez la question. Si des visiteurs veulent être rappelés, renvoyez-les "
        "après l'enquête vers la page de contact du musée.",
        "de": "Entfernen Sie die Frage. Wer zurückgerufen werden möchte, findet nach der "
        "Umfrage einen Link zur Kontaktseite des Museums.",
        "es": "Elimine la pregunta. Si los visitantes quieren que les llamen, remítalos "
        "después de la encuesta a la página de contacto del museo.",
        "it": "Elimini la domanda. Se i visitatori vogliono essere richiamati, li rimandi dopo "
        "il questionario alla pagina contatti del museo.",
    },
    "PD-ADDRESS": {
        "en": "Ask for the country or region of residence instead of an address.",
        "nl": "Vraag naar het land of de regio waar men woont in plaats van naar een adres.",
        "fr": "Demandez le pays ou la région de résidence plutôt qu'une adresse.",
        "de": "Fragen Sie nach Wohnland oder Region statt nach einer Anschrift.",
        "es": "Pregunte por el país o la región de residencia en lugar de una dirección.",
        "it": "Chieda il paese o la regione di residenza invece dell'indirizzo.",
    },
    "PD-POSTCODE": {
        "en": "Ask for the region, or only the first two digits of the postcode, instead of "
        "the full postcode.",
        "nl": "Vraag naar de regio, of alleen de eerste twee cijfers van de postcode, in "
        "plaats van de volledige postcode.",
        "fr": "Demandez la région, ou seulement les deux premiers chiffres du code postal, "
        "plutôt que le code postal complet.",
        "de": "Fragen Sie nach der Region oder nur nach den ersten zwei Ziffern der "
        "Postleitzahl statt nach der vollständigen Postleitzahl.",
        "es": "Pregunte por la región, o solo por los dos primeros dígitos del código postal, "
        "en lugar del código completo.",
        "it": "Chieda la regione, o solo le prime due cifre del CAP, invece del codice "
        "postale completo.",
    },
    "PD-BIRTHDATE": {
        "en": "Ask for an age band (for example under 18, 18–24, 25–34, …, 65+) instead of a "
        "date of birth.",
        "nl": "Vraag naar een leeftijdscategorie (bijvoorbeeld jonger dan 18, 18–24, 25–34, …, "
        "65+) in plaats van een geboortedatum.",
        "fr": "Demandez une tranche d'âge (par exemple moins de 18 ans, 18–24, 25–34, …, 65+) "
        "plutôt qu'une date de naissance.",
        "de": "Fragen Sie nach einer Altersgruppe (zum Beispiel unter 18, 18–24, 25–34, …, "
        "65+) statt nach dem Geburtsdatum.",
        "es": "Pregunte por un tramo de edad (por ejemplo menos de 18, 18–24, 25–34, …, 65+) "
        "en lugar de la fecha de nacimiento.",
        "it": "Chieda una fascia d'età (per esempio meno di 18, 18–24, 25–34, …, 65+) invece "
        "della data di nascita.",
    },
    "PD-NATIONAL-ID": {
        "en": "Remove the question: identity documents and numbers are never needed for a "
        "visitor survey.",
        "nl": "Verwijder de vraag: identiteitsbewijzen en -nummers zijn nooit nodig voor een "
        "bezoekersonderzoek.",
        "fr": "Supprimez la question : une pièce ou un numéro d'identité n'est jamais "
        "nécessaire pour une enquête auprès des visiteurs.",
        "de": "Entfernen Sie die Frage: Ausweise und Identifikationsnummern braucht eine "
        "Besucherbefragung nie.",
        "es": "Elimine la pregunta: una encuesta de visitantes nunca necesita documentos ni "
        "números de identidad.",
        "it": "Elimini la domanda: un'indagine sui visitatori non ha mai bisogno di documenti o "
        "numeri d'identità.",
    },
    "PD-BANK": {
        "en": "Remove the question: refunds and payments go through the museum's ticket "
        "office, never through the survey.",
        "nl": "Verwijder de vraag: terugbetalingen en betalingen lopen via de kassa van het "
        "museum, nooit via de enquête.",
        "fr": "Supprimez la question : remboursements et paiements passent par la billetterie "
        "du musée, jamais par l'enquête.",
        "de": "Entfernen Sie die Frage: Erstattungen und Zahlungen laufen über die Museumskasse, "
        "nie über die Umfrage.",
        "es": "Elimine la pregunta: los reembolsos y pagos se gestionan en la taquilla del "
        "museo, nunca en la encuesta.",
        "it": "Elimini la domanda: rimborsi e pagamenti passano dalla biglietteria del museo, "
        "mai dal questionario.",
    },
    "PD-PLATE": {
        "en": "Ask how the respondent travelled (car, public transport, bicycle, on foot) "
        "instead of a licence plate.",
        "nl": "Vraag hoe de respondent reisde (auto, openbaar vervoer, fiets, te voet) in "
        "plaats van naar het kenteken.",
        "fr": "Demandez le mode de transport (voiture, transports en commun, vélo, à pied) "
        "plutôt que la plaque d'immatriculation.",
        "de": "Fragen Sie nach dem Verkehrsmittel (Auto, ÖPNV, Fahrrad, zu Fuß) statt nach dem "
        "Kennzeichen.",
        "es": "Pregunte cómo llegó (coche, transporte público, bicicleta, a pie) en lugar de "
        "la matrícula.",
        "it": "Chieda come è arrivato (auto, mezzi pubblici, bicicletta, a piedi) invece della "
        "targa.",
    },
    "PD-SOCIAL": {
        "en": "Ask which social media the respondent uses, as a list of platforms, not their "
        "handle or profile.",
        "nl": "Vraag welke sociale media de respondent gebruikt, als lijst van platforms, niet "
        "naar een gebruikersnaam of profiel.",
        "fr": "Demandez quels réseaux sociaux le répondant utilise, sous forme de liste, pas "
        "son pseudonyme ni son profil.",
        "de": "Fragen Sie mit einer Liste von Plattformen, welche sozialen Medien genutzt "
        "werden, nicht nach Benutzername oder Profil.",
        "es": "Pregunte qué redes sociales usa, con una lista de plataformas, no su usuario ni "
        "su perfil.",
        "it": "Chieda quali social usa, con un elenco di piattaforme, non il nome utente o il "
        "profilo.",
    },
    "PD-IP": {
        "en": "Remove the question: the platform never records IP addresses or device ids.",
        "nl": "Verwijder de vraag: het platform registreert nooit IP-adressen of apparaat-ID's.",
        "fr": "Supprimez la question : la plateforme n'enregistre jamais d'adresse IP ni "
        "d'identifiant d'appareil.",
        "de": "Entfernen Sie die Frage: Die Plattform speichert nie IP-Adressen oder "
        "Gerätekennungen.",
        "es": "Elimine la pregunta: la plataforma nunca registra direcciones IP ni "
        "identificadores de dispositivos.",
        "it": "Elimini la domanda: la piattaforma non registra mai indirizzi IP o "
        "identificativi di dispositivi.",
    },
    "PD-PHOTO": {
        "en": "Remove the upload: ask respondents to describe the moment, or to pick their "
        "favourite artwork from a list.",
        "nl": "Verwijder de upload: vraag respondenten het moment te beschrijven, of hun "
        "favoriete kunstwerk uit een lijst te kiezen.",
        "fr": "Supprimez l'envoi de photo : demandez de décrire le moment, ou de choisir "
        "l'œuvre préférée dans une liste.",
        "de": "Entfernen Sie den Upload: Lassen Sie den Moment beschreiben oder das "
        "Lieblingswerk aus einer Liste wählen.",
        "es": "Elimine la subida de fotos: pida que describan el momento o que elijan su obra "
        "favorita de una lista.",
        "it": "Elimini il caricamento: chieda di descrivere il momento o di scegliere l'opera "
        "preferita da un elenco.",
    },
    "PD-SIGNATURE": {
        "en": "Remove the signature: taking part in the survey is consent enough; nothing needs "
        "to be signed.",
        "nl": "Verwijder de handtekening: deelnemen aan de enquête is voldoende toestemming; er "
        "hoeft niets ondertekend te worden.",
        "fr": "Supprimez la signature : participer à l'enquête suffit comme consentement ; rien "
        "ne doit être signé.",
        "de": "Entfernen Sie die Unterschrift: Die Teilnahme an der Umfrage genügt als "
        "Einwilligung; nichts muss unterschrieben werden.",
        "es": "Elimine la firma: participar en la encuesta ya es consentimiento suficiente; no "
        "hay que firmar nada.",
        "it": "Elimini la firma: partecipare al questionario è consenso sufficiente; non serve "
        "firmare nulla.",
    },
    "PD-ACCOUNT": {
        "en": "Ask whether the respondent has a membership, museum pass or which ticket type "
        "they used (yes/no or a list), not its number.",
        "nl": "Vraag of de respondent lid is, een museumpas heeft of welk tickettype hij "
        "gebruikte (ja/nee of een lijst), niet naar het nummer.",
        "fr": "Demandez si le répondant est adhérent, a un pass musées ou quel type de billet "
        "il a utilisé (oui/non ou liste), pas son numéro.",
        "de": "Fragen Sie, ob eine Mitgliedschaft oder Museumskarte besteht oder welcher "
        "Tickettyp genutzt wurde (ja/nein oder Liste), nicht nach der Nummer.",
        "es": "Pregunte si es socio, tiene un pase de museos o qué tipo de entrada usó (sí/no "
        "o una lista), no el número.",
        "it": "Chieda se è socio, se ha una tessera musei o quale tipo di biglietto ha usato "
        "(sì/no o un elenco), non il numero.",
    },
    "PD-CONTACT": {
        "en": "Remove the request: the survey is anonymous. Point respondents who want to be "
        "contacted to the museum's own contact page.",
        "nl": "Verwijder het verzoek: de enquête is anoniem. Verwijs respondenten die contact "
        "willen naar de contactpagina van het museum.",
        "fr": "Supprimez la demande : l'enquête est anonyme. Renvoyez les répondants qui "
        "souhaitent être contactés vers la page de contact du musée.",
        "de": "Entfernen Sie die Bitte: Die Umfrage ist anonym. Wer Kontakt wünscht, wird auf "
        "die Kontaktseite des Museums verwiesen.",
        "es": "Elimine la petición: la encuesta es anónima. Remita a quien quiera ser "
        "contactado a la página de contacto del museo.",
        "it": "Elimini la richiesta: il questionario è anonimo. Rimandi chi desidera essere "
        "contattato alla pagina contatti del museo.",
    },
    "SC-HEALTH": {
        "en": "Ask about the museum instead, for example 'How accessible did you find the "
        "museum?', rather than about the respondent's health.",
        "nl": "Vraag liever naar het museum, bijvoorbeeld 'Hoe toegankelijk vond u het "
        "museum?', dan naar de gezondheid van de respondent.",
        "fr": "Interrogez plutôt sur le musée, par exemple « Avez-vous trouvé le musée "
        "accessible ? », que sur la santé du répondant.",
        "de": "Fragen Sie lieber nach dem Museum, etwa „Wie barrierefrei fanden Sie das "
        "Museum?“, statt nach der Gesundheit der Befragten.",
        "es": "Pregunte mejor por el museo, por ejemplo «¿Le pareció accesible el museo?», en "
        "lugar de por la salud del encuestado.",
        "it": "Chieda piuttosto del museo, per esempio «Quanto ha trovato accessibile il "
        "museo?», invece che della salute del rispondente.",
    },
    "SC-RELIGION": {
        "en": "Ask about interest in the exhibition's religious themes, not about the "
        "respondent's own religion or beliefs.",
        "nl": "Vraag naar interesse in de religieuze thema's van de tentoonstelling, niet naar "
        "het eigen geloof van de respondent.",
        "fr": "Interrogez sur l'intérêt pour les thèmes religieux de l'exposition, pas sur la "
        "religion du répondant.",
        "de": "Fragen Sie nach dem Interesse an den religiösen Themen der Ausstellung, nicht "
        "nach der eigenen Religion.",
        "es": "Pregunte por el interés en los temas religiosos de la exposición, no por la "
        "religión del encuestado.",
        "it": "Chieda dell'interesse per i temi religiosi della mostra, non della religione "
        "del rispondente.",
    },
    "SC-ETHNICITY": {
        "en": "Drop the question, or ask for the country of residence or the language of the "
        "visit instead.",
        "nl": "Laat de vraag weg, of vraag naar het woonland of de taal van het bezoek.",
        "fr": "Supprimez la question, ou demandez plutôt le pays de résidence ou la langue de "
        "la visite.",
        "de": "Streichen Sie die Frage oder fragen Sie nach Wohnland oder Sprache des Besuchs.",
        "es": "Elimine la pregunta, o pregunte por el país de residencia o el idioma de la visita.",
        "it": "Elimini la domanda, o chieda il paese di residenza o la lingua della visita.",
    },
    "SC-POLITICS": {
        "en": "Ask for opinions about the exhibition and its themes, not about political views "
        "or voting.",
        "nl": "Vraag naar meningen over de tentoonstelling en haar thema's, niet naar "
        "politieke voorkeur of stemgedrag.",
        "fr": "Demandez des avis sur l'exposition et ses thèmes, pas sur les opinions "
        "politiques ou le vote.",
        "de": "Fragen Sie nach Meinungen zur Ausstellung und ihren Themen, nicht nach "
        "politischer Einstellung oder Wahlverhalten.",
        "es": "Pregunte opiniones sobre la exposición y sus temas, no sobre ideas políticas ni "
        "voto.",
        "it": "Chieda opinioni sulla mostra e sui suoi temi, non su idee politiche o voto.",
    },
    "SC-UNION": {
        "en": "Drop the question: trade union membership is never needed for a visitor survey.",
        "nl": "Laat de vraag weg: vakbondslidmaatschap is nooit nodig voor een bezoekersonderzoek.",
        "fr": "Supprimez la question : l'appartenance syndicale n'est jamais nécessaire pour "
        "une enquête auprès des visiteurs.",
        "de": "Streichen Sie die Frage: Gewerkschaftszugehörigkeit braucht eine "
        "Besucherbefragung nie.",
        "es": "Elimine la pregunta: la afiliación sindical nunca es necesaria en una encuesta "
        "de visitantes.",
        "it": "Elimini la domanda: l'appartenenza sindacale non serve mai in un'indagine sui "
        "visitatori.",
    },
    "SC-SEXUAL": {
        "en": "Ask about the exhibition, for example how it represents LGBTQ+ stories, not "
        "about the respondent's orientation.",
        "nl": "Vraag naar de tentoonstelling, bijvoorbeeld hoe die lhbtiq+-verhalen laat zien, "
        "niet naar de geaardheid van de respondent.",
        "fr": "Interrogez sur l'exposition, par exemple sa représentation des histoires "
        "LGBTQ+, pas sur l'orientation du répondant.",
        "de": "Fragen Sie nach der Ausstellung, etwa wie sie LGBTQ+-Geschichten zeigt, nicht "
        "nach der Orientierung der Befragten.",
        "es": "Pregunte por la exposición, por ejemplo cómo representa historias LGBTQ+, no "
        "por la orientación del encuestado.",
        "it": "Chieda della mostra, per esempio come rappresenta le storie LGBTQ+, non "
        "dell'orientamento del rispondente.",
    },
    "SC-GENETIC": {
        "en": "Remove the request: genetic and biometric data are never needed for a visitor "
        "survey.",
        "nl": "Verwijder het verzoek: genetische en biometrische gegevens zijn nooit nodig voor "
        "een bezoekersonderzoek.",
        "fr": "Supprimez la demande : les données génétiques et biométriques ne sont jamais "
        "nécessaires pour une enquête auprès des visiteurs.",
        "de": "Entfernen Sie die Bitte: Genetische und biometrische Daten braucht eine "
        "Besucherbefragung nie.",
        "es": "Elimine la petición: los datos genéticos y biométricos nunca son necesarios en "
        "una encuesta de visitantes.",
        "it": "Elimini la richiesta: i dati genetici e biometrici non servono mai in "
        "un'indagine sui visitatori.",
    },
    "SC-CRIMINAL": {
        "en": "Remove the question: criminal records are never needed for a visitor survey.",
        "nl": "Verwijder de vraag: een strafrechtelijk verleden is nooit relevant voor een "
        "bezoekersonderzoek.",
        "fr": "Supprimez la question : le casier judiciaire n'est jamais nécessaire pour une "
        "enquête auprès des visiteurs.",
        "de": "Entfernen Sie die Frage: Vorstrafen braucht eine Besucherbefragung nie.",
        "es": "Elimine la pregunta: los antecedentes penales nunca son necesarios en una "
        "encuesta de visitantes.",
        "it": "Elimini la domanda: i precedenti penali non servono mai in un'indagine sui "
        "visitatori.",
    },
    "QI-AGE": {
        "en": "Offer age bands (for example under 18, 18–24, 25–34, …, 65+) instead of asking "
        "for an exact age.",
        "nl": "Bied leeftijdscategorieën aan (bijvoorbeeld jonger dan 18, 18–24, 25–34, …, "
        "65+) in plaats van naar de exacte leeftijd te vragen.",
        "fr": "Proposez des tranches d'âge (par exemple moins de 18 ans, 18–24, 25–34, …, 65+) "
        "plutôt que l'âge exact.",
        "de": "Bieten Sie Altersgruppen an (zum Beispiel unter 18, 18–24, 25–34, …, 65+) statt "
        "nach dem genauen Alter zu fragen.",
        "es": "Ofrezca tramos de edad (por ejemplo menos de 18, 18–24, 25–34, …, 65+) en lugar "
        "de la edad exacta.",
        "it": "Proponga fasce d'età (per esempio meno di 18, 18–24, 25–34, …, 65+) invece "
        "dell'età esatta.",
    },
    "QI-BIRTH-YEAR": {
        "en": "Offer age bands instead of asking for the year of birth.",
        "nl": "Bied leeftijdscategorieën aan in plaats van naar het geboortejaar te vragen.",
        "fr": "Proposez des tranches d'âge plutôt que l'année de naissance.",
        "de": "Bieten Sie Altersgruppen an statt nach dem Geburtsjahr zu fragen.",
        "es": "Ofrezca tramos de edad en lugar del año de nacimiento.",
        "it": "Proponga fasce d'età invece dell'anno di nascita.",
    },
    "QI-BIRTHPLACE": {
        "en": "Ask for the country of residence instead of the place of birth.",
        "nl": "Vraag naar het woonland in plaats van de geboorteplaats.",
        "fr": "Demandez le pays de résidence plutôt que le lieu de naissance.",
        "de": "Fragen Sie nach dem Wohnland statt nach dem Geburtsort.",
        "es": "Pregunte por el país de residencia en lugar del lugar de nacimiento.",
        "it": "Chieda il paese di residenza invece del luogo di nascita.",
    },
    "QI-EMPLOYER": {
        "en": "Ask for the sector or occupation group instead of the employer's name.",
        "nl": "Vraag naar de sector of beroepsgroep in plaats van de naam van de werkgever.",
        "fr": "Demandez le secteur ou la catégorie professionnelle plutôt que le nom de "
        "l'employeur.",
        "de": "Fragen Sie nach Branche oder Berufsgruppe statt nach dem Arbeitgeber.",
        "es": "Pregunte por el sector o el grupo profesional en lugar del nombre del empleador.",
        "it": "Chieda il settore o la categoria professionale invece del nome del datore di "
        "lavoro.",
    },
    "QI-SCHOOL": {
        "en": "Ask for the type or level of education (primary, secondary, higher) instead of "
        "the name of the school.",
        "nl": "Vraag naar het soort of niveau van onderwijs (basis, voortgezet, hoger) in "
        "plaats van de naam van de school.",
        "fr": "Demandez le type ou le niveau d'études (primaire, secondaire, supérieur) plutôt "
        "que le nom de l'établissement.",
        "de": "Fragen Sie nach Schulform oder Bildungsstufe (Grundschule, weiterführende "
        "Schule, Hochschule) statt nach dem Namen der Schule.",
        "es": "Pregunte por el tipo o nivel de estudios (primaria, secundaria, superior) en "
        "lugar del nombre del centro.",
        "it": "Chieda il tipo o il livello di istruzione (primaria, secondaria, universitaria) "
        "invece del nome della scuola.",
    },
    "PD-ROOM": {
        "en": "Ask about the experience (comfort, view, distance) without a room, seat or "
        "locker number.",
        "nl": "Vraag naar de ervaring (comfort, zicht, afstand) zonder kamer-, stoel- of "
        "kluisnummer.",
        "fr": "Interrogez sur l'expérience (confort, vue, distance) sans numéro de chambre, de "
        "siège ou de casier.",
        "de": "Fragen Sie nach dem Erlebnis (Komfort, Sicht, Entfernung) ohne Zimmer-, Platz- "
        "oder Schließfachnummer.",
        "es": "Pregunte por la experiencia (comodidad, vista, distancia) sin número de "
        "habitación, asiento o taquilla.",
        "it": "Chieda dell'esperienza (comodità, vista, distanza) senza numero di camera, posto "
        "o armadietto.",
    },
    "PD-PARTIAL-ID": {
        "en": "Do not ask for any part of a phone, card or other identifying number.",
        "nl": "Vraag geen enkel deel van een telefoon-, kaart- of ander identificerend nummer.",
        "fr": "Ne demandez aucune partie d'un numéro de téléphone, de carte ou d'un autre "
        "identifiant.",
        "de": "Fragen Sie keinen Teil einer Telefon-, Karten- oder anderen Kennnummer ab.",
        "es": "No pida ninguna parte de un número de teléfono, tarjeta u otro identificador.",
        "it": "Non chieda alcuna parte di un numero di telefono, di carta o di altro "
        "identificativo.",
    },
    "PD-VISIT-TIME": {
        "en": "Ask for the part of the day (morning, afternoon, evening) instead of a clock time.",
        "nl": "Vraag naar het dagdeel (ochtend, middag, avond) in plaats van een tijdstip.",
        "fr": "Demandez le moment de la journée (matin, après-midi, soir) plutôt qu'une heure.",
        "de": "Fragen Sie nach der Tageszeit (Vormittag, Nachmittag, Abend) statt nach der "
        "Uhrzeit.",
        "es": "Pregunte por el momento del día (mañana, tarde, noche) en lugar de una hora.",
        "it": "Chieda il momento della giornata (mattina, pomeriggio, sera) invece di un orario.",
    },
    "PD-BODY": {
        "en": "Do not ask for height or weight; if the museum needs it, ask about a concrete "
        "need (for example seating) instead.",
        "nl": "Vraag niet naar lengte of gewicht; vraag zo nodig naar een concrete behoefte "
        "(bijvoorbeeld een zitplaats).",
        "fr": "Ne demandez ni la taille ni le poids ; interrogez plutôt sur un besoin concret "
        "(par exemple une assise).",
        "de": "Fragen Sie nicht nach Größe oder Gewicht, sondern nach einem konkreten Bedarf "
        "(etwa Sitzgelegenheiten).",
        "es": "No pregunte por la estatura ni el peso; pregunte en su lugar por una necesidad "
        "concreta (por ejemplo, asientos).",
        "it": "Non chieda altezza o peso; chieda piuttosto di un'esigenza concreta (ad esempio "
        "posti a sedere).",
    },
    "PD-EMPLOYMENT": {
        "en": "Ask for the sector or occupation group, not the job title at a named employer.",
        "nl": "Vraag naar de sector of beroepsgroep, niet naar de functie bij een genoemde "
        "werkgever.",
        "fr": "Demandez le secteur ou la catégorie professionnelle, pas le poste chez un "
        "employeur nommé.",
        "de": "Fragen Sie nach Branche oder Berufsgruppe, nicht nach der Position bei einem "
        "genannten Arbeitgeber.",
        "es": "Pregunte por el sector o el grupo profesional, no por el puesto en un empleador "
        "concreto.",
        "it": "Chieda il settore o la categoria professionale, non il ruolo presso un datore di "
        "lavoro nominato.",
    },
    "QI-HOMETOWN": {
        "en": "Ask for the country or region, or the distance travelled, instead of the town.",
        "nl": "Vraag naar land of provincie, of de reisafstand, in plaats van de woonplaats.",
        "fr": "Demandez le pays ou la région, ou la distance parcourue, plutôt que la commune.",
        "de": "Fragen Sie nach Land oder Bundesland oder der Anreisedauer statt nach dem Wohnort.",
        "es": "Pregunte por el país o la región, o la distancia recorrida, en lugar de la "
        "localidad.",
        "it": "Chieda il paese o la regione, o la distanza percorsa, invece del comune.",
    },
    "QI-PART-OF-DAY": {
        "en": "Ask whether the visit fitted the opening hours, or drop the question: the part of "
        "the day narrows down who answered.",
        "nl": "Vraag of het bezoek bij de openingstijden paste, of laat de vraag weg: het dagdeel "
        "verkleint de groep van wie het antwoord kan zijn.",
        "fr": "Demandez si la visite convenait aux horaires, ou supprimez la question : le "
        "moment de la journée réduit le cercle des répondants possibles.",
        "de": "Fragen Sie, ob die Öffnungszeiten passten, oder verzichten Sie auf die Frage: "
        "die Tageszeit grenzt ein, wer geantwortet hat.",
        "es": "Pregunte si el horario le convino, o suprima la pregunta: el momento del día "
        "reduce quién pudo responder.",
        "it": "Chieda se l'orario era comodo, o tolga la domanda: il momento della giornata "
        "restringe chi può aver risposto.",
    },
}


def resolve_locale(locale: str | None) -> str:
    """Return a supported locale for ``locale`` ("fr_BE" → "fr"), falling back to English."""
    if not locale:
        return DEFAULT_LOCALE
    short = locale.replace("-", "_").split("_", 1)[0].lower()
    return short if short in LOCALES else DEFAULT_LOCALE


def message_for(code: str, group: str, locale: str) -> str:
    return TEMPLATES[group][locale].format(label=LABELS[code][locale])


def suggestion_for(code: str, locale: str) -> str:
    return SUGGESTIONS[code][locale]
