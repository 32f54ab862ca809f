"""Report periods: study waves counted in whole ISO weeks, and the weekly snapshot date.

A week belongs to the wave that contains its Thursday, the rule by which an ISO week belongs to a
year; a wave from 1 January to 31 December is therefore exactly that ISO year's weeks. Reports
only show weeks that have ended (the weekly snapshot), so figures change once a week at most.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, select

from analysis.i18n import format_date, ngettext
from analysis.schema import study_wave

WEEK = dt.timedelta(days=7)
#: Without any wave, a report covers this many weeks up to the last completed one.
DEFAULT_WEEKS = 52


class WaveError(ValueError):
    """A wave definition was refused; the message says why."""


def today_in(zone: str) -> dt.date:
    """Today's date in the survey's time zone (the zone response dates are written in)."""
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo(zone)).date()


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def last_completed_week(as_of: dt.date) -> dt.date:
    """Monday of the last ISO week that ended before `as_of`."""
    return monday_of(as_of) - WEEK


def first_week_of(starts_on: dt.date) -> dt.date:
    """Monday of the first week whose Thursday falls on or after `starts_on`."""
    thursday = starts_on + dt.timedelta(days=(3 - starts_on.weekday()) % 7)
    return thursday - dt.timedelta(days=3)


def last_week_of(ends_on: dt.date) -> dt.date:
    """Monday of the last week whose Thursday falls on or before `ends_on`."""
    thursday = ends_on - dt.timedelta(days=(ends_on.weekday() - 3) % 7)
    return thursday - dt.timedelta(days=3)


def weeks_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """Mondays from `first` to `last` inclusive."""
    count = (last - first).days // 7 + 1
    return [first + i * WEEK for i in range(max(0, count))]


@dataclass(frozen=True)
class Period:
    """The whole ISO weeks a report covers."""

    name: str
    #: Monday of the first week and Monday of the last week.
    first_week: dt.date
    last_week: dt.date
    #: The wave's own dates as defined by staff (None for the default rolling year).
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    wave_id: int | None = None

    @property
    def first_day(self) -> dt.date:
        return self.first_week

    @property
    def last_day(self) -> dt.date:
        return self.last_week + dt.timedelta(days=6)

    @property
    def weeks(self) -> list[dt.date]:
        return weeks_between(self.first_week, self.last_week)

    @property
    def week_count(self) -> int:
        return (self.last_week - self.first_week).days // 7 + 1

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    def snapshot_week(self, as_of: dt.date) -> dt.date | None:
        """Monday of the last week with published figures, None before the first week ended."""
        last = min(self.last_week, last_completed_week(as_of))
        return last if last >= self.first_week else None

    def label(self) -> str:
        return f"{self.name} ({format_date(self.first_day)} – {format_date(self.last_day)})"


@dataclass(frozen=True)
class Wave:
    id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date

    def period(self) -> Period:
        return Period(
            name=self.name,
            first_week=first_week_of(self.starts_on),
            last_week=last_week_of(self.ends_on),
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            wave_id=self.id,
        )


def list_waves(bind: Engine | Connection) -> list[Wave]:
    """All waves, oldest first."""
    query = select(study_wave).order_by(study_wave.c.starts_on, study_wave.c.id)
    if isinstance(bind, Engine):
        with bind.connect() as connection:
            rows = connection.execute(query).all()
    else:
        rows = bind.execute(query).all()
    return [Wave(r.id, r.name, r.starts_on, r.ends_on) for r in rows]


def add_wave(bind: Engine | Connection, name: str, starts_on: dt.date, ends_on: dt.date) -> Wave:
    """Define a wave. Refuses empty names, reversed dates, waves without a whole week and overlaps.

    With an Engine the wave is committed; with a Connection the caller commits.
    """
    name = name.strip()
    if not name:
        raise WaveError("a wave needs a name")
    if ends_on < starts_on:
        raise WaveError("a wave cannot end before it starts")
    if last_week_of(ends_on) < first_week_of(starts_on):
        raise WaveError("a wave must contain at least one Thursday, so that it covers a whole week")
    existing = list_waves(bind)
    for wave in existing:
        if wave.name == name:
            raise WaveError(f"a wave named {name!r} already exists")
        if wave.starts_on <= ends_on and starts_on <= wave.ends_on:
            raise WaveError(
                f"the wave overlaps wave {wave.name!r} ({wave.starts_on} – {wave.ends_on})"
            )
    statement = insert(study_wave).values(name=name, starts_on=starts_on, ends_on=ends_on)
    if isinstance(bind, Engine):
        with bind.begin() as connection:
            new_id = connection.execute(statement).inserted_primary_key[0]
    else:
        new_id = bind.execute(statement).inserted_primary_key[0]
    return Wave(new_id, name, starts_on, ends_on)


def rolling_year(as_of: dt.date, weeks: int = DEFAULT_WEEKS) -> Period:
    last = last_completed_week(as_of)
    name = ngettext("last %(num)s week", "last %(num)s weeks", weeks)
    return Period(name=name, first_week=last - (weeks - 1) * WEEK, last_week=last)


def resolve_periods(
    waves: list[Wave], as_of: dt.date, wave_id: int | None = None
) -> tuple[Period, Period | None]:
    """The period a report covers and the one it is compared with.

    Default: the wave running on `as_of` (else the latest wave already started). Without any
    wave, the last 52 completed weeks, compared with the 52 weeks before them.
    """
    ordered = sorted(waves, key=lambda w: (w.starts_on, w.id))
    if wave_id is not None:
        chosen = next((w for w in ordered if w.id == wave_id), None)
        if chosen is None:
            raise WaveError(f"no wave with id {wave_id}")
    else:
        running = [w for w in ordered if w.starts_on <= as_of <= w.ends_on]
        started = [w for w in ordered if w.starts_on <= as_of]
        chosen = (running or started or [None])[-1]
    if chosen is None:
        current = rolling_year(as_of)
        previous = Period(
            name=ngettext("previous %(num)s week", "previous %(num)s weeks", DEFAULT_WEEKS),
            first_week=current.first_week - DEFAULT_WEEKS * WEEK,
            last_week=current.first_week - WEEK,
        )
        return current, previous
    earlier = [w for w in ordered if w.starts_on < chosen.starts_on]
    return chosen.period(), (earlier[-1].period() if earlier else None)


def ended_weeks(period: Period | None, as_of: dt.date) -> list[dt.date]:
    """The weeks of `period` that ended before `as_of` (Mondays, in order)."""
    snapshot = period.snapshot_week(as_of) if period else None
    if period is None or snapshot is None:
        return []
    return [w for w in period.weeks if w <= snapshot]
