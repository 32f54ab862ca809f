"""Loading what a museum report needs: the context it is built in and the published counts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from sqlalchemy import Connection

from analysis import disclosure
from analysis.aggregates import (
    Catalog,
    QuestionInfo,
    museum_texts,
    museum_weekly_answers,
    museum_weekly_responses,
    responses_since,
    score_sums_by_museum,
    starts_per_museum,
)
from analysis.disclosure import (
    DisclosurePolicy,
    MethodNotes,
)
from analysis.measures import HEADLINE, MeasureSpec, Published, museum_scores, publish, sums_by_code
from analysis.periods import Period

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


def question_key(question: QuestionInfo) -> str:
    """Core questions are reported by code across questionnaire versions, own ones by id."""
    return question.code if question.is_core else f"own:{question.id}"


def load_data(connection: Connection, c: Context, museums: pd.DataFrame) -> Data:
    answers, responses = _weekly_counts(connection, c)
    per_week: dict[dt.date, int] = defaultdict(int)
    for week, _language, count in responses:
        per_week[week] += count
    languages = publish(
        [("languages", week, lang, n, n) for week, lang, n in responses], c.weeks, c.policy
    ).get("languages", NO_ANSWERS)
    starts, live = _starts_and_live(connection, c)
    cluster = c.museum.get("peer_cluster")
    peer_ids = (
        set(museums.loc[museums["peer_cluster"] == cluster, "id"].astype(int)) if cluster else set()
    )
    return Data(
        weekly_responses=[per_week.get(w, 0) for w in c.weeks],
        previous_weekly_responses=[per_week.get(w, 0) for w in c.previous_weeks],
        languages=languages,
        published=publish(answers, c.weeks, c.policy),
        previous_published=publish(answers, c.previous_weeks, c.policy),
        starts=starts,
        live=live,
        scores=_benchmark_scores(connection, c),
        peer_ids=peer_ids,
        texts=_comments(connection, c, languages),
    )


def _weekly_counts(
    connection: Connection, c: Context
) -> tuple[list[tuple[str, dt.date, str, int, int]], list[tuple[dt.date, str, int]]]:
    """(key, week, value, answers, first answers) and (week, language, responses) rows."""
    span = [*c.previous_weeks, *c.weeks]
    if not span:
        return [], []
    museum_id = int(c.museum["id"])
    keys = {q.id: question_key(q) for q in c.catalog.questions.values()}
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
    return answers, responses


def _starts_and_live(connection: Connection, c: Context) -> tuple[int, int]:
    """Surveys started in the counted weeks, and responses submitted since then."""
    museum_id = int(c.museum["id"])
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
    return starts, live


def _benchmark_scores(
    connection: Connection, c: Context
) -> dict[str, list[tuple[int, float, int]]]:
    if not c.weeks:
        return {}
    specs = [*HEADLINE, *rating_specs(c.catalog)]
    ids = [i for code in {s.code for s in specs} for i in c.catalog.core_ids(code)]
    rows = score_sums_by_museum(connection, ids, c.weeks[0], c.weeks[-1])
    return museum_scores(sums_by_code(rows, c.catalog.core_code_by_id()), specs)


def _comments(connection: Connection, c: Context, languages: Published) -> dict[int, list[str]]:
    texts: dict[int, list[str]] = {}
    text_ids = [q.id for q in c.catalog.questions.values() if q.kind == "free_text"]
    if languages.cutoff is not None and text_ids:
        # Comments up to the week the museum's own figures are published to (rule 6).
        last_day = languages.cutoff + dt.timedelta(days=6)
        museum_id = int(c.museum["id"])
        frame = museum_texts(connection, museum_id, text_ids, c.period.first_day, last_day)
        for question_id, text in frame.itertuples(index=False):
            texts.setdefault(int(question_id), []).append(text)
    return texts
