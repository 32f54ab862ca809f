"""Aggregates loaded through SQL: GROUP BY counts from the weekly snapshot tables.

Nothing here reads respondent rows into Python except the open comments of one museum, which
are shown as a list anyway. Counts come back as small DataFrames, one row per group.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Integer, case, cast, func, or_, select

from analysis.schema import (
    answer,
    core_questionnaire,
    museum,
    question,
    question_option,
    response,
    survey_start_count,
    weekly_answer_count,
    weekly_response_count,
)


def frame(rows: Iterable[Sequence[Any]], columns: list[str]) -> pd.DataFrame:
    """A DataFrame from result rows, built column-wise (pandas probes Row objects slowly)."""
    values = list(zip(*rows, strict=True))
    if not values:
        return pd.DataFrame({name: [] for name in columns})
    return pd.DataFrame(dict(zip(columns, values, strict=True)))


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    code: str
    kind: str
    section: str
    position: int
    status: str
    version: int
    museum_id: int | None
    texts: dict[str, str]
    settings: dict[str, Any]
    #: (code, labels per language) in questionnaire order.
    options: tuple[tuple[str, dict[str, str]], ...] = ()

    @property
    def is_core(self) -> bool:
        return self.museum_id is None

    def text(self, lang: str = "en") -> str:
        return self.texts.get(lang) or self.texts.get("en") or next(iter(self.texts.values()), "")

    def option_label(self, code: str, lang: str = "en") -> str:
        for option_code, labels in self.options:
            if option_code == code:
                return labels.get(lang) or labels.get("en") or code
        return code


@dataclass
class Catalog:
    """Questions a report may show: the core questions of every version and one museum's own."""

    questions: dict[int, QuestionInfo]
    #: Labels shared by scale questions, from the latest core questionnaire document.
    scales: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    not_applicable: dict[str, str] = field(default_factory=dict)

    def core_ids(self, code: str) -> list[int]:
        return [q.id for q in self.questions.values() if q.is_core and q.code == code]

    def core(self, code: str) -> QuestionInfo | None:
        """The latest version of a core question."""
        versions = [q for q in self.questions.values() if q.is_core and q.code == code]
        return max(versions, key=lambda q: q.id) if versions else None

    def core_code_by_id(self) -> dict[int, str]:
        return {q.id: q.code for q in self.questions.values() if q.is_core}

    def own(self) -> list[QuestionInfo]:
        own = [q for q in self.questions.values() if not q.is_core]
        return sorted(own, key=lambda q: (q.position, q.code, q.version))

    def scale_labels(self, question: QuestionInfo, lang: str = "en") -> list[str]:
        labels = self.scales.get(question.settings.get("scale", "quality"), [])
        return [item.get(lang) or item.get("en", "") for item in labels] or [
            str(v) for v in range(1, 6)
        ]


def load_catalog(connection: Connection, museum_id: int | None = None) -> Catalog:
    owner = question.c.museum_id.is_(None)
    if museum_id is not None:
        owner = or_(owner, question.c.museum_id == museum_id)
    rows = connection.execute(select(question).where(owner)).all()
    ids = [r.id for r in rows]
    options: dict[int, list[tuple[int, str, dict[str, str]]]] = {}
    if ids:
        for o in connection.execute(
            select(
                question_option.c.question_id,
                question_option.c.code,
                question_option.c.position,
                question_option.c.labels,
            ).where(question_option.c.question_id.in_(ids))
        ):
            options.setdefault(o.question_id, []).append((o.position, o.code, o.labels or {}))
    questions = {
        r.id: QuestionInfo(
            id=r.id,
            code=r.code,
            kind=r.kind,
            section=r.section,
            position=r.position,
            status=r.status,
            version=r.version,
            museum_id=r.museum_id,
            texts=r.texts or {},
            settings=r.settings or {},
            options=tuple((code, labels) for _, code, labels in sorted(options.get(r.id, []))),
        )
        for r in rows
    }
    document = connection.execute(
        select(core_questionnaire.c.document).order_by(core_questionnaire.c.version.desc()).limit(1)
    ).scalar()
    document = document or {}
    return Catalog(
        questions=questions,
        scales=document.get("scales", {}),
        not_applicable=document.get("not_applicable", {}),
    )


def load_museums(connection: Connection) -> pd.DataFrame:
    rows = connection.execute(
        select(
            museum.c.id,
            museum.c.slug,
            museum.c.name,
            museum.c.languages,
            museum.c.target_sample_size.label("target"),
            museum.c.active,
            museum.c.peer_cluster,
        ).order_by(museum.c.name, museum.c.id)
    ).all()
    return frame(rows, ["id", "slug", "name", "languages", "target", "active", "peer_cluster"])


def museum_weekly_answers(
    connection: Connection, museum_id: int, first: dt.date, last: dt.date
) -> pd.DataFrame:
    """Answer counts of one museum per week, question and value (frozen weeks only)."""
    t = weekly_answer_count
    rows = connection.execute(
        select(t.c.week, t.c.question_id, t.c.value, t.c.answers, t.c.first_answers).where(
            t.c.museum_id == museum_id, t.c.week.between(first, last)
        )
    ).all()
    return frame(rows, ["week", "question_id", "value", "answers", "first_answers"])


def museum_weekly_responses(
    connection: Connection, museum_id: int | None, first: dt.date, last: dt.date
) -> pd.DataFrame:
    """Responses per week and language, for one museum or (museum_id None) per museum."""
    t = weekly_response_count
    query = select(t.c.museum_id, t.c.week, t.c.language, t.c.responses).where(
        t.c.week.between(first, last)
    )
    if museum_id is not None:
        query = query.where(t.c.museum_id == museum_id)
    rows = connection.execute(query).all()
    return frame(rows, ["museum_id", "week", "language", "responses"])


def responses_per_week(
    connection: Connection, first: dt.date, last: dt.date
) -> list[tuple[int, dt.date, int]]:
    """(museum id, week, responses) for every museum over frozen weeks, languages summed."""
    t = weekly_response_count
    rows = connection.execute(
        select(t.c.museum_id, t.c.week, func.sum(t.c.responses))
        .where(t.c.week.between(first, last))
        .group_by(t.c.museum_id, t.c.week)
    )
    return [tuple(row) for row in rows]


def starts_per_museum(
    connection: Connection, museum_id: int | None, first: dt.date, last: dt.date
) -> pd.DataFrame:
    """Survey starts per museum over a date range (the drop-off counter written on page one)."""
    t = survey_start_count
    query = (
        select(t.c.museum_id, func.sum(t.c.starts).label("starts"))
        .where(t.c.day.between(first, last))
        .group_by(t.c.museum_id)
    )
    if museum_id is not None:
        query = query.where(t.c.museum_id == museum_id)
    return frame(connection.execute(query).all(), ["museum_id", "starts"])


def responses_since(
    connection: Connection, first: dt.date, last: dt.date, museum_id: int | None = None
) -> dict[int, int]:
    """Live response counts of the weeks not yet frozen (the running week): counts only."""
    query = (
        select(response.c.museum_id, func.count())
        .where(response.c.submitted_on.between(first, last))
        .group_by(response.c.museum_id)
    )
    if museum_id is not None:
        query = query.where(response.c.museum_id == museum_id)
    return {museum_id: count for museum_id, count in connection.execute(query)}


def score_sums_by_museum(
    connection: Connection, question_ids: Sequence[int], first: dt.date, last: dt.date
) -> list[tuple[int, int, int, int, int, int, int, int]]:
    """Per museum and question over frozen weeks: the sums every score is computed from.

    (museum id, question id, answers, sum of values, sum of squared values, promoters (9-10),
    detractors (0-6), top two boxes (4-5)); only numeric answers 0-10 count, "na" does not.
    """
    if not question_ids:
        return []
    t = weekly_answer_count
    number = case(
        (t.c.value.in_([str(v) for v in range(11)]), cast(t.c.value, Integer)), else_=None
    )

    def answers_where(condition):
        return func.sum(case((condition, t.c.answers), else_=0))

    rows = connection.execute(
        select(
            t.c.museum_id,
            t.c.question_id,
            answers_where(number.is_not(None)),
            func.coalesce(func.sum(number * t.c.answers), 0),
            func.coalesce(func.sum(number * number * t.c.answers), 0),
            answers_where(number >= 9),
            answers_where(number <= 6),
            answers_where(number >= 4),
        )
        .where(t.c.question_id.in_(list(question_ids)), t.c.week.between(first, last))
        .group_by(t.c.museum_id, t.c.question_id)
    )
    return [tuple(int(v) for v in row) for row in rows]


def museum_texts(
    connection: Connection,
    museum_id: int,
    question_ids: Iterable[int],
    first: dt.date,
    last: dt.date,
) -> pd.DataFrame:
    """Free-text answers of one museum (already scrubbed at storage), without dates or ids."""
    ids = list(question_ids)
    if not ids:
        return frame([], ["question_id", "text"])
    rows = connection.execute(
        select(answer.c.question_id, answer.c.text)
        .select_from(response.join(answer, answer.c.response_id == response.c.id))
        .where(
            response.c.museum_id == museum_id,
            response.c.submitted_on.between(first, last),
            answer.c.question_id.in_(ids),
            answer.c.text.is_not(None),
        )
    ).all()
    return frame(rows, ["question_id", "text"])
