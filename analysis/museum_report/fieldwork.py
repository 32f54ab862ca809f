"""The fieldwork section: completes against the target, responses per week, language mix."""

from __future__ import annotations

from analysis import figures
from analysis.document import Column, Figure, Section, Table
from analysis.i18n import N_, ngettext
from analysis.i18n import gettext as _
from analysis.measures import Fieldwork, status_label
from analysis.museum_report.breakdowns import breakdown_figure, breakdown_table
from analysis.museum_report.context import Context, Data, rounded
from analysis.stats import margin_of_error

LANGUAGE_NAMES = {
    "en": N_("English"),
    "nl": N_("Dutch"),
    "fr": N_("French"),
    "de": N_("German"),
    "es": N_("Spanish"),
    "it": N_("Italian"),
}


def fieldwork_section(c: Context, d: Data) -> Section:
    target = int(c.museum["target"] or 0)
    section = Section("fieldwork", _("Fieldwork"))
    section.tables.append(_summary_table(c, d, target))
    _add_weekly(c, d, section, target)
    _add_language_mix(c, d, section)
    return section


def _summary_table(c: Context, d: Data, target: int) -> Table:
    fieldwork = Fieldwork.from_weeks(d.weekly_responses, target, c.period, c.snapshot)
    summary = Table(
        "fieldwork",
        _("Fieldwork at a glance"),
        [Column("label", _("Measure")), Column("value", _("Value"), "auto")],
    )
    margin = margin_of_error(fieldwork.completes)
    completion, completion_note = None, ""
    if d.starts and d.starts >= fieldwork.completes:
        completion = round(100 * fieldwork.completes / d.starts, 1)
    elif fieldwork.completes:
        completion_note = _("start counts incomplete for this period")
    projected = fieldwork.projected
    expected = fieldwork.expected
    summary.add("completes", label=_("Completed responses"), value=fieldwork.completes)
    summary.add("target", label=_("Target"), value=target)
    summary.add("progress", label=_("Progress (%% of target)"), value=round(fieldwork.progress, 1))
    summary.add(
        "expected",
        label=_("Expected by now at an even pace"),
        value=None if expected is None else round(expected),
    )
    summary.add("status", label=_("Status"), value=status_label(fieldwork.status))
    pace_weeks = min(4, len(c.weeks)) or 4
    summary.add(
        "projected",
        label=ngettext(
            "Target reached at the pace of the last %(num)s week",
            "Target reached at the pace of the last %(num)s weeks",
            pace_weeks,
        ),
        value=projected,
        note="" if projected else _("no recent responses to project from"),
    )
    summary.add(
        "margin",
        label=_("Margin of error (95%%, percentage points)"),
        value=rounded(margin, 1),
        note="" if margin else _("no responses yet"),
    )
    summary.add("starts", label=_("Surveys started"), value=d.starts)
    summary.add(
        "completion_rate",
        label=_("Completion rate (%% of started surveys)"),
        value=completion,
        note=completion_note,
    )
    summary.add("live", label=_("Responses since then (in next week's figures)"), value=d.live)
    if c.previous is not None:
        summary.add(
            "previous_completes",
            label=_("Completed responses in %(period)s", period=c.previous.name),
            value=sum(d.previous_weekly_responses),
        )
    return summary


def _add_weekly(c: Context, d: Data, section: Section, target: int) -> None:
    weekly = Table(
        "fieldwork_weekly",
        _("Responses per week"),
        [
            Column("week", _("Week starting"), "date"),
            Column("responses", _("Responses"), "int"),
            Column("cumulative", _("Cumulative"), "int"),
            Column("target_line", _("Target line"), "int"),
        ],
        description=_("Counts of completed questionnaires: they say how many, not who or what."),
    )
    all_weeks = c.period.weeks
    target_line = [target * (i + 1) / len(all_weeks) for i in range(len(all_weeks))]
    cumulative: list[int] = []
    for index, (week, count) in enumerate(zip(c.weeks, d.weekly_responses, strict=True)):
        cumulative.append((cumulative[-1] if cumulative else 0) + count)
        weekly.add(
            week.isoformat(),
            week=week,
            responses=count,
            cumulative=cumulative[-1],
            target_line=round(target_line[index]),
        )
    section.tables.append(weekly)
    section.figures.append(
        Figure(
            "fieldwork_cumulative",
            _("Completed responses against the target"),
            figures.cumulative_progress(
                c.weeks,
                cumulative,
                target_line,
                all_weeks,
                _("Completed responses against the target"),
            ),
            table="fieldwork_weekly",
        )
    )
    section.figures.append(
        Figure(
            "fieldwork_weekly",
            _("Responses per week"),
            figures.weekly_bars(c.weeks, d.weekly_responses, _("Responses per week")),
            table="fieldwork_weekly",
        )
    )


def _add_language_mix(c: Context, d: Data, section: Section) -> None:
    offered = list(c.museum.get("languages") or [])
    order = list(LANGUAGE_NAMES)
    codes = sorted(
        set(d.languages.counts) | set(offered),
        key=lambda code: (order.index(code) if code in order else len(order), code),
    )
    table = breakdown_table(
        c.policy,
        c.notes,
        name="language_mix",
        title=_("Language of the questionnaire"),
        published=d.languages,
        cells=[
            (code, _(LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code) for code in codes
        ],
        additive=True,
        snapshot=c.snapshot,
    )
    section.tables.append(table)
    section.figures.append(breakdown_figure("language_mix", _("Language mix"), table))
