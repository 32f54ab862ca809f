"""The per-museum progress report.

Sections: fieldwork, headline measures, ratings, visitor profile, benchmarks, the museum's own
questions, open comments and method notes. `build_museum_report` freezes the weeks that ended,
reads their aggregates, applies the disclosure layer and returns a protected Document.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Engine

from analysis import figures
from analysis.aggregates import (
    Catalog,
    QuestionInfo,
    load_catalog,
    load_museums,
    museum_texts,
    museum_weekly_answers,
    museum_weekly_responses,
    responses_since,
    score_sums_by_museum,
    starts_per_museum,
)
from analysis.disclosure import (
    RULE_BENCHMARK,
    RULE_COMMENTS,
    RULE_COMPLEMENTARY,
    RULE_INDICATIVE,
    RULE_LADDER,
    RULE_MIN_BASE,
    RULE_SMALL_CELLS,
    DisclosurePolicy,
    MethodNotes,
    base_note,
    base_status,
    cell_note,
    decide_benchmark,
    protect_cells,
    publishable_comments,
)
from analysis.document import Column, CommentList, Document, Figure, Section, Table
from analysis.i18n import N_, format_date, language, ngettext
from analysis.i18n import gettext as _
from analysis.measures import (
    SCALE_POINTS,
    Fieldwork,
    MeasureSpec,
    Published,
    ScaleSummary,
    measure_estimate,
    museum_scores,
    nps_summary,
    publish,
    scale_summary,
    sums_by_code,
)
from analysis.periods import Period, list_waves, resolve_periods
from analysis.snapshots import freeze_weeks
from analysis.stats import Estimate, margin_of_error, mean_estimate, percentile_rank, quantile

PROFILE_CODES = (
    "visit_first",
    "motivation",
    "group",
    "heard_via",
    "ticket_type",
    "duration",
    "age_band",
    "gender",
    "country",
    "province_nl",
    "province_be",
)
LANGUAGE_NAMES = {
    "en": N_("English"),
    "nl": N_("Dutch"),
    "fr": N_("French"),
    "de": N_("German"),
    "es": N_("Spanish"),
    "it": N_("Italian"),
}
#: Headline measures, each with an interval, the previous period and benchmarks.
HEADLINE = (
    MeasureSpec("nps", N_("Net Promoter Score"), "nps", "nps"),
    MeasureSpec(
        "satisfaction_mean", N_("Overall satisfaction (mean 1–5)"), "satisfaction_overall", "mean"
    ),
    MeasureSpec(
        "satisfaction_top2",
        N_("Overall satisfaction (%% good or very good)"),
        "satisfaction_overall",
        "top2",
    ),
    MeasureSpec("return_mean", N_("Intention to return (mean 1–5)"), "return_intent", "mean"),
    MeasureSpec(
        "return_top2", N_("Intention to return (%% likely or very likely)"), "return_intent", "top2"
    ),
)
#: How a fieldwork status reads (the status itself stays a stable key for code).
STATUS_LABELS = {
    "reached": N_("reached"),
    "on track": N_("on track"),
    "behind": N_("behind"),
    "no data": N_("no data"),
}
#: Bands for answers to number questions: counts are skewed, so bands double in width.
NUMBER_BANDS = ((0, 0), (1, 1), (2, 3), (4, 7), (8, 15), (16, 31), (32, None))
NO_ANSWERS = Published(cutoff=None)


def status_label(status: str) -> str:
    """A fieldwork status in the report's language."""
    return _(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def headline_specs() -> list[MeasureSpec]:
    """The headline measures with their labels in the report's language."""
    return [dataclasses.replace(spec, label=_(spec.label)) for spec in HEADLINE]


class ReportError(LookupError):
    """The report cannot be built (unknown museum, unknown wave)."""


@contextmanager
def connect(bind: Engine | Connection) -> Iterator[Connection]:
    """Use a given Connection as it is, or open (and close) one on an Engine."""
    if isinstance(bind, Engine):
        with bind.connect() as connection:
            yield connection
    else:
        yield bind


def rating_specs(catalog: Catalog, lang: str = "en") -> list[MeasureSpec]:
    """Mean score of every core rating question, in questionnaire order."""
    codes = {
        q.code for q in catalog.questions.values() if q.is_core and q.code.startswith("rating_")
    }
    ordered = sorted(codes, key=lambda code: catalog.core(code).position)
    return [MeasureSpec(f"{c}_mean", catalog.core(c).text(lang), c, "mean") for c in ordered]


def _r(value: float | None, digits: int) -> float | None:
    return None if value is None else round(float(value), digits)


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def digits_of(spec: MeasureSpec) -> int:
    return 2 if spec.statistic == "mean" else 1


# --- Loading ---------------------------------------------------------------------------------


@dataclass
class _Context:
    museum: dict[str, Any]
    catalog: Catalog
    policy: DisclosurePolicy
    lang: str
    period: Period
    previous: Period | None
    as_of: dt.date
    #: Ended weeks of the period and of the previous period (Mondays, in order).
    weeks: list[dt.date]
    previous_weeks: list[dt.date]
    notes: MethodNotes = field(default_factory=MethodNotes)

    @property
    def snapshot(self) -> dt.date | None:
        return self.weeks[-1] if self.weeks else None


@dataclass
class _Data:
    weekly_responses: list[int]
    previous_weekly_responses: list[int]
    #: The responses per language, published by the ladder on the museum's responses.
    languages: Published
    published: dict[str, Published]
    previous_published: dict[str, Published]
    starts: int
    live: int
    #: Per measure, (museum id, score, base) of every museum: the benchmark input.
    scores: dict[str, list[tuple[int, float, int]]]
    peer_ids: set[int]
    texts: dict[int, list[str]]


def build_museum_report(
    bind: Engine | Connection,
    museum_id: int,
    wave_id: int | None = None,
    as_of: dt.date | None = None,
    policy: DisclosurePolicy | None = None,
    lang: str = "en",
) -> Document:
    """The progress report of one museum for one wave (default: the current wave).

    `bind` is an Engine (ended weeks are then frozen in their own transactions) or a Connection
    (frozen weeks are committed on it). `as_of` is the reporting date, today by default; figures
    cover the weeks that ended before it. `lang` is the language of the whole report: its own
    words, question and option labels, numbers and dates.
    """
    with language(lang) as code:
        return _build_museum_report(bind, museum_id, wave_id, as_of, policy, code)


def _build_museum_report(
    bind: Engine | Connection,
    museum_id: int,
    wave_id: int | None,
    as_of: dt.date | None,
    policy: DisclosurePolicy | None,
    lang: str,
) -> Document:
    as_of = as_of or dt.date.today()
    policy = policy or DisclosurePolicy()
    with connect(bind) as connection:
        period, previous = resolve_periods(list_waves(connection), as_of, wave_id)
    weeks = _ended_weeks(period, as_of)
    previous_weeks = _ended_weeks(previous, as_of)
    span = [*previous_weeks, *weeks]
    if span:
        freeze_weeks(bind, min(span), max(span), today=as_of)

    with connect(bind) as connection:
        museums = load_museums(connection)
        match = museums[museums["id"] == museum_id]
        if match.empty:
            raise ReportError(f"no museum with id {museum_id}")
        context = _Context(
            museum=match.iloc[0].to_dict(),
            catalog=load_catalog(connection, museum_id),
            policy=policy,
            lang=lang,
            period=period,
            previous=previous,
            as_of=as_of,
            weeks=weeks,
            previous_weeks=previous_weeks,
        )
        data = _load(connection, context, museums)
    return _assemble(context, data)


def _ended_weeks(period: Period | None, as_of: dt.date) -> list[dt.date]:
    snapshot = period.snapshot_week(as_of) if period else None
    if period is None or snapshot is None:
        return []
    return [w for w in period.weeks if w <= snapshot]


def _key(question: QuestionInfo) -> str:
    """Core questions are reported by code across questionnaire versions, own ones by id."""
    return question.code if question.is_core else f"own:{question.id}"


def _load(connection: Connection, c: _Context, museums: pd.DataFrame) -> _Data:
    museum_id = int(c.museum["id"])
    span = [*c.previous_weeks, *c.weeks]
    keys = {q.id: _key(q) for q in c.catalog.questions.values()}
    answers: list[tuple[str, dt.date, str, int, int]] = []
    responses: list[tuple[dt.date, str, int]] = []
    if span:
        frame = museum_weekly_answers(connection, museum_id, min(span), max(span))
        answers = [
            (keys[question_id], week, value, int(count), int(first))
            for week, question_id, value, count, first in frame.itertuples(index=False)
            if question_id in keys
        ]
        frame = museum_weekly_responses(connection, museum_id, min(span), max(span))
        responses = [
            (week, language, int(count))
            for week, language, count in frame[["week", "language", "responses"]].itertuples(
                index=False
            )
        ]

    per_week: dict[dt.date, int] = defaultdict(int)
    for week, _language, count in responses:
        per_week[week] += count
    languages = publish(
        [("languages", week, lang, n, n) for week, lang, n in responses], c.weeks, c.policy
    ).get("languages", NO_ANSWERS)

    starts = live = 0
    if c.weeks:
        frame = starts_per_museum(
            connection, museum_id, c.period.first_day, c.snapshot + dt.timedelta(days=6)
        )
        starts = int(frame["starts"].sum()) if not frame.empty else 0
    live_from = c.snapshot + dt.timedelta(days=7) if c.snapshot else c.period.first_day
    # A rolling year always reaches up to today; a wave stops at its last day.
    live_to = c.as_of if c.period.wave_id is None else min(c.as_of, c.period.last_day)
    if live_from <= live_to:
        live = responses_since(connection, live_from, live_to, museum_id).get(museum_id, 0)

    scores: dict[str, list[tuple[int, float, int]]] = {}
    specs = [*HEADLINE, *rating_specs(c.catalog)]
    if c.weeks:
        ids = [i for code in {s.code for s in specs} for i in c.catalog.core_ids(code)]
        rows = score_sums_by_museum(connection, ids, c.weeks[0], c.weeks[-1])
        scores = museum_scores(sums_by_code(rows, c.catalog.core_code_by_id()), specs)
    cluster = c.museum.get("peer_cluster")
    peer_ids = (
        set(museums.loc[museums["peer_cluster"] == cluster, "id"].astype(int)) if cluster else set()
    )

    texts: dict[int, list[str]] = {}
    text_ids = [q.id for q in c.catalog.questions.values() if q.kind == "free_text"]
    if languages.cutoff is not None and text_ids:
        # Comments up to the week the museum's own figures are published to (rule 6).
        last_day = languages.cutoff + dt.timedelta(days=6)
        frame = museum_texts(connection, museum_id, text_ids, c.period.first_day, last_day)
        for question_id, text in frame.itertuples(index=False):
            texts.setdefault(int(question_id), []).append(text)

    return _Data(
        weekly_responses=[per_week.get(w, 0) for w in c.weeks],
        previous_weekly_responses=[per_week.get(w, 0) for w in c.previous_weeks],
        languages=languages,
        published=publish(answers, c.weeks, c.policy),
        previous_published=publish(answers, c.previous_weeks, c.policy),
        starts=starts,
        live=live,
        scores=scores,
        peer_ids=peer_ids,
        texts=texts,
    )


# --- Assembly --------------------------------------------------------------------------------


def _assemble(c: _Context, d: _Data) -> Document:
    museum = c.museum
    snapshot_end = c.snapshot + dt.timedelta(days=6) if c.snapshot else None
    document = Document(
        kind="museum",
        title=_("%(museum)s: visitor survey progress report", museum=museum["name"]),
        subtitle=(
            _(
                "%(period)s · figures up to %(day)s",
                period=c.period.label(),
                day=format_date(snapshot_end),
            )
            if snapshot_end
            else _("%(period)s · no week of this period has ended yet", period=c.period.label())
        ),
        generated_on=c.as_of,
        policy=c.policy,
        meta={
            "museum": {"id": int(museum["id"]), "slug": museum["slug"], "name": museum["name"]},
            "peer_cluster": museum.get("peer_cluster"),
            "period": period_meta(c.period),
            "previous_period": period_meta(c.previous) if c.previous else None,
            "figures_up_to": snapshot_end.isoformat() if snapshot_end else None,
            "as_of": c.as_of.isoformat(),
            "policy": policy_meta(c.policy),
        },
        lang=c.lang,
    )
    measures = _measures(c, d)
    document.sections += [
        _fieldwork_section(c, d),
        _headline_section(c, d, measures),
        _ratings_section(c, d),
        _profile_section(c, d),
        _benchmark_section(c, measures),
        _own_section(c, d),
        _comments_section(c, d),
    ]
    document.sections.append(method_section(c.policy, c.period, c.notes))
    document.notes = list(c.notes.notes)
    return document


def period_meta(period: Period) -> dict[str, Any]:
    return {
        "name": period.name,
        "wave_id": period.wave_id,
        "first_day": period.first_day.isoformat(),
        "last_day": period.last_day.isoformat(),
        "starts_on": period.starts_on.isoformat() if period.starts_on else None,
        "ends_on": period.ends_on.isoformat() if period.ends_on else None,
        "weeks": len(period.weeks),
    }


def policy_meta(policy: DisclosurePolicy) -> dict[str, Any]:
    return {
        "min_base": policy.min_base,
        "indicative_below": policy.indicative_below,
        "min_peer_museums": policy.min_peer_museums,
        "max_peer_share": policy.max_peer_share,
        "min_growth": policy.min_growth,
    }


# --- Fieldwork -------------------------------------------------------------------------------


def _fieldwork_section(c: _Context, d: _Data) -> Section:
    target = int(c.museum["target"] or 0)
    fieldwork = Fieldwork.from_weeks(d.weekly_responses, target, c.period, c.snapshot)
    section = Section("fieldwork", _("Fieldwork"))
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
        value=_r(margin, 1),
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
    section.tables.append(summary)

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
    return section


# --- Breakdowns: visitor profile, language mix, own choice questions -------------------------


def breakdown_table(
    policy: DisclosurePolicy,
    notes: MethodNotes,
    name: str,
    title: str,
    published: Published,
    cells: list[tuple[str, str]],
    additive: bool,
    snapshot: dt.date | None,
) -> Table:
    """Respondents per group, protected by the minimum base, small cells and complementary
    suppression; the last row is the base (respondents who answered)."""
    table = Table(
        name,
        title,
        [
            Column("label", _("Answer")),
            Column("respondents", _("Respondents"), "int"),
            Column("share", _("%% of respondents"), "pct"),
        ],
    )
    base = published.base
    status = base_status(base, policy)
    ladder_note(policy, notes, title, published, snapshot)
    if status == "hidden":
        for code, label in cells:
            table.add(code, label=label, note=base_note(base, policy))
        table.add("_base", label=_("Respondents who answered"), note=base_note(base, policy))
        if base:
            notes.add(RULE_MIN_BASE, title, _("not shown: %(count)s respondents", count=base))
        return table

    counts = [published.counts.get(code, 0) for code, _label in cells]
    decisions = protect_cells(counts, policy, additive)
    for (code, label), count, decision in zip(cells, counts, decisions, strict=True):
        if decision:
            table.add(code, label=label, note=cell_note(decision, policy))
        else:
            table.add(code, label=label, respondents=count, share=round(100 * count / base, 1))
    table.add(
        "_base", label=_("Respondents who answered"), respondents=base, note=base_note(base, policy)
    )
    small = [label for (_, label), s in zip(cells, decisions, strict=True) if s == "small"]
    extra = [label for (_, label), s in zip(cells, decisions, strict=True) if s == "complementary"]
    if small:
        notes.add(
            RULE_SMALL_CELLS,
            title,
            _(
                "groups under %(min_base)s: %(groups)s",
                min_base=policy.min_base,
                groups=", ".join(small),
            ),
        )
    if extra:
        notes.add(
            RULE_COMPLEMENTARY,
            title,
            _("also hidden to protect small groups: %(groups)s", groups=", ".join(extra)),
        )
    if status == "indicative":
        notes.add(RULE_INDICATIVE, title, _("base of %(count)s respondents", count=base))
    return table


def breakdown_figure(name: str, title: str, table: Table) -> Figure:
    rows = [r for r in table.rows if r["key"] != "_base"]
    hidden = sum(1 for r in rows if r["share"] is None)
    note = ""
    if hidden and hidden < len(rows):
        note = ngettext(
            "%(num)s group hidden, see the table", "%(num)s groups hidden, see the table", hidden
        )
    if rows and hidden == len(rows):
        note = table.rows[-1]["note"] or _("nothing to show yet")
    labels = [r["label"] for r in rows]
    spec = figures.share_bars(labels, [r["share"] for r in rows], title, note)
    return Figure(name, title, spec, table=table.name)


def ladder_note(
    policy: DisclosurePolicy,
    notes: MethodNotes,
    subject: str,
    published: Published,
    snapshot: dt.date | None,
) -> None:
    if published.cutoff is not None and snapshot is not None and published.cutoff < snapshot:
        end = published.cutoff + dt.timedelta(days=6)
        notes.add(
            RULE_LADDER,
            subject,
            _(
                "shown up to %(day)s: fewer than %(min_growth)s new answers since",
                day=format_date(end),
                min_growth=policy.min_growth,
            ),
        )


# --- Measures and benchmarks -----------------------------------------------------------------


@dataclass
class _Measure:
    spec: MeasureSpec
    #: None when hidden (base below the minimum) or without answers.
    estimate: Estimate | None
    base: int
    previous: Estimate | None
    bench: dict[str, Any]


def _measures(c: _Context, d: _Data) -> list[_Measure]:
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
        bench = _benchmark(c, d, spec, estimate.value if estimate else None, failures)
        results.append(_Measure(spec, estimate, base, previous, bench))
    for (group, reason), labels in failures.items():
        c.notes.add(RULE_BENCHMARK, f"{group}: {', '.join(labels)}", reason)
    return results


def _benchmark(
    c: _Context,
    d: _Data,
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
        out[f"{group}_median"] = quantile(values, 0.5)
        out[f"{group}_q1"] = quantile(values, 0.25)
        out[f"{group}_q3"] = quantile(values, 0.75)
        out[f"{group}_rank"] = None if value is None else percentile_rank(value, values)
    out["note"] = _join(*reasons)
    return out


def _estimate_cells(estimate: Estimate | None, digits: int) -> dict[str, float | None]:
    if estimate is None:
        return {"value": None, "low": None, "high": None}
    return {
        "value": _r(estimate.value, digits),
        "low": _r(estimate.low, digits),
        "high": _r(estimate.high, digits),
    }


def _headline_section(c: _Context, d: _Data, measures: list[_Measure]) -> Section:
    policy = c.policy
    section = Section("headline", _("Headline measures"))
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
            table.add(spec.key, label=spec.label, note=_join(note, measure.bench["note"]))
            if measure.base:
                c.notes.add(
                    RULE_MIN_BASE, spec.label, _("not shown: %(count)s answers", count=measure.base)
                )
            continue
        if base_status(measure.base, policy) == "indicative":
            c.notes.add(
                RULE_INDICATIVE, spec.label, _("base of %(count)s answers", count=measure.base)
            )
        table.add(
            spec.key,
            label=spec.label,
            **_estimate_cells(measure.estimate, digits),
            base=measure.base,
            previous=_r(measure.previous.value, digits) if measure.previous else None,
            all_median=_r(measure.bench["all_median"], digits),
            peer_median=_r(measure.bench["peer_median"], digits),
            peer_rank=_r(measure.bench["peer_rank"], 0),
            note=_join(note, measure.bench["note"]),
        )
    section.tables.append(table)
    section.tables.append(_nps_bands(c, d, section))

    for code, name, title in (
        ("satisfaction_overall", "satisfaction_distribution", _("Overall satisfaction")),
        ("return_intent", "return_distribution", _("Intention to return")),
    ):
        question = c.catalog.core(code)
        if question is None:
            continue
        labels = c.catalog.scale_labels(question, c.lang)
        summary = scale_summary(d.published.get(code, NO_ANSWERS))
        scale_table = _scale_table(c, name, title, [(code, title, summary)], labels)
        section.tables.append(scale_table)
        section.figures.append(_scale_figure(name, title, scale_table, labels))
    return section


def _nps_bands(c: _Context, d: _Data, section: Section) -> Table:
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
        result = nps_summary(published.get("nps", NO_ANSWERS))
        base = result.base if result else 0
        if result is None or base_status(base, c.policy) == "hidden":
            table.add(key, label=label, note=base_note(base, c.policy))
            continue
        shares = [100 * x / base for x in (result.detractors, result.passives, result.promoters)]
        table.add(
            key,
            label=label,
            detractors=_r(shares[0], 1),
            passives=_r(shares[1], 1),
            promoters=_r(shares[2], 1),
            base=base,
            note=base_note(base, c.policy),
        )
        rows.append((label, *shares))
    title = _("Promoters, passives and detractors")
    section.figures.append(
        Figure("nps_bands", title, figures.nps_bands(rows, title), table="nps_bands")
    )
    return table


def _scale_table(
    c: _Context,
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
        status = base_status(summary.base, policy)
        if status == "hidden":
            table.add(key, label=label, note=base_note(summary.base, policy))
            if summary.base:
                c.notes.add(
                    RULE_MIN_BASE, label, _("not shown: %(count)s answers", count=summary.base)
                )
            continue
        if status == "indicative":
            c.notes.add(RULE_INDICATIVE, label, _("base of %(count)s answers", count=summary.base))
        shares = summary.shares()
        table.add(
            key,
            label=label,
            base=summary.base,
            **{f"p{p}": _r(shares[p - 1], 1) for p in SCALE_POINTS},
            mean=_r(summary.mean.value, 2),
            mean_low=_r(summary.mean.low, 2),
            mean_high=_r(summary.mean.high, 2),
            top2=_r(summary.top2.value, 1),
            top2_low=_r(summary.top2.low, 1),
            top2_high=_r(summary.top2.high, 1),
            not_applicable=summary.not_applicable,
            note=base_note(summary.base, policy),
        )
    return table


def _scale_figure(name: str, title: str, table: Table, point_labels: list[str]) -> Figure:
    rows = [r for r in table.rows if r["base"] is not None]
    spec = figures.diverging_scale(
        [r["label"] for r in rows],
        [[r[f"p{p}"] for p in SCALE_POINTS] for r in rows],
        point_labels,
        title,
    )
    return Figure(name, title, spec, table=table.name)


def _ratings_section(c: _Context, d: _Data) -> Section:
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
    table = _scale_table(c, "ratings", title, items, labels)
    section.tables.append(table)
    section.figures.append(_scale_figure("ratings", title, table, labels))
    return section


def _profile_section(c: _Context, d: _Data) -> Section:
    section = Section(
        "profile",
        _("Visitor profile"),
        paragraphs=[
            _(
                "Groups of fewer than %(min_base)s respondents are not shown, nor any group "
                "whose size could be worked out from the others and the total.",
                min_base=c.policy.min_base,
            )
        ],
    )
    for code in PROFILE_CODES:
        question = c.catalog.core(code)
        if question is None:
            continue
        title = question.text(c.lang)
        table = breakdown_table(
            c.policy,
            c.notes,
            name=f"profile_{code}",
            title=title,
            published=d.published.get(code, NO_ANSWERS),
            cells=[(o, question.option_label(o, c.lang)) for o, _text in question.options],
            additive=question.kind == "single_choice",
            snapshot=c.snapshot,
        )
        if question.kind == "multiple_choice":
            table.description = _("Several answers possible: shares add up to more than 100%%.")
        section.tables.append(table)
        section.figures.append(breakdown_figure(f"profile_{code}", title, table))
    return section


def _benchmark_section(c: _Context, measures: list[_Measure]) -> Section:
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
    group_columns = [
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
    table = Table(
        "benchmarks",
        _("This museum against all museums and its peers"),
        [Column("label", _("Measure")), Column("value", _("This museum"), "auto"), *group_columns],
    )
    dots = []
    for measure in measures:
        spec, bench = measure.spec, measure.bench
        digits = digits_of(spec)
        values = {
            column.key: (
                bench[column.key]
                if column.key.endswith(("museums", "rank"))
                else _r(bench[column.key], digits)
            )
            for column in group_columns
        }
        values["all_rank"] = _r(values["all_rank"], 0)
        values["peer_rank"] = _r(values["peer_rank"], 0)
        estimate = measure.estimate
        table.add(
            spec.key,
            label=spec.label,
            value=_r(estimate.value, digits) if estimate else None,
            note=_join(base_note(measure.base, c.policy), bench["note"]),
            **values,
        )
        if spec.statistic in ("nps", "mean"):
            dots.append(
                {
                    "label": spec.label,
                    "axis": spec.statistic,
                    **{
                        k: (_r(getattr(estimate, a), digits) if estimate else None)
                        for k, a in (("value", "value"), ("low", "low"), ("high", "high"))
                    },
                    "peer_q1": values["peer_q1"],
                    "peer_median": values["peer_median"],
                    "peer_q3": values["peer_q3"],
                    "all_median": values["all_median"],
                }
            )
    section.tables.append(table)
    title = _("Scores against peer museums")
    section.figures.append(
        Figure("benchmarks", title, figures.benchmark_dots(dots, title), table="benchmarks")
    )
    return section


# --- Own questions ---------------------------------------------------------------------------


def _own_section(c: _Context, d: _Data) -> Section:
    section = Section("own", _("Your own questions"))
    for question in c.catalog.own():
        published = d.published.get(_key(question), NO_ANSWERS)
        if question.status not in ("active", "retired") or (
            question.status == "retired" and not published.base
        ):
            continue
        title = question.text(c.lang)
        if question.version > 1:
            title = _("%(title)s (version %(version)s)", title=title, version=question.version)
        name = f"own_{question.code}_v{question.version}"
        if question.kind in ("single_choice", "multiple_choice"):
            table = breakdown_table(
                c.policy,
                c.notes,
                name,
                title,
                published,
                [(o, question.option_label(o, c.lang)) for o, _text in question.options],
                additive=question.kind == "single_choice",
                snapshot=c.snapshot,
            )
            section.tables.append(table)
            section.figures.append(breakdown_figure(name, title, table))
        elif question.kind == "scale":
            labels = c.catalog.scale_labels(question, c.lang)
            items = [(question.code, title, scale_summary(published))]
            table = _scale_table(c, name, title, items, labels)
            section.tables.append(table)
            section.figures.append(_scale_figure(name, title, table, labels))
            ladder_note(c.policy, c.notes, title, published, c.snapshot)
        elif question.kind == "nps":
            estimate, base = measure_estimate("nps", published)
            section.tables.append(
                _estimate_table(c, name, title, _("Net Promoter Score"), estimate, base, 1)
            )
            ladder_note(c.policy, c.notes, title, published, c.snapshot)
        elif question.kind == "number":
            values = published.numeric()
            estimate = mean_estimate(values) if values else None
            section.tables.append(
                _estimate_table(c, name, title, _("Mean"), estimate, published.base, 2)
            )
            cells, counts = [], {}
            for low, high in NUMBER_BANDS:
                key = str(low) if high == low else (f"{low}+" if high is None else f"{low}–{high}")
                cells.append((key, key))
                counts[key] = sum(
                    n for v, n in values.items() if v >= low and (high is None or v <= high)
                )
            banded = Published(cutoff=published.cutoff, base=published.base, counts=counts)
            bands = breakdown_table(
                c.policy,
                c.notes,
                f"{name}_bands",
                _("%(title)s: answers in bands", title=title),
                banded,
                cells,
                additive=True,
                snapshot=c.snapshot,
            )
            section.tables.append(bands)
            section.figures.append(breakdown_figure(f"{name}_bands", title, bands))
    return section


def _estimate_table(
    c: _Context,
    name: str,
    title: str,
    label: str,
    estimate: Estimate | None,
    base: int,
    digits: int,
) -> Table:
    fmt = "num1" if digits == 1 else "num2"
    table = Table(
        name,
        title,
        [
            Column("label", _("Measure")),
            Column("value", label, fmt),
            Column("low", _("95%% interval from"), fmt),
            Column("high", _("to"), fmt),
            Column("base", _("Base"), "int"),
        ],
    )
    if estimate is None or base_status(base, c.policy) == "hidden":
        table.add("estimate", label=label, note=base_note(base, c.policy))
        if base:
            c.notes.add(RULE_MIN_BASE, title, _("not shown: %(count)s answers", count=base))
        return table
    if base_status(base, c.policy) == "indicative":
        c.notes.add(RULE_INDICATIVE, title, _("base of %(count)s answers", count=base))
    table.add(
        "estimate",
        label=label,
        **_estimate_cells(estimate, digits),
        base=base,
        note=base_note(base, c.policy),
    )
    return table


# --- Comments and method notes ---------------------------------------------------------------


def _comments_section(c: _Context, d: _Data) -> Section:
    section = Section(
        "comments",
        _("Open comments"),
        paragraphs=[
            _(
                "Comments for the whole museum, in alphabetical order, without the language, date "
                "or any other answer of the person who wrote them. Contact details and id numbers "
                "were removed before the comments were stored."
            )
        ],
    )
    questions = [q for q in c.catalog.questions.values() if q.kind == "free_text"]
    groups: dict[str, tuple[str, list[str]]] = {}
    # The core comment question of every questionnaire version is one list; own ones one each.
    for question in sorted(questions, key=lambda q: (not q.is_core, q.position, -q.id)):
        _title, texts = groups.setdefault(_key(question), (question.text(c.lang), []))
        texts.extend(d.texts.get(question.id, []))
    for title, texts in groups.values():
        shown = publishable_comments(texts, d.languages.base, c.policy)
        note = ""
        if shown is None:
            note = c.policy.text(N_("hidden: fewer than %(min_base)s respondents in the museum"))
            if texts:
                c.notes.add(RULE_COMMENTS, title, note)
        section.comments.append(CommentList(title, shown, note))
    return section


def method_section(policy: DisclosurePolicy, period: Period, notes: MethodNotes) -> Section:
    paragraphs = [
        _(
            "Figures cover whole ISO weeks: %(period)s. A week counts in the wave that contains "
            "its Thursday. Only weeks that have ended are included, so figures change at most "
            "once a week.",
            period=period.label(),
        ),
        _(
            "A figure moves on only when its base has grown by at least %(min_growth)s "
            "respondents since its last published value, so two reports never differ by fewer "
            "than %(min_growth)s respondents.",
            min_growth=policy.min_growth,
        ),
        _(
            "No figure is shown for fewer than %(min_base)s respondents; figures on "
            "%(min_base)s–%(indicative_top)s respondents are indicative. Intervals are 95%%: "
            "Wilson intervals for percentages, t intervals for means, the standard NPS variance "
            "for the NPS. The margin of error is that of a 50%% answer.",
            min_base=policy.min_base,
            indicative_top=policy.indicative_below - 1,
        ),
        _(
            "Benchmarks compare with other museums only, never with the museum itself, and need "
            "at least %(min_peer_museums)s of them with %(min_base)s or more answers each, none "
            "giving more than half of the answers.",
            min_peer_museums=policy.min_peer_museums,
            min_base=policy.min_base,
        ),
    ]
    section = Section("method", _("Method notes"), paragraphs=paragraphs)
    table = Table(
        "method_notes",
        _("What was withheld or flagged, and why"),
        [Column("rule", _("Rule")), Column("subject", _("Figure")), Column("detail", _("Detail"))],
    )
    for index, note in enumerate(notes.notes, start=1):
        table.add(f"n{index}", rule=_(note.rule), subject=note.subject, detail=note.detail)
    section.tables.append(table)
    return section


def progress_summary(document: Document) -> dict[str, Any]:
    """The figures of a progress e-mail, taken from the protected report (never recomputed).

    Hidden figures are None with their note, exactly as in the report.
    """
    if document.kind != "museum":
        raise ValueError("a progress summary is made from a museum report")

    def row(table: str, key: str) -> dict[str, Any]:
        return document.table(table).row(key)

    def value(table: str, key: str, column: str = "value") -> Any:
        return row(table, key)[column]

    headline = {}
    for spec in headline_specs():
        cells = row("headline", spec.key)
        headline[spec.key] = {
            "label": spec.label,
            "value": cells["value"],
            "low": cells["low"],
            "high": cells["high"],
            "base": cells["base"],
            "note": cells["note"],
        }
    return {
        "museum": document.meta["museum"],
        "period": document.meta["period"],
        "figures_up_to": document.meta["figures_up_to"],
        "completes": value("fieldwork", "completes"),
        "target": value("fieldwork", "target"),
        "progress": value("fieldwork", "progress"),
        "status": value("fieldwork", "status"),
        "projected": value("fieldwork", "projected"),
        "margin_of_error": value("fieldwork", "margin"),
        "live": value("fieldwork", "live"),
        "headline": headline,
    }
