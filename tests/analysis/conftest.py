"""Fixtures for report tests: a clean slate for waves and weekly counts, and a fast way to add
anonymous responses with chosen answers on chosen dates."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pytest
from sqlalchemy import delete, insert, select

from survey.extensions import db
from survey.models import (
    Answer,
    Museum,
    Question,
    Release,
    ReleaseCell,
    ReleasePopulation,
    ReleaseSubject,
    Response,
    SnapshotWeek,
    StudyWave,
    SurveyStartCount,
    WeeklyAnswerCount,
    WeeklyResponseCount,
)
from tests.analysis.helpers import Text


def clean_report_tables() -> None:
    for model in (
        ReleaseCell,
        ReleasePopulation,
        ReleaseSubject,
        Release,
        WeeklyAnswerCount,
        WeeklyResponseCount,
        SnapshotWeek,
        StudyWave,
    ):
        db.session.execute(delete(model))
    db.session.commit()


@pytest.fixture
def engine(app):
    """The test database's engine, inside an app context, without waves or weekly counts."""
    with app.app_context():
        clean_report_tables()
        yield db.engine
        db.session.rollback()
        clean_report_tables()


Answers = Mapping[Any, Any]


@pytest.fixture
def add_responses(engine) -> Callable[..., None]:
    """add_responses(museum, count, day, answers, language="en", starts=None).

    `answers` maps a core question code (or an own Question) to an option code, a number, a list
    of option codes (multiple choice) or a text; a callable `answers(i)` gives each respondent
    their own answers.
    """
    core = {
        code: question_id
        for code, question_id in db.session.execute(
            select(Question.code, Question.id).where(Question.museum_id.is_(None))
        )
    }

    def factory(
        museum: Museum,
        count: int,
        day: dt.date,
        answers: Answers | Callable[[int], Answers] = (),
        language: str = "en",
        starts: int | None = None,
    ) -> None:
        responses, rows = [], []
        for index in range(count):
            response_id = uuid.uuid4()
            responses.append(
                {
                    "id": response_id,
                    "museum_id": museum.id,
                    "language": language,
                    "core_version": 1,
                    "submitted_on": day,
                }
            )
            given = answers(index) if callable(answers) else answers
            for key, value in dict(given).items():
                question_id = key.id if isinstance(key, Question) else core[key]
                rows.extend(_answer_rows(response_id, question_id, value))
        if responses:
            db.session.execute(insert(Response.__table__), responses)
        if rows:
            db.session.execute(insert(Answer.__table__), rows)
        if starts:
            db.session.execute(
                insert(SurveyStartCount.__table__),
                [{"museum_id": museum.id, "day": day, "starts": starts}],
            )
        db.session.commit()

    return factory


def _answer_rows(response_id: uuid.UUID, question_id: int, value: Any) -> Iterable[dict]:
    values = value if isinstance(value, list) else [value]
    for ordinal, item in enumerate(values):
        row = {
            "response_id": response_id,
            "question_id": question_id,
            "ordinal": ordinal,
            "option_code": None,
            "number": None,
            "text": None,
        }
        if isinstance(item, Text):
            row["text"] = str(item)
        elif isinstance(item, int):
            row["number"] = item
        else:
            row["option_code"] = item
        yield row


@pytest.fixture
def report_runner(runner, engine):
    """The `sentomus` CLI runner, once the report tables exist."""
    return runner
