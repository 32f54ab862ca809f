from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from survey.database import one_of
from survey.extensions import db

QUESTION_STATUSES = ("draft", "pending", "active", "retired")


class CoreQuestionnaire(db.Model):
    """One loaded version of the shared core questionnaire.

    The question rows hold what answers refer to; `document` keeps the parts that are not
    questions (section titles, scale labels, anchors) exactly as loaded.
    """

    __tablename__ = "core_questionnaire"

    #: Version number from the questionnaire file; a changed file must carry a new version.
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: The validated questionnaire document as loaded, including every question.
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: SHA-256 of the canonical document, to tell an identical reload from an edited file.
    checksum: Mapped[str] = mapped_column(String(64))


class Question(db.Model):
    """A core question (museum_id NULL) or one of a museum's own questions."""

    __tablename__ = "question"
    __table_args__ = (
        CheckConstraint(
            "(museum_id IS NULL AND core_version IS NOT NULL)"
            " OR (museum_id IS NOT NULL AND core_version IS NULL)",
            name="core_or_museum",
        ),
        CheckConstraint(one_of("status", QUESTION_STATUSES), name="status_known"),
        CheckConstraint("version >= 1", name="version_positive"),
        Index(
            "uq_question_core_code",
            "core_version",
            "code",
            unique=True,
            sqlite_where=text("museum_id IS NULL"),
            postgresql_where=text("museum_id IS NULL"),
        ),
        Index(
            "uq_question_museum_code_version",
            "museum_id",
            "code",
            "version",
            unique=True,
            sqlite_where=text("museum_id IS NOT NULL"),
            postgresql_where=text("museum_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Owning museum; NULL for questions of the core questionnaire.
    museum_id: Mapped[int | None] = mapped_column(ForeignKey("museum.id"), index=True)
    #: Core questionnaire version this question belongs to; NULL for museum questions.
    core_version: Mapped[int | None] = mapped_column(ForeignKey("core_questionnaire.version"))
    #: Stable code, the same across versions of a question and across languages.
    code: Mapped[str] = mapped_column(String(64))
    #: Section code; museum questions live in the section "museum".
    section: Mapped[str] = mapped_column(String(64))
    #: Question kind, a key of the question-kind registry (survey.questions).
    kind: Mapped[str] = mapped_column(String(32))
    required: Mapped[bool] = mapped_column(default=False)
    #: Order within the questionnaire (core) or within the museum's own questions.
    position: Mapped[int] = mapped_column(default=0)
    #: draft, pending (awaiting staff approval), active (shown to respondents) or retired.
    status: Mapped[str] = mapped_column(String(16), default="active")
    #: Increases when an answered question is edited: stored answers keep their text.
    version: Mapped[int] = mapped_column(default=1)
    #: Question text per language code.
    texts: Mapped[dict[str, str]] = mapped_column(JSON)
    #: Optional help text per language code.
    help_texts: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    #: Kind-specific settings: scale, allow_na, min, max, max_length, show_if.
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    options: Mapped[list[QuestionOption]] = relationship(
        back_populates="question",
        order_by="QuestionOption.position",
        cascade="all, delete-orphan",
        lazy="selectin",
    )

    @property
    def is_core(self) -> bool:
        return self.museum_id is None

    def text_in(self, lang: str, fallback: str = "en") -> str:
        return self.texts.get(lang) or self.texts.get(fallback) or next(iter(self.texts.values()))

    def help_in(self, lang: str, fallback: str = "en") -> str:
        helps = self.help_texts or {}
        return helps.get(lang) or helps.get(fallback) or ""

    def __repr__(self) -> str:
        owner = f"museum {self.museum_id}" if self.museum_id else f"core v{self.core_version}"
        return f"<Question {self.code} ({owner})>"


class QuestionOption(db.Model):
    """An answer option; its code is what answers store, whatever the respondent's language."""

    __tablename__ = "question_option"
    __table_args__ = (UniqueConstraint("question_id", "code", name="uq_question_option_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id", ondelete="CASCADE"))
    #: Language-independent code stored in answers (e.g. "first", "NL-UT").
    code: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(default=0)
    #: Label per language code.
    labels: Mapped[dict[str, str]] = mapped_column(JSON)

    question: Mapped[Question] = relationship(back_populates="options")

    def label_in(self, lang: str, fallback: str = "en") -> str:
        return self.labels.get(lang) or self.labels.get(fallback) or self.code
