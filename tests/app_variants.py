"""A second application on the test database with other settings, and a Redis of its own.

Extension objects are shared module globals: building another app re-binds the rate limiter, so
its state is put back afterwards and the session's app keeps counting in its own storage.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def variant_app(base, **overrides) -> Iterator:
    from survey import create_app
    from survey.extensions import db, limiter

    saved = dict(vars(limiter))
    settings = {
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": base.config["SQLALCHEMY_DATABASE_URI"],
        "SQLALCHEMY_ENGINE_OPTIONS": dict(base.config["SQLALCHEMY_ENGINE_OPTIONS"]),
        "DB_BACKEND": base.config["DB_BACKEND"],
        **overrides,
    }
    app = create_app(settings)
    app.instance_path = base.instance_path
    try:
        yield app
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
        vars(limiter).clear()
        vars(limiter).update(saved)


@contextmanager
def own_redis() -> Iterator[tuple[str, subprocess.Popen]]:
    """A throwaway redis-server on a free port (the shared one is never stopped)."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0", process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
