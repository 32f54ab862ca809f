"""Staff export of the anonymous answers, one row per stored answer value.

Museums never receive per-respondent rows (their reports are aggregated and protected); Sento
staff may export the anonymous answers for analysis. Each export is recorded in the audit log.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from flask import Response, abort, stream_with_context
from flask_login import current_user
from sqlalchemy import select

from analysis.render import spreadsheet_safe
from survey.access import staff_required
from survey.extensions import db
from survey.models import Answer, Museum, Question
from survey.models import Response as SurveyResponse
from survey.staff import blueprint
from survey.staff.services import record_answer_export

COLUMNS = (
    "response",
    "museum",
    "language",
    "core_version",
    "submitted_on",
    "question",
    "question_version",
    "ordinal",
    "option",
    "number",
    "text",
)


def answer_rows(museum_id: int | None) -> Iterator[tuple]:
    query = (
        select(
            SurveyResponse.id,
            Museum.slug,
            SurveyResponse.language,
            SurveyResponse.core_version,
            SurveyResponse.submitted_on,
            Question.code,
            Question.version,
            Answer.ordinal,
            Answer.option_code,
            Answer.number,
            Answer.text,
        )
        .join(Answer, Answer.response_id == SurveyResponse.id)
        .join(Question, Question.id == Answer.question_id)
        .join(Museum, Museum.id == SurveyResponse.museum_id)
        # Ordered by the random id: the file reveals nothing about the order of submission.
        .order_by(SurveyResponse.id, Question.position, Answer.ordinal)
    )
    if museum_id is not None:
        query = query.where(SurveyResponse.museum_id == museum_id)
    yield from db.session.execute(query.execution_options(yield_per=5000))


def csv_stream(rows: Iterator[tuple]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for count, row in enumerate(rows, start=1):
        writer.writerow([spreadsheet_safe(value) for value in row])
        if count % 1000 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _export(museum: Museum | None) -> Response:
    record_answer_export(db.session, current_user, museum)
    name = f"sentomus-answers-{museum.slug if museum else 'all'}.csv"
    return Response(
        stream_with_context(csv_stream(answer_rows(museum.id if museum else None))),
        content_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f"attachment; filename={name}",
            "Cache-Control": "no-store",
        },
    )


@blueprint.get("/museums/<int:museum_id>/answers.csv")
@staff_required
def export_museum_answers(museum_id: int):
    return _export(db.session.get(Museum, museum_id) or abort(404))


@blueprint.get("/answers.csv")
@staff_required
def export_all_answers():
    return _export(None)
