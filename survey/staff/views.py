from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from wtforms import SelectChoice

from survey.access import staff_required
from survey.accounts.forms import InviteForm
from survey.accounts.services import invitation_token
from survey.core import current_core
from survey.extensions import db
from survey.links import public_url
from survey.models import AuditEntry, CoreQuestionnaire, Museum, Question, User
from survey.reports.progress import progress_for_all
from survey.staff import blueprint
from survey.staff.forms import MuseumForm
from survey.staff.services import DuplicateError, invite_user, save_museum, set_user_active


@blueprint.get("/")
@staff_required
def overview():
    rows = progress_for_all(db.session)
    behind = [p for p in rows if p.museum.active and p.share_of_target < 0.5]
    return render_template("staff/overview.html", rows=rows, behind=behind)


@blueprint.get("/museums")
@staff_required
def museums():
    return render_template(
        "staff/museums.html", museums=db.session.scalars(select(Museum).order_by(Museum.name)).all()
    )


@blueprint.route("/museums/new", methods=["GET", "POST"])
@staff_required
def museum_new():
    return _museum_form(None)


@blueprint.route("/museums/<int:museum_id>", methods=["GET", "POST"])
@staff_required
def museum_edit(museum_id: int):
    museum = db.session.get(Museum, museum_id) or abort(404)
    return _museum_form(museum)


def _museum_form(museum: Museum | None):
    form = MuseumForm(obj=museum)
    if form.validate_on_submit():
        data = {
            "name": form.name.data.strip(),
            "slug": form.slug.data,
            "languages": list(form.languages.data),
            "target_sample_size": form.target_sample_size.data,
            "peer_cluster": (form.peer_cluster.data or "").strip() or None,
            "active": form.active.data,
        }
        try:
            saved = save_museum(db.session, current_user, museum, data)
        except DuplicateError:
            form.slug.errors = [_("Another museum already uses this address.")]
        else:
            flash(_("%(name)s is saved.", name=saved.name))
            return redirect(url_for("staff.museums"))
    return render_template("staff/museum_form.html", form=form, museum=museum)


@blueprint.route("/users", methods=["GET", "POST"])
@staff_required
def users():
    form = InviteForm()
    form.museum_id.choices = [SelectChoice(0, "—")] + [
        SelectChoice(m.id, m.name) for m in db.session.scalars(select(Museum).order_by(Museum.name))
    ]
    invitation_link = None
    if form.validate_on_submit():
        if form.role.data != "staff" and not db.session.get(Museum, form.museum_id.data):
            form.museum_id.errors = [_("Choose the museum this user belongs to.")]
        else:
            try:
                user = invite_user(db.session, current_user, form.data)
            except DuplicateError:
                form.email.errors = [_("There is already an account with this e-mail address.")]
            else:
                invitation_link = public_url(
                    "accounts.accept_invitation", token=invitation_token(user)
                )
                flash(_("Invitation created for %(email)s.", email=user.email))
    accounts = db.session.scalars(select(User).order_by(User.role, User.email)).all()
    return render_template(
        "staff/users.html", form=form, accounts=accounts, invitation_link=invitation_link
    )


@blueprint.post("/users/<int:user_id>/invitation")
@staff_required
def user_invitation(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    link = public_url("accounts.accept_invitation", token=invitation_token(user))
    return render_template("staff/invitation_link.html", user=user, link=link)


@blueprint.post("/users/<int:user_id>/active/<int:state>")
@staff_required
def user_active(user_id: int, state: int):
    user = db.session.get(User, user_id) or abort(404)
    if user.id == current_user.id:
        abort(400)
    set_user_active(db.session, current_user, user, bool(state))
    return redirect(url_for("staff.users"))


@blueprint.get("/core")
@staff_required
def core():
    loaded = current_core(db.session)
    versions = db.session.scalars(
        select(CoreQuestionnaire.version).order_by(CoreQuestionnaire.version.desc())
    ).all()
    questions = (
        db.session.scalars(
            select(Question)
            .where(Question.core_version == loaded.version)
            .order_by(Question.position)
        ).all()
        if loaded
        else []
    )
    return render_template("staff/core.html", core=loaded, versions=versions, questions=questions)


@blueprint.get("/audit")
@staff_required
def audit_log():
    entries = db.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(500)).all()
    actors = {u.id: u.email for u in db.session.scalars(select(User))}
    return render_template("staff/audit.html", entries=entries, actors=actors)


@blueprint.get("/museums/<int:museum_id>/report")
@blueprint.get("/museums/<int:museum_id>/report.<fmt>")
@staff_required
def museum_report(museum_id: int, fmt: str = "html"):
    from survey.reports.views import museum_report as render_museum_report

    museum = db.session.get(Museum, museum_id) or abort(404)
    return render_museum_report(museum, fmt)


@blueprint.get("/report")
@blueprint.get("/report.<fmt>")
@staff_required
def overview_report(fmt: str = "html"):
    from survey.reports.views import overview_report as render_overview

    return render_overview(fmt)
