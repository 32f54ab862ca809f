"""A museum's own questions: saved only through the personal-data linter, versioned once answered.

Rules every service here keeps:

- Every text, help text and answer option, in every language the museum offers, passes
  ``lint_question``. A rejection stores nothing; a warning stores the question as ``pending``
  (not asked until Sento staff approve it); a clean question goes ``active`` at once.
- A question that has answers is never rewritten: editing it retires that row and adds a new
  row with the same code and the next version, so every stored answer keeps the text it answered.
- Questions that are live or awaiting approval together stay within the museum's limit
  (``MAX_ACTIVE_OWN_QUESTIONS``); approving checks the live ones again.
- A museum has at most one row per code that is not retired: the current version.

Each service owns its transaction (one commit) and records what happened in the audit log.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Select, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from survey.accounts.services import audit
from survey.models import Answer, AuditEntry, Museum, Question, QuestionOption, User
from survey.privacy.linter import OK, REJECT, WARN, Finding, lint_question
from survey.questions.kinds import get_kind

OWN_SECTION = "museum"
#: Codes of questions and options: stable across versions and languages, safe in exports.
CODE_PATTERN = re.compile(r"^[a-z0-9_]{1,64}$")
#: Statuses that take one of the museum's question slots.
SLOT_STATUSES = ("active", "pending")
#: Statuses of a question's current version (anything but retired).
CURRENT_STATUSES = ("draft", "pending", "active")
_RANK = {OK: 0, WARN: 1, REJECT: 2}


# ------------------------------------------------------------------------------------- input


@dataclass
class OptionDraft:
    code: str
    #: Label per language code.
    labels: dict[str, str]


@dataclass
class QuestionDraft:
    """What an editor submitted for a question, before the linter has seen it."""

    kind: str
    #: Question text per language code.
    texts: dict[str, str]
    help_texts: dict[str, str] = field(default_factory=dict)
    options: list[OptionDraft] = field(default_factory=list)
    #: Kind settings: min/max (number), max_length (free_text), max_choices (multiple_choice),
    #: scale/allow_na (scale).
    settings: dict[str, Any] = field(default_factory=dict)
    required: bool = False
    #: Wanted code of a new question; None lets the service choose one. Ignored on edits.
    code: str | None = None

    def check(self, languages: Sequence[str]) -> None:
        """Refuse drafts the portal form never produces; the form gives the friendly messages."""
        kind = get_kind(self.kind)
        missing = [lang for lang in languages if not (self.texts.get(lang) or "").strip()]
        if missing:
            raise ValueError(f"question text missing in {', '.join(missing)}")
        if self.code is not None and not CODE_PATTERN.match(self.code):
            raise ValueError(f"invalid question code {self.code!r}")
        if not kind.has_options:
            return
        codes = [option.code for option in self.options]
        if len(codes) < 2:
            raise ValueError("a choice question needs at least two options")
        if len(set(codes)) != len(codes) or not all(CODE_PATTERN.match(c) for c in codes):
            raise ValueError("option codes must be unique lowercase letters, digits, underscores")
        for option in self.options:
            if any(not (option.labels.get(lang) or "").strip() for lang in languages):
                raise ValueError(f"option {option.code!r} lacks a label")


# ------------------------------------------------------------------------------------ linting


@dataclass(frozen=True)
class LanguageFinding:
    """A linter finding together with the language of the field it was found in."""

    lang: str
    finding: Finding

    @property
    def field(self) -> str:
        """ "text", "help" or "option:<index>" (index among the question's options)."""
        return self.finding.field

    @property
    def option_index(self) -> int | None:
        if self.field.startswith("option:"):
            return int(self.field.split(":", 1)[1])
        return None


@dataclass(frozen=True)
class LintReport:
    verdict: str
    findings: tuple[LanguageFinding, ...] = ()

    @property
    def rejected(self) -> bool:
        return self.verdict == REJECT

    @property
    def status(self) -> str:
        """Where a question with this report goes: awaiting approval, or live."""
        return "pending" if self.verdict == WARN else "active"


def lint_draft(draft: QuestionDraft, languages: Sequence[str], *, locale: str | None) -> LintReport:
    """Lint the text, help text and every option of `draft` in each of `languages`."""
    has_options = get_kind(draft.kind).has_options
    verdict = OK
    findings: list[LanguageFinding] = []
    for lang in languages:
        result = lint_question(
            draft.texts.get(lang, ""),
            options=[o.labels.get(lang, "") for o in draft.options] if has_options else (),
            help_text=draft.help_texts.get(lang, ""),
            lang=lang,
            kind=draft.kind,
            locale=locale,
        )
        if _RANK[result.verdict] > _RANK[verdict]:
            verdict = result.verdict
        findings.extend(LanguageFinding(lang, finding) for finding in result.findings)
    return LintReport(verdict, tuple(findings))


def draft_of(question: Question) -> QuestionDraft:
    """A stored question as a draft: what the edit form starts from and what staff re-lint."""
    return QuestionDraft(
        kind=question.kind,
        texts=dict(question.texts),
        help_texts=dict(question.help_texts or {}),
        options=[OptionDraft(o.code, dict(o.labels)) for o in question.options],
        settings=dict(question.settings or {}),
        required=question.required,
        code=question.code,
    )


def lint_stored(question: Question, languages: Sequence[str], *, locale: str | None) -> LintReport:
    return lint_draft(draft_of(question), languages, locale=locale)


# ------------------------------------------------------------------------------------- errors


class OwnQuestionError(Exception):
    """A change to an own question that the rules refuse; nothing was stored."""


class LintRejected(OwnQuestionError):
    def __init__(self, report: LintReport):
        super().__init__("the personal-data linter rejected the question")
        self.report = report


class QuestionLimitReached(OwnQuestionError):
    def __init__(self, limit: int):
        super().__init__(f"at most {limit} questions may be live or awaiting approval")
        self.limit = limit


class CodeTaken(OwnQuestionError):
    def __init__(self, code: str):
        super().__init__(f"the code {code!r} is already used")
        self.code = code


class NotCurrent(OwnQuestionError):
    """The question is retired (possibly replaced by a newer version) and cannot change."""


class NotPending(OwnQuestionError):
    """Only questions awaiting approval can be approved or returned."""


class ConcurrentChange(OwnQuestionError):
    """Someone else changed the same question at the same moment."""


@dataclass(frozen=True)
class SaveOutcome:
    question: Question
    report: LintReport
    #: True when the edited question had answers and a new version was created.
    new_version: bool = False


# ------------------------------------------------------------------------------------ queries


def current_questions(museum_id: int) -> Select[tuple[Question]]:
    """The museum's questions that are not retired, in survey order."""
    return (
        select(Question)
        .where(Question.museum_id == museum_id, Question.status.in_(CURRENT_STATUSES))
        .order_by(Question.position, Question.id)
    )


def retired_questions(museum_id: int) -> Select[tuple[Question]]:
    return (
        select(Question)
        .where(Question.museum_id == museum_id, Question.status == "retired")
        .order_by(Question.code, Question.version.desc())
    )


def pending_questions() -> Select[tuple[Question]]:
    """Questions of every museum awaiting staff approval, oldest first."""
    return (
        select(Question)
        .where(Question.museum_id.is_not(None), Question.status == "pending")
        .order_by(Question.id)
    )


def has_answers(session: Session, question_id: int) -> bool:
    return bool(session.scalar(select(exists().where(Answer.question_id == question_id))))


def answer_counts(session: Session, question_ids: Iterable[int]) -> dict[int, int]:
    """How many responses answered each question."""
    ids = list(question_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Answer.question_id, func.count(func.distinct(Answer.response_id)))
        .where(Answer.question_id.in_(ids))
        .group_by(Answer.question_id)
    )
    return {question_id: count for question_id, count in rows}


def review_notes(session: Session, question_ids: Iterable[int]) -> dict[int, str]:
    """The latest note staff wrote when returning each question, from the audit log."""
    targets = {f"question:{question_id}": question_id for question_id in question_ids}
    if not targets:
        return {}
    notes: dict[int, str] = {}
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.action == "question.reject", AuditEntry.target.in_(targets))
        .order_by(AuditEntry.id)
    )
    for entry in entries:
        notes[targets[entry.target]] = (entry.details or {}).get("note", "")
    return notes


def _slots_taken(
    session: Session, museum_id: int, statuses: Sequence[str], *, besides: int | None
) -> int:
    query = select(func.count()).where(
        Question.museum_id == museum_id, Question.status.in_(statuses)
    )
    if besides is not None:
        query = query.where(Question.id != besides)
    return session.scalar(query) or 0


def _lock_museum(session: Session, museum_id: int) -> None:
    # Serialises slot counting per museum on PostgreSQL; SQLite writes are serial anyway.
    session.execute(select(Museum.id).where(Museum.id == museum_id).with_for_update())


def _clean(texts: dict[str, str], languages: Sequence[str]) -> dict[str, str]:
    return {lang: texts[lang].strip() for lang in languages if (texts.get(lang) or "").strip()}


def _settings_for(draft: QuestionDraft) -> dict[str, Any]:
    """Only the settings the kind understands, as the right types."""
    allowed = {
        "number": ("min", "max"),
        "free_text": ("max_length",),
        "multiple_choice": ("max_choices",),
        "scale": ("scale", "allow_na"),
    }.get(draft.kind, ())
    settings = {}
    for key in allowed:
        value = draft.settings.get(key)
        if value is None or value == "":
            continue
        if key == "allow_na":
            if value:
                settings[key] = True
        elif key == "scale":
            settings[key] = str(value)
        else:
            settings[key] = int(value)
    return settings


def _apply(question: Question, draft: QuestionDraft, languages: Sequence[str]) -> None:
    question.kind = draft.kind
    question.required = bool(draft.required)
    question.texts = _clean(draft.texts, languages)
    question.help_texts = _clean(draft.help_texts, languages)
    question.settings = _settings_for(draft)
    wanted = draft.options if get_kind(draft.kind).has_options else []
    # Options are matched by code, so an unchanged code keeps its row; removed codes go.
    existing = {option.code: option for option in question.options}
    options = []
    for position, option in enumerate(wanted):
        row = existing.pop(option.code, None) or QuestionOption(code=option.code)
        row.position = position
        row.labels = _clean(option.labels, languages)
        options.append(row)
    question.options = options


def _content(question: Question) -> tuple:
    return (
        question.kind,
        bool(question.required),
        question.texts,
        question.help_texts or {},
        question.settings or {},
        [(option.code, option.labels) for option in question.options],
    )


def _draft_content(draft: QuestionDraft, languages: Sequence[str]) -> tuple:
    options = draft.options if get_kind(draft.kind).has_options else []
    return (
        draft.kind,
        bool(draft.required),
        _clean(draft.texts, languages),
        _clean(draft.help_texts, languages),
        _settings_for(draft),
        [(option.code, _clean(option.labels, languages)) for option in options],
    )


def _next_code(session: Session, museum_id: int) -> str:
    used = set(session.scalars(select(Question.code).where(Question.museum_id == museum_id)))
    number = len(used) + 1
    while f"question_{number}" in used:
        number += 1
    return f"question_{number}"


# ------------------------------------------------------------------------------------ services


def create_own_question(
    session: Session,
    museum: Museum,
    actor: User,
    draft: QuestionDraft,
    *,
    limit: int,
    locale: str | None = None,
) -> SaveOutcome:
    """Add a question to the museum's own section, live or awaiting approval.

    Raises LintRejected, QuestionLimitReached or CodeTaken; then nothing is stored.
    """
    draft.check(museum.languages)
    report = lint_draft(draft, museum.languages, locale=locale)
    if report.rejected:
        raise LintRejected(report)
    _lock_museum(session, museum.id)
    if _slots_taken(session, museum.id, SLOT_STATUSES, besides=None) >= limit:
        session.rollback()
        raise QuestionLimitReached(limit)
    code = draft.code or _next_code(session, museum.id)
    if session.scalar(
        select(exists().where(Question.museum_id == museum.id, Question.code == code))
    ):
        session.rollback()
        raise CodeTaken(code)
    last = session.scalar(
        select(func.max(Question.position)).where(
            Question.museum_id == museum.id, Question.status.in_(CURRENT_STATUSES)
        )
    )
    question = Question(
        museum_id=museum.id,
        code=code,
        section=OWN_SECTION,
        position=(last or 0) + 1,
        status=report.status,
        version=1,
        options=[],
    )
    _apply(question, draft, museum.languages)
    session.add(question)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise CodeTaken(code) from None
    audit(
        session,
        actor,
        "question.create",
        f"question:{question.id}",
        museum=museum.slug,
        code=code,
        status=question.status,
        findings=[f.finding.code for f in report.findings],
    )
    session.commit()
    return SaveOutcome(question, report)


def update_own_question(
    session: Session,
    question: Question,
    actor: User,
    draft: QuestionDraft,
    *,
    limit: int,
    locale: str | None = None,
) -> SaveOutcome:
    """Save an edit: in place while the question has no answers, else as its next version.

    The question's code never changes. Raises LintRejected, QuestionLimitReached, NotCurrent or
    ConcurrentChange; then nothing is stored.
    """
    museum = session.get(Museum, question.museum_id)
    draft.check(museum.languages)
    if question.status not in CURRENT_STATUSES:
        raise NotCurrent()
    report = lint_draft(draft, museum.languages, locale=locale)
    if report.rejected:
        raise LintRejected(report)
    _lock_museum(session, museum.id)
    # Locking the row waits for any respondent's answer to it that is being stored right now.
    session.execute(select(Question.id).where(Question.id == question.id).with_for_update())
    session.refresh(question)
    if question.status not in CURRENT_STATUSES:
        session.rollback()
        raise NotCurrent()
    if _slots_taken(session, museum.id, SLOT_STATUSES, besides=question.id) >= limit:
        session.rollback()
        raise QuestionLimitReached(limit)

    # Saving an answered question unchanged (say, to have it checked again) needs no version.
    changed = _content(question) != _draft_content(draft, museum.languages)
    new_version = changed and has_answers(session, question.id)
    saved = question
    if new_version:
        latest = session.scalar(
            select(func.max(Question.version)).where(
                Question.museum_id == museum.id, Question.code == question.code
            )
        )
        question.status = "retired"
        saved = Question(
            museum_id=museum.id,
            code=question.code,
            section=OWN_SECTION,
            position=question.position,
            version=(latest or question.version) + 1,
            options=[],
        )
        session.add(saved)
    _apply(saved, draft, museum.languages)
    saved.status = report.status
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise ConcurrentChange() from None
    details: dict[str, Any] = {"previous": question.id} if new_version else {}
    audit(
        session,
        actor,
        "question.new_version" if new_version else "question.update",
        f"question:{saved.id}",
        museum=museum.slug,
        code=saved.code,
        version=saved.version,
        status=saved.status,
        findings=[f.finding.code for f in report.findings],
        **details,
    )
    session.commit()
    return SaveOutcome(saved, report, new_version=new_version)


def move_own_question(
    session: Session, question: Question, direction: Literal["up", "down"]
) -> bool:
    """Swap the question with its neighbour in survey order. False if it is already at the end."""
    siblings = list(session.scalars(current_questions(question.museum_id)))
    if question not in siblings:
        raise NotCurrent()
    index = siblings.index(question)
    target = index - 1 if direction == "up" else index + 1
    if not 0 <= target < len(siblings):
        return False
    siblings[index], siblings[target] = siblings[target], siblings[index]
    for position, sibling in enumerate(siblings, start=1):
        sibling.position = position
    session.commit()
    return True


def retire_own_question(session: Session, question: Question, actor: User) -> None:
    """Take the question out of the survey; its row and every answer to it stay."""
    if question.status not in CURRENT_STATUSES:
        raise NotCurrent()
    question.status = "retired"
    audit(
        session,
        actor,
        "question.retire",
        f"question:{question.id}",
        code=question.code,
        version=question.version,
    )
    session.commit()


def approve_question(
    session: Session, question: Question, actor: User, *, limit: int, locale: str | None = None
) -> LintReport:
    """Staff let a question awaiting approval go live.

    Raises NotPending, LintRejected (the linter now rejects it) or QuestionLimitReached.
    """
    if question.status != "pending" or question.museum_id is None:
        raise NotPending()
    museum = session.get(Museum, question.museum_id)
    report = lint_stored(question, museum.languages, locale=locale)
    if report.rejected:
        raise LintRejected(report)
    _lock_museum(session, museum.id)
    if _slots_taken(session, museum.id, ("active",), besides=question.id) >= limit:
        session.rollback()
        raise QuestionLimitReached(limit)
    question.status = "active"
    audit(
        session,
        actor,
        "question.approve",
        f"question:{question.id}",
        museum=museum.slug,
        code=question.code,
        version=question.version,
        findings=[f.finding.code for f in report.findings],
    )
    session.commit()
    return report


def reject_question(session: Session, question: Question, actor: User, note: str) -> None:
    """Staff return a question awaiting approval to the museum as a draft, with a note why."""
    if question.status != "pending" or question.museum_id is None:
        raise NotPending()
    note = note.strip()
    if not note:
        raise ValueError("a returned question needs a note")
    museum = session.get(Museum, question.museum_id)
    question.status = "draft"
    audit(
        session,
        actor,
        "question.reject",
        f"question:{question.id}",
        museum=museum.slug,
        code=question.code,
        version=question.version,
        note=note,
    )
    session.commit()
