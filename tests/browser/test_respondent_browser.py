"""A visitor on a phone answers the survey in a real browser."""

from __future__ import annotations

import re

import pytest

NEXT = {"nl": ("Volgende", "Verstuur"), "fr": ("Suivant", "Envoyer")}


def submit(page, selector: str) -> None:
    with page.expect_navigation():
        page.locator(selector).first.click()


def answer_visible_questions(page) -> None:
    for fieldset in page.locator("fieldset.choices").all():
        options = fieldset.locator("input")
        count = options.count()
        target = options.nth(min(count - 1, 3 if count > 4 else 0))
        target.check()
    for field in page.locator("input.number").all():
        field.fill("3")
    for area in page.locator("textarea").all():
        area.fill("Mooie tentoonstelling")


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_phone_visitor_completes_the_survey(phone, live_server, lang):
    base, _app = live_server
    page = phone.page
    page.goto(f"{base}/s/demo?lang={lang}")
    assert page.locator("html").get_attribute("lang") == lang
    assert phone.axe_violations() == []
    submit(page, "form button[type=submit]")
    checked_errors = False
    for _ in range(12):
        if "/thanks" in page.url:
            break
        if not checked_errors:
            submit(page, "button[value=next]")  # nothing answered: required questions
            assert page.locator(".field-error").count() >= 1
            assert phone.axe_violations() == []
            checked_errors = True
        answer_visible_questions(page)
        assert phone.axe_violations() == []
        submit(page, "button[value=next]")
    assert "/thanks" in page.url
    assert page.locator("html").get_attribute("lang") == lang
    assert phone.axe_violations() == []
    assert phone.console_errors == []
    assert phone.foreign_requests == []
    assert page.context.cookies() == []


def test_keyboard_only_visitor_completes_the_survey_in_french(phone, live_server):
    base, _app = live_server
    page = phone.page
    page.goto(f"{base}/s/demo?lang=fr")
    keyboard = page.keyboard
    for _ in range(60):  # Tab to the start button, then Enter
        keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    with page.expect_navigation():
        keyboard.press("Enter")
    answered_groups: set[str] = set()
    for _ in range(2000):
        if "/thanks" in page.url:
            break
        keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const e = document.activeElement; const box = e.getBoundingClientRect();"
            " return {tag: e.tagName, type: e.type || '', name: e.name || '', value: e.value || '',"
            " outline: getComputedStyle(e).outlineStyle,"
            " visible: box.width > 0 && box.height > 0}; }"
        )
        if focused["name"].startswith("q") and focused["name"] not in answered_groups:
            assert focused["outline"] != "none", "focus must be visible"
            if focused["type"] in {"radio", "checkbox"}:
                keyboard.press("Space")
            elif focused["tag"] == "TEXTAREA":
                keyboard.type("Très belle visite")
            else:
                keyboard.type("2")
            answered_groups.add(focused["name"])
        elif focused["type"] == "submit" and focused["value"] == "next":
            with page.expect_navigation():
                keyboard.press("Enter")
    assert "/thanks" in page.url
    assert re.search(r"merci", page.locator("h1").inner_text(), re.I)
