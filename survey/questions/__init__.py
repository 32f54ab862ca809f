"""The question-kind registry.

Each kind owns everything that differs between kinds: its respondent field and validation, its
answer storage, its editor settings form and its rules in the core questionnaire file (see
`survey.questions.base`). Adding a kind means adding one module to `survey/questions/kinds/`
plus its template partials; the editor, the questionnaire loader and the respondent pages ask the
registry and never branch on a kind's name.
"""

from survey.questions import kinds  # noqa: F401  (each kind module registers itself)
from survey.questions.base import NO_LABELS, ChoiceOption, QuestionKind, SurveyLabels
from survey.questions.registry import KINDS, get_kind, register_kind, unregister_kind
from survey.questions.respondent_form import build_section_form

__all__ = [
    "KINDS",
    "NO_LABELS",
    "ChoiceOption",
    "QuestionKind",
    "SurveyLabels",
    "build_section_form",
    "get_kind",
    "register_kind",
    "unregister_kind",
]
