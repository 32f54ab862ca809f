"""The staff overview: every museum's progress against its target, who is behind, and the
study's headline figures, for one wave.

Staff see per-museum scores, so the same disclosure layer applies: no score on fewer than the
minimum base, indicative marks, and figures from ended weeks only.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Engine

from analysis import figures
from analysis.aggregates import load_museums
from analysis.disclosure import (
    DisclosurePolicy,
    MethodNotes,
    base_note,
    base_status,
    note_base,
)
from analysis.document import Column, Document, Figure, Section, Table
from analysis.i18n import gettext as _
from analysis.i18n import language
from analysis.measures import (
    HEADLINE,
    Fieldwork,
    ScoreSums,
    headline_specs,
    museum_scores,
    pooled,
    status_label,
)
from analysis.method import method_section, report_meta, report_subtitle
from analysis.periods import Period, last_completed_week, list_waves, resolve_periods
from analysis.released import (
    Released,
    live_since_release,
    museum_releases,
    released_sums,
    since_first_week,
)
from analysis.schema import connect
from analysis.snapshots import ReportWeeks
from analysis.stats import margin_of_error

#: Museums are listed with the ones needing attention first.
STATUS_ORDER = {"behind": 0, "no data": 1, "on track": 2, "reached": 3}
OVERVIEW_SCORES = (HEADLINE[0], HEADLINE[1])


def build_overview(
    bind: Engine | Connection,
    wave_id: int | None = None,
    as_of: dt.date | None = None,
    policy: DisclosurePolicy | None = None,
    lang: str = "en",
) -> Document:
    """Progress of every museum and the study's headline figures for one wave, in `lang`."""
    with language(lang) as code:
        return _build_overview(bind, wave_id, as_of, policy, code)


@dataclass
class _Counts:
    """What the overview reads: per museum and week, the responses; per museum the starts,
    the responses since the last counted week and the score sums of both periods."""

    weekly: dict[int, dict[dt.date, int]] = field(default_factory=lambda: defaultdict(dict))
    starts: dict[int, int] = field(default_factory=dict)
    live: dict[int, int] = field(default_factory=dict)
    current_sums: dict[str, dict[int, ScoreSums]] = field(default_factory=dict)
    previous_sums: dict[str, dict[int, ScoreSums]] = field(default_factory=dict)


def _build_overview(
    bind: Engine | Connection,
    wave_id: int | None,
    as_of: dt.date | None,
    policy: DisclosurePolicy | None,
    lang: str,
) -> Document:
    as_of = as_of or dt.date.today()
    policy = policy or DisclosurePolicy()
    with connect(bind) as connection:
        museums = load_museums(connection)
        covered, counts = _released_counts(connection, museums, as_of, wave_id)
    period, weeks = covered.period, covered.weeks
    snapshot = weeks[-1] if weeks else None
    snapshot_end = snapshot + dt.timedelta(days=6) if snapshot else None
    document = Document(
        kind="overview",
        title=_("Sentomus study overview"),
        subtitle=report_subtitle(period, snapshot_end),
        generated_on=as_of,
        policy=policy,
        meta={
            **report_meta(period, covered.previous, snapshot_end, as_of, policy),
            "museums": len(museums),
        },
        lang=lang,
    )
    notes = MethodNotes()
    scores = museum_scores(counts.current_sums, OVERVIEW_SCORES)
    progress, rows = _progress_table(museums, counts, covered, scores, policy, notes)
    national = _national_table(counts, covered.previous, policy)
    headline = Section("national", _("Study headline figures"), tables=[national])
    nps_values = [score for _, score, base in scores.get("nps", []) if base >= policy.min_base]
    headline.figures.append(
        Figure(
            "nps_distribution",
            _("NPS of the museums"),
            figures.score_distribution(nps_values, _("NPS of the museums"), _("NPS")),
        )
    )
    progress_section = Section(
        "progress", _("Progress of every museum"), tables=[progress, _behind_table(rows)]
    )
    progress_section.figures.append(_progress_figure(progress.rows, rows))
    document.sections += [headline, progress_section, method_section(policy, period, notes)]
    document.notes = list(notes.notes)
    return document


def _released_counts(
    connection: Connection, museums: pd.DataFrame, as_of: dt.date, wave_id: int | None
) -> tuple[ReportWeeks, _Counts]:
    """Every figure from each museum's latest release (the study's figures add them up); only
    the responses received since a museum's release are counted live."""
    up_to = last_completed_week(as_of)
    period, previous = resolve_periods(list_waves(connection), as_of, wave_id)
    ids = [int(m) for m in museums["id"]]
    current = museum_releases(connection, ids, period.wave_id, up_to)
    prior: dict[int, Released] = {}
    if period.wave_id is None:
        origins = [r.origin_week for r in current.values()]
        period, previous = since_first_week(min(origins) if origins else None, up_to), None
    elif previous is not None:
        prior = museum_releases(connection, ids, previous.wave_id, up_to)
    codes = {spec.code for spec in HEADLINE}
    counts = _Counts(
        weekly={m: r.weekly_responses() for m, r in current.items()},
        starts={m: r.starts() for m, r in current.items()},
        current_sums=released_sums(current, codes),
        previous_sums=released_sums(prior, codes),
    )
    live_to = as_of if period.wave_id is None else min(as_of, period.last_day)
    start = period.first_day if period.wave_id is not None else None
    counts.live = live_since_release(connection, current, start, live_to)

    def reached(releases: dict[int, Released], of: Period | None) -> list[dt.date]:
        ends = [r.responses_up_to for r in releases.values() if r.responses_up_to]
        return [w for w in (of.weeks if of else []) if ends and w <= max(ends)]

    return ReportWeeks(period, previous, reached(current, period), reached(prior, previous)), counts


def _behind_table(rows: list[dict[str, Any]]) -> Table:
    behind = Table(
        "behind",
        _("Museums behind their target"),
        [
            Column("label", _("Museum")),
            Column("completes", _("Completed"), "int"),
            Column("target", _("Target"), "int"),
            Column("expected", _("Expected by now"), "int"),
            Column("projected", _("Projected to reach target"), "date"),
        ],
        description=_(
            "Behind: the target will not be reached within the wave at the pace of the "
            "last four weeks."
        ),
    )
    for row in rows:
        if row["status"] == "behind":
            behind.add(
                row["key"],
                **{key: row[key] for key in ("label", "completes", "target", "expected")},
                projected=row["projected"],
                note=row["note"],
            )
    return behind


def _progress_figure(ordered: list[dict[str, Any]], rows: list[dict[str, Any]]) -> Figure:
    return Figure(
        "progress",
        _("Progress against target"),
        figures.progress_overview(
            [r["label"] for r in ordered],
            [r["progress"] or 0.0 for r in ordered],
            [
                None
                if r["expected"] is None or not r["target"]
                else 100 * r["expected"] / r["target"]
                for r in ordered
            ],
            [r["status"] for r in rows],
            _("Progress against target"),
            [r["status"] for r in ordered],
        ),
        table="progress",
    )


def _progress_table(
    museums: pd.DataFrame,
    counts: _Counts,
    covered: ReportWeeks,
    scores: dict[str, list[tuple[int, float, int]]],
    policy: DisclosurePolicy,
    notes: MethodNotes,
) -> tuple[Table, list[dict[str, Any]]]:
    table = Table(
        "progress",
        _("Progress against target"),
        [
            Column("label", _("Museum")),
            Column("slug", _("Slug")),
            Column("cluster", _("Peer cluster")),
            Column("target", _("Target"), "int"),
            Column("completes", _("Completed"), "int"),
            Column("progress", _("%% of target"), "pct"),
            Column("expected", _("Expected by now"), "int"),
            Column("status", _("Status")),
            Column("projected", _("Projected to reach target"), "date"),
            Column("live", _("This week so far"), "int"),
            Column("completion_rate", _("Completion rate"), "pct"),
            Column("nps", _("NPS"), "num1"),
            Column("satisfaction", _("Satisfaction (mean)"), "num2"),
        ],
    )
    score_of: dict[str, dict[int, tuple[float, int]]] = {}
    for key, rows in scores.items():
        score_of[key] = {museum_id: (score, base) for museum_id, score, base in rows}
    rows = [
        _museum_row(museum, counts, covered, score_of, policy, notes)
        for museum in museums.itertuples(index=False)
    ]
    rows.sort(key=lambda r: (STATUS_ORDER.get(r["status"], 9), r["progress"], r["label"]))
    for row in rows:
        cells = {k: v for k, v in row.items() if k not in ("key",)}
        table.add(row["key"], **{**cells, "status": status_label(row["status"])})
    return table, rows


def _museum_row(
    museum: Any,
    counts: _Counts,
    covered: ReportWeeks,
    score_of: dict[str, dict[int, tuple[float, int]]],
    policy: DisclosurePolicy,
    notes: MethodNotes,
) -> dict[str, Any]:
    """One museum's progress and its two scores, each withheld below the minimum base."""
    museum_id = int(museum.id)
    weeks = covered.weeks
    weekly = [counts.weekly.get(museum_id, {}).get(w, 0) for w in weeks]
    snapshot = weeks[-1] if weeks else None
    fieldwork = Fieldwork.from_weeks(weekly, int(museum.target or 0), covered.period, snapshot)
    started = counts.starts.get(museum_id, 0)
    values: dict[str, Any] = {}
    row_notes = []
    for key, column in (("nps", "nps"), ("satisfaction_mean", "satisfaction")):
        score, base = score_of.get(key, {}).get(museum_id, (None, 0))
        status = note_base(notes, policy, f"{museum.name}, {column}", base)
        if status == "hidden":
            values[column] = None
        else:
            values[column] = round(score, 2 if column == "satisfaction" else 1)
        if status == "indicative" or (status == "hidden" and base):
            row_notes.append(f"{column}: {base_note(base, policy)}")
    if not museum.active:
        row_notes.insert(0, _("inactive"))
    expected = fieldwork.expected
    return {
        "key": museum.slug,
        "label": museum.name,
        "slug": museum.slug,
        "cluster": museum.peer_cluster,
        "target": fieldwork.target,
        "completes": fieldwork.completes,
        "progress": round(fieldwork.progress, 1),
        "expected": None if expected is None else round(expected),
        "status": fieldwork.status,
        "projected": fieldwork.projected,
        "live": counts.live.get(museum_id, 0),
        "completion_rate": (
            round(100 * fieldwork.completes / started, 1)
            if started and started >= fieldwork.completes
            else None
        ),
        **values,
        "note": "; ".join(row_notes),
    }


def _national_table(
    counts: _Counts, previous_period: Period | None, policy: DisclosurePolicy
) -> Table:
    table = Table(
        "national",
        _("The whole study"),
        [
            Column("label", _("Measure")),
            Column("value", _("Value"), "auto"),
            Column("low", _("95%% interval from"), "auto"),
            Column("high", _("to"), "auto"),
            Column("base", _("Base"), "int"),
            Column(
                "previous",
                previous_period.name if previous_period else _("Previous period"),
                "auto",
            ),
        ],
    )
    weekly = counts.weekly
    completes = sum(sum(by_week.values()) for by_week in weekly.values())
    active = sum(1 for by_week in weekly.values() if sum(by_week.values()))
    started = sum(counts.starts.values())
    table.add("completes", label=_("Completed responses"), value=completes)
    table.add("museums", label=_("Museums with responses"), value=active)
    table.add("starts", label=_("Surveys started"), value=started)
    table.add(
        "completion_rate",
        label=_("Completion rate (%%)"),
        value=round(100 * completes / started, 1) if started and started >= completes else None,
    )
    table.add(
        "margin",
        label=_("Margin of error (percentage points)"),
        value=None if not completes else round(margin_of_error(completes), 2),
    )
    _add_pooled_scores(table, counts, policy)
    return table


def _add_pooled_scores(table: Table, counts: _Counts, policy: DisclosurePolicy) -> None:
    """The headline measures over all answers of the study, against the previous period."""
    for spec in headline_specs():
        digits = 2 if spec.statistic == "mean" else 1
        now = pooled(counts.current_sums, spec.code)
        then = pooled(counts.previous_sums, spec.code)
        estimate, base = now.estimate(spec.statistic), now.answers
        before, before_base = then.estimate(spec.statistic), then.answers
        if base_status(base, policy) == "hidden":
            table.add(spec.key, label=spec.label, note=base_note(base, policy))
            continue
        table.add(
            spec.key,
            label=spec.label,
            value=round(estimate.value, digits),
            low=round(estimate.low, digits),
            high=round(estimate.high, digits),
            base=base,
            previous=round(before.value, digits)
            if before and base_status(before_base, policy) != "hidden"
            else None,
            note=base_note(base, policy),
        )
