"""The public address of a museum's survey, as printed on posters and shown to museums."""

from __future__ import annotations

from flask import current_app


def survey_link(slug: str, *, kiosk: bool = False) -> str:
    """The survey at PUBLIC_BASE_URL; the kiosk variant returns to the start after each visitor."""
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    return f"{base}/s/{slug}" + ("?kiosk=1" if kiosk else "")
