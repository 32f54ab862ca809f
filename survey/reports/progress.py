"""Fieldwork counts per museum for the portal, the staff area and the e-mails: completed
responses against target, starts, completion rate, all from the museum's latest release, and
the bare count of responses received since it (the only live figure anywhere).
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from survey.models import Museum


@dataclass(frozen=True)
class Progress:
    museum: Museum
    #: Completed responses and surveys started, as released.
    completes: int
    starts: int
    #: Responses received since the release (counted live, never broken down).
    live: int = 0

    @property
    def target(self) -> int:
        return self.museum.target_sample_size

    @property
    def share_of_target(self) -> float:
        return self.completes / self.target if self.target else 0.0

    @property
    def completion_rate(self) -> float | None:
        if not self.starts or self.starts < self.completes:
            return None
        return self.completes / self.starts


def _progress(session: Session, museums: list[Museum]) -> list[Progress]:
    from analysis.periods import last_completed_week, list_waves, resolve_periods, today_in
    from analysis.released import live_since_release, museum_releases

    today = today_in(current_app.config["SURVEY_TIMEZONE"])
    connection = session.connection()
    period, _previous = resolve_periods(list_waves(connection), today)
    releases = museum_releases(
        connection, [m.id for m in museums], period.wave_id, last_completed_week(today)
    )
    first_day = period.first_day if period.wave_id is not None else None
    live = live_since_release(connection, releases, first_day, today)
    out = []
    for museum in museums:
        released = releases.get(museum.id)
        responses = released.subjects.get("responses") if released else None
        completes = responses.base if responses and responses.last_week else 0
        starts = released.starts() if released else 0
        out.append(Progress(museum, completes, starts, live.get(museum.id, 0)))
    return out


def progress_for_all(session: Session) -> list[Progress]:
    return _progress(session, list(session.scalars(select(Museum).order_by(Museum.name))))


def progress_for(session: Session, museum: Museum) -> Progress:
    return _progress(session, [museum])[0]
