"""The publication ledger: every figure that leaves the system, as recorded releases.

A release is made by `sentomus publish` (or the scheduled job that calls the same service) for
one *series*: a museum or the whole study, counted cumulatively from a fixed origin (a wave's
first week, or the museum's first week of fieldwork). It records, for every subject (one
question's table, the responses and their languages), the population whose figures it
publishes, the published counts, and whether they are new, carried from the series' previous
release, or hidden. Reports, the portal, the staff area, the e-mails and benchmarks read
releases, never live answers. Rows are written once, in one transaction per release, and never
changed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from survey.extensions import db


class Release(db.Model):
    """One published state of one series, up to one ended ISO week."""

    __tablename__ = "release"
    __table_args__ = (
        UniqueConstraint("series", "as_of_week"),
        CheckConstraint("scope IN ('museum', 'study')", name="scope_known"),
        CheckConstraint("as_of_week >= origin_week", name="as_of_after_origin"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The series' stable name, e.g. "museum:12:wave:3", "museum:12:epoch", "study:wave:3".
    #: Unique with the week: a second job making the same release fails and changes nothing.
    series: Mapped[str] = mapped_column(String(80))
    #: "museum" or "study".
    scope: Mapped[str] = mapped_column(String(16))
    museum_id: Mapped[int | None] = mapped_column(
        ForeignKey("museum.id", ondelete="CASCADE"), index=True
    )
    #: The wave the series follows; None for a series from the museum's first fieldwork week.
    wave_id: Mapped[int | None] = mapped_column(ForeignKey("study_wave.id", ondelete="CASCADE"))
    #: Monday of the series' first week: figures are cumulative from here and it never moves.
    origin_week: Mapped[dt.date] = mapped_column(Date)
    #: Monday of the last ended week the release looked at.
    as_of_week: Mapped[dt.date] = mapped_column(Date)
    #: The day the release was made (in the survey's time zone).
    made_on: Mapped[dt.date] = mapped_column(Date)
    #: The perturbation method and table, e.g. "cellkey-1-s3-b10".
    method: Mapped[str] = mapped_column(String(32))


class ReleaseSubject(db.Model):
    """What one release did with one subject: shown (new figures), carried, or hidden."""

    __tablename__ = "release_subject"
    __table_args__ = (
        CheckConstraint("status IN ('shown', 'carried', 'hidden')", name="status_known"),
        CheckConstraint("base >= 0", name="base_not_negative"),
    )

    release_id: Mapped[int] = mapped_column(
        ForeignKey("release.id", ondelete="CASCADE"), primary_key=True
    )
    #: "responses", "core:<question code>" or "own:<question id>".
    subject: Mapped[str] = mapped_column(String(80), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    #: Respondents the published figures describe (0 when hidden).
    base: Mapped[int] = mapped_column(Integer)


class ReleasePopulation(db.Model):
    """The weeks of each museum a published subject covers (a study subject has many rows)."""

    __tablename__ = "release_population"
    __table_args__ = (CheckConstraint("last_week >= first_week", name="weeks_in_order"),)

    release_id: Mapped[int] = mapped_column(
        ForeignKey("release.id", ondelete="CASCADE"), primary_key=True
    )
    subject: Mapped[str] = mapped_column(String(80), primary_key=True)
    museum_id: Mapped[int] = mapped_column(
        ForeignKey("museum.id", ondelete="CASCADE"), primary_key=True
    )
    #: Mondays of the first and last week included.
    first_week: Mapped[dt.date] = mapped_column(Date)
    last_week: Mapped[dt.date] = mapped_column(Date)


class ReleaseCell(db.Model):
    """One published count: perturbed for answer values and languages, exact for weekly
    response counts (they say how many, not who or what)."""

    __tablename__ = "release_cell"
    __table_args__ = (CheckConstraint("count >= 0", name="count_not_negative"),)

    release_id: Mapped[int] = mapped_column(
        ForeignKey("release.id", ondelete="CASCADE"), primary_key=True
    )
    subject: Mapped[str] = mapped_column(String(80), primary_key=True)
    #: Answer value (option code, scale point, score, number band), language code, or
    #: "week:<Monday>" for the responses of one week.
    value: Mapped[str] = mapped_column(String(80), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
