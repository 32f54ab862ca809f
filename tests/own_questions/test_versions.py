"""Codes, in-place edits, new versions once answered, the question limit, order and retiring."""

from __future__ import annotations

from sqlalchemy import func, select

from survey.extensions import db
from survey.models import Answer, AuditEntry, Question
from tests.own_questions.helpers import (
    AUDIO_GUIDE,
    YES_NO,
    count,
    own_rows,
    question_form,
    walk_survey,
)


def test_question_codes_are_unique_per_museum_and_chosen_when_left_empty(
    app, client, museum, editor
):
    assert client.post("/portal/questions/new", data=question_form(code="guide")).status_code == 303
    again = client.post("/portal/questions/new", data=question_form(code="guide"))
    assert "Another of your questions uses this code." in again.get_data(as_text=True)
    assert client.post("/portal/questions/new", data=question_form()).status_code == 303
    assert [q.code for q in own_rows(app)] == ["guide", "question_2"]


def test_editing_an_unanswered_question_changes_it_in_place(
    app, client, museum, editor, create_own_question
):
    question = create_own_question(museum, code="guide", options=[("yes", "Yes"), ("no", "No")])
    form = client.get(f"/portal/questions/{question.id}/edit").get_data(as_text=True)
    assert "Own question (nl)?" in form and 'value="yes"' in form

    options = [YES_NO[0], ("partly", {"en": "Partly", "nl": "Deels"})]
    response = client.post(
        f"/portal/questions/{question.id}/edit", data=question_form(options=options)
    )
    assert response.status_code == 303
    [stored] = own_rows(app)
    assert (stored.id, stored.version, stored.status) == (question.id, 1, "active")
    assert stored.texts == AUDIO_GUIDE
    assert [o.code for o in stored.options] == ["yes", "partly"]


def test_editing_an_answered_question_creates_a_new_version_and_answers_keep_their_text(
    app, client, museum, editor, create_own_question
):
    question = create_own_question(museum, code="guide")
    walk_survey(client, museum.slug, {f"q{question.id}": "yes"})
    form = client.get(f"/portal/questions/{question.id}/edit").get_data(as_text=True)
    assert "Saving a change creates version 2" in form

    response = client.post(f"/portal/questions/{question.id}/edit", data=question_form())
    assert response.status_code == 303
    old, new = own_rows(app)
    assert (old.id, old.status, old.version, old.texts["en"]) == (
        question.id, "retired", 1, "Own question (en)?"
    )  # fmt: skip
    assert (new.code, new.status, new.version, new.texts) == ("guide", "active", 2, AUDIO_GUIDE)
    assert new.position == old.position
    with app.app_context():
        own = [old.id, new.id]
        answer = db.session.scalars(select(Answer).where(Answer.question_id.in_(own))).one()
        assert (answer.question_id, answer.option_code) == (old.id, "yes")
        assert db.session.get(Question, answer.question_id).texts["en"] == "Own question (en)?"
        actions = db.session.scalars(select(AuditEntry.action)).all()
    assert actions == ["question.new_version"]

    listing = client.get("/portal/questions").get_data(as_text=True)
    assert "Retired questions and earlier versions" in listing and "Own question (en)?" in listing
    seen = walk_survey(client, museum.slug)
    assert f"q{new.id}" in seen and f"q{old.id}" not in seen
    # The old version is history: it cannot be edited again.
    stale = client.post(f"/portal/questions/{old.id}/edit", data=question_form())
    assert stale.status_code == 302
    assert len(own_rows(app)) == 2


def test_saving_an_answered_question_unchanged_creates_no_new_version(app, client, museum, editor):
    assert client.post("/portal/questions/new", data=question_form(code="guide")).status_code == 303
    [question] = own_rows(app)
    walk_survey(client, museum.slug, {f"q{question.id}": "yes"})
    again = client.post(f"/portal/questions/{question.id}/edit", data=question_form())
    assert again.status_code == 303
    [stored] = own_rows(app)
    assert (stored.id, stored.version, stored.status) == (question.id, 1, "active")
    made_required = client.post(
        f"/portal/questions/{question.id}/edit", data=question_form(required="y")
    )
    assert made_required.status_code == 303
    assert [(q.version, q.status) for q in own_rows(app)] == [(1, "retired"), (2, "active")]


def test_question_limit_counts_live_and_waiting_questions(
    app, client, museum, editor, create_own_question, monkeypatch
):
    monkeypatch.setitem(app.config, "MAX_ACTIVE_OWN_QUESTIONS", 2)
    first = create_own_question(museum, code="first")
    create_own_question(museum, code="second", status="pending")
    listing = client.get("/portal/questions").get_data(as_text=True)
    assert "2 of 2 questions live or awaiting approval." in listing
    assert "Retire a question before adding another." in listing

    response = client.post("/portal/questions/new", data=question_form(code="third"))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "already has 2 questions live or awaiting approval" in page
    assert AUDIO_GUIDE["nl"] in page
    assert len(own_rows(app)) == 2
    # Editing one of them is not adding one.
    edit = client.post(f"/portal/questions/{first.id}/edit", data=question_form())
    assert edit.status_code == 303

    client.post(f"/portal/questions/{first.id}/retire")
    assert client.post("/portal/questions/new", data=question_form(code="third")).status_code == 303


def test_questions_move_up_and_down_and_the_survey_follows(
    app, client, museum, editor, create_own_question
):
    a, b, c = (create_own_question(museum, code=code, position=i) for i, code in enumerate("abc"))
    assert client.post(f"/portal/questions/{c.id}/move/up").status_code == 302
    assert client.post(f"/portal/questions/{a.id}/move/up").status_code == 302  # already first
    assert client.post(f"/portal/questions/{a.id}/move/down").status_code == 302
    by_position = [q.code for q in sorted(own_rows(app), key=lambda q: q.position)]
    assert by_position == ["c", "a", "b"]
    listing = client.get("/portal/questions").get_data(as_text=True)
    assert (
        listing.index("<code>c</code>")
        < listing.index("<code>a</code>")
        < listing.index("<code>b</code>")
    )
    own_page = walk_survey(client, museum.slug)[f"q{c.id}"]
    assert own_page.index(f'name="q{c.id}"') < own_page.index(f'name="q{a.id}"')


def test_retiring_takes_a_question_out_of_the_survey_and_keeps_its_answers(
    app, client, museum, editor, create_own_question
):
    question = create_own_question(museum, code="guide")
    walk_survey(client, museum.slug, {f"q{question.id}": "no"})
    response = client.post(f"/portal/questions/{question.id}/retire")
    assert response.status_code == 302
    [stored] = own_rows(app)
    assert stored.status == "retired"
    assert count(app, Answer) >= 1
    with app.app_context():
        assert db.session.scalar(select(func.count()).where(Answer.question_id == question.id)) == 1
    assert f"q{question.id}" not in walk_survey(client, museum.slug)
    again = client.post(f"/portal/questions/{question.id}/retire", follow_redirects=True)
    assert "This question was retired already." in again.get_data(as_text=True)
    edit = client.get(f"/portal/questions/{question.id}/edit", follow_redirects=True)
    assert "A retired question cannot be changed any more." in edit.get_data(as_text=True)
