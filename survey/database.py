"""Database plumbing shared by the app and the commands."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.engine import Engine

_configured = False


def one_of(column: str, values: tuple[str, ...]) -> str:
    """SQL of a CHECK that `column` holds one of `values` (a constant defined in the models)."""
    assert all(value.isidentifier() for value in values), values
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


def configure_sqlite() -> None:
    """WAL mode, a busy timeout and enforced foreign keys on every SQLite connection."""
    global _configured
    if _configured:
        return
    _configured = True

    @event.listens_for(Engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record):  # pragma: no branch - dialect check
        if isinstance(dbapi_connection, sqlite3.Connection):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=10000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()


_sqlite_writer = threading.Lock()


@contextmanager
def one_writer_at_a_time(session) -> Iterator[None]:
    """Around a short write transaction: on SQLite, the threads of one process take turns.

    SQLite lets one transaction write at a time. A writer that finds the database busy sleeps
    and tries again (the busy timeout) with pauses growing to 100 ms, first come not first
    served, so with dozens of threads a few writers starved past the timeout under load and their
    visitors got a 503. Threads queued on a lock wake as soon as it is free; only the processes
    still meet at SQLite's own lock. PostgreSQL needs none of this.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    with _sqlite_writer:
        yield


def remove_session_safely(_error: BaseException | None = None) -> None:
    """Teardown run before Flask-SQLAlchemy's own: when the database went away after the page
    was built, closing the session fails; the page is sent anyway and the session forgotten."""
    from survey.extensions import db

    try:
        db.session.remove()
    except Exception as error:  # noqa: BLE001 - the response is already made
        import logging

        logging.getLogger(__name__).warning("session clean-up failed: %s", type(error).__name__)
        db.session.registry.clear()


def upsert_increment(session, table, key: dict, column: str, amount: int = 1) -> None:
    """Add `amount` to `column` of the row identified by `key`, creating the row when missing."""
    dialect = session.get_bind().dialect.name
    values = {**key, column: amount}
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(dialect)
    stmt = insert(table).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=list(key), set_={column: getattr(table.c, column) + amount}
    )
    session.execute(stmt)
