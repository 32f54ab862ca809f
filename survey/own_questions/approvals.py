"""Sento staff approve, or return with a note, the own questions the linter flagged."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from survey.accounts.services import audit
from survey.models import Museum, Question, User
from survey.own_questions.errors import LintRejected, NotPending, QuestionLimitReached
from survey.own_questions.lint_decisions import record_decision
from survey.own_questions.linter_gate import LintReport, lint_stored
from survey.own_questions.queries import (
    live_counts,
    museums_by_id,
    pending_questions,
    slots_taken,
)
from survey.own_questions.versions import lock_museum


@dataclass
class QueueEntry:
    """A question awaiting approval, with what staff need to decide on it."""

    question: Question
    museum: Museum
    report: LintReport
    #: How many live questions the museum has now.
    live: int


def approval_queue(session: Session, *, locale: str | None) -> list[QueueEntry]:
    """Every question awaiting approval, oldest first, with its linter findings as of now."""
    questions = session.scalars(pending_questions()).all()
    museum_ids = {q.museum_id for q in questions}
    museums = museums_by_id(session, museum_ids)
    live = live_counts(session, museum_ids)
    return [
        QueueEntry(
            question=q,
            museum=museums[q.museum_id],
            report=lint_stored(q, museums[q.museum_id].languages, locale=locale),
            live=live.get(q.museum_id, 0),
        )
        for q in questions
    ]


def approve_question(
    session: Session, question: Question, actor: User, *, limit: int, locale: str | None = None
) -> LintReport:
    """Staff let a question awaiting approval go live.

    Raises NotPending, LintRejected (the linter now rejects it) or QuestionLimitReached.
    """
    if question.status != "pending" or question.museum_id is None:
        raise NotPending()
    museum = session.get(Museum, question.museum_id)
    report = lint_stored(question, museum.languages, locale=locale)
    if report.rejected:
        raise LintRejected(report)
    lock_museum(session, museum.id)
    if slots_taken(session, museum.id, ("active",), besides=question.id) >= limit:
        session.rollback()
        raise QuestionLimitReached(limit)
    question.status = "active"
    record_decision(session, question, museum.languages, "approved", report)
    audit(
        session,
        actor,
        "question.approve",
        f"question:{question.id}",
        museum=museum.slug,
        code=question.code,
        version=question.version,
        findings=[f.finding.code for f in report.findings],
    )
    session.commit()
    return report


def reject_question(session: Session, question: Question, actor: User, note: str) -> None:
    """Staff return a question awaiting approval to the museum as a draft, with a note why."""
    if question.status != "pending" or question.museum_id is None:
        raise NotPending()
    note = note.strip()
    if not note:
        raise ValueError("a returned question needs a note")
    museum = session.get(Museum, question.museum_id)
    report = lint_stored(question, museum.languages, locale=None)
    record_decision(session, question, museum.languages, "returned", report, note=note)
    question.status = "draft"
    audit(
        session,
        actor,
        "question.reject",
        f"question:{question.id}",
        museum=museum.slug,
        code=question.code,
        version=question.version,
        note=note,
    )
    session.commit()
