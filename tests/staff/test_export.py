from __future__ import annotations

import csv
import io

from sqlalchemy import select

from survey.extensions import db
from survey.models import AuditEntry
from tests.survey_walker import SurveyWalker


def test_staff_export_the_anonymous_answers_and_it_is_audited(
    app, client, create_museum, create_user, sign_in
):
    museum = create_museum(slug="exported")
    other = create_museum(slug="elsewhere")
    for slug in ("exported", "exported", "elsewhere"):
        walker = SurveyWalker(client, slug)
        walker.start("nl")
        walker.complete()
    sign_in(create_user("staff"))
    response = client.get(f"/staff/museums/{museum.id}/answers.csv")
    assert response.headers["Content-Disposition"].endswith("sentomus-answers-exported.csv")
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert len({row["response"] for row in rows}) == 2
    assert {row["museum"] for row in rows} == {"exported"}
    assert {"visit_first", "nps", "country"} <= {row["question"] for row in rows}
    # The published column order of the export, spelled out: a test that read it from the code
    # under test could not fail.
    expected_header = (
        "response museum language core_version submitted_on question question_version ordinal "
        "option number text"
    )
    assert list(rows[0]) == expected_header.split()
    everything = client.get("/staff/answers.csv").get_data(as_text=True)
    assert "elsewhere" in everything and other.slug in everything
    with app.app_context():
        actions = db.session.scalars(
            select(AuditEntry.target).where(AuditEntry.action == "answers.export")
        ).all()
    assert actions == ["museum:exported", "all"]


def test_export_cannot_smuggle_a_formula_into_a_spreadsheet(
    app, client, create_museum, create_user, sign_in
):
    museum = create_museum(slug="formula")
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    from survey.models import Question

    with app.app_context():
        comment = db.session.scalar(select(Question.id).where(Question.code == "comment"))
    for _ in range(20):
        names = walker.page.question_names
        overrides = (
            {f"q{comment}": '=HYPERLINK("http://x.example","click")'}
            if f"q{comment}" in names
            else {}
        )
        if walker.answer_page(overrides).status == 303:
            break
    sign_in(create_user("staff"))
    text = client.get(f"/staff/museums/{museum.id}/answers.csv").get_data(as_text=True)
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
