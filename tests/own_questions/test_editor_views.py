"""Who may use the editor's routes: viewers read only, another museum's question is not found."""

from __future__ import annotations

from tests.own_questions.helpers import (
    own_rows,
    question_form,
)


def test_viewers_read_the_list_but_cannot_change_anything(
    app, client, museum, create_user, sign_in, create_own_question
):
    question = create_own_question(museum, code="guide")
    sign_in(create_user("viewer", museum))
    listing = client.get("/portal/questions").get_data(as_text=True)
    assert "Own question (en)?" in listing and "Add a question" not in listing
    assert f"/portal/questions/{question.id}/edit" not in listing
    for method, url in [
        ("GET", "/portal/questions/new"),
        ("POST", "/portal/questions/new"),
        ("GET", f"/portal/questions/{question.id}/edit"),
        ("POST", f"/portal/questions/{question.id}/edit"),
        ("POST", f"/portal/questions/{question.id}/move/up"),
        ("POST", f"/portal/questions/{question.id}/retire"),
    ]:
        assert client.open(url, method=method, data=question_form()).status_code == 403, url
    assert own_rows(app)[0].status == "active"


def test_another_museums_question_is_not_found(
    app, client, museum, editor, create_museum, create_own_question
):
    foreign = create_own_question(create_museum(slug="elsewhere"), code="theirs")
    for method, url in [
        ("GET", f"/portal/questions/{foreign.id}/edit"),
        ("POST", f"/portal/questions/{foreign.id}/edit"),
        ("POST", f"/portal/questions/{foreign.id}/move/down"),
        ("POST", f"/portal/questions/{foreign.id}/retire"),
        ("GET", "/portal/questions/999999/edit"),
    ]:
        assert client.open(url, method=method, data=question_form()).status_code == 404, url
    [stored] = own_rows(app)
    assert (stored.status, stored.texts) == ("active", foreign.texts)
    assert "theirs" not in client.get("/portal/questions").get_data(as_text=True)
