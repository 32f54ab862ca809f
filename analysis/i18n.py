"""The language of a report: gettext from the interface's catalogs, without Flask.

The web app (Flask-Babel) and the reports read the same compiled catalogs,
survey/translations/<lang>/LC_MESSAGES/messages.mo, made from one set of .po files by one
extraction (`make extract-messages`, `make translations`). Report builders and the renderer run
inside `language(lang)`, which installs Babel's `Translations` of that locale for that block
only (a context variable, so concurrent reports in other threads keep their own language).
`_()` and `ngettext()` look messages up there; English, the source language, returns the
message itself. `N_()` only marks a message for extraction; it is translated where it is shown.

Messages use named placeholders, `_("%(count)s answers", count=n)`, as in the interface, and are
always formatted, so a literal percent sign is written `%%` (which also keeps babel's format
check of the catalogs meaningful).
"""

from __future__ import annotations

import contextvars
import datetime as dt
import gettext as gettext_module
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.support import NullTranslations, Translations

from analysis.resources import translation_catalogs
from config.study import LANGUAGES

SOURCE_LANGUAGE = "en"

_NULL = NullTranslations()
_current: contextvars.ContextVar[tuple[str, gettext_module.NullTranslations]] = (
    contextvars.ContextVar("report_language", default=(SOURCE_LANGUAGE, _NULL))
)


def normalise(lang: str | None) -> str:
    """'nl_BE', 'nl-BE' or 'NL' → 'nl'; unknown or empty → English."""
    code = (lang or SOURCE_LANGUAGE).replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


@lru_cache(maxsize=16)
def translations(lang: str) -> gettext_module.NullTranslations:
    """The compiled catalog of a language, as Flask-Babel loads it for the web app."""
    lang = normalise(lang)
    if lang == SOURCE_LANGUAGE:
        return _NULL
    return Translations.load(str(translation_catalogs()), [lang], "messages")


@contextmanager
def language(lang: str | None) -> Iterator[str]:
    """Translate every report message in this block into `lang` (normalised)."""
    code = normalise(lang)
    token = _current.set((code, translations(code)))
    try:
        yield code
    finally:
        _current.reset(token)


def current_language() -> str:
    return _current.get()[0]


def gettext(message: str, **variables: Any) -> str:
    """The message in the current language, formatted with `variables` (write % as %%)."""
    return raw_gettext(message) % variables


def ngettext(singular: str, plural: str, num: int, **variables: Any) -> str:
    variables.setdefault("num", num)
    return raw_ngettext(singular, plural, num) % variables


def raw_gettext(message: str) -> str:
    """The message in the current language, unformatted (for Jinja, which formats itself)."""
    return _current.get()[1].gettext(message)


def raw_ngettext(singular: str, plural: str, num: int) -> str:
    return _current.get()[1].ngettext(singular, plural, num)


_ = gettext


def N_(message: str) -> str:  # noqa: N802 - the conventional name of the extraction marker
    """Mark a message for extraction; translate it with `_()` where it is shown."""
    return message


# --- Numbers and dates -----------------------------------------------------------------------


@lru_cache(maxsize=16)
def _symbols(lang: str) -> tuple[str, str]:
    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return ",", "."
    return locale.number_symbols["latn"]["group"], locale.number_symbols["latn"]["decimal"]


def localise_number(text: str) -> str:
    """A number formatted the Python way ("1,234.5") with the language's separators."""
    lang = current_language()
    if lang == SOURCE_LANGUAGE:
        return text
    group, decimal = _symbols(lang)
    return text.translate(str.maketrans({",": group, ".": decimal}))


def format_date(day: dt.date) -> str:
    """A date as '06 Jan 2025', with the language's month abbreviation."""
    lang = current_language()
    if lang == SOURCE_LANGUAGE:
        return f"{day:%d %b %Y}"
    return babel_format_date(day, "dd MMM yyyy", locale=lang)
