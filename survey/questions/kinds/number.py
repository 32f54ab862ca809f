"""A whole number between the question's `min` and `max`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import Form

from survey.formfields import optional_whole_number
from survey.questions.base import QuestionKind, QuestionLike, add_error
from survey.questions.registry import register_kind

DEFAULT_MIN = 0
DEFAULT_MAX = 999
#: Largest bound an editor may set, either way.
NUMBER_LIMIT = 1_000_000


class NumberSettings(Form):
    min = optional_whole_number(_l("Smallest number allowed"), low=-NUMBER_LIMIT, high=NUMBER_LIMIT)
    max = optional_whole_number(_l("Largest number allowed"), low=-NUMBER_LIMIT, high=NUMBER_LIMIT)


def _bounds(settings: Mapping[str, Any]) -> tuple[int, int]:
    low, high = settings.get("min"), settings.get("max")
    return (
        DEFAULT_MIN if low in (None, "") else int(low),
        DEFAULT_MAX if high in (None, "") else int(high),
    )


@register_kind
class BoundedNumber(QuestionKind):
    name = "number"
    title = _l("Number")
    position = 50
    settings_form = NumberSettings
    setting_keys = ("min", "max")

    @staticmethod
    def bounds(question: QuestionLike) -> tuple[int, int]:
        return _bounds(question.settings)

    def parse(self, raw, question):
        value = self._first(raw)
        if value is None:
            return None
        return self._integer(value, *self.bounds(question))

    def answer_rows(self, question, value):
        return [{"number": value}]

    def check_settings_form(self, form, option_count):
        low, high = _bounds(form.data)
        if low >= high:
            add_error(form.max, _("Make this larger than the smallest number."))
            return False
        return True

    def clean_settings(self, raw):
        low, high = _bounds(raw)
        return {"min": low, "max": high}

    def check_definition(self, question, labels):
        problem = self._whole_numbers(question, self.setting_keys)
        if problem is None and _bounds(question)[0] >= _bounds(question)[1]:
            return "max: must be larger than min"
        return problem
