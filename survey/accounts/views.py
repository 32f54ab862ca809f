from __future__ import annotations

import json
import unicodedata
from urllib.parse import unquote, urlsplit

from flask import (
    Response,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from survey.accounts import blueprint
from survey.accounts.forms import DeleteAccountForm, LoginForm, SetPasswordForm, SettingsForm
from survey.accounts.services import (
    LinkError,
    authenticate,
    delete_account,
    end_sessions,
    export_account_data,
    save_settings,
    set_password,
    stop_progress_emails,
    user_for_invitation,
    user_for_unsubscribe,
)
from survey.extensions import csrf, db, limiter
from survey.security import keyed_hash


def _home_for(user) -> str:
    return url_for("staff.overview") if user.is_staff else url_for("portal.dashboard")


def _login_email_key() -> str:
    return "login:" + keyed_hash((request.form.get("email") or "").strip().lower())


def _safe_next(target: str | None) -> str | None:
    """`target` if it is a path on this site, else None: never an open redirect.

    Browsers drop tabs and newlines from URLs, read a backslash as a slash and decode some
    escapes, so `/\t/evil`, `/\\evil` or `/%2F/evil` may all lead to another host. Anything
    with a space, control character or backslash, raw or percent-encoded, is refused.
    """
    if not target or len(target) > 2048:
        return None
    for candidate in (target, unquote(target)):
        if any(
            ch == "\\" or ch.isspace() or unicodedata.category(ch)[0] in "CZ" for ch in candidate
        ):
            return None
        if not candidate.startswith("/") or candidate.startswith("//"):
            return None
        parts = urlsplit(candidate)
        if parts.scheme or parts.netloc:
            return None
    return target


@blueprint.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOGIN_RATE_LIMIT"], methods=["POST"])
@limiter.limit(
    lambda: current_app.config["LOGIN_RATE_LIMIT"], methods=["POST"], key_func=_login_email_key
)
def login():
    if current_user.is_authenticated:
        return redirect(_home_for(current_user))
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(db.session, form.email.data, form.password.data)
        if user is not None:
            login_user(user)
            return redirect(_safe_next(request.args.get("next")) or _home_for(user))
        # The same words whether or not the account exists.
        form.password.errors = [_("The e-mail address or password is not correct.")]
    return render_template("accounts/login.html", form=form)


@blueprint.post("/logout")
@login_required
def logout():
    end_sessions(db.session, current_user._get_current_object())
    logout_user()
    flash(_("You are signed out."))
    return redirect(url_for("accounts.login"))


@blueprint.route("/invitation/<token>", methods=["GET", "POST"])
def accept_invitation(token: str):
    try:
        user = user_for_invitation(db.session, token)
    except LinkError as error:
        return render_template("accounts/link_invalid.html", expired=error.expired), 400
    form = SetPasswordForm()
    if form.validate_on_submit():
        set_password(db.session, user, form.password.data)
        login_user(user)
        flash(_("Your password is set. Welcome to Sentomus."))
        return redirect(_home_for(user))
    return render_template("accounts/set_password.html", form=form, user=user)


@blueprint.route("/settings", methods=["GET", "POST"])
@login_required
def settings():
    form = SettingsForm(obj=current_user)
    if form.validate_on_submit():
        save_settings(
            db.session,
            current_user,
            display_name=form.display_name.data,
            locale=form.locale.data,
            progress_emails=form.progress_emails.data,
        )
        flash(_("Your settings are saved."))
        return redirect(url_for("accounts.settings"))
    return render_template("accounts/settings.html", form=form, delete_form=DeleteAccountForm())


@blueprint.get("/data.json")
@login_required
def export_data():
    payload = json.dumps(
        export_account_data(db.session, current_user), indent=2, ensure_ascii=False
    )
    return Response(
        payload,
        mimetype="application/json",
        headers={"Content-Disposition": "attachment; filename=sentomus-account-data.json"},
    )


@blueprint.post("/delete")
@login_required
def delete():
    form = DeleteAccountForm()
    if form.validate_on_submit() and authenticate(
        db.session, current_user.email, form.password.data
    ):
        user = current_user._get_current_object()
        logout_user()
        delete_account(db.session, user)
        return render_template("accounts/deleted.html")
    settings_form = SettingsForm(obj=current_user)
    form.password.errors = [_("The password is not correct; your account was not deleted.")]
    return render_template("accounts/settings.html", form=settings_form, delete_form=form), 400


@blueprint.route("/unsubscribe/<token>", methods=["GET", "POST"])
@csrf.exempt  # the signed token is the proof; mail clients' one-click unsubscribe has no form
def unsubscribe(token: str):
    """Works without signing in: GET asks to confirm, POST (also one-click mail clients) stops."""
    try:
        user = user_for_unsubscribe(db.session, token)
    except LinkError:
        return render_template("accounts/link_invalid.html", expired=False), 400
    if request.method == "POST":
        stop_progress_emails(db.session, user)
        return render_template("accounts/unsubscribed.html", user=user)
    return render_template("accounts/unsubscribe.html", user=user, token=token)


def load_user(session_id: str):
    """The account a session cookie names, if the cookie is still current (see
    `User.session_version`) and the account active; else the visitor is signed out."""
    from survey.models import User

    user_id, _, version = session_id.partition(":")
    if not (user_id.isdigit() and version.isdigit()):
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not user.active or user.session_version != int(version):
        return None
    return user
