"""Kiosk mode: a tablet in the museum shared by visitor after visitor.

Every kiosk page returns to the kiosk start after a while without a new page, by a meta refresh
(no script). Answers live only in the page's signed hidden state, so leaving the page is enough to
drop them: the start carries no state and nothing was stored. The kiosk flag travels in every
address a kiosk page leads to, including the form actions, so that error pages (which may not read
the request body, as for 413) still know to lead back to the kiosk start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import current_app, g, request, url_for

from survey.models.museum import is_valid_slug

TRUE_VALUES = frozenset({"1", "true", "yes"})
#: The museum's slug is the first path segment after /s/ (checked by is_valid_slug).
_SURVEY_PATH = re.compile(r"^/s/([^/]+)")


@dataclass(frozen=True)
class KioskReset:
    #: The kiosk start of the museum: no language, no state, nothing of the last visitor.
    url: str
    #: Seconds before the page returns there; None on the start page itself.
    seconds: int | None


def kiosk_start_url(slug: str) -> str:
    return url_for("respond.intro", slug=slug, kiosk=1)


def inactivity_seconds(more_time: bool = False) -> int:
    seconds = current_app.config["KIOSK_INACTIVITY_SECONDS"]
    return seconds * current_app.config["KIOSK_MORE_TIME_FACTOR"] if more_time else seconds


def use_kiosk(slug: str, seconds: int | None) -> KioskReset:
    """Mark the page being rendered as a kiosk page (base.html adds the refresh and styling)."""
    reset = KioskReset(kiosk_start_url(slug), seconds)
    g.kiosk = reset
    return reset


def kiosk_in_address() -> bool:
    """The kiosk flag of the address alone: safe where the body must not be read."""
    return request.args.get("kiosk") in TRUE_VALUES


def use_kiosk_for_error() -> KioskReset | None:
    """On an error page of a kiosk survey address, lead back to that museum's kiosk start."""
    match = _SURVEY_PATH.match(request.path)
    if match is None or not is_valid_slug(match.group(1)) or not kiosk_in_address():
        return None
    return use_kiosk(match.group(1), inactivity_seconds())
