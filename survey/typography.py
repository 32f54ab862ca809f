"""Typography of respondent texts that differs by language: French puts a non-breaking space
before ? ! ; : and inside « », so that the sign never starts a line on a narrow screen."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

NARROW_NO_BREAK_SPACE = "\u202f"
NO_BREAK_SPACE = "\u00a0"

#: ? ! ; after a word or a closing sign, with or without a space: a narrow no-break space.
#: Only before a space, a closing sign or the end, so that "?lang=" in an address stays as it is.
_HIGH_SIGNS = re.compile(r"(?<=[\w)\]»\"'’.…])[ \u00a0\u202f]?([?!;]+)(?=[\s)\]»\"'’]|$)")
#: A colon after a space: a no-break space (never added where there was none: "https:" stays).
_COLON = re.compile(r"(?<=\S)[ \u00a0\u202f]:(?=\s|$)")
_OPENING_GUILLEMET = re.compile(r"«[ \u00a0\u202f]*")
_CLOSING_GUILLEMET = re.compile(r"[ \u00a0\u202f]*»")


def french_spacing(text: str) -> str:
    text = _HIGH_SIGNS.sub(lambda m: NARROW_NO_BREAK_SPACE + m.group(1), text)
    text = _COLON.sub(NO_BREAK_SPACE + ":", text)
    text = _OPENING_GUILLEMET.sub("«" + NO_BREAK_SPACE, text)
    return _CLOSING_GUILLEMET.sub(NO_BREAK_SPACE + "»", text)


def typeset(text: str, lang: str) -> str:
    return french_spacing(text) if lang == "fr" and text else text


def typeset_texts(texts: Any) -> Any:
    """A {language: text} mapping with each text typeset for its language (anything else, as
    in a questionnaire file still to be checked, comes back as it is)."""
    if not isinstance(texts, Mapping):
        return texts
    return {
        lang: typeset(text, lang) if isinstance(text, str) else text for lang, text in texts.items()
    }
