"""The questionnaire a respondent walks through, and the signed page state that carries their
answers between pages (no cookie, no server-side session)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session

from survey.core import current_core
from survey.models import CoreQuestionnaire, Museum, Question
from survey.own_questions.drafts import OWN_SECTION
from survey.questions import SurveyLabels

STATE_SALT = "sentomus.respond.state"
#: The portal's preview signs its page state apart, so a preview can never be submitted live.
PREVIEW_STATE_SALT = "sentomus.portal.preview.state"


@dataclass
class SurveyPage:
    code: str
    titles: dict[str, str]
    questions: list[Question]

    def title_in(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get("en") or ""


@dataclass
class Survey:
    """Everything a museum's respondents are asked, in order."""

    museum: Museum
    core: CoreQuestionnaire
    pages: list[SurveyPage]
    labels: SurveyLabels
    by_id: dict[int, Question] = field(default_factory=dict)
    by_code: dict[str, Question] = field(default_factory=dict)

    @property
    def question_count(self) -> int:
        return sum(len(page.questions) for page in self.pages)

    def is_visible(self, question: Question, answers: dict[str, Any]) -> bool:
        condition = (question.settings or {}).get("show_if")
        if not condition:
            return True
        target = self.by_code.get(condition["question"])
        if target is None:
            return False
        value = answers.get(str(target.id))
        chosen = value if isinstance(value, list) else [value]
        return any(code in chosen for code in condition["in"])

    def visible_questions(self, index: int, answers: dict[str, Any]) -> list[Question]:
        return [q for q in self.pages[index].questions if self.is_visible(q, answers)]

    def next_page(self, index: int, answers: dict[str, Any]) -> int | None:
        for candidate in range(index + 1, len(self.pages)):
            if self.visible_questions(candidate, answers):
                return candidate
        return None

    def previous_page(self, index: int, answers: dict[str, Any]) -> int | None:
        for candidate in range(index - 1, -1, -1):
            if self.visible_questions(candidate, answers):
                return candidate
        return None

    def first_page(self, answers: dict[str, Any]) -> int:
        found = self.next_page(-1, answers)
        return 0 if found is None else found


def own_questions(
    session: Session, museum: Museum, statuses: tuple[str, ...] = ("active",)
) -> list[Question]:
    return list(
        session.scalars(
            select(Question)
            .where(Question.museum_id == museum.id, Question.status.in_(statuses))
            .order_by(Question.position, Question.id)
        )
    )


def load_survey(
    session: Session,
    museum: Museum,
    core_version: int | None = None,
    *,
    include_pending: bool = False,
) -> Survey | None:
    """The survey as respondents get it; `include_pending` adds questions awaiting approval,
    for the museum's preview only."""
    core = session.get(CoreQuestionnaire, core_version) if core_version else current_core(session)
    if core is None:
        return None
    core_questions = {
        q.code: q
        for q in session.scalars(select(Question).where(Question.core_version == core.version))
    }
    pages = [
        SurveyPage(
            code=section["code"],
            titles=section["title"],
            questions=[core_questions[q["code"]] for q in section["questions"]],
        )
        for section in core.document["sections"]
    ]
    own = own_questions(session, museum, ("active", "pending") if include_pending else ("active",))
    if own:
        pages.append(SurveyPage(code=OWN_SECTION, titles={}, questions=own))
    survey = Survey(
        museum=museum, core=core, pages=pages, labels=SurveyLabels.from_document(core.document)
    )
    for page in pages:
        for question in page.questions:
            survey.by_id[question.id] = question
            survey.by_code.setdefault(question.code, question)
    return survey


def page_title(survey: Survey, page: SurveyPage, lang: str) -> str:
    if page.code == OWN_SECTION:
        # The museum's own section is titled by the interface catalog, in the current language.
        return _("A few questions from %(museum)s", museum=survey.museum.name)
    return page.title_in(lang)


# Page state ---------------------------------------------------------------------------------


class StateError(Exception):
    """The page state is missing, tampered with or too old."""

    def __init__(self, expired: bool = False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


@dataclass
class PageState:
    museum_id: int
    core_version: int
    lang: str
    page: int
    answers: dict[str, Any]
    #: Random one-time token: a second submit of the same questionnaire stores nothing.
    token: str
    kiosk: bool = False

    @classmethod
    def new(cls, museum_id: int, core_version: int, lang: str, kiosk: bool, page: int) -> PageState:
        return cls(museum_id, core_version, lang, page, {}, secrets.token_urlsafe(24), kiosk)

    def dump(self, salt: str = STATE_SALT) -> str:
        payload = {
            "m": self.museum_id,
            "v": self.core_version,
            "l": self.lang,
            "p": self.page,
            "a": self.answers,
            "t": self.token,
            "k": int(self.kiosk),
        }
        return _serializer(salt).dumps(payload)

    @classmethod
    def load(cls, signed: str | None, salt: str = STATE_SALT) -> PageState:
        if not signed:
            raise StateError()
        try:
            payload = _serializer(salt).loads(
                signed, max_age=current_app.config["SURVEY_STATE_MAX_AGE"]
            )
        except SignatureExpired:
            raise StateError(expired=True) from None
        except (BadSignature, ValueError, TypeError, UnicodeError):
            raise StateError() from None
        try:
            return cls(
                museum_id=int(payload["m"]),
                core_version=int(payload["v"]),
                lang=str(payload["l"]),
                page=int(payload["p"]),
                answers=dict(payload["a"]),
                token=str(payload["t"]),
                kiosk=bool(payload["k"]),
            )
        except (KeyError, TypeError, ValueError):
            raise StateError() from None


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)
