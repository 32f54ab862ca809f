"""Any number of options out of the question's own list, optionally at most `max_choices`."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from wtforms import Form
from wtforms.validators import ValidationError

from survey.formfields import optional_whole_number
from survey.questions.base import MAX_OPTIONS, QuestionKind, add_error, integer_settings
from survey.questions.registry import register_kind


class MultipleChoiceSettings(Form):
    max_choices = optional_whole_number(
        _l("Most options a visitor may tick (empty: no limit)"), low=1, high=MAX_OPTIONS
    )


@register_kind
class MultipleChoice(QuestionKind):
    name = "multiple_choice"
    title = _l("Multiple choice")
    position = 20
    has_options = True
    multiple = True
    settings_form = MultipleChoiceSettings
    setting_keys = ("max_choices",)

    def parse(self, raw, question):
        chosen = {v.strip() for v in raw if v and v.strip()}
        if not chosen:
            return None
        codes = self._option_codes(question)
        if chosen - set(codes):
            raise ValidationError(_("Please choose only from the options shown."))
        limit = question.settings.get("max_choices")
        if limit and len(chosen) > limit:
            raise ValidationError(
                ngettext(
                    "Please choose at most %(num)d option.",
                    "Please choose at most %(num)d options.",
                    limit,
                )
            )
        return [code for code in codes if code in chosen]

    def answer_rows(self, question, value):
        return [{"ordinal": i, "option_code": code} for i, code in enumerate(value)]

    def check_settings_form(self, form, option_count):
        if (form.max_choices.data or 0) > option_count:
            add_error(form.max_choices, _("This is more than the number of options."))
            return False
        return True

    def clean_settings(self, raw):
        return integer_settings(raw, self.setting_keys)

    def check_definition(self, question, labels):
        return self._whole_numbers(question, self.setting_keys)
