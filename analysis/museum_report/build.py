"""`build_museum_report`: load the published counts, then assemble the sections."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, Engine

from analysis.aggregates import load_catalog, load_museums
from analysis.disclosure import DisclosurePolicy
from analysis.document import Document
from analysis.i18n import gettext as _
from analysis.i18n import language
from analysis.method import method_section, report_meta, report_subtitle
from analysis.museum_report.benchmarks import benchmark_section
from analysis.museum_report.breakdowns import profile_section
from analysis.museum_report.comments import comments_section
from analysis.museum_report.context import Context, Data, ReportError, load_data, released_weeks
from analysis.museum_report.fieldwork import fieldwork_section
from analysis.museum_report.own import own_section
from analysis.museum_report.scores import collect_measures, headline_section, ratings_section
from analysis.periods import last_completed_week, list_waves, resolve_periods
from analysis.released import latest_release, since_first_week
from analysis.schema import connect


def build_museum_report(
    bind: Engine | Connection,
    museum_id: int,
    wave_id: int | None = None,
    as_of: dt.date | None = None,
    policy: DisclosurePolicy | None = None,
    lang: str = "en",
) -> Document:
    """The progress report of one museum for one wave (default: the current wave).

    `bind` is an Engine or a Connection; nothing is written. `as_of` is the reporting date, today
    by default; figures are those of the museum's latest release made up to the last week that
    ended before it (`analysis.releases.publish_releases`). `lang` is the language of the whole
    report: its own words, question and option labels, numbers and dates.
    """
    with language(lang) as code:
        return _build(bind, museum_id, wave_id, as_of, policy, code)


def _build(
    bind: Engine | Connection,
    museum_id: int,
    wave_id: int | None,
    as_of: dt.date | None,
    policy: DisclosurePolicy | None,
    lang: str,
) -> Document:
    as_of = as_of or dt.date.today()
    up_to = last_completed_week(as_of)
    with connect(bind) as connection:
        period, previous = resolve_periods(list_waves(connection), as_of, wave_id)
        museums = load_museums(connection)
        match = museums[museums["id"] == museum_id]
        if match.empty:
            raise ReportError(f"no museum with id {museum_id}")
        current = latest_release(connection, museum_id, period.wave_id, up_to)
        prior = None
        if period.wave_id is None:
            # Without waves, figures are cumulative from the museum's first fieldwork week.
            period = since_first_week(current.origin_week if current else None, up_to)
            previous = None
        elif previous is not None:
            prior = latest_release(connection, museum_id, previous.wave_id, up_to)
        context = Context(
            museum=match.iloc[0].to_dict(),
            catalog=load_catalog(connection, museum_id),
            policy=policy or DisclosurePolicy(),
            lang=lang,
            period=period,
            previous=previous,
            as_of=as_of,
            weeks=released_weeks(period, current),
            previous_weeks=released_weeks(previous, prior),
        )
        data = load_data(connection, context, museums, current, prior)
    return assemble(context, data)


def assemble(c: Context, d: Data) -> Document:
    museum = c.museum
    snapshot_end = c.snapshot + dt.timedelta(days=6) if c.snapshot else None
    document = Document(
        kind="museum",
        title=_("%(museum)s: visitor survey progress report", museum=museum["name"]),
        subtitle=report_subtitle(c.period, snapshot_end),
        generated_on=c.as_of,
        policy=c.policy,
        meta={
            "museum": {"id": int(museum["id"]), "slug": museum["slug"], "name": museum["name"]},
            "peer_cluster": museum.get("peer_cluster"),
            **report_meta(c.period, c.previous, snapshot_end, c.as_of, c.policy),
        },
        lang=c.lang,
    )
    measures = collect_measures(c, d)
    document.sections += [
        fieldwork_section(c, d),
        headline_section(c, d, measures),
        ratings_section(c, d),
        profile_section(c, d),
        benchmark_section(c, measures),
        own_section(c, d),
        comments_section(c, d),
    ]
    document.sections.append(method_section(c.policy, c.period, c.notes))
    document.notes = list(c.notes.notes)
    return document
