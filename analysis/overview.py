"""The staff overview: every museum's progress against its target, who is behind, and the
study's headline figures, for one wave.

Staff see per-museum scores, so the same disclosure layer applies: no score on fewer than the
minimum base, indicative marks, and figures from ended weeks only.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Engine

from analysis import figures
from analysis.aggregates import (
    load_catalog,
    load_museums,
    responses_per_week,
    responses_since,
    score_sums_by_museum,
    starts_per_museum,
)
from analysis.disclosure import (
    RULE_INDICATIVE,
    RULE_MIN_BASE,
    DisclosurePolicy,
    MethodNotes,
    base_note,
    base_status,
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
    sums_by_code,
)
from analysis.method import method_section, report_meta, report_subtitle
from analysis.periods import Period
from analysis.schema import connect
from analysis.snapshots import report_weeks
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
        covered = report_weeks(connection, as_of, wave_id)
    period, previous = covered.period, covered.previous
    weeks, previous_weeks = covered.weeks, covered.previous_weeks
    snapshot = weeks[-1] if weeks else None

    notes = MethodNotes()
    with connect(bind) as connection:
        museums = load_museums(connection)
        catalog = load_catalog(connection)
        code_of = catalog.core_code_by_id()
        ids = [i for spec in HEADLINE for i in catalog.core_ids(spec.code)]
        weekly: dict[int, dict[dt.date, int]] = defaultdict(dict)
        starts: dict[int, int] = {}
        live: dict[int, int] = {}
        current_sums: dict[str, dict[int, ScoreSums]] = {}
        previous_sums: dict[str, dict[int, ScoreSums]] = {}
        if weeks:
            for museum_id, week, count in responses_per_week(connection, weeks[0], weeks[-1]):
                weekly[museum_id][week] = int(count)
            frame = starts_per_museum(
                connection, None, period.first_day, weeks[-1] + dt.timedelta(days=6)
            )
            starts = {int(m): int(s) for m, s in frame.itertuples(index=False)}
            rows = score_sums_by_museum(connection, ids, weeks[0], weeks[-1])
            current_sums = sums_by_code(rows, code_of)
        if previous_weeks:
            rows = score_sums_by_museum(connection, ids, previous_weeks[0], previous_weeks[-1])
            previous_sums = sums_by_code(rows, code_of)
        live_from = weeks[-1] + dt.timedelta(days=7) if weeks else period.first_day
        live_to = as_of if period.wave_id is None else min(as_of, period.last_day)
        if live_from <= live_to:
            live = responses_since(connection, live_from, live_to)

    scores = museum_scores(current_sums, OVERVIEW_SCORES)
    snapshot_end = weeks[-1] + dt.timedelta(days=6) if weeks else None
    document = Document(
        kind="overview",
        title=_("Sentomus study overview"),
        subtitle=report_subtitle(period, snapshot_end),
        generated_on=as_of,
        policy=policy,
        meta={
            **report_meta(period, previous, snapshot_end, as_of, policy),
            "museums": len(museums),
        },
        lang=lang,
    )

    progress, rows = _progress_table(
        museums, weekly, weeks, period, snapshot, starts, live, scores, policy, notes
    )
    national = _national_table(current_sums, previous_sums, weekly, starts, previous, policy)
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
                label=row["label"],
                completes=row["completes"],
                target=row["target"],
                expected=row["expected"],
                projected=row["projected"],
                note=row["note"],
            )

    headline = Section("national", _("Study headline figures"), tables=[national])
    nps_values = [score for _, score, base in scores.get("nps", []) if base >= policy.min_base]
    headline.figures.append(
        Figure(
            "nps_distribution",
            _("NPS of the museums"),
            figures.score_distribution(nps_values, _("NPS of the museums"), _("NPS")),
        )
    )
    progress_section = Section("progress", _("Progress of every museum"), tables=[progress, behind])
    ordered = progress.rows
    progress_section.figures.append(
        Figure(
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
    )
    document.sections += [headline, progress_section, method_section(policy, period, notes)]
    document.notes = list(notes.notes)
    return document


def _progress_table(
    museums: pd.DataFrame,
    weekly: dict[int, dict[dt.date, int]],
    weeks: list[dt.date],
    period: Period,
    snapshot: dt.date | None,
    starts: dict[int, int],
    live: dict[int, int],
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
    rows = []
    for museum in museums.itertuples(index=False):
        museum_id = int(museum.id)
        counts = [weekly.get(museum_id, {}).get(w, 0) for w in weeks]
        fieldwork = Fieldwork.from_weeks(counts, int(museum.target or 0), period, snapshot)
        started = starts.get(museum_id, 0)
        values: dict[str, Any] = {}
        row_notes = []
        for key, column in (("nps", "nps"), ("satisfaction_mean", "satisfaction")):
            score, base = score_of.get(key, {}).get(museum_id, (None, 0))
            status = base_status(base, policy)
            if status == "hidden":
                values[column] = None
                if base:
                    row_notes.append(f"{column}: {base_note(base, policy)}")
                    notes.add(
                        RULE_MIN_BASE,
                        f"{museum.name}, {column}",
                        _("not shown: %(count)s answers", count=base),
                    )
                continue
            values[column] = round(score, 2 if column == "satisfaction" else 1)
            if status == "indicative":
                row_notes.append(f"{column}: {base_note(base, policy)}")
                notes.add(
                    RULE_INDICATIVE,
                    f"{museum.name}, {column}",
                    _("base of %(count)s answers", count=base),
                )
        if not museum.active:
            row_notes.insert(0, _("inactive"))
        expected = fieldwork.expected
        rows.append(
            {
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
                "live": live.get(museum_id, 0),
                "completion_rate": (
                    round(100 * fieldwork.completes / started, 1)
                    if started and started >= fieldwork.completes
                    else None
                ),
                **values,
                "note": "; ".join(row_notes),
            }
        )
    rows.sort(key=lambda r: (STATUS_ORDER.get(r["status"], 9), r["progress"], r["label"]))
    for row in rows:
        cells = {k: v for k, v in row.items() if k not in ("key",)}
        table.add(row["key"], **{**cells, "status": status_label(row["status"])})
    return table, rows


def _national_table(
    current: dict[str, dict[int, ScoreSums]],
    previous: dict[str, dict[int, ScoreSums]],
    weekly: dict[int, dict[dt.date, int]],
    starts: dict[int, int],
    previous_period: Period | None,
    policy: DisclosurePolicy,
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
    completes = sum(sum(by_week.values()) for by_week in weekly.values())
    active = sum(1 for by_week in weekly.values() if sum(by_week.values()))
    started = sum(starts.values())
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

    for spec in headline_specs():
        digits = 2 if spec.statistic == "mean" else 1
        now, then = pooled(current, spec.code), pooled(previous, spec.code)
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
    return table
