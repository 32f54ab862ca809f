"""Normalisation folds every disguise of a word into one form and remembers where it came from."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from survey.privacy.normalise import normalise


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("E-MAIL", "e-mail"),
        ("Téléphone", "telephone"),
        ("Straße", "strasse"),
        ("e\u2011mail", "e-mail"),  # non-breaking hyphen
        ("e\u2014mail", "e-mail"),  # em dash
        ("e\u200bmail", "email"),  # zero-width space
        ("e\u00admail", "email"),  # soft hyphen
        ("\u0435mail", "email"),  # Cyrillic е
        ("\u03bfnline", "online"),  # Greek ο
        ("ｅｍａｉｌ", "email"),  # full-width letters
        ("𝐞𝐦𝐚𝐢𝐥", "email"),  # mathematical bold
        ("e m a i l", "email"),
        ("D.O.B.", "dob."),
        ("p-h-o-n-e", "phone"),
        ("ph0ne", "phone"),
        ("em@il", "email"),
        ("n4me", "name"),
        ("addre$$", "address"),
        ("Œuvre", "oeuvre"),
        ("l’adresse", "l'adresse"),
    ],
)
def test_disguised_spellings_fold_to_plain_text(written, folded):
    assert normalise(written).text == folded


def test_spaced_words_keep_the_wider_gap_between_them():
    assert normalise("n u m é r o  d e  t é l é p h o n e").text == "numero de telephone"
    assert normalise("P.h.o.n.e n.u.m.b.e.r").text == "phone number"


@pytest.mark.parametrize("text", ["17th century", "Room 2e", "open 10am", "A4 poster", "mp3"])
def test_ordinals_units_and_codes_are_not_read_as_leetspeak(text):
    assert normalise(text).text == text.lower()


def test_short_single_letter_runs_stay_apart():
    assert normalise("e.g. a cat").text == "e.g. a cat"


def test_spans_map_back_to_the_original_text():
    original = "Your е\u200bmail?"  # Cyrillic е and a zero-width space
    result = normalise(original)
    start = result.text.index("email")
    begin, end = result.original_span(start, start + len("email"))
    assert original[begin:end] == "е\u200bmail"


def test_ascii_text_has_an_identity_map():
    result = normalise("What is your name?")
    assert result.source is None
    assert result.original_span(13, 17) == (13, 17)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_every_folded_character_points_into_the_original(text):
    result = normalise(text)
    if result.source is not None:
        assert len(result.source) == len(result.text)
        assert all(0 <= index < len(text) for index in result.source)
        assert list(result.source) == sorted(result.source)
