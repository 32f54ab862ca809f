"""Slow clients cannot stall the production server (gunicorn with config/gunicorn.conf.py).

Ten connections send their request one byte at a time (slowloris-style, bounded in time, on
127.0.0.1 only); meanwhile a normal visitor's request must not take more than a second longer
than without them. With sync workers (four of them) it waits for the slow clients to finish.
"""

from __future__ import annotations

import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from tests.demo_instance import migrate_and_seed_demo, production_env

ROOT = Path(__file__).resolve().parents[2]
SLOW_CLIENTS = 10
#: How long each slow client keeps dribbling its request; bounded so the test ends.
SLOW_SECONDS = 8.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def production_server(tmp_path):
    env = production_env(f"sqlite:///{tmp_path / 'slow.db'}", tmp_path, SENTOMUS_WORKERS="2")
    migrate_and_seed_demo(env)
    port = free_port()
    env["SENTOMUS_BIND"] = f"127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "config" / "gunicorn.conf.py")]
        + ["--chdir", str(ROOT), "survey:create_app()"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/s/demo", timeout=2):
                break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("gunicorn did not start")
            time.sleep(0.2)
    yield port
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()


def normal_request_seconds(port: int) -> float:
    started = time.monotonic()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/s/demo?lang=nl", timeout=30) as reply:
        assert reply.status == 200
        reply.read()
    return time.monotonic() - started


def slow_client(port: int, stop: threading.Event, connected: threading.Barrier) -> None:
    request = (
        b"POST /s/demo/page HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4096\r\n\r\n"
        + b"a"
        * 4096
    )
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(request[:1])
        connected.wait()
        deadline = time.monotonic() + SLOW_SECONDS
        for byte in request[1:]:
            if stop.is_set() or time.monotonic() > deadline:
                return
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                return  # the server may give up on a slow client: that is fine too
            time.sleep(0.2)


@pytest.mark.slow
def test_ten_slow_clients_do_not_delay_a_normal_request(production_server):
    port = production_server
    for _ in range(3):  # warm every worker's caches
        normal_request_seconds(port)
    alone = statistics.median(normal_request_seconds(port) for _ in range(5))

    stop = threading.Event()
    connected = threading.Barrier(SLOW_CLIENTS + 1)
    clients = [
        threading.Thread(target=slow_client, args=(port, stop, connected), daemon=True)
        for _ in range(SLOW_CLIENTS)
    ]
    for client in clients:
        client.start()
    connected.wait(timeout=10)
    try:
        time.sleep(0.5)  # the slow requests have reached the workers
        beside_slow = [normal_request_seconds(port) for _ in range(5)]
    finally:
        stop.set()
        for client in clients:
            client.join(timeout=SLOW_SECONDS + 5)
    print("normal request alone", alone, "beside slow clients", beside_slow)
    assert max(beside_slow) - alone <= 1.0, (alone, beside_slow)
