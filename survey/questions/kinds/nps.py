"""How likely the visitor is to recommend the museum, 0-10 (Net Promoter Score)."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms.validators import ValidationError

from survey.questions.base import ChoiceOption, QuestionKind, SurveyLabels, pick_text
from survey.questions.registry import register_kind


@register_kind
class NetPromoterScore(QuestionKind):
    name = "nps"
    title = _l("Recommendation 0-10 (NPS)")
    position = 40
    points = range(0, 11)

    def choices(self, question, lang, labels):
        return [ChoiceOption(str(point), str(point)) for point in self.points]

    def anchors(self, lang: str, labels: SurveyLabels) -> tuple[str, str]:
        return (
            pick_text(labels.nps_anchors.get("low", {}), lang),
            pick_text(labels.nps_anchors.get("high", {}), lang),
        )

    def parse(self, raw, question):
        value = self._first(raw)
        if value is None:
            return None
        if value not in {str(p) for p in self.points}:
            raise ValidationError(_("Please choose one of the options shown."))
        return int(value)

    def answer_rows(self, question, value):
        return [{"number": value}]
