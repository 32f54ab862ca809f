"""Absolute links for everything that leaves the app (survey and kiosk addresses, QR codes,
e-mails, invitations): built from the one setting PUBLIC_BASE_URL, never from the host a request
happened to arrive on."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app


class PublicBaseUrlError(RuntimeError):
    """PUBLIC_BASE_URL is missing or not an absolute http(s) address."""


def check_public_base_url(base: str | None) -> str:
    parts = urlsplit(base or "")
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.query or parts.fragment:
        raise PublicBaseUrlError(
            "SENTOMUS_PUBLIC_BASE_URL must be the absolute http(s) address the public reaches "
            f"the survey at (for example https://survey.example.org), not {base!r}."
        )
    return base.rstrip("/")


def public_url(endpoint: str, **values) -> str:
    """The absolute address of `endpoint` under PUBLIC_BASE_URL (its path prefix included)."""
    parts = urlsplit(check_public_base_url(current_app.config.get("PUBLIC_BASE_URL")))
    adapter = current_app.url_map.bind(
        parts.netloc, script_name=parts.path or "/", url_scheme=parts.scheme
    )
    return adapter.build(endpoint, values, force_external=True)
