from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from wtforms import Field, Form
from wtforms.validators import StopValidation, ValidationError

from survey.privacy import scrub_text

#: Stored in `Answer.option_code` when a respondent marks a scale question "not applicable".
NOT_APPLICABLE = "na"
#: Control characters other than tab and newline never belong in an answer.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
#: Hard ceiling for free text, whatever a question's settings say.
FREE_TEXT_CEILING = 5000


class QuestionLike(Protocol):
    id: int
    code: str
    kind: str
    required: bool
    settings: dict[str, Any]
    options: Sequence[Any]


@dataclass(frozen=True)
class ChoiceOption:
    code: str
    label: str


@dataclass(frozen=True)
class SurveyLabels:
    """Labels shared by many questions, taken from the core questionnaire document."""

    scales: Mapping[str, Sequence[Mapping[str, str]]]
    nps_anchors: Mapping[str, Mapping[str, str]]
    not_applicable: Mapping[str, str]

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> SurveyLabels:
        return cls(
            scales=document.get("scales", {}),
            nps_anchors=document.get("nps_anchors", {}),
            not_applicable=document.get("not_applicable", {}),
        )


def _pick(texts: Mapping[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("en") or ""


class QuestionKind:
    """Behaviour shared by all kinds; subclasses set `name` and override parse/answer_rows."""

    name: ClassVar[str]
    title: ClassVar[Any]
    has_options: ClassVar[bool] = False
    multiple: ClassVar[bool] = False

    @property
    def template(self) -> str:
        return f"respond/_kind_{self.name}.html"

    def choices(
        self, question: QuestionLike, lang: str, labels: SurveyLabels
    ) -> list[ChoiceOption]:
        return [ChoiceOption(o.code, o.label_in(lang)) for o in question.options]

    def parse(self, raw: list[str], question: QuestionLike) -> Any:
        """Turn submitted strings into the answer value, or None when unanswered.

        Raises ValidationError with a message in the respondent's language.
        """
        raise NotImplementedError

    def to_raw(self, value: Any) -> list[str]:
        if value is None:
            return []
        if isinstance(value, list):
            return [str(v) for v in value]
        return [str(value)]

    def answer_rows(self, question: QuestionLike, value: Any) -> list[dict[str, Any]]:
        raise NotImplementedError

    # Helpers for subclasses -------------------------------------------------------------
    @staticmethod
    def _first(raw: list[str]) -> str | None:
        for value in raw:
            if value is not None and value.strip() != "":
                return value.strip()
        return None

    def _option_codes(self, question: QuestionLike) -> list[str]:
        return [o.code for o in question.options]

    @staticmethod
    def _integer(value: str, low: int, high: int) -> int:
        try:
            number = int(value.strip().replace(" ", ""), 10)
        except ValueError:
            raise ValidationError(_("Please enter a whole number.")) from None
        if not low <= number <= high:
            raise ValidationError(
                _("Please enter a number from %(low)d to %(high)d.", low=low, high=high)
            )
        return number


class SingleChoice(QuestionKind):
    name = "single_choice"
    title = _l("Single choice")
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


class MultipleChoice(QuestionKind):
    name = "multiple_choice"
    title = _l("Multiple choice")
    has_options = True
    multiple = True

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


class Scale(QuestionKind):
    """A 1-5 rating with labelled points, optionally with "not applicable"."""

    name = "scale"
    title = _l("Rating scale 1-5")
    points = range(1, 6)

    def choices(self, question, lang, labels):
        scale = labels.scales.get(question.settings.get("scale", "quality"), [])
        options = [
            ChoiceOption(str(point), _pick(scale[point - 1], lang) if len(scale) >= point else "")
            for point in self.points
        ]
        if question.settings.get("allow_na"):
            options.append(ChoiceOption(NOT_APPLICABLE, _pick(labels.not_applicable, lang)))
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


class NetPromoterScore(QuestionKind):
    name = "nps"
    title = _l("Recommendation 0-10 (NPS)")
    points = range(0, 11)

    def choices(self, question, lang, labels):
        return [ChoiceOption(str(point), str(point)) for point in self.points]

    def anchors(self, lang: str, labels: SurveyLabels) -> tuple[str, str]:
        return (
            _pick(labels.nps_anchors.get("low", {}), lang),
            _pick(labels.nps_anchors.get("high", {}), lang),
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


class BoundedNumber(QuestionKind):
    name = "number"
    title = _l("Number")

    @staticmethod
    def bounds(question: QuestionLike) -> tuple[int, int]:
        return int(question.settings.get("min", 0)), int(question.settings.get("max", 999))

    def parse(self, raw, question):
        value = self._first(raw)
        if value is None:
            return None
        return self._integer(value, *self.bounds(question))

    def answer_rows(self, question, value):
        return [{"number": value}]


class FreeText(QuestionKind):
    name = "free_text"
    title = _l("Open text")

    @staticmethod
    def max_length(question: QuestionLike) -> int:
        return min(int(question.settings.get("max_length", 1000)), FREE_TEXT_CEILING)

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


KINDS: dict[str, QuestionKind] = {
    kind.name: kind
    for kind in (
        SingleChoice(),
        MultipleChoice(),
        Scale(),
        NetPromoterScore(),
        BoundedNumber(),
        FreeText(),
    )
}


def get_kind(name: str) -> QuestionKind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"Unknown question kind {name!r}") from None


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
