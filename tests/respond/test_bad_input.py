from __future__ import annotations

import time

import pytest
from itsdangerous import TimestampSigner
from sqlalchemy import func, select

from survey.extensions import db
from survey.models import Answer, Question, Response
from tests.survey_walker import SurveyWalker


def core_id(app, code):
    with app.app_context():
        return db.session.scalar(
            select(Question.id).where(Question.code == code, Question.museum_id.is_(None))
        )


def responses(app):
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Response))


def test_unknown_museum_is_a_404_in_the_visitors_language(client):
    response = client.get("/s/no-such-museum", headers={"Accept-Language": "fr-BE,fr;q=0.9"})
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert '<html lang="fr">' in html
    assert "Page introuvable" in html


def test_unknown_museum_404_follows_the_lang_parameter(client):
    response = client.get("/s/nope?lang=de")
    assert response.status_code == 404
    assert '<html lang="de">' in response.get_data(as_text=True)


def test_inactive_museum_shows_survey_closed(client, create_museum):
    museum = create_museum(active=False, name="Closed Museum")
    response = client.get(f"/s/{museum.slug}?lang=en")
    assert response.status_code == 200
    assert "This survey is closed" in response.get_data(as_text=True)
    start = client.post(f"/s/{museum.slug}/start", data={"lang": "en"})
    assert "This survey is closed" in start.get_data(as_text=True)


def test_museum_closing_mid_survey_stores_nothing(app, client, create_museum):
    museum = create_museum()
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    walker.answer_page()
    with app.app_context():
        from survey.models import Museum

        db.session.get(Museum, museum.id).active = False
        db.session.commit()
    page = walker.answer_page()
    assert "This survey is closed" in page.html
    assert responses(app) == 0


@pytest.mark.parametrize("state", ["", "garbage", "eyJtIjoxfQ.invalid.signature"])
def test_tampered_state_gives_a_restart_page(client, create_museum, state):
    museum = create_museum()
    response = client.post(f"/s/{museum.slug}/page", data={"state": state, "action": "next"})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "Please start again" in html
    assert f'href="/s/{museum.slug}' in html


def test_state_signed_for_another_museum_is_refused(app, client, create_museum):
    first, second = create_museum(), create_museum()
    walker = SurveyWalker(client, first.slug)
    walker.start("en")
    response = client.post(
        f"/s/{second.slug}/page", data={"state": walker.page.state, "action": "next"}
    )
    assert response.status_code == 400


def test_expired_state_gives_a_restart_page(app, client, create_museum, monkeypatch):
    museum = create_museum()
    walker = SurveyWalker(client, museum.slug)
    long_ago = int(time.time()) - app.config["SURVEY_STATE_MAX_AGE"] - 60
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: long_ago)
    walker.start("en")
    monkeypatch.undo()
    page = walker.answer_page()
    assert page.status == 400
    assert "expired" in page.html


def test_missing_required_answer_shows_error_and_keeps_other_answers(app, client, create_museum):
    museum = create_museum()
    visit_first, group = core_id(app, "visit_first"), core_id(app, "group")
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    page = walker.post({"action": "next", f"q{group}": "friends"})
    assert page.status == 200
    assert "Please answer this question." in page.html
    assert f'id="q{visit_first}-error"' in page.html
    assert page.checked(f"q{group}") == ["friends"]
    assert f'href="#q{visit_first}"' in page.html  # error summary links to the question


def test_unknown_option_code_is_an_error_next_to_the_question(app, client, create_museum):
    museum = create_museum()
    visit_first, duration = core_id(app, "visit_first"), core_id(app, "duration")
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    page = walker.post({"action": "next", f"q{visit_first}": "DROP TABLE", f"q{duration}": "2_3h"})
    assert page.status == 200
    assert f'id="q{visit_first}-error"' in page.html
    assert "Please choose one of the options shown." in page.html
    assert page.checked(f"q{duration}") == ["2_3h"]


def test_number_out_of_range_and_not_a_number(app, client, create_museum, create_own_question):
    museum = create_museum()
    own = create_own_question(museum, kind="number", settings={"min": 0, "max": 50}, code="visits")
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    while f"q{own.id}" not in walker.page.question_names:
        walker.answer_page()
    page = walker.post({"action": "next", f"q{own.id}": "51"})
    assert "Please enter a number from 0 to 50." in page.html
    assert page.text_of(f"q{own.id}") == "51"
    page = walker.post({"action": "next", f"q{own.id}": "three"})
    assert "Please enter a whole number." in page.html
    page = walker.post({"action": "next", f"q{own.id}": "7"})
    assert page.status == 303
    with app.app_context():
        assert db.session.scalar(select(Answer.number).where(Answer.question_id == own.id)) == 7


def test_over_long_text_is_refused_and_kept(app, client, create_museum):
    museum = create_museum()
    comment = core_id(app, "comment")
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    while f"q{comment}" not in walker.page.question_names:
        walker.answer_page()
    text = "Lovely visit. " * 100
    page = walker.answer_page({f"q{comment}": text})
    assert "Please keep your answer to 1000 characters; it now has 1399." in page.html
    assert page.text_of(f"q{comment}").strip() == text.strip()
    assert responses(app) == 0


def test_multiple_choice_rejects_codes_not_shown(app, client, create_museum):
    museum = create_museum()
    motivation = core_id(app, "motivation")
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    page = walker.answer_page({f"q{motivation}": ["collection", "bogus"]})
    assert "Please choose only from the options shown." in page.html
    assert sorted(page.checked(f"q{motivation}")) == ["collection"]


def test_oversized_body_is_413(client, create_museum):
    museum = create_museum()
    response = client.post(f"/s/{museum.slug}/page", data={"state": "x", "q1": "a" * 300_000})
    assert response.status_code == 413
    assert "Too much data" in response.get_data(as_text=True)


def test_invalid_utf8_body_is_400(client, create_museum):
    museum = create_museum()
    response = client.post(
        f"/s/{museum.slug}/start",
        data=b"lang=%FF%FE",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    raw = client.post(
        f"/s/{museum.slug}/start",
        data=b"lang=\xff\xfe",
        content_type="application/x-www-form-urlencoded",
    )
    assert raw.status_code == 400


def test_invalid_utf8_query_is_400(client, create_museum):
    museum = create_museum()
    assert client.get(f"/s/{museum.slug}?lang=%FF").status_code == 400


def test_unknown_language_falls_back_to_the_museum_default(client, create_museum):
    museum = create_museum(languages=["nl", "en"])
    html = client.get(f"/s/{museum.slug}?lang=xx").get_data(as_text=True)
    assert '<html lang="nl">' in html


def test_language_not_offered_by_the_museum_is_not_used(client, create_museum):
    museum = create_museum(languages=["nl", "fr"])
    html = client.get(f"/s/{museum.slug}", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert '<html lang="nl">' in html


def test_get_on_a_post_route_is_a_friendly_405(client, create_museum):
    museum = create_museum()
    response = client.get(f"/s/{museum.slug}/page")
    assert response.status_code == 405
    assert "<h1>" in response.get_data(as_text=True)


def test_database_failure_at_submit_keeps_the_answers(app, client, create_museum, monkeypatch):
    from sqlalchemy.exc import OperationalError

    import survey.respond.views as views
    from tests.survey_walker import default_answer

    museum = create_museum()
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    for _ in range(20):
        names = walker.page.question_names
        before = walker.page
        data = {"action": "next", **{n: default_answer(before, n) for n in names}}
        is_last = "Send my answers" in before.html
        if is_last:

            def broken(*args, **kwargs):
                raise OperationalError("INSERT", {}, Exception("database is unreachable"))

            monkeypatch.setattr(views, "submit_response", broken)
            page = walker.post(data)
            assert page.status == 503
            assert "Your answers could not be sent" in page.html
            for name in names:
                assert page.checked(name) or page.text_of(name), name
            monkeypatch.undo()
            assert walker.post({**data, "state": page.state}).status == 303
            break
        walker.post(data)
    assert responses(app) == 1


def test_survey_posts_are_rate_limited_without_keeping_the_address(session_app, create_museum):
    from survey.extensions import limiter

    museum = create_museum()
    session_app.config["RESPONDENT_RATE_LIMIT"] = "3 per minute"
    limiter.reset()
    try:
        client = session_app.test_client()
        environ = {"REMOTE_ADDR": "203.0.113.99"}
        statuses = [
            client.post(
                f"/s/{museum.slug}/start", data={"lang": "nl"}, environ_base=environ
            ).status_code
            for _ in range(4)
        ]
        assert statuses == [200, 200, 200, 429]
        blocked = client.post(
            f"/s/{museum.slug}/start",
            data={"lang": "nl"},
            environ_base=environ,
            headers={"Accept-Language": "nl"},
        )
        assert blocked.status_code == 429
        assert '<html lang="nl">' in blocked.get_data(as_text=True)
        assert "Set-Cookie" not in blocked.headers
        other = client.post(
            f"/s/{museum.slug}/start",
            data={"lang": "nl"},
            environ_base={"REMOTE_ADDR": "198.51.100.1"},
        )
        assert other.status_code == 200
        stored_keys = " ".join(str(k) for k in limiter.storage.storage)
        assert "client:" in stored_keys
        assert "203.0.113.99" not in stored_keys and "198.51.100.1" not in stored_keys
    finally:
        session_app.config["RESPONDENT_RATE_LIMIT"] = "600 per minute"
        limiter.reset()


def test_nul_characters_are_a_400_not_a_database_error(client, create_museum):
    museum = create_museum()
    assert client.post(f"/s/{museum.slug}/start", data={"lang": "en\x00"}).status_code == 400
    assert client.get(f"/s/{museum.slug}?lang=%00").status_code == 400


def test_control_characters_are_removed_from_free_text(app_ctx):
    from types import SimpleNamespace

    from survey.questions import get_kind

    question = SimpleNamespace(settings={}, options=[], required=False)
    assert (
        get_kind("free_text").parse(["Nice\x07 visit\x1b\ttoday"], question) == "Nice visit\ttoday"
    )


def test_impossible_museum_addresses_are_a_404(client):
    for path in ("/s/%00", "/s/%C3%A9t%C3%A9", "/s/" + "a" * 300, "/s/UPPER"):
        assert client.get(path).status_code == 404, path


def test_database_down_mid_survey_keeps_every_answer_in_the_form(
    app, client, create_museum, monkeypatch
):
    from sqlalchemy.exc import OperationalError

    import survey.respond.views as views

    museum = create_museum()
    visit_first = core_id(app, "visit_first")
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    state = walker.page.state

    def unreachable(*args, **kwargs):
        raise OperationalError("SELECT", {}, Exception("connection refused"))

    monkeypatch.setattr(views, "load_survey", unreachable)
    down = client.post(
        f"/s/{museum.slug}/page",
        data={"state": state, "action": "next", f"q{visit_first}": "repeat", "q999": "kept text"},
    )
    assert down.status_code == 503
    html = down.get_data(as_text=True)
    assert "Nothing was lost" in html
    assert f'name="q{visit_first}" value="repeat"' in html and 'value="kept text"' in html
    assert f'name="state" value="{state}"' in html
    monkeypatch.undo()
    again = client.post(
        f"/s/{museum.slug}/page",
        data={"state": state, "action": "next", f"q{visit_first}": "repeat"},
    )
    assert again.status_code == 200 and "field-error" not in again.get_data(as_text=True)


def test_database_down_on_the_intro_is_a_friendly_503(client, create_museum, monkeypatch):
    from sqlalchemy.exc import OperationalError

    import survey.respond.views as views

    museum = create_museum()

    def unreachable(*args, **kwargs):
        raise OperationalError("SELECT", {}, Exception("connection refused"))

    monkeypatch.setattr(views, "load_survey", unreachable)
    response = client.get(f"/s/{museum.slug}?lang=en")
    assert response.status_code == 503
    assert "Temporarily unavailable" in response.get_data(as_text=True)


def test_really_unreachable_database_keeps_the_answers_in_the_form(tmp_path, monkeypatch):
    """No mock: the app points at a port where no database listens."""
    from survey import create_app

    monkeypatch.setenv("SENTOMUS_INSTANCE_PATH", str(tmp_path))
    app = create_app(
        {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://nobody@127.0.0.1:1/nothing",
            "SQLALCHEMY_ENGINE_OPTIONS": {"connect_args": {"connect_timeout": 2}},
        }
    )
    client = app.test_client()
    intro = client.get("/s/demo?lang=fr")
    assert intro.status_code == 503 and '<html lang="fr">' in intro.get_data(as_text=True)
    page = client.post(
        "/s/demo/page", data={"state": "signed-state", "q12": "repeat", "q40": "Très bien"}
    )
    html = page.get_data(as_text=True)
    assert page.status_code == 503
    assert 'name="q12" value="repeat"' in html and 'value="Très bien"' in html
    assert 'name="state" value="signed-state"' in html
