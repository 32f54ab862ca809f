"""Reading own questions: the museum's list, history, the approval queue, counts and notes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session

from survey.models import Answer, AuditEntry, Museum, Question

#: Statuses that take one of the museum's question slots.
SLOT_STATUSES = ("active", "pending")
#: Statuses of a question's current version (anything but retired).
CURRENT_STATUSES = ("draft", "pending", "active")


def current_questions(museum_id: int) -> Select[tuple[Question]]:
    """The museum's questions that are not retired, in survey order."""
    return (
        select(Question)
        .where(Question.museum_id == museum_id, Question.status.in_(CURRENT_STATUSES))
        .order_by(Question.position, Question.id)
    )


def retired_questions(museum_id: int) -> Select[tuple[Question]]:
    return (
        select(Question)
        .where(Question.museum_id == museum_id, Question.status == "retired")
        .order_by(Question.code, Question.version.desc())
    )


def pending_questions() -> Select[tuple[Question]]:
    """Questions of every museum awaiting staff approval, oldest first."""
    return (
        select(Question)
        .where(Question.museum_id.is_not(None), Question.status == "pending")
        .order_by(Question.id)
    )


def has_answers(session: Session, question_id: int) -> bool:
    return bool(session.scalar(select(exists().where(Answer.question_id == question_id))))


def answer_counts(session: Session, question_ids: Iterable[int]) -> dict[int, int]:
    """How many respondents answered each question, as released: the base of the question in
    its museum's latest release (live counts would show a single new answer)."""
    from flask import current_app

    from analysis.periods import last_completed_week, list_waves, resolve_periods, today_in
    from analysis.released import museum_releases

    ids = list(question_ids)
    if not ids:
        return {}
    owners = dict(
        session.execute(select(Question.id, Question.museum_id).where(Question.id.in_(ids))).all()
    )
    connection = session.connection()
    today = today_in(current_app.config["SURVEY_TIMEZONE"])
    period, _previous = resolve_periods(list_waves(connection), today)
    museums = {m for m in owners.values() if m is not None}
    releases = museum_releases(connection, museums, period.wave_id, last_completed_week(today))
    counts = {}
    for question_id, museum_id in owners.items():
        released = releases.get(museum_id)
        subject = released.subjects.get(f"own:{question_id}") if released else None
        if subject is not None and subject.last_week is not None:
            counts[question_id] = subject.base
    return counts


def review_notes(session: Session, question_ids: Iterable[int]) -> dict[int, str]:
    """The latest note staff wrote when returning each question, from the audit log."""
    targets = {f"question:{question_id}": question_id for question_id in question_ids}
    if not targets:
        return {}
    notes: dict[int, str] = {}
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.action == "question.reject", AuditEntry.target.in_(targets))
        .order_by(AuditEntry.id)
    )
    for entry in entries:
        notes[targets[entry.target]] = (entry.details or {}).get("note", "")
    return notes


def slots_taken(
    session: Session,
    museum_id: int,
    statuses: Sequence[str] = SLOT_STATUSES,
    *,
    besides: int | None = None,
) -> int:
    """How many of the museum's questions have one of `statuses`, not counting `besides`."""
    query = select(func.count()).where(
        Question.museum_id == museum_id, Question.status.in_(statuses)
    )
    if besides is not None:
        query = query.where(Question.id != besides)
    return session.scalar(query) or 0


def live_counts(session: Session, museum_ids: Iterable[int]) -> dict[int, int]:
    """How many live questions each museum has."""
    return dict(
        session.execute(
            select(Question.museum_id, func.count())
            .where(Question.museum_id.in_(list(museum_ids)), Question.status == "active")
            .group_by(Question.museum_id)
        ).all()
    )


def museums_by_id(session: Session, museum_ids: Iterable[int]) -> dict[int, Museum]:
    return {m.id: m for m in session.scalars(select(Museum).where(Museum.id.in_(list(museum_ids))))}
