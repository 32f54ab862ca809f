"""Survey definitions as plain immutable objects, loaded once per version and kept per process.

What is kept: a core questionnaire version (immutable: a changed file needs a new version) and a
museum's own questions as of its `questions_version`, which takes a new value in the database on
every edit (survey.models.changes). Each request reads the museum row and the current core version
in one query, so an edit made through any app instance is seen by every instance on its next
request. Nothing about respondents is ever kept here: no answers, states, tokens or counts.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from flask import current_app, has_app_context
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, selectinload

from survey.models import CoreQuestionnaire, Museum, Question
from survey.typography import typeset_texts

#: (core version, checksum of its document): checksum too, so a reloaded test database with the
#: same version number never meets an old copy.
CoreKey = tuple[int, str]


def freeze(value: Any) -> Any:
    """JSON-like data made read-only: mappings become mapping proxies, lists become tuples."""
    if isinstance(value, Mapping):
        return MappingProxyType({key: freeze(item) for key, item in value.items()})
    if isinstance(value, list | tuple):
        return tuple(freeze(item) for item in value)
    return value


@dataclass(frozen=True, eq=False)
class SurveyOption:
    code: str
    position: int
    labels: Mapping[str, str]

    def label_in(self, lang: str, fallback: str = "en") -> str:
        return self.labels.get(lang) or self.labels.get(fallback) or self.code


@dataclass(frozen=True, eq=False)
class SurveyQuestion:
    """A question as respondents get it; the same attributes the kinds and templates read from
    the Question model."""

    id: int
    museum_id: int | None
    core_version: int | None
    code: str
    section: str
    kind: str
    required: bool
    position: int
    status: str
    version: int
    texts: Mapping[str, str]
    help_texts: Mapping[str, str]
    settings: Mapping[str, Any]
    options: tuple[SurveyOption, ...]

    @classmethod
    def from_model(cls, question: Question) -> SurveyQuestion:
        return cls(
            id=question.id,
            museum_id=question.museum_id,
            core_version=question.core_version,
            code=question.code,
            section=question.section,
            kind=question.kind,
            required=bool(question.required),
            position=question.position,
            status=question.status,
            version=question.version,
            # Typeset once here, for every page and language that shows them.
            texts=freeze(typeset_texts(question.texts or {})),
            help_texts=freeze(typeset_texts(question.help_texts or {})),
            settings=freeze(question.settings or {}),
            options=tuple(
                SurveyOption(o.code, o.position, freeze(typeset_texts(o.labels or {})))
                for o in question.options
            ),
        )

    @property
    def is_core(self) -> bool:
        return self.museum_id is None

    def text_in(self, lang: str, fallback: str = "en") -> str:
        return self.texts.get(lang) or self.texts.get(fallback) or next(iter(self.texts.values()))

    def help_in(self, lang: str, fallback: str = "en") -> str:
        return self.help_texts.get(lang) or self.help_texts.get(fallback) or ""


@dataclass(frozen=True)
class SurveyMuseum:
    """What the respondent flow needs of a museum, read fresh on every request (never cached)."""

    id: int
    slug: str
    name: str
    languages: tuple[str, ...]
    active: bool
    questions_version: int
    #: The current core questionnaire, read in the same query (None: none loaded yet).
    current_core: CoreKey | None = None

    @property
    def default_language(self) -> str:
        return self.languages[0] if self.languages else "en"

    @classmethod
    def from_model(cls, museum: Museum) -> SurveyMuseum:
        return cls(
            id=museum.id,
            slug=museum.slug,
            name=museum.name,
            languages=tuple(museum.languages or ()),
            active=bool(museum.active),
            questions_version=museum.questions_version,
        )


def _latest_core():
    return (
        select(CoreQuestionnaire.version, CoreQuestionnaire.checksum)
        .order_by(CoreQuestionnaire.version.desc())
        .limit(1)
    )


@lru_cache(maxsize=1)
def _lookup_statement():
    """Built once: constructing the statement cost as much as running it."""
    latest = _latest_core().subquery()
    return select(
        Museum.id,
        Museum.slug,
        Museum.name,
        Museum.languages,
        Museum.active,
        Museum.questions_version,
        select(latest.c.version).scalar_subquery(),
        select(latest.c.checksum).scalar_subquery(),
    ).where(Museum.slug == bindparam("slug"))


def lookup_museum(session: Session, slug: str) -> SurveyMuseum | None:
    """The museum behind a survey URL and the current core version, in one round trip."""
    row = session.execute(_lookup_statement(), {"slug": slug}).first()
    if row is None:
        return None
    return SurveyMuseum(
        id=row[0],
        slug=row[1],
        name=row[2],
        languages=tuple(row[3] or ()),
        active=bool(row[4]),
        questions_version=row[5],
        current_core=(row[6], row[7]) if row[6] is not None else None,
    )


def core_key(session: Session, version: int | None = None) -> CoreKey | None:
    statement = (
        _latest_core()
        if version is None
        else select(CoreQuestionnaire.version, CoreQuestionnaire.checksum).where(
            CoreQuestionnaire.version == version
        )
    )
    row = session.execute(statement).first()
    return (row[0], row[1]) if row else None


class DefinitionCache:
    """A small thread-safe LRU map; values must be immutable, keys carry their version."""

    def __init__(self, size: int = 2048):
        self.size = size
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, load: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        value = load()  # outside the lock: two threads may load the same version, both correct
        with self._lock:
            self._entries[key] = value
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._entries)

    def values(self) -> list[Any]:
        with self._lock:
            return list(self._entries.values())


def definition_cache() -> DefinitionCache:
    """The current app's cache (a throwaway one outside an app context)."""
    if not has_app_context():
        return DefinitionCache()
    return current_app.extensions.setdefault("sentomus.definitions", DefinitionCache())


@dataclass(frozen=True, eq=False)
class CoreDefinition:
    version: int
    checksum: str
    #: Scale labels, anchors and "not applicable" per language, read-only.
    document: Mapping[str, Any]
    #: (section code, titles per language, questions) in questionnaire order.
    sections: tuple[tuple[str, Mapping[str, str], tuple[SurveyQuestion, ...]], ...]


def load_core_definition(session: Session, key: CoreKey) -> CoreDefinition:
    version, checksum = key

    def load() -> CoreDefinition:
        core = session.get(CoreQuestionnaire, version)
        questions = {
            q.code: SurveyQuestion.from_model(q)
            for q in session.scalars(
                select(Question)
                .where(Question.core_version == version)
                .options(selectinload(Question.options))
            )
        }
        document = freeze({k: v for k, v in core.document.items() if k != "sections"})
        sections = tuple(
            (
                section["code"],
                freeze(section["title"]),
                tuple(questions[q["code"]] for q in section["questions"]),
            )
            for section in core.document["sections"]
        )
        return CoreDefinition(version, checksum, document, sections)

    return definition_cache().get(("core", key), load)


def load_own_questions(
    session: Session, museum_id: int, questions_version: int, statuses: tuple[str, ...]
) -> tuple[SurveyQuestion, ...]:
    def load() -> tuple[SurveyQuestion, ...]:
        return tuple(
            SurveyQuestion.from_model(q)
            for q in session.scalars(
                select(Question)
                .where(Question.museum_id == museum_id, Question.status.in_(statuses))
                .order_by(Question.position, Question.id)
                .options(selectinload(Question.options))
            )
        )

    return definition_cache().get(("own", museum_id, questions_version, statuses), load)
