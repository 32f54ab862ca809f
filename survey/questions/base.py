"""What every question kind is: its respondent half and its editor half.

A kind (Indico's field-type pattern) carries everything that differs between kinds:

- respondent side: the choices it offers, how submitted strings become an answer (`parse`, which
  raises a ValidationError in the respondent's language), how an answer is stored (`answer_rows`),
  and its template partial ``templates/respond/_kind_<name>.html``;
- editor side: its settings form (a WTForms form class, or None), the partial that renders it
  (``templates/portal/_kind_settings_<name>.html``), the checks across its fields, and the
  settings it stores (`clean_settings`);
- loader side: the settings keys the core questionnaire file may give for it and the rules they
  must follow (`check_definition`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, ClassVar, Protocol

from flask_babel import gettext as _
from wtforms import Field, Form
from wtforms.validators import ValidationError

#: Most answer options a question can have.
MAX_OPTIONS = 20


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
        from survey.typography import typeset_texts

        def texts(value: Any) -> Any:
            # Typeset once per loaded questionnaire; kept read-only like the document itself.
            value = typeset_texts(value)
            return MappingProxyType(value) if isinstance(value, dict) else value

        scales = document.get("scales", {})
        anchors = document.get("nps_anchors", {})
        return cls(
            scales=MappingProxyType(
                {
                    name: tuple(texts(point) for point in points)
                    if isinstance(points, list | tuple)
                    else points
                    for name, points in scales.items()
                }
            )
            if isinstance(scales, Mapping)
            else scales,
            nps_anchors=MappingProxyType({end: texts(value) for end, value in anchors.items()})
            if isinstance(anchors, Mapping)
            else anchors,
            not_applicable=texts(document.get("not_applicable", {})),
        )


NO_LABELS = SurveyLabels(scales={}, nps_anchors={}, not_applicable={})


def pick_text(texts: Mapping[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("en") or ""


def add_error(field: Field, message: str) -> None:
    field.errors = [*field.errors, message]


class QuestionKind:
    """Behaviour shared by all kinds; each kind module subclasses it and registers the subclass."""

    name: ClassVar[str]
    title: ClassVar[Any]
    #: Where the kind stands in the editor's list of kinds.
    position: ClassVar[int] = 100
    has_options: ClassVar[bool] = False
    multiple: ClassVar[bool] = False
    #: The editor's settings of this kind (a WTForms Form class), or None when it has none.
    settings_form: ClassVar[type[Form] | None] = None
    #: Settings the core questionnaire file may give for a question of this kind.
    setting_keys: ClassVar[tuple[str, ...]] = ()

    # Respondent side ----------------------------------------------------------------------
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

    # Editor side --------------------------------------------------------------------------
    @property
    def settings_template(self) -> str:
        return f"portal/_kind_settings_{self.name}.html"

    def prepare_settings_form(self, form: Form, labels: SurveyLabels, locale: str) -> None:
        """Fill in what depends on the loaded study, e.g. the scales one may choose from."""

    def check_settings_form(self, form: Form, option_count: int) -> bool:
        """Checks across the settings fields; adds errors to the fields, False if any."""
        return True

    def settings_from_form(self, form: Form) -> dict[str, Any]:
        """The settings to store from the validated settings form."""
        return self.clean_settings(form.data)

    def settings_form_data(self, settings: Mapping[str, Any]) -> dict[str, Any]:
        """What the settings form shows for a stored question."""
        return {key: settings.get(key) for key in self.setting_keys}

    def clean_settings(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """Only the settings this kind understands, as the right types: what is stored."""
        return {}

    # Loader side --------------------------------------------------------------------------
    def check_definition(self, question: Mapping[str, Any], labels: SurveyLabels) -> str | None:
        """What is wrong with a question of this kind in the core questionnaire file, if anything.

        The message names the offending key, e.g. "scale: unknown scale 'colour'".
        """
        return None

    # Helpers for kinds --------------------------------------------------------------------
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

    @staticmethod
    def _whole_numbers(question: Mapping[str, Any], keys: Sequence[str]) -> str | None:
        for key in keys:
            value = question.get(key)
            if key in question and (not isinstance(value, int) or isinstance(value, bool)):
                return f"{key}: expected a whole number"
        return None


def integer_settings(raw: Mapping[str, Any], keys: Sequence[str]) -> dict[str, int]:
    """The `keys` of `raw` that hold a value, as whole numbers."""
    return {key: int(raw[key]) for key in keys if raw.get(key) not in (None, "")}
