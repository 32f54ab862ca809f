"""Changes to own questions that the rules refuse; whenever one is raised, nothing was stored."""

from __future__ import annotations

from survey.own_questions.linter_gate import LintReport


class OwnQuestionError(Exception):
    """A change to an own question that the rules refuse; nothing was stored."""


class LintRejected(OwnQuestionError):
    def __init__(self, report: LintReport):
        super().__init__("the personal-data linter rejected the question")
        self.report = report


class QuestionLimitReached(OwnQuestionError):
    def __init__(self, limit: int):
        super().__init__(f"at most {limit} questions may be live or awaiting approval")
        self.limit = limit


class CodeTaken(OwnQuestionError):
    def __init__(self, code: str):
        super().__init__(f"the code {code!r} is already used")
        self.code = code


class NotCurrent(OwnQuestionError):
    """The question is retired (possibly replaced by a newer version) and cannot change."""


class NotPending(OwnQuestionError):
    """Only questions awaiting approval can be approved or returned."""


class ConcurrentChange(OwnQuestionError):
    """Someone else changed the same question at the same moment."""
