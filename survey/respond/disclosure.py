"""What the intro page tells respondents is stored, derived from the schema itself.

A test checks that every column of the response and answer tables is described here, so a new
column cannot be added without the intro page saying so.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from survey.models import Answer, Response

#: Plain-language description of every stored column, keyed by (table, column).
STORED_COLUMN_DESCRIPTIONS = {
    ("response", "id"): _l("a random number that identifies the set of answers, not you"),
    ("response", "museum_id"): _l("the museum you visited"),
    ("response", "language"): _l("the language you answered in"),
    ("response", "core_version"): _l("the version of the questionnaire"),
    ("response", "submitted_on"): _l("the date you sent your answers (not the time)"),
    ("response", "record_key"): _l(
        "a random number that adds a little noise to published figures, so that no one can "
        "work out your answers from them"
    ),
    ("answer", "response_id"): None,
    ("answer", "question_id"): None,
    ("answer", "ordinal"): None,
    ("answer", "option_code"): _l("your answers to the questions"),
    ("answer", "number"): _l("your answers to the questions"),
    ("answer", "text"): _l(
        "what you write in open questions, after e-mail addresses, phone numbers, id and bank "
        "account numbers and social media profiles have been removed automatically"
    ),
}

NEVER_STORED = (
    _l("your name or contact details"),
    _l("your IP address"),
    _l("your device or browser"),
    _l("cookies: this survey sets none"),
    _l("the time of day you answered"),
)


def schema_columns() -> set[tuple[str, str]]:
    return {
        (table.name, column.name)
        for table in (Response.__table__, Answer.__table__)
        for column in table.columns
    }


def stored_fields() -> list[str]:
    """Distinct descriptions of what is stored, in schema order."""
    seen: list[str] = []
    for key in sorted(schema_columns(), key=_schema_order):
        description = STORED_COLUMN_DESCRIPTIONS[key]
        if description is not None and str(description) not in seen:
            seen.append(str(description))
    return seen


def _schema_order(key: tuple[str, str]) -> int:
    return list(STORED_COLUMN_DESCRIPTIONS).index(key) if key in STORED_COLUMN_DESCRIPTIONS else -1
