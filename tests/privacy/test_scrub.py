"""The free-text scrubber removes contact details and identifiers and leaves ordinary text alone."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from survey.privacy import scrub_text
from survey.privacy.scrub import CARD, EMAIL, IBAN, ID_NUMBER, PHONE, PROFILE


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
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Nd"]), max_size=80))
def test_text_without_digits_or_at_signs_or_links_is_unchanged(text):
    if "@" in text or "/" in text:
        return
    assert scrub_text(text) == text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_scrubbing_is_idempotent(text):
    once = scrub_text(text)
    assert scrub_text(once) == once
