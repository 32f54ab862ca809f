"""The clean-up between tests empties every table of the models except the core questionnaire."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from survey.extensions import db
from survey.models import AuditEntry, StudyWave
from tests.conftest import clean_database, kept_core_rows
from tests.survey_walker import SurveyWalker


def row_counts() -> dict[str, int]:
    return {
        table.name: db.session.scalar(select(func.count()).select_from(table))
        for table in db.metadata.sorted_tables
    }


def test_clean_up_leaves_only_the_core_questionnaire(
    app, client, create_museum, create_user, create_own_question
):
    with app.app_context():
        core = row_counts()
    kept = {table.name for table in kept_core_rows()}
    assert {name for name, count in core.items() if count} == kept

    museum = create_museum(slug="demo-clean")
    user = create_user(museum=museum)
    create_own_question(museum)
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    assert walker.complete().status == 303
    with app.app_context():
        db.session.add(
            StudyWave(name="2026", starts_on=dt.date(2026, 1, 1), ends_on=dt.date(2026, 12, 31))
        )
        db.session.add(AuditEntry(actor_id=user.id, action="test", target="museum"))
        db.session.commit()
        filled = row_counts()
        assert filled["question"] > core["question"]
        assert all(filled[name] > 0 for name in ("response", "answer", "study_wave", "audit_log"))

        clean_database()
        assert row_counts() == core
