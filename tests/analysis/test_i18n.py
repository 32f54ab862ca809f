"""One translation mechanism: the reports read the very catalogs Flask-Babel gives the web app."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from analysis import i18n
from analysis.resources import translation_catalogs

LANGUAGES = ("nl", "fr", "de", "es", "it")


def catalog_messages(lang: str) -> list[str]:
    path = translation_catalogs() / lang / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        return [m.id for m in read_po(handle) if m.id and isinstance(m.id, str)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_reports_and_the_web_app_translate_every_message_alike(app, lang):
    from flask_babel import force_locale
    from flask_babel import gettext as web_gettext

    messages = catalog_messages(lang)
    assert len(messages) > 100
    translated = 0
    with app.test_request_context("/"), force_locale(lang), i18n.language(lang):
        for message in messages:
            # Both unformatted: the web app's gettext formats only when given variables.
            report_text = i18n.raw_gettext(message)
            assert web_gettext(message) == report_text, message
            translated += report_text != message
    assert translated > len(messages) * 0.9, "the compiled catalogs are missing: make translations"


def test_an_unknown_or_regional_language_falls_back_sensibly():
    assert i18n.normalise("nl_BE") == "nl"
    assert i18n.normalise("xx") == "en"
    with i18n.language("de"):
        assert i18n.raw_gettext("Fieldwork") != "Fieldwork"
    with i18n.language("xx"):
        assert i18n.raw_gettext("Fieldwork") == "Fieldwork"
