"""A museum's own questions in the portal: linter gate, versions, limit, order, retiring."""

from __future__ import annotations

import pytest
from markupsafe import escape
from sqlalchemy import func, select

from survey.extensions import db
from survey.models import Answer, AuditEntry, Question
from survey.privacy.linter import lint_question
from tests.survey_walker import SurveyWalker

LANGS = ["en", "nl"]
AUDIO_GUIDE = {
    "en": "Did you use the audio guide today?",
    "nl": "Heeft u vandaag de audiotour gebruikt?",
}
YES_NO = [("yes", {"en": "Yes", "nl": "Ja"}), ("no", {"en": "No", "nl": "Nee"})]
#: Asks for a special category of data (health): allowed only after staff approval.
DISABILITY = {
    "en": "Do you have a disability that made your visit harder?",
    "nl": "Heeft u een beperking die uw bezoek moeilijker maakte?",
}


def question_form(texts=None, options=YES_NO, kind="single_choice", code=None, **extra) -> dict:
    """The editor form as a browser posts it."""
    data = {"kind": kind, **extra}
    if code is not None:
        data["code"] = code
    for lang, text in (texts or AUDIO_GUIDE).items():
        data[f"text_{lang}"] = text
        data.setdefault(f"help_{lang}", "")
    for index, (option_code, labels) in enumerate(options or []):
        data[f"options-{index}-code"] = option_code
        for lang, label in labels.items():
            data[f"options-{index}-label_{lang}"] = label
    return data


def own_rows(app, museum_id=None) -> list[Question]:
    with app.app_context():
        query = select(Question).where(Question.museum_id.is_not(None)).order_by(Question.id)
        if museum_id is not None:
            query = query.where(Question.museum_id == museum_id)
        rows = db.session.scalars(query).all()
        for row in rows:
            db.session.expunge(row)
        return rows


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def walk_survey(client, slug: str, answers: dict | None = None, lang: str = "en") -> dict:
    """Complete the live survey; returns every question field seen, with its page's HTML."""
    walker = SurveyWalker(client, slug)
    walker.start(lang)
    seen: dict[str, str] = {}
    for _ in range(30):
        for name in walker.page.question_names:
            seen[name] = walker.page.html
        page = walker.answer_page(answers or {})
        if page.status == 303:
            return seen
        assert page.status == 200 and "field-error" not in page.html, page.html
    raise AssertionError("the survey did not finish")


@pytest.fixture
def museum(create_museum):
    return create_museum(name="Museum Aquila", languages=LANGS)


@pytest.fixture
def editor(create_user, museum, sign_in):
    user = create_user("editor", museum)
    sign_in(user)
    return user


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


def test_form_errors_keep_what_was_typed_and_store_nothing(app, client, museum, editor):
    data = question_form({"en": "Which room did you like best?", "nl": "  "}, code="Best Room!")
    data["options-0-code"] = "Yes"
    data["options-1-label_nl"] = ""
    data["kind"] = "single_choice"
    response = client.post("/portal/questions/new", data=data)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Not saved: please correct the fields marked below." in page
    assert "Write the question in this language." in page
    assert "Use lowercase letters a-z, digits and underscores only" in page
    assert "Write this option in Nederlands." in page
    assert "Which room did you like best?" in page and 'value="Best Room!"' in page
    assert own_rows(app) == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "nonsense"}, "Not a valid choice"),
        ({"kind": "number", "number_min": "10", "number_max": "5"}, "Make this larger"),
        ({"kind": "number", "number_min": "ten"}, "Not a valid integer value"),
        ({"kind": "free_text", "max_length": "99999"}, "Number must be between"),
        ({"kind": "multiple_choice", "max_choices": "3"}, "more than the number of options"),
        ({"options-1-code": "yes"}, "Each option needs its own code."),
        (
            {"options-1-code": "", "options-1-label_en": "", "options-1-label_nl": ""},
            "at least two",
        ),
    ],
)
def test_bad_kind_settings_and_options_are_refused(app, client, museum, editor, fields, message):
    response = client.post("/portal/questions/new", data={**question_form(), **fields})
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert own_rows(app) == []


def test_kind_settings_are_stored_for_each_kind(app, client, museum, editor):
    posts = [
        question_form(code="paintings", kind="number", number_min="0", number_max="50",
                      texts={"en": "How many paintings did you look at closely?",
                             "nl": "Naar hoeveel schilderijen heeft u goed gekeken?"}),
        question_form(code="wishes", kind="free_text", max_length="300",
                      texts={"en": "What would you like to see next year?",
                             "nl": "Wat wilt u volgend jaar zien?"}),
        question_form(code="rooms", kind="multiple_choice", max_choices="1"),
        question_form(code="rating", kind="scale", scale="likelihood", allow_na="y"),
    ]  # fmt: skip
    for data in posts:
        assert client.post("/portal/questions/new", data=data).status_code == 303
    settings = {q.code: (q.settings, len(q.options)) for q in own_rows(app)}
    assert settings == {
        "paintings": ({"min": 0, "max": 50}, 0),
        "wishes": ({"max_length": 300}, 0),
        "rooms": ({"max_choices": 1}, 2),
        "rating": ({"scale": "likelihood", "allow_na": True}, 0),
    }


def test_more_option_rows_stores_nothing_and_keeps_the_input(app, client, museum, editor):
    data = {**question_form(), "more_options": "1"}
    page = client.post("/portal/questions/new", data=data).get_data(as_text=True)
    assert 'name="options-4-code"' in page and 'name="options-5-code"' not in page
    assert AUDIO_GUIDE["en"] in page and "Not saved" not in page
    assert own_rows(app) == []


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
