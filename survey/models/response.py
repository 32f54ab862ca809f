from __future__ import annotations

import datetime as dt
import secrets
import uuid

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    SmallInteger,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from survey.extensions import db


class Response(db.Model):
    """One completed questionnaire. Deliberately nothing more than this."""

    __tablename__ = "response"
    #: Keyed by the random id only: SQLite keeps no rowid that counts submissions.
    __table_args__ = (
        CheckConstraint("record_key BETWEEN 0 AND 255", name="record_key_range"),
        {"sqlite_with_rowid": False},
    )

    #: Random (UUID4), so ids reveal neither identity nor the order of submission.
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    museum_id: Mapped[int] = mapped_column(ForeignKey("museum.id"), index=True)
    #: Language the questionnaire was answered in.
    language: Mapped[str] = mapped_column(String(5))
    #: Version of the core questionnaire that was answered.
    core_version: Mapped[int] = mapped_column(ForeignKey("core_questionnaire.version"))
    #: Date of submission only; the time of day is never stored.
    submitted_on: Mapped[dt.date] = mapped_column(Date, index=True)
    #: Random record key (0..255) for cell-key perturbation of published counts
    #: (analysis.cellkey). Drawn at submit, independent of everything else, so it reveals
    #: neither identity nor order; it is never shown.
    record_key: Mapped[int] = mapped_column(SmallInteger, default=lambda: secrets.randbelow(256))

    answers: Mapped[list[Answer]] = relationship(
        back_populates="response", cascade="all, delete-orphan", passive_deletes=True
    )


class Answer(db.Model):
    """One answer value. A multiple-choice answer is one row per chosen option (`ordinal`)."""

    __tablename__ = "answer"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN option_code IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN number IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN text IS NULL THEN 0 ELSE 1 END) = 1",
            name="exactly_one_value",
        ),
        {"sqlite_with_rowid": False},
    )

    response_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("question.id"), primary_key=True, index=True
    )
    #: 0 for single answers; 0..n-1 for the options chosen in a multiple-choice question.
    ordinal: Mapped[int] = mapped_column(SmallInteger, primary_key=True, default=0)
    #: Chosen option code (choice questions, and "na" for not applicable on a scale).
    option_code: Mapped[str | None] = mapped_column(String(64))
    #: Numeric answer (scale 1-5, NPS 0-10, bounded number).
    number: Mapped[int | None] = mapped_column(Integer)
    #: Free-text answer, scrubbed of contact details and id numbers before storage.
    text: Mapped[str | None] = mapped_column(Text)

    response: Mapped[Response] = relationship(back_populates="answers")


class SurveyStartCount(db.Model):
    """How many surveys were started per museum per day: the only write before a submit."""

    __tablename__ = "survey_start_count"
    __table_args__ = {"sqlite_with_rowid": False}

    museum_id: Mapped[int] = mapped_column(ForeignKey("museum.id"), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    starts: Mapped[int] = mapped_column(default=0)


class UsedSubmitToken(db.Model):
    """Hashes of one-time form tokens already submitted, to store a response only once.

    Holds no link to the response it belongs to and no time: `started_on` is the day (UTC) the
    survey carrying the token was started, taken from the signed page state. A state is refused
    once SURVEY_STATE_MAX_AGE has passed since that start, so every token of a day older than
    that can be purged (`survey.respond.maintenance.purge_used_tokens`).
    """

    __tablename__ = "used_submit_token"
    __table_args__ = {"sqlite_with_rowid": False}

    #: SHA-256 hex digest of the random token carried in the survey's signed page state.
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: Day bucket for the purge: the UTC date the survey was started, never a time.
    started_on: Mapped[dt.date] = mapped_column(Date, index=True)
