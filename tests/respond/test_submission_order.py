"""Neither row position nor transaction ids may tell the order in which surveys were sent."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time

import pytest
from scipy.stats import spearmanr
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from survey.extensions import db
from survey.models import UsedSubmitToken
from survey.respond.flow import PageState, StateError, load_survey
from survey.respond.maintenance import RESPONDENT_TABLES, purge_used_tokens
from survey.respond.services import submit_response
from tests.conftest import POSTGRES_URL
from tests.survey_walker import SurveyWalker

#: Enough responses for a rank correlation to mean something: under no correlation at all,
#: |rho| has a standard deviation of about 1/sqrt(n-1) = 0.05, so 0.2 is four of those.
RESPONSES = 400
NO_CORRELATION = 0.2


def rank_correlation(first: list, second: list) -> float:
    if len(set(first)) <= 1 or len(set(second)) <= 1:
        return 0.0  # one value for every row carries no order at all
    return float(spearmanr(first, second).statistic)


def _answers_of_a_completed_survey(client, museum) -> dict:
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    for _ in range(30):
        if "Send my answers" in walker.page.html:
            break
        walker.answer_page()
    with client.application.test_request_context():
        return PageState.load(walker.page.state).answers


def ctid_number(ctid: str) -> int:
    """`(block,offset)` as one number in the order of the file."""
    block, offset = (int(part) for part in ctid.strip("()").split(","))
    return block * 65536 + offset


def _positions(app, table: str, key: str) -> dict:
    """Physical position and writing transaction of each row, as a reader of the files sees."""
    with app.app_context():
        if app.config["DB_BACKEND"] == "postgresql":
            rows = db.session.execute(
                text(f"SELECT {key}, ctid::text, xmin::text FROM {table}")
            ).all()
            return {str(row[0]): (ctid_number(row[1]), int(row[2])) for row in rows}
        rows = db.session.execute(text(f"SELECT {key} FROM {table}")).scalars().all()
        return {str(value): (index, 0) for index, value in enumerate(rows)}


@pytest.fixture
def sent_in_order(app, client, create_museum, monkeypatch):
    """Response ids and token hashes in the order they were sent."""
    import survey.respond.services as services

    museum = create_museum()
    # A few answers each: enough rows per response, quick to write 400 times.
    answers = dict(list(_answers_of_a_completed_survey(client, museum).items())[:4])
    with app.app_context():
        if app.config["DB_BACKEND"] == "postgresql":
            # Fresh table files: free space left by earlier tests' deletions would otherwise be
            # reused out of order, and the attack below would not show before the job.
            db.session.execute(text("TRUNCATE answer, response, used_submit_token"))
        else:
            db.session.execute(text("DELETE FROM answer"))
            db.session.execute(text("DELETE FROM response"))
            db.session.execute(text("DELETE FROM used_submit_token"))
        db.session.commit()
    sent_ids, sent_tokens = [], []
    real_uuid4, real_hash = services.uuid.uuid4, services.token_hash

    def recording_uuid4():
        value = real_uuid4()
        sent_ids.append(str(value))
        return value

    def recording_hash(token):
        value = real_hash(token)
        if not sent_tokens or sent_tokens[-1] != value:
            sent_tokens.append(value)
        return value

    monkeypatch.setattr(services.uuid, "uuid4", recording_uuid4)
    monkeypatch.setattr(services, "token_hash", recording_hash)
    with app.test_request_context():
        survey = load_survey(db.session, db.session.merge(museum))
        db.session.expunge_all()  # the questionnaire stays loaded across the commits below
        for _ in range(RESPONSES):
            state = PageState.new(museum.id, survey.core.version, "en", False, 0)
            state.answers = dict(answers)
            if app.config["DB_BACKEND"] == "postgresql":
                # One transaction per response as live, without waiting for each flush to disk.
                db.session.execute(text("SET LOCAL synchronous_commit TO off"))
            assert submit_response(db.session, survey, state)
    monkeypatch.undo()
    return sent_ids, sent_tokens


def _correlations(app, sent_ids, sent_tokens) -> dict[str, float]:
    results = {}
    responses = _positions(app, "response", "id")
    normalised = {key.replace("-", ""): value for key, value in responses.items()}
    order = [normalised[i.replace("-", "")] for i in sent_ids]
    results["response position"] = rank_correlation(list(range(len(order))), [p for p, _ in order])
    results["response xmin"] = rank_correlation(list(range(len(order))), [x for _, x in order])
    with app.app_context():
        if app.config["DB_BACKEND"] == "postgresql":
            answer_rows = db.session.execute(
                text("SELECT response_id::text, ctid::text, xmin::text FROM answer")
            ).all()
        else:
            answer_rows = [
                (row[0], f"(0,{index})", "0")
                for index, row in enumerate(
                    db.session.execute(text("SELECT response_id FROM answer"))
                )
            ]
    sent_at = {value.replace("-", ""): index for index, value in enumerate(sent_ids)}
    ranks = [sent_at[str(row[0]).replace("-", "")] for row in answer_rows]
    results["answer position"] = rank_correlation(ranks, [ctid_number(r[1]) for r in answer_rows])
    results["answer xmin"] = rank_correlation(ranks, [int(row[2]) for row in answer_rows])
    tokens = _positions(app, "used_submit_token", "token_hash")
    token_order = [tokens[t] for t in sent_tokens]
    results["token position"] = rank_correlation(
        list(range(len(token_order))), [p for p, _ in token_order]
    )
    results["token xmin"] = rank_correlation(
        list(range(len(token_order))), [x for _, x in token_order]
    )
    return results


def test_rows_keep_no_order_of_submission_after_the_nightly_job(app, runner, sent_in_order):
    sent_ids, sent_tokens = sent_in_order
    assert len(sent_ids) == RESPONSES and len(sent_tokens) == RESPONSES
    if app.config["DB_BACKEND"] == "postgresql":
        before = _correlations(app, sent_ids, sent_tokens)
        # The attack works before the job: rows lie, and carry ids, in the order they came.
        # (Positions less strictly: rows of earlier tests leave free space that gets reused.)
        assert before["response position"] > 0.5 and before["response xmin"] > 0.9, before
    result = runner.invoke(args=["hide-submission-order"])
    assert result.exit_code == 0, result.output
    after = _correlations(app, sent_ids, sent_tokens)
    assert all(abs(rho) < NO_CORRELATION for rho in after.values()), after


@pytest.mark.parametrize("table", ["response", "answer", "used_submit_token", "survey_start_count"])
def test_sqlite_keeps_no_row_number(app, table):
    if app.config["DB_BACKEND"] != "sqlite":
        pytest.skip("rowid is SQLite's")
    with app.app_context(), pytest.raises(OperationalError, match="rowid"):
        db.session.execute(text(f"SELECT rowid FROM {table}"))


def test_a_state_re_signed_past_its_start_age_is_expired(app_ctx):
    """Every page re-signs the state; its start time, not the signature, bounds a token's life,
    so purging tokens after that age can never let a replay through."""
    max_age = app_ctx.config["SURVEY_STATE_MAX_AGE"]
    with app_ctx.test_request_context():
        state = PageState.new(1, 1, "en", False, 0)
        state.started = int(time.time()) - max_age - 5
        with pytest.raises(StateError) as refused:
            PageState.load(state.dump())
        assert refused.value.expired
        state.started = int(time.time()) - max_age + 60
        assert PageState.load(state.dump()).token == state.token


def test_used_tokens_are_purged_once_no_state_can_carry_them(app_ctx):
    max_age = app_ctx.config["SURVEY_STATE_MAX_AGE"]
    now = time.time()
    today = dt.datetime.fromtimestamp(now, dt.UTC).date()
    days = {f"{n:064x}": today - dt.timedelta(days=n) for n in range(4)}
    db.session.add_all(UsedSubmitToken(token_hash=h, started_on=d) for h, d in days.items())
    db.session.commit()
    purged = purge_used_tokens(db.session, max_age, now)
    db.session.commit()
    kept = {row.started_on for row in db.session.query(UsedSubmitToken)}
    oldest_valid = dt.datetime.fromtimestamp(now - max_age, dt.UTC).date()
    assert kept == {d for d in days.values() if d >= oldest_valid}
    assert purged == len(days) - len(kept) >= 2


def test_the_token_table_holds_a_day_bucket_and_nothing_else(app_ctx):
    columns = {c.name: c.type.python_type for c in UsedSubmitToken.__table__.columns}
    assert columns == {"token_hash": str, "started_on": dt.date}


def test_migration_rebuilds_sqlite_tables_without_rowid_keeping_every_row(tmp_path):
    from flask_migrate import upgrade

    from survey import create_app

    path = tmp_path / "migrated.db"
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})
    with app.app_context():
        upgrade(revision="0004")
        statements = [
            "INSERT INTO core_questionnaire VALUES (1, '{}', 'x')",
            "INSERT INTO museum (id, slug, name, languages, target_sample_size, active) "
            "VALUES (1, 'demo', 'Demo', '[]', 10, 1)",
            "INSERT INTO question (id, core_version, code, section, kind, required, position, "
            "status, version, texts, help_texts, settings) VALUES "
            "(1, 1, 'q', 's', 'scale', 0, 1, 'active', 1, '{}', '{}', '{}')",
            "INSERT INTO response VALUES ('0123456789abcdef0123456789abcdef', 1, 'en', 1, "
            "'2026-11-30')",
            "INSERT INTO answer VALUES ('0123456789abcdef0123456789abcdef', 1, 0, NULL, 4, NULL)",
            "INSERT INTO used_submit_token VALUES ('" + "a" * 64 + "', '2026-11-30')",
            "INSERT INTO survey_start_count VALUES (1, '2026-11-30', 3)",
        ]
        for statement in statements:
            db.session.execute(text(statement))
        db.session.commit()
        upgrade()
        for table in ("response", "answer", "used_submit_token", "survey_start_count"):
            sql = db.session.execute(
                text("SELECT sql FROM sqlite_master WHERE name = :t"), {"t": table}
            ).scalar()
            assert "WITHOUT ROWID" in sql, sql
            assert db.session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 1
        answer_sql = db.session.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'answer'")
        ).scalar()
        assert "exactly_one_value" in answer_sql and "ON DELETE CASCADE" in answer_sql
        assert db.session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert db.session.execute(text("PRAGMA foreign_key_check")).all() == []
        db.session.remove()
        db.engine.dispose()
    create_engine(f"sqlite:///{path}").dispose()


# What PostgreSQL keeps beside the live rows ---------------------------------------------------


def _page_items(app, table: str) -> list[tuple[int, int]] | None:
    """(xmin, xmax) of every row version on the table's pages, dead ones included, as
    pageinspect reads them; None where the extension cannot be installed."""
    with app.app_context():
        try:
            db.session.execute(text("CREATE EXTENSION IF NOT EXISTS pageinspect SCHEMA public"))
            db.session.commit()
        except SQLAlchemyError:
            db.session.rollback()
            return None
        pages = db.session.scalar(
            text("SELECT pg_relation_size(:t) / current_setting('block_size')::int"), {"t": table}
        )
        rows = []
        for page in range(pages):
            rows += db.session.execute(
                text(
                    "SELECT t_xmin::text::bigint, t_xmax::text::bigint FROM "
                    "public.heap_page_items(public.get_raw_page(:t, :p)) WHERE t_xmin IS NOT NULL"
                ),
                {"t": table, "p": page},
            ).all()
        db.session.rollback()
        return [(int(xmin), int(xmax)) for xmin, xmax in rows]


def _live_xmins(app, table: str) -> list[int]:
    with app.app_context():
        return [int(x) for x in db.session.scalars(text(f"SELECT xmin::text FROM {table}"))]


def _starts_and_submits_interleaved(app, create_museum) -> None:
    museum = create_museum()
    walkers = [SurveyWalker(app.test_client(), museum.slug) for _ in range(4)]
    for walker in walkers[:2]:
        walker.start("en")
    for earlier, later in zip(walkers, walkers[2:], strict=False):
        assert earlier.complete().status == 303
        later.start("en")
    for walker in walkers[2:]:
        assert walker.complete().status == 303


@pytest.fixture
def postgres_only(app):
    if app.config["DB_BACKEND"] != "postgresql":
        pytest.skip("transaction ids and dead row versions are PostgreSQL's")


def test_no_token_row_pairs_with_a_response_after_the_nightly_job(
    app, runner, create_museum, postgres_only
):
    _starts_and_submits_interleaved(app, create_museum)
    responses, tokens = _live_xmins(app, "response"), _live_xmins(app, "used_submit_token")
    # The attack before the job: token and response are written in one transaction, so each
    # token row names exactly one response by its transaction id.
    assert sorted(tokens) == sorted(responses) and len(set(responses)) == 4
    assert runner.invoke(args=["hide-submission-order"]).exit_code == 0
    responses, tokens = _live_xmins(app, "response"), _live_xmins(app, "used_submit_token")
    # Afterwards every token shares its transaction id with every response (or none).
    assert len(set(responses)) == 1 and len(set(tokens)) == 1, (responses, tokens)
    assert len(responses) == len(tokens) == 4


def test_the_start_counter_keeps_no_version_per_start_after_the_nightly_job(
    app, runner, create_museum, postgres_only
):
    _starts_and_submits_interleaved(app, create_museum)
    before = _page_items(app, "survey_start_count")
    submits = set(_live_xmins(app, "response"))
    if before is not None:
        # The attack: one row version per start, its transaction id between the submits'.
        starts = {xmin for xmin, _ in before}
        assert len(before) >= 4 and min(starts) < min(submits) < max(starts), (before, submits)
    assert runner.invoke(args=["hide-submission-order"]).exit_code == 0
    for table in RESPONDENT_TABLES:
        live = _live_xmins(app, table)
        assert len(set(live)) <= 1, (table, live)
        assert not set(live) & submits, table
        versions = _page_items(app, table)
        if versions is None:
            continue
        # No dead version is left on the pages: every version there is a live row.
        assert sorted(xmin for xmin, _ in versions) == sorted(live), (table, versions)
        assert {xmax for _, xmax in versions} <= {0}, (table, versions)


@contextlib.contextmanager
def _snapshot_held_elsewhere():
    """Another session of the same database in a repeatable-read transaction: its snapshot
    sees the row versions as they were, whichever table it reads."""
    engine = create_engine(POSTGRES_URL)
    connection = engine.connect().execution_options(isolation_level="REPEATABLE READ")
    connection.execute(text("SELECT 1"))
    try:
        yield connection
    finally:
        connection.rollback()
        connection.close()
        engine.dispose()


def test_the_nightly_job_waits_for_an_older_snapshot_before_rewriting(
    app, runner, create_museum, postgres_only
):
    _starts_and_submits_interleaved(app, create_museum)
    with _snapshot_held_elsewhere() as held:
        threading.Timer(1.0, held.rollback).start()  # a report query that ends a second later
        result = runner.invoke(args=["hide-submission-order", "--wait-seconds", "30"])
    assert result.exit_code == 0, result.output
    versions = _page_items(app, "survey_start_count")
    if versions is not None:
        assert sorted(x for x, _ in versions) == sorted(_live_xmins(app, "survey_start_count"))


def test_the_nightly_job_says_when_an_older_snapshot_kept_old_versions(
    app, runner, create_museum, postgres_only
):
    _starts_and_submits_interleaved(app, create_museum)
    with _snapshot_held_elsewhere():
        result = runner.invoke(args=["hide-submission-order", "--wait-seconds", "0.5"])
    assert result.exit_code == 1
    assert "database session(s)" in result.output and "run the job again" in result.output
    versions = _page_items(app, "survey_start_count")
    if versions is not None:  # what the warning is about: the start versions are still there
        assert len(versions) > len(_live_xmins(app, "survey_start_count"))
    assert runner.invoke(args=["hide-submission-order"]).exit_code == 0
