"""The museum's progress report in a real browser: every chart renders, no console error, no
request leaves the server, even under the report's strict hash-based script policy."""

from __future__ import annotations

import pytest

from survey.demo import DEMO_LOGINS
from tests.browser.test_editor_browser import EDITOR, submit

STAFF = next((email, password) for role, email, password in DEMO_LOGINS if role == "staff")


def sign_in(page, base, login):
    page.goto(f"{base}/account/login")
    page.fill("[name=email]", login[0])
    page.fill("[name=password]", login[1])
    submit(page, "button[type=submit]")


def assert_every_chart_rendered(page, at_least: int):
    figures = page.locator("div.figure[data-figure]")
    count = figures.count()
    assert count >= at_least
    page.wait_for_function(
        "n => document.querySelectorAll('div.figure[data-figure] svg.main-svg').length >= n",
        arg=count,
        timeout=20_000,
    )
    for index in range(count):
        assert figures.nth(index).locator("svg.main-svg").count() >= 1


@pytest.mark.parametrize(
    ("login", "path", "at_least"),
    [(EDITOR, "/portal/report", 10), (STAFF, "/staff/report", 2)],
    ids=["museum report", "staff overview"],
)
def test_report_renders_every_chart_offline(browser, live_server, login, path, at_least):
    from tests.browser.conftest import PageWatch

    base, _app = live_server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watch = PageWatch(context.new_page(), base)
    sign_in(watch.page, base, login)
    watch.page.goto(f"{base}{path}")
    assert_every_chart_rendered(watch.page, at_least=at_least)
    assert watch.console_errors == []
    assert watch.foreign_requests == []
    context.close()
