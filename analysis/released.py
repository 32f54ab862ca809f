"""Reading releases: the only source of the figures reports, the portal and e-mails show.

`latest_release` finds the release a reader sees on a date (the latest one of the series made
up to the last week that ended before it); `score_sums` turns released cells of other museums
into the inputs of a benchmark, so that benchmarks move only when releases move.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select

from analysis.i18n import gettext
from analysis.measures import MeasureSpec, Published, ScoreSums
from analysis.periods import Period
from analysis.releases import NPS_GROUP_SCORE, RESPONSES, STARTS, WEEK_PREFIX
from analysis.schema import release, release_cell, release_population, release_subject, response


def series_name(museum_id: int, wave_id: int | None) -> str:
    return f"museum:{museum_id}:wave:{wave_id}" if wave_id else f"museum:{museum_id}:epoch"


@dataclass
class Subject:
    status: str
    base: int
    #: Monday of the last week included (None when hidden).
    last_week: dt.date | None
    cells: dict[str, int] = field(default_factory=dict)


@dataclass
class Released:
    """One release as a reader sees it."""

    id: int
    series: str
    origin_week: dt.date
    as_of_week: dt.date
    made_on: dt.date
    subjects: dict[str, Subject]

    def published(self, subject: str) -> Published:
        """A subject's published counts in the form the report sections take."""
        found = self.subjects.get(subject)
        if found is None or found.last_week is None:
            return Published(cutoff=None, base=found.base if found else 0)
        counts: dict[str, int] = {}
        for value, count in found.cells.items():
            if value.startswith(WEEK_PREFIX) or value == STARTS or count <= 0:
                continue
            # NPS is released in its three groups; each counts as one score of its group.
            key = str(NPS_GROUP_SCORE[value]) if value in NPS_GROUP_SCORE else value
            counts[key] = counts.get(key, 0) + count
        return Published(cutoff=found.last_week, base=found.base, counts=counts)

    @property
    def responses_up_to(self) -> dt.date | None:
        """Monday of the last week the response counts include."""
        found = self.subjects.get(RESPONSES)
        return found.last_week if found else None

    def weekly_responses(self) -> dict[dt.date, int]:
        found = self.subjects.get(RESPONSES)
        if found is None:
            return {}
        return {
            dt.date.fromisoformat(value[len(WEEK_PREFIX) :]): count
            for value, count in found.cells.items()
            if value.startswith(WEEK_PREFIX)
        }

    def starts(self) -> int:
        found = self.subjects.get(RESPONSES)
        return found.cells.get(STARTS, 0) if found else 0


def latest_releases(
    connection: Connection, names: Iterable[str], up_to_week: dt.date
) -> dict[str, Released]:
    """Per series name, its latest release made up to `up_to_week` (a Monday)."""
    names = list(names)
    if not names:
        return {}
    latest = (
        select(func.max(release.c.id).label("id"))
        .where(release.c.series.in_(names), release.c.as_of_week <= up_to_week)
        .group_by(release.c.series)
        .subquery()
    )
    rows = connection.execute(select(release).where(release.c.id.in_(select(latest.c.id)))).all()
    found = {
        row.id: Released(row.id, row.series, row.origin_week, row.as_of_week, row.made_on, {})
        for row in rows
    }
    if not found:
        return {}
    ids = list(found)
    for row in connection.execute(
        select(release_subject).where(release_subject.c.release_id.in_(ids))
    ):
        found[row.release_id].subjects[row.subject] = Subject(row.status, row.base, None)
    for row in connection.execute(
        select(
            release_population.c.release_id,
            release_population.c.subject,
            func.max(release_population.c.last_week),
        )
        .where(release_population.c.release_id.in_(ids))
        .group_by(release_population.c.release_id, release_population.c.subject)
    ):
        found[row[0]].subjects[row[1]].last_week = row[2]
    for row in connection.execute(select(release_cell).where(release_cell.c.release_id.in_(ids))):
        found[row.release_id].subjects[row.subject].cells[row.value] = row.count
    return {r.series: r for r in found.values()}


def latest_release(
    connection: Connection, museum_id: int, wave_id: int | None, up_to_week: dt.date
) -> Released | None:
    name = series_name(museum_id, wave_id)
    return latest_releases(connection, [name], up_to_week).get(name)


def score_sums(published: Published) -> ScoreSums:
    """Sums every score is computed from, on a subject's published cells (0-10 values)."""
    numeric = {v: c for v, c in published.numeric().items() if 0 <= v <= 10}
    return ScoreSums(
        answers=sum(numeric.values()),
        total=sum(v * c for v, c in numeric.items()),
        squares=sum(v * v * c for v, c in numeric.items()),
        promoters=sum(c for v, c in numeric.items() if v >= 9),
        detractors=sum(c for v, c in numeric.items() if v <= 6),
        top_two=sum(c for v, c in numeric.items() if v >= 4),
    )


def released_sums(
    releases: dict[int, Released], codes: Iterable[str]
) -> dict[str, dict[int, ScoreSums]]:
    """{question code: {museum id: sums}} from each museum's release (the benchmark input)."""
    out: dict[str, dict[int, ScoreSums]] = defaultdict(dict)
    for museum_id, released in releases.items():
        for code in codes:
            sums = score_sums(released.published(f"core:{code}"))
            if sums.answers:
                out[code][museum_id] = sums
    return out


def museum_releases(
    connection: Connection, museum_ids: Iterable[int], wave_id: int | None, up_to_week: dt.date
) -> dict[int, Released]:
    """Per museum id, its latest release of the wave's series (or its first-week series)."""
    names = {series_name(m, wave_id): m for m in museum_ids}
    return {names[n]: r for n, r in latest_releases(connection, names, up_to_week).items()}


def since_first_week(origin: dt.date | None, up_to: dt.date) -> Period:
    """The period of a series without waves: from its fixed first week up to `up_to`."""
    first = origin or up_to
    return Period(
        name=gettext("since fieldwork began"), first_week=first, last_week=max(first, up_to)
    )


def live_since_release(
    connection: Connection,
    releases: dict[int, Released],
    first_day: dt.date | None,
    last_day: dt.date,
) -> dict[int, int]:
    """Per museum, the bare count of responses received after its release's last week
    (from `first_day`, or from the very first response when None)."""
    window = response.c.submitted_on <= last_day
    if first_day is not None:
        window = response.c.submitted_on.between(first_day, last_day)
    rows = connection.execute(
        select(response.c.museum_id, response.c.submitted_on, func.count())
        .where(window)
        .group_by(response.c.museum_id, response.c.submitted_on)
    )
    live: dict[int, int] = defaultdict(int)
    for museum_id, day, count in rows:
        released = releases.get(museum_id)
        week = released.responses_up_to if released else None
        if week is None or day > week + dt.timedelta(days=6):
            live[museum_id] += int(count)
    return dict(live)


def released_scores(
    releases: dict[int, Released], specs: Iterable[MeasureSpec]
) -> dict[str, list[tuple[int, float, int]]]:
    """Per measure, (museum id, score, respondents) of every museum's release.

    Scores come from the released (perturbed) cells; the respondents are the subject's exact
    base, which the benchmark rules (minimum base, no dominant museum) are decided on.
    """
    out: dict[str, list[tuple[int, float, int]]] = {}
    for spec in specs:
        rows = []
        for museum_id, released in releases.items():
            published = released.published(f"core:{spec.code}")
            sums = score_sums(published)
            if sums.answers and published.base:
                rows.append((museum_id, sums.score(spec.statistic), published.base))
        out[spec.key] = rows
    return out
