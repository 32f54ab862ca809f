"""The demo data generator: idempotent top-ups, answers valid for their questions, a demo
survey that can be answered."""

from __future__ import annotations

from sqlalchemy import func, select

from survey.demo import SeedReport, seed_demo
from survey.extensions import db
from survey.models import Answer, Museum, Question, Response, SurveyStartCount


def seed(app, **options) -> SeedReport:
    with app.app_context():
        return seed_demo(db.session, **options)


def responses(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Response))


def test_seed_demo_tops_up_to_the_requested_total(app):
    assert seed(app, museums=2, responses=100).responses_added == 100
    assert seed(app, museums=2, responses=250).responses_added == 150
    assert responses(app) == 250


def test_seeded_answers_are_valid_for_their_questions(app):
    assert seed(app, museums=3, responses=400).museums_created == ["demo", "demo-001", "demo-002"]
    with app.app_context():
        option_codes = {
            (q.id, o.code) for q in db.session.scalars(select(Question)) for o in q.options
        }
        kinds = dict(db.session.execute(select(Question.id, Question.kind)).all())
        for answer in db.session.scalars(select(Answer)):
            kind = kinds[answer.question_id]
            if kind in {"single_choice", "multiple_choice"}:
                assert (answer.question_id, answer.option_code) in option_codes
            elif kind == "scale":
                assert answer.option_code == "na" or 1 <= answer.number <= 5
            elif kind == "nps":
                assert 0 <= answer.number <= 10
        starts = db.session.scalar(select(func.sum(SurveyStartCount.starts)))
        assert starts >= 400  # every response was started, and some were abandoned
        demo = db.session.scalars(Museum.by_slug("demo")).one()
        assert (
            db.session.scalar(
                select(func.count()).select_from(Question).where(Question.museum_id == demo.id)
            )
            == 3
        )


def test_seeded_demo_survey_can_be_answered(app, client):
    assert seed(app, museums=1, responses=0).responses_added == 0
    from tests.survey_walker import SurveyWalker

    walker = SurveyWalker(client, "demo")
    assert walker.intro("it").status == 200
    walker.start("it")
    assert walker.complete().status == 303
