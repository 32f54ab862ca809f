"""Questions the personal-data check flags wait in the staff approval queue before going live."""

from __future__ import annotations

import pytest
from markupsafe import escape
from sqlalchemy import select

from survey.extensions import db
from survey.models import AuditEntry, Question
from survey.privacy.linter import lint_question
from tests.own_questions.helpers import DISABILITY, question_form, walk_survey


@pytest.fixture
def people(create_user, museum):
    return {"editor": create_user("editor", museum), "staff": create_user("staff")}


@pytest.fixture
def act_as(client, people, sign_in):
    def switch(role: str):
        client.post("/account/logout")
        sign_in(people[role])

    return switch


def stored(app, question_id: int) -> Question:
    with app.app_context():
        question = db.session.get(Question, question_id)
        db.session.expunge(question)
        return question


def audit_actions(app) -> list[tuple[str, str, dict]]:
    with app.app_context():
        entries = db.session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        return [(e.action, e.target, e.details) for e in entries]


def submit_flagged_question(app, client) -> Question:
    response = client.post("/portal/questions/new", data=question_form(DISABILITY, code="access"))
    assert response.status_code == 303
    listing = client.get("/portal/questions").get_data(as_text=True)
    assert "Sento staff will review it before visitors see it" in listing
    with app.app_context():
        question = db.session.scalars(select(Question).where(Question.code == "access")).one()
        db.session.expunge(question)
    return question


def test_flagged_question_is_held_until_staff_approve_it(app, client, museum, people, act_as):
    act_as("editor")
    question = submit_flagged_question(app, client)
    assert question.status == "pending"
    assert f"q{question.id}" not in walk_survey(client, museum.slug)

    act_as("staff")
    queue = client.get("/staff/approvals").get_data(as_text=True)
    finding = lint_question(DISABILITY["nl"], lang="nl", kind="single_choice", locale="en")
    assert finding.verdict == "warn"
    assert "Museum Aquila" in queue and DISABILITY["nl"] in queue
    assert str(escape(finding.findings[0].message)) in queue
    assert "Nederlands · Question" in queue

    response = client.post(f"/staff/approvals/{question.id}/approve", follow_redirects=True)
    assert "“access” is approved and now live." in response.get_data(as_text=True)
    assert stored(app, question.id).status == "active"
    action, target, details = audit_actions(app)[-1]
    assert (action, target) == ("question.approve", f"question:{question.id}")
    assert details["museum"] == museum.slug and "SC-HEALTH" in details["findings"]
    assert "No questions are awaiting approval." in client.get("/staff/approvals").get_data(
        as_text=True
    )

    seen = walk_survey(client, museum.slug, {f"q{question.id}": "no"})
    assert f"q{question.id}" in seen and DISABILITY["en"] in seen[f"q{question.id}"]


def test_returned_question_goes_back_to_the_museum_as_a_draft_with_a_note(
    app, client, museum, people, act_as
):
    act_as("editor")
    question = submit_flagged_question(app, client)
    act_as("staff")
    missing = client.post(f"/staff/approvals/{question.id}/reject", data={})
    assert missing.status_code == 200
    assert "Tell the museum why the question is returned." in missing.get_data(as_text=True)
    assert stored(app, question.id).status == "pending"

    note = "Please ask how accessible the building was instead."
    response = client.post(
        f"/staff/approvals/{question.id}/reject", data={f"return-{question.id}-note": note}
    )
    assert response.status_code == 302
    assert stored(app, question.id).status == "draft"
    action, target, details = audit_actions(app)[-1]
    assert (action, target, details["note"]) == ("question.reject", f"question:{question.id}", note)

    act_as("editor")
    listing = client.get("/portal/questions").get_data(as_text=True)
    assert "Returned by Sento staff" in listing and note in listing
    assert f"q{question.id}" not in walk_survey(client, museum.slug)
    # Reworded, it passes the check and goes live without another review.
    reworded = {"en": "How accessible was the building?", "nl": "Hoe toegankelijk was het gebouw?"}
    assert (
        client.post(
            f"/portal/questions/{question.id}/edit", data=question_form(reworded)
        ).status_code
        == 303
    )
    assert stored(app, question.id).status == "active"


def test_approval_respects_the_question_limit(
    app, client, museum, act_as, create_own_question, monkeypatch
):
    monkeypatch.setitem(app.config, "MAX_ACTIVE_OWN_QUESTIONS", 1)
    create_own_question(museum, code="live")
    waiting = create_own_question(museum, code="waiting", status="pending", texts=DISABILITY)
    act_as("staff")
    response = client.post(f"/staff/approvals/{waiting.id}/approve", follow_redirects=True)
    assert "the museum already has 1 live questions" in response.get_data(as_text=True)
    assert stored(app, waiting.id).status == "pending"
    assert [a for a, _t, _d in audit_actions(app)] == []


def test_only_questions_awaiting_approval_can_be_approved_or_returned(
    app, client, museum, act_as, create_own_question
):
    live = create_own_question(museum, code="live")
    act_as("staff")
    for action in ("approve", "reject"):
        response = client.post(
            f"/staff/approvals/{live.id}/{action}",
            data={f"return-{live.id}-note": "No."},
            follow_redirects=True,
        )
        assert "no longer awaiting approval" in response.get_data(as_text=True)
    assert stored(app, live.id).status == "active"
    assert audit_actions(app) == []


def test_queue_lists_waiting_questions_of_every_museum_only(
    app, client, museum, act_as, create_museum, create_own_question
):
    other = create_museum(name="Museum Corvus", languages=["fr"])
    create_own_question(museum, code="mine_waiting", status="pending", texts=DISABILITY)
    create_own_question(other, code="their_waiting", status="pending", texts={"fr": "Religion ?"})
    create_own_question(museum, code="mine_live")
    act_as("staff")
    queue = client.get("/staff/approvals").get_data(as_text=True)
    assert "mine_waiting" in queue and "their_waiting" in queue and "Museum Corvus" in queue
    assert "mine_live" not in queue
