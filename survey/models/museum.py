from __future__ import annotations

import re
import secrets

from sqlalchemy import JSON, BigInteger, CheckConstraint, String, select
from sqlalchemy.orm import Mapped, mapped_column

from survey.extensions import db

#: A museum's address in the survey link (/s/<slug>): groups of lowercase letters and digits
#: joined by single dashes, e.g. city-museum.
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z"
SLUG_MIN_LENGTH = 2
SLUG_MAX_LENGTH = 64
_SLUG = re.compile(SLUG_PATTERN)


def is_valid_slug(slug: str) -> bool:
    return SLUG_MIN_LENGTH <= len(slug) <= SLUG_MAX_LENGTH and _SLUG.match(slug) is not None


def new_questions_version() -> int:
    return secrets.randbits(62)


class Museum(db.Model):
    __tablename__ = "museum"
    __table_args__ = (
        CheckConstraint("target_sample_size >= 0", name="target_not_negative"),
        CheckConstraint(f"length(slug) >= {SLUG_MIN_LENGTH}", name="slug_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Public identifier in the survey URL (/s/<slug>), see SLUG_PATTERN.
    slug: Mapped[str] = mapped_column(String(SLUG_MAX_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    #: Languages offered to respondents, first one is the museum's default.
    languages: Mapped[list[str]] = mapped_column(JSON)
    #: Completed responses the museum aims for in a study wave.
    target_sample_size: Mapped[int] = mapped_column(default=400)
    #: Inactive museums show a friendly "survey closed" page.
    active: Mapped[bool] = mapped_column(default=True)
    #: Museums of a similar kind, benchmarked against each other (e.g. "art", "history").
    peer_cluster: Mapped[str | None] = mapped_column(String(64))
    #: Takes a new random value whenever the museum's own questions change (survey.models.changes),
    #: so that every app instance knows its cached copy of the survey is out of date; random
    #: rather than counting, so that a museum created again never matches an old copy.
    questions_version: Mapped[int] = mapped_column(
        BigInteger, default=new_questions_version, server_default="1"
    )

    @property
    def default_language(self) -> str:
        return self.languages[0] if self.languages else "en"

    @classmethod
    def by_slug(cls, slug: str):
        return select(cls).where(cls.slug == slug)

    def __repr__(self) -> str:
        return f"<Museum {self.slug}>"
