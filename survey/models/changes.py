"""Every change to a museum's own questions gives the museum a new `questions_version`, in the
same transaction, whatever code path made it (ORM objects or bulk statements). App instances
key their in-memory copy of a survey on it (survey.respond.definitions)."""

from __future__ import annotations

from sqlalchemy import event, inspect, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from survey.models.museum import Museum, new_questions_version
from survey.models.question import Question, QuestionOption


def _changed(session: Session, obj) -> bool:
    return obj in session.new or obj in session.deleted or session.is_modified(obj)


@event.listens_for(Session, "after_flush")
def _bump_after_flush(session: Session, _context) -> None:
    museum_ids: set[int] = set()
    question_ids: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Question) and _changed(session, obj):
            if obj.museum_id is not None:
                museum_ids.add(obj.museum_id)
            # A question moved between museums leaves the old one changed too.
            history = inspect(obj).attrs.museum_id.history
            museum_ids.update(m for m in history.deleted or () if m is not None)
        elif isinstance(obj, QuestionOption) and _changed(session, obj):
            question = obj.__dict__.get("question")
            if question is not None:
                if question.museum_id is not None:
                    museum_ids.add(question.museum_id)
            elif obj.question_id is not None:
                question_ids.add(obj.question_id)
    connection = session.connection()
    if question_ids:
        museum_ids.update(
            m
            for m in connection.execute(
                select(Question.museum_id).where(Question.id.in_(question_ids))
            ).scalars()
            if m is not None
        )
    if museum_ids:
        _bump(session, connection, museum_ids)


@event.listens_for(Session, "do_orm_execute")
def _bump_on_bulk_statements(state) -> None:
    """Bulk UPDATE or DELETE statements on questions can touch any museum: bump them all."""
    if not (state.is_update or state.is_delete) or state.bind_mapper is None:
        return
    if state.bind_mapper.class_ in (Question, QuestionOption):
        _bump(state.session, state.session.connection(), None)


def _bump(session: Session, connection, museum_ids: set[int] | None) -> None:
    value = new_questions_version()
    statement = update(Museum.__table__).values(questions_version=value)
    if museum_ids is not None:
        statement = statement.where(Museum.__table__.c.id.in_(museum_ids))
    connection.execute(statement)
    # Museums already loaded in this session learn their new version without a reload.
    for obj in list(session.identity_map.values()):
        identity = inspect(obj).identity if isinstance(obj, Museum) else None
        if identity and (museum_ids is None or identity[0] in museum_ids):
            set_committed_value(obj, "questions_version", value)
