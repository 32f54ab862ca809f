"""A second application on the test database with other settings, and a Redis of its own.

Extension objects are shared module globals: building another app re-binds the rate limiter, so
its state is put back afterwards and the session's app keeps counting in its own storage.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

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
    settings = {"TESTING": True}
    if base is not None:
        settings.update(
            SQLALCHEMY_DATABASE_URI=base.config["SQLALCHEMY_DATABASE_URI"],
            SQLALCHEMY_ENGINE_OPTIONS=dict(base.config["SQLALCHEMY_ENGINE_OPTIONS"]),
            DB_BACKEND=base.config["DB_BACKEND"],
        )
    app = create_app({**settings, **overrides})
    if base is not None:
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


@contextmanager
def own_postgres() -> Iterator[tuple[str, Callable[[], None]]]:
    """A throwaway PostgreSQL cluster (the shared one is never stopped): its URL, and a function
    that shuts it down at once, as a crash or a restart of the database server would."""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb is None or pg_ctl is None:
        pytest.skip("PostgreSQL server binaries are not installed")
    # Not under pytest's private temporary folder: the server may run as another user.
    folder = Path(tempfile.mkdtemp(prefix="sentomus-pg-"))
    folder.chmod(0o755)
    data = folder / "data"
    data.mkdir(mode=0o700)
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        import pwd

        account = pwd.getpwnam("postgres")
        os.chown(data, account.pw_uid, account.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    subprocess.run(  # noqa: S603
        [*as_user, initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(  # noqa: S603
        [*as_user, pg_ctl, "-D", str(data), "-o", options, "-w", "-l", str(data / "log"), "start"],
        check=True,
        capture_output=True,
        timeout=120,
    )

    def stop() -> None:
        subprocess.run(  # noqa: S603
            [*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            timeout=120,
        )

    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", stop
    finally:
        stop()
        shutil.rmtree(folder, ignore_errors=True)
