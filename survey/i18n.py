"""Language choice for every request; nothing about it is stored."""

from __future__ import annotations

from flask import current_app, g, request

LANGUAGE_NAMES = {
    "en": "English",
    "nl": "Nederlands",
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
    "it": "Italiano",
}


def supported_languages() -> tuple[str, ...]:
    return tuple(current_app.config["LANGUAGES"])


def negotiate_language(offered: tuple[str, ...] | list[str], requested: str | None = None) -> str:
    """`?lang=` if offered, else the best Accept-Language match, else the first offered language."""
    offered = tuple(offered) or supported_languages()
    if requested in offered:
        return requested
    return request.accept_languages.best_match(offered) or offered[0]


def select_locale() -> str:
    lang = getattr(g, "lang", None)
    if lang:
        return lang
    if request.blueprint not in {"respond", None}:
        from flask_login import current_user

        if current_user.is_authenticated:
            return current_user.locale
    return negotiate_language(supported_languages(), request.args.get("lang"))
