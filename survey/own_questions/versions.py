"""Creating, editing, reordering and retiring a museum's own questions.

A question that has answers is never rewritten: editing it retires that row and adds a new row
with the same code and the next version, so every stored answer keeps the text it answered.
Each service owns its transaction (one commit) and records what happened in the audit log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from survey.accounts.services import audit
from survey.models import Museum, Question, QuestionOption, User
from survey.own_questions.drafts import (
    OWN_SECTION,
    QuestionDraft,
    clean_texts,
    draft_content,
    stored_content,
    stored_settings,
)
from survey.own_questions.errors import (
    CodeTaken,
    ConcurrentChange,
    LintRejected,
    NotCurrent,
    QuestionLimitReached,
)
from survey.own_questions.linter_gate import LintReport, lint_draft
from survey.own_questions.queries import (
    CURRENT_STATUSES,
    SLOT_STATUSES,
    current_questions,
    has_answers,
    slots_taken,
)


@dataclass(frozen=True)
class SaveOutcome:
    question: Question
    report: LintReport
    #: True when the edited question had answers and a new version was created.
    new_version: bool = False


def lock_museum(session: Session, museum_id: int) -> None:
    """Serialise slot counting per museum on PostgreSQL; SQLite writes are serial anyway."""
    session.execute(select(Museum.id).where(Museum.id == museum_id).with_for_update())


def _passing_report(draft: QuestionDraft, museum: Museum, locale: str | None) -> LintReport:
    draft.check(museum.languages)
    report = lint_draft(draft, museum.languages, locale=locale)
    if report.rejected:
        raise LintRejected(report)
    return report


def _apply(question: Question, draft: QuestionDraft, languages: Sequence[str]) -> None:
    question.kind = draft.kind
    question.required = bool(draft.required)
    question.texts = clean_texts(draft.texts, languages)
    question.help_texts = clean_texts(draft.help_texts, languages)
    question.settings = stored_settings(draft)
    # Options are matched by code, so an unchanged code keeps its row; removed codes go.
    existing = {option.code: option for option in question.options}
    options = []
    for position, option in enumerate(draft.kept_options()):
        row = existing.pop(option.code, None) or QuestionOption(code=option.code)
        row.position = position
        row.labels = clean_texts(option.labels, languages)
        options.append(row)
    question.options = options


def _next_code(session: Session, museum_id: int) -> str:
    used = set(session.scalars(select(Question.code).where(Question.museum_id == museum_id)))
    number = len(used) + 1
    while f"question_{number}" in used:
        number += 1
    return f"question_{number}"


def _free_code(session: Session, museum: Museum, wanted: str | None) -> str:
    code = wanted or _next_code(session, museum.id)
    if session.scalar(
        select(exists().where(Question.museum_id == museum.id, Question.code == code))
    ):
        session.rollback()
        raise CodeTaken(code)
    return code


def _next_position(session: Session, museum_id: int) -> int:
    last = session.scalar(
        select(func.max(Question.position)).where(
            Question.museum_id == museum_id, Question.status.in_(CURRENT_STATUSES)
        )
    )
    return (last or 0) + 1


def _findings(report: LintReport) -> list[str]:
    return [f.finding.code for f in report.findings]


def create_own_question(
    session: Session,
    museum: Museum,
    actor: User,
    draft: QuestionDraft,
    *,
    limit: int,
    locale: str | None = None,
) -> SaveOutcome:
    """Add a question to the museum's own section, live or awaiting approval.

    Raises LintRejected, QuestionLimitReached or CodeTaken; then nothing is stored.
    """
    report = _passing_report(draft, museum, locale)
    lock_museum(session, museum.id)
    if slots_taken(session, museum.id, SLOT_STATUSES) >= limit:
        session.rollback()
        raise QuestionLimitReached(limit)
    code = _free_code(session, museum, draft.code)
    question = Question(
        museum_id=museum.id,
        code=code,
        section=OWN_SECTION,
        position=_next_position(session, museum.id),
        status=report.status,
        version=1,
        options=[],
    )
    _apply(question, draft, museum.languages)
    session.add(question)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise CodeTaken(code) from None
    audit(
        session,
        actor,
        "question.create",
        f"question:{question.id}",
        museum=museum.slug,
        code=code,
        status=question.status,
        findings=_findings(report),
    )
    session.commit()
    return SaveOutcome(question, report)


def _lock_current(session: Session, museum: Museum, question: Question, limit: int) -> None:
    """Lock the question for the edit; raise if it was retired meanwhile or slots ran out."""
    lock_museum(session, museum.id)
    # Locking the row waits for any respondent's answer to it that is being stored right now.
    session.execute(select(Question.id).where(Question.id == question.id).with_for_update())
    session.refresh(question)
    if question.status not in CURRENT_STATUSES:
        session.rollback()
        raise NotCurrent()
    if slots_taken(session, museum.id, SLOT_STATUSES, besides=question.id) >= limit:
        session.rollback()
        raise QuestionLimitReached(limit)


def _next_version(session: Session, question: Question) -> Question:
    """Retire `question` and add the row its edited wording goes into."""
    latest = session.scalar(
        select(func.max(Question.version)).where(
            Question.museum_id == question.museum_id, Question.code == question.code
        )
    )
    question.status = "retired"
    successor = Question(
        museum_id=question.museum_id,
        code=question.code,
        section=OWN_SECTION,
        position=question.position,
        version=(latest or question.version) + 1,
        options=[],
    )
    session.add(successor)
    return successor


def update_own_question(
    session: Session,
    question: Question,
    actor: User,
    draft: QuestionDraft,
    *,
    limit: int,
    locale: str | None = None,
) -> SaveOutcome:
    """Save an edit: in place while the question has no answers, else as its next version.

    The question's code never changes. Raises LintRejected, QuestionLimitReached, NotCurrent or
    ConcurrentChange; then nothing is stored.
    """
    museum = session.get(Museum, question.museum_id)
    if question.status not in CURRENT_STATUSES:
        raise NotCurrent()
    report = _passing_report(draft, museum, locale)
    _lock_current(session, museum, question, limit)
    # Saving an answered question unchanged (say, to have it checked again) needs no version.
    changed = stored_content(question) != draft_content(draft, museum.languages)
    new_version = changed and has_answers(session, question.id)
    saved = _next_version(session, question) if new_version else question
    _apply(saved, draft, museum.languages)
    saved.status = report.status
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise ConcurrentChange() from None
    details: dict[str, Any] = {"previous": question.id} if new_version else {}
    audit(
        session,
        actor,
        "question.new_version" if new_version else "question.update",
        f"question:{saved.id}",
        museum=museum.slug,
        code=saved.code,
        version=saved.version,
        status=saved.status,
        findings=_findings(report),
        **details,
    )
    session.commit()
    return SaveOutcome(saved, report, new_version=new_version)


def move_own_question(
    session: Session, question: Question, direction: Literal["up", "down"]
) -> bool:
    """Swap the question with its neighbour in survey order. False if it is already at the end."""
    siblings = list(session.scalars(current_questions(question.museum_id)))
    if question not in siblings:
        raise NotCurrent()
    index = siblings.index(question)
    target = index - 1 if direction == "up" else index + 1
    if not 0 <= target < len(siblings):
        return False
    siblings[index], siblings[target] = siblings[target], siblings[index]
    for position, sibling in enumerate(siblings, start=1):
        sibling.position = position
    session.commit()
    return True


def retire_own_question(session: Session, question: Question, actor: User) -> None:
    """Take the question out of the survey; its row and every answer to it stay."""
    if question.status not in CURRENT_STATUSES:
        raise NotCurrent()
    question.status = "retired"
    audit(
        session,
        actor,
        "question.retire",
        f"question:{question.id}",
        code=question.code,
        version=question.version,
    )
    session.commit()
