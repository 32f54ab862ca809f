"""What the respondent flow writes: the start counter, and the whole response at submit."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from survey.database import one_writer_at_a_time, upsert_increment
from survey.models import Answer, Museum, Response, SurveyStartCount, UsedSubmitToken
from survey.questions import get_kind
from survey.respond.flow import PageState, Survey


def survey_today() -> dt.date:
    return dt.datetime.now(ZoneInfo(current_app.config["SURVEY_TIMEZONE"])).date()


def record_start(session: Session, museum: Museum) -> None:
    """Count one started survey for today; the only write before a submit."""
    day = survey_today()
    with one_writer_at_a_time(session):
        upsert_increment(
            session, SurveyStartCount.__table__, {"museum_id": museum.id, "day": day}, "starts"
        )
        session.commit()


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def answer_rows(survey: Survey, answers: dict) -> list[dict]:
    """Rows for every answered question the respondent could see, in questionnaire order."""
    rows = []
    for page in survey.pages:
        for question in page.questions:
            value = answers.get(str(question.id))
            if value is None or value == [] or not survey.is_visible(question, answers):
                continue
            for row in get_kind(question.kind).answer_rows(question, value):
                rows.append({"question_id": question.id, "ordinal": 0, **row})
    return rows


def submit_response(session: Session, survey: Survey, state: PageState) -> bool:
    """Store the whole response in one transaction. False if this questionnaire was already sent.

    On any database error nothing is stored and the error is raised again.
    """
    try:
        return _store_response(session, survey, state)
    except SQLAlchemyError:
        session.rollback()
        raise


def _store_response(session: Session, survey: Survey, state: PageState) -> bool:
    today = survey_today()
    response_id = uuid.uuid4()
    # One shape for every answer row, so that they go to the database as one batch.
    rows = [
        {"option_code": None, "number": None, "text": None, **row, "response_id": response_id}
        for row in answer_rows(survey, state.answers)
    ]
    with one_writer_at_a_time(session):
        try:
            session.execute(
                insert(UsedSubmitToken),
                {"token_hash": token_hash(state.token), "started_on": state.started_on},
            )
            session.execute(
                insert(Response),
                {
                    "id": response_id,
                    "museum_id": survey.museum.id,
                    "language": state.lang,
                    "core_version": survey.core.version,
                    "submitted_on": today,
                },
            )
            if rows:
                session.execute(insert(Answer), rows)
            session.commit()
        except IntegrityError:
            session.rollback()
            if session.get(UsedSubmitToken, token_hash(state.token)) is None:
                raise
            # A double click or a replayed page: the token was used already, nothing is stored.
            return False
    return True
