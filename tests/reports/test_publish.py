"""`sentomus publish` on the test databases: releases made once, bad requests refused (exit 2)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from analysis.releases import publish_releases
from survey.extensions import db
from survey.models import Release
from tests.analysis.helpers import AS_OF, LAST_WEEK, week


@pytest.fixture
def publish_runner(app, engine):
    from survey.reports.releases import publish_command

    if publish_command.name not in app.cli.commands:
        app.cli.add_command(publish_command)
    return app.test_cli_runner()


def release_count() -> int:
    db.session.rollback()
    return db.session.scalar(select(func.count()).select_from(Release))


def test_publish_makes_the_releases_and_a_second_run_records_nothing(
    publish_runner, create_museum, add_responses
):
    museum = create_museum(slug="rijks")
    add_responses(museum, 25, week(1), {"nps": 9})
    first = publish_runner.invoke(args=["publish", "--as-of", AS_OF.isoformat()])
    assert first.exit_code == 0, first.output
    assert f"museum:{museum.id}:epoch" in first.output
    made = release_count()
    assert made == 2  # the museum's and the study's
    again = publish_runner.invoke(args=["publish", "--as-of", AS_OF.isoformat()])
    assert again.exit_code == 0, again.output
    assert "0 release(s) made" in again.output
    assert release_count() == made


def test_backfill_builds_every_week_once(publish_runner, create_museum, add_responses):
    museum = create_museum()
    for offset in range(4):
        add_responses(museum, 12, week(offset), {"nps": 8})
    result = publish_runner.invoke(args=["publish", "--backfill"])
    assert result.exit_code == 0, result.output
    made = release_count()
    assert made == 8  # four weeks of twelve: every week moves the museum and the study
    again = publish_runner.invoke(args=["publish", "--backfill"])
    assert again.exit_code == 0 and release_count() == made


@pytest.mark.parametrize(
    "args, message",
    [
        (["--as-of", "2999-01-01"], "in the future"),
        (["--museum", "nowhere"], "no museum with slug 'nowhere'"),
        (["--wave", "1999"], "no wave named '1999'"),
    ],
)
def test_bad_requests_exit_2_and_write_nothing(publish_runner, create_museum, args, message):
    create_museum()
    result = publish_runner.invoke(args=["publish", *args])
    assert result.exit_code == 2
    assert message in result.output
    assert release_count() == 0


def test_two_jobs_at_once_make_each_release_once(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 30, week(1), {"nps": 9})
    errors = []

    def job():
        try:
            publish_releases(engine, LAST_WEEK, AS_OF)
        except Exception as error:  # noqa: BLE001 - the assertion below reports it
            errors.append(error)

    threads = [threading.Thread(target=job) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert release_count() == 2
    assert museum.id
