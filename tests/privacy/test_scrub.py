"""The free-text scrubber removes contact details, identifiers and names and leaves ordinary text
alone."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from survey.privacy import scrub_text
from survey.privacy.scrub import (
    ADDRESS,
    BIRTH_DATE,
    CARD,
    EMAIL,
    IBAN,
    ID_NUMBER,
    NAME,
    PHONE,
    PLATE,
    PROFILE,
)
from tests.privacy import score_scrub

HERE = Path(__file__).parent


@pytest.mark.parametrize(
    "text",
    [
        "jan.jansen@example.nl",
        "Marie-Claire.Dupont+musee@orange.fr",
        "jan (at) example (dot) nl",
        "jan[at]gmail.com",
        "anna {at} web {punkt} de",
        "giulia.rossi@libero.it",
    ],
)
def test_email_addresses_become_placeholder(text):
    assert scrub_text(f"Write to me: {text} thanks") == f"Write to me: {EMAIL} thanks"


@pytest.mark.parametrize(
    "number",
    [
        "06-12345678",
        "06 1234 5678",
        "020 123 4567",
        "020-5247000",
        "+31 6 12345678",
        "+31 (0)6 1234 5678",
        "0031 6 12345678",
        "+32 470 12 34 56",
        "0470 12 34 56",
        "02/123.45.67",
        "+49 (0)30 123456",
        "0171 1234567",
        "030 12345678",
        "01 23 45 67 89",
        "06.12.34.56.78",
        "+33 1 23 45 67 89",
        "612 345 678",
        "91 123 45 67",
        "333 1234567",
        "+39 06 1234 5678",
        "07700 900123",
        "(020) 7946 0958",
        "+44 20 7946 0958",
        "+352 621 123 456",
    ],
)
def test_phone_numbers_become_placeholder(number):
    assert scrub_text(f"Call me on {number} after five") == f"Call me on {PHONE} after five"


def test_short_number_counts_as_phone_only_after_a_phone_word():
    assert scrub_text("Tel. 0800 1234") == f"Tel. {PHONE}"
    assert scrub_text("We saw 0800 1234 things") == "We saw 0800 1234 things"


@pytest.mark.parametrize(
    "iban",
    [
        "NL91ABNA0417164300",
        "NL91 ABNA 0417 1643 00",
        "BE68 5390 0754 7034",
        "DE89 3704 0044 0532 0130 00",
        "FR14 2004 1010 0505 0001 3M02 606",
        "ES91 2100 0418 4502 0005 1332",
        "IT60 X054 2811 1010 0000 0123 456",
        "GB29 NWBK 6016 1331 9268 19",
    ],
)
def test_valid_ibans_become_placeholder(iban):
    assert scrub_text(f"Refund to {iban} please") == f"Refund to {IBAN} please"


def test_iban_with_wrong_check_digits_is_left_alone():
    assert scrub_text("code NL92ABNA0417164300") == "code NL92ABNA0417164300"


@pytest.mark.parametrize(
    "number",
    [
        "123456782",  # NL BSN
        "1234.56.782",  # NL BSN written with dots
        "85.07.30-033.28",  # BE rijksregisternummer
        "36574261809",  # DE Steuer-ID
        "54362315K",  # ES DNI
        "X2482300W",  # ES NIE
        "RCCMNL83S18D969H",  # IT codice fiscale
        "2 95 10 99 126 111 93",  # FR NIR
        "AB 12 34 56 C",  # UK National Insurance number
        "756.1234.5678.97",  # CH AHV
        "943 476 5919",  # UK NHS number
    ],
)
def test_national_id_numbers_become_placeholder(number):
    assert scrub_text(f"my number is {number}.") == f"my number is {ID_NUMBER}."


@pytest.mark.parametrize(
    "number", ["123456789", "54362315A", "RCCMNL83S18D969X", "85.07.30-033.29"]
)
def test_id_shaped_values_with_wrong_checksum_are_left_alone(number):
    assert scrub_text(f"code {number}") == f"code {number}"


def test_labelled_passport_number_becomes_placeholder():
    assert scrub_text("passport number NX1234567") == f"passport number {ID_NUMBER}"
    assert scrub_text("mijn paspoort: NW12KL345") == f"mijn paspoort: {ID_NUMBER}"


@pytest.mark.parametrize("card", ["4111 1111 1111 1111", "5500-0000-0000-0004", "340000000000009"])
def test_payment_cards_become_placeholder(card):
    assert scrub_text(f"paid with {card}") == f"paid with {CARD}"


def test_card_shaped_number_failing_luhn_is_left_alone():
    assert scrub_text("ref 4111 1111 1111 1112") == "ref 4111 1111 1111 1112"


@pytest.mark.parametrize(
    "profile",
    [
        "https://www.instagram.com/janjansen/",
        "instagram.com/jan.jansen",
        "linkedin.com/in/jan-jansen",
        "https://facebook.com/jan.jansen.1",
        "x.com/janj",
        "tiktok.com/@jan_j",
        "wa.me/31612345678",
        "@jan_jansen",
        "@jan@mastodon.social",
    ],
)
def test_social_profiles_become_placeholder(profile):
    assert scrub_text(f"follow me {profile} ok") == f"follow me {PROFILE} ok"


@pytest.mark.parametrize(
    "text",
    [
        "The painting dates from 1642.",
        "Tickets cost € 12,50 and the café €3.80.",
        "Open 10:00-17:00, on Thursday 9.30 - 21.00.",
        "Room 2.14 and room 0.12 were closed.",
        "We visited on 12-05-2023, 01.05.2023 and 2023-05-01.",
        "06-05-2023 - 07-05-2023",
        "5 stars! I gave it 4/5.",
        "Rembrandt (1606-1669) and the years 1900 - 1950.",
        "About 1.200.000 visitors and 12 345 678 objects.",
        "See www.rijksmuseum.nl/en/visit or https://www.museoprado.es/visita.",
        "Follow the museum on instagram.com or facebook.",
        "Museumstraat 1, 1071 XJ Amsterdam",
        "ISBN 978-90-12345-67-8",
        "Rate from 0 1 2 3 4 5 6 7 8 9 10",
        "Ich war mit 2 Kindern (4 und 7 Jahre) da, Eintritt 24,00 €.",
        "Email is the best way to reach the museum's staff.",
        "La sala 12 del secolo XVII, opere dal 1600 al 1700.",
        "",
    ],
)
def test_ordinary_text_is_unchanged(text):
    assert scrub_text(text) == text


def test_several_values_in_one_answer_are_all_replaced():
    text = "Lovely! Mail anna@example.org or call +31 20 123 4567, IBAN NL91ABNA0417164300."
    assert scrub_text(text) == f"Lovely! Mail {EMAIL} or call {PHONE}, IBAN {IBAN}."


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Nd", "Lu", "Lt"]), max_size=80))
def test_text_without_digits_capitals_at_signs_or_links_is_unchanged(text):
    # Names are written with capitals except after an explicit frame ("my name is ..."), which
    # random text does not produce.
    if "@" in text or "/" in text:
        return
    assert scrub_text(text) == text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_scrubbing_is_idempotent(text):
    once = scrub_text(text)
    assert scrub_text(once) == once


@pytest.mark.parametrize(
    "text",
    [
        "jan @ example . com",
        "jan at example dot com",
        "jan＠example．com",
        "ｊａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ",
        "jan\u200b@\u200bexample.com",
        "jan.jansen apenstaartje ziggo punt nl",
        "marie.dupont arobase orange point fr",
        "hans ät web punkt de",
        "carlos arroba gmail punto com",
        "giulia chiocciola libero punto it",
        "peter at gmail.com",
    ],
)
def test_disguised_email_addresses_become_placeholder(text):
    assert scrub_text(f"Mail {text} thanks") == f"Mail {EMAIL} thanks"


def test_plain_at_before_a_website_is_not_an_email_address():
    assert scrub_text("Buy tickets at rijksmuseum.nl") == "Buy tickets at rijksmuseum.nl"


@pytest.mark.parametrize(
    "number",
    [
        "06\u201312345678",
        "06\u00b712\u00b734\u00b756\u00b778",
        "06_12_34_56_78",
        "０６－１２３４５６７８",
        "06\u200b1234\u200b5678",
        "+ 31 6 1234 5678",
        "+39-347/123.45.67",
    ],
)
def test_disguised_phone_numbers_become_placeholder(number):
    assert scrub_text(f"Call me on {number} after five") == f"Call me on {PHONE} after five"


@pytest.mark.parametrize(
    "card",
    [
        "4111.1111.1111.1111",
        "4111\u20131111\u20131111\u20131111",
        "４１１１ １１１１ １１１１ １１１１",
    ],
)
def test_disguised_card_numbers_become_placeholder(card):
    assert scrub_text(f"paid with {card}") == f"paid with {CARD}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stuur het naar Kerkstraat 12, 3511 LK Utrecht", f"Stuur het naar {ADDRESS}"),
        ("Envoyez-le au 12 rue de Rivoli, 75001 Paris", f"Envoyez-le au {ADDRESS}"),
        ("Meine Adresse: Hauptstraße 5, 10115 Berlin", f"Meine Adresse: {ADDRESS}"),
        ("Mi dirección es Calle Mayor 5, 28013 Madrid", f"Mi dirección es {ADDRESS}"),
        ("Il mio indirizzo: Via Roma 10, 00184 Roma.", f"Il mio indirizzo: {ADDRESS}."),
        ("I live at 14 Elm Road, Oxford OX2 6HT", f"I live at {ADDRESS}"),
        ("ik woon op de Dorpsstraat 5", f"ik woon op de {ADDRESS}"),
        (
            "ik woon sinds 2010 op de Kerkstraat 12 in Utrecht",
            f"ik woon sinds 2010 op de {ADDRESS}",
        ),
        (
            "The card never arrived at 22 Acacia Avenue, Leeds",
            f"The card never arrived at {ADDRESS}",
        ),
    ],
)
def test_postal_addresses_become_placeholder(text, expected):
    assert scrub_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The café at Kerkstraat 12 was lovely.",
        "Il negozio in Via Roma 10 vende il catalogo.",
        "Museumstraat 1, 1071 XJ Amsterdam",
        "Raum 3, 2000 Besucher am Tag.",
    ],
)
def test_streets_named_as_a_location_stay(text):
    assert scrub_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My name is Emily Clarke and I loved it", f"My name is {NAME} and I loved it"),
        ("my name is david hughes, loved it", f"my name is {NAME}, loved it"),
        ("Ik ben Pieter Bakker en ik kom elk jaar.", f"Ik ben {NAME} en ik kom elk jaar."),
        ("ik heet Fleur van den Berg", f"ik heet {NAME}"),
        ("Je m\u2019appelle Camille Lefèvre.", f"Je m\u2019appelle {NAME}."),
        ("Ich heiße Lukas Becker und komme aus Köln.", f"Ich heiße {NAME} und komme aus Köln."),
        ("Me llamo Lucía Fernández y vine sola.", f"Me llamo {NAME} y vine sola."),
        ("Mi chiamo Giulia Conti e sono di Bologna.", f"Mi chiamo {NAME} e sono di Bologna."),
        ("Prima expo.\nGroetjes, Pieter Bakker", f"Prima expo.\nGroetjes, {NAME}"),
        ("Cordialement, Sophie Girard", f"Cordialement, {NAME}"),
        ("Ik was er met mijn vrouw Ingrid Smit.", f"Ik was er met mijn vrouw {NAME}."),
    ],
)
def test_names_given_as_identification_become_placeholder(text, expected):
    assert scrub_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mit freundlichen Grüßen, Prof. Dr. Wolfgang Lehmann", f"Mit freundlichen Grüßen, {NAME}"),
        ("Met vriendelijke groet, drs. H.J. van den Berg", f"Met vriendelijke groet, {NAME}"),
        ("Distinti saluti, dott.ssa Laura Bianchi", f"Distinti saluti, {NAME}"),
        ("Ta, Ian McAllister", f"Ta, {NAME}"),
        ("Mooie collectie. Groetjes Pieter", f"Mooie collectie. Groetjes {NAME}"),
        ("Top bezoek.\n- Pieter", f"Top bezoek.\n- {NAME}"),
        ("Great visit.\nPieter Bakker", f"Great visit.\n{NAME}"),
        ("Hello, this is George Palmer - thanks", f"Hello, this is {NAME} - thanks"),
        ("Vriendelijke groeten van Henk en Truus", f"Vriendelijke groeten van {NAME}"),
        ("Hi, Sarah here. Loved it!", f"Hi, {NAME} here. Loved it!"),
        ("Mooi museum (Anna, 34, Utrecht)", f"Mooi museum ({NAME}, 34, Utrecht)"),
        ("Mijn naam is van der Berg.", f"Mijn naam is {NAME}."),
        ("Mon fils s'appelle Hugo.", f"Mon fils s'appelle {NAME}."),
        ("Ma fille Léa a adoré.", f"Ma fille {NAME} a adoré."),
        ("Ik ben Pieter. Pieter Bakker, uit Delft.", f"Ik ben {NAME}. {NAME}, uit Delft."),
        ("ik ben pieter en ik kom elk jaar", f"ik ben {NAME} en ik kom elk jaar"),
        ("Mooie zalen. Pieter Bakker", f"Mooie zalen. {NAME}"),
    ],
)
def test_signatures_with_titles_initials_and_without_comma_become_placeholder(text, expected):
    assert scrub_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our guide Sarah was brilliant.",
        "Thanks, Sarah!",
        "Grazie Chiara!",
        "De gids Pieter vertelde prachtig over Mondriaan.",
        "I'm Dutch and I loved the Vermeer room.",
        "Ich bin Lehrerin und komme mit meiner Klasse.",
        "Ik ben Amsterdammer en kom vaak.",
        "The artist's wife Saskia van Uylenburgh is portrayed.",
        "Groetjes en tot de volgende keer!",
        "Viele Grüße aus Wien!",
        "Hier ist Caspar David Friedrich zu sehen.",
        "Great visit.\nBravo",
        "Cordialement, l'équipe pédagogique",
        "Thanks, Tom and Sarah!",
        "Saludos de Madrid",
        "El cuadro se llama Las Meninas.",
        "Wij zijn Belgen en komen elk jaar.",
        "Hammershøi, 52, painted quiet interiors.",
        "Warhol was born in 1928 in Pittsburgh.",
        "ik ben blij met de nieuwe zalen",
        "Great exhibition. Vincent van Gogh",
    ],
)
def test_guides_artists_and_greetings_are_not_names(text):
    assert scrub_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I was born on 12 May 1985.", f"I was born on {BIRTH_DATE}."),
        ("DOB: 03/07/1962", f"DOB: {BIRTH_DATE}"),
        ("Ik ben geboren op 14-02-1978.", f"Ik ben geboren op {BIRTH_DATE}."),
        ("Je suis née le 5 juin 1971 à Lille", f"Je suis née le {BIRTH_DATE} à Lille"),
        ("Ich bin am 12.03.1967 geboren.", f"Ich bin am {BIRTH_DATE} geboren."),
        ("Nací el 8 de octubre de 1980", f"Nací el {BIRTH_DATE}"),
        ("Sono nata il 15 agosto 1983", f"Sono nata il {BIRTH_DATE}"),
        ("I was born in 1957.", f"I was born in {BIRTH_DATE}."),
        ("my date of birth is 30.06.1978 ok", f"my date of birth is {BIRTH_DATE} ok"),
        ("Jahrgang 1967, seit Jahren Mitglied.", f"Jahrgang {BIRTH_DATE}, seit Jahren Mitglied."),
        ("Sono del '85 e vengo spesso.", f"Sono del {BIRTH_DATE} e vengo spesso."),
    ],
)
def test_dates_of_birth_become_placeholder(text, expected):
    assert scrub_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rembrandt was born in Leiden in 1606.",
        "Picasso was born on 25 October 1881 in Málaga.",
        "The exhibition runs from 12 May to 3 September 2024.",
        "Albrecht Dürer wurde 1471 in Nürnberg geboren.",
        "Caravaggio nacque nel 1571 a Milano.",
    ],
)
def test_dates_that_are_not_the_respondents_birth_stay(text):
    assert scrub_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("follow me @emily_draws ok", f"follow me {PROFILE} ok"),
        ("suivez-moi sur ＠camille_art", f"suivez-moi sur {PROFILE}"),
        ("mijn insta: sanne.fotografie", f"mijn insta: {PROFILE}"),
        ("zie facebook.com/pieter.bakker.77", f"zie {PROFILE}"),
        ("Tag #museumnight and @rijksmuseum", "Tag #museumnight and @rijksmuseum"),
        ("tiktok @chloe_aumusee", f"tiktok {PROFILE}"),
        ("follow me on instagram jan.jansen.art", f"follow me on instagram {PROFILE}"),
    ],
)
def test_handles_and_profiles_but_not_hashtags_or_the_museums_account(text, expected):
    assert scrub_text(text) == expected


@pytest.mark.parametrize(
    "plate", ["12-ABC-3", "GZ-123-K", "1-ABC-234", "AB-123-CD", "B-MK 1234", "1234 BCD", "AB12 CDE"]
)
def test_licence_plates_become_placeholder(plate):
    assert scrub_text(f"my car {plate} was hit") == f"my car {PLATE} was hit"


@pytest.mark.parametrize(
    "text",
    [
        "The painting SK-C-5 is the Night Watch.",
        "Catalogue no. AB-123-CD",
        "ISBN 978-90-12345-67-8",
    ],
)
def test_inventory_numbers_are_not_plates_or_phones(text):
    assert scrub_text(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Ｒｏｏｍ １２ was lovely\u200b, the café\u00a0too – really.",
        "Zaal 1·12 en 1\u201313, tickets €22,50",
        "Thé\u200b à 3 €, salle ７１１",
    ],
)
def test_unusual_characters_in_ordinary_text_are_kept_exactly(text):
    assert scrub_text(text) == text


def test_name_with_a_combining_accent_is_found_and_the_accent_goes_with_it():
    assert scrub_text("Je m'appelle Le\u0301a Caron.") == f"Je m'appelle {NAME}."


def test_text_around_a_disguised_value_is_kept_exactly():
    text = "Ｌｏｖｅｌｙ\u00a0visit – mail ｊａｎ＠ｅｘａｍｐｌｅ．ｎｌ\u200b please"
    assert scrub_text(text) == f"Ｌｏｖｅｌｙ\u00a0visit – mail {EMAIL}\u200b please"


def test_score_counts_a_partly_kept_value_as_missed():
    text = "call 06-1234 5678"
    assert score_scrub.leaks("06-1234 5678", text, "call [phone] 5678") == ["digits 5678 kept"]
    assert score_scrub.leaks("06-1234 5678", text, "call [phone]") == []
    name_text = "Groetjes, Pieter Bakker"
    assert score_scrub.leaks("Pieter Bakker", name_text, "Groetjes, [name] Bakker") == [
        "word 'bakker' kept"
    ]


def test_score_does_not_count_the_words_of_placeholders():
    text = "mein Profil: https://www.xing.com/profile/Marlene_Vogt"
    assert score_scrub.leaks(text[14:], text, "mein Profil: [profile]") == []


def test_score_does_not_count_digits_that_also_stand_elsewhere_in_the_row():
    text = "In 2024 I paid with 4111 1111 1111 2024"
    assert score_scrub.leaks("4111 1111 1111 2024", text, "In 2024 I paid with [card]") == []


def _assert_targets(path: Path) -> None:
    result = score_scrub.score(score_scrub.load(path))
    assert sum(result.total.values()) > 0 and sum(result.benign.values()) > 0
    assert result.failures() == [], score_scrub.report(path.name, result)


def test_development_corpus_meets_the_targets():
    _assert_targets(HERE / "scrub_dev.jsonl")


@pytest.mark.xfail(
    strict=True,
    reason="names, addresses, birth dates and handles are below 0.95 recall on the frozen set "
    "(tests/privacy/results/scrub-2026-12-01-round2.md)",
)
def test_frozen_test_set_meets_the_targets():
    path = HERE / "heldout" / "scrub_test.jsonl"
    if not path.exists():
        pytest.skip("the frozen scrubber test set is not in this checkout")
    _assert_targets(path)
