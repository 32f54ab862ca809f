"""Scheduled upkeep of the respondent tables: forget the order in which surveys were submitted.

Rows of a database carry order beyond their columns: SQLite numbers rows of an ordinary table
(`rowid`) and fills pages as rows arrive; PostgreSQL writes rows one after another (`ctid`) and
stamps each with the id of the transaction that wrote it (`xmin`). Either would tell which response
came after which, and next to timestamped rows elsewhere (the audit log) roughly when.

- SQLite: the respondent tables are WITHOUT ROWID tables keyed by the random response id, so rows
  sit in random-id order from the start; VACUUM rewrites the file so that page numbers follow that
  order too and no freed page keeps an old copy.
- PostgreSQL: recent rows are rewritten in one transaction (they then share one `xmin`), and each
  table is then rewritten in random-id order (CLUSTER on its primary key: new `ctid` for every row).

What this cannot reach (the write-ahead log until it is recycled, base backups, replicas) is
described for operators in the README.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from sqlalchemy import Engine, delete, text
from sqlalchemy.orm import Session

from survey.models import UsedSubmitToken

#: Respondent tables, each keyed by (or starting with) a random id or a hash.
RESPONDENT_TABLES = ("response", "answer", "used_submit_token", "survey_start_count")

#: Statements that give recent rows of each table a new row version in a single transaction. A
#: no-op assignment of a column outside the primary key: foreign keys are not re-checked.
_REWRITE_RECENT = {
    "response": "UPDATE response SET language = language WHERE submitted_on >= :since",
    "answer": (
        "UPDATE answer SET number = number WHERE response_id IN "
        "(SELECT id FROM response WHERE submitted_on >= :since)"
    ),
    "used_submit_token": "UPDATE used_submit_token SET started_on = started_on",
    "survey_start_count": "UPDATE survey_start_count SET starts = starts WHERE day >= :since",
}


#: Sessions of this database, and replication slots, whose snapshot is older than a transaction,
#: and any transaction still running since before it (in any database: it holds back every new
#: snapshot): PostgreSQL keeps every row version these may still see, also through CLUSTER.
_OLDER_SNAPSHOTS = text(
    "SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
    "AND pid <> pg_backend_pid() AND backend_xmin IS NOT NULL "
    "AND age(backend_xmin) >= age(CAST(CAST(:xid AS xid8) AS xid))) + (SELECT count(*) FROM "
    "pg_replication_slots WHERE xmin IS NOT NULL "
    "AND age(xmin) >= age(CAST(CAST(:xid AS xid8) AS xid))) + (SELECT count(*) "
    "WHERE pg_snapshot_xmin(pg_current_snapshot()) <= CAST(:xid AS xid8))"
)


@dataclass
class OrderReport:
    tokens_purged: int
    tables_rewritten: tuple[str, ...]
    seconds: float
    #: Snapshots from before the rewrite still open when the tables were rewritten: old row
    #: versions (one per start, per submit) were then copied along and stay until a later run.
    older_snapshots: int = 0


def _wait_for_older_snapshots(engine: Engine, xid: str, wait_seconds: float) -> int:
    """Wait until no other session can still see row versions the rewrite replaced."""
    deadline = time.monotonic() + wait_seconds
    with engine.connect() as connection:
        while True:
            older = connection.scalar(_OLDER_SNAPSHOTS, {"xid": xid})
            connection.rollback()
            if not older or time.monotonic() >= deadline:
                return int(older or 0)
            time.sleep(0.2)


def purge_used_tokens(session: Session, max_age: int, now: float | None = None) -> int:
    """Delete used-token hashes no page state can still carry; the session's caller commits.

    A state is refused `max_age` seconds after its survey started (`PageState.load`), and a
    token's day bucket is the UTC date of that start, so a bucket is safe to drop once the whole
    day lies more than `max_age` in the past.
    """
    now = time.time() if now is None else now
    oldest_valid = dt.datetime.fromtimestamp(now - max_age, dt.UTC).date()
    result = session.execute(
        delete(UsedSubmitToken).where(UsedSubmitToken.started_on < oldest_valid)
    )
    return result.rowcount or 0


def hide_submission_order(
    engine: Engine,
    max_age: int,
    since: dt.date | None = None,
    now: float | None = None,
    wait_seconds: float = 60.0,
) -> OrderReport:
    """Purge expired tokens, then rewrite the respondent tables so that neither physical order
    nor transaction ids follow the order of submission.

    `since`: rows submitted on or after this date get a new row version on PostgreSQL (default:
    the day before yesterday, enough for a job that runs every night). Older rows were rewritten
    by earlier runs and only share the transaction id of those runs.
    `wait_seconds`: how long to wait for sessions whose snapshot predates the rewrite (their
    old row versions would survive CLUSTER); the report counts those still open.
    """
    began = time.monotonic()
    since = since or dt.date.today() - dt.timedelta(days=2)
    with Session(engine) as session:
        purged = purge_used_tokens(session, max_age, now)
        session.commit()

    dialect = engine.dialect.name
    older = 0
    if dialect == "postgresql":
        with engine.begin() as connection:
            for table in RESPONDENT_TABLES:
                connection.execute(text(_REWRITE_RECENT[table]), {"since": since})
            xid = connection.scalar(text("SELECT CAST(pg_current_xact_id() AS text)"))
        older = _wait_for_older_snapshots(engine, xid, wait_seconds)
        with engine.begin() as connection:
            for table in RESPONDENT_TABLES:
                # Physical order by the primary key: by random id (or token hash), not by time.
                connection.execute(text(f'CLUSTER "{table}" USING "pk_{table}"'))
            for table in RESPONDENT_TABLES:
                connection.execute(text(f'ANALYZE "{table}"'))
    elif dialect == "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM"))
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(dialect)
    return OrderReport(purged, RESPONDENT_TABLES, time.monotonic() - began, older)
