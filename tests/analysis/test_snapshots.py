"""Weekly snapshots: the aggregate tables reports read instead of the answers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from analysis import freeze_weeks, unfreeze_weeks
from analysis import schema as tables
from survey.extensions import db
from survey.models import Question
from tests.analysis.helpers import LAST_WEEK, week


def counts(question_code: str) -> dict[str, tuple[int, int]]:
    t = tables.weekly_answer_count
    question_id = db.session.scalar(
        select(Question.id).where(Question.code == question_code, Question.museum_id.is_(None))
    )
    rows = db.session.execute(
        select(t.c.value, t.c.answers, t.c.first_answers).where(t.c.question_id == question_id)
    )
    return {value: (answers, first) for value, answers, first in rows}


def test_a_week_is_counted_per_value_with_the_respondents_of_multiple_choice(
    engine, create_museum, add_responses
):
    museum = create_museum()
    add_responses(museum, 3, week(0), {"motivation": ["learn", "exhibition"], "nps": 8})
    add_responses(museum, 2, week(0), {"motivation": ["exhibition"], "nps": 10})
    assert freeze_weeks(engine, LAST_WEEK, LAST_WEEK) == [LAST_WEEK]
    # "learn" was a first answer three times, "exhibition" twice (and a second answer thrice):
    # summed over values, first answers give the 5 respondents of the question.
    assert counts("motivation") == {"learn": (3, 3), "exhibition": (5, 2)}
    assert counts("nps") == {"8": (3, 3), "10": (2, 2)}
    responses = db.session.scalar(select(tables.snapshot_week.c.responses))
    assert responses == 5


def test_freezing_again_counts_nothing_twice(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 4, week(1), {"nps": 9})
    first = freeze_weeks(engine, LAST_WEEK - dt.timedelta(weeks=3), LAST_WEEK)
    assert len(first) == 4
    assert freeze_weeks(engine, LAST_WEEK - dt.timedelta(weeks=3), LAST_WEEK) == []
    assert counts("nps") == {"9": (4, 4)}


def test_unfreezing_lets_a_correction_be_counted(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 4, week(1), {"nps": 9})
    freeze_weeks(engine, LAST_WEEK, LAST_WEEK - dt.timedelta(weeks=0))
    freeze_weeks(engine, week(1, 0), week(1, 0))
    add_responses(museum, 1, week(1), {"nps": 9})
    assert counts("nps") == {"9": (4, 4)}
    assert unfreeze_weeks(engine, week(1, 0), week(1, 0)) == 1
    freeze_weeks(engine, week(1, 0), week(1, 0))
    assert counts("nps") == {"9": (5, 5)}
    total = db.session.scalar(select(func.count()).select_from(tables.weekly_response_count))
    assert total == 1


def test_score_sums_count_numeric_answers_only(engine, create_museum, add_responses):
    from analysis.aggregates import score_sums_by_museum

    museum = create_museum()
    add_responses(museum, 2, week(0), {"nps": 10, "rating_cafe": 5})
    add_responses(museum, 3, week(0), {"nps": 6, "rating_cafe": "na"})
    add_responses(museum, 1, week(0), {"nps": 8, "rating_cafe": 4})
    freeze_weeks(engine, LAST_WEEK, LAST_WEEK)
    ids = dict(
        db.session.execute(
            select(Question.code, Question.id).where(
                Question.code.in_(["nps", "rating_cafe"]), Question.museum_id.is_(None)
            )
        ).all()
    )
    question_ids = [ids["nps"], ids["rating_cafe"]]
    rows = score_sums_by_museum(db.session.connection(), question_ids, LAST_WEEK, LAST_WEEK)
    by_question = {question_id: sums for _, question_id, *sums in rows}
    # answers, total, squares, promoters, detractors, top two
    assert by_question[ids["nps"]] == [6, 46, 372, 2, 3, 6]
    assert by_question[ids["rating_cafe"]] == [3, 14, 66, 0, 3, 3]


def test_counting_covers_the_ended_weeks_of_a_wave_and_of_the_wave_before(engine):
    from analysis import add_wave, count_ended_weeks

    earlier = add_wave(engine, "autumn", dt.date(2025, 9, 1), dt.date(2025, 12, 31))
    spring = add_wave(engine, "spring", dt.date(2026, 1, 5), dt.date(2026, 6, 28))
    as_of = dt.date(2026, 3, 4)  # spring's weeks up to Mon 23 Feb have ended
    counted = count_ended_weeks(engine, as_of=as_of, wave_id=spring.id)
    assert counted[0] == earlier.period().first_week
    assert counted[-1] == LAST_WEEK
    assert dt.date(2026, 3, 2) not in counted  # the week running on as_of is never counted
    assert count_ended_weeks(engine, as_of=as_of, wave_id=spring.id) == []  # idempotent
    weeks = set(db.session.scalars(select(tables.snapshot_week.c.week)))
    assert weeks == set(counted)
