"""The question-kind registry.

Every kind knows its form field, its validation, how it is rendered (a template partial) and how
its answer is stored. The survey form is built from this registry; adding a kind means adding one
class here (in `kinds.py`) and one partial `templates/respond/_kind_<name>.html`.
"""

from survey.questions.kinds import (
    KINDS,
    ChoiceOption,
    QuestionKind,
    build_section_form,
    get_kind,
)

__all__ = ["KINDS", "ChoiceOption", "QuestionKind", "build_section_form", "get_kind"]
