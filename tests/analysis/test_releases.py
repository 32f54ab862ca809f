"""Making releases on the test databases: what is recorded, what is refused, what is a no-op."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from analysis.releases import PublishError, publish_releases
from survey.extensions import db
from survey.models import Release, ReleaseCell, ReleaseSubject
from tests.analysis.helpers import AS_OF, LAST_WEEK, week

TODAY = AS_OF


def releases():
    return db.session.scalar(select(func.count()).select_from(Release))


def cells(subject: str) -> dict[str, int]:
    latest = db.session.scalar(
        select(Release.id).where(Release.scope == "museum").order_by(Release.id.desc())
    )
    rows = db.session.execute(
        select(ReleaseCell.value, ReleaseCell.count).where(
            ReleaseCell.release_id == latest, ReleaseCell.subject == subject
        )
    )
    return dict(rows.all())


def test_a_release_records_perturbed_cells_and_exact_week_counts(
    engine, create_museum, add_responses
):
    museum = create_museum()
    add_responses(museum, 30, week(1), {"visit_first": "first", "nps": 9})
    result = publish_releases(engine, LAST_WEEK, TODAY)
    assert [m.series for m in result.made] == [f"museum:{museum.id}:epoch", "study:epoch"]
    published = cells("core:nps")
    assert set(published) == {"0–6", "7–8", "9–10"}  # NPS is released in its three groups
    assert all(count >= 0 for count in published.values())
    assert cells("responses")[f"week:{week(1, 0).isoformat()}"] == 30


def test_publishing_twice_records_nothing_new(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 30, week(1), {"nps": 9})
    publish_releases(engine, LAST_WEEK, TODAY)
    before = releases()
    again = publish_releases(engine, LAST_WEEK, TODAY)
    assert again.made == []
    assert releases() == before


def test_fewer_than_ten_new_respondents_carry_the_previous_figures(
    engine, create_museum, add_responses
):
    museum = create_museum()
    add_responses(museum, 30, week(2), {"nps": 9})
    publish_releases(engine, week(2, 0), TODAY)
    first = cells("core:nps")
    add_responses(museum, 4, week(1), {"nps": 0})
    add_responses(museum, 6, week(0), {"visit_first": "first"})
    result = publish_releases(engine, LAST_WEEK, TODAY)
    made = {m.series: m for m in result.made}
    statuses = made[f"museum:{museum.id}:epoch"].statuses
    assert statuses["responses"] == "shown"  # 10 new responses
    assert statuses["core:nps"] == "carried"  # only 4 new answers
    assert cells("core:nps") == first


def test_a_release_for_a_week_that_has_not_ended_is_refused(engine, create_museum):
    create_museum()
    with pytest.raises(PublishError, match="has not ended"):
        publish_releases(engine, LAST_WEEK + (week(0) - week(1)), TODAY)
    assert releases() == 0


def test_an_unknown_museum_is_refused(engine):
    with pytest.raises(PublishError, match="no museum"):
        publish_releases(engine, LAST_WEEK, TODAY, museum_ids=[999_999])


def test_a_museum_under_the_minimum_base_shows_nothing(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 9, week(1), {"nps": 9})
    result = publish_releases(engine, LAST_WEEK, TODAY)
    assert result.made == []
    assert db.session.scalar(select(func.count()).select_from(ReleaseSubject)) == 0
    assert museum.id
