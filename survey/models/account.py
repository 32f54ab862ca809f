from __future__ import annotations

import datetime as dt
from typing import Any

from flask_login import UserMixin
from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, String, func, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from survey.database import one_of
from survey.extensions import db
from survey.models.museum import Museum

ROLES = ("staff", "editor", "viewer")
PORTAL_LANGUAGES = ("en", "nl", "fr")


class User(UserMixin, db.Model):
    """A museum user (editor or viewer of exactly one museum) or a member of Sento staff.

    Respondents never have accounts; nothing here relates to survey answers.
    """

    __tablename__ = "user_account"
    __table_args__ = (
        CheckConstraint(one_of("role", ROLES), name="role_known"),
        CheckConstraint(
            "(role = 'staff' AND museum_id IS NULL) OR (role <> 'staff' AND museum_id IS NOT NULL)",
            name="museum_matches_role",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Login name, stored lower-case.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    #: argon2 hash; NULL until the invitation to set a password has been accepted.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    #: The one museum an editor or viewer belongs to; NULL for staff.
    museum_id: Mapped[int | None] = mapped_column(ForeignKey("museum.id"), index=True)
    #: Interface language of the portal: en, nl or fr.
    locale: Mapped[str] = mapped_column(String(5), default="en")
    #: Periodic progress e-mails (privacy policy section 2: they can be stopped at any time).
    progress_emails: Mapped[bool] = mapped_column(default=True)
    active: Mapped[bool] = mapped_column(default=True)
    #: Part of every session cookie; raised on sign-out, a new password or deactivation, so that
    #: every earlier cookie (also a copied one) stops working at once.
    session_version: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )

    museum: Mapped[Museum | None] = relationship()

    @property
    def is_active(self) -> bool:  # Flask-Login refuses inactive accounts
        return self.active

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"

    def end_sessions(self) -> None:
        """Sign this account out everywhere; the caller's transaction commits it."""
        self.session_version = (self.session_version or 0) + 1

    @property
    def is_staff(self) -> bool:
        return self.role == "staff"

    @property
    def can_edit(self) -> bool:
        return self.role in {"staff", "editor"}

    @classmethod
    def by_email(cls, email: str):
        return select(cls).where(cls.email == email.strip().lower())

    def __repr__(self) -> str:
        return f"<User {self.email} {self.role}>"


class AuditEntry(db.Model):
    """Who changed what in the portal or staff area. Never holds respondent data."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    #: The account that acted; kept as NULL once that account is deleted.
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), index=True
    )
    #: Dotted action name, e.g. "question.approve", "user.invite", "museum.update".
    action: Mapped[str] = mapped_column(String(64))
    #: What the action was about, e.g. "question:42" or "museum:demo".
    target: Mapped[str] = mapped_column(String(120))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
