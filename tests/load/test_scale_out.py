"""The path past one machine: several gunicorn instances against one PostgreSQL, rate limits in
Redis, and nothing that matters kept in process memory."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import POSTGRES_UP, POSTGRES_URL
from tests.demo_instance import migrate_and_seed_demo, production_env
from tests.survey_walker import Page, default_answer

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("SENTOMUS_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_up() -> bool:
    try:
        import redis

        return redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping()
    except Exception:
        return False


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not POSTGRES_UP, reason="needs PostgreSQL"),
    pytest.mark.skipif(not redis_up(), reason="needs Redis"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(port: int, method: str, path: str, fields: dict | None = None) -> Page:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    body = urllib.parse.urlencode(fields, doseq=True) if fields is not None else None
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    page = Page(response.status, response.read().decode(), dict(response.getheaders()))
    connection.close()
    return page


@pytest.fixture
def cluster(tmp_path):
    """Two independent gunicorn instances sharing one PostgreSQL schema and one Redis."""
    import redis

    schema = f"sentomus_scale_{uuid.uuid4().hex[:8]}"
    engine = create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    redis.Redis.from_url(REDIS_URL).flushdb()
    env = production_env(
        url,
        tmp_path,
        SENTOMUS_RATELIMIT_STORAGE_URI=REDIS_URL,
        SENTOMUS_RESPONDENT_RATE_LIMIT="40 per minute",
    )
    migrate_and_seed_demo(env)
    ports, processes = [free_port(), free_port()], []
    for port in ports:
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "-c",
                    "config/gunicorn.conf.py",
                    "-w",
                    "2",
                    "-b",
                    f"127.0.0.1:{port}",
                    "survey:create_app()",
                ],
                env=env,
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        )
    for port in ports:
        for _ in range(200):
            try:
                if request(port, "GET", "/s/demo").status == 200:
                    break
            except OSError:
                time.sleep(0.1)
    schema_engine = create_engine(url)
    yield ports, schema_engine
    schema_engine.dispose()
    for process in processes:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    with engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()
    redis.Redis.from_url(REDIS_URL).flushdb()


def test_a_survey_moves_between_instances_and_is_stored_once(cluster):
    (port_a, port_b), engine = cluster
    page = request(port_a, "POST", "/s/demo/start", {"lang": "nl"})
    ports = [port_b, port_a]
    final = None
    for step in range(20):
        fields = {"state": page.state, "action": "next"}
        fields.update({name: default_answer(page, name) for name in page.question_names})
        page = request(ports[step % 2], "POST", "/s/demo/page", fields)
        if page.status == 303:
            final = fields
            break
        assert page.status == 200
    assert final is not None
    # The same final page sent again to the other instance: acknowledged, not stored twice.
    assert request(port_a, "POST", "/s/demo/page", final).status == 303
    assert request(port_b, "POST", "/s/demo/page", final).status == 303
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM response")).scalar() == 1


def test_rate_limits_are_shared_through_redis_without_addresses(cluster):
    import redis

    (port_a, port_b), _engine = cluster
    statuses = [
        request(port, "POST", "/s/demo/start", {"lang": "en"}).status
        for port in [port_a, port_b] * 25
    ]
    # 40 per minute for this client in total, whichever instance answers.
    assert statuses.count(200) == 40 and statuses.count(429) == 10
    keys = [key.decode() for key in redis.Redis.from_url(REDIS_URL).keys("*")]
    assert keys and all("127.0.0.1" not in key for key in keys)
