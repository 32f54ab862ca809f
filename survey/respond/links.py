"""The public address of a museum's survey, as printed on posters and shown to museums."""

from __future__ import annotations

from survey.links import public_url


def survey_link(slug: str, *, kiosk: bool = False) -> str:
    """The survey at PUBLIC_BASE_URL; the kiosk variant returns to the start after each visitor."""
    return public_url("respond.intro", slug=slug, kiosk=1 if kiosk else None)
