"""Scores: the headline measures and ratings, with intervals, previous period and benchmarks."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from analysis import figures
from analysis.derived import peer_quantiles
from analysis.disclosure import (
    RULE_BENCHMARK,
    base_note,
    base_status,
    decide_benchmark,
)
from analysis.document import Column, Figure, Section, Table
from analysis.i18n import gettext as _
from analysis.measures import (
    HEADLINE,
    SCALE_POINTS,
    MeasureSpec,
    ScaleSummary,
    headline_specs,
    measure_estimate,
    nps_summary,
    respondents,
    scale_summary,
)
from analysis.museum_report.breakdowns import ladder_note
from analysis.museum_report.context import (
    NO_ANSWERS,
    Context,
    Data,
    digits_of,
    join_notes,
    note_base,
    rating_specs,
    rounded,
)
from analysis.stats import Estimate, percentile_rank


@dataclass
class Measure:
    spec: MeasureSpec
    #: None when hidden (base below the minimum) or without answers.
    estimate: Estimate | None
    base: int
    previous: Estimate | None
    bench: dict[str, Any]


def collect_measures(c: Context, d: Data) -> list[Measure]:
    results = []
    failures: dict[tuple[str, str], list[str]] = defaultdict(list)
    for spec in [*headline_specs(), *rating_specs(c.catalog, c.lang)]:
        published = d.published.get(spec.code, NO_ANSWERS)
        estimate, base = measure_estimate(spec.statistic, published)
        if base_status(base, c.policy) == "hidden":
            estimate = None
        previous, previous_base = measure_estimate(
            spec.statistic, d.previous_published.get(spec.code, NO_ANSWERS)
        )
        if base_status(previous_base, c.policy) == "hidden":
            previous = None
        bench = benchmark(c, d, spec, estimate.value if estimate else None, failures)
        results.append(Measure(spec, estimate, base, previous, bench))
    for (group, reason), labels in failures.items():
        c.notes.add(RULE_BENCHMARK, f"{group}: {', '.join(labels)}", reason)
    return results


def benchmark(
    c: Context,
    d: Data,
    spec: MeasureSpec,
    value: float | None,
    failures: dict[tuple[str, str], list[str]],
) -> dict[str, Any]:
    """Median, quartiles and percentile rank against all museums and against the peers."""
    rows = d.scores.get(spec.key, [])
    museum_id = int(c.museum["id"])
    out: dict[str, Any] = {}
    reasons = []
    for group, label, candidates in (
        ("all", _("all museums"), rows),
        ("peer", _("peer museums"), [r for r in rows if int(r[0]) in d.peer_ids]),
    ):
        decision = decide_benchmark(
            museum_id, [(int(m), float(s), int(n)) for m, s, n in candidates], c.policy
        )
        out[f"{group}_museums"] = decision.museums
        if not decision.allowed:
            for key in ("median", "q1", "q3", "rank"):
                out[f"{group}_{key}"] = None
            reason = decision.reason
            if group == "peer" and not c.museum.get("peer_cluster"):
                reason = _("no benchmark: the museum has no peer cluster")
            reasons.append(_("%(group)s: %(reason)s", group=label, reason=reason))
            failures[(label, reason)].append(spec.label)
            continue
        values = list(decision.values)
        # Harrell-Davis quantiles, withheld where one would show a peer's own score (rule 4).
        median, q1, q3 = peer_quantiles(values, (0.5, 0.25, 0.75), digits_of(spec))
        out[f"{group}_median"], out[f"{group}_q1"], out[f"{group}_q3"] = median, q1, q3
        out[f"{group}_rank"] = None if value is None else percentile_rank(value, values)
    out["note"] = join_notes(*reasons)
    return out


def estimate_cells(estimate: Estimate | None, digits: int) -> dict[str, float | None]:
    if estimate is None:
        return {"value": None, "low": None, "high": None}
    return {
        "value": rounded(estimate.value, digits),
        "low": rounded(estimate.low, digits),
        "high": rounded(estimate.high, digits),
    }


def headline_section(c: Context, d: Data, measures: list[Measure]) -> Section:
    section = Section("headline", _("Headline measures"))
    section.tables.append(_headline_table(c, d, measures))
    section.tables.append(nps_bands_table(c, d, section))
    for code, name, title in (
        ("satisfaction_overall", "satisfaction_distribution", _("Overall satisfaction")),
        ("return_intent", "return_distribution", _("Intention to return")),
    ):
        question = c.catalog.core(code)
        if question is None:
            continue
        labels = c.catalog.scale_labels(question, c.lang)
        summary = scale_summary(d.published.get(code, NO_ANSWERS))
        distribution = scale_table(c, name, title, [(code, title, summary)], labels)
        section.tables.append(distribution)
        section.figures.append(scale_figure(name, title, distribution, labels))
    return section


def _headline_table(c: Context, d: Data, measures: list[Measure]) -> Table:
    policy = c.policy
    table = Table(
        "headline",
        _("Headline measures with 95%% intervals"),
        [
            Column("label", _("Measure")),
            Column("value", _("Score"), "auto"),
            Column("low", _("95%% interval from"), "auto"),
            Column("high", _("to"), "auto"),
            Column("base", _("Base"), "int"),
            Column("previous", c.previous.name if c.previous else _("Previous period"), "auto"),
            Column("all_median", _("All museums (median)"), "auto"),
            Column("peer_median", _("Peer museums (median)"), "auto"),
            Column("peer_rank", _("Percentile among peers"), "num1"),
        ],
    )
    headline_keys = {spec.key for spec in HEADLINE}
    for measure in measures:
        spec = measure.spec
        if spec.key not in headline_keys:
            continue
        digits = digits_of(spec)
        published = d.published.get(spec.code, NO_ANSWERS)
        ladder_note(policy, c.notes, spec.label, published, c.snapshot)
        note = base_note(measure.base, policy)
        if measure.estimate is None:
            table.add(spec.key, label=spec.label, note=join_notes(note, measure.bench["note"]))
            note_base(c, spec.label, measure.base)
            continue
        note_base(c, spec.label, measure.base)
        table.add(
            spec.key,
            label=spec.label,
            **estimate_cells(measure.estimate, digits),
            base=measure.base,
            previous=rounded(measure.previous.value, digits) if measure.previous else None,
            all_median=rounded(measure.bench["all_median"], digits),
            peer_median=rounded(measure.bench["peer_median"], digits),
            peer_rank=rounded(measure.bench["peer_rank"], 0),
            note=join_notes(note, measure.bench["note"]),
        )
    return table


def nps_bands_table(c: Context, d: Data, section: Section) -> Table:
    table = Table(
        "nps_bands",
        _("Promoters, passives and detractors"),
        [
            Column("label", _("Group")),
            Column("detractors", _("Detractors (0–6)"), "pct"),
            Column("passives", _("Passives (7–8)"), "pct"),
            Column("promoters", _("Promoters (9–10)"), "pct"),
            Column("base", _("Base"), "int"),
        ],
    )
    groups = [("museum", _("This museum"), d.published)]
    if c.previous is not None:
        groups.append(("previous", c.previous.name, d.previous_published))
    rows = []
    for key, label, published in groups:
        scores = published.get("nps", NO_ANSWERS)
        result = nps_summary(scores)
        base = respondents(scores, result.base if result else 0)
        if result is None or base_status(base, c.policy) == "hidden":
            table.add(key, label=label, note=base_note(base, c.policy))
            continue
        answers = result.detractors + result.passives + result.promoters
        shares = [100 * x / answers for x in (result.detractors, result.passives, result.promoters)]
        table.add(
            key,
            label=label,
            detractors=rounded(shares[0], 1),
            passives=rounded(shares[1], 1),
            promoters=rounded(shares[2], 1),
            base=base,
            note=base_note(base, c.policy),
        )
        rows.append((label, *shares))
    title = _("Promoters, passives and detractors")
    section.figures.append(
        Figure("nps_bands", title, figures.nps_bands(rows, title), table="nps_bands")
    )
    return table


def scale_table(
    c: Context,
    name: str,
    title: str,
    items: list[tuple[str, str, ScaleSummary]],
    point_labels: list[str],
) -> Table:
    policy = c.policy
    columns = [Column("label", _("Item")), Column("base", _("Base"), "int")]
    columns += [Column(f"p{p}", point_labels[p - 1], "pct") for p in SCALE_POINTS]
    columns += [
        Column("mean", _("Mean"), "num2"),
        Column("mean_low", _("Mean, 95%% from"), "num2"),
        Column("mean_high", _("to"), "num2"),
        Column("top2", _("%% top two"), "pct"),
        Column("top2_low", _("Top two, 95%% from"), "pct"),
        Column("top2_high", _("to"), "pct"),
        Column("not_applicable", _("Not applicable"), "int"),
    ]
    table = Table(name, title, columns)
    for key, label, summary in items:
        if note_base(c, label, summary.base) == "hidden":
            table.add(key, label=label, note=base_note(summary.base, policy))
            continue
        shares = summary.shares()
        table.add(
            key,
            label=label,
            base=summary.base,
            **{f"p{p}": rounded(shares[p - 1], 1) for p in SCALE_POINTS},
            mean=rounded(summary.mean.value, 2),
            mean_low=rounded(summary.mean.low, 2),
            mean_high=rounded(summary.mean.high, 2),
            top2=rounded(summary.top2.value, 1),
            top2_low=rounded(summary.top2.low, 1),
            top2_high=rounded(summary.top2.high, 1),
            not_applicable=summary.not_applicable,
            note=base_note(summary.base, policy),
        )
    return table


def scale_figure(name: str, title: str, table: Table, point_labels: list[str]) -> Figure:
    rows = [r for r in table.rows if r["base"] is not None]
    spec = figures.diverging_scale(
        [r["label"] for r in rows],
        [[r[f"p{p}"] for p in SCALE_POINTS] for r in rows],
        point_labels,
        title,
    )
    return Figure(name, title, spec, table=table.name)


def ratings_section(c: Context, d: Data) -> Section:
    section = Section("ratings", _("Ratings of the visit"))
    specs = rating_specs(c.catalog, c.lang)
    if not specs:
        return section
    items = []
    for spec in specs:
        published = d.published.get(spec.code, NO_ANSWERS)
        items.append((spec.code, spec.label, scale_summary(published)))
        ladder_note(c.policy, c.notes, spec.label, published, c.snapshot)
    labels = c.catalog.scale_labels(c.catalog.core(specs[0].code), c.lang)
    title = _("Ratings of aspects of the visit")
    table = scale_table(c, "ratings", title, items, labels)
    section.tables.append(table)
    section.figures.append(scale_figure("ratings", title, table, labels))
    return section
