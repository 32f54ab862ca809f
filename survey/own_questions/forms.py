"""The own-question forms: the editor's form, built per museum (a text and help field for every
language the museum offers, rows of answer options with a label in each of those languages), and
the note staff write when they return a question."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    Field,
    FieldList,
    Form,
    FormField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, Optional, Regexp

from survey.i18n import LANGUAGE_NAMES
from survey.models import Question
from survey.own_questions.drafts import CODE_PATTERN, OptionDraft, QuestionDraft
from survey.own_questions.linter_gate import LanguageFinding
from survey.questions import KINDS, QuestionKind, SurveyLabels, get_kind
from survey.questions.base import MAX_OPTIONS, add_error

#: Most answer options a question can have (and rows the form shows).
MAX_OPTION_ROWS = MAX_OPTIONS
#: Empty option rows offered beyond the filled ones, and added by "More option rows".
SPARE_OPTION_ROWS = 2
MIN_OPTION_ROWS = 4
TEXT_MAX_LENGTH = 500
LABEL_MAX_LENGTH = 200
NOTE_MAX_LENGTH = 1000


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


CODE_RULE = Regexp(
    CODE_PATTERN.pattern,
    message=_l("Use lowercase letters a-z, digits and underscores only, e.g. audio_guide."),
)


class OptionRowForm(Form):
    """One answer option; label fields (label_<lang>) are added per museum."""

    code = StringField(
        _l("Code"), filters=[_strip], validators=[Optional(), Length(max=64), CODE_RULE]
    )

    def label(self, lang: str) -> Field:
        return self[f"label_{lang}"]

    def is_blank(self, languages: Sequence[str]) -> bool:
        return not (self.code.data or "") and not any(
            (self.label(lang).data or "").strip() for lang in languages
        )


class QuestionForm(FlaskForm):
    """Fields every museum gets; `question_form` adds the per-language fields and one settings
    subform per registered kind that has settings (only the chosen kind's subform is checked)."""

    code = StringField(
        _l("Code (optional)"),
        description=_l(
            "A short name used in reports and exports. It never changes once the question is "
            "saved. Left empty, one is chosen for you."
        ),
        filters=[_strip],
        validators=[Optional(), Length(max=64), CODE_RULE],
    )
    # Choices are the registered kinds, set by `question_form`.
    kind = SelectField(_l("Kind of question"), choices=[])
    required = BooleanField(_l("Visitors must answer this question"))

    languages: tuple[str, ...] = ()
    #: Problems with the option rows as a whole (too few, duplicate codes).
    options_errors: list[str]

    # Fields by language -------------------------------------------------------------------
    def text(self, lang: str) -> Field:
        return self[f"text_{lang}"]

    def help(self, lang: str) -> Field:
        return self[f"help_{lang}"]

    def option_rows(self) -> list[OptionRowForm]:
        return [entry.form for entry in self.options]

    def filled_rows(self) -> list[OptionRowForm]:
        return [row for row in self.option_rows() if not row.is_blank(self.languages)]

    # Validation ---------------------------------------------------------------------------
    def settings_of(self, kind: QuestionKind) -> Form | None:
        """The settings subform of `kind`, None for a kind without settings."""
        field = self._fields.get(kind.name)
        return field.form if field is not None else None

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        self.options_errors = []
        kind = KINDS.get(self.kind.data or "")
        if kind is None:
            return False
        if kind.has_options:
            valid = self._validate_options() and valid
        settings = self.settings_of(kind)
        if settings is not None and not settings.errors:
            valid = kind.check_settings_form(settings, len(self.filled_rows())) and valid
        return valid

    def _validate_options(self) -> bool:
        valid = True
        rows = self.filled_rows()
        if len(rows) < 2:
            self.options_errors.append(_("Give at least two answer options."))
            valid = False
        seen: set[str] = set()
        for row in rows:
            code = row.code.data or ""
            if not code:
                add_error(row.code, _("Give this option a code."))
                valid = False
            elif code in seen:
                add_error(row.code, _("Each option needs its own code."))
                valid = False
            seen.add(code)
            for lang in self.languages:
                if not (row.label(lang).data or "").strip():
                    add_error(
                        row.label(lang),
                        _("Write this option in %(language)s.", language=LANGUAGE_NAMES[lang]),
                    )
                    valid = False
        return valid

    # Conversion ---------------------------------------------------------------------------
    def to_draft(self) -> QuestionDraft:
        kind = get_kind(self.kind.data)
        settings = self.settings_of(kind)
        options = (
            [
                OptionDraft(
                    row.code.data,
                    {lang: (row.label(lang).data or "").strip() for lang in self.languages},
                )
                for row in self.filled_rows()
            ]
            if kind.has_options
            else []
        )
        code_field = self._fields.get("code")
        return QuestionDraft(
            kind=kind.name,
            texts={lang: (self.text(lang).data or "").strip() for lang in self.languages},
            help_texts={lang: (self.help(lang).data or "").strip() for lang in self.languages},
            options=options,
            settings=kind.settings_from_form(settings) if settings is not None else {},
            required=bool(self.required.data),
            code=(code_field.data or None) if code_field is not None else None,
        )

    def field_for(self, finding: LanguageFinding) -> Field | None:
        """The form field a linter finding is about, to show the finding next to it."""
        if finding.lang not in self.languages:
            return None
        if finding.field == "text":
            return self.text(finding.lang)
        if finding.field == "help":
            return self.help(finding.lang)
        index = finding.option_index
        rows = self.filled_rows()
        if index is not None and index < len(rows):
            return rows[index].label(finding.lang)
        return None


class KindSettingsField(FormField):
    """A kind's settings subform: checked only when that kind is the one chosen."""

    def __init__(self, kind: QuestionKind, **kwargs):
        super().__init__(kind.settings_form, label=kind.title, **kwargs)
        self.kind_name = kind.name

    def validate(self, form, extra_validators=()):
        if form.kind.data != self.kind_name:
            return True
        return super().validate(form, extra_validators)


def question_form(
    languages: Sequence[str],
    *,
    option_rows: int,
    labels: SurveyLabels,
    locale: str,
    new: bool,
    data: dict[str, Any] | None = None,
) -> QuestionForm:
    """The editor form for a museum offering `languages`; `new` adds the code field."""
    row_fields = {
        f"label_{lang}": StringField(
            LANGUAGE_NAMES[lang], validators=[Length(max=LABEL_MAX_LENGTH)]
        )
        for lang in languages
    }
    row_class = type("MuseumOptionRowForm", (OptionRowForm,), row_fields)
    fields: dict[str, Any] = {}
    for lang in languages:
        fields[f"text_{lang}"] = TextAreaField(
            _l("Question"),
            validators=[
                DataRequired(message=_l("Write the question in this language.")),
                Length(max=TEXT_MAX_LENGTH),
            ],
        )
        fields[f"help_{lang}"] = TextAreaField(
            _l("Help text (optional)"), validators=[Optional(), Length(max=TEXT_MAX_LENGTH)]
        )
    for kind in KINDS.values():
        if kind.settings_form is not None:
            fields[kind.name] = KindSettingsField(kind)
    rows = max(1, min(option_rows, MAX_OPTION_ROWS))
    fields["options"] = FieldList(
        FormField(row_class), min_entries=rows, max_entries=MAX_OPTION_ROWS
    )
    form_class = type("MuseumQuestionForm", (QuestionForm,), fields)
    form = form_class(data=data) if data is not None else form_class()
    form.languages = tuple(languages)
    form.options_errors = []
    form.kind.choices = [SelectChoice(name, kind.title) for name, kind in KINDS.items()]
    for kind in KINDS.values():
        settings = form.settings_of(kind)
        if settings is not None:
            kind.prepare_settings_form(settings, labels, locale)
    if not new:
        del form.code
    return form


def option_rows_wanted(posted, *, existing: int = 0, more: bool = False) -> int:
    """How many option rows to show: what was posted (or stored) plus spare ones."""
    if posted is not None:
        indices = {
            key.split("-")[1]
            for key in posted
            if key.startswith("options-") and key.count("-") >= 2 and key.split("-")[1].isdigit()
        }
        count = len(indices)
        return min(count + (SPARE_OPTION_ROWS + 1 if more else 0), MAX_OPTION_ROWS)
    return min(max(existing + SPARE_OPTION_ROWS, MIN_OPTION_ROWS), MAX_OPTION_ROWS)


def form_data_of(question: Question) -> dict[str, Any]:
    """The edit form's starting values from a stored question."""
    settings = question.settings or {}
    helps = question.help_texts or {}
    kind = get_kind(question.kind)
    data: dict[str, Any] = {
        "kind": question.kind,
        "required": question.required,
        "options": [
            {"code": option.code, **{f"label_{k}": v for k, v in option.labels.items()}}
            for option in question.options
        ],
    }
    if kind.settings_form is not None:
        data[kind.name] = kind.settings_form_data(settings)
    for lang, text in question.texts.items():
        data[f"text_{lang}"] = text
    for lang, text in helps.items():
        data[f"help_{lang}"] = text
    return data


class ReturnQuestionForm(FlaskForm):
    note = TextAreaField(
        _l("Note to the museum: why it cannot go live as it is"),
        validators=[
            DataRequired(message=_l("Tell the museum why the question is returned.")),
            Length(max=NOTE_MAX_LENGTH),
        ],
    )


def return_form(question_id: int) -> ReturnQuestionForm:
    # One form per question on the page; the prefix keeps their fields apart.
    return ReturnQuestionForm(prefix=f"return-{question_id}")
