"""Staff decisions on flagged questions, kept as labelled examples and exported for evaluation.

`record_decision` runs inside the approval service's transaction: one row per museum language,
with the question's words in that language, the linter's verdict and codes at that moment, and
the decision. `sentomus lint-decisions export` writes them as JSON lines in the format of the
linter's corpora (tests/privacy/corpus*.jsonl), with ``label`` "warn" for an approved question
(flagged and rightly allowed after review) and "reject" for a returned one, plus the raw decision,
so that `python -m tests.privacy.score` can score the linter on them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence

import click
from sqlalchemy import select
from sqlalchemy.orm import Session

from survey.cli import with_appcontext
from survey.models import LintDecision, Question
from survey.own_questions.drafts import draft_of
from survey.own_questions.linter_gate import LintReport

_LABELS = {"approved": "warn", "returned": "reject"}


def record_decision(
    session: Session,
    question: Question,
    languages: Sequence[str],
    decision: str,
    report: LintReport,
    *,
    note: str = "",
) -> None:
    """Keep what staff decided on `question`, per language; the caller commits."""
    draft = draft_of(question)
    options = draft.kept_options()
    today = dt.date.today()
    for lang in languages:
        findings = [f for f in report.findings if f.lang == lang]
        verdicts = {f.finding.severity for f in findings}
        verdict = "reject" if "reject" in verdicts else "warn" if verdicts else "ok"
        session.add(
            LintDecision(
                decision=decision,
                decided_on=today,
                lang=lang,
                kind=draft.kind,
                text=draft.texts.get(lang, ""),
                help_text=draft.help_texts.get(lang, ""),
                options=[o.labels.get(lang, "") for o in options],
                verdict=verdict,
                codes=sorted({f.finding.code for f in findings}),
                note=note,
            )
        )


def exported_decisions(session: Session) -> Iterator[dict]:
    """Every kept decision as a corpus row, oldest first."""
    for row in session.scalars(select(LintDecision).order_by(LintDecision.id)):
        record = {
            "id": f"ld-{row.id}",
            "lang": row.lang,
            "text": row.text,
            "label": _LABELS[row.decision],
            "category": "staff_decision",
            "type": row.kind,
        }
        if row.help_text:
            record["help"] = row.help_text
        if row.options:
            record["options"] = row.options
        record.update(
            decision=row.decision,
            decided_on=row.decided_on.isoformat(),
            linter_verdict=row.verdict,
            linter_codes=row.codes,
            note=row.note,
        )
        yield record


@click.group("lint-decisions")
def lint_decisions_group() -> None:
    """Staff decisions on flagged questions, kept as labelled examples for the linter."""


@lint_decisions_group.command("export")
@click.argument("path", required=False, default="-", metavar="[PATH|-]")
@with_appcontext
def export_command(path: str) -> None:
    """Write every kept decision as a JSON line (question texts only)."""
    from survey.extensions import db

    count = 0
    with click.open_file(path, "w", encoding="utf-8") as out:
        for record in exported_decisions(db.session):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    click.echo(f"{count} decisions exported", err=True)
