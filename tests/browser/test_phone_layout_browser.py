"""The survey on a small phone (360 × 640) in a real browser: no horizontal scroll on any page,
the Start button on the first screen, NPS 0–10 on one row and each rating scale as one row,
measured from the laid-out page. Screenshots go to the temporary folder for a person to look at."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from tests.browser.conftest import PageWatch
from tests.browser.test_respondent_browser import answer_visible_questions, submit

SHOTS = Path(tempfile.gettempdir()) / "sentomus-screens"

LAYOUT = """() => {
  const tops = (selector) => Array.from(document.querySelectorAll(selector),
      (e) => Math.round(e.getBoundingClientRect().top));
  return {
    scrollWidth: document.scrollingElement.scrollWidth,
    innerWidth: window.innerWidth,
    nps: tops('.nps-points .option input'),
    overflowing: Array.from(document.querySelectorAll('.scale-points label'))
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => `${e.textContent} ${e.scrollWidth}/${e.clientWidth}`),
    scales: Array.from(document.querySelectorAll('fieldset.scale:not(.long-words)'), (f) =>
        Array.from(f.querySelectorAll('.option:not(.not-applicable) input'),
            (e) => Math.round(e.getBoundingClientRect().top))),
  };
}"""


def viewport_context(browser, width: int, height: int, locale: str):
    return browser.new_context(
        viewport={"width": width, "height": height},
        is_mobile=width < 600,
        has_touch=width < 600,
        bypass_csp=True,
        locale=locale,
    )


def check_layout(page) -> dict:
    layout = page.evaluate(LAYOUT)
    assert layout["scrollWidth"] <= layout["innerWidth"], f"horizontal scroll on {page.url}"
    if layout["nps"]:
        assert len(layout["nps"]) == 11 and len(set(layout["nps"])) == 1, layout["nps"]
    # No word of a rating label breaks or spills out of its column.
    assert layout["overflowing"] == [], layout["overflowing"]
    for points in layout["scales"]:
        assert len(points) == 5 and len(set(points)) == 1, points
    return layout


@pytest.mark.parametrize(("width", "height"), [(360, 640), (1280, 800)])
@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_every_survey_page_fits_the_screen(browser, live_server, lang, width, height):
    base, _app = live_server
    context = viewport_context(browser, width, height, f"{lang}-BE")
    page = context.new_page()
    watch = PageWatch(page, base)
    shots = SHOTS / f"{width}-{lang}"
    shots.mkdir(parents=True, exist_ok=True)
    try:
        page.goto(f"{base}/s/demo?lang={lang}")
        check_layout(page)
        start = page.locator("form.start button[type=submit]").bounding_box()
        assert start["y"] + start["height"] <= height, "Start must be on the first screen"
        page.screenshot(path=str(shots / "00-intro.png"))
        submit(page, "form.start button[type=submit]")
        seen = {"nps": False, "scales": 0, "labels": set()}
        for number in range(1, 13):
            if "/thanks" in page.url:
                break
            if number == 1:
                submit(page, "button[value=next]")  # the error summary must fit as well
                check_layout(page)
                page.screenshot(path=str(shots / "01-errors.png"), full_page=True)
            layout = check_layout(page)
            seen["nps"] |= bool(layout["nps"])
            seen["scales"] += len(layout["scales"])
            seen["labels"].add(page.locator(".progress-label").inner_text())
            assert watch.axe_violations() == []
            page.screenshot(path=str(shots / f"{number + 1:02d}-page.png"), full_page=True)
            answer_visible_questions(page)
            submit(page, "button[value=next]")
        assert "/thanks" in page.url
        check_layout(page)
        page.screenshot(path=str(shots / "99-thanks.png"))
        assert seen["nps"] and seen["scales"] >= 5
        # One total throughout: "Part 4 of 5" never becomes "Part 5 of 6".
        totals = {label.rsplit(" ", 1)[-1] for label in seen["labels"]}
        assert len(totals) == 1, seen["labels"]
        assert page.context.cookies() == [] and watch.foreign_requests == []
    finally:
        context.close()


def test_kiosk_start_on_a_tablet_screenshot(browser, live_server):
    base, _app = live_server
    context = viewport_context(browser, 1024, 768, "nl-NL")
    page = context.new_page()
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        page.goto(f"{base}/s/demo?kiosk=1")
        check_layout(page)
        page.screenshot(path=str(SHOTS / "kiosk-1024-intro.png"))
        submit(page, "form.start button[type=submit]")
        check_layout(page)
        page.screenshot(path=str(SHOTS / "kiosk-1024-page.png"))
    finally:
        context.close()
