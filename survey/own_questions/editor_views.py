"""Portal routes of the own-question editor (/portal/questions): list, add, edit, reorder, retire.

Registered on the portal blueprint; every change goes through a service of this package."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from survey.access import current_museum, editor_required, get_own_question, museum_user_required
from survey.core import current_core
from survey.extensions import db
from survey.i18n import LANGUAGE_NAMES
from survey.models import Museum, Question
from survey.own_questions.errors import (
    CodeTaken,
    ConcurrentChange,
    LintRejected,
    NotCurrent,
    QuestionLimitReached,
)
from survey.own_questions.forms import (
    QuestionForm,
    form_data_of,
    option_rows_wanted,
    question_form,
)
from survey.own_questions.linter_gate import LintReport, lint_stored
from survey.own_questions.queries import (
    answer_counts,
    current_questions,
    has_answers,
    retired_questions,
    review_notes,
    slots_taken,
)
from survey.own_questions.versions import (
    create_own_question,
    move_own_question,
    retire_own_question,
    update_own_question,
)
from survey.portal import blueprint
from survey.questions import KINDS, NO_LABELS, SurveyLabels


def question_limit() -> int:
    return int(current_app.config["MAX_ACTIVE_OWN_QUESTIONS"])


@blueprint.get("/questions")
@museum_user_required
def questions():
    museum = current_museum()
    current = db.session.scalars(current_questions(museum.id)).all()
    retired = db.session.scalars(retired_questions(museum.id)).all()
    return render_template(
        "portal/questions.html",
        museum=museum,
        questions=current,
        retired=retired,
        kinds=KINDS,
        answers=answer_counts(db.session, [q.id for q in [*current, *retired]]),
        notes=review_notes(db.session, [q.id for q in current if q.status == "draft"]),
        taken=slots_taken(db.session, museum.id),
        limit=question_limit(),
        can_edit=current_user.role == "editor",
    )


@blueprint.route("/questions/new", methods=["GET", "POST"])
@editor_required
def question_new():
    return _question_editor(current_museum(), None)


@blueprint.route("/questions/<int:question_id>/edit", methods=["GET", "POST"])
@editor_required
def question_edit(question_id: int):
    question = get_own_question(question_id)
    if question.status == "retired":
        flash(_("A retired question cannot be changed any more."))
        return redirect(url_for("portal.questions"))
    return _question_editor(current_museum(), question)


@blueprint.post("/questions/<int:question_id>/move/<any(up, down):direction>")
@editor_required
def question_move(question_id: int, direction: str):
    question = get_own_question(question_id)
    try:
        move_own_question(db.session, question, direction)
    except NotCurrent:
        flash(_("A retired question has no place in the survey."))
    return redirect(url_for("portal.questions"))


@blueprint.post("/questions/<int:question_id>/retire")
@editor_required
def question_retire(question_id: int):
    question = get_own_question(question_id)
    try:
        retire_own_question(db.session, question, current_user)
    except NotCurrent:
        flash(_("This question was retired already."))
    else:
        flash(
            _(
                "“%(code)s” is retired: visitors no longer see it. Its answers are kept.",
                code=question.code,
            )
        )
    return redirect(url_for("portal.questions"))


def _survey_labels() -> SurveyLabels:
    core = current_core(db.session)
    return SurveyLabels.from_document(core.document) if core else NO_LABELS


def _question_editor(museum: Museum, question: Question | None):
    posted = request.method == "POST"
    more_rows = posted and "more_options" in request.form
    form = question_form(
        museum.languages,
        option_rows=option_rows_wanted(
            request.form if posted else None,
            existing=len(question.options) if question else 0,
            more=more_rows,
        ),
        labels=_survey_labels(),
        locale=current_user.locale,
        new=question is None,
        data=form_data_of(question) if question is not None and not posted else None,
    )
    report: LintReport | None = None
    form_error: str | None = None
    if posted and not more_rows and form.validate_on_submit():
        try:
            outcome = _save(museum, question, form)
        except LintRejected as rejected:
            report = rejected.report
            form_error = _(
                "Not saved: this question asks visitors for personal data. "
                "Change the wording marked below and save again."
            )
        except NotCurrent:
            flash(_("This question was retired meanwhile; nothing was changed."))
            return redirect(url_for("portal.questions"))
        except (QuestionLimitReached, CodeTaken, ConcurrentChange) as refused:
            form_error = _refusal_message(form, refused)
        else:
            flash(_saved_message(outcome.question, outcome.new_version))
            return redirect(url_for("portal.questions"), code=303)
    elif posted and not more_rows:
        form_error = _("Not saved: please correct the fields marked below.")
    elif question is not None and not posted:
        # What the linter says about the stored wording, e.g. why it awaits approval.
        report = lint_stored(question, museum.languages, locale=current_user.locale)
    return render_template(
        "portal/question_form.html",
        museum=museum,
        question=question,
        form=form,
        report=report,
        findings=_findings_by_field(form, report),
        form_error=form_error,
        answered=question is not None and has_answers(db.session, question.id),
        kinds=KINDS,
        language_names=LANGUAGE_NAMES,
    )


def _save(museum: Museum, question: Question | None, form: QuestionForm):
    draft = form.to_draft()
    if question is None:
        return create_own_question(
            db.session,
            museum,
            current_user,
            draft,
            limit=question_limit(),
            locale=current_user.locale,
        )
    return update_own_question(
        db.session,
        question,
        current_user,
        draft,
        limit=question_limit(),
        locale=current_user.locale,
    )


def _refusal_message(form: QuestionForm, refused: Exception) -> str:
    if isinstance(refused, QuestionLimitReached):
        return _(
            "Not saved: your museum already has %(limit)d questions live or awaiting "
            "approval, the most allowed. Retire one of them first.",
            limit=refused.limit,
        )
    if isinstance(refused, CodeTaken):
        form.code.errors = [*form.code.errors, _("Another of your questions uses this code.")]
        return _("Not saved: please correct the fields marked below.")
    return _("Someone changed this question at the same moment. Please save again.")


def _saved_message(question: Question, new_version: bool) -> str:
    if question.status == "pending":
        return _(
            "“%(code)s” is saved. The personal-data check flagged it, so Sento staff will "
            "review it before visitors see it.",
            code=question.code,
        )
    if new_version:
        return _(
            "“%(code)s” is saved as version %(version)d and is live. Earlier answers stay with "
            "the earlier wording.",
            code=question.code,
            version=question.version,
        )
    return _("“%(code)s” is saved and is live in your survey.", code=question.code)


def _findings_by_field(form: QuestionForm, report: LintReport | None) -> dict[str, list]:
    placed: dict[str, list] = {}
    if report is None:
        return placed
    for finding in report.findings:
        target = form.field_for(finding)
        placed.setdefault(target.name if target is not None else "", []).append(finding)
    return placed
