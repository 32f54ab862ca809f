"""Staff services: museums, user invitations, answer exports. Each owns its transaction."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from survey.accounts.services import audit
from survey.models import Museum, User


class DuplicateError(ValueError):
    """A museum slug or user e-mail address that is already taken."""


def save_museum(session: Session, actor: User, museum: Museum | None, data: dict) -> Museum:
    creating = museum is None
    clash = session.scalars(select(Museum).where(Museum.slug == data["slug"])).first()
    if clash is not None and clash is not museum:
        session.rollback()
        raise DuplicateError("slug")
    museum = museum or Museum()
    before = {} if creating else {k: getattr(museum, k) for k in data}
    for key, value in data.items():
        setattr(museum, key, value)
    if creating:
        session.add(museum)
    session.flush()
    changes = {k: [before.get(k), v] for k, v in data.items() if before.get(k) != v}
    audit(
        session,
        actor,
        "museum.create" if creating else "museum.update",
        f"museum:{museum.slug}",
        changes=changes,
    )
    session.commit()
    return museum


def invite_user(session: Session, actor: User, data: dict) -> User:
    email = data["email"].strip().lower()
    if session.scalars(User.by_email(email)).first() is not None:
        session.rollback()
        raise DuplicateError("email")
    user = User(
        email=email,
        display_name=data.get("display_name") or "",
        role=data["role"],
        museum_id=None if data["role"] == "staff" else data["museum_id"],
        locale=data.get("locale") or "en",
        password_hash=None,
    )
    session.add(user)
    session.flush()
    audit(
        session, actor, "user.invite", f"user:{user.id}", role=user.role, museum_id=user.museum_id
    )
    session.commit()
    return user


def record_answer_export(session: Session, actor: User, museum: Museum | None) -> None:
    """Every export of anonymous answers is in the audit log before the file is sent."""
    audit(session, actor, "answers.export", f"museum:{museum.slug}" if museum else "all")
    session.commit()


def set_user_active(session: Session, actor: User, user: User, active: bool) -> None:
    user.active = active
    if not active:
        user.end_sessions()
    audit(session, actor, "user.activate" if active else "user.deactivate", f"user:{user.id}")
    session.commit()
