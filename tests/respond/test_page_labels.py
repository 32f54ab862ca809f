"""Labels on a survey page: one progress total throughout, and an error summary that reads well."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from survey.extensions import db
from survey.models import Question
from tests.survey_walker import SurveyWalker

LABEL = re.compile(r'<p class="progress-label" id="progress-label">Part (\d+) of (\d+)</p>')


def country_id(app) -> int:
    with app.app_context():
        return db.session.scalar(
            select(Question.id).where(Question.code == "country", Question.museum_id.is_(None))
        )


@pytest.mark.parametrize("country_code", ["NL", "FR"])
def test_progress_total_never_changes_while_answering(
    app, client, create_museum, create_own_question, country_code
):
    museum = create_museum()
    create_own_question(museum)
    country = f"q{country_id(app)}"
    walker = SurveyWalker(client, museum.slug)
    page = walker.start("en")
    labels = []
    while page.status == 200:
        step, steps = map(int, LABEL.search(page.html).groups())
        labels.append((step, steps))
        overrides = {country: country_code} if country in page.question_names else {}
        page = walker.answer_page(overrides)
    assert page.status == 303
    assert len({steps for _step, steps in labels}) == 1, labels
    steps = [step for step, _ in labels]
    assert steps == sorted(steps) and steps[0] == 1 and steps[-1] == labels[0][1]
    # The Dutch resident sees the province page; the French one skips over it.
    assert (len(labels) == labels[0][1]) is (country_code == "NL")


def test_error_summary_does_not_glue_punctuation(client, create_museum):
    museum = create_museum()
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    page = walker.post({"action": "next"})
    assert "Is this your first visit to this museum? – Please answer this question." in page.html
    assert "?:" not in page.html
