"""Fieldwork counts per museum: completed responses against target, starts, completion rate.

Counted in SQL with GROUP BY; the full reports live in analysis/.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from survey.models import Museum, Response, SurveyStartCount


@dataclass(frozen=True)
class Progress:
    museum: Museum
    completes: int
    starts: int

    @property
    def target(self) -> int:
        return self.museum.target_sample_size

    @property
    def share_of_target(self) -> float:
        return self.completes / self.target if self.target else 0.0

    @property
    def completion_rate(self) -> float | None:
        return self.completes / self.starts if self.starts else None


def progress_for_all(session: Session) -> list[Progress]:
    completes = dict(
        session.execute(select(Response.museum_id, func.count()).group_by(Response.museum_id)).all()
    )
    starts = dict(
        session.execute(
            select(SurveyStartCount.museum_id, func.sum(SurveyStartCount.starts)).group_by(
                SurveyStartCount.museum_id
            )
        ).all()
    )
    museums = session.scalars(select(Museum).order_by(Museum.name)).all()
    return [Progress(m, int(completes.get(m.id, 0)), int(starts.get(m.id) or 0)) for m in museums]


def progress_for(session: Session, museum: Museum) -> Progress:
    completes = session.scalar(
        select(func.count()).select_from(Response).where(Response.museum_id == museum.id)
    )
    starts = session.scalar(
        select(func.coalesce(func.sum(SurveyStartCount.starts), 0)).where(
            SurveyStartCount.museum_id == museum.id
        )
    )
    return Progress(museum, int(completes or 0), int(starts or 0))
