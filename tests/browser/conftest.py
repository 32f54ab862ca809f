"""Real-browser tests: Debian's Chromium driven by Playwright against a live server on loopback,
on SQLite and, when reachable, on PostgreSQL.

In CI (CI=true) the browser is required; elsewhere these tests are skipped, visibly, when
Chromium or Playwright is missing.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from survey import create_app
from survey.demo import seed_demo
from survey.extensions import db
from survey.serving import AnonymousRequestHandler
from tests.conftest import BACKENDS, IN_CI, _database_settings, drop_schema

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("SENTOMUS_CHROMIUM", "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def _missing() -> str | None:
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM}"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed"
    if not AXE.exists():
        return "axe-core is not installed (npm install)"
    return None


MISSING = _missing()
if MISSING and IN_CI:
    raise RuntimeError(f"CI=true requires the browser tests to run: {MISSING}")


def pytest_collection_modifyitems(items):
    if MISSING:
        for item in items:
            if "tests/browser/" in str(item.fspath):
                item.add_marker(pytest.mark.skip(reason=MISSING))


@pytest.fixture(scope="session", params=BACKENDS)
def live_server(request, tmp_path_factory):
    settings = _database_settings(request.param, tmp_path_factory)
    app = create_app({"TESTING": True, **settings})
    with app.app_context():
        db.create_all()
        seed_demo(db.session, museums=2, responses=30)
    server = make_server(
        "127.0.0.1", 0, app, threaded=True, request_handler=AnonymousRequestHandler
    )
    base = f"http://127.0.0.1:{server.server_port}"
    app.config["PUBLIC_BASE_URL"] = base
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base, app
    server.shutdown()
    thread.join(timeout=5)
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    if "_TEST_SCHEMA" in settings:
        drop_schema(settings["_TEST_SCHEMA"])


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


class PageWatch:
    """Collects console errors and every request the page makes."""

    def __init__(self, page, base: str):
        self.page = page
        self.base = base
        self.console_errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))

    @property
    def foreign_requests(self) -> list[str]:
        return [
            u for u in self.requests if not u.startswith(self.base) and not u.startswith("data:")
        ]

    def axe_violations(self, impacts=("serious", "critical")) -> list[dict]:
        self.page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        result = self.page.evaluate("async () => await axe.run(document)")
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in result["violations"]
            if v["impact"] in impacts
        ]


@pytest.fixture
def phone(browser, live_server):
    base, _app = live_server
    # bypass_csp lets the test inject axe-core; the app's own pages never need inline script.
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
        bypass_csp=True,
        locale="en-GB",
    )
    page = context.new_page()
    yield PageWatch(page, base)
    context.close()
