"""Staff decisions on flagged questions are kept as labelled examples (question texts only) and
exported with `sentomus lint-decisions export` in the format the linter is scored on."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from survey.extensions import db
from survey.models import LintDecision
from tests.own_questions.helpers import DISABILITY
from tests.privacy.score import report


@pytest.fixture
def people(create_user, museum):
    return {"editor": create_user("editor", museum), "staff": create_user("staff")}


@pytest.fixture
def as_staff(client, people, sign_in):
    sign_in(people["staff"])


def decisions(app) -> list[LintDecision]:
    with app.app_context():
        rows = db.session.scalars(select(LintDecision).order_by(LintDecision.id)).all()
        for row in rows:
            db.session.expunge(row)
        return rows


def test_approving_and_returning_keep_one_example_per_language(
    app, client, museum, as_staff, create_own_question
):
    approved = create_own_question(museum, code="access", status="pending", texts=DISABILITY)
    returned = create_own_question(museum, code="needs", status="pending", texts=DISABILITY)
    assert client.post(f"/staff/approvals/{approved.id}/approve").status_code == 302
    note = "Ask how accessible the building was instead."
    client.post(f"/staff/approvals/{returned.id}/reject", data={f"return-{returned.id}-note": note})

    rows = decisions(app)
    assert [(r.decision, r.lang) for r in rows] == [
        ("approved", lang) for lang in museum.languages
    ] + [("returned", lang) for lang in museum.languages]
    by_lang = {r.lang: r for r in rows if r.decision == "approved"}
    assert by_lang["nl"].text == DISABILITY["nl"] and by_lang["en"].text == DISABILITY["en"]
    assert by_lang["nl"].verdict == "warn" and "SC-HEALTH" in by_lang["nl"].codes
    assert all(r.note == note for r in rows if r.decision == "returned")
    assert all(r.note == "" for r in rows if r.decision == "approved")
    columns = set(LintDecision.__table__.columns.keys())
    assert not columns & {"museum_id", "user_id", "response_id", "created_at", "ip"}


def test_a_refused_approval_keeps_no_example(
    app, client, museum, as_staff, create_own_question, monkeypatch
):
    monkeypatch.setitem(app.config, "MAX_ACTIVE_OWN_QUESTIONS", 1)
    create_own_question(museum, code="live")
    waiting = create_own_question(museum, code="waiting", status="pending", texts=DISABILITY)
    client.post(f"/staff/approvals/{waiting.id}/approve")
    assert decisions(app) == []


def test_export_writes_corpus_rows_the_scorer_reads(
    app, client, museum, as_staff, create_own_question, runner, tmp_path
):
    question = create_own_question(museum, code="access", status="pending", texts=DISABILITY)
    client.post(
        f"/staff/approvals/{question.id}/reject", data={f"return-{question.id}-note": "No."}
    )
    path = tmp_path / "decisions.jsonl"
    result = runner.invoke(args=["lint-decisions", "export", str(path)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert {row["lang"] for row in rows} == set(museum.languages)
    first = rows[0]
    assert first["label"] == "reject" and first["decision"] == "returned"
    assert first["text"] in DISABILITY.values() and first["note"] == "No."
    assert set(first) <= {
        "id", "lang", "text", "help", "options", "type", "label", "category", "decision",
        "decided_on", "linter_verdict", "linter_codes", "note",
    }  # fmt: skip
    assert "reject recall" in report(path, rows, typos=False, misses=False)
