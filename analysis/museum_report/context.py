"""Loading what a museum report needs: the context it is built in and the published counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from sqlalchemy import Connection

from analysis import disclosure
from analysis.aggregates import Catalog, QuestionInfo, museum_texts, responses_since
from analysis.disclosure import DisclosurePolicy, MethodNotes
from analysis.measures import HEADLINE, MeasureSpec, Published
from analysis.periods import Period
from analysis.released import Released, latest_releases, released_scores, series_name
from analysis.releases import RESPONSES

NO_ANSWERS = Published(cutoff=None)


class ReportError(LookupError):
    """The report cannot be built (unknown museum, unknown wave)."""


def rating_specs(catalog: Catalog, lang: str = "en") -> list[MeasureSpec]:
    """Mean score of every core rating question, in questionnaire order."""
    codes = {
        q.code for q in catalog.questions.values() if q.is_core and q.code.startswith("rating_")
    }
    ordered = sorted(codes, key=lambda code: catalog.core(code).position)
    return [MeasureSpec(f"{c}_mean", catalog.core(c).text(lang), c, "mean") for c in ordered]


def rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(float(value), digits)


def join_notes(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def note_base(c: Context, subject: str, base: int) -> str:
    """The base status of a figure, noted when it is withheld or indicative."""
    return disclosure.note_base(c.notes, c.policy, subject, base)


def digits_of(spec: MeasureSpec) -> int:
    return 2 if spec.statistic == "mean" else 1


@dataclass
class Context:
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
class Data:
    weekly_responses: list[int]
    previous_weekly_responses: list[int]
    #: The responses per language, as released.
    languages: Published
    published: dict[str, Published]
    previous_published: dict[str, Published]
    starts: int
    live: int
    #: Per measure, (museum id, score, base) of every museum: the benchmark input.
    scores: dict[str, list[tuple[int, float, int]]]
    peer_ids: set[int]
    texts: dict[int, list[str]]


def question_key(question: QuestionInfo) -> str:
    """Core questions are reported by code across questionnaire versions, own ones by id."""
    return question.code if question.is_core else f"own:{question.id}"


def released_weeks(period: Period | None, released: Released | None) -> list[dt.date]:
    """The weeks of a period its release's response counts reach."""
    if period is None or released is None or released.responses_up_to is None:
        return []
    return [w for w in period.weeks if w <= released.responses_up_to]


def subject_of(question: QuestionInfo) -> str:
    """The release subject a question's table is published under."""
    return f"core:{question.code}" if question.is_core else f"own:{question.id}"


def load_data(
    connection: Connection,
    c: Context,
    museums: pd.DataFrame,
    current: Released | None,
    prior: Released | None,
) -> Data:
    """The report's figures, all from releases: the museum's latest release of the period, the
    final one of the previous period, and the other museums' latest ones (benchmarks). Only the
    count of responses received since the release is read live."""
    weekly = current.weekly_responses() if current else {}
    previous_weekly = prior.weekly_responses() if prior else {}
    cluster = c.museum.get("peer_cluster")
    peer_ids = (
        set(museums.loc[museums["peer_cluster"] == cluster, "id"].astype(int)) if cluster else set()
    )
    return Data(
        weekly_responses=[weekly.get(w, 0) for w in c.weeks],
        previous_weekly_responses=[previous_weekly.get(w, 0) for w in c.previous_weeks],
        languages=current.published(RESPONSES) if current else NO_ANSWERS,
        published=_published(c, current),
        previous_published=_published(c, prior),
        starts=current.starts() if current else 0,
        live=_live(connection, c, current),
        scores=_benchmark_scores(connection, c, museums),
        peer_ids=peer_ids,
        texts=_comments(connection, c, current),
    )


def _published(c: Context, released: Released | None) -> dict[str, Published]:
    if released is None:
        return {}
    return {
        question_key(q): released.published(subject_of(q)) for q in c.catalog.questions.values()
    }


def _live(connection: Connection, c: Context, current: Released | None) -> int:
    """The bare count of responses received since the release: the one live figure."""
    museum_id = int(c.museum["id"])
    released_to = current.responses_up_to if current else None
    # Before a first release, every response of the period is live (a series from the first
    # fieldwork week has no start before it).
    start = c.period.first_day if c.period.wave_id is not None else dt.date.min
    live_from = released_to + dt.timedelta(days=7) if released_to else start
    # A series from the first fieldwork week reaches up to today; a wave stops at its last day.
    live_to = c.as_of if c.period.wave_id is None else min(c.as_of, c.period.last_day)
    if live_from > live_to:
        return 0
    return responses_since(connection, live_from, live_to, museum_id).get(museum_id, 0)


def _benchmark_scores(
    connection: Connection, c: Context, museums: pd.DataFrame
) -> dict[str, list[tuple[int, float, int]]]:
    """Every museum's scores from its latest release: benchmarks move only with releases."""
    if not c.weeks:
        return {}
    specs = [*HEADLINE, *rating_specs(c.catalog)]
    names = {series_name(int(m), c.period.wave_id): int(m) for m in museums["id"]}
    others = latest_releases(connection, names, c.weeks[-1])
    return released_scores({names[name]: r for name, r in others.items()}, specs)


def _comments(connection: Connection, c: Context, current: Released | None) -> dict[int, list[str]]:
    """Comments up to the week the museum's released figures reach (rule 7), only once the
    museum's responses are released at all."""
    texts: dict[int, list[str]] = {}
    text_ids = [q.id for q in c.catalog.questions.values() if q.kind == "free_text"]
    released_to = current.responses_up_to if current else None
    if released_to is None or not text_ids or current.subjects[RESPONSES].status == "hidden":
        return texts
    last_day = released_to + dt.timedelta(days=6)
    museum_id = int(c.museum["id"])
    frame = museum_texts(connection, museum_id, text_ids, c.period.first_day, last_day)
    for question_id, text in frame.itertuples(index=False):
        texts.setdefault(int(question_id), []).append(text)
    return texts
