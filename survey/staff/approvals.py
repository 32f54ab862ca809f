"""The approval queue: questions the personal-data check flagged, waiting for Sento staff."""

from __future__ import annotations

from dataclasses import dataclass

from flask import abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import func, select
from wtforms import TextAreaField
from wtforms.validators import DataRequired, Length

from survey.access import staff_required
from survey.extensions import db
from survey.i18n import LANGUAGE_NAMES
from survey.models import Museum, Question
from survey.questions import KINDS
from survey.questions.own import (
    LintRejected,
    LintReport,
    NotPending,
    QuestionLimitReached,
    approve_question,
    lint_stored,
    pending_questions,
    reject_question,
)
from survey.staff import blueprint

NOTE_MAX_LENGTH = 1000


class ReturnQuestionForm(FlaskForm):
    note = TextAreaField(
        _l("Note to the museum: why it cannot go live as it is"),
        validators=[
            DataRequired(message=_l("Tell the museum why the question is returned.")),
            Length(max=NOTE_MAX_LENGTH),
        ],
    )


@dataclass
class QueueEntry:
    question: Question
    museum: Museum
    report: LintReport
    live: int
    form: ReturnQuestionForm


def _limit() -> int:
    return int(current_app.config["MAX_ACTIVE_OWN_QUESTIONS"])


def _return_form(question_id: int) -> ReturnQuestionForm:
    # One form per question on the page; the prefix keeps their fields apart.
    return ReturnQuestionForm(prefix=f"return-{question_id}")


def _museum_question_or_404(question_id: int) -> Question:
    question = db.session.get(Question, question_id)
    if question is None or question.museum_id is None:
        abort(404)
    return question


@blueprint.get("/approvals")
@staff_required
def approvals():
    return _render_queue({})


@blueprint.post("/approvals/<int:question_id>/approve")
@staff_required
def approval_approve(question_id: int):
    question = _museum_question_or_404(question_id)
    try:
        approve_question(
            db.session, question, current_user, limit=_limit(), locale=current_user.locale
        )
    except NotPending:
        flash(_("This question is no longer awaiting approval."))
    except LintRejected:
        flash(
            _(
                "The personal-data check now rejects this question, so it cannot go live. "
                "Return it to the museum with a note."
            )
        )
    except QuestionLimitReached as reached:
        flash(
            _(
                "Not approved: the museum already has %(limit)d live questions. "
                "It has to retire one first.",
                limit=reached.limit,
            )
        )
    else:
        flash(_("“%(code)s” is approved and now live.", code=question.code))
    return redirect(url_for("staff.approvals"))


@blueprint.post("/approvals/<int:question_id>/reject")
@staff_required
def approval_reject(question_id: int):
    question = _museum_question_or_404(question_id)
    if question.status != "pending":
        flash(_("This question is no longer awaiting approval."))
        return redirect(url_for("staff.approvals"))
    form = _return_form(question.id)
    if not form.validate_on_submit():
        return _render_queue({question.id: form})
    reject_question(db.session, question, current_user, form.note.data)
    flash(_("“%(code)s” is returned to the museum as a draft.", code=question.code))
    return redirect(url_for("staff.approvals"))


def _render_queue(forms: dict[int, ReturnQuestionForm]):
    questions = db.session.scalars(pending_questions()).all()
    museum_ids = {q.museum_id for q in questions}
    museums = {m.id: m for m in db.session.scalars(select(Museum).where(Museum.id.in_(museum_ids)))}
    live = dict(
        db.session.execute(
            select(Question.museum_id, func.count())
            .where(Question.museum_id.in_(museum_ids), Question.status == "active")
            .group_by(Question.museum_id)
        ).all()
    )
    entries = [
        QueueEntry(
            question=q,
            museum=museums[q.museum_id],
            report=lint_stored(q, museums[q.museum_id].languages, locale=current_user.locale),
            live=live.get(q.museum_id, 0),
            form=forms.get(q.id) or _return_form(q.id),
        )
        for q in questions
    ]
    return render_template(
        "staff/approvals.html",
        entries=entries,
        limit=_limit(),
        kinds=KINDS,
        language_names=LANGUAGE_NAMES,
    )
