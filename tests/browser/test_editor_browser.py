"""A museum editor, in a real browser: a personal-data question is refused with its findings, a
valid one is saved, previewed and then found in the live survey."""

from __future__ import annotations

import pytest

from survey.demo import DEMO_LOGINS

EDITOR = next((email, password) for role, email, password in DEMO_LOGINS if role == "editor")
LANGS = ("nl", "en", "fr", "de", "es", "it")


@pytest.fixture
def desktop(browser, live_server):
    from tests.browser.conftest import PageWatch

    base, _app = live_server
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    yield PageWatch(page, base)
    context.close()


def submit(page, selector: str) -> None:
    with page.expect_navigation():
        page.locator(selector).first.click()


def fill_question(page, text: str, options: tuple[tuple[str, str], ...]) -> None:
    page.select_option("select[name=kind]", "single_choice")
    for lang in LANGS:
        field = page.locator(f"[name=text_{lang}]")
        if field.count():
            field.fill(text)
    for index, (code, label) in enumerate(options):
        page.fill(f"[name='options-{index}-code']", code)
        for lang in LANGS:
            field = page.locator(f"[name='options-{index}-label_{lang}']")
            if field.count():
                field.fill(label)


def test_editor_is_refused_personal_data_then_adds_previews_and_finds_a_question(
    desktop, live_server
):
    base, _app = live_server
    page = desktop.page
    page.goto(f"{base}/account/login")
    page.fill("[name=email]", EDITOR[0])
    page.fill("[name=password]", EDITOR[1])
    submit(page, "button[type=submit]")
    assert page.url.endswith("/portal/")

    page.goto(f"{base}/portal/questions/new")
    fill_question(page, "What is your e-mail address?", (("yes", "Yes"), ("no", "No")))
    submit(page, "button.button.primary")
    findings = page.locator(".lint-findings .finding-reject")
    assert findings.count() >= 1
    assert "e-mail" in findings.first.inner_text().lower()
    assert page.locator(".lint-findings .suggestion").count() >= 1
    assert desktop.axe_violations() == []

    page.goto(f"{base}/portal/questions/new")
    question = "Which exhibition did you come to see first?"
    fill_question(page, question, (("golden_age", "Golden Age"), ("modern", "Modern art")))
    submit(page, "button.button.primary")
    assert "/portal/questions" in page.url
    assert question in page.content()

    page.goto(f"{base}/portal/preview?lang=en")
    seen_in_preview = False
    for _ in range(12):
        if question in page.content():
            seen_in_preview = True
            break
        for fieldset in page.locator("fieldset.choices").all():
            fieldset.locator("input").first.check()
        if page.locator("button[value=next]").count() == 0:
            break
        submit(page, "button[value=next]")
    assert seen_in_preview

    live = desktop.page.context.new_page()
    live.goto(f"{base}/s/demo?lang=en")
    with live.expect_navigation():
        live.locator("form button[type=submit]").first.click()
    found = False
    for _ in range(12):
        if question in live.content():
            found = True
            break
        for fieldset in live.locator("fieldset.choices").all():
            fieldset.locator("input").first.check()
        with live.expect_navigation():
            live.locator("button[value=next]").click()
    assert found
    assert desktop.console_errors == []
    assert desktop.foreign_requests == []
