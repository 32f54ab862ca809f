"""Staff routes of the approval queue (/staff/approvals), registered on the staff blueprint."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from survey.access import staff_required
from survey.extensions import db
from survey.i18n import LANGUAGE_NAMES
from survey.models import Question
from survey.own_questions.approvals import approval_queue, approve_question, reject_question
from survey.own_questions.errors import LintRejected, NotPending, QuestionLimitReached
from survey.own_questions.forms import ReturnQuestionForm, return_form
from survey.questions import KINDS
from survey.staff import blueprint


def _limit() -> int:
    return int(current_app.config["MAX_ACTIVE_OWN_QUESTIONS"])


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
    form = return_form(question.id)
    if not form.validate_on_submit():
        return _render_queue({question.id: form})
    reject_question(db.session, question, current_user, form.note.data)
    flash(_("“%(code)s” is returned to the museum as a draft.", code=question.code))
    return redirect(url_for("staff.approvals"))


def _render_queue(forms: dict[int, ReturnQuestionForm]):
    entries = approval_queue(db.session, locale=current_user.locale)
    return render_template(
        "staff/approvals.html",
        entries=entries,
        forms={
            e.question.id: forms.get(e.question.id) or return_form(e.question.id) for e in entries
        },
        limit=_limit(),
        kinds=KINDS,
        language_names=LANGUAGE_NAMES,
    )
