"""French respondent texts keep ? ! ; : with the word before them on a narrow screen."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from survey.typography import french_spacing, typeset
from tests.test_translations import CATALOGS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Est-ce votre première visite ?", "Est-ce votre première visite\u202f?"),
        ("Vraiment?!", "Vraiment\u202f?!"),
        ("Vos réponses sont anonymes : voyez", "Vos réponses sont anonymes\u00a0: voyez"),
        ("« Bonjour »", "«\u00a0Bonjour\u00a0»"),
        ("Note : 10 ; bien !", "Note\u00a0: 10\u202f; bien\u202f!"),
        ("https://example.org/s/demo?lang=fr", "https://example.org/s/demo?lang=fr"),
        ("Heure: 10:30", "Heure: 10:30"),
    ],
)
def test_french_spacing(text, expected):
    assert french_spacing(text) == expected
    assert french_spacing(expected) == expected


def test_only_french_is_typeset():
    assert typeset("Is this your first visit ?", "en") == "Is this your first visit ?"


def test_french_catalog_is_typeset():
    with (CATALOGS / "fr" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle, locale="fr")
    untypeset = []
    for message in catalog:
        if not message.id:  # the catalog header
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        untypeset += [s for s in strings if s and french_spacing(s) != s]
    assert untypeset == []
