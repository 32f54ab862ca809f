"""A visitor with a distinctive address, user agent and referrer answers the survey; afterwards
nothing of them may be found in any table or in any log line."""

from __future__ import annotations

import http.client
import logging
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

from sqlalchemy import Date, DateTime, Time, select

from survey.extensions import db
from tests.survey_walker import Page, SurveyWalker, default_answer

CLIENT_ADDRESS = "203.0.113.77"
FORWARDED_FOR = "198.51.100.23"
USER_AGENT = "ProbeAgent/9.9 (sentomus-probe-7f3a; Android 14; Pixel 8)"
REFERRER = "https://referrer.example/probe-7f3a?campaign=museum"
MARKERS = (CLIENT_ADDRESS, FORWARDED_FOR, "ProbeAgent", "probe-7f3a", "referrer.example")


def all_database_text(app) -> str:
    chunks = []
    with app.app_context():
        for table in db.metadata.sorted_tables:
            for row in db.session.execute(select(table)):
                chunks.append(" ".join(str(value) for value in row))
    return "\n".join(chunks)


def test_probe_leaves_no_trace_in_database_or_logs(app, client, create_museum, caplog):
    caplog.set_level(logging.DEBUG)
    museum = create_museum()
    walker = SurveyWalker(
        client,
        museum.slug,
        environ_base={
            "REMOTE_ADDR": CLIENT_ADDRESS,
            "HTTP_USER_AGENT": USER_AGENT,
            "HTTP_REFERER": REFERRER,
            "HTTP_X_FORWARDED_FOR": FORWARDED_FOR,
        },
    )
    walker.intro("nl")
    walker.start("nl")
    walker.complete()

    stored = all_database_text(app)
    assert str(museum.id) in stored  # the scan does see the stored response
    for marker in MARKERS:
        assert marker not in stored, marker
        assert marker not in caplog.text, marker


def test_schema_has_no_identifying_columns_and_no_time_of_day():
    forbidden = (
        "ip",
        "addr",
        "agent",
        "referrer",
        "referer",
        "cookie",
        "session",
        "device",
        "fingerprint",
        "time",
        "created_at",
        "updated_at",
    )
    respondent_tables = ("response", "answer", "survey_start_count", "used_submit_token")
    for name in respondent_tables:
        table = db.metadata.tables[name]
        for column in table.columns:
            lowered = column.name.lower()
            assert not any(
                word in lowered.split("_") or lowered.startswith(word) for word in forbidden
            ), f"{name}.{column.name}"
            assert not isinstance(column.type, DateTime | Time), f"{name}.{column.name}"
    assert isinstance(db.metadata.tables["response"].c.submitted_on.type, Date)
    assert db.metadata.tables["response"].c.id.autoincrement is not True


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _sentomus(*args, env):
    return subprocess.run(
        [sys.executable, "-m", "survey.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


class RealBrowser:
    """HTTP from a distinctive loopback address, as a phone on the museum's Wi-Fi would."""

    def __init__(self, port: int):
        self.port = port

    def request(self, method: str, path: str, fields: dict | None = None):
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=10, source_address=("127.0.0.77", 0)
        )
        body = urllib.parse.urlencode(fields or {}, doseq=True) if fields is not None else None
        headers = {"User-Agent": USER_AGENT, "Referer": REFERRER, "X-Forwarded-For": FORWARDED_FOR}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        page = Page(response.status, response.read().decode("utf-8"), dict(response.getheaders()))
        connection.close()
        return page


def test_real_server_access_log_holds_no_address_agent_or_time(tmp_path):
    env = {
        **os.environ,
        "SENTOMUS_INSTANCE_PATH": str(tmp_path),
        "SENTOMUS_ENV": "development",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("SENTOMUS_DATABASE_URL", None)
    _sentomus("db", "upgrade", env=env)
    _sentomus("seed-demo", "--museums", "1", "--responses", "0", env=env)
    port = _free_port()
    log_path = tmp_path / "server.log"
    with log_path.open("w") as log_file:
        server = subprocess.Popen(
            [sys.executable, "-m", "survey.cli", "run", "--port", str(port)],
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
        try:
            browser = RealBrowser(port)
            for _ in range(100):
                try:
                    intro = browser.request("GET", "/s/demo?lang=fr")
                    break
                except OSError:
                    time.sleep(0.1)
            assert intro.status == 200
            page = browser.request("POST", "/s/demo/start", {"lang": "fr"})
            for _ in range(20):
                assert "Set-Cookie" not in page.headers
                fields = {"state": page.state, "action": "next"}
                fields.update({n: default_answer(page, n) for n in page.question_names})
                page = browser.request("POST", "/s/demo/page", fields)
                if page.status == 303:
                    break
            assert page.status == 303
            assert browser.request("GET", "/account/login").status == 200
        finally:
            server.terminate()
            server.wait(timeout=10)
    log = Path(log_path).read_text()
    assert '"GET /account/login" 200' in log  # the access log is there, and it was read
    assert "/s/demo" not in log  # and holds no line per successful survey request
    for marker in (*MARKERS, "127.0.0.77"):
        assert marker not in log, marker
    assert not re.search(r"\b\d{2}:\d{2}:\d{2}\b", log), "no time of day in the log"

    import sqlite3

    connection = sqlite3.connect(tmp_path / "sentomus.db")
    dump = "\n".join(connection.iterdump())
    connection.close()
    assert "INSERT INTO response" in dump or 'INSERT INTO "response"' in dump
    for marker in (*MARKERS, "127.0.0.77"):
        assert marker not in dump, marker
