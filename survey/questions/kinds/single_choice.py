"""One option out of the question's own list."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms.validators import ValidationError

from survey.questions.base import QuestionKind
from survey.questions.registry import register_kind


@register_kind
class SingleChoice(QuestionKind):
    name = "single_choice"
    title = _l("Single choice")
    position = 10
    has_options = True

    def parse(self, raw, question):
        value = self._first(raw)
        if value is None:
            return None
        if value not in self._option_codes(question):
            raise ValidationError(_("Please choose one of the options shown."))
        return value

    def answer_rows(self, question, value):
        return [{"option_code": value}]
