"""The linter gate: a question asking for personal data is refused with its findings, in the
editor's language; a benign one goes live and respondents are asked it."""

from __future__ import annotations

from markupsafe import escape
from sqlalchemy import select

from survey.extensions import db
from survey.models import Answer, AuditEntry
from survey.privacy.linter import lint_question
from tests.own_questions.helpers import (
    AUDIO_GUIDE,
    YES_NO,
    count,
    own_rows,
    question_form,
    walk_survey,
)


def test_personal_data_question_is_rejected_with_its_findings_and_nothing_stored(
    app, client, museum, editor
):
    texts = {"en": AUDIO_GUIDE["en"], "nl": "Wat is uw e-mailadres?"}
    options = [YES_NO[0], ("call", {"en": "No, call me on my phone number", "nl": "Nee"})]
    response = client.post("/portal/questions/new", data=question_form(texts, options))

    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Not saved: this question asks visitors for personal data." in page
    # Each finding sits next to its field, in its language, with message and suggestion.
    expected = lint_question(texts["nl"], lang="nl", kind="single_choice", locale="en")
    finding = expected.findings[0]
    assert expected.rejected and finding.code == "PD-EMAIL"
    assert 'id="text_nl-findings"' in page
    assert str(escape(finding.message)) in page
    assert str(escape(finding.suggestion)) in page
    assert 'id="options-1-label_en-findings"' in page
    assert 'id="text_en-findings"' not in page
    assert "Nederlands · Question" in page and "English · Option 2" in page
    # What was typed is still there.
    assert "Wat is uw e-mailadres?" in page and "No, call me on my phone number" in page
    assert own_rows(app) == []
    assert count(app, AuditEntry) == 0


def test_findings_are_written_in_the_editors_interface_language(
    app, client, museum, create_user, sign_in
):
    sign_in(create_user("editor", museum, locale="nl"))
    texts = {"en": "What is your e-mail address?", "nl": AUDIO_GUIDE["nl"]}
    page = client.post("/portal/questions/new", data=question_form(texts)).get_data(as_text=True)
    dutch = lint_question(texts["en"], lang="en", kind="single_choice", locale="nl").findings[0]
    assert dutch.message.startswith("Vraagt respondenten")
    assert str(escape(dutch.message)) in page
    assert own_rows(app) == []


def test_benign_question_goes_live_and_respondents_are_asked_it(app, client, museum, editor):
    response = client.post(
        "/portal/questions/new", data=question_form(code="audio_guide", required="y")
    )
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/portal/questions")
    [question] = own_rows(app)
    assert (question.code, question.status, question.version) == ("audio_guide", "active", 1)
    assert question.texts == AUDIO_GUIDE and question.required
    assert [(o.code, o.labels) for o in question.options] == YES_NO
    listing = client.get("/portal/questions").get_data(as_text=True)
    assert "is saved and is live" in listing and "Live" in listing

    name = f"q{question.id}"
    seen = walk_survey(client, museum.slug, {name: "no"}, lang="nl")
    assert name in seen and AUDIO_GUIDE["nl"] in seen[name]
    with app.app_context():
        assert (
            db.session.scalar(select(Answer.option_code).where(Answer.question_id == question.id))
            == "no"
        )
        entry = db.session.scalars(select(AuditEntry)).one()
        assert (entry.action, entry.target) == ("question.create", f"question:{question.id}")
