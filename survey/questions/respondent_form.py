"""The respondent's form for one survey page, built from the registry."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from flask_babel import gettext as _
from wtforms import Field, Form
from wtforms.validators import StopValidation

from survey.questions.base import ChoiceOption, QuestionLike, SurveyLabels
from survey.questions.registry import get_kind


class AnswerField(Field):
    """A form field whose parsing and validation come from the question's kind."""

    def __init__(self, label=None, validators=None, *, question, kind, choices=(), **kwargs):
        super().__init__(label, validators, **kwargs)
        self.question = question
        self.kind = kind
        self.choices: list[ChoiceOption] = list(choices)

    def process_formdata(self, valuelist):
        self.submitted = True

    def pre_validate(self, form):
        if getattr(self, "submitted", False):
            self.data = self.kind.parse(self.raw_data or [], self.question)
        if self.data is None and self.question.required:
            raise StopValidation(_("Please answer this question."))

    @property
    def raw_values(self) -> list[str]:
        """What the respondent sees selected or typed: their input, else the stored answer."""
        if getattr(self, "submitted", False):
            return list(self.raw_data or [])
        return self.kind.to_raw(self.data)

    @property
    def text_value(self) -> str:
        values = self.raw_values
        return values[0] if values else ""


def field_name(question: QuestionLike) -> str:
    return f"q{question.id}"


def build_section_form(
    questions: Iterable[QuestionLike],
    lang: str,
    labels: SurveyLabels,
    *,
    formdata=None,
    answers: Mapping[str, Any] | None = None,
) -> Form:
    """A WTForms form for one section, built from the registry.

    `answers` pre-fills fields from earlier pages (keyed by question id as a string).
    """
    answers = answers or {}
    fields: dict[str, AnswerField] = {}
    data: dict[str, Any] = {}
    for question in questions:
        kind = get_kind(question.kind)
        name = field_name(question)
        fields[name] = AnswerField(
            question=question, kind=kind, choices=kind.choices(question, lang, labels)
        )
        data[name] = answers.get(str(question.id))
    form_class = type("SectionForm", (Form,), fields)
    form = form_class(formdata=formdata, data=data)
    return form
