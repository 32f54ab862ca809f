"""Open text, at most `max_length` characters; contact details are scrubbed before storage."""

from __future__ import annotations

import re

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import Form
from wtforms.validators import ValidationError

from survey.formfields import optional_whole_number
from survey.privacy import scrub_text
from survey.questions.base import QuestionKind, QuestionLike
from survey.questions.registry import register_kind

#: Control characters other than tab and newline never belong in an answer.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
#: Hard ceiling for free text, whatever a question's settings say.
FREE_TEXT_CEILING = 5000
DEFAULT_MAX_LENGTH = 1000


class FreeTextSettings(Form):
    max_length = optional_whole_number(
        _l("Longest answer, in characters"), low=1, high=FREE_TEXT_CEILING
    )


@register_kind
class FreeText(QuestionKind):
    name = "free_text"
    title = _l("Open text")
    position = 60
    settings_form = FreeTextSettings
    setting_keys = ("max_length",)

    @staticmethod
    def max_length(question: QuestionLike) -> int:
        return min(int(question.settings.get("max_length", DEFAULT_MAX_LENGTH)), FREE_TEXT_CEILING)

    def parse(self, raw, question):
        value = self._first(raw)
        if value is None:
            return None
        value = CONTROL_CHARACTERS.sub("", value.replace("\r\n", "\n"))
        limit = self.max_length(question)
        if len(value) > limit:
            raise ValidationError(
                _(
                    "Please keep your answer to %(limit)d characters; it now has %(length)d.",
                    limit=limit,
                    length=len(value),
                )
            )
        return value

    def answer_rows(self, question, value):
        # Contact details and id numbers never reach the database.
        return [{"text": scrub_text(value)}]

    def settings_from_form(self, form):
        return {"max_length": form.max_length.data or DEFAULT_MAX_LENGTH}

    def clean_settings(self, raw):
        value = raw.get("max_length")
        return {} if value in (None, "") else {"max_length": int(value)}

    def check_definition(self, question, labels):
        value = question.get("max_length", DEFAULT_MAX_LENGTH)
        if not isinstance(value, int) or not 1 <= value <= FREE_TEXT_CEILING:
            return f"max_length: expected a whole number from 1 to {FREE_TEXT_CEILING}"
        return None
