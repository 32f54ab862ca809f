"""A kiosk tablet in a real browser: a visitor who walks away leaves nothing for the next one."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from survey.extensions import db
from survey.models import Response
from tests.browser.conftest import PageWatch
from tests.browser.test_respondent_browser import answer_visible_questions, submit

#: The kiosk pages refresh after a delay by design (shared screen); the visitor can ask for ten
#: times as long on the start page (WCAG 2.2.1 "adjust"), which axe-core cannot see.
KIOSK_REFRESH_RULES = {"meta-refresh", "meta-refresh-no-exceptions"}


@pytest.fixture
def tablet(browser, live_server):
    base, _app = live_server
    context = browser.new_context(
        viewport={"width": 1024, "height": 768}, has_touch=True, bypass_csp=True, locale="nl-NL"
    )
    page = context.new_page()
    yield PageWatch(page, base)
    context.close()


@pytest.fixture
def short_kiosk_timeout(live_server):
    _base, app = live_server
    before = app.config["KIOSK_INACTIVITY_SECONDS"]
    # A few seconds: long enough for the test to answer a page on a busy machine.
    app.config["KIOSK_INACTIVITY_SECONDS"] = 3
    yield 3
    app.config["KIOSK_INACTIVITY_SECONDS"] = before


def responses(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Response))


def kiosk_violations(watch: PageWatch) -> list[dict]:
    return [v for v in watch.axe_violations() if v["id"] not in KIOSK_REFRESH_RULES]


def test_kiosk_start_button_is_above_the_fold_on_a_tablet(tablet, live_server):
    base, _app = live_server
    page = tablet.page
    page.goto(f"{base}/s/demo?kiosk=1")
    box = page.locator("form.start button[type=submit]").bounding_box()
    assert box["y"] + box["height"] <= 768
    assert box["height"] >= 56  # kiosk targets are larger than the phone's 44 px
    assert kiosk_violations(tablet) == []
    submit(page, "form.start button[type=submit]")
    assert page.locator('meta[http-equiv="refresh"]').get_attribute("content") == (
        "90;url=/s/demo?kiosk=1"
    )
    assert kiosk_violations(tablet) == []


def test_walked_away_kiosk_visitor_leaves_no_answer_behind(
    tablet, live_server, short_kiosk_timeout
):
    base, app = live_server
    page = tablet.page
    stored_before = responses(app)
    page.goto(f"{base}/s/demo?kiosk=1")
    submit(page, "form.start button[type=submit]")
    answer_visible_questions(page)
    assert page.locator("input:checked").count() >= 1
    submit(page, "button[value=next]")
    answer_visible_questions(page)  # page 2 half done, then the visitor walks away
    # No script anywhere: the return to the start is the page's own meta refresh.
    assert page.locator("script").count() == 0
    page.wait_for_url(f"{base}/s/demo?kiosk=1", timeout=15_000)
    page.wait_for_load_state("load")
    assert page.locator("h1").count() == 1
    assert page.locator("input[name=state]").count() == 0
    assert page.locator("input:checked").count() == 0
    assert page.locator("textarea").count() == 0
    assert page.locator("form.start button[type=submit]").is_visible()
    assert '<body class="kiosk">' in page.content()
    assert responses(app) == stored_before
    assert page.context.cookies() == []
    assert tablet.console_errors == [] and tablet.foreign_requests == []
