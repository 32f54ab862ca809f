"""Many visitors behind one address (museum Wi-Fi, a school class) and behind a load balancer."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from config import load_config
from survey.extensions import db, limiter
from survey.models import Response
from tests.app_variants import variant_app
from tests.survey_walker import SurveyWalker, default_answer

MUSEUM_WIFI = {"REMOTE_ADDR": "203.0.113.50"}


def stored(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Response))


@pytest.fixture
def production_respondent_limit(app):
    """The limit production runs with, not the one a test may have lowered."""
    default = load_config("production").RESPONDENT_RATE_LIMIT
    before = app.config["RESPONDENT_RATE_LIMIT"]
    app.config["RESPONDENT_RATE_LIMIT"] = default
    limiter.reset()
    yield default
    app.config["RESPONDENT_RATE_LIMIT"] = before
    limiter.reset()


def test_two_school_classes_on_one_address_all_finish(
    app, client, create_museum, production_respondent_limit
):
    """60 pupils on the museum's Wi-Fi, all within the same minute."""
    museum = create_museum()
    first = SurveyWalker(client, museum.slug, environ_base=MUSEUM_WIFI)
    first.start("en")
    assert first.complete().status == 303
    per_visitor = len([r for r in first.responses if r.request.method == "POST"])
    # The other 58 pupils' requests, as cheap as they come (each counts like a page)...
    for _ in range(58 * per_visitor):
        client.post(f"/s/{museum.slug}/page", data={"state": "x"}, environ_base=MUSEUM_WIFI)
    # ...and the last pupil still gets through every page.
    last = SurveyWalker(client, museum.slug, environ_base=MUSEUM_WIFI)
    assert last.start("en").status == 200
    assert last.complete().status == 303
    assert stored(app) == 2


def test_a_limited_last_page_comes_back_with_its_answers_in_the_visitors_language(
    app, client, create_museum
):
    museum = create_museum()
    walker = SurveyWalker(client, museum.slug, environ_base=MUSEUM_WIFI)
    walker.start("nl")
    for _ in range(30):
        if "Mijn antwoorden verzenden" in walker.page.html:
            break
        assert walker.answer_page().status == 200
    names = walker.page.question_names
    data = {"action": "next", **{n: default_answer(walker.page, n) for n in names}}
    app.config["RESPONDENT_RATE_LIMIT"] = "1 per minute"
    try:
        # Someone else on the same Wi-Fi uses up the allowance first.
        client.post(f"/s/{museum.slug}/page", data={"state": "x"}, environ_base=MUSEUM_WIFI)
        limited = walker.post(data)
    finally:
        app.config["RESPONDENT_RATE_LIMIT"] = "600 per minute"
    assert limited.status == 429
    assert '<html lang="nl">' in limited.html
    assert "Uw antwoorden konden niet worden verzonden" in limited.html
    for name in names:
        assert limited.checked(name) or limited.text_of(name), name
    assert "Set-Cookie" not in limited.headers
    limiter.reset()
    again = walker.post({**data, "state": limited.state})
    assert again.status in {200, 303}


def _starts(client, slug, forwarded_for: str, count: int) -> list[int]:
    return [
        client.post(
            f"/s/{slug}/start",
            data={"lang": "en"},
            environ_base={"REMOTE_ADDR": "10.0.0.2"},
            headers={"X-Forwarded-For": forwarded_for},
        ).status_code
        for _ in range(count)
    ]


def test_behind_one_trusted_proxy_each_visitor_has_an_own_allowance(app, create_museum):
    museum = create_museum()
    with variant_app(app, PROXY_HOPS=1, RESPONDENT_RATE_LIMIT="3 per minute") as proxied:
        client = proxied.test_client()
        assert _starts(client, museum.slug, "198.51.100.1", 4) == [200, 200, 200, 429]
        # Another visitor behind the same load balancer is not blocked by the first.
        assert _starts(client, museum.slug, "198.51.100.2", 1) == [200]


def test_without_a_trusted_proxy_forwarded_headers_are_ignored(app, create_museum):
    """Default 0 hops: a client cannot dodge its limit by inventing X-Forwarded-For."""
    museum = create_museum()
    assert load_config("production").PROXY_HOPS == 0
    with variant_app(app, RESPONDENT_RATE_LIMIT="3 per minute") as direct:
        client = direct.test_client()
        statuses = [_starts(client, museum.slug, f"192.0.2.{n}", 1)[0] for n in range(4)]
        assert statuses == [200, 200, 200, 429]


def test_sign_in_failures_of_one_visitor_do_not_lock_out_others_behind_the_proxy(
    app, create_museum, create_user
):
    from tests.conftest import PASSWORD

    user = create_user("editor", create_museum())
    other = create_user("editor", create_museum())
    with variant_app(app, PROXY_HOPS=1, LOGIN_RATE_LIMIT="5 per minute") as proxied:
        client = proxied.test_client()

        def sign_in(email, password, forwarded_for):
            return client.post(
                "/account/login",
                data={"email": email, "password": password},
                environ_base={"REMOTE_ADDR": "10.0.0.2"},
                headers={"X-Forwarded-For": forwarded_for},
            ).status_code

        assert [sign_in(user.email, "wrong", "198.51.100.9") for _ in range(6)][-1] == 429
        assert sign_in(other.email, PASSWORD, "198.51.100.10") == 302
