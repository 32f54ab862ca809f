"""Making releases: the job that decides and records what every output may show.

`publish_releases(engine, as_of_week, today)` makes, for every museum, the release of each of its
series up to `as_of_week` (an ended ISO week), then the study's. A museum's series follows a
wave (from the wave's first week) or, while the study has no waves, starts at the museum's first
week of fieldwork; either way the origin never moves and figures are cumulative from it.

Per subject (the responses and their languages; each question's table) the ledger's rule 3
(analysis.ledger) decides against every earlier release whether the new population is shown,
the previous one carried, or nothing shown. Shown counts of answer values and languages are
perturbed with the cell key (analysis.cellkey); weekly response counts are exact. A study
release adds up the museums' published cells, so it shows nothing a museum's release did not.

One transaction per release, unique per series and week: a second job making the same release
fails on the key and changes nothing; a release that would publish nothing new is not recorded.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.exc import IntegrityError

from analysis.cellkey import DEFAULT_TABLE, PerturbationTable, perturb_table
from analysis.disclosure import DisclosurePolicy
from analysis.ledger import HIDDEN, SHOWN, Decision, Ledger
from analysis.periods import Wave, last_completed_week, list_waves, weeks_between
from analysis.schema import (
    museum,
    question,
    question_option,
    release,
    release_cell,
    release_population,
    release_subject,
    response,
    survey_start_count,
    weekly_answer_count,
    weekly_response_count,
)
from analysis.snapshots import freeze_weeks

#: Written on every release: the perturbation method and table its counts were made with.
METHOD = f"cellkey-1-s{DEFAULT_TABLE.sigma:g}-b{DEFAULT_TABLE.bound}"
RESPONSES = "responses"
#: Bands for answers to number questions: counts are skewed, so bands double in width.
NUMBER_BANDS = ((0, 0), (1, 1), (2, 3), (4, 7), (8, 15), (16, 31), (32, None))
#: Values of the "responses" subject that are not languages.
WEEK_PREFIX = "week:"
STARTS = "starts"


#: The NPS groups a score 0-10 is released in, and the score each stands for in reports.
NPS_GROUPS = ("0–6", "7–8", "9–10")
NPS_GROUP_SCORE = {"0–6": 0, "7–8": 7, "9–10": 10}


def nps_group(score: int) -> str:
    return NPS_GROUPS[0] if score <= 6 else (NPS_GROUPS[1] if score <= 8 else NPS_GROUPS[2])


class PublishError(ValueError):
    """A release was refused (a week that has not ended, an unknown museum or wave)."""


def band_of(number: int) -> str:
    for low, high in NUMBER_BANDS:
        if number >= low and (high is None or number <= high):
            return band_label(low, high)
    return band_label(*NUMBER_BANDS[0])


def band_label(low: int, high: int | None) -> str:
    return str(low) if high == low else (f"{low}+" if high is None else f"{low}–{high}")


@dataclass(frozen=True)
class Series:
    name: str
    scope: str
    museum_id: int | None
    wave_id: int | None
    origin_week: dt.date
    #: The wave's last week; None for a series from a museum's first week of fieldwork.
    last_week: dt.date | None = None

    def cutoff(self, as_of_week: dt.date) -> dt.date:
        return as_of_week if self.last_week is None else min(as_of_week, self.last_week)


@dataclass
class Made:
    series: str
    as_of_week: dt.date
    statuses: dict[str, str]

    def count(self, status: str) -> int:
        return sum(1 for s in self.statuses.values() if s == status)


@dataclass
class PublishResult:
    made: list[Made] = field(default_factory=list)
    #: Series with nothing new to publish, or made meanwhile by another job.
    unchanged: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Question:
    id: int
    #: None for a core question.
    museum_id: int | None
    subject: str
    kind: str
    values: tuple[str, ...]


def _questions(connection: Connection) -> list[_Question]:
    options: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for row in connection.execute(
        select(question_option.c.question_id, question_option.c.position, question_option.c.code)
    ):
        options[row.question_id].append((row.position, row.code))
    out = []
    for row in connection.execute(
        select(
            question.c.id,
            question.c.code,
            question.c.kind,
            question.c.museum_id,
            question.c.settings,
        ).where(question.c.kind != "free_text")
    ):
        subject = f"core:{row.code}" if row.museum_id is None else f"own:{row.id}"
        if row.kind in ("single_choice", "multiple_choice"):
            values = tuple(code for _, code in sorted(options[row.id]))
        elif row.kind == "scale":
            # "Not applicable" only where the question offers it: a perturbed zero there would
            # lower the base of every scale question.
            allow_na = (row.settings or {}).get("allow_na")
            values = ("1", "2", "3", "4", "5", *(("na",) if allow_na else ()))
        elif row.kind == "nps":
            # Released as the three NPS groups: all a report shows, and fewer cells to perturb.
            values = NPS_GROUPS
        elif row.kind == "number":
            values = tuple(band_label(low, high) for low, high in NUMBER_BANDS)
        else:
            values = ()
        out.append(_Question(row.id, row.museum_id, subject, row.kind, values))
    return out


def _series(connection: Connection, waves: list[Wave], as_of_week: dt.date, museum_id: int):
    """The series of one museum due at `as_of_week`."""
    if waves:
        return [
            Series(
                f"museum:{museum_id}:wave:{w.id}",
                "museum",
                museum_id,
                w.id,
                w.period().first_week,
                w.period().last_week,
            )
            for w in waves
            if w.period().first_week <= as_of_week
        ]
    name = f"museum:{museum_id}:epoch"
    origin = connection.execute(
        select(func.min(release.c.origin_week)).where(release.c.series == name)
    ).scalar()
    if origin is None:
        origin = connection.execute(
            select(func.min(weekly_response_count.c.week)).where(
                weekly_response_count.c.museum_id == museum_id,
                weekly_response_count.c.week <= as_of_week,
                weekly_response_count.c.responses > 0,
            )
        ).scalar()
    return [] if origin is None else [Series(name, "museum", museum_id, None, origin)]


def _load_ledger(connection: Connection, policy: DisclosurePolicy) -> Ledger:
    ledger = Ledger(policy.min_base)
    rows = connection.execute(
        select(
            release.c.id,
            release.c.series,
            release_population.c.subject,
            release_population.c.museum_id,
            release_population.c.first_week,
            release_population.c.last_week,
        )
        .join(release_population, release_population.c.release_id == release.c.id)
        .order_by(release.c.id)
    )
    populations: dict[tuple[int, str], tuple[str, dict]] = {}
    for row in rows:
        _series_name, population = populations.setdefault((row.id, row.subject), (row.series, {}))
        population[row.museum_id] = (row.first_week, row.last_week)
    for (_, subject), (series, population) in populations.items():
        ledger.record(series, subject, population)
    return ledger


def _weekly_bases(
    connection: Connection, questions: Sequence[_Question], first: dt.date, last: dt.date
) -> dict[str, dict[tuple[int, dt.date], int]]:
    """Respondents per subject, museum and week: what rule 3 counts differences in."""
    subject_of = {q.id: q.subject for q in questions}
    bases: dict[str, dict[tuple[int, dt.date], int]] = defaultdict(lambda: defaultdict(int))
    t = weekly_answer_count
    for row in connection.execute(
        select(t.c.museum_id, t.c.week, t.c.question_id, func.sum(t.c.first_answers))
        .where(t.c.week.between(first, last))
        .group_by(t.c.museum_id, t.c.week, t.c.question_id)
    ):
        subject = subject_of.get(row.question_id)
        if subject:
            bases[subject][(row.museum_id, row.week)] += int(row[3])
    r = weekly_response_count
    for row in connection.execute(
        select(r.c.museum_id, r.c.week, func.sum(r.c.responses))
        .where(r.c.week.between(first, last))
        .group_by(r.c.museum_id, r.c.week)
    ):
        bases[RESPONSES][(row.museum_id, row.week)] += int(row[2])
    return bases


def _museum_cells(
    connection: Connection,
    questions: Sequence[_Question],
    museum_id: int,
    first: dt.date,
    last: dt.date,
    table: PerturbationTable,
) -> dict[str, dict[str, int]]:
    """Published cells of every subject of one museum over weeks `first`..`last`."""
    by_id = {q.id: q for q in questions}
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    sums: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    base_sums: dict[str, int] = defaultdict(int)
    t = weekly_answer_count
    for row in connection.execute(
        select(
            t.c.question_id,
            t.c.value,
            func.sum(t.c.answers),
            func.sum(t.c.key_sum),
            func.sum(t.c.first_key_sum),
        )
        .where(t.c.museum_id == museum_id, t.c.week.between(first, last))
        .group_by(t.c.question_id, t.c.value)
    ):
        q = by_id.get(row.question_id)
        if q is None:
            continue
        value = row.value
        if q.kind in ("number", "nps"):
            try:
                number = int(value)
            except ValueError:
                continue
            value = band_of(number) if q.kind == "number" else nps_group(number)
        counts[q.subject][value] += int(row[2])
        sums[q.subject][value] += int(row[3] or 0)
        base_sums[q.subject] += int(row[4] or 0)
    values = {q.subject: q.values for q in questions}
    cells = {
        subject: perturb_table(counts[subject], sums[subject], base_sums[subject], values[subject])
        for subject in counts
    }

    cells[RESPONSES] = _response_cells(connection, museum_id, first, last, table)
    return cells


def _response_cells(
    connection: Connection,
    museum_id: int,
    first: dt.date,
    last: dt.date,
    table: PerturbationTable,
) -> dict[str, int]:
    """Responses per language (perturbed), per week (exact) and surveys started (exact)."""
    r = weekly_response_count
    languages: dict[str, int] = defaultdict(int)
    language_sums: dict[str, int] = defaultdict(int)
    weekly: dict[dt.date, int] = defaultdict(int)
    for row in connection.execute(
        select(r.c.week, r.c.language, r.c.responses, r.c.key_sum).where(
            r.c.museum_id == museum_id, r.c.week.between(first, last)
        )
    ):
        languages[row.language] += int(row.responses)
        language_sums[row.language] += int(row.key_sum or 0)
        weekly[row.week] += int(row.responses)
    offered = connection.execute(select(museum.c.languages).where(museum.c.id == museum_id))
    offered_languages = tuple(offered.scalar() or ())
    responses = perturb_table(
        languages, language_sums, sum(language_sums.values()), offered_languages, table
    )
    for week in weeks_between(first, last):
        responses[f"{WEEK_PREFIX}{week.isoformat()}"] = weekly.get(week, 0)
    starts = connection.execute(
        select(func.coalesce(func.sum(survey_start_count.c.starts), 0)).where(
            survey_start_count.c.museum_id == museum_id,
            survey_start_count.c.day.between(first, last + dt.timedelta(days=6)),
        )
    ).scalar()
    responses[STARTS] = int(starts or 0)
    return responses


def _record(
    bind: Engine,
    series: Series,
    as_of_week: dt.date,
    today: dt.date,
    decisions: dict[str, Decision],
    cells: dict[str, dict[str, int]],
) -> bool:
    """Write one release in one transaction; False when another job made it meanwhile."""
    try:
        with bind.begin() as connection:
            release_id = connection.execute(
                insert(release).values(
                    series=series.name,
                    scope=series.scope,
                    museum_id=series.museum_id,
                    wave_id=series.wave_id,
                    origin_week=series.origin_week,
                    as_of_week=as_of_week,
                    made_on=today,
                    method=METHOD,
                )
            ).inserted_primary_key[0]
            subjects, populations, rows = _release_rows(release_id, decisions, cells)
            connection.execute(insert(release_subject), subjects)
            if populations:
                connection.execute(insert(release_population), populations)
            if rows:
                connection.execute(insert(release_cell), rows)
    except IntegrityError:
        return False
    return True


def _release_rows(
    release_id: int, decisions: dict[str, Decision], cells: dict[str, dict[str, int]]
) -> tuple[list[dict], list[dict], list[dict]]:
    """The subject, population and cell rows of one release."""
    subjects: list[dict] = []
    populations: list[dict] = []
    rows: list[dict] = []
    for subject, decision in decisions.items():
        subjects.append(
            {
                "release_id": release_id,
                "subject": subject,
                "status": decision.status,
                "base": decision.base,
            }
        )
        if decision.population is None:
            continue
        for museum_id, (first, last) in decision.population.items():
            populations.append(
                {
                    "release_id": release_id,
                    "subject": subject,
                    "museum_id": museum_id,
                    "first_week": first,
                    "last_week": last,
                }
            )
        for value, count in cells.get(subject, {}).items():
            rows.append(
                {
                    "release_id": release_id,
                    "subject": subject,
                    "value": value,
                    "count": count,
                }
            )
    return subjects, populations, rows


def _museum_ids(connection: Connection, museum_ids: Iterable[int] | None) -> list[int]:
    known = [row.id for row in connection.execute(select(museum.c.id).order_by(museum.c.id))]
    if museum_ids is None:
        return known
    wanted = list(museum_ids)
    unknown = sorted(set(wanted) - set(known))
    if unknown:
        raise PublishError(f"no museum with id {', '.join(map(str, unknown))}")
    return wanted


def publish_releases(
    bind: Engine,
    as_of_week: dt.date,
    today: dt.date,
    museum_ids: Iterable[int] | None = None,
    wave_id: int | None = None,
    policy: DisclosurePolicy | None = None,
    table: PerturbationTable = DEFAULT_TABLE,
    ledger: Ledger | None = None,
) -> PublishResult:
    """Make every release due up to `as_of_week` (a Monday); `today` in the survey time zone.

    Refuses a week that has not ended, an unknown museum or wave (PublishError).
    """
    policy = policy or DisclosurePolicy()
    if as_of_week.weekday() != 0:
        raise PublishError("a release is made up to a week: give its Monday")
    if as_of_week > last_completed_week(today):
        raise PublishError(
            f"the week of {as_of_week.isoformat()} has not ended yet "
            f"(the last ended week began on {last_completed_week(today).isoformat()})"
        )
    waves = list_waves(bind)
    if wave_id is not None:
        waves = [w for w in waves if w.id == wave_id]
        if not waves:
            raise PublishError(f"no wave with id {wave_id}")
    with bind.connect() as connection:
        ids = _museum_ids(connection, museum_ids)
    start = _first_week(bind, [w.period().first_week for w in waves] + [as_of_week])
    freeze_weeks(bind, start, as_of_week, today)

    result = PublishResult()
    with bind.connect() as connection:
        questions = _questions(connection)
        ledger = ledger or _load_ledger(connection, policy)
        bases = _weekly_bases(connection, questions, start, as_of_week)
        study: dict[int | None, Series] = {}
        for museum_id in ids:
            owned = [q for q in questions if q.museum_id in (None, museum_id)]
            for series in _series(connection, waves, as_of_week, museum_id):
                study.setdefault(series.wave_id, _study_series(series))
                _publish_museum(
                    bind, connection, series, as_of_week, today, owned, bases, ledger, table, result
                )
                # End the read transaction, so that the next reads see what was just written.
                connection.commit()
        if museum_ids is None:
            for series in study.values():
                _publish_study(
                    bind, connection, series, as_of_week, today, questions, bases, ledger, result
                )
                connection.commit()
    return result


def _study_series(museum_series: Series) -> Series:
    wave_id = museum_series.wave_id
    return Series(
        f"study:wave:{wave_id}" if wave_id else "study:epoch",
        "study",
        None,
        wave_id,
        museum_series.origin_week,
        museum_series.last_week,
    )


def _first_week(bind: Engine, weeks: list[dt.date]) -> dt.date:
    """The earliest week any series can start: a wave's first week or the first response's."""
    with bind.connect() as connection:
        first_day = connection.execute(select(func.min(response.c.submitted_on))).scalar()
    if first_day is not None:
        weeks.append(first_day - dt.timedelta(days=first_day.weekday()))
    return min(weeks)


def _publish_museum(
    bind: Engine,
    connection: Connection,
    series: Series,
    as_of_week: dt.date,
    today: dt.date,
    questions: Sequence[_Question],
    bases: dict[str, dict[tuple[int, dt.date], int]],
    ledger: Ledger,
    table: PerturbationTable,
    result: PublishResult,
) -> None:
    cutoff = series.cutoff(as_of_week)
    candidate = {series.museum_id: (series.origin_week, cutoff)}
    subjects = [RESPONSES, *dict.fromkeys(q.subject for q in questions)]
    decisions = ledger.plan(
        series.name, dict.fromkeys(subjects, candidate), {s: bases.get(s, {}) for s in subjects}
    )
    if decisions is None:
        result.unchanged.append(series.name)
        return
    fresh = _museum_cells(
        connection, questions, series.museum_id, series.origin_week, cutoff, table
    )
    carried = _latest_cells(connection, [series.name]).get(series.name, {})
    cells = {
        s: (fresh.get(s, {}) if d.status == SHOWN else carried.get(s, {}))
        for s, d in decisions.items()
        if d.status != HIDDEN
    }
    _finish(bind, series, as_of_week, today, decisions, cells, ledger, result)


def _publish_study(
    bind: Engine,
    connection: Connection,
    series: Series,
    as_of_week: dt.date,
    today: dt.date,
    questions: Sequence[_Question],
    bases: dict[str, dict[tuple[int, dt.date], int]],
    ledger: Ledger,
    result: PublishResult,
) -> None:
    """The study's release: the sum of the museums' latest published cells and populations."""
    same_wave = (
        release.c.wave_id.is_(None)
        if series.wave_id is None
        else release.c.wave_id == series.wave_id
    )
    names = [
        row.series
        for row in connection.execute(
            select(release.c.series).where(release.c.scope == "museum", same_wave).distinct()
        )
    ]
    latest = _latest_cells(connection, names)
    subjects = [RESPONSES, *dict.fromkeys(q.subject for q in questions if q.museum_id is None)]
    candidates: dict[str, dict] = {}
    cells: dict[str, dict[str, int]] = {}
    for subject in subjects:
        pooled: dict = {}
        summed: dict[str, int] = defaultdict(int)
        for name in names:
            population = ledger.previous(name, subject)
            if population is None:
                continue
            pooled.update(population)
            for value, count in latest.get(name, {}).get(subject, {}).items():
                if not value.startswith(WEEK_PREFIX):
                    summed[value] += count
        if pooled:
            candidates[subject] = pooled
            cells[subject] = dict(summed)
    if not candidates:
        return
    decisions = ledger.plan(series.name, candidates, {s: bases.get(s, {}) for s in candidates})
    if decisions is None:
        result.unchanged.append(series.name)
        return
    carried = _latest_cells(connection, [series.name]).get(series.name, {})
    cells = {
        s: (cells.get(s, {}) if d.status == SHOWN else carried.get(s, {}))
        for s, d in decisions.items()
        if d.status != HIDDEN
    }
    _finish(bind, series, as_of_week, today, decisions, cells, ledger, result)


def _finish(bind, series, as_of_week, today, decisions, cells, ledger, result) -> None:
    if _record(bind, series, as_of_week, today, decisions, cells):
        ledger.record_release(series.name, decisions)
        result.made.append(
            Made(series.name, as_of_week, {s: d.status for s, d in decisions.items()})
        )
    else:
        result.unchanged.append(series.name)


def _latest_cells(
    connection: Connection, names: Sequence[str]
) -> dict[str, dict[str, dict[str, int]]]:
    """Per series, the cells of its latest release, per subject."""
    if not names:
        return {}
    latest = (
        select(release.c.series, func.max(release.c.id).label("id"))
        .where(release.c.series.in_(list(names)))
        .group_by(release.c.series)
        .subquery()
    )
    cells: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for row in connection.execute(
        select(
            latest.c.series, release_cell.c.subject, release_cell.c.value, release_cell.c.count
        ).join(release_cell, release_cell.c.release_id == latest.c.id)
    ):
        cells[row.series][row.subject][row.value] = row.count
    return cells


def backfill_releases(
    bind: Engine,
    today: dt.date,
    policy: DisclosurePolicy | None = None,
    table: PerturbationTable = DEFAULT_TABLE,
) -> PublishResult:
    """The releases every ended week would have made, oldest first; idempotent.

    Builds the ledger of a database that has answers but no releases yet, so that the first
    release is checked against a history rather than made at once from everything.
    """
    policy = policy or DisclosurePolicy()
    last = last_completed_week(today)
    first = _first_week(bind, [w.period().first_week for w in list_waves(bind)] + [last])
    with bind.connect() as connection:
        ledger = _load_ledger(connection, policy)
    total = PublishResult()
    for week in weeks_between(first, last):
        result = publish_releases(bind, week, today, policy=policy, table=table, ledger=ledger)
        total.made.extend(result.made)
        total.unchanged.extend(result.unchanged)
    return total
