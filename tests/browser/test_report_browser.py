"""The museum's progress report in a real browser: every chart renders, no console error, no
request leaves the server, even under the report's strict hash-based script policy."""

from __future__ import annotations

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


def test_museum_report_renders_every_chart_offline(browser, live_server):
    from tests.browser.conftest import PageWatch

    base, _app = live_server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watch = PageWatch(context.new_page(), base)
    sign_in(watch.page, base, EDITOR)
    watch.page.goto(f"{base}/portal/report")
    assert_every_chart_rendered(watch.page, at_least=10)
    assert watch.console_errors == []
    assert watch.foreign_requests == []
    context.close()


def test_staff_overview_report_renders_every_chart_offline(browser, live_server):
    from tests.browser.conftest import PageWatch

    base, _app = live_server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watch = PageWatch(context.new_page(), base)
    sign_in(watch.page, base, STAFF)
    watch.page.goto(f"{base}/staff/report")
    assert_every_chart_rendered(watch.page, at_least=2)
    assert watch.console_errors == []
    assert watch.foreign_requests == []
    context.close()
