"""The report page's script policy allows the renderer's own scripts and nothing else."""

from __future__ import annotations

import base64
import hashlib
import re

EXECUTABLE = re.compile(r"<script>(.*?)</script>", re.S)


def _hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def _script_sources(csp: str) -> set[str]:
    directive = next(d for d in csp.split("; ") if d.startswith("script-src "))
    return set(directive.split()[1:])


def test_every_script_the_page_runs_is_allowed_and_only_those(
    client, create_museum, create_user, sign_in
):
    sign_in(create_user("editor", create_museum()))
    response = client.get("/portal/report")
    html = response.get_data(as_text=True)
    allowed = _script_sources(response.headers["Content-Security-Policy"])
    executed = EXECUTABLE.findall(html)
    assert len(executed) == 2  # plotly.js and the page's start-up script
    assert {_hash(body) for body in executed} == allowed


def test_a_script_that_got_into_the_page_is_not_allowed(app_ctx):
    from survey.reports.views import report_csp

    injected = "alert(document.domain)"
    page = f"<html><body><p>Museum</p><script>{injected}</script></body></html>"
    assert _hash(injected) not in _script_sources(report_csp(page))
