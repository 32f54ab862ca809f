"""Lexicons of the personal-data linter, in English, Dutch, French, German, Spanish and Italian.

Terms are written as people write them (accents, hyphens, capitals); they pass through the same
normaliser as question text when the linter loads, so each term needs only one spelling here.

Each line of a ``TERMS`` block reads ``CODE need: term | term | ...``; a line starting with "|"
continues the one before. ``need`` says how strongly a
term must be tied to the respondent before it counts (see ``linter.py``):

0  the term itself is a request for personal data ("date of birth", "BSN"): reported unless it
   clearly belongs to someone else (the museum, an artist, an artwork) or is negated;
1  reported when the respondent is addressed in the same clause ("do you have a disability?"),
   or the field is a bare label;
2  reported only when tied closely: a possessive right before it ("your name"), a request verb
   ("enter name"), a question about its value ("what is your ...") or a bare label;
3  as 2, but a possessive alone is not enough, because the word usually names a thing or a
   channel ("your phone" is a device; "your phone number" is a request).

Languages are not separated at run time: questions mix languages and detection is unreliable on
one-line questions, so every lexicon applies to every question.
"""

from __future__ import annotations

TERMS = r"""
# ---------------------------------------------------------------- personal data: names
PD-NAME 0: who am i speaking to | who am i talking to | met wie spreek ik | met wie heb ik
    | mit wem spreche ich | mit wem habe ich | à qui ai-je l'honneur | à qui ai-je affaire
    | con quién hablo | con quién tengo el gusto | con chi sto parlando | con chi parlo
PD-NAME 0: nominativo | name of respondent | name of the respondent | full name | first name
    | first names | last name | surname | family name | given name
    | forename | maiden name | christian name | birth name | first and last name | name and surname
    | real name
PD-NAME 0: voornaam | voornamen | achternaam | familienaam | volledige naam | meisjesnaam | roepnaam
    | geboortenaam | voor- en achternaam | naam en voornaam
PD-NAME 0: prénom | prénoms | nom de famille | nom complet | nom et prénom | nom prénom
    | nom de jeune fille | nom de naissance
PD-NAME 0: Vorname | Vornamen | Nachname | Familienname | vollständiger Name | vollständigen Namen
    | Rufname | Geburtsname | Mädchenname | Zuname
PD-NAME 0: apellido | apellidos | nombre completo | nombre y apellido | nombre y apellidos
    | primer apellido | segundo apellido | nombre de pila
PD-NAME 0: cognome | nome e cognome | nome completo | nome di battesimo | cognome e nome
PD-NAME 2: name | names | naam | namen | nom | noms | Namen | nombre | nombres | nome | nomi
    | initials | initialen | initiales | iniciales | iniziali | nickname | bijnaam | Spitzname
    | surnom | apodo | soprannome
# ---------------------------------------------------------------- e-mail
PD-EMAIL 0: email address | e-mail address | mail address | email addresses | email adress
    | e-mailadres | emailadres | mailadres | e-mailadressen | E-Mail-Adresse | E-Mail-Adressen
    | Mailadresse | E-Mail-Anschrift
PD-EMAIL 0: adresse e-mail | adresse mail | adresse électronique | adresse courriel
    | adresse de courriel | adresse de messagerie | adresse mél | adresse email
PD-EMAIL 0: dirección de correo | dirección de correo electrónico | dirección de email
    | dirección de e-mail | dirección electrónica | correo de contacto | dirección de mail
PD-EMAIL 0: indirizzo email | indirizzo e-mail | indirizzo mail | indirizzo di posta elettronica
    | indirizzo di posta | indirizzo pec | casella di posta | casella email | email id
    | email account
PD-EMAIL 2: email | e-mail | mail | emails | e-mails | courriel | mél | correo | correo electrónico
    | posta elettronica | pec | gmail | hotmail
# ---------------------------------------------------------------- phone
PD-PHONE 0: numero di contatto | contactnummer | phone number | telephone number | mobile number
    | cell number | cellphone number
    | mobile phone number | cell phone number | contact number | landline number | whatsapp number
    | phone no | tel no | tel nr | home phone | mobile no | phone numbers
PD-PHONE 0: telefoonnummer | mobiel nummer | mobiele nummer | gsm-nummer | 06-nummer | telefoonnr
    | nummer waarop | telefonisch bereikbaar
PD-PHONE 0: numéro de téléphone | numéro de portable | numéro de mobile | numéro de tél
    | numéro de gsm | n° de téléphone | n° de portable | no de téléphone | numéro de fixe
    | numéro de contact | numéro whatsapp
PD-PHONE 0: Telefonnummer | Handynummer | Mobilnummer | Rufnummer | Festnetznummer | Mobilfunknummer
    | Telefonnr | Tel.-Nr. | telefonisch erreichbar
PD-PHONE 0: número de teléfono | número de móvil | número de celular | número de contacto
    | teléfono de contacto | teléfono móvil | número de whatsapp | móvil de contacto
    | nº de teléfono
PD-PHONE 0: numero di telefono | numero di cellulare | numero telefonico | recapito telefonico
    | numero di telefonino | numero whatsapp | numero di cell | numero cellulare | n. di telefono
    | telefono di contatto
PD-PHONE 3: mobil | mob | natel | portable | number | nummer | numéro | número | numero | phone
    | telephone | mobile | cell | cellphone | mobile phone | tel | gsm | whatsapp
    | telefoon | mobiel | mobieltje | telefon | Handy | téléphone | portable | tél | teléfono
    | móvil | celular | telefono | cellulare | telefonino | cell phone
# ---------------------------------------------------------------- postal address
PD-ADDRESS 0: calle y número | calle número | calle y numero | número de la calle | piso y puerta
    | street and number | street and house number | street number | house number and street
    | straat en huisnummer | straat huisnummer | rue et numéro | numéro et rue | numéro de rue
    | Straße und Hausnummer | Straße Hausnummer | via e numero civico | numero civico
    | indirizzo di casa | indirizzo di residenza | domicilio | dirección completa
PD-ADDRESS 0: where exactly do you live | where do you live exactly | waar woont u precies
    | wo genau wohnen Sie | où habitez-vous exactement | dónde vive exactamente
    | dove abita esattamente | home address | postal address | mailing address | street address
    | residential address
    | private address | physical address | house number | street and house number | street name
    | street and number | address and postcode | full address | billing address | delivery address
PD-ADDRESS 0: woonadres | huisadres | thuisadres | postadres | privéadres | huisnummer | straatnaam
    | straat en huisnummer | adresgegevens | woonplaats en adres | volledig adres | huisnr
PD-ADDRESS 0: Wohnadresse | Privatadresse | Heimatadresse | Heimadresse | Postanschrift
    | Wohnanschrift | Hausnummer | Straßenname | Straße und Hausnummer | Meldeadresse
    | Privatanschrift | Lieferadresse | Rechnungsadresse | Hausnr
PD-ADDRESS 0: adresse postale | adresse personnelle | adresse du domicile | adresse de domicile
    | numéro de rue | adresse complète | adresse de résidence | numéro et rue
    | adresse personnelle complète
PD-ADDRESS 0: dirección postal | dirección de casa | dirección completa | número de casa
    | calle y número | nombre de la calle | dirección particular | dirección de domicilio
    | domicilio particular
PD-ADDRESS 0: indirizzo di casa | indirizzo di residenza | indirizzo postale | numero civico
    | via e numero civico | indirizzo completo | indirizzo di domicilio | indirizzo privato
PD-ADDRESS 1: Anschrift | domicilio | residenza e indirizzo
PD-ADDRESS 2: address | addresses | adres | adresse | Adresse | dirección | indirizzo | street
    | straat | Straße | rue | calle
PD-ADDRESS 3: domicile
# ---------------------------------------------------------------- postcode
PD-POSTCODE 1: postcode | post code | postal code | zip code | zipcode | postcode and house number
    | Postleitzahl | code postal | código postal | codice postale | codice di avviamento postale
    | postcodes
PD-POSTCODE 2: zip | plz | cap
# ---------------------------------------------------------------- date of birth
PD-BIRTHDATE 0: date et lieu de naissance | fecha y lugar de nacimiento | data e luogo di nascita
    | date and place of birth | Geburtsdatum und Geburtsort | geboortedatum en geboorteplaats
PD-BIRTHDATE 0: geb datum | gebdatum | geb dat | geboortedat | day of birth | month of birth
    | day and month of birth | month and year of birth | geboortemaand | Geburtsmonat
    | mois de naissance | mes de nacimiento | mese di nascita | date of birth | birth date
    | birthdate | dob | d.o.b. | geboortedatum
    | Geburtsdatum | date de naissance | fecha de nacimiento | data di nascita
    | birth day and month
PD-BIRTHDATE 2: date d'anniversaire | fecha de cumpleaños | data del compleanno
    | datum van je verjaardag | birthday date | born on | geboren op | geboren am | né le | née le
    | nacido el | nacida el | nato il | nata il | birthday | verjaardag | Geburtstag | anniversaire
    | cumpleaños | compleanno
# ---------------------------------------------------------------- national identity numbers
PD-NATIONAL-ID 0: bsn | burgerservicenummer | sofinummer | sofi-nummer | rijksregisternummer
    | rijksregister | insz | insz-nummer | numéro national | numéro de registre national
    | registre national | numéro niss | national register number | identiteitskaartnummer
    | paspoortnummer | documentnummer
PD-NATIONAL-ID 0: Steuer-ID | Steuer-Identifikationsnummer | Steueridentifikationsnummer
    | Steuernummer | Sozialversicherungsnummer | SV-Nummer | Rentenversicherungsnummer
    | Personalausweisnummer | Ausweisnummer | Reisepassnummer | Passnummer
    | Krankenversichertennummer | Versichertennummer | AHV-Nummer
PD-NATIONAL-ID 0: dni | nif | número nie | número de identidad | número de identificación
    | documento nacional de identidad | número de documento | número del dni | número de dni
    | número de pasaporte | número de la seguridad social | seguridad social | tarjeta sanitaria
    | número de identificación fiscal
PD-NATIONAL-ID 0: codice fiscale | numero di passaporto | numero del passaporto
    | numero della carta d'identità | numero di carta d'identità | numero carta d'identità
    | numero documento | numero del documento | numero di documento | tessera sanitaria
    | numero di previdenza sociale
PD-NATIONAL-ID 0: numéro de sécurité sociale | sécurité sociale | numéro sécu | carte vitale
    | numéro fiscal | numéro d'identification fiscale | numéro de passeport
    | numéro de carte d'identité | numéro avs | numéro de pièce d'identité | nir
PD-NATIONAL-ID 0: numéro de sécu | n° de sécu | numero de secu | tax code | fiscal code
    | citizen number | personal number | pps number | id-nummer | ID-Nummer | numéro d'identité
    | numero di identificazione | passport number | national insurance number | ni number
    | social security number
    | ssn | tax id | tax identification number | tax number | id number | identity number
    | id card number | identity card number | national id | national identity number
    | national identification number | citizen service number | personal identification number
    | driving licence number | driver's license number | driver license number | rijbewijsnummer
    | Führerscheinnummer | numéro de permis de conduire | número de carnet de conducir
    | numero di patente | identity document number
PD-NATIONAL-ID 2: cf | nie | nif | passport | paspoort | passeport | pasaporte | passaporto
    | Reisepass | id card
    | identity card | identiteitskaart | id-kaart | identiteitsbewijs | carte d'identité
    | pièce d'identité | Personalausweis | Ausweis | documento de identidad | carta d'identità
    | documento d'identità | documento di identità | driving licence | driver's license | rijbewijs
    | Führerschein | permis de conduire | carnet de conducir | patente di guida | eid
# ---------------------------------------------------------------- bank and payment
PD-BANK 0: iban | bank account number | bank account | bank details | banking details
    | payment details | credit card number | debit card number | sort code | cvv | cvc | swift code
    | bic code | card details | account details
PD-BANK 0: rekeningnummer | bankrekeningnummer | bankrekening | bankgegevens | creditcardnummer
    | pasnummer van uw bankpas | betaalgegevens
PD-BANK 0: Kontonummer | Bankverbindung | Bankdaten | Kreditkartennummer | Bankleitzahl | Kontodaten
    | Zahlungsdaten
PD-BANK 0: numéro de compte | rib | coordonnées bancaires | relevé d'identité bancaire
    | numéro de carte bancaire | numéro de carte de crédit | données bancaires
PD-BANK 0: número de cuenta | cuenta bancaria | datos bancarios | número de tarjeta
    | número de la tarjeta | número de tarjeta de crédito
PD-BANK 0: numero di conto | conto corrente | coordinate bancarie | dati bancari
    | numero della carta | numero di carta di credito | numero della carta di credito
PD-BANK 1: account number | card number
PD-BANK 2: pin | pin code | pincode | bank card | credit card | debit card | Kreditkarte
    | creditcard | bankpas | carte bancaire
    | carte de crédit | tarjeta de crédito | carta di credito
# ---------------------------------------------------------------- licence plate
PD-PLATE 0: reg number | reg no | car reg | licence plate | license plate | number plate
    | registration plate | licence plate number
    | license plate number | car registration | vehicle registration | car registration number
    | kenteken | kentekennummer | nummerbord | nummerplaat | Autokennzeichen | Kfz-Kennzeichen
    | Nummernschild | plaque d'immatriculation | numéro d'immatriculation | immatriculation
    | número de matrícula | matrícula del coche | matrícula del vehículo | placa del coche
    | numero di targa | targa dell'auto | targa della macchina | targa del veicolo
PD-PLATE 2: Kennzeichen | matrícula | targa | registration number
# ---------------------------------------------------------------- social media
PD-SOCIAL 0: social media handle | instagram handle | twitter handle | tiktok handle | x handle
    | username | user name | usernames | user id | userid | screen name | account name
    | profile link | link to your profile | instagram username | instagram name | facebook profile
    | linkedin profile | instagram profile | social media profile | tiktok username | profile url
    | social handle
PD-SOCIAL 0: gebruikersnaam | accountnaam | profielnaam | instagramnaam | instagramaccount
    | Benutzername | Nutzername | Profilname | Instagram-Name | Instagram-Profil | Instagram-Konto
    | nom d'utilisateur | profil instagram | nombre de usuario | usuario de instagram
    | perfil de instagram | nome utente | profilo instagram | nome instagram
PD-SOCIAL 1: instagram account | social media account | twitter account | facebook account
    | tiktok account | compte instagram | cuenta de instagram | account instagram
    | social media accounts
PD-SOCIAL 2: handle | pseudo | identifiant
PD-SOCIAL 3: instagram | insta | facebook | twitter | tiktok | linkedin | snapchat | pinterest
    | mastodon | bluesky | profile | profiel | Profil | perfil | profilo | social media | socials
    | social-media-account
PD-SOCIAL 1: facebook profile | facebook account | facebook username | facebook handle
    | facebook name | facebook page | link to your facebook | instagram profile
    | instagram account | instagram username | instagram handle | instagram name
    | instagram page | link to your instagram | tiktok profile | tiktok account
    | tiktok username | tiktok handle | tiktok name | tiktok page | link to your tiktok
    | twitter profile | twitter account | twitter username | twitter handle | twitter name
    | twitter page | link to your twitter | linkedin profile | linkedin account
    | linkedin username | linkedin handle | linkedin name | linkedin page
    | link to your linkedin | snapchat profile | snapchat account | snapchat username
    | snapchat handle | snapchat name | snapchat page | link to your snapchat | youtube profile
    | youtube account | youtube username | youtube handle | youtube name | youtube page
    | link to your youtube | threads profile | threads account | threads username
    | threads handle | threads name | threads page | link to your threads | bluesky profile
    | bluesky account | bluesky username | bluesky handle | bluesky name | bluesky page
    | link to your bluesky | mastodon profile | mastodon account | mastodon username
    | mastodon handle | mastodon name | mastodon page | link to your mastodon
    | pinterest profile | pinterest account | pinterest username | pinterest handle
    | pinterest name | pinterest page | link to your pinterest
PD-SOCIAL 1: facebook-profiel | facebookprofiel | facebook-account | facebook-naam
    | facebooknaam | facebook-gebruikersnaam | instagram-profiel | instagramprofiel
    | instagram-account | instagram-naam | instagramnaam | instagram-gebruikersnaam
    | tiktok-profiel | tiktokprofiel | tiktok-account | tiktok-naam | tiktoknaam
    | tiktok-gebruikersnaam | twitter-profiel | twitterprofiel | twitter-account | twitter-naam
    | twitternaam | twitter-gebruikersnaam | linkedin-profiel | linkedinprofiel
    | linkedin-account | linkedin-naam | linkedinnaam | linkedin-gebruikersnaam
    | snapchat-profiel | snapchatprofiel | snapchat-account | snapchat-naam | snapchatnaam
    | snapchat-gebruikersnaam | youtube-profiel | youtubeprofiel | youtube-account
    | youtube-naam | youtubenaam | youtube-gebruikersnaam | threads-profiel | threadsprofiel
    | threads-account | threads-naam | threadsnaam | threads-gebruikersnaam | bluesky-profiel
    | blueskyprofiel | bluesky-account | bluesky-naam | blueskynaam | bluesky-gebruikersnaam
    | mastodon-profiel | mastodonprofiel | mastodon-account | mastodon-naam | mastodonnaam
    | mastodon-gebruikersnaam | pinterest-profiel | pinterestprofiel | pinterest-account
    | pinterest-naam | pinterestnaam | pinterest-gebruikersnaam
PD-SOCIAL 1: facebook-Profil | facebook-Konto | facebook-Name | facebook-Account
    | facebook-Nutzername | facebook-Benutzername | instagram-Profil | instagram-Konto
    | instagram-Name | instagram-Account | instagram-Nutzername | instagram-Benutzername
    | tiktok-Profil | tiktok-Konto | tiktok-Name | tiktok-Account | tiktok-Nutzername
    | tiktok-Benutzername | twitter-Profil | twitter-Konto | twitter-Name | twitter-Account
    | twitter-Nutzername | twitter-Benutzername | linkedin-Profil | linkedin-Konto
    | linkedin-Name | linkedin-Account | linkedin-Nutzername | linkedin-Benutzername
    | snapchat-Profil | snapchat-Konto | snapchat-Name | snapchat-Account | snapchat-Nutzername
    | snapchat-Benutzername | youtube-Profil | youtube-Konto | youtube-Name | youtube-Account
    | youtube-Nutzername | youtube-Benutzername | threads-Profil | threads-Konto | threads-Name
    | threads-Account | threads-Nutzername | threads-Benutzername | bluesky-Profil
    | bluesky-Konto | bluesky-Name | bluesky-Account | bluesky-Nutzername | bluesky-Benutzername
    | mastodon-Profil | mastodon-Konto | mastodon-Name | mastodon-Account | mastodon-Nutzername
    | mastodon-Benutzername | pinterest-Profil | pinterest-Konto | pinterest-Name
    | pinterest-Account | pinterest-Nutzername | pinterest-Benutzername
PD-SOCIAL 1: profil facebook | compte facebook | pseudo facebook | identifiant facebook
    | nom d'utilisateur facebook | profil instagram | compte instagram | pseudo instagram
    | identifiant instagram | nom d'utilisateur instagram | profil tiktok | compte tiktok
    | pseudo tiktok | identifiant tiktok | nom d'utilisateur tiktok | profil twitter
    | compte twitter | pseudo twitter | identifiant twitter | nom d'utilisateur twitter
    | profil linkedin | compte linkedin | pseudo linkedin | identifiant linkedin
    | nom d'utilisateur linkedin | profil snapchat | compte snapchat | pseudo snapchat
    | identifiant snapchat | nom d'utilisateur snapchat | profil youtube | compte youtube
    | pseudo youtube | identifiant youtube | nom d'utilisateur youtube | profil threads
    | compte threads | pseudo threads | identifiant threads | nom d'utilisateur threads
    | profil bluesky | compte bluesky | pseudo bluesky | identifiant bluesky
    | nom d'utilisateur bluesky | profil mastodon | compte mastodon | pseudo mastodon
    | identifiant mastodon | nom d'utilisateur mastodon | profil pinterest | compte pinterest
    | pseudo pinterest | identifiant pinterest | nom d'utilisateur pinterest
PD-SOCIAL 1: perfil de facebook | cuenta de facebook | usuario de facebook | usuario en facebook
    | perfil en facebook | perfil de instagram | cuenta de instagram | usuario de instagram
    | usuario en instagram | perfil en instagram | perfil de tiktok | cuenta de tiktok
    | usuario de tiktok | usuario en tiktok | perfil en tiktok | perfil de twitter
    | cuenta de twitter | usuario de twitter | usuario en twitter | perfil en twitter
    | perfil de linkedin | cuenta de linkedin | usuario de linkedin | usuario en linkedin
    | perfil en linkedin | perfil de snapchat | cuenta de snapchat | usuario de snapchat
    | usuario en snapchat | perfil en snapchat | perfil de youtube | cuenta de youtube
    | usuario de youtube | usuario en youtube | perfil en youtube | perfil de threads
    | cuenta de threads | usuario de threads | usuario en threads | perfil en threads
    | perfil de bluesky | cuenta de bluesky | usuario de bluesky | usuario en bluesky
    | perfil en bluesky | perfil de mastodon | cuenta de mastodon | usuario de mastodon
    | usuario en mastodon | perfil en mastodon | perfil de pinterest | cuenta de pinterest
    | usuario de pinterest | usuario en pinterest | perfil en pinterest
PD-SOCIAL 1: profilo facebook | account facebook | nome utente su facebook | utente facebook
    | profilo di facebook | profilo instagram | account instagram | nome utente su instagram
    | utente instagram | profilo di instagram | profilo tiktok | account tiktok
    | nome utente su tiktok | utente tiktok | profilo di tiktok | profilo twitter
    | account twitter | nome utente su twitter | utente twitter | profilo di twitter
    | profilo linkedin | account linkedin | nome utente su linkedin | utente linkedin
    | profilo di linkedin | profilo snapchat | account snapchat | nome utente su snapchat
    | utente snapchat | profilo di snapchat | profilo youtube | account youtube
    | nome utente su youtube | utente youtube | profilo di youtube | profilo threads
    | account threads | nome utente su threads | utente threads | profilo di threads
    | profilo bluesky | account bluesky | nome utente su bluesky | utente bluesky
    | profilo di bluesky | profilo mastodon | account mastodon | nome utente su mastodon
    | utente mastodon | profilo di mastodon | profilo pinterest | account pinterest
    | nome utente su pinterest | utente pinterest | profilo di pinterest
PD-SOCIAL 1: pseudo | nome utente | nombre de usuario | gebruikersnaam | Benutzername
    | Nutzername | username | user name
# ---------------------------------------------------------------- IP address
PD-IP 0: ip address | ip-adres | IP-Adresse | adresse ip | dirección ip | indirizzo ip | mac address
    | device id | device identifier
    | imei | imei number | codice imei | número imei | numéro imei | imei-nummer | IMEI-Nummer
    | Geräte-ID | Gerätekennung | Gerätenummer | apparaat-id | apparaatnummer | toestel-id
    | id de l'appareil | identifiant de l'appareil | identifiant unique | id del dispositivo
    | identificador del dispositivo | identificativo del dispositivo | advertising id
    | advertising identifier | serial number of your phone | MAC-Adresse | adresse MAC
    | dirección MAC | indirizzo MAC | udid
PD-IP 2: ip
# ---------------------------------------------------------------- photo, selfie, signature
PD-PHOTO 0: portrait of yourself | selfie of yourself | photo of yourself | photo of you
    | picture of yourself | picture of you
    | photograph of yourself | photograph of you | photo of your face | picture of your face
    | passport photo | profile picture | profile photo | portrait photo of you | image of yourself
    | image of you
PD-PHOTO 0: foto van uzelf | foto van jezelf | foto van u | foto van jou | foto van je gezicht
    | foto van uw gezicht | pasfoto | profielfoto | foto van uzelf of uw gezelschap
PD-PHOTO 0: Foto von Ihnen | Foto von dir | Foto von sich | Bild von Ihnen | Bild von dir | Passbild
    | Passfoto | Profilbild | Bewerbungsfoto | Foto Ihres Gesichts
PD-PHOTO 0: photo de vous | photo de toi | photo de vous-même | photo de toi-même | photo d'identité
    | photo de votre visage | photo de profil | portrait de vous
PD-PHOTO 0: foto suya | foto tuya | foto de usted | foto de ti | foto de ti mismo | foto de sí mismo
    | foto de carnet | foto de su cara | foto de tu cara | foto de perfil
PD-PHOTO 0: foto di te | foto di lei | una tua foto | una sua foto | foto tessera
    | foto del tuo viso | foto del suo viso | foto profilo | foto di te stesso
PD-PHOTO 0: porträt von sich | porträt von ihnen | porträt von dir | ritratto di sé
    | un suo ritratto | un tuo ritratto | portrait de vous | portrait de toi | retrato suyo
    | retrato tuyo | un retrato de usted | portret van uzelf | portret van jezelf
PD-PHOTO 2: selfie | selfies | selfi | autoritratto fotografico
PD-PHOTO 3: photo | photos | picture | pictures | photograph | image | foto | foto's | fotos | Bild
    | Bilder | afbeelding | immagine | imagen | fotografia | fotografía
PD-SIGNATURE 0: handtekening voor akkoord | signature for approval | signature pour accord
    | lu et approuvé | Unterschrift zur Bestätigung | firma para conformidad
    | firma per accettazione | firma per esteso | sign here | please sign | sign below | teken hier
    | onderteken hier
    | hier ondertekenen | hier unterschreiben | unterschreiben sie | unterschreiben Sie hier
    | signez ici | veuillez signer | firme aquí | firme aqui | firmi qui | firma qui | firma aquí
    | digital signature | handtekening hieronder
PD-SIGNATURE 2: signature | signatures | handtekening | Unterschrift | firma
# ------------------------------------------- membership, ticket, pass, student, employee numbers
PD-ACCOUNT 0: membership number | member number | member id | membership id | membership card number
    | ticket number | ticket code | ticket id | booking number | booking reference | booking code
    | reservation number | reservation code | order number | order reference | customer number
    | customer id | client number | loyalty card number | loyalty number | museum card number
    | museumkaart number | museum pass number | pass number | student number | student id
    | matriculation number | employee number | employee id | staff number | staff id
    | personnel number | payroll number | friends card number | subscription number
    | library card number | barcode | ticket barcode | museumcard number | season ticket number
    | booking confirmation code | confirmation code | confirmation number | booking confirmation
    | reservation reference | order code
PD-ACCOUNT 0: lidnummer | lidmaatschapsnummer | ledennummer | klantnummer | ticketnummer
    | bestelnummer | reserveringsnummer | boekingsnummer | museumkaartnummer | pasnummer
    | studentnummer | studentennummer | personeelsnummer | werknemersnummer | medewerkersnummer
    | kaartnummer | abonnementsnummer | vriendenpasnummer | ordernummer
    | reserveringscode | boekingscode | bevestigingscode | bevestigingsnummer | ticketcode
PD-ACCOUNT 0: Mitgliedsnummer | Mitgliedernummer | Kundennummer | Ticketnummer | Bestellnummer
    | Buchungsnummer | Reservierungsnummer | Kartennummer | Museumskartennummer | Jahreskartennummer
    | Matrikelnummer | Studentennummer | Personalnummer | Mitarbeiternummer | Abonummer | Ausweis-Nr
    | Mitglieds-Nr
    | Buchungscode | Reservierungscode | Bestätigungscode | Bestätigungsnummer | Ticketcode
PD-ACCOUNT 0: numéro d'adhérent | numéro de membre | numéro de billet | numéro de réservation
    | numéro de commande | numéro client | numéro de client | numéro d'étudiant | numéro étudiant
    | numéro d'employé | numéro de matricule | numéro de carte | numéro de pass | numéro de badge
    | numéro d'abonné | numéro de carte de membre | numéro de carte musées
    | code de réservation | référence de réservation | code de confirmation
    | numéro de confirmation | code du billet | référence de commande | numéro de dossier
PD-ACCOUNT 0: número de socio | número de miembro | número de entrada | número de reserva
    | número de pedido | número de cliente | número de estudiante | número de empleado
    | número de carné | número de abono | número de tarjeta de socio | número del carné
    | número de la entrada | código de reserva
    | código de reservación | localizador de la reserva | localizador | código de confirmación
    | número de confirmación | código de la entrada | código del pedido
PD-ACCOUNT 0: numero di tessera | numero tessera | numero del biglietto | numero di biglietto
    | codice biglietto | codice del biglietto | numero di prenotazione | codice di prenotazione
    | numero d'ordine | numero cliente | codice cliente | numero di matricola | matricola
    | numero di studente | numero dipendente | numero di badge | numero socio | numero di socio
    | numero dell'abbonamento | numero della tessera
    | codice della prenotazione | codice di conferma | numero di conferma | codice d'ordine
# ---------------------------------------------------------------- contact details in general
PD-CONTACT 0: telefonarle | telefonarti | telefonarvi | telefonearle | telefonearte
    | vous téléphoner | te téléphoner | u opbellen | je opbellen | how can we find you
    | get hold of you | find you again | how can we reach you | how can we contact you
    | where can we reach you
    | how to reach you | how can we get in touch | get in touch with you | get back to you
    | call you back | follow up with you | contact me | call me | email me | e-mail me | text me
    | reach me | contact me at | my number is | my e-mail is | my email is | send me
    | send you the results | send you a voucher | send you the report | send you our newsletter
    | keep you informed | keep you updated
PD-CONTACT 0: hoe kunnen we u bereiken | hoe kunnen we je bereiken | waar kunnen we u bereiken
    | u bereiken | je bereiken | u contacteren | je contacteren | contact met u opnemen
    | contact met je opnemen | u benaderen | je benaderen | u bellen | je bellen | u mailen
    | je mailen | u terugbellen | contact met mij | bel me | bel mij | mail me | mail mij
    | mijn nummer is | stuur mij | u op de hoogte houden | je op de hoogte houden
    | gecontacteerd worden | benaderd worden | gebeld worden | teruggebeld worden
PD-CONTACT 0: wie können wir Sie erreichen | wie können wir dich erreichen
    | mit Ihnen Kontakt aufnehmen | mit dir Kontakt aufnehmen | Kontakt mit Ihnen
    | kontaktieren Sie mich | rufen Sie mich an | meine Nummer ist | kontaktiert werden
    | angerufen werden | Sie auf dem Laufenden halten | Ihnen zusenden | Ihnen schicken
PD-CONTACT 0: être contacté | être contactée | être recontacté | être recontactée | être rappelé
    | contactez-moi | appelez-moi | mon numéro est | vous envoyer les résultats | vous envoyer
PD-CONTACT 0: contactarle | contactarte | contactarlo | contactarla | contactaros | recontactarle
    | localizarle | localizarte | llamarle | llamarte | escribirle | escribirte | enviarle
    | enviarte | avisarle | avisarte | ponernos en contacto con usted | ponernos en contacto contigo
    | contactar con usted | contactar contigo | ser contactado | ser contactada | le contactemos
    | te contactemos | le llamemos | te llamemos | contácteme | llámeme | mi número es
    | devolverle la llamada | devolverte la llamada | volver a llamarle
PD-CONTACT 0: contattarla | contattarti | contattarvi | ricontattarla | ricontattarti | raggiungerla
    | raggiungerti | richiamarla | richiamarti | chiamarla | chiamarti | chiamarvi | scriverle
    | scriverti | inviarle | inviarti
    | mandarle | mandarti | avvisarla | avvisarti | essere contattato | essere contattata
    | essere ricontattato | essere ricontattata | la contatteremo | ti contatteremo | contattatemi
    | chiamatemi | il mio numero è | tenerla aggiornata | tenerti aggiornato
PD-CONTACT 1: follow-up interview | follow up interview | vervolginterview | vervolggesprek
    | Folgeinterview | Nachbefragung | entretien de suivi | entrevista de seguimiento
    | intervista di follow-up | intervista di approfondimento | contact details
    | contact information | contact info | contact data | contact address
    | contactgegevens | contactinformatie | contactadres | Kontaktdaten | Kontaktangaben
    | Kontaktinformationen | Kontaktadresse | coordonnées | données de contact
    | informations de contact | datos de contacto | información de contacto | dati di contatto
    | recapito | recapiti | personal details | personal information | personal data
    | persoonsgegevens | persoonlijke gegevens | Personalien | persönliche Daten
    | persönliche Angaben | données personnelles | informations personnelles | datos personales
    | dati personali | informazioni personali | identity
PD-CONTACT 2: contact | contacto | contatto | Kontakt | details | gegevens | Daten | Angaben
    | données | datos | dati | data
# ---------------------------------------------------------------- special categories: health
SC-HEALTH 1: baja visión | ceguera | sordera | blindness | deafness | low vision | slechtziendheid
    | blindheid | doofheid | Blindheit | Taubheit | cécité | surdité | cecità | sordità | ipovisione
    | medical | medische | medizinische | medizinischen | médical | médicale | médicaux
    | médico | médica | medico | medica | wheelchair user | rolstoelgebruiker | Rollstuhlfahrer
    | Rollstuhlfahrerin
    | Rollstuhlnutzer | usuario de silla de ruedas | utente in sedia a rotelle
    | utilisateur de fauteuil roulant | difficulty walking | difficulties walking | trouble walking
    | difficulty seeing
    | difficulty hearing | walking aid | hearing loss | sight loss | mobility problems
    | mobility issues | condition that affects | moeite met lopen | moeite met zien
    | moeite met horen | slecht ter been | Gehbehinderung | gehbehindert
    | Schwierigkeiten beim Gehen | difficultés à marcher | difficulté à marcher
    | difficultés pour marcher | dificultad para caminar | dificultades para caminar
    | difficoltà a camminare | difficoltà motorie | access needs | access requirements
    | accessibility needs | additional needs | support needs | asthma | migraine | claustrophobia
    | heart condition | panic attacks | mental illness | anxiety disorder | burn-out | burnout
    | multiple sclerosis | parkinson | arthritis | eyesight | suffer from | sufferer | health
    | health condition | health problems | medical condition | medical conditions
    | disability | disabilities | disabled | impairment | impaired | handicap | handicapped
    | chronic illness | illness | illnesses | disease | diseases | diagnosis | diagnosed
    | medication | medications | medicines | pregnant | pregnancy | wheelchair | mental health
    | depression | autism | autistic | adhd | dementia | alzheimer | diabetes | allergy | allergies
    | deaf | hard of hearing | hearing impairment | hearing aid | blind | visually impaired
    | partially sighted | cancer | hiv | blood type | medical history | dyslexia | epilepsy
    | mobility impairment | reduced mobility | long-term condition | special needs | care needs
    | medical needs | prescription
    | anxiety | anxious | panic disorder | bipolar | schizophrenia | eating disorder | ptsd
    | chronic pain | chronically ill | long covid | heart disease | stroke | hiv status
    | walking frame | walking stick | crutches | mobility scooter | medical treatment
    | hereditary condition | hereditary disease | food allergy | food intolerance | intolerance
    | intolerances | coeliac | celiac | lactose intolerant | gluten intolerant | psychological
    | psychiatric | therapy | therapist | psychologist
    | covid | covid-19 | coronavirus | long covid | vaccinated | vaccination status
    | gevaccineerd | vaccinatie | geimpft | Impfstatus | vacciné | vaccinée | vacunado | vacunada
    | vaccinato | vaccinata
SC-HEALTH 1: gezondheid | gezondheidstoestand | gezondheidsklachten | beperking | beperkingen
    | functiebeperking | gehandicapt | ziekte | ziektes | chronische ziekte | aandoening
    | medicijnen | medicatie | zwanger | zwangerschap | rolstoel | doof | slechthorend | blind
    | slechtziend | visuele beperking | lichamelijke beperking | psychische klachten | dementie
    | autisme | allergie | allergieën | invaliditeit | ziek | gehoorapparaat
    | corona | psychische gezondheid | geestelijke gezondheid | mentale gezondheid | angststoornis
    | angstklachten | depressie | depressief | medicijngebruik | suikerziekte | diabetes
    | epilepsie | astma | hartaandoening | hartklachten | chronisch ziek | rollator | loophulp
    | krukken | scootmobiel | dyslexie | adhd | kanker | hiv | bloedgroep | diagnose | migraine
    | burn-out | paniekaanvallen | claustrofobie | medische aandoening | gezondheidsproblemen
    | medische behandeling | therapie | psycholoog | zorgbehoefte | invalide | psychisch
    | psychische | voedselallergie | voedselintolerantie | intolerantie | glutenintolerantie
    | lactose-intolerant | coeliakie | erfelijke aandoening | erfelijke ziekte | handicap
SC-HEALTH 1: Gesundheit | Gesundheitszustand | Behinderung | Behinderungen | behindert
    | Schwerbehinderung | Schwerbehindertenausweis | Beeinträchtigung | Krankheit | Krankheiten
    | Erkrankung | chronische Erkrankung | Medikamente | Medikament | schwanger | Schwangerschaft
    | Rollstuhl | gehörlos | schwerhörig | sehbehindert | Diagnose | Demenz | Autismus | Allergie
    | Allergien | psychische Erkrankung | Hörgerät
    | Corona | psychische Gesundheit | seelische Gesundheit | Angststörung | Depression
    | Medikamenteneinnahme | Zuckerkrankheit | Diabetes | Epilepsie | Asthma | Herzerkrankung
    | Herzprobleme | chronisch krank | Gehhilfe | Rollator | Krücken | Sehbehinderung
    | Hörbehinderung | Legasthenie | ADHS | Krebs | Krebserkrankung | HIV | Blutgruppe | Migräne
    | Burnout | Panikattacken | Klaustrophobie | Vorerkrankung | Vorerkrankungen
    | gesundheitliche Probleme | gesundheitliche Einschränkungen | ärztliche Behandlung
    | Therapie | Psychotherapie | Pflegebedarf | Pflegegrad | Handicap | psychisch | Beschwerden
    | krank | Unverträglichkeit | Lebensmittelunverträglichkeit | Zöliakie | Erbkrankheit
    | Laktoseintoleranz
SC-HEALTH 1: santé | état de santé | handicapé | handicapée | en situation de handicap | maladie
    | maladies | maladie chronique | médicaments | médicament | traitement médical | enceinte
    | grossesse | fauteuil roulant | sourd | sourde | malentendant | malentendante | aveugle
    | malvoyant | malvoyante | mobilité réduite | diabète | démence | autisme | invalidité
    | appareil auditif
    | santé mentale | anxiété | trouble anxieux | dépression | déprimé | déprimée | allergie
    | allergies | allergique | épilepsie | asthme | maladie cardiaque | problèmes cardiaques
    | malade chronique | déambulateur | béquilles | déficience visuelle | déficience auditive
    | dyslexie | TDAH | cancer | VIH | groupe sanguin | ordonnance | migraine | burn-out
    | crises de panique | claustrophobie | problème de santé | problèmes de santé | thérapie
    | psychologue | handicap | invalide | psychique | psychologique | intolérance
    | intolérance alimentaire | maladie cœliaque | maladie héréditaire | malade
SC-HEALTH 1: salud | estado de salud | discapacidad | discapacitado | discapacitada | minusvalía
    | enfermedad | enfermedades | enfermedad crónica | medicamentos | medicación | embarazada
    | embarazo | silla de ruedas | sordo | sorda | ciego | ciega | movilidad reducida | alergia
    | demencia | autismo | audífono
    | salud mental | ansiedad | trastorno de ansiedad | depresión | medicamento | alergias
    | alérgico | alérgica | diabetes | epilepsia | asma | enfermedad cardíaca
    | problemas de corazón | enfermo crónico | enferma crónica | andador | muletas
    | discapacidad visual | discapacidad auditiva | dislexia | TDAH | cáncer | VIH
    | grupo sanguíneo | receta médica | migraña | ataques de pánico | claustrofobia
    | problema de salud | problemas de salud | tratamiento médico | terapia | psicólogo
    | minusválido | minusválida | psicológico | psicológica | intolerancia
    | intolerancia alimentaria | celiaquía | celíaco | condición médica | afección | diagnóstico
    | enfermedad hereditaria | enfermo | enferma | dependencia | gran dependencia
SC-HEALTH 1: stato di salute | disabilità | disabile | malattia | malattie | malattia cronica
    | farmaci | medicinali | incinta | gravidanza | sedia a rotelle | sordo | cieco | cieca
    | ipovedente | mobilità ridotta | diabete | allergia | allergie | demenza | autismo | invalidità
    | apparecchio acustico
    | salute mentale | ansia | disturbo d'ansia | depressione | depresso | depressa | farmaco
    | allergico | allergica | epilessia | asma | malattia cardiaca | problemi cardiaci
    | malato cronico | malata cronica | deambulatore | stampelle | disabilità visiva
    | disabilità uditiva | dislessia | ADHD | cancro | tumore | HIV | gruppo sanguigno
    | ricetta medica | emicrania | attacchi di panico | claustrofobia | problema di salute
    | problemi di salute | trattamento medico | terapia | psicologo | invalido | invalida
    | handicap | psicologico | psicologica | intolleranza | intolleranza alimentare | celiachia
    | celiaco | condizione medica | patologia | patologie | diagnosi | malattia ereditaria
    | malato | malata | non autosufficiente | diversamente abile
SC-HEALTH 2: salute | mobility | mobiliteit | Mobilität | mobilité | movilidad | mobilità
# ---------------------------------------------------------------- religion or belief
SC-RELIGION 2: fe | geloof in god
SC-RELIGION 1: bidt | bid | priez | pries | prions | reza | rezas | prega | preghi | prays | praying
    | religieus | religieuze | religiös | religiöse | spiritueel | spirituell | spirituel
    | spirituelle | espiritual | spirituale | ramadan | kosher | halal | sabbath | church member
    | member of a church | religion | religions | religious | religiously | faith
    | religious beliefs
    | religious affiliation | denomination | believer | believers | churchgoer | go to church
    | attend church | believe in god | philosophical beliefs | worldview | atheist | agnostic
    | muslim | christian | catholic | protestant | jewish | hindu | buddhist | sikh | islam
    | islamic | practising | practicing | pray | beliefs | spiritual | spirituality
SC-RELIGION 1: religie | godsdienst | geloof | gelovig | geloofsovertuiging | levensbeschouwing
    | kerkganger | naar de kerk | naar de moskee | gelooft u in god | atheïst | moslim | christen
    | christelijk | katholiek | protestants | joods | hindoe | boeddhist | islamitisch | bidden
    | kerkelijk
SC-RELIGION 1: Religion | Religionszugehörigkeit | Konfession | Glaube | Glauben | gläubig
    | Weltanschauung | in die Kirche | zur Kirche | Kirchenmitglied | glauben Sie an Gott | Atheist
    | christlich | katholisch | evangelisch | jüdisch | buddhistisch | beten | praktizierend
SC-RELIGION 1: religieux | religieuse | confession | croyance | croyances | croyant | croyante | foi
    | à l'église | à la messe | à la mosquée | croyez-vous en dieu | athée | musulman | musulmane
    | chrétien | chrétienne | catholique | juif | juive | hindou | bouddhiste | prier | pratiquant
    | pratiquante | convictions religieuses
SC-RELIGION 1: religión | religioso | religiosa | creencia | creencias | creyente | a misa
    | a la iglesia | cree en dios | crees en dios | ateo | atea | musulmán | musulmana | cristiano
    | cristiana | católico | católica | judío | judía | hindú | budista | rezar | practicante
    | confesión religiosa
SC-RELIGION 1: religione | religiosa | religiosi | credo religioso | fede | credente | a messa
    | in chiesa | crede in dio | credi in dio | ateo | musulmano | musulmana | cristiano | cristiana
    | cattolico | cattolica | ebreo | ebrea | ebraico | induista | buddista | pregare | praticante
    | confessione religiosa
# --------------------------------------------- racial or ethnic origin, migration background
SC-ETHNICITY 1: descent | foreign origin | racial group | ethnicity | ethnic origin
    | ethnic background | ethnic group | ethnic | racial
    | racial origin | skin colour | skin color | migration background | migrant background
    | etnische groep | etnische | ethnische Gruppe | ethnische Herkunft | groupe ethnique
    | grupo étnico | gruppo etnico | ethnische | Volksgruppe | bevolkingsgroep
    | ethnischen Gruppe | ethnischen | ethnischer | ethnischem
    | immigrant background | immigration background | immigrant | immigrants | ancestry
    | country of birth | born abroad | parents born | cultural background | black or white
SC-ETHNICITY 1: etniciteit | etnische achtergrond | etnische afkomst | etnisch | migratieachtergrond
    | migrantenachtergrond | allochtoon | allochtone | huidskleur | geboorteland
    | in het buitenland geboren | niet-westerse
    | culturele achtergrond | bevolkingsgroep | inheems | roots | tweede generatie
SC-ETHNICITY 1: Ethnie | ethnische Herkunft | ethnische Zugehörigkeit | ethnisch | Abstammung
    | Migrationshintergrund | Hautfarbe | Geburtsland | Zuwanderungsgeschichte
    | Einwanderungsgeschichte
    | kultureller Hintergrund | Volksgruppe | indigen | Einwanderungshintergrund
SC-ETHNICITY 1: origine ethnique | ethnie | ethnique | couleur de peau | issu de l'immigration
    | issue de l'immigration | parcours migratoire | pays de naissance | né à l'étranger
    | origines ethniques | d'origine étrangère | origine culturelle | autochtone
SC-ETHNICITY 1: origen étnico | etnia | étnico | étnica | color de piel | ascendencia
    | antecedentes migratorios | inmigrante | país de nacimiento | nacido en el extranjero
    | origen racial | grupo étnico | indígena | origen cultural | gitano | gitana
SC-ETHNICITY 1: origine etnica | etnia | etnico | etnica | colore della pelle
    | background migratorio | immigrato | immigrata | paese di nascita | nato all'estero
    | gruppo etnico | origini straniere | indigeno | indigena | background culturale
SC-ETHNICITY 2: race | origin | origins | roots | afkomst | herkomst | ras | Herkunft | Rasse
    | Herkunftsland | origine | origines | pays d'origine | raza | origen | país de origen | razza
    | origini | paese d'origine | land van herkomst | heritage background
# ---------------------------------------------------------------- political opinion
SC-POLITICS 1: politiek | politieke | politisch | politische | politischen | politiquement
    | políticamente | politicamente | politically active | politiek actief | politisch aktiv
    | politiquement engagé
    | políticamente activo | politicamente attivo | letzten Wahl | nächsten Wahl | Landtagswahl
    | Europawahl | Kommunalwahl | dernier scrutin | prochain scrutin | political opinion
    | political opinions | political views | political view
    | political preference | political affiliation | political party | political beliefs
    | politically | political orientation | political leaning | political leanings | vote | voted
    | voting | which party | left or right | left-wing | right-wing | party membership
    | party member | member of a political party | elections | election
    | political views | politically engaged | activist | conservative or progressive
SC-POLITICS 1: politieke voorkeur | politieke kleur | politieke overtuiging | politieke partij
    | politieke opvattingen | politieke mening | politieke voorkeuren | welke partij | partijlid
    | stemgedrag | gestemd | op welke partij | links of rechts | verkiezingen
    | politiek engagement | stemt u | stem je | partijvoorkeur | politieke partij
SC-POLITICS 1: politische Einstellung | politische Meinung | politische Überzeugung
    | politische Orientierung | politische Ansichten | Parteizugehörigkeit | Parteimitglied
    | Parteimitgliedschaft | welche Partei | Wahlverhalten | Parteipräferenz | links oder rechts
    | Bundestagswahl
    | politisches Engagement | politische Haltung | Wahlentscheidung | gewählt
SC-POLITICS 1: opinion politique | opinions politiques | orientation politique
    | sensibilité politique | convictions politiques | parti politique | quel parti | voté | votez
    | votre vote | engagement politique | gauche ou droite | élections
    | sympathie politique | militant | militante | adhérent d'un parti | avez-vous voté
SC-POLITICS 1: opinión política | opiniones políticas | ideología | ideología política
    | orientación política | partido político | qué partido | votaste | izquierda o derecha
    | elecciones
    | afiliación política | simpatía política | militante | militancia | ideas políticas
SC-POLITICS 1: opinione politica | opinioni politiche | orientamento politico | partito politico
    | quale partito | votato | idee politiche | destra o sinistra | sinistra o destra | elezioni
    | appartenenza politica | militante | iscritto a un partito | iscritta a un partito
# ---------------------------------------------------------------- trade union membership
SC-UNION 1: belong to a union | in a union | union at work | union membership card | trade union
    | labour union | labor union | union member | union membership
    | member of a union | unionised | vakbond | vakbondslid | vakbondslidmaatschap
    | lid van een vakbond | Gewerkschaft | Gewerkschaftsmitglied | Gewerkschaftsmitgliedschaft
    | syndicat | syndiqué | syndiquée | sindicato | afiliado a un sindicato
    | afiliada a un sindicato | sindacato | iscritto al sindacato | iscritta al sindacato
    | sindacalizzato
    | which union | what union | union do you belong | welke vakbond | welcher Gewerkschaft
    | quel syndicat | qué sindicato | quale sindacato | syndicaliste | sindacalista
# ---------------------------------------------------------------- sex life and sexual orientation
SC-SEXUAL 1: sexual | seksuele | seksueel | sexuelle | sexueller | sexuellen | sexuell | sexuel
    | sessuale | sessuali | seksuele voorkeur | préférence sexuelle | sexuelle Vorliebe
    | sexuelle Präferenz | preferencia sexual | preferenza sessuale | same-sex | same sex
    | sexual orientation | sexuality | sexual preference | sex life
    | sexual life | sexually
    | même sexe | du même sexe | mismo sexo | del mismo sexo | stesso sesso | dello stesso sesso
    | gleichen Geschlechts | gleichgeschlechtlich | gleichgeschlechtliche | hetzelfde geslacht
    | van hetzelfde geslacht | same gender
    | gay | lesbian | bisexual | homosexual | heterosexual | queer | lgbt | lgbtq | lgbtqia | lgbtqi
    | lgbtq+ | transgender | asexual | pansexual | sexual identity | sexual partners
SC-SEXUAL 1: seksuele geaardheid | seksuele oriëntatie | seksualiteit | seksleven | homo
    | homoseksueel | lesbisch | biseksueel | hetero | heteroseksueel | lhbt | lhbti | lhbtiq
    | lhbtiq+
SC-SEXUAL 1: sexuelle Orientierung | sexuelle Ausrichtung | sexuelle Identität | Sexualität
    | Sexualleben | schwul | lesbisch | bisexuell | homosexuell | heterosexuell
SC-SEXUAL 1: orientation sexuelle | sexualité | vie sexuelle | homosexuel | homosexuelle | lesbienne
    | bisexuel | bisexuelle | hétérosexuel | hétérosexuelle
SC-SEXUAL 1: orientación sexual | sexualidad | vida sexual | lesbiana | homosexual | heterosexual
SC-SEXUAL 1: orientamento sessuale | sessualità | vita sessuale | lesbica | bisessuale | omosessuale
    | eterosessuale
# ---------------------------------------------------------------- genetic and biometric data
SC-GENETIC 1: genetic | genetic data | genetic test | dna | dna test | dna sample | genome
    | biometric | biometric data | biometrics | fingerprint | fingerprints | iris scan | face scan
    | facial scan | facial recognition | retina scan | voice print | voiceprint | scan your face
    | saliva sample | blood sample
    | ancestry test | dna kit | genetic predisposition | hereditary | inherited condition
    | dna | dna-test | dna-onderzoek | speekselmonster | bloedmonster | irisscan | erfelijk
    | DNA-Test | DNA-Probe | Speichelprobe | Blutprobe | Iris-Scan | genetisch | Gesichtsscan
    | ADN | test ADN | test d'ADN | échantillon de salive | prise de sang | empreinte vocale
    | scan du visage | scan de l'iris | ADN | prueba de ADN | muestra de saliva
    | muestra de sangre | escaneo facial | escáner de iris | test del DNA | campione di saliva
    | prelievo di sangue | scansione del viso | scansione dell'iride | genetica | genetiche
SC-GENETIC 1: genetisch | genetische gegevens | dna-test | dna-profiel | biometrisch
    | biometrische gegevens | vingerafdruk | vingerafdrukken | gezichtsherkenning | gezichtsscan
SC-GENETIC 1: genetische Daten | Gentest | Fingerabdruck | Fingerabdrücke | biometrische Daten
    | Gesichtserkennung | Erbgut | Gesichtsscan
SC-GENETIC 1: génétique | données génétiques | test génétique | empreinte digitale
    | empreintes digitales | biométrique | données biométriques | reconnaissance faciale
SC-GENETIC 1: genético | genética | datos genéticos | huella dactilar | huellas dactilares
    | biométrico | biométricos | reconocimiento facial
SC-GENETIC 1: genetico | genetici | dati genetici | impronta digitale | impronte digitali
    | biometrico | biometrici | dati biometrici | riconoscimento facciale
# ---------------------------------------------------------------- criminal records
SC-CRIMINAL 1: been in jail | been to jail | been incarcerated | criminal record | criminal records
    | criminal conviction | criminal convictions
    | convicted | arrested | prison sentence | served time | been in prison | been to prison
    | criminal offence | criminal offense | police record | on probation | committed a crime
    | strafblad | veroordeeld | verklaring omtrent het gedrag | gedetineerd | strafrechtelijk
    | Vorstrafe | Vorstrafen | vorbestraft | Führungszeugnis | verurteilt | Strafregister
    | straffällig | casier judiciaire | condamné | condamnée | antécédents judiciaires
    | antecedentes penales | condenado | condenada | casellario giudiziale | precedenti penali
    | condannato | condannata | fedina penale | prison record
SC-CRIMINAL 2: convictions | conviction | vog | prison | gevangenis | Gefängnis | prison | cárcel
    | carcere
SC-CRIMINAL 1: opgepakt | gearresteerd | aangehouden door de politie | in de gevangenis gezeten
    | veroordeling | festgenommen | verhaftet | Haftstrafe | im Gefängnis | Verurteilung
    | interpellé | interpelle | arrêté par la police | garde à vue | en prison | condamnation
    | detenido | detenida | arrestado | arrestada | en la cárcel | condena penal | arrestato
    | arrestata | fermato dalla polizia | in carcere | condanna penale | condanne penali
# ---------------------------------------------------------------- quasi-identifiers
QI-AGE 0: what age are you | how many years old are you | welches Alter haben Sie | exact age
    | age in years | how old are you | how old r you | leeftijd in jaren
    | exacte leeftijd | hoe oud bent u | hoe oud ben je | hoe oud ben jij | exaktes Alter
    | Alter in Jahren | wie alt sind Sie | wie alt bist du | âge exact | âge en années
    | quel âge avez-vous | quel âge as-tu | tu as quel âge | vous avez quel âge | edad exacta
    | cuántos años tienes | qué edad tienes | età esatta
    | quanti anni hai | età in anni | your exact age
QI-AGE 2: age | leeftijd | Alter | âge | edad | età | Lebensalter
QI-BIRTH-YEAR 0: year of birth | birth year | year you were born | birthyear | geboortejaar
    | Geburtsjahr | Geburtsjahrgang | année de naissance | año de nacimiento | anno di nascita
    | year born
QI-BIRTH-YEAR 2: Jahrgang
QI-BIRTHPLACE 1: place of birth | birthplace | city of birth | town of birth | geboorteplaats
    | geboortestad | Geburtsort | Geburtsstadt | lieu de naissance | ville de naissance
    | lugar de nacimiento | ciudad de nacimiento | luogo di nascita | città di nascita
    | comune di nascita
QI-EMPLOYER 1: company name | name of your company | bedrijfsnaam | naam van uw bedrijf | Firmenname
    | Name Ihrer Firma | nom de votre entreprise | nom de l'entreprise | nombre de su empresa
    | nombre de la empresa | nome della sua azienda | nome dell'azienda | employer | employers
    | name of your employer | company you work for | werkgever
    | Arbeitgeber | Arbeitgeberin | employeur | empleador | empleadora | datore di lavoro
    | where do you work | where you work | waar werkt u | waar werk je | bij welk bedrijf
    | wo arbeiten Sie | wo arbeitest du | bei welcher Firma | où travaillez-vous | où travailles-tu
    | dans quelle entreprise | dónde trabaja | dónde trabajas | en qué empresa | dove lavora
    | dove lavori | in quale azienda | per quale azienda | workplace | employing organisation
    | organisation you work for
    | pour quelle entreprise | quelle entreprise | chez quel employeur | para qué empresa
    | per quale ditta | in che azienda | für welche Firma | für welches Unternehmen
    | voor welk bedrijf | bij welke werkgever | bij welk bedrijf werkt
QI-SCHOOL 1: which school | what school | name of your school | school do you attend
    | school you attend | welke school | naam van je school | naam van uw school | welche Schule
    | Name Ihrer Schule | Name deiner Schule | quelle école | nom de ton école | nom de votre école
    | qué colegio | qué escuela | nombre de tu colegio | nombre de su colegio | quale scuola
    | nome della tua scuola | nome della sua scuola | which university | welke universiteit
    | secondary school | high school | primary school | grammar school | middelbare school
    | basisschool | welke opleiding | lycée | collège | école primaire | Gymnasium | Realschule
    | Gesamtschule | Grundschule | Hauptschule | instituto | colegio | escuela primaria
    | liceo | scuola media | scuola elementare | istituto superiore
    | che scuola | in che scuola | a che scuola | che università | quale liceo | che liceo
    | welche Universität | quelle université | qué universidad | quale università
# ---------------------------------------------------------------- home town or city (warn)
QI-HOMETOWN 1: home town | hometown | home city | town of residence | city of residence
    | place of residence | village of residence | municipality of residence | town you live in
    | city you live in | woonplaats | woonachtig in | woongemeente | Wohnort | Wohnstadt
    | Heimatort | Heimatstadt | Wohngemeinde | ville de résidence | lieu de résidence
    | commune de résidence | ville d'origine | ciudad de residencia | localidad de residencia
    | municipio de residencia | lugar de residencia | pueblo de residencia | città di residenza
    | comune di residenza | luogo di residenza | paese di residenza
# ---------------------------------------------------------------- hotel room, seat, locker
PD-ROOM 0: hotel room number | room number at your hotel | seat number | seat no
    | locker number | locker no | cloakroom number | wardrobe number | hotelkamernummer
    | stoelnummer | zitplaatsnummer | kluisnummer | kluisjesnummer | garderobenummer
    | Hotelzimmernummer | Sitzplatznummer | Sitznummer | Platznummer
    | Schließfachnummer | Spindnummer | Garderobennummer | numéro de chambre
    | numéro de siège | numéro de place | numéro de casier | numéro de vestiaire
    | número de habitación | número de asiento | número de butaca
    | número de taquilla | número de consigna | numero di camera | numero della camera
    | numero di stanza | numero del posto
    | numero di posto | numero dell'armadietto | numero armadietto | numero del guardaroba
PD-ROOM 3: room number | kamernummer | Zimmernummer
# ---------------------------------------------------------------- job title with employer
PD-EMPLOYMENT 0: job title and employer | employer and job title | position and employer
    | job title at | function and employer | occupation and employer | functie en werkgever
    | werkgever en functie | functie bij | Position und Arbeitgeber | Arbeitgeber und Position
    | Beruf und Arbeitgeber | Funktion und Arbeitgeber | poste et employeur | employeur et poste
    | fonction et employeur | intitulé du poste et employeur | puesto y empresa | cargo y empresa
    | puesto y empleador | empresa y cargo | ruolo e azienda | qualifica e datore di lavoro
    | ruolo e datore di lavoro | azienda e ruolo
# ---------------------------------------------------------------- exact height and weight
PD-BODY 0: how tall are you | how much do you weigh | height in cm | weight in kg | body weight
    | body height | your height and weight | hoeveel weegt u
    | hoeveel weeg je | lengte in cm | gewicht in kg | lichaamsgewicht | lichaamslengte
    | wie groß sind Sie | wie groß bist du | wie viel wiegen Sie | wie viel wiegst du | Körpergröße
    | Körpergewicht | Größe in cm | Gewicht in kg | combien mesurez-vous | combien mesures-tu
    | combien pesez-vous | combien pèses-tu | taille en cm | poids en kg | poids corporel
    | cuánto mides | cuánto pesas | estatura en cm | peso en kg
    | peso corporal | quanto sei alto | quanto sei alta
    | quanto pesi | altezza in cm | peso in kg | peso corporeo
PD-BODY 2: height | weight | lengte | gewicht | Gewicht | poids | estatura | altura | peso | altezza
    | statura
"""

# Phrases that contain a listed word but ask nothing personal ("age group", "the museum's
# address"). They are matched first and hide the words they contain.
BENIGN = r"""
age group | age groups | age category | age range | age bracket | age band | age bands | age class
    | leeftijdscategorie | leeftijdsgroep | leeftijdsklasse | tranche d'âge | catégorie d'âge
    | classe d'âge | Altersgruppe | Altersklasse | Alterskategorie | Altersspanne | grupo de edad
    | rango de edad | franja de edad | tramo de edad | fascia d'età | fascia di età | classe di età
    | categoria di età
syndicat d'initiative | european union | union européenne | unión europea | unione europea
    | europäische union | europese unie
e-mail newsletter | email newsletter | newsletter by e-mail | mail art | phone booth | phone case
    | mobile app | mobile ticket | mobile tickets | mobile phone app | mobile guide | mobile website
name tag | brand name | file name | domain name | street art | street food | street photography
    | address book | public address
social media campaign | social media posts | social media post | social media channels
    | social media channel
religious art | religious painting | religious paintings | religious objects | religious history
    | religious heritage | religious architecture | religious music | religious themes
    | religious iconography | religious symbols | religious sculpture | religious artefacts
    | political art | political posters | political history | political cartoons | political satire
    | ethnic art
age of enlightenment | middle age | middle ages | golden age | bronze age | iron age | stone age
    | ice age | age of the painting | age of the building | age of the collection
health and safety | santé publique | public health | salute pubblica | salud pública
    | öffentliche Gesundheit | volksgezondheid
wheelchair users | rolstoelgebruikers | Rollstuhlfahrern | usuarios de silla de ruedas
    | utenti in sedia a rotelle | utilisateurs de fauteuil roulant | blind spot | blind tasting
    | vote for your favourite | vote for your favorite | stem op je favoriete
    | stem op uw favoriete | votez pour votre œuvre préférée | vota la tua opera preferita
    | vota tu obra favorita | stimmen Sie für Ihr Lieblingswerk ab
"""

# Words that tie a term to the respondent.
POSSESSIVE_2ND = {
    "your", "yours", "ur", "yr", "uw", "je", "jouw", "votre", "vos", "ton", "ta", "tes",
    "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "dein", "deine", "deinen", "deinem",
    "deiner", "deines", "euer", "eure", "euren", "eurem", "eurer", "su", "sus", "tu", "tus",
    "vuestro", "vuestra", "vuestros", "vuestras", "tuo", "tua", "tuoi", "tue", "suo", "sua",
    "suoi", "sue", "vostro", "vostra", "vostri", "vostre",
}  # fmt: skip
POSSESSIVE_1ST = {
    "my", "mine", "mijn", "mn", "mon", "ma", "mes", "mein", "meine", "meinen", "meinem",
    "meiner", "meines", "mi", "mis", "mio", "mia", "miei", "mie",
}  # fmt: skip
PRONOUN_2ND = {
    "you", "u", "jij", "je", "jou", "jullie", "vous", "tu", "toi", "du", "dich", "dir", "euch",
    "usted", "ustedes", "vosotros", "ti", "voi", "yourself", "yourselves", "uzelf", "jezelf",
    "yall", "youre", "youve", "contigo",
}  # fmt: skip
# Case-sensitive: "Sie", "Ihnen", "Lei" address the respondent; "sie", "lei" mean she/they.
PRONOUN_2ND_CAPITALISED = {"sie", "ihnen", "lei"}
PRONOUN_1ST = {"i", "ik", "ich", "yo", "io", "me", "mij", "mich", "mir", "moi"}

# Request verbs (imperatives, infinitives used as instructions, politeness markers).
REQUEST = {
    # en
    "enter", "fill", "type", "write", "give", "provide", "leave", "share", "tell", "send",
    "state", "specify", "include", "add", "upload", "attach", "submit", "sign", "list",
    "supply", "insert", "put", "note", "mention", "indicate", "please", "kindly", "confirm",
    "complete", "post", "drop", "jot", "have", "get", "grab", "pop", "shoot", "spare",
    "forget", "vergeet", "vergessen", "oubliez", "oublie", "olvide", "olvides",
    "dimenticare", "dimentichi", "scordare", "darnos",
    "dejarnos", "facilitarnos",
    "indicarnos", "decirnos", "escribirnos", "proporcionarnos", "enviarnos", "comunicarnos",
    "darci", "lasciarci", "indicarci", "dirci", "comunicarci", "fornirci", "scriverci",
    "inviarci", "mandarci", "lasciare",
    # nl
    "vul", "invullen", "geef", "opgeven", "noteer", "noteren", "laat", "achterlaten", "vermeld",
    "vermelden", "deel", "delen", "typ", "typen", "schrijf", "schrijven", "stuur", "sturen",
    "zet", "voer", "invoeren", "graag", "aub", "alstublieft", "alsjeblieft", "gelieve",
    "bevestig", "uploaden", "voeg", "toevoegen", "doorgeven", "geven",
    # de
    "geben", "angeben", "anzugeben", "tragen", "eintragen", "einzutragen", "nennen", "nenne",
    "nennt", "hinterlassen", "hinterlasse", "teilen", "mitteilen", "teile", "schreiben",
    "schreib", "schreibe", "senden", "sende", "schicken", "schick", "bitte", "notieren",
    "ausfullen", "eingeben", "hochladen", "gib", "trag", "verraten", "verrate", "erganzen",
    "hinzufugen", "fugen", "notiere", "nenn",
    # fr
    "indiquez", "indiquer", "indique", "saisissez", "saisir", "saisis", "entrez", "entrer",
    "renseignez", "renseigner", "donnez", "donner", "donne", "laissez", "laisser", "laisse",
    "precisez", "preciser", "inscrivez", "inscrire", "ecrivez", "ecrire", "ecris",
    "communiquez", "communiquer", "envoyez", "envoyer", "merci", "veuillez", "mentionnez",
    "notez", "partagez", "ajoutez", "joignez", "telechargez", "confirmez", "svp",
    "remplissez", "remplir", "ajouter", "precise", "inscris", "laissez-nous", "joindre",
    # es
    "indica", "indicar", "introduzca", "introduce", "introducir", "escriba", "escribe",
    "escribir", "facilite", "facilita", "facilitar", "proporcione", "proporciona",
    "proporcionar", "deje", "dejar", "dejenos", "diganos", "dinos", "digame", "comparta",
    "comparte", "compartir", "envie", "envia", "enviar", "anote", "anota", "rellene",
    "rellena", "ponga", "especifique", "favor", "confirme", "adjunte", "suba", "sube", "anada",
    "anade", "anadir", "agregue", "agrega", "incluya", "incluye", "rellenar", "cumplimente",
    "apunte", "apunta", "diga", "cuentenos",
    # it
    "inserisci", "inserisca", "inserire", "indichi", "indicare", "scrivi", "scriva",
    "scrivere", "lascia", "lasci", "fornisci", "fornisca", "fornire", "comunica",
    "comunichi", "comunicare", "specifica", "specifichi", "specificare", "invia", "invii",
    "inviare", "condividi", "condivida", "digita", "digiti", "compila", "compili", "riporta",
    "riporti", "carica", "carichi", "allega", "alleghi", "cortesia", "dicci", "dica",
    "confermi", "conferma", "aggiunga", "aggiungi", "aggiungere", "includa", "includi", "annoti",
    "annota", "mettere", "metta", "metti",
    # informal and imperative forms in every language
    "take", "snap", "maak", "vertel", "vertellen", "noem", "mach", "sag", "sagen", "dites",
    "caricate", "inviate", "scrivete", "lasciate", "inserite", "condividete",
    "dis", "deja", "pon", "dime", "cuentame", "dimmi", "raccontaci", "mandaci", "lasciaci",
}  # fmt: skip
# A request verb preceded by one of these is a question about behaviour ("did you share").
BEHAVIOUR_AUXILIARY = {"did", "do", "does", "have", "has", "had", "were", "was", "didn", "doesn"}

# Question words that, before a possessive, ask for the value itself ("what is your ...").
VALUE_QUESTION = {
    "what", "whats", "which", "wat", "welke", "welk", "hoe", "luidt", "quel", "quelle", "quels",
    "quelles", "lautet", "lauten", "ist", "was", "welche", "welcher", "welches", "wie", "cual",
    "cuales", "qual", "quale", "quali", "e", "es", "est", "is", "sono", "son", "are", "s",
    "qui", "cuale", "heisst", "heissen",
}  # fmt: skip

# Owners other than the respondent: the museum ("our"), an artist ("his", "her", "their").
OTHER_OWNER = {
    "our", "ours", "onze", "ons", "notre", "nos", "unser", "unsere", "unseren", "unserem",
    "unserer", "unseres", "nuestro", "nuestra", "nuestros", "nuestras", "nostro", "nostra",
    "nostri", "nostre", "his", "her", "their", "its", "zijn", "haar", "hun", "son", "sa", "ses",
    "leur", "leurs", "sein", "seine", "seinen", "seinem", "seiner", "seines", "dessen",
    "deren", "this", "that", "these", "those", "dit", "deze", "ce", "cet", "cette", "dieser",
    "diese", "dieses", "diesem", "diesen", "este", "esta", "ese", "esa", "questo", "questa",
    "quello", "quella",
}  # fmt: skip

# Nouns that own a term without being the respondent: artworks, artists, the museum, places.
OTHER_NOUNS = {
    # en
    "painting", "paintings", "painter", "painters", "artist", "artists", "artwork", "artworks",
    "work", "works", "piece", "pieces", "object", "objects", "sculpture", "sculptures",
    "sculptor", "statue", "exhibition", "exhibitions", "exhibit", "museum", "museums",
    "gallery", "collection", "room", "building", "cafe", "shop", "restaurant", "guide",
    "staff", "tour", "app", "website", "site", "book", "film", "video", "photographer",
    "architect", "author", "writer", "composer", "poet", "king", "queen", "saint",
    "character", "figure", "portrait", "sitter", "maker", "creator", "designer", "show",
    "display", "programme", "program", "event", "workshop", "lecture", "drawing", "print",
    "photograph", "installation", "masterpiece", "artefact", "artifact", "monument",
    "church", "castle", "palace", "city", "town", "village", "street", "square", "park",
    "label", "catalogue", "audioguide", "foundation", "organisation", "company",
    "brand", "venue", "theatre", "library", "archive", "curator", "team", "desk",
    "reception", "helpdesk", "office", "hotel", "station", "school", "university",
    "god", "goddess", "hero", "heroine", "emperor", "pope", "prince", "princess", "model",
    # nl
    "schilderij", "schilderijen", "schilder", "kunstenaar", "kunstenaars", "kunstwerk",
    "kunstwerken", "werk", "werken", "beeld", "beeldhouwer", "tentoonstelling", "zaal",
    "collectie", "gebouw", "winkel", "rondleiding", "gids", "boek", "fotograaf", "schrijver",
    "personage", "figuur", "portret", "stuk", "voorwerp", "museumwinkel", "balie", "kassa",
    "stad", "dorp", "straat", "plein", "kerk", "kasteel", "paleis", "stichting",
    "lievelingsschilderij", "lievelingskunstwerk", "lievelingswerk", "favoriete",
    # de
    "bild", "bilder", "gemalde", "maler", "malerin", "kunstler", "kunstlerin", "kunstlers",
    "kunstwerks", "werke", "werkes", "objekt", "objekts", "skulptur",
    "ausstellung", "saal", "sammlung", "gebaude", "fuhrung",
    "buch", "fotograf", "architekt", "autor", "autors", "figur", "portrat", "bildes",
    "gemaldes", "malers", "stadt", "kirche", "schloss", "platz", "stiftung", "kasse",
    # fr
    "tableau", "tableaux", "peinture", "peintures", "peintre", "artiste", "artistes", "oeuvre",
    "oeuvres", "objet", "objets", "exposition", "expo", "musee", "salle", "batiment",
    "boutique", "visite", "livre", "photographe", "architecte", "auteur", "personnage",
    "ville", "rue", "place", "eglise", "chateau", "palais", "accueil", "billetterie",
    # es
    "artista", "artistas", "artisti", "autora", "escritor", "escultor", "cuadro", "cuadros",
    "pintura", "pinturas", "pintor", "pintora", "obra", "obras", "objeto",
    "objetos", "escultura", "estatua", "exposicion", "museo", "sala", "coleccion", "edificio",
    "tienda", "visita", "guia", "sitio", "libro", "fotografo", "arquitecto", "personaje",
    "retrato", "ciudad", "pueblo", "calle", "plaza", "iglesia", "castillo", "palacio",
    "taquilla", "recepcion",
    # it
    "quadro", "quadri", "dipinto", "dipinti", "pittore", "pittrice", "opera", "opere",
    "oggetto", "oggetti", "mostra", "esposizione", "collezione", "negozio", "guida",
    "sito", "architetto", "autore", "personaggio", "ritratto", "citta", "paese",
    "chiesa", "castello", "palazzo", "piazza", "biglietteria",
}  # fmt: skip

# Topics: a special-category word next to these names a subject of art or history.
TOPIC_NOUNS = OTHER_NOUNS | {
    "art", "arts", "history", "heritage", "theme", "themes", "topic", "topics", "subject",
    "subjects", "iconography", "symbolism", "symbols", "symbol", "imagery", "motif", "motifs",
    "architecture", "music", "posters", "poster", "manuscripts", "relics", "icons", "icon",
    "costumes", "textiles", "tradition", "traditions", "culture", "cultures", "period", "era",
    "century", "movement", "festival", "holiday", "holidays", "quarter", "district",
    "story", "stories", "archaeology", "science", "research", "scenes", "scene", "texts",
    "rituals", "ritual", "practices", "objects", "representation", "representations",
    "depiction", "depictions", "propaganda", "cartoons", "satire", "ceremony", "ceremonies",
    "world", "society", "identity", "minorities", "communities", "community", "past",
    "cemetery", "section", "wing", "floor", "hall", "galleries", "exhibitions", "displays",
    "kunst", "geschiedenis", "erfgoed", "thema", "cultuur", "onderwerp", "verhalen",
    "geschichte", "erbe", "kultur", "themen", "motive", "histoire", "patrimoine", "sujet", "arte",
    "historia", "patrimonio", "tema", "cultura", "storia", "temi",
    "tentoonstellingen", "ausstellungen", "expositions", "exposiciones", "mostre",
    "monde", "welt", "mundo", "mondo", "wereld",
}  # fmt: skip
# Facilities: "disabled toilet", "wheelchair entrance" describe the museum, not the visitor.
FACILITY_NOUNS = {
    "toilet", "toilets", "parking", "access", "entrance", "entrances", "lift", "lifts",
    "elevator", "facilities", "ramp", "ramps", "space", "spaces", "seats", "seating", "route",
    "routes", "tours", "tour", "friendly", "accessible", "accessibility", "loan", "rental",
    "available", "toegang", "ingang", "toiletten", "parkeerplaats", "toegankelijk",
    "toegankelijkheid", "zugang", "eingang", "aufzug", "parkplatz",
    "barrierefrei", "zuganglich", "rollstuhlgerecht", "acces", "entree", "ascenseur", "toilettes",
    "acceso",
    "entrada", "ascensor", "aseos", "accesible", "accesibilidad", "accesso", "ingresso",
    "ascensore", "bagni", "accessibile", "accessibilita", "noleggio", "prestito",
}  # fmt: skip
# Groups of other people: "visitors with disabilities", "people in wheelchairs".
GROUP_NOUNS = {
    "visitors", "visitor", "people", "persons", "guests", "users", "user", "everyone",
    "families", "groups", "public", "audiences", "audience", "bezoekers", "mensen", "personen",
    "gasten", "gebruikers", "visiteurs", "personnes", "besucher", "besucherinnen",
    "menschen", "gaste", "visitantes", "personas", "publico", "visitatori", "persone",
    "pubblico", "utenti", "usuarios", "nutzer", "utilisateurs", "kinderen", "children",
}  # fmt: skip
# Companions: a term tied to them is tied to the respondent ("your child's name").
PERSON_NOUNS = {
    "child", "children", "kid", "kids", "son", "sons", "daughter", "daughters", "partner",
    "husband", "wife", "spouse", "friend", "friends", "companion", "companions", "family",
    "parents", "parent", "mother", "father", "mum", "mom", "dad", "grandchildren", "grandchild",
    "grandson", "granddaughter", "boyfriend", "girlfriend", "colleague", "colleagues",
    "teacher", "pupil", "pupils", "person", "guest", "baby", "sibling", "siblings", "brother",
    "sister", "relatives",
    "kind", "kinderen", "zoon", "dochter", "man", "vrouw", "echtgenoot", "echtgenote",
    "vriend", "vriendin", "vrienden", "ouders", "begeleider", "begeleiders", "moeder", "vader",
    "kleinkind", "kleinkinderen", "collega", "leerling", "leerlingen", "broer", "zus",
    "kindes", "kinder", "kindern", "sohn", "sohnes", "tochter", "partners", "partnerin",
    "mann", "frau", "ehemann", "ehefrau", "freund", "freundin", "freunde", "begleiter",
    "begleiterin", "begleitung", "eltern", "mutter", "enkel", "enkelkind", "kollege",
    "kollegin", "schuler", "bruder", "schwester",
    "enfant", "enfants", "fils", "fille", "filles", "partenaire", "mari", "femme", "conjoint",
    "conjointe", "ami", "amis", "amie", "amies", "accompagnateur", "accompagnatrice",
    "accompagnant", "accompagnants", "pere", "mere", "petits", "collegue", "eleve", "eleves",
    "frere", "soeur", "personne", "personnes", "persona", "personas", "persone",
    "hijo", "hijos", "hija", "hijas", "pareja", "marido", "esposa", "esposo", "amigo",
    "amigos", "amiga", "amigas", "acompanante", "acompanantes", "padres", "madre", "padre",
    "nietos", "nieto", "companero", "companera", "alumno", "alumnos", "hermano", "hermana",
    "figlio", "figli", "figlia", "figlie", "compagno", "compagna", "marito", "moglie", "amico",
    "amici", "amica", "amiche", "accompagnatore", "accompagnatori", "genitori", "nipoti", "nipote",
    "alunno", "alunni", "fratello", "sorella",
    "bambino", "bambini", "bambina", "ninos", "nino", "nina",
}  # fmt: skip

# Negations; a negated request is an instruction not to give the data.
NEGATION = {
    "not", "no", "never", "without", "nobody", "none", "nothing", "cannot", "niet", "geen",
    "nooit", "zonder", "niemand", "nie", "nicht", "kein", "keine", "keinen", "keinem", "keiner",
    "keines", "niemals", "ohne", "ne", "n", "pas", "jamais", "sans", "aucun", "aucune", "rien",
    "nunca", "sin", "ningun", "ninguna", "ninguno", "nadie", "non", "mai", "senza", "nessun",
    "nessuno", "nessuna", "neither", "nor", "weder", "ni", "nimmer", "avoid", "refrain",
    "vermijd", "vermijden", "vermeiden", "vermeide", "evitez", "eviter", "evitar", "evite",
    "eviti", "evitare",
}  # fmt: skip
NEGATED_CONTRACTIONS = {
    "don", "doesn", "didn", "won", "can", "isn", "aren", "wasn", "weren", "shouldn", "wouldn",
    "couldn", "mustn", "needn", "haven", "hasn", "hadn",
}  # fmt: skip
# Words that turn a negation into a request: "don't forget to leave your e-mail".
NEGATION_CANCELLERS = {
    "forget", "hesitate", "mind", "only", "vergeet", "aarzel", "vergessen", "zogern",
    "oubliez", "oublie", "oublier", "hesitez", "olvide", "olvides", "olvidar", "dude", "dudes",
    "dimenticare", "dimentichi", "esitare", "esiti", "scordare", "forgot", "miss",
}  # fmt: skip
# Subjects that make a negation a promise about data the museum already holds or will ask for
# ("we will not share your e-mail address"), rather than an instruction not to give it.
MUSEUM_SUBJECTS = {
    "we", "wij", "nous", "wir", "nosotros", "noi", "it", "this", "museum", "will", "shall",
    "never", "would", "zullen", "werden", "ne", "non",
}  # fmt: skip
# Verbs that, negated, mean the data is not wanted at all ("we do not ask for your name").
NOT_WANTED_VERBS = {
    "pediremos", "pedimos", "pedir", "preguntaremos", "preguntamos", "solicitamos",
    "solicitaremos", "guardamos", "guardaremos", "almacenamos", "chiederemo", "chiediamo",
    "chiedere", "domanderemo", "raccogliamo", "memorizziamo", "conserviamo", "salviamo",
    "demanderons", "demanderont", "conserverons", "vragen", "zullen", "bewaren", "werden",
    "speichern",
    "ask", "asks", "asked", "asking", "need", "needs", "needed", "require", "requires",
    "required", "collect", "collects", "collected", "request", "requests", "requested", "want",
    "store", "stores", "stored", "record", "records", "recorded", "save", "saved", "keep",
    "kept", "track", "vraagt", "vraag", "gevraagd", "nodig", "verzamelen",
    "verzameld", "opslaan", "opgeslagen", "bewaard", "registreren", "fragen",
    "gefragt", "fragt", "benotigen", "brauchen", "erheben", "erhoben", "erfassen", "erfasst",
    "sammeln", "gesammelt", "gespeichert", "demander", "demandons", "demande",
    "besoin", "collecter", "collectons", "recueillir", "recueillons", "enregistrons",
    "conservons", "stockons", "pide", "pedido", "necesitamos", "necesita",
    "recoger", "recogemos", "recopilar", "recopilamos", "chiede", "chiesto", "bisogno",
    "raccogliere", "registriamo", "serve", "servono", "necessario",
    "necessary", "obligatory", "mandatory", "verplicht", "erforderlich", "obligatoire",
    "obligatorio", "obbligatorio", "hoeft", "hoef", "hoeven", "musst", "mussen", "brauchst",
    "avez", "est", "es", "needn", "have",
}  # fmt: skip
# Statements about how data is handled ("your data are processed anonymously").
DATA_STATEMENT = {
    "anonymous", "anonymously", "anonymised", "anonymized", "anoniem", "anonym",
    "anonymisiert", "anonyme", "anonymement", "anonimo", "anonima", "anonimi", "anonimamente",
    "processed", "stored", "treated", "handled", "protected",
    "confidential", "confidentially", "verwerkt", "opgeslagen", "behandeld", "beschermd",
    "vertrouwelijk", "verarbeitet", "gespeichert", "geschutzt", "vertraulich", "traitees",
    "traites", "stockees", "conservees", "protegees", "confidentiel", "confidentielles",
    "tratados", "almacenados", "protegidos", "confidencial", "confidenciales", "trattati",
    "conservati", "protetti", "riservati", "riservatezza", "privacy", "gdpr", "avg", "dsgvo",
    "rgpd", "lopd", "deleted", "verwijderd", "geloscht", "supprimees", "eliminados",
    "cancellati",
}  # fmt: skip

# Channels: e-mail, phone and social media as a way the museum reached the visitor.
CHANNEL = {
    "via", "by", "per", "par", "through", "door", "durch", "uber", "por", "tramite",
    "attraverso", "newsletter", "newsletters", "nieuwsbrief", "nieuwsbrieven", "rundbrief",
    "boletin", "hear", "heard", "find", "found", "learn", "learned", "learnt", "informed",
    "gehoord", "vernomen", "erfahren", "gehort", "entendu", "connu", "appris", "enterado",
    "entero", "conocio", "conocido", "sabido", "saputo", "conosciuto", "venuto",
    "advert", "advertisement", "advertising", "advertentie", "reclame", "werbung",
    "publicite", "anuncio", "publicidad", "pubblicita", "campaign", "campagne", "kampagne",
    "campana", "campagna", "reminder", "invitation", "uitnodiging", "einladung",
    "invitacion", "invito", "received", "receive", "ontvangen", "ontving", "erhalten",
    "bekommen", "recu", "recevoir", "recibido", "recibir", "ricevuto", "ricevere", "prefer",
    "preference", "voorkeur", "bevorzugen", "preferez", "prefiere", "preferisce",
    "communication", "communicatie", "kommunikation", "comunicacion", "comunicazione",
    "ads", "ad", "poster", "flyer", "radio", "newspaper", "krant", "zeitung", "journal",
    "periodico", "giornale", "tv", "television", "word", "mouth", "friends", "vrienden",
    "website", "internet", "online", "channel", "channels", "kanaal", "kanal", "canal",
    "canale", "source", "bron", "quelle", "fuente", "fonte", "contacted", "follow", "volgt",
    "folgen", "suivez", "sigue", "segue", "mentioned", "seen", "saw", "zag", "gezien",
    "gesehen", "vu", "visto", "use", "uses", "using", "used", "gebruikt", "gebruik",
    "nutzen", "nutzt", "genutzt", "utilisez", "utilise", "usa", "usas", "utiliza", "usate",
    "usi", "utilizza", "platform", "platforms", "plattform", "plateforme", "plataforma",
    "piattaforma", "posted", "share", "shared", "gedeeld", "geteilt", "partage", "compartido",
    "condiviso", "tag", "tagged", "hashtag", "app", "apps",
}  # fmt: skip
# Phones as devices: audio guide, app, camera.
DEVICE = {
    "use", "used", "using", "uses", "gebruikt", "gebruiken", "gebruik", "benutzt", "genutzt",
    "verwendet", "nutzen", "benutzen", "utilise", "utiliser", "utilisez", "usado", "utilizado",
    "usar", "usa", "usato", "utilizzato", "usare", "app", "apps", "audio", "guide",
    "audioguide", "audiotour", "audiogids", "audioguia", "audioguida", "camera", "photos",
    "pictures", "fotos", "foto", "scan", "scanned", "scannen", "qr", "battery", "charge",
    "charging", "charger", "wifi", "wlan", "screen", "scherm", "bildschirm", "ecran",
    "pantalla", "schermo", "headphones", "koptelefoon", "kopfhorer", "ecouteurs",
    "auriculares", "cuffie", "silent", "stil", "lautlos", "silencieux", "silencio", "silenzioso",
    "switch", "off", "uit", "aus", "eteindre", "apagar", "spegnere", "ticket", "tickets",
    "e-ticket", "qr-code", "map", "navigate", "music", "internet", "online", "browse",
    "website", "during", "tijdens", "wahrend", "pendant", "durante", "smartphone", "tablet",
    "device", "apparaat", "gerat", "appareil", "dispositivo", "own", "eigen", "eigenes",
    "propre", "propio", "proprio", "bring", "brought", "meegebracht", "mitgebracht",
    "apporte", "traido", "portato", "signal", "reception", "bereik", "empfang",
}  # fmt: skip
# Verbs of contacting: with them, "phone" or "e-mail" means a number or address to reach.
CONTACT_VERBS = {
    "reach", "contact", "call", "text", "sms", "whatsapp", "ring", "bereiken", "bellen",
    "contacteren", "appen", "erreichen", "anrufen", "kontaktieren", "joindre",
    "appeler", "contacter", "rappeler", "contactar", "llamar", "localizar", "contattare",
    "chiamare", "raggiungere", "richiamare", "reached", "called", "contacted", "whatsappen",
    "reachable", "contactable", "bereikbaar", "erreichbar", "joignable", "localizable",
    "localizamos", "llamamos", "contactamos", "chiamiamo", "contattiamo", "raggiungiamo",
    "appelons", "contactons", "joignons", "rappelons",
    "reperibile", "raggiungibile", "telefonare", "telefonear", "telephoner",
}  # fmt: skip

# Words that only fill a label ("Name (optional):") and do not change its meaning.
LABEL_FILLERS = (
    POSSESSIVE_2ND
    | POSSESSIVE_1ST
    | REQUEST
    | {
        "the", "a", "an", "and", "or", "of", "here", "below", "above", "optional", "required",
        "mandatory", "if", "any", "you", "wish", "want", "like", "field", "please", "en", "het",
        "de", "een", "hier", "hieronder", "optioneel", "verplicht", "facultatief", "et",
        "ou", "le", "la", "les", "l", "un", "une", "ici", "ci", "dessous", "facultatif",
        "facultative", "obligatoire", "und", "oder", "der", "die", "das", "den", "dem", "ein",
        "eine", "einen", "unten", "freiwillig", "pflichtfeld", "optionale", "y", "o", "el",
        "los", "las", "lo", "aqui", "abajo", "opcional", "obligatorio", "e", "il", "i", "gli",
        "uno", "una", "qui", "sotto", "facoltativo", "obbligatorio", "is", "what", "whats",
        "wat", "quel", "quelle", "est", "wie", "lautet", "ist", "cual", "es", "qual",
        "dell", "your", "s", "u", "je", "vous", "sie", "usted", "lei", "tu", "te", "ti",
        "thanks", "thank", "merci", "danke", "dank", "bedankt", "gracias", "grazie",
        "answer", "antwoord", "antwort", "reponse", "respuesta", "risposta", "only", "alleen",
        "nur", "seulement", "solo", "soltanto", "current", "huidige", "aktuelle", "actuelle",
        "actual", "attuale", "also", "ook", "auch", "aussi", "tambien", "anche", "to", "for",
        "voor", "fur", "pour", "para", "per", "with", "met", "mit", "avec", "con",
        "complete", "full", "own", "eigen", "volledige", "vollstandige", "complet", "completa",
        "completo", "valid", "geldig", "gultige", "valide", "valido", "del", "della",
        "di", "da", "van", "von", "du", "des", "d", "do", "we", "can", "may", "kunnen",
        "mogen", "konnen", "durfen", "pouvons", "podemos", "possiamo", "nous", "wir", "wij",
        "nosotros", "noi", "us", "ons", "uns", "nos", "note", "nb", "info", "private",
        "persoonlijk", "personal", "personlich", "personnel", "privado", "privato", "prive",
    }
)  # fmt: skip
# Modifiers allowed between a possessive and its term ("your full name", "uw volledige naam").
MODIFIERS = {
    "full", "complete", "first", "last", "own", "personal", "private", "current", "home",
    "real", "exact", "valid", "main", "preferred", "best", "usual", "legal", "official",
    "primary", "permanent", "new", "correct", "whole", "entire", "actual", "volledige",
    "volledig", "eigen", "persoonlijke", "persoonlijk", "prive", "huidige", "echte",
    "officiele", "juiste", "vollstandige", "vollstandiger", "vollstandigen", "eigene",
    "eigenen", "personliche", "personlichen", "privaten", "aktuelle", "aktuellen",
    "richtige", "richtigen", "genaue", "genaues", "complet", "personnelle",
    "personnel", "propre", "actuel", "actuelle", "vrai", "vraie", "exacte", "completo",
    "completa", "privada", "privado", "propio", "propia", "verdadero",
    "exacta", "exacto", "personale", "privato", "privata", "attuale", "proprio", "propria",
    "vero", "esatto", "esatta", "il", "la", "lo", "l", "i", "le", "gli", "el", "los", "las",
    "les", "de", "het", "der", "die", "das", "den", "dem",
    "e", "email", "mobile", "cell", "phone", "telephone", "postal", "street", "work",
    "business", "professional", "contact", "instagram", "twitter", "facebook", "tiktok",
    "social", "media", "linkedin", "bank", "credit",
}  # fmt: skip
# Determiners and adjectives skipped when looking for the noun after "of" ("of your favourite").
NOUN_PHRASE_SKIP = MODIFIERS | POSSESSIVE_2ND | POSSESSIVE_1ST | {
    "the", "a", "an", "this", "that", "these", "those", "favourite", "favorite", "favourites",
    "favorites", "preferred", "chosen", "beloved", "most", "one", "two", "three", "het", "een",
    "deze", "dit", "die", "favoriete", "lievelings", "geliefde", "le", "la", "les", "l", "un",
    "une", "ce", "cette", "ces", "prefere", "preferee", "der", "das", "des", "dem",
    "den", "ein", "eine", "eines", "einer", "dieses", "dieser", "lieblings", "el", "los",
    "las", "una", "este", "esta", "favorito", "favorita", "preferido", "preferida",
    "il", "lo", "gli", "uno", "questo", "questa", "preferito", "preferita", "amato", "amata",
    "youngest", "oldest", "eldest", "little", "small", "accompanying", "other", "s", "each",
    "every", "all", "any", "elke", "ieder", "iedere", "alle", "chaque", "tous", "toutes",
    "jeder", "jede", "jedes", "jedem", "cada", "todos", "ogni", "tutti", "tutte",
}  # fmt: skip
# Words introducing an owner after a term ("name of the artist", "nom de votre enfant").
OF_WORDS = {
    "of", "van", "von", "vom", "des", "der", "de", "del", "della", "dello", "dei", "degli",
    "delle", "di", "du", "d", "dell", "for", "voor", "pour", "fur", "para", "per", "ihres",
    "ihrer", "deines", "deiner", "eures", "eurer", "seines", "seiner",
}  # fmt: skip


# ------------------------------------------------------------------ frame words of the linter
# Small closed word classes the request-frame judgement uses (articles, prepositions, verbs of
# giving, nouns that make a special category a topic), in all six languages.

ABBREVIATIONS = {
    "tel", "nr", "no", "e", "g", "i", "z", "b", "bzw", "etc", "ca", "approx", "vs", "dr", "mr",
    "mrs", "ms", "st", "sr", "sra", "sig", "p", "n", "num", "incl", "excl", "resp", "evtl",
    "ggf", "usw", "dhr", "mevr", "mw", "mme", "m", "ex", "bijv", "bv", "o", "a", "s", "v",
    "sg", "gsm", "mob", "ref",
}  # fmt: skip

INERT_BETWEEN_REQUEST_AND_TERM = (
    POSSESSIVE_2ND
    | POSSESSIVE_1ST
    | MODIFIERS
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
ARTICLES = {
    "the", "de", "het", "le", "la", "les", "l", "der", "die", "das", "den", "dem", "des", "el",
    "los", "las", "il", "lo", "gli",
}  # fmt: skip
PRIZE = {
    "prize", "draw", "raffle", "win", "winner", "winners", "competition", "contest", "lottery",
    "giveaway", "voucher", "vouchers", "prijs", "prijzen", "prijsvraag", "loterij", "winnen",
    "winactie", "verloting", "winnaar", "gewinnspiel", "gewinnen", "verlosung", "preis",
    "gutschein", "tirage", "concours", "gagner", "loterie", "gagnant", "sorteo", "concurso",
    "ganar", "premio", "premios", "ganador", "sorteggio", "concorso", "vincere", "estrazione",
    "buono", "vincitore", "tombola", "jaarkaart", "jahreskarte", "vrijkaarten",
    "freikarten", "omaggio",
}  # fmt: skip
GENERIC_DATA_WORDS = {
    "details", "gegevens", "daten", "angaben", "donnees", "datos", "dati", "data", "contact",
    "contacto", "contatto", "kontakt", "personal", "persoonsgegevens",
}  # fmt: skip
# Words used as verbs right before a possessive or article: "name your favourite", "address the".
VERB_USE_FOLLOWERS = (
    POSSESSIVE_2ND
    | ARTICLES
    | {
        "a", "an", "one", "two", "three", "four", "five", "some", "any", "this", "that",
        "these", "those", "it", "them", "something", "up", "all", "each", "every", "at",
    }
)  # fmt: skip
FRENCH_NUMBER_DETERMINERS = {
    "votre", "vos", "ton", "ta", "tes", "le", "un", "du", "quel", "leur", "leurs", "notre",
    "nos", "grand", "petit", "meme", "bon", "certain", "quelle", "ce",
}  # fmt: skip


# French inversions are hyphenated ("avez-vous"), but the pieces are separate words.
GENDER_SUFFIXES = {
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
PRONOUN_TAILS = {
    "vous", "tu", "il", "elle", "nous", "on", "ils", "elles", "moi", "toi", "le", "la", "les",
    "t", "ci", "lui", "leur", "en", "y",
}  # fmt: skip


NUMBER_ABBREVIATIONS = {
    "number": ("no", "nr", "num", "nbr"),
    "numero": ("n", "no", "nr", "num", "nro"),
    "nummer": ("nr", "no"),
}

# Things with a number that identifies their holder: cards, passes, tickets, bookings.
ID_NOUNS = "|".join(
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


CASED_ABBREVIATIONS = {
    "nie", "cap", "ip", "nino", "tin", "avs", "cf", "plz", "nir", "niss", "rib", "eid", "dni",
}  # fmt: skip
UPLOAD_VERBS = {
    "upload", "attach", "uploaden", "bijvoegen", "hochladen", "anhangen", "beifugen",
    "telechargez", "telecharger", "televersez", "televerser", "joignez", "joindre", "sube",
    "suba", "subir", "adjunte", "adjunta", "adjuntar", "carica", "carichi", "caricare",
    "allega", "alleghi", "allegare", "lade", "ladet", "laden", "link", "paste", "plak", "url",
    "lien", "collez", "enlace", "pegue", "pega", "incolla", "incolli", "uploadt",
}  # fmt: skip
UPLOAD_KINDS = {"file", "upload", "image", "photo", "picture", "media"}
AMBIGUOUS_OWNER_NOUNS = {
    "work", "werk", "school", "company", "city", "town", "street", "straat", "rue", "calle",
    "home", "model", "figure", "print", "guest", "place", "site", "desk", "office",
}  # fmt: skip
NOT_PROPER = POSSESSIVE_2ND | PRONOUN_2ND | PRONOUN_2ND_CAPITALISED | {"i"}
PROPER_NOUN_OF_WORDS = {"of", "van", "di", "du", "del", "de", "d", "della", "dello"}
GENITIVE_POSSESSIVES = {"ihres", "ihrer", "deines", "deiner", "eures", "eurer"}
COORDINATORS = {"and", "en", "et", "und", "y", "e", "ed", "or", "of", "ou", "oder", "o", "u", "&"}
INDEFINITE_ARTICLES = {
    "a", "an", "een", "un", "une", "ein", "eine", "einen", "uno", "una", "new", "nieuwe",
    "neuen", "nouveau", "nuevo", "nuovo", "another", "other",
}  # fmt: skip
ARTWORK_NOUNS = {
    "painting", "paintings", "artwork", "work", "piece", "sculpture", "statue", "object",
    "exhibition", "style", "room", "schilderij", "kunstwerk", "werk", "beeld", "stijl", "zaal",
    "bild", "gemalde", "skulptur", "stil", "saal", "tableau", "oeuvre",
    "salle", "cuadro", "obra", "escultura", "estilo", "sala", "quadro",
    "dipinto", "opera", "scultura", "stile", "exposition", "ausstellung", "mostra",
    "tentoonstelling", "exposicion",
}  # fmt: skip
FAVOURITE = ("lieblings", "favoriet", "lievelings")
OBJECTS_OF_VERB = OTHER_OWNER | {
    "us", "me", "him", "her", "them", "ons", "mij", "nous", "moi", "uns", "mich", "nos", "ci",
    "noi", "staff", "personnel", "personeel", "mitarbeiter", "personal", "with", "met", "mit",
    "avec", "con", "opnemen", "aufnehmen",
}  # fmt: skip
OBJECT_PRONOUNS_2ND = {
    "you", "u", "jou", "usted", "vous", "toi", "te", "ti", "yourself", "lei", "dich", "dir",
    "ihnen", "jullie", "voi", "vosotros", "uzelf", "jezelf",
}  # fmt: skip
RESPONDENT_NOUNS = {
    "visitor", "visitors", "respondent", "respondents", "participant", "participants",
    "bezoeker", "bezoekers", "deelnemer", "deelnemers", "besucher", "besucherin",
    "teilnehmer", "teilnehmerin", "befragten", "visiteur", "visiteuse", "visiteurs",
    "participante", "participantes", "visitante", "visitantes", "encuestado", "visitatore",
    "visitatori", "partecipante", "partecipanti", "guest", "guests", "holder", "titular",
    "titulaire", "titolare", "houder", "inhaber",
}  # fmt: skip
VERB_LIKE_TERMS = {
    "name", "names", "address", "sign", "mail", "email", "text", "post", "contact", "contacto",
    "contatto", "kontakt",
}  # fmt: skip
SPECIAL_ADJECTIVES = {
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
ATTRIBUTE_NOUNS = {
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
CLAUSE_WORDS = {
    "or", "and", "you", "u", "je", "vous", "sie", "tu", "usted", "lei", "person", "at", "in",
    "to", "yourself", "enough", "now", "today", "still", "too", "also", "ook", "auch", "aussi",
    "tambien", "anche", "of", "ou", "oder", "o",
}  # fmt: skip
NOUN_PHRASE_OPENERS = {
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
GENITIVE_OF = {
    "of", "van", "von", "vom", "des", "der", "de", "del", "della", "dello", "dei", "degli",
    "delle", "di", "du", "d", "dell",
}  # fmt: skip
CONTRACTED_OF = {
    "du", "des", "del", "della", "dello", "dei", "degli", "delle", "dell", "vom", "der", "al",
    "dal", "dalla",
}  # fmt: skip
DEMONSTRATIVES = {
    "this", "that", "these", "those", "dit", "dat", "deze", "die", "ce", "cet", "cette", "ces",
    "dieser", "diese", "dieses", "este", "esta", "ese", "esa", "questo", "questa", "quel",
    "quella", "du", "des", "del", "della", "dello", "dei", "degli", "delle", "dell", "al",
}  # fmt: skip
PERSONAL_LIFE = {
    "life", "leven", "leben", "vie", "vida", "vita", "family", "gezin", "familie", "famille",
    "familia", "famiglia", "household", "huishouden", "haushalt", "foyer", "hogar", "casa",
    "upbringing", "opvoeding", "erziehung", "education", "daily", "everyday",
}  # fmt: skip
SINGULAR_GROUP_NOUNS = {"visitor", "user", "guest", "audience"}
ANSWER_WORDS = {"no", "non", "nee", "nein", "niet", "nope"}
AVOID_VERBS = {
    "avoid", "refrain", "vermijd", "vermijden", "vermeiden", "vermeide", "evitez", "eviter",
    "evitar", "evite", "evita", "eviti", "evitare",
}  # fmt: skip
CONTRAST = {"but", "maar", "mais", "aber", "sondern", "pero", "sino", "ma", "however"}
CHANNEL_PREPOSITIONS = {
    "via", "by", "per", "par", "through", "door", "durch", "uber", "por", "tramite",
    "attraverso",
}  # fmt: skip
POSTPOSED_REQUEST = {
    "invullen", "angeben", "eintragen", "achterlaten", "vermelden", "opgeven", "plait",
    "graag", "please", "bitte", "favor", "favore", "svp", "aub", "alstublieft", "hinterlassen",
    "mitteilen", "nennen", "indiquer", "renseigner", "preciser", "invoeren", "noteren",
    "doorgeven", "below", "here",
}  # fmt: skip
HAVE_BE = {
    "have", "has", "are", "haben", "hast", "hebt", "heb", "heeft", "hebben", "bent", "ben",
    "sind", "bist", "avez", "as", "etes", "es", "tiene", "tienes", "eres", "ha", "hai", "sei",
    "possiede", "possiedi", "besitzen", "bezit",
}  # fmt: skip
INTERROGATIVE_DETERMINERS = {
    "which", "what", "welke", "welk", "welche", "welcher", "welches", "welchen", "quel",
    "quelle", "quels", "quelles", "que", "cual", "cuales", "quale", "quali", "che",
}  # fmt: skip
RELATIVE_PRONOUNS = {
    "who", "that", "which", "die", "dat", "welche", "welcher", "der", "qui", "que", "quien",
    "quienes", "che", "cui", "whose",
}  # fmt: skip
PURPOSE_WORDS = {"for", "voor", "fur", "pour", "para", "per", "zwecks", "om", "to"}
NUMBER_WORDS = {
    "n", "no", "nr", "nro", "num", "nbr", "number", "nummer", "numero", "numer", "id", "code",
}  # fmt: skip
SEPARABLE_PARTICLES = {"an", "ein", "in", "achter", "op", "door"}
SEPARABLE_VERBS = {
    "geben", "gib", "tragen", "trag", "vul", "voer", "geef", "teilen", "laat", "laten",
    "vullen", "geeft",
}  # fmt: skip
GIVE_VERBS = {
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
SUBJECT_NOUNS = (TOPIC_NOUNS - OTHER_NOUNS) | {
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
SUBJECT_NOUNS |= {
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
SUBJECT_NOUNS |= {
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
SUBJECT_NOUNS -= {"in", "museum", "museums", "musee", "museo", "musea", "museen", "over", "bij"}


CLITICS = ("nos", "los", "las", "les", "lo", "la", "le", "me", "ci", "li", "gli", "ne", "mi")

LEFT = {"left", "links", "gauche", "izquierda", "sinistra", "linkse", "linker"}
RIGHT = {"right", "rechts", "droite", "derecha", "destra", "rechtse", "rechter"}
CENTRE = {"centre", "center", "midden", "mitte", "centro", "centrum", "zentrum"}
# The museum as the one contacted: "reach us", "joindre le musée", "contactar con el museo".
MUSEUM_OBJECTS = {
    "us", "ons", "nous", "uns", "nosotros", "noi", "museum", "musee", "museo", "musea", "museen",
    "musei", "museos", "desk", "balie", "kassa", "kasse", "reception", "receptie", "accueil",
    "taquilla", "biglietteria", "staff", "personeel", "team", "equipe", "equipo",
    "informationsschalter", "infobalie", "helpdesk", "ticketing", "servicedesk", "besucherservice",
}  # fmt: skip
MUSEUM_OBJECTS_BEFORE = {"ons", "uns", "nous", "nos", "ci", "ens"}
CONTACT_LINKS = {"con", "met", "mit", "with", "to", "a", "al", "au", "aan", "zum", "zur"}
# A visit is the respondent's when it is "your visit": "code de réservation de votre visite".
VISIT_NOUNS = {
    "visit", "visits", "bezoek", "groepsbezoek", "besuch", "gruppenbesuch", "visite", "visita",
    "visitas", "tour", "rondleiding", "fuhrung",
}  # fmt: skip
# Italian "mai" and French "jamais" mean "ever" in a question unless a negation comes first
# ("non ... mai", "ne ... jamais").
EVER_IN_QUESTIONS = {"mai", "jamais"}
NEGATION_PARTNERS = {"non", "ne", "n", "no", "nessuno", "personne"}
# Sending something to the respondent: a residence question then asks for a postal address.
SEND_VERBS = {
    "send", "post", "mail", "deliver", "ship", "sturen", "opsturen", "toesturen", "versturen",
    "bezorgen", "schicken", "senden", "zusenden", "zuschicken", "envoyer", "envoyons",
    "expedier", "enviar", "enviarle", "enviarte", "enviamos", "mandar", "mandarle", "inviare",
    "inviarle", "inviarti", "inviamo", "spedire", "spedirle", "spediamo", "recapitare",
}  # fmt: skip
# People who came with the respondent: "their names" then means the companions' names.
COMPANION_WORDS = {
    "accompanied", "accompanying", "companion", "companions", "came", "begeleid", "begeleider",
    "gezelschap", "kwam", "kwamen", "begleitet", "begleiter", "begleitung", "begleiterin",
    "accompagne", "accompagnee", "accompagnes", "accompagnateur", "accompagnateurs",
    "acompanado", "acompanada", "acompanantes", "acompanante", "vinieron", "accompagnato",
    "venu", "venue", "venus", "venues", "vino", "viniste", "venuto", "venuta", "gekommen",
    "mitgekommen", "meegekomen", "accompagnait", "accompagnaient", "accompagnent", "acompano",
    "acompanaron", "acompanaba", "begleitete", "begleiteten", "vergezelde", "vergezeld",
    "accompagnata", "accompagnatori", "venuti",
}  # fmt: skip
THIRD_PERSON_POSSESSIVES = {
    "their", "hun", "ihre", "ihr", "ihren", "ihrer", "leur", "leurs", "loro",
}  # fmt: skip
# A question text that addresses the respondent; its options then speak of the respondent too.
STEM_ADDRESS = PRONOUN_2ND | POSSESSIVE_2ND | {"sie", "ihnen", "lei", "le", "usted"}
TOWN_NOUNS = {
    "town", "city", "village", "municipality", "hometown", "plaats", "stad", "gemeente",
    "woonplaats", "dorp", "stadje", "plaatsje", "stadt", "ort", "gemeinde", "dorf", "ortschaft",
    "wohnort", "heimatort", "ville", "commune", "localite", "agglomeration", "ciudad", "pueblo",
    "municipio", "localidad", "poblacion", "citta", "comune", "paesino", "borgo", "localita",
    "paese",
}  # fmt: skip
# A job title next to the employer identifies the person holding that job.
JOB_TITLE = {
    "title", "jobtitle", "position", "role", "function", "occupation", "job", "profession",
    "functie", "functietitel", "beroep", "funktion", "stelle", "berufsbezeichnung", "beruf",
    "poste", "fonction", "intitule", "metier", "cargo", "puesto", "profesion", "ocupacion",
    "ruolo", "mansione", "qualifica", "professione", "incarico",
}  # fmt: skip
PARTS_OF_DAY = {
    "morning", "afternoon", "evening", "ochtend", "middag", "avond", "namiddag", "vormittag",
    "nachmittag", "abend", "vormittags", "nachmittags", "abends", "matin", "matinee",
    "soir", "soiree", "midi", "manana", "tarde", "noche", "mediodia", "mattina", "mattino",
    "pomeriggio", "sera", "serata",
}  # fmt: skip
VISIT_WORDS = {
    "visit", "visited", "came", "come", "arrive", "arrived", "here", "today", "bezoek",
    "bezocht", "kwam", "kwamen", "gekomen", "aangekomen", "vandaag", "besuch", "besucht",
    "besuchten", "kamen", "gekommen", "angekommen", "heute", "visite", "visitez", "venu", "venue",
    "venus", "arrivee", "aujourd", "visita", "visito", "visitaste", "vino", "viniste",
    "llego", "llegaste", "hoy", "venuto", "venuta", "arrivato", "arrivata", "oggi", "visitato",
    "when", "wanneer", "wann", "quand", "cuando", "quando",
}  # fmt: skip
PREFERENCE_WORDS = {
    "prefer", "preferred", "would", "rather", "liever", "voorkeur", "zou", "lieber", "bevorzugen",
    "wurden", "prefereriez", "preferez", "prefere", "preferiria", "prefiere", "prefieres",
    "preferirebbe", "preferisce", "preferisci", "open", "opening", "openingstijden",
    "offnungszeiten", "horaires", "horario", "orari", "workshop", "workshops",
}  # fmt: skip
# Pronoun spellings that are other words in the question's language.
NOT_A_PRONOUN_IN = {
    "nl": frozenset({"i"}),
    "fr": frozenset({"du", "i"}),
    "de": frozenset({"i"}),
    "es": frozenset({"i", "u"}),
    "it": frozenset({"i", "u"}),
}
# Languages that drop the subject pronoun: "¿Tiene alguna discapacidad?" addresses no one by word.
PRONOUN_DROP = frozenset({"es", "it"})
# Words that are a key term in some languages only; in the others they are ordinary words
# (Spanish and Italian "corona" is a crown, Dutch and German "corona" is COVID).
ONLY_IN = {
    "corona": frozenset({"nl", "de"}),
}
# "in the past year": a span of time, not the past as a subject.
TIME_SPAN_NOUNS = {
    "year", "years", "month", "months", "week", "weeks", "decade", "days", "day", "twelve", "12",
    "few", "two", "three", "five", "ten",
}  # fmt: skip
# Politeness words that may open an imperative clause before its verb.
POLITENESS = {
    "please", "kindly", "graag", "aub", "alstublieft", "alsjeblieft", "gelieve", "bitte", "merci",
    "svp", "veuillez", "por", "favor", "per", "cortesia", "just", "also", "ook", "auch", "aussi",
    "tambien", "anche", "now", "nu", "jetzt", "maintenant", "ahora", "ora",
}  # fmt: skip
# Function words that are something else in the other languages (Spanish "van": they go).
FUNCTION_WORD_LANGUAGES = {
    "van": frozenset({"nl"}),
    "von": frozenset({"de"}),
    "vom": frozenset({"de"}),
    "voor": frozenset({"nl"}),
    "fur": frozenset({"de"}),
    "pour": frozenset({"fr"}),
    "du": frozenset({"fr"}),
    "di": frozenset({"it"}),
    "della": frozenset({"it"}),
    "dello": frozenset({"it"}),
    "dei": frozenset({"it"}),
    "degli": frozenset({"it"}),
    "delle": frozenset({"it"}),
    "dell": frozenset({"it"}),
    "der": frozenset({"de"}),
    "des": frozenset({"fr", "de"}),
    "para": frozenset({"es"}),
    "ihres": frozenset({"de"}),
    "ihrer": frozenset({"de"}),
    "deines": frozenset({"de"}),
    "deiner": frozenset({"de"}),
    "eures": frozenset({"de"}),
    "eurer": frozenset({"de"}),
    "seines": frozenset({"de"}),
    "seiner": frozenset({"de"}),
}
# Function words that mark a language, for questions without a declared language (each word
# belongs to one language only).
LANGUAGE_MARKERS = {
    "en": frozenset(
        {
            "the",
            "and",
            "you",
            "your",
            "what",
            "which",
            "how",
            "did",
            "do",
            "does",
            "is",
            "are",
            "of",
            "to",
            "with",
            "this",
            "was",
            "were",
            "would",
            "have",
            "please",
            "our",
            "we",
            "any",
            "about",
            "who",
            "when",
            "where",
            "my",
            "today",
            "visit",
        }
    ),
    "nl": frozenset(
        {
            "het",
            "een",
            "uw",
            "jij",
            "wat",
            "welke",
            "hoe",
            "van",
            "bent",
            "heeft",
            "hebt",
            "voor",
            "niet",
            "ook",
            "dit",
            "deze",
            "wij",
            "ons",
            "onze",
            "naar",
            "bij",
            "zijn",
            "waar",
            "wanneer",
            "graag",
            "vond",
            "wilt",
            "kunt",
            "ik",
            "mijn",
            "bezoek",
            "hier",
        }
    ),
    "fr": frozenset(
        {
            "le",
            "les",
            "des",
            "du",
            "une",
            "et",
            "vous",
            "votre",
            "vos",
            "est",
            "quel",
            "quelle",
            "comment",
            "avez",
            "etes",
            "pour",
            "avec",
            "dans",
            "sur",
            "ce",
            "cette",
            "nous",
            "notre",
            "pas",
            "au",
            "aux",
            "ou",
            "je",
            "mon",
            "ma",
            "visite",
            "musee",
        }
    ),
    "de": frozenset(
        {
            "der",
            "das",
            "den",
            "dem",
            "und",
            "sie",
            "ihr",
            "ihre",
            "ihren",
            "ihrer",
            "ist",
            "sind",
            "haben",
            "wie",
            "was",
            "welche",
            "welcher",
            "welches",
            "wo",
            "mit",
            "fur",
            "nicht",
            "auch",
            "ein",
            "eine",
            "wir",
            "uns",
            "unser",
            "bitte",
            "zu",
            "im",
            "ich",
            "mein",
            "besuch",
        }
    ),
    "es": frozenset(
        {
            "el",
            "los",
            "las",
            "y",
            "usted",
            "su",
            "sus",
            "como",
            "cual",
            "para",
            "por",
            "del",
            "al",
            "nos",
            "nuestro",
            "tiene",
            "esta",
            "le",
            "ha",
            "fue",
            "cuando",
            "donde",
            "quien",
            "mi",
            "yo",
            "visita",
            "museo",
            "es",
            "muy",
            "hoy",
        }
    ),
    "it": frozenset(
        {
            "il",
            "lo",
            "gli",
            "lei",
            "suo",
            "sua",
            "che",
            "come",
            "quale",
            "di",
            "per",
            "della",
            "non",
            "anche",
            "ci",
            "nostro",
            "questo",
            "questa",
            "sono",
            "siete",
            "ho",
            "hai",
            "io",
            "quando",
            "dove",
            "chi",
            "oggi",
            "molto",
            "nel",
            "alla",
        }
    ),
}
