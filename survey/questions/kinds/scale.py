"""A 1-5 rating with labelled points (a named scale of the core questionnaire), optionally with
"not applicable"."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, Form, SelectChoice, SelectField
from wtforms.validators import ValidationError

from survey.questions.base import ChoiceOption, QuestionKind, add_error, pick_text
from survey.questions.registry import register_kind

#: Stored in `Answer.option_code` when a respondent marks a scale question "not applicable".
NOT_APPLICABLE = "na"
DEFAULT_SCALE = "quality"


class ScaleSettings(Form):
    # Choices come from the loaded core questionnaire (`prepare_settings_form`).
    scale = SelectField(_l("Labels of the rating scale"), choices=[], validate_choice=False)
    allow_na = BooleanField(_l("Offer “not applicable”"))


@register_kind
class Scale(QuestionKind):
    name = "scale"
    title = _l("Rating scale 1-5")
    position = 30
    points = range(1, 6)
    settings_form = ScaleSettings
    setting_keys = ("scale", "allow_na")

    def choices(self, question, lang, labels):
        scale = labels.scales.get(question.settings.get("scale", DEFAULT_SCALE), [])
        options = [
            ChoiceOption(
                str(point), pick_text(scale[point - 1], lang) if len(scale) >= point else ""
            )
            for point in self.points
        ]
        if question.settings.get("allow_na"):
            options.append(ChoiceOption(NOT_APPLICABLE, pick_text(labels.not_applicable, lang)))
        return options

    def parse(self, raw, question):
        value = self._first(raw)
        if value is None:
            return None
        if value == NOT_APPLICABLE and question.settings.get("allow_na"):
            return NOT_APPLICABLE
        if value not in {str(p) for p in self.points}:
            raise ValidationError(_("Please choose one of the options shown."))
        return int(value)

    def answer_rows(self, question, value):
        if value == NOT_APPLICABLE:
            return [{"option_code": NOT_APPLICABLE}]
        return [{"number": value}]

    def prepare_settings_form(self, form, labels, locale):
        form.scale.choices = [
            SelectChoice(name, f"{pick_text(points[0], locale)} … {pick_text(points[-1], locale)}")
            for name, points in labels.scales.items()
        ]

    def check_settings_form(self, form, option_count):
        if form.scale.data not in {choice.value for choice in form.scale.choices}:
            add_error(form.scale, _("Choose one of the scales listed."))
            return False
        return True

    def settings_form_data(self, settings):
        return {"scale": settings.get("scale"), "allow_na": bool(settings.get("allow_na"))}

    def clean_settings(self, raw):
        settings: dict = {"scale": str(raw.get("scale") or DEFAULT_SCALE)}
        if raw.get("allow_na"):
            settings["allow_na"] = True
        return settings

    def check_definition(self, question, labels):
        if question.get("scale", DEFAULT_SCALE) not in labels.scales:
            return f"scale: unknown scale {question.get('scale')!r}"
        if not isinstance(question.get("allow_na", False), bool):
            return "allow_na: expected true or false"
        return None
