"""Kiosk mode: every page returns to the kiosk start after a while, without script, and every
restart or error page of a kiosk survey leads back to the kiosk start."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from survey.extensions import db
from survey.models import Response
from tests.survey_walker import SurveyWalker


def refresh_of(html: str) -> tuple[int, str] | None:
    match = re.search(r'<meta http-equiv="refresh" content="(\d+);url=([^"]+)">', html)
    return (int(match.group(1)), match.group(2)) if match else None


@pytest.fixture
def kiosk_museum(create_museum, monkeypatch, app):
    monkeypatch.setitem(app.config, "KIOSK_INACTIVITY_SECONDS", 45)
    return create_museum()


def test_kiosk_start_itself_does_not_refresh_and_is_styled_for_a_kiosk(client, kiosk_museum):
    html = client.get(f"/s/{kiosk_museum.slug}?kiosk=1").get_data(as_text=True)
    assert refresh_of(html) is None
    assert '<body class="kiosk">' in html
    assert f'action="/s/{kiosk_museum.slug}/start?kiosk=1"' in html
    plain = client.get(f"/s/{kiosk_museum.slug}").get_data(as_text=True)
    assert "<body>" in plain and 'name="more_time"' not in plain


def test_kiosk_start_in_another_language_returns_to_the_plain_kiosk_start(client, kiosk_museum):
    html = client.get(f"/s/{kiosk_museum.slug}?kiosk=1&lang=fr").get_data(as_text=True)
    assert refresh_of(html) == (45, f"/s/{kiosk_museum.slug}?kiosk=1")


def test_every_kiosk_question_page_returns_to_the_start_without_state(app, client, kiosk_museum):
    walker = SurveyWalker(client, kiosk_museum.slug)
    page = walker.start("nl", kiosk=True)
    pages = 0
    while page.status == 200:
        # The start address carries no language, no state, nothing of this visitor.
        assert refresh_of(page.html) == (45, f"/s/{kiosk_museum.slug}?kiosk=1")
        assert f'action="/s/{kiosk_museum.slug}/page?kiosk=1"' in page.html
        assert "<script" not in page.html
        pages += 1
        page = walker.answer_page()
    assert page.status == 303 and pages >= 3
    thanks = client.get(page.headers["Location"]).get_data(as_text=True)
    assert refresh_of(thanks) == (
        app.config["KIOSK_RESTART_SECONDS"],
        f"/s/{kiosk_museum.slug}?kiosk=1",
    )


def test_an_abandoned_kiosk_survey_stores_nothing_and_the_start_shows_none_of_it(
    app, client, kiosk_museum
):
    walker = SurveyWalker(client, kiosk_museum.slug)
    walker.start("en", kiosk=True)
    walker.answer_page()
    # The refresh target is a plain GET: the answers lived only in the abandoned page's state.
    start = client.get(f"/s/{kiosk_museum.slug}?kiosk=1")
    html = start.get_data(as_text=True)
    assert 'name="state"' not in html and "checked" not in html
    assert start.headers.get("Set-Cookie") is None
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Response)) == 0


def test_more_time_multiplies_the_kiosk_inactivity_time(app, client, kiosk_museum):
    response = client.post(
        f"/s/{kiosk_museum.slug}/start?kiosk=1",
        data={"lang": "en", "kiosk": "1", "more_time": "1"},
    )
    seconds, _url = refresh_of(response.get_data(as_text=True))
    assert seconds == 45 * app.config["KIOSK_MORE_TIME_FACTOR"]


def test_an_expired_kiosk_state_restarts_at_the_kiosk_start(client, kiosk_museum):
    response = client.post(
        f"/s/{kiosk_museum.slug}/page?kiosk=1", data={"state": "tampered", "kiosk": "1"}
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert f'href="/s/{kiosk_museum.slug}?kiosk=1"' in html
    assert refresh_of(html) == (45, f"/s/{kiosk_museum.slug}?kiosk=1")
    plain = client.post(f"/s/{kiosk_museum.slug}/page", data={"state": "tampered"})
    assert "kiosk=1" not in plain.get_data(as_text=True)


def test_non_kiosk_pages_never_refresh(client, kiosk_museum):
    walker = SurveyWalker(client, kiosk_museum.slug)
    page = walker.start("en")
    assert refresh_of(page.html) is None and "<body>" in page.html


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("get", "/s/{slug}/no-such-page?kiosk=1", 404),
        ("post", "/s/{slug}/page?kiosk=1", 413),
        ("get", "/s/{slug}/page?kiosk=1", 405),
    ],
)
def test_error_pages_of_a_kiosk_survey_lead_back_to_the_kiosk_start(
    client, kiosk_museum, method, path, status
):
    url = path.format(slug=kiosk_museum.slug)
    kwargs = {"data": {"state": "x" * (200 * 1024)}} if status == 413 else {}
    response = getattr(client, method)(url, **kwargs)
    html = response.get_data(as_text=True)
    assert response.status_code == status
    assert f'href="/s/{kiosk_museum.slug}?kiosk=1"' in html
    assert refresh_of(html) == (45, f"/s/{kiosk_museum.slug}?kiosk=1")
    plain = getattr(client, method)(url.replace("?kiosk=1", ""), **kwargs)
    assert "kiosk=1" not in plain.get_data(as_text=True)


def test_a_rate_limited_kiosk_page_leads_back_to_the_kiosk_start(
    app, client, kiosk_museum, monkeypatch
):
    from survey.extensions import limiter

    monkeypatch.setitem(app.config, "RESPONDENT_RATE_LIMIT", "1 per minute")
    limiter.reset()
    url = f"/s/{kiosk_museum.slug}/start?kiosk=1"
    client.post(url, data={"kiosk": "1"})
    response = client.post(url, data={"kiosk": "1"})
    limiter.reset()
    html = response.get_data(as_text=True)
    assert response.status_code == 429
    assert f'href="/s/{kiosk_museum.slug}?kiosk=1"' in html


def test_a_kiosk_survey_without_a_questionnaire_leads_back_to_the_kiosk_start(
    app, client, kiosk_museum, monkeypatch
):
    import survey.respond.views as views

    monkeypatch.setattr(views, "load_survey", lambda *args, **kwargs: None)
    response = client.post(f"/s/{kiosk_museum.slug}/start?kiosk=1", data={"kiosk": "1"})
    html = response.get_data(as_text=True)
    assert response.status_code == 503
    assert f'href="/s/{kiosk_museum.slug}?kiosk=1"' in html


def test_a_closed_kiosk_survey_returns_to_the_kiosk_start(client, create_museum, monkeypatch, app):
    monkeypatch.setitem(app.config, "KIOSK_INACTIVITY_SECONDS", 45)
    museum = create_museum(active=False)
    html = client.get(f"/s/{museum.slug}?kiosk=1").get_data(as_text=True)
    assert refresh_of(html) == (45, f"/s/{museum.slug}?kiosk=1")
