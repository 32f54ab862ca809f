from __future__ import annotations

from flask import render_template

from survey.access import current_museum, museum_user_required
from survey.extensions import db
from survey.portal import blueprint
from survey.reports.progress import progress_for
from survey.respond.links import survey_link


@blueprint.get("/")
@museum_user_required
def dashboard():
    museum = current_museum()
    return render_template(
        "portal/dashboard.html",
        museum=museum,
        progress=progress_for(db.session, museum),
        survey_url=survey_link(museum.slug),
    )


@blueprint.get("/report")
@blueprint.get("/report.<fmt>")
@museum_user_required
def report(fmt: str = "html"):
    """The museum's progress report: aggregated figures only, never per-respondent rows."""
    from survey.reports.views import museum_report

    return museum_report(current_museum(), fmt)
