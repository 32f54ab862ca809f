"""Account services: password hashing, signed links, the audit log, data export and deletion."""

from __future__ import annotations

import hashlib
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeSerializer, URLSafeTimedSerializer
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from survey.models import AuditEntry, User

_hashers: dict[tuple, tuple[PasswordHasher, str]] = {}


def _hasher_and_dummy() -> tuple[PasswordHasher, str]:
    """argon2id with the library's defaults, or the cheaper PASSWORD_HASH_PARAMS in tests.

    The dummy is a hash of a password nobody has, verified when the account does not exist, so
    that signing in takes as long for unknown addresses as for known ones.
    """
    params = current_app.config.get("PASSWORD_HASH_PARAMS") or {}
    key = tuple(sorted(params.items()))
    if key not in _hashers:
        hasher = PasswordHasher(**params)
        _hashers[key] = (hasher, hasher.hash("sentomus-no-such-account"))
    return _hashers[key]


def _hasher() -> PasswordHasher:
    return _hasher_and_dummy()[0]


INVITATION_SALT = "sentomus.accounts.invitation"
UNSUBSCRIBE_SALT = "sentomus.accounts.unsubscribe"


class LinkError(Exception):
    def __init__(self, expired: bool = False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def authenticate(session: Session, email: str, password: str) -> User | None:
    user = session.scalars(User.by_email(email)).first()
    stored = (
        user.password_hash if user is not None and user.password_hash else _hasher_and_dummy()[1]
    )
    try:
        _hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.password_hash or not user.active:
        return None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        session.commit()
    return user


def _password_fingerprint(user: User) -> str:
    # Part of every invitation link: once a password is set, older links stop working.
    return hashlib.sha256((user.password_hash or "unset").encode()).hexdigest()[:16]


def invitation_token(user: User) -> str:
    serializer = URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=INVITATION_SALT)
    return serializer.dumps({"u": user.id, "p": _password_fingerprint(user)})


def user_for_invitation(session: Session, token: str) -> User:
    serializer = URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=INVITATION_SALT)
    try:
        payload = serializer.loads(token, max_age=current_app.config["INVITATION_MAX_AGE"])
    except SignatureExpired:
        raise LinkError(expired=True) from None
    except BadSignature:
        raise LinkError() from None
    user = session.get(User, payload.get("u")) if isinstance(payload, dict) else None
    if user is None or not user.active or payload.get("p") != _password_fingerprint(user):
        raise LinkError()
    return user


def unsubscribe_token(user: User) -> str:
    """Does not expire: an unsubscribe link in an old e-mail must keep working."""
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=UNSUBSCRIBE_SALT).dumps(
        {"u": user.id, "e": hashlib.sha256(user.email.encode()).hexdigest()[:16]}
    )


def user_for_unsubscribe(session: Session, token: str) -> User:
    try:
        payload = URLSafeSerializer(current_app.config["SECRET_KEY"], salt=UNSUBSCRIBE_SALT).loads(
            token
        )
    except BadSignature:
        raise LinkError() from None
    user = session.get(User, payload.get("u")) if isinstance(payload, dict) else None
    if user is None or payload.get("e") != hashlib.sha256(user.email.encode()).hexdigest()[:16]:
        raise LinkError()
    return user


def audit(session: Session, actor: User | None, action: str, target: str, **details: Any) -> None:
    """Record a portal or staff action; the caller's transaction commits it."""
    session.add(
        AuditEntry(
            actor_id=actor.id if actor is not None else None,
            action=action,
            target=target,
            details=details,
        )
    )


def export_account_data(session: Session, user: User) -> dict[str, Any]:
    """Everything held about this account holder (privacy policy section 5)."""
    actions = session.scalars(
        select(AuditEntry).where(AuditEntry.actor_id == user.id).order_by(AuditEntry.id)
    ).all()
    return {
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "role": user.role,
            "museum": user.museum.slug if user.museum else None,
            "interface_language": user.locale,
            "progress_emails": user.progress_emails,
            "active": user.active,
            "created_at": user.created_at.isoformat() if user.created_at else None,
            "password": "stored only as an argon2 hash" if user.password_hash else "not set",
        },
        "actions_in_audit_log": [
            {
                "at": entry.occurred_at.isoformat() if entry.occurred_at else None,
                "action": entry.action,
                "target": entry.target,
                "details": entry.details,
            }
            for entry in actions
        ],
    }


def end_sessions(session: Session, user: User) -> None:
    """Sign the account out on every device: each earlier session cookie stops working."""
    user.end_sessions()
    session.commit()


def set_password(session: Session, user: User, password: str) -> None:
    """The invited user's (or a reset) password; older invitation links stop working, and so
    does every session of the account opened before."""
    user.password_hash = hash_password(password)
    user.end_sessions()
    audit(session, user, "user.set_password", f"user:{user.id}")
    session.commit()


def save_settings(
    session: Session, user: User, *, display_name: str, locale: str, progress_emails: bool
) -> None:
    """Store what the account holder chose on their settings page."""
    user.display_name = display_name
    user.locale = locale
    user.progress_emails = progress_emails
    session.commit()


def stop_progress_emails(session: Session, user: User) -> None:
    """What an unsubscribe link does: no more progress e-mails to this account."""
    user.progress_emails = False
    session.commit()


def delete_account(session: Session, user: User) -> None:
    """Remove the account; the museum's survey data stays, audit entries lose their actor."""
    session.execute(update(AuditEntry).where(AuditEntry.actor_id == user.id).values(actor_id=None))
    audit(session, None, "user.delete_self", f"user:{user.id}")
    session.delete(user)
    session.commit()
