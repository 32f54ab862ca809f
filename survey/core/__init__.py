"""The core Sentomus questionnaire, kept as data in `questionnaire.yaml` and loaded by
`sentomus load-core`. Every text exists in all six languages; a changed file needs a new version.
"""

from survey.core.loader import (
    DEFAULT_PATH,
    QuestionnaireError,
    current_core,
    load_core,
    read_questionnaire,
)

__all__ = ["DEFAULT_PATH", "QuestionnaireError", "current_core", "load_core", "read_questionnaire"]
