"""The benchmark section: the museum against all museums and against its peer cluster."""

from __future__ import annotations

from analysis import figures
from analysis.disclosure import base_note
from analysis.document import Column, Figure, Section, Table
from analysis.i18n import gettext as _
from analysis.museum_report.context import Context, digits_of, join_notes, rounded
from analysis.museum_report.scores import Measure


def benchmark_section(c: Context, measures: list[Measure]) -> Section:
    section = Section(
        "benchmarks",
        _("Benchmarks"),
        paragraphs=[
            _(
                "The museum's scores against the other museums of the study and against the other "
                "museums of its peer cluster (%(cluster)s). The museum itself is never part of its "
                "own benchmark. The percentile is the share of those museums scoring lower, ties "
                "counting half.",
                cluster=c.museum.get("peer_cluster") or _("none set"),
            )
        ],
    )
    group_columns = _group_columns()
    table = Table(
        "benchmarks",
        _("This museum against all museums and its peers"),
        [Column("label", _("Measure")), Column("value", _("This museum"), "auto"), *group_columns],
    )
    dots = []
    for measure in measures:
        spec, bench, estimate = measure.spec, measure.bench, measure.estimate
        digits = digits_of(spec)
        values = {
            column.key: (
                bench[column.key]
                if column.key.endswith(("museums", "rank"))
                else rounded(bench[column.key], digits)
            )
            for column in group_columns
        }
        values["all_rank"] = rounded(values["all_rank"], 0)
        values["peer_rank"] = rounded(values["peer_rank"], 0)
        table.add(
            spec.key,
            label=spec.label,
            value=rounded(estimate.value, digits) if estimate else None,
            note=join_notes(base_note(measure.base, c.policy), bench["note"]),
            **values,
        )
        if spec.statistic in ("nps", "mean"):
            dots.append(_dot(measure, values, digits))
    section.tables.append(table)
    title = _("Scores against peer museums")
    section.figures.append(
        Figure("benchmarks", title, figures.benchmark_dots(dots, title), table="benchmarks")
    )
    return section


def _group_columns() -> list[Column]:
    return [
        Column("all_museums", _("All: museums"), "int"),
        Column("all_median", _("All: median"), "auto"),
        Column("all_q1", _("All: lower quartile"), "auto"),
        Column("all_q3", _("All: upper quartile"), "auto"),
        Column("all_rank", _("All: percentile"), "num1"),
        Column("peer_museums", _("Peers: museums"), "int"),
        Column("peer_median", _("Peers: median"), "auto"),
        Column("peer_q1", _("Peers: lower quartile"), "auto"),
        Column("peer_q3", _("Peers: upper quartile"), "auto"),
        Column("peer_rank", _("Peers: percentile"), "num1"),
    ]


def _dot(measure: Measure, values: dict, digits: int) -> dict:
    """One measure in the benchmark figure: the museum's interval against the peers' quartiles."""
    estimate = measure.estimate
    return {
        "label": measure.spec.label,
        "axis": measure.spec.statistic,
        **{
            key: (rounded(getattr(estimate, key), digits) if estimate else None)
            for key in ("value", "low", "high")
        },
        "peer_q1": values["peer_q1"],
        "peer_median": values["peer_median"],
        "peer_q3": values["peer_q3"],
        "all_median": values["all_median"],
    }
