"""Server logs: no line per successful survey request, and never a client address."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.app_variants import free_port

ROOT = Path(__file__).resolve().parent.parent
#: Any sign of a client address: gunicorn's "ip=…", socketserver's ('addr', port).
ADDRESS = re.compile(r"ip=\d|\('127")
#: The loopback address the requests come from: it must appear nowhere in a log.
CLIENT = "127.0.0.79"


def _raw(port: int, payload: bytes) -> bytes:
    """Sends bytes from CLIENT and returns whatever comes back."""
    sock = socket.socket()
    sock.settimeout(10)
    sock.bind((CLIENT, 0))
    try:
        sock.connect(("127.0.0.1", port))
        sock.sendall(payload)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except (ConnectionResetError, TimeoutError, BrokenPipeError):
            pass
        return b"".join(chunks)
    except (ConnectionResetError, BrokenPipeError):
        return b""
    finally:
        sock.close()


def _wait_for(port: int) -> None:
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("server did not start")


HOSTILE_REQUESTS = [
    b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",  # oversized request line
    b"GET /s/demo HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 70_000 + b"\r\n\r\n",
    b"GET /s/demo HTTP/1.1\r\nBad Header\r\n\r\n",
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n",
    b"GET /s/demo HTTP/9.9\r\n\r\n",
]


def _exercise(port: int) -> None:
    ok = _raw(port, b"GET /s/demo?lang=en HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert ok.startswith(b"HTTP/1.1 200"), ok[:200]
    missing = _raw(port, b"GET /s/no-such-museum HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert missing.startswith(b"HTTP/1.1 404"), missing[:200]
    portal = _raw(port, b"GET /account/login HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert portal.startswith(b"HTTP/1.1 200"), portal[:200]
    for payload in HOSTILE_REQUESTS:
        _raw(port, payload)
    # Still serving after all of that.
    again = _raw(port, b"GET /s/demo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert again.startswith(b"HTTP/1.1 200"), again[:200]


@pytest.fixture
def seeded(tmp_path):
    env = {
        **os.environ,
        "SENTOMUS_INSTANCE_PATH": str(tmp_path),
        "SENTOMUS_SECRET_KEY": "k" * 64,
        "SENTOMUS_PUBLIC_BASE_URL": "https://survey.example",
        "PYTHONUNBUFFERED": "1",
    }
    for name in ("SENTOMUS_DATABASE_URL", "SENTOMUS_RATELIMIT_STORAGE_URI", "SENTOMUS_ENV"):
        env.pop(name, None)
    env["SENTOMUS_DATABASE_URL"] = f"sqlite:///{tmp_path / 'served.db'}"
    for args in (["db", "upgrade"], ["seed-demo", "--museums", "1", "--responses", "0"]):
        subprocess.run(
            [sys.executable, "-m", "survey.cli", *args],
            env={**env, "SENTOMUS_ENV": "development"},
            check=True,
            capture_output=True,
            timeout=180,
        )
    return env


def _assert_log_is_anonymous(log: str) -> None:
    assert "/account/login" in log, log  # the log is there, and it was read
    assert CLIENT not in log, log
    assert not ADDRESS.search(log), ADDRESS.search(log)
    # No line per successful survey request; errors without the museum in the path.
    assert "/s/demo" not in log, log
    assert "no-such-museum" not in log, log


@pytest.mark.slow
def test_gunicorn_logs_no_client_address_and_no_successful_survey_request(seeded, tmp_path):
    port = free_port()
    log_path = tmp_path / "gunicorn.log"
    env = {**seeded, "SENTOMUS_BIND": f"127.0.0.1:{port}", "SENTOMUS_WORKERS": "1"}
    env.pop("SENTOMUS_ENV", None)  # gunicorn runs production settings by default
    with log_path.open("w") as log_file:
        server = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "-c",
                str(ROOT / "config" / "gunicorn.conf.py"),
                "survey:create_app()",
            ],
            env=env,
            cwd=ROOT,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_for(port)
            _exercise(port)
        finally:
            server.terminate()
            server.wait(timeout=30)
    log = log_path.read_text()
    _assert_log_is_anonymous(log)


@pytest.mark.slow
def test_dev_server_logs_no_client_address_and_survives_malformed_requests(seeded, tmp_path):
    port = free_port()
    log_path = tmp_path / "dev.log"
    env = {**seeded, "SENTOMUS_ENV": "development"}
    with log_path.open("w") as log_file:
        server = subprocess.Popen(
            [sys.executable, "-m", "survey.cli", "run", "--port", str(port)],
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_for(port)
            _exercise(port)
        finally:
            server.terminate()
            server.wait(timeout=30)
    log = log_path.read_text()
    assert "Traceback" not in log, log
    _assert_log_is_anonymous(log)
