"""Study waves, and the weekly counts that reports read instead of millions of answer rows.

The weekly count tables hold aggregates only (how many respondents of a museum gave which
answer in which ISO week), never anything per respondent. A week is counted once, after it has
ended, and is then frozen: published figures of a week never change afterwards, so two reports
cannot be subtracted to reveal a late respondent. The analysis package fills these tables.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from survey.extensions import db


class StudyWave(db.Model):
    """A fieldwork period of the study (typically a year); a report covers one wave."""

    __tablename__ = "study_wave"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="ends_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Short name shown on reports and used on the command line, e.g. "2026".
    name: Mapped[str] = mapped_column(String(64), unique=True)
    #: First day of fieldwork. Reports count whole ISO weeks: a week belongs to the wave that
    #: contains its Thursday, as an ISO week belongs to the year that contains its Thursday.
    starts_on: Mapped[dt.date] = mapped_column(Date)
    #: Last day of fieldwork (inclusive).
    ends_on: Mapped[dt.date] = mapped_column(Date)

    def __repr__(self) -> str:
        return f"<StudyWave {self.name} {self.starts_on}..{self.ends_on}>"


class SnapshotWeek(db.Model):
    """An ISO week whose counts are frozen in the weekly count tables."""

    __tablename__ = "snapshot_week"

    #: Monday of the week.
    week: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    #: Responses of all museums submitted that week, as counted when it was frozen.
    responses: Mapped[int] = mapped_column(Integer)
    #: Date the week was counted.
    frozen_on: Mapped[dt.date] = mapped_column(Date)


class WeeklyResponseCount(db.Model):
    """Completed responses per museum, ISO week and language."""

    __tablename__ = "weekly_response_count"

    museum_id: Mapped[int] = mapped_column(
        ForeignKey("museum.id", ondelete="CASCADE"), primary_key=True
    )
    #: Monday of the ISO week (see SnapshotWeek).
    week: Mapped[dt.date] = mapped_column(
        ForeignKey("snapshot_week.week", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(5), primary_key=True)
    responses: Mapped[int] = mapped_column(Integer)
    #: Sum of the record keys of those responses (for cell-key perturbation).
    key_sum: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class WeeklyAnswerCount(db.Model):
    """How many respondents of a museum gave each answer value in an ISO week."""

    __tablename__ = "weekly_answer_count"
    __table_args__ = (
        # Covers the benchmark query (one question, a range of weeks, every museum) on its own.
        Index(
            "ix_weekly_answer_count_question_week",
            "question_id",
            "week",
            "museum_id",
            "value",
            "answers",
        ),
    )

    museum_id: Mapped[int] = mapped_column(
        ForeignKey("museum.id", ondelete="CASCADE"), primary_key=True
    )
    #: Monday of the ISO week (see SnapshotWeek).
    week: Mapped[dt.date] = mapped_column(
        ForeignKey("snapshot_week.week", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE"), primary_key=True
    )
    #: Option code, or the number as text, or "" for a free-text answer (texts are not copied).
    value: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: Respondents who gave this value (a multiple-choice respondent counts once per option).
    answers: Mapped[int] = mapped_column(Integer)
    #: Of those, how many gave it as their first (or only) answer to the question: summed over
    #: a question's values this is the number of respondents who answered the question.
    first_answers: Mapped[int] = mapped_column(Integer)
    #: Sums of the record keys of the respondents counted in `answers` and in `first_answers`
    #: (for cell-key perturbation: analysis.cellkey).
    key_sum: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    first_key_sum: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
