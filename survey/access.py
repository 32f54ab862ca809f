"""Who may open what: one place owns the 401/403/404 decisions for portal and staff views."""

from __future__ import annotations

from functools import wraps

from flask import abort, redirect, url_for
from flask_login import current_user, login_required

from survey.extensions import db
from survey.models import Museum, Question


def staff_required(view):
    @wraps(view)
    @login_required
    def wrapper(*args, **kwargs):
        if not current_user.is_staff:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def museum_user_required(view):
    """Museum editors and viewers; staff are sent to their own area."""

    @wraps(view)
    @login_required
    def wrapper(*args, **kwargs):
        if current_user.is_staff:
            return redirect(url_for("staff.overview"))
        return view(*args, **kwargs)

    return wrapper


def editor_required(view):
    @wraps(view)
    @museum_user_required
    def wrapper(*args, **kwargs):
        if current_user.role != "editor":
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def current_museum() -> Museum:
    museum = db.session.get(Museum, current_user.museum_id)
    if museum is None:
        abort(404)
    return museum


def get_own_question(question_id: int) -> Question:
    """A question of the signed-in user's museum; any other museum's question is a 404."""
    question = db.session.get(Question, question_id)
    if (
        question is None
        or question.museum_id is None
        or question.museum_id != current_user.museum_id
    ):
        abort(404)
    return question
