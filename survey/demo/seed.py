"""`sentomus seed-demo`: the demo museums, their logins and own questions, and responses."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from survey.core import load_core
from survey.demo.content import DEMO_LOGINS, DEMO_OWN_QUESTIONS, DEMO_SLUG, MUSEUM_TEMPLATES
from survey.demo.responses import generate_responses
from survey.models import Museum, Question, QuestionOption, Response, User


@dataclass
class SeedReport:
    museums_created: list[str] = field(default_factory=list)
    responses_added: int = 0
    core_version: int = 0


def museum_templates(count: int) -> Iterator[tuple[str, str, str, list[str], str]]:
    """(slug, name, country, languages, cluster) for `count` museums, the first being `demo`."""
    for index in range(count):
        name, country, languages, cluster = MUSEUM_TEMPLATES[index % len(MUSEUM_TEMPLATES)]
        if index == 0:
            yield DEMO_SLUG, name, country, languages, cluster
            continue
        suffix = "" if index < len(MUSEUM_TEMPLATES) else f" {index // len(MUSEUM_TEMPLATES) + 1}"
        yield f"demo-{index:03d}", f"{name}{suffix}", country, languages, cluster


def ensure_museums(session: Session, count: int, report: SeedReport) -> list[Museum]:
    museums = []
    for index, (slug, name, _country, languages, cluster) in enumerate(museum_templates(count)):
        museum = session.scalars(Museum.by_slug(slug)).first()
        if museum is None:
            museum = Museum(
                slug=slug,
                name=name,
                languages=languages,
                target_sample_size=400 if index % 3 else 600,
                active=True,
                peer_cluster=cluster,
            )
            session.add(museum)
            session.flush()
            report.museums_created.append(slug)
            if index % 4 == 0:
                _add_own_questions(session, museum, DEMO_OWN_QUESTIONS[: 3 if index == 0 else 1])
        museums.append(museum)
    return museums


def ensure_demo_logins(session: Session, demo_museum: Museum) -> None:
    from survey.accounts.services import hash_password

    for role, email, password in DEMO_LOGINS:
        if session.scalars(User.by_email(email)).first() is None:
            session.add(
                User(
                    email=email,
                    display_name=f"Demo {role}",
                    role=role,
                    museum_id=None if role == "staff" else demo_museum.id,
                    password_hash=hash_password(password),
                    locale="en",
                )
            )
    session.flush()


def _add_own_questions(session: Session, museum: Museum, specs: list[dict]) -> None:
    for position, spec in enumerate(specs, start=1):
        session.add(
            Question(
                museum_id=museum.id,
                code=spec["code"],
                section="museum",
                kind=spec["kind"],
                required=False,
                position=position,
                status="active",
                version=1,
                texts={
                    lang: text for lang, text in spec["texts"].items() if lang in museum.languages
                },
                help_texts={},
                settings=spec.get("settings", {}),
                options=[
                    QuestionOption(code=code, position=i, labels=labels)
                    for i, (code, labels) in enumerate(spec.get("options", []))
                ],
            )
        )
    session.flush()


def seed_demo(
    session: Session, museums: int = 12, responses: int = 2000, seed: int = 7
) -> SeedReport:
    """Create the demo museums and top their responses up to `responses` in total. Idempotent."""
    report = SeedReport()
    report.core_version, _loaded = load_core(session)
    museum_rows = ensure_museums(session, max(1, museums), report)
    ensure_demo_logins(session, museum_rows[0])
    session.commit()

    ids = [m.id for m in museum_rows]
    existing = session.scalar(
        select(func.count()).select_from(Response).where(Response.museum_id.in_(ids))
    )
    missing = max(0, responses - (existing or 0))
    if missing:
        rng = np.random.default_rng([seed, existing or 0])
        generate_responses(session, museum_rows, missing, rng)
        session.commit()
    report.responses_added = missing
    return report
