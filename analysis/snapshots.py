"""Weekly snapshots: the maintained aggregate tables every report reads.

Once an ISO week has ended, its answers are counted per museum, question and answer value into
`weekly_answer_count`, and its responses per museum and language into `weekly_response_count`
(one GROUP BY pass over that week's rows). The week is then frozen: reports never look at the
raw answers of a frozen week again, so a report reads a few thousand count rows instead of
millions of answers, and figures published for a week never change afterwards.

Reports only read: they show the weeks counted so far. Counting is the job of
`count_ended_weeks`, which the weekly job, `sentomus wave snapshot` and the report commands
call before building a report.

Freezing is idempotent and safe to run from several processes at once: the week's row in
`snapshot_week` is inserted first, in the same transaction as its counts, so a second process
either waits and finds the week frozen or fails on the primary key and re-reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import (
    Connection,
    Engine,
    String,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from analysis.periods import (
    WEEK,
    Period,
    ended_weeks,
    list_waves,
    resolve_periods,
    weeks_between,
)
from analysis.schema import (
    answer,
    connect,
    response,
    snapshot_week,
    weekly_answer_count,
    weekly_response_count,
)

#: Weeks counted in one statement: bounds a transaction while keeping the pass over rows single.
WEEKS_PER_STATEMENT = 8


def frozen_weeks(connection: Connection, first: dt.date, last: dt.date) -> set[dt.date]:
    rows = connection.execute(
        select(snapshot_week.c.week).where(snapshot_week.c.week.between(first, last))
    )
    return {row.week for row in rows}


def missing_weeks(connection: Connection, first: dt.date, last: dt.date) -> list[dt.date]:
    if last < first:
        return []
    done = frozen_weeks(connection, first, last)
    return [week for week in weeks_between(first, last) if week not in done]


def _week_of(column, dialect: str):
    """SQL expression for the Monday of the ISO week of a date column."""
    if dialect == "sqlite":
        return func.date(column, "weekday 0", "-6 days")
    if dialect == "postgresql":
        return cast(func.date_trunc("week", column), response.c.submitted_on.type)
    raise NotImplementedError(f"weekly snapshots are not written for {dialect}")


def _runs(weeks: Iterable[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Consecutive weeks grouped into (first, last) runs of at most WEEKS_PER_STATEMENT weeks."""
    runs: list[tuple[dt.date, dt.date]] = []
    for week in sorted(weeks):
        if (
            runs
            and week - runs[-1][1] == WEEK
            and (week - runs[-1][0]) // WEEK < WEEKS_PER_STATEMENT
        ):
            runs[-1] = (runs[-1][0], week)
        else:
            runs.append((week, week))
    return runs


def _freeze_run(connection: Connection, first: dt.date, last: dt.date, today: dt.date) -> None:
    dialect = connection.dialect.name
    weeks = weeks_between(first, last)
    connection.execute(
        insert(snapshot_week),
        [{"week": week, "responses": 0, "frozen_on": today} for week in weeks],
    )
    in_run = response.c.submitted_on.between(first, last + dt.timedelta(days=6))
    week = _week_of(response.c.submitted_on, dialect).label("week")

    responses = (
        select(
            response.c.museum_id,
            week,
            response.c.language,
            func.count().label("responses"),
            func.sum(response.c.record_key).label("key_sum"),
        )
        .where(in_run)
        .group_by(response.c.museum_id, week, response.c.language)
    )
    connection.execute(
        insert(weekly_response_count).from_select(
            ["museum_id", "week", "language", "responses", "key_sum"], responses
        )
    )

    _count_answers(connection, in_run, week)
    totals = (
        select(func.coalesce(func.sum(weekly_response_count.c.responses), 0))
        .where(weekly_response_count.c.week == snapshot_week.c.week)
        .scalar_subquery()
    )
    connection.execute(
        update(snapshot_week)
        .where(snapshot_week.c.week.between(first, last))
        .values(responses=totals)
    )


def _count_answers(connection: Connection, in_run, week) -> None:
    """Answers per museum, week, question and value, with the sums of their record keys."""
    value = func.coalesce(answer.c.option_code, cast(answer.c.number, String(64)), literal(""))
    answers = (
        select(
            response.c.museum_id,
            week,
            answer.c.question_id,
            value.label("value"),
            func.count().label("answers"),
            func.sum(case((answer.c.ordinal == 0, 1), else_=0)).label("first_answers"),
            func.sum(response.c.record_key).label("key_sum"),
            func.sum(case((answer.c.ordinal == 0, response.c.record_key), else_=0)).label(
                "first_key_sum"
            ),
        )
        .select_from(response.join(answer, answer.c.response_id == response.c.id))
        .where(in_run)
        .group_by(response.c.museum_id, week, answer.c.question_id, value)
    )
    connection.execute(
        insert(weekly_answer_count).from_select(
            [
                "museum_id",
                "week",
                "question_id",
                "value",
                "answers",
                "first_answers",
                "key_sum",
                "first_key_sum",
            ],
            answers,
        )
    )


def freeze_weeks(
    bind: Engine | Connection, first: dt.date, last: dt.date, today: dt.date | None = None
) -> list[dt.date]:
    """Count every not yet frozen week from `first` to `last` (Mondays). Returns the weeks counted.

    Only pass weeks that have ended. With an Engine each run of weeks is its own transaction;
    with a Connection the counts are committed on it, since frozen weeks are meant to last.
    """
    today = today or dt.date.today()
    counted: list[dt.date] = []
    if isinstance(bind, Engine):
        previous: set[dt.date] | None = None
        while True:
            with bind.connect() as connection:
                todo = missing_weeks(connection, first, last)
            if not todo:
                break
            try:
                for run_first, run_last in _runs(todo):
                    with bind.begin() as connection:
                        _freeze_run(connection, run_first, run_last, today)
                    counted.extend(weeks_between(run_first, run_last))
                break
            except IntegrityError:
                # Another process froze some of these weeks meanwhile: look again, for as long
                # as someone makes progress (a clash without progress is a real error).
                if previous is not None and set(todo) >= previous:
                    raise
                previous = set(todo)
        return counted
    for run_first, run_last in _runs(missing_weeks(bind, first, last)):
        _freeze_run(bind, run_first, run_last, today)
        bind.commit()
        counted.extend(weeks_between(run_first, run_last))
    return counted


def unfreeze_weeks(bind: Engine | Connection, first: dt.date, last: dt.date) -> int:
    """Forget the counts of weeks from `first` to `last`, so the next report counts them again.

    For corrections only (responses removed or imported late): it changes published figures.
    """
    statement = delete(snapshot_week).where(snapshot_week.c.week.between(first, last))
    if isinstance(bind, Engine):
        with bind.begin() as connection:
            # Counts go with their week (ON DELETE CASCADE); deleted explicitly as well, so
            # that a database without enforced foreign keys is cleaned up too.
            _delete_counts(connection, first, last)
            return connection.execute(statement).rowcount
    _delete_counts(bind, first, last)
    removed = bind.execute(statement).rowcount
    bind.commit()
    return removed


def _delete_counts(connection: Connection, first: dt.date, last: dt.date) -> None:
    for table in (weekly_answer_count, weekly_response_count):
        connection.execute(delete(table).where(table.c.week.between(first, last)))


@dataclass(frozen=True)
class ReportWeeks:
    """The period a report covers, the period it is compared with, and their weeks to show."""

    period: Period
    previous: Period | None
    #: Ended and counted weeks of the period and of the previous period (Mondays, in order).
    weeks: list[dt.date]
    previous_weeks: list[dt.date]


def counted_weeks(connection: Connection, weeks: list[dt.date]) -> list[dt.date]:
    """`weeks` (in order) up to the first one not counted yet: a report shows counted weeks only."""
    if not weeks:
        return []
    done = frozen_weeks(connection, weeks[0], weeks[-1])
    shown: list[dt.date] = []
    for week in weeks:
        if week not in done:
            break
        shown.append(week)
    return shown


def report_weeks(connection: Connection, as_of: dt.date, wave_id: int | None = None) -> ReportWeeks:
    """What a report of `as_of` covers, read without writing anything."""
    period, previous = resolve_periods(list_waves(connection), as_of, wave_id)
    return ReportWeeks(
        period=period,
        previous=previous,
        weeks=counted_weeks(connection, ended_weeks(period, as_of)),
        previous_weeks=counted_weeks(connection, ended_weeks(previous, as_of)),
    )


def count_ended_weeks(
    bind: Engine | Connection, as_of: dt.date | None = None, wave_id: int | None = None
) -> list[dt.date]:
    """Count every ended week that a report of `as_of` covers (the period and the one it is
    compared with) into the weekly tables. Returns the weeks counted now.

    The one writing step before a report; building the report itself only reads.
    """
    as_of = as_of or dt.date.today()
    with connect(bind) as connection:
        period, previous = resolve_periods(list_waves(connection), as_of, wave_id)
    span = [*ended_weeks(previous, as_of), *ended_weeks(period, as_of)]
    return freeze_weeks(bind, min(span), max(span), today=as_of) if span else []
