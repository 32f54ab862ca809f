"""The app as load tests serve it: the real app plus two bare baselines, never in production.

- `/bench/bare-insert` is a true bare insert: it inserts the very rows a completed demo survey
  stores (one used-token row, one response row, its answer rows) in one transaction with
  SQLAlchemy Core. It reads no page state, loads no survey, validates and renders nothing.
- `/bench/static-page` answers a POST with a fixed page of the same size as a rendered survey
  page (it is the HTML of the demo survey's second page, captured once at start-up), through the
  same Flask request cycle and hooks, without touching the database or a template.
"""

from __future__ import annotations

import secrets
import uuid

from flask import Blueprint, Response, current_app
from sqlalchemy import insert

from survey import create_app
from survey.extensions import csrf, db
from survey.models import Answer, Museum, UsedSubmitToken
from survey.models import Response as SurveyResponse
from survey.respond.services import answer_rows, survey_today, token_hash

bare = Blueprint("bench", __name__, url_prefix="/bench")


def demo_answers(survey, lang: str = "nl") -> dict:
    """The answers the load generator gives: the first choice, "Prima", or the number 2."""
    from survey.questions import get_kind

    answers: dict = {}
    for index in range(len(survey.pages)):
        for question in survey.visible_questions(index, answers):
            kind = get_kind(question.kind)
            choices = kind.choices(question, lang, survey.labels)
            raw = (
                [choices[0].code] if choices else (["Prima"] if kind.name == "free_text" else ["2"])
            )
            answers[str(question.id)] = kind.parse(raw, question)
    return answers


def signed_payloads(app, count: int) -> tuple[dict, list[dict]]:
    """A replayable signed first page (posting it renders the second page and stores nothing),
    and `count` signed final pages, each with its own one-time token, for the demo museum."""
    from survey.respond.flow import PageState, load_survey

    with app.test_request_context():
        museum = db.session.scalars(Museum.by_slug("demo")).one()
        survey = load_survey(db.session, museum)
        answers = demo_answers(survey)
        pages = [i for i in range(len(survey.pages)) if survey.visible_questions(i, answers)]

        def fields_of(index: int) -> dict:
            fields = {}
            for question in survey.visible_questions(index, answers):
                value = answers[str(question.id)]
                fields[f"q{question.id}"] = (
                    [str(v) for v in value] if isinstance(value, list) else str(value)
                )
            return fields

        first, last = pages[0], pages[-1]
        last_ids = {str(q.id) for q in survey.visible_questions(last, answers)}
        earlier = {k: v for k, v in answers.items() if k not in last_ids}
        opening = PageState.new(museum.id, survey.core.version, "nl", False, first)
        page = {"state": opening.dump(), "action": "next", **fields_of(first)}
        finals = []
        for _ in range(count):
            state = PageState.new(museum.id, survey.core.version, "nl", False, last)
            state.answers = dict(earlier)
            finals.append({"state": state.dump(), "action": "next", **fields_of(last)})
        db.session.remove()
    return page, finals


@bare.post("/bare-insert")
def bare_insert():
    rows = current_app.extensions["bench_rows"]
    today = survey_today()
    response_id = uuid.uuid4()
    with db.engine.begin() as connection:
        connection.execute(
            insert(UsedSubmitToken),
            {"token_hash": token_hash(secrets.token_urlsafe(24)), "started_on": today},
        )
        connection.execute(
            insert(SurveyResponse),
            {**rows["response"], "id": response_id, "submitted_on": today},
        )
        connection.execute(
            insert(Answer), [{**row, "response_id": response_id} for row in rows["answers"]]
        )
    return "stored", 200


@bare.post("/static-page")
def static_page():
    return Response(current_app.extensions["bench_page"], mimetype="text/html")


def _prepare(app) -> None:
    from survey.respond.flow import load_survey

    with app.app_context():
        museum = db.session.scalars(Museum.by_slug("demo")).one()
        survey = load_survey(db.session, museum)
        answers = demo_answers(survey)
        app.extensions["bench_rows"] = {
            "response": {
                "museum_id": museum.id,
                "language": "nl",
                "core_version": survey.core.version,
            },
            # One shape for every row, so that the insert is a single executemany.
            "answers": [
                {"option_code": None, "number": None, "text": None, **row}
                for row in answer_rows(survey, answers)
            ],
        }
        db.session.remove()
    # The second page as a respondent gets it, rendered once by the real app.
    from tests.survey_walker import Page, default_answer

    client = app.test_client()
    first = Page(200, client.post("/s/demo/start", data={"lang": "nl"}).get_data(as_text=True))
    data = {"state": first.state, "action": "next"}
    data.update({name: default_answer(first, name) for name in first.question_names})
    app.extensions["bench_page"] = client.post("/s/demo/page", data=data).get_data()


def create_load_app():
    app = create_app()
    csrf.exempt(bare)
    app.register_blueprint(bare)
    _prepare(app)
    return app
