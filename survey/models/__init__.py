"""SQLAlchemy models, one module per aggregate.

Respondent data is anonymous by construction: a response holds a random UUID, the museum, the
language, the core questionnaire version and the date of submission. There is no column for an IP
address, user agent, referrer, cookie, session, device or time of day, and nothing sequential that
would reveal the order in which people answered.
"""

from survey.models.account import PORTAL_LANGUAGES, ROLES, AuditEntry, User
from survey.models.lint_decision import LINT_DECISIONS, LintDecision
from survey.models.museum import Museum
from survey.models.question import (
    QUESTION_STATUSES,
    CoreQuestionnaire,
    Question,
    QuestionOption,
)
from survey.models.release import Release, ReleaseCell, ReleasePopulation, ReleaseSubject
from survey.models.response import Answer, Response, SurveyStartCount, UsedSubmitToken
from survey.models.wave import SnapshotWeek, StudyWave, WeeklyAnswerCount, WeeklyResponseCount

# Registers the listeners that give a museum a new questions_version on every question edit.
from survey.models import changes  # noqa: E402,F401  isort: skip

__all__ = [
    "PORTAL_LANGUAGES",
    "ROLES",
    "AuditEntry",
    "User",
    "QUESTION_STATUSES",
    "LINT_DECISIONS",
    "LintDecision",
    "Answer",
    "CoreQuestionnaire",
    "Museum",
    "Question",
    "QuestionOption",
    "Release",
    "ReleaseCell",
    "ReleasePopulation",
    "ReleaseSubject",
    "Response",
    "SurveyStartCount",
    "UsedSubmitToken",
    "SnapshotWeek",
    "StudyWave",
    "WeeklyAnswerCount",
    "WeeklyResponseCount",
]
