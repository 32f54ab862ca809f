"""Report periods: waves in whole ISO weeks, the default wave, the previous one, the snapshot."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.periods import (
    Wave,
    WaveError,
    first_week_of,
    last_completed_week,
    last_week_of,
    resolve_periods,
)

WAVES = [
    Wave(1, "2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    Wave(2, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
]


def test_a_calendar_year_wave_is_exactly_that_iso_year():
    period = WAVES[1].period()
    assert period.first_day == dt.date(2025, 12, 29)  # Monday of 2026-W01
    assert period.last_day == dt.date(2027, 1, 3)  # Sunday of 2026-W53
    assert {week.isocalendar().year for week in period.weeks} == {2026}
    assert len(period.weeks) == 53


def test_a_week_belongs_to_the_wave_containing_its_thursday():
    assert first_week_of(dt.date(2027, 1, 1)) == dt.date(2027, 1, 4)  # Friday: next week
    assert first_week_of(dt.date(2026, 1, 1)) == dt.date(2025, 12, 29)  # Thursday: this week
    assert last_week_of(dt.date(2026, 6, 30)) == dt.date(2026, 6, 22)  # Tuesday: week before
    assert last_week_of(dt.date(2026, 7, 2)) == dt.date(2026, 6, 29)  # Thursday: this week


def test_the_snapshot_is_the_last_week_that_has_ended():
    assert last_completed_week(dt.date(2026, 3, 4)) == dt.date(2026, 2, 23)
    assert last_completed_week(dt.date(2026, 3, 2)) == dt.date(2026, 2, 23)  # a Monday
    assert last_completed_week(dt.date(2026, 3, 1)) == dt.date(2026, 2, 16)  # a Sunday
    period = WAVES[1].period()
    assert period.snapshot_week(dt.date(2026, 3, 4)) == dt.date(2026, 2, 23)
    assert period.snapshot_week(dt.date(2027, 6, 1)) == period.last_week
    assert period.snapshot_week(dt.date(2025, 12, 30)) is None


def test_the_report_defaults_to_the_running_wave_and_compares_with_the_one_before():
    current, previous = resolve_periods(WAVES, dt.date(2026, 3, 4))
    assert (current.name, previous.name) == ("2026", "2025")
    current, previous = resolve_periods(WAVES, dt.date(2026, 3, 4), wave_id=1)
    assert (current.name, previous) == ("2025", None)


def test_after_the_last_wave_the_latest_one_is_reported():
    current, _ = resolve_periods(WAVES, dt.date(2027, 2, 1))
    assert current.name == "2026"


def test_without_waves_the_report_covers_the_last_52_ended_weeks():
    current, previous = resolve_periods([], dt.date(2026, 3, 4))
    assert current.last_week == dt.date(2026, 2, 23)
    assert len(current.weeks) == 52
    assert previous.last_week == current.first_week - dt.timedelta(weeks=1)
    assert len(previous.weeks) == 52


def test_an_unknown_wave_is_an_error():
    with pytest.raises(WaveError):
        resolve_periods(WAVES, dt.date(2026, 3, 4), wave_id=99)
