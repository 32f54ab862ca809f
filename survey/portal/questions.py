"""The museum's own questions in the portal: list, add, edit, reorder, retire."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, select
from wtforms import SelectChoice

from survey.access import current_museum, editor_required, get_own_question, museum_user_required
from survey.core import current_core
from survey.extensions import db
from survey.i18n import LANGUAGE_NAMES
from survey.models import Museum, Question
from survey.portal import blueprint
from survey.portal.question_forms import (
    QuestionForm,
    form_data_of,
    option_rows_wanted,
    question_form,
)
from survey.questions import KINDS
from survey.questions.own import (
    SLOT_STATUSES,
    CodeTaken,
    ConcurrentChange,
    LintRejected,
    LintReport,
    NotCurrent,
    QuestionLimitReached,
    answer_counts,
    create_own_question,
    current_questions,
    has_answers,
    lint_stored,
    move_own_question,
    retire_own_question,
    retired_questions,
    review_notes,
    update_own_question,
)


def question_limit() -> int:
    return int(current_app.config["MAX_ACTIVE_OWN_QUESTIONS"])


def slots_taken(museum: Museum) -> int:
    return db.session.scalar(
        select(func.count()).where(
            Question.museum_id == museum.id, Question.status.in_(SLOT_STATUSES)
        )
    )


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
        taken=slots_taken(museum),
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


def _scale_choices() -> list[SelectChoice]:
    core = current_core(db.session)
    scales = core.document.get("scales", {}) if core else {}
    locale = current_user.locale
    choices = []
    for name, points in scales.items():
        ends = [point.get(locale) or point.get("en", "") for point in (points[0], points[-1])]
        choices.append(SelectChoice(name, f"{ends[0]} … {ends[1]}"))
    return choices


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
        scales=_scale_choices(),
        new=question is None,
        data=form_data_of(question) if question is not None and not posted else None,
    )
    report: LintReport | None = None
    form_error: str | None = None
    if posted and not more_rows and form.validate_on_submit():
        draft = form.to_draft()
        try:
            if question is None:
                outcome = create_own_question(
                    db.session,
                    museum,
                    current_user,
                    draft,
                    limit=question_limit(),
                    locale=current_user.locale,
                )
            else:
                outcome = update_own_question(
                    db.session,
                    question,
                    current_user,
                    draft,
                    limit=question_limit(),
                    locale=current_user.locale,
                )
        except LintRejected as rejected:
            report = rejected.report
            form_error = _(
                "Not saved: this question asks visitors for personal data. "
                "Change the wording marked below and save again."
            )
        except QuestionLimitReached as reached:
            form_error = _(
                "Not saved: your museum already has %(limit)d questions live or awaiting "
                "approval, the most allowed. Retire one of them first.",
                limit=reached.limit,
            )
        except CodeTaken:
            form.code.errors = [*form.code.errors, _("Another of your questions uses this code.")]
            form_error = _("Not saved: please correct the fields marked below.")
        except NotCurrent:
            flash(_("This question was retired meanwhile; nothing was changed."))
            return redirect(url_for("portal.questions"))
        except ConcurrentChange:
            form_error = _("Someone changed this question at the same moment. Please save again.")
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
