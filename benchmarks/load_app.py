"""The app as load tests serve it: the real app plus one bare endpoint for comparison.

`/bench/bare-submit` takes the same signed page state as the real final submit and inserts the
same rows in one transaction, skipping form parsing, validation and rendering. It exists only
in this module, never in the production app.
"""

from __future__ import annotations

from flask import Blueprint, abort, request

from survey import create_app
from survey.extensions import csrf, db
from survey.models import Museum
from survey.respond.flow import PageState, StateError, load_survey
from survey.respond.services import submit_response

bare = Blueprint("bench", __name__, url_prefix="/bench")


@bare.post("/bare-submit")
def bare_submit():
    try:
        state = PageState.load(request.form.get("state"))
    except StateError:
        abort(400)
    museum = db.session.get(Museum, state.museum_id)
    survey = load_survey(db.session, museum, state.core_version)
    stored = submit_response(db.session, survey, state)
    return ("stored" if stored else "duplicate"), 200


def create_load_app():
    app = create_app()
    csrf.exempt(bare)
    app.register_blueprint(bare)
    return app
