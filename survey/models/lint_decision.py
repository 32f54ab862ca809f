"""Staff decisions on questions the linter flagged, kept as labelled examples for the linter."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, CheckConstraint, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from survey.extensions import db

LINT_DECISIONS = ("approved", "returned")


class LintDecision(db.Model):
    """One language version of a flagged own question with what Sento staff decided on it.

    Question texts only: no respondent data, and neither the museum nor the staff member, so the
    examples can be exported to evaluate the linter without telling who wrote or judged them.
    """

    __tablename__ = "lint_decision"
    __table_args__ = (
        CheckConstraint(
            "decision IN ('approved', 'returned')", name="decision_is_approved_or_returned"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: "approved" (staff let the question go live) or "returned" (sent back with a note).
    decision: Mapped[str] = mapped_column(String(16))
    #: The day of the decision (no time of day).
    decided_on: Mapped[dt.date] = mapped_column(Date)
    #: Language of this version of the question.
    lang: Mapped[str] = mapped_column(String(8))
    #: The question's answer type ("single_choice", "free_text", ...).
    kind: Mapped[str] = mapped_column(String(32))
    #: The question text, help text and option labels in this language, as judged.
    text: Mapped[str] = mapped_column(Text)
    help_text: Mapped[str] = mapped_column(Text, default="")
    options: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: The linter's verdict and finding codes for this language at the time of the decision.
    verdict: Mapped[str] = mapped_column(String(8))
    codes: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: The note sent to the museum with a returned question; empty for an approval.
    note: Mapped[str] = mapped_column(Text, default="")
