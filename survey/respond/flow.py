"""The questionnaire a respondent walks through, and the signed page state that carries their
answers between pages (no cookie, no server-side session)."""

from __future__ import annotations

import datetime as dt
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session

from survey.models import Museum, Question
from survey.own_questions.drafts import OWN_SECTION
from survey.questions import SurveyLabels
from survey.respond.definitions import (
    CoreDefinition,
    SurveyMuseum,
    SurveyQuestion,
    core_key,
    definition_cache,
    freeze,
    load_core_definition,
    load_own_questions,
)

STATE_SALT = "sentomus.respond.state"
#: The portal's preview signs its page state apart, so a preview can never be submitted live.
PREVIEW_STATE_SALT = "sentomus.portal.preview.state"


@dataclass(frozen=True, eq=False)
class SurveyPage:
    code: str
    titles: Mapping[str, str]
    questions: tuple[SurveyQuestion, ...]

    def title_in(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get("en") or ""


@dataclass(frozen=True, eq=False)
class Survey:
    """Everything a museum's respondents are asked, in order: immutable, shared between
    requests; only `museum` is read fresh for each request."""

    museum: SurveyMuseum
    core: CoreDefinition
    pages: tuple[SurveyPage, ...]
    labels: SurveyLabels
    by_id: Mapping[int, SurveyQuestion] = field(default_factory=dict)
    by_code: Mapping[str, SurveyQuestion] = field(default_factory=dict)

    @property
    def numbered_pages(self) -> list[int]:
        """The pages that count in "Part x of y": every page with a question, shown or not."""
        return [index for index, page in enumerate(self.pages) if page.questions]

    @property
    def question_count(self) -> int:
        return sum(len(page.questions) for page in self.pages)

    def is_visible(self, question: SurveyQuestion, answers: dict[str, Any]) -> bool:
        condition = question.settings.get("show_if")
        if not condition:
            return True
        target = self.by_code.get(condition["question"])
        if target is None:
            return False
        value = answers.get(str(target.id))
        chosen = value if isinstance(value, list) else [value]
        return any(code in chosen for code in condition["in"])

    def visible_questions(self, index: int, answers: dict[str, Any]) -> list[SurveyQuestion]:
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
    museum: Museum | SurveyMuseum,
    core_version: int | None = None,
    *,
    include_pending: bool = False,
) -> Survey | None:
    """The survey as respondents get it; `include_pending` adds questions awaiting approval,
    for the museum's preview only.

    The questionnaire itself comes from the per-process cache of definitions, keyed on the core
    version and the museum's questions_version; only the museum's own row is read per request.
    """
    if isinstance(museum, Museum):
        museum = SurveyMuseum.from_model(museum)
    current = museum.current_core
    if core_version is None:
        key = current or core_key(session)
    elif current is not None and current[0] == core_version:
        key = current
    else:
        key = core_key(session, core_version)
    if key is None:
        return None
    statuses = ("active", "pending") if include_pending else ("active",)

    def assemble() -> Survey:
        core = load_core_definition(session, key)
        pages = [SurveyPage(code, titles, questions) for code, titles, questions in core.sections]
        own = load_own_questions(session, museum.id, museum.questions_version, statuses)
        if own:
            pages.append(SurveyPage(code=OWN_SECTION, titles=freeze({}), questions=own))
        by_id: dict[int, SurveyQuestion] = {}
        by_code: dict[str, SurveyQuestion] = {}
        for page in pages:
            for question in page.questions:
                by_id[question.id] = question
                by_code.setdefault(question.code, question)
        return Survey(
            museum=museum,
            core=core,
            pages=tuple(pages),
            labels=SurveyLabels.from_document(core.document),
            by_id=MappingProxyType(by_id),
            by_code=MappingProxyType(by_code),
        )

    survey_key = ("survey", key, museum.id, museum.questions_version, statuses)
    survey = definition_cache().get(survey_key, assemble)
    return survey if survey.museum == museum else replace(survey, museum=museum)


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
    #: When the survey was started (seconds since the epoch). Each page re-signs the state, so
    #: this, not the signature's time, bounds how long a token can be replayed.
    started: int = 0
    #: A kiosk visitor asked for more time on each page before the kiosk resets.
    more_time: bool = False

    @classmethod
    def new(
        cls,
        museum_id: int,
        core_version: int,
        lang: str,
        kiosk: bool,
        page: int,
        more_time: bool = False,
    ) -> PageState:
        token = secrets.token_urlsafe(24)
        return cls(
            museum_id,
            core_version,
            lang,
            page,
            {},
            token,
            kiosk,
            int(time.time()),
            kiosk and more_time,
        )

    @property
    def started_on(self) -> dt.date:
        """The day bucket of the start, for purging used tokens: a UTC date, never a time."""
        return dt.datetime.fromtimestamp(self.started, dt.UTC).date()

    def dump(self, salt: str = STATE_SALT) -> str:
        payload = {
            "m": self.museum_id,
            "v": self.core_version,
            "l": self.lang,
            "p": self.page,
            "a": self.answers,
            "t": self.token,
            "k": int(self.kiosk),
            "s": self.started,
            "x": int(self.more_time),
        }
        return _serializer(salt).dumps(payload)

    @classmethod
    def load(cls, signed: str | None, salt: str = STATE_SALT) -> PageState:
        if not signed:
            raise StateError()
        max_age = current_app.config["SURVEY_STATE_MAX_AGE"]
        try:
            payload, signed_at = _serializer(salt).loads(
                signed, max_age=max_age, return_timestamp=True
            )
        except SignatureExpired:
            raise StateError(expired=True) from None
        except (BadSignature, ValueError, TypeError, UnicodeError):
            raise StateError() from None
        try:
            # A state signed before start times were carried counts from its signature.
            started = int(payload.get("s") or signed_at.timestamp())
        except (AttributeError, TypeError, ValueError):
            raise StateError() from None
        if not time.time() - max_age <= started <= time.time() + 60:
            raise StateError(expired=True)
        try:
            return cls(
                museum_id=int(payload["m"]),
                core_version=int(payload["v"]),
                lang=str(payload["l"]),
                page=int(payload["p"]),
                answers=dict(payload["a"]),
                token=str(payload["t"]),
                kiosk=bool(payload["k"]),
                started=started,
                more_time=bool(payload.get("x", 0)),
            )
        except (KeyError, TypeError, ValueError):
            raise StateError() from None


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return _serializer_for(current_app.config["SECRET_KEY"], salt)


@lru_cache(maxsize=16)
def _serializer_for(secret_key: str, salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt=salt)
