"""Realistic anonymous responses, generated column-wise with numpy and bulk-written.

Rows are written with the driver's bulk path (executemany on SQLite, COPY on PostgreSQL), so
100,000 responses take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from itertools import repeat

import numpy as np
from sqlalchemy.orm import Session

from survey.database import upsert_increment
from survey.demo.content import (
    CHOICE_WEIGHTS,
    COUNTRY_WEIGHTS,
    HOME_COUNTRY,
    HOME_SHARE,
    NA_RATE,
    SAMPLE_COMMENTS,
    SKIP_RATE,
)
from survey.models import Museum, SurveyStartCount
from survey.respond.flow import Survey, load_survey

#: Responses generated per numpy batch.
CHUNK = 20_000


def generate_responses(
    session: Session,
    museums: list[Museum],
    total: int,
    rng: np.random.Generator,
    weeks: int = 16,
    today: dt.date | None = None,
) -> None:
    """Insert `total` synthetic responses spread over the museums and the last `weeks` weeks."""
    today = today or dt.date.today()
    weights = rng.gamma(2.0, 1.0, size=len(museums))
    weights[0] = max(weights[0], weights.mean())  # the demo museum always has a fair share
    per_museum = rng.multinomial(total, weights / weights.sum())
    writer = _BulkWriter(session)
    for museum, count in zip(museums, per_museum, strict=True):
        if not count:
            continue
        survey = load_survey(session, museum)
        quality = rng.normal(3.9, 0.35)
        for start in range(0, int(count), CHUNK):
            size = min(CHUNK, int(count) - start)
            _generate_chunk(writer, survey, size, quality, rng, weeks, today)
    writer.close()


def _dates(rng: np.random.Generator, size: int, weeks: int, today: dt.date) -> np.ndarray:
    # More answers in recent weeks and at weekends, as fieldwork ramps up.
    offsets = (weeks * 7 * (1 - rng.power(1.3, size))).astype(int)
    days = np.array([today - dt.timedelta(days=int(o)) for o in range(weeks * 7 + 1)])
    weekend = np.array([d.weekday() >= 5 for d in days])
    shift = np.where(weekend[offsets] | (rng.random(size) < 0.6), 0, 1)
    return days[np.clip(offsets + shift, 0, weeks * 7)]


def _generate_chunk(writer, survey: Survey, size: int, quality: float, rng, weeks, today) -> None:
    museum = survey.museum
    response_ids = [uuid.UUID(bytes=rng.bytes(16), version=4) for _ in range(size)]
    lang_weights = np.array(
        [0.7] + [0.3 / max(1, len(museum.languages) - 1)] * (len(museum.languages) - 1)
    )
    langs = rng.choice(museum.languages, size=size, p=lang_weights / lang_weights.sum())
    dates = _dates(rng, size, weeks, today)
    writer.responses(
        zip(
            response_ids,
            repeat(museum.id),
            langs.tolist(),
            repeat(survey.core.version),
            dates.tolist(),
            # Record keys for cell-key perturbation, drawn as at submit.
            rng.integers(0, 256, size).tolist(),
        )
    )
    latent = quality + rng.normal(0, 0.8, size)
    answered: dict[str, np.ndarray] = {}
    for page in survey.pages:
        for question in page.questions:
            _answer_question(writer, survey, question, response_ids, latent, langs, answered, rng)
    starts = {}
    for day in dates.tolist():
        starts[day] = starts.get(day, 0) + 1
    writer.starts(museum.id, starts, rng)


def _answer_question(writer, survey, question, response_ids, latent, langs, answered, rng) -> None:
    size = len(response_ids)
    mask = rng.random(size) >= (0 if question.required else SKIP_RATE)
    condition = (question.settings or {}).get("show_if")
    if condition:
        parent = answered.get(condition["question"])
        if parent is None:
            return
        mask &= np.isin(parent, condition["in"])
    answer = _ANSWERS.get(question.kind)
    if answer is not None:
        batch = _Batch(survey, question, np.array(response_ids, dtype=object), mask, latent, langs)
        writer.answers(answer(batch, answered, rng))


class _Batch:
    """One question's answers for one chunk of respondents; `mask` marks who answers."""

    def __init__(self, survey: Survey, question, ids, mask, latent, langs) -> None:
        self.survey, self.question = survey, question
        self.qid, self.ids, self.mask = question.id, ids, mask
        self.latent, self.langs = latent, langs
        self.size = len(ids)
        self.codes = [o.code for o in question.options]

    def numbers(self, values):
        return (
            (rid, self.qid, 0, None, int(v), None)
            for rid, v in zip(self.ids[self.mask], values[self.mask], strict=True)
        )


def _single_choice(batch: _Batch, answered, rng):
    question, codes = batch.question, batch.codes
    table = CHOICE_WEIGHTS.get(question.code, {})
    if question.code == "country":
        table = _country_weights(batch.survey.museum.languages[0])
    p = np.array([table.get(c, 1.0 if not table else 0.0) for c in codes], dtype=float)
    p = p / p.sum() if p.sum() else np.full(len(codes), 1 / len(codes))
    values = rng.choice(codes, size=batch.size, p=p)
    answered[question.code] = np.where(batch.mask, values, None)
    return (
        (rid, batch.qid, 0, code, None, None)
        for rid, code in zip(batch.ids[batch.mask], values[batch.mask].tolist(), strict=True)
    )


def _multiple_choice(batch: _Batch, answered, rng):
    codes = batch.codes
    chosen = rng.random((batch.size, len(codes))) < 0.28
    chosen[np.arange(batch.size), rng.integers(0, len(codes), batch.size)] = True
    return (
        (rid, batch.qid, i, codes[j], None, None)
        for rid, row in zip(batch.ids[batch.mask], chosen[batch.mask], strict=True)
        for i, j in enumerate(np.flatnonzero(row))
    )


def _scale(batch: _Batch, answered, rng):
    question, size = batch.question, batch.size
    values = np.clip(np.rint(batch.latent + rng.normal(0, 0.7, size)), 1, 5).astype(int)
    na = (
        rng.random(size) < NA_RATE.get(question.code, 0)
        if question.settings.get("allow_na")
        else np.zeros(size, bool)
    )
    return (
        (rid, batch.qid, 0, "na", None, None) if is_na else (rid, batch.qid, 0, None, int(v), None)
        for rid, v, is_na in zip(
            batch.ids[batch.mask], values[batch.mask], na[batch.mask], strict=True
        )
    )


def _nps(batch: _Batch, answered, rng):
    noise = rng.normal(0, 1.3, batch.size)
    return batch.numbers(np.clip(np.rint((batch.latent - 1) * 2.4 + noise), 0, 10).astype(int))


def _number(batch: _Batch, answered, rng):
    settings = batch.question.settings
    low, high = int(settings.get("min", 0)), int(settings.get("max", 20))
    return batch.numbers(np.clip(rng.poisson(4, batch.size), low, high))


def _free_text(batch: _Batch, answered, rng):
    mask = batch.mask & (rng.random(batch.size) < 0.1)
    picks = rng.integers(0, 3, batch.size)[mask]
    return (
        (rid, batch.qid, 0, None, None, SAMPLE_COMMENTS[lang][int(k)])
        for rid, lang, k in zip(batch.ids[mask], batch.langs[mask].tolist(), picks, strict=True)
    )


#: How each question kind is answered.
_ANSWERS = {
    "single_choice": _single_choice,
    "multiple_choice": _multiple_choice,
    "scale": _scale,
    "nps": _nps,
    "number": _number,
    "free_text": _free_text,
}


class _BulkWriter:
    """Buffers rows and writes them through the fastest path the database driver offers."""

    ANSWER_COLUMNS = "response_id, question_id, ordinal, option_code, number, text"

    #: Answer rows collected before one bulk write (one call per row group is far slower).
    BATCH = 50_000

    def __init__(self, session: Session):
        self.session = session
        self.dialect = session.get_bind().dialect.name
        self.raw = session.connection().connection.driver_connection
        self.pending_answers: list[tuple] = []
        if self.dialect == "sqlite":
            # A bigger page cache keeps the answer indexes in memory during the bulk load.
            self.raw.execute("PRAGMA cache_size=-262144")

    def _uuid(self, value: uuid.UUID):
        return value.hex if self.dialect == "sqlite" else value

    def responses(self, rows) -> None:
        rows = [(self._uuid(r[0]), *r[1:]) for r in rows]
        self._write(
            "response", "id, museum_id, language, core_version, submitted_on, record_key", rows
        )

    def answers(self, rows) -> None:
        self.pending_answers.extend((self._uuid(r[0]), *r[1:]) for r in rows)
        if len(self.pending_answers) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Write buffered answers; their responses are always written before them."""
        self._write("answer", self.ANSWER_COLUMNS, self.pending_answers)
        self.pending_answers = []

    def starts(self, museum_id: int, per_day: dict, rng) -> None:
        # Roughly one in five visitors who start does not finish.
        for day, completes in per_day.items():
            extra = int(rng.binomial(max(1, completes), 0.22))
            upsert_increment(
                self.session,
                SurveyStartCount.__table__,
                {"museum_id": museum_id, "day": day},
                "starts",
                completes + extra,
            )

    def _write(self, table: str, columns: str, rows: list) -> None:
        if not rows:
            return
        if self.dialect == "postgresql":
            with (
                self.raw.cursor() as cursor,
                cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" * len(columns.split(",")))
            self.raw.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)  # noqa: S608

    def close(self) -> None:
        self.flush()
        self.session.flush()


def _country_weights(main_language: str) -> dict[str, float]:
    weights = dict(COUNTRY_WEIGHTS)
    weights[HOME_COUNTRY.get(main_language, "NL")] = HOME_SHARE
    return weights
