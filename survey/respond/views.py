from __future__ import annotations

import logging

from flask import abort, current_app, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from sqlalchemy.exc import SQLAlchemyError

from survey.errors import log_without_data
from survey.extensions import db, limiter
from survey.i18n import LANGUAGE_NAMES, negotiate_language
from survey.models.museum import is_valid_slug
from survey.respond import blueprint
from survey.respond.definitions import SurveyMuseum, lookup_museum
from survey.respond.disclosure import NEVER_STORED, stored_fields
from survey.respond.flow import PageState, StateError, Survey, load_survey
from survey.respond.kiosk import TRUE_VALUES, inactivity_seconds, use_kiosk
from survey.respond.pages import advance_page, page_context, use_language
from survey.respond.services import record_start, submit_response
from survey.security import respondent_rate_limit

log = logging.getLogger(__name__)


def _museum_or_404(slug: str) -> SurveyMuseum:
    museum = lookup_museum(db.session, slug) if is_valid_slug(slug) else None
    if museum is None:
        use_language(negotiate_language(current_app.config["LANGUAGES"], request.args.get("lang")))
        abort(404)
    return museum


def _closed(museum: SurveyMuseum, lang: str, kiosk: bool = False):
    use_language(lang)
    if kiosk:
        use_kiosk(museum.slug, inactivity_seconds())
    return render_template("respond/closed.html", museum=museum), 200


def _kiosk_flag() -> bool:
    return request.values.get("kiosk") in TRUE_VALUES


@blueprint.get("/<slug>")
def intro(slug: str):
    museum = _museum_or_404(slug)
    lang = negotiate_language(museum.languages, request.args.get("lang"))
    kiosk = _kiosk_flag()
    if not museum.active:
        return _closed(museum, lang, kiosk)
    use_language(lang)
    if kiosk:
        # The kiosk start itself stays; once a visitor picked a language, it returns to it.
        use_kiosk(museum.slug, inactivity_seconds() if request.args.get("lang") else None)
    survey = load_survey(db.session, museum)
    if survey is None:
        abort(503)
    return render_template(
        "respond/intro.html",
        museum=museum,
        lang=lang,
        kiosk=kiosk,
        languages=[(code, LANGUAGE_NAMES[code]) for code in museum.languages],
        question_count=survey.question_count,
        minutes=max(3, round(survey.question_count * 12 / 60)),
        stored=stored_fields(),
        never_stored=NEVER_STORED,
    )


@blueprint.post("/<slug>/start")
@limiter.limit(respondent_rate_limit)
def start(slug: str):
    museum = _museum_or_404(slug)
    lang = negotiate_language(museum.languages, request.form.get("lang"))
    kiosk = _kiosk_flag()
    if not museum.active:
        return _closed(museum, lang, kiosk)
    use_language(lang)
    survey = load_survey(db.session, museum)
    if survey is None:
        abort(503)
    record_start(db.session, museum)
    more_time = request.form.get("more_time") in TRUE_VALUES
    state = PageState.new(
        museum.id, survey.core.version, lang, kiosk, survey.first_page({}), more_time
    )
    return _render_page(survey, state)


@blueprint.post("/<slug>/page")
@limiter.limit(respondent_rate_limit)
def page(slug: str):
    museum = _museum_or_404(slug)
    try:
        state = PageState.load(request.form.get("state"))
    except StateError as error:
        return _restart(museum, expired=error.expired)
    if state.museum_id != museum.id or state.lang not in museum.languages:
        return _restart(museum, expired=False)
    if not museum.active:
        return _closed(museum, state.lang, state.kiosk)
    survey = load_survey(db.session, museum, state.core_version)
    if survey is None or not 0 <= state.page < len(survey.pages):
        return _restart(museum, expired=False)

    form, finished = advance_page(survey, state, request.form)
    if not finished:
        return _render_page(survey, state, form=form)

    try:
        submit_response(db.session, survey, state)
    except SQLAlchemyError as error:
        log_without_data(log, "a response could not be stored", error)
        # Nothing is lost: the page comes back with every answer in it, ready to send again.
        return _render_page(survey, state, form=form, save_failed=True), 503
    params = {"slug": museum.slug, "lang": state.lang}
    if state.kiosk:
        params["kiosk"] = 1
    return redirect(url_for("respond.thanks", **params), code=303)


@blueprint.get("/<slug>/thanks")
def thanks(slug: str):
    museum = _museum_or_404(slug)
    lang = negotiate_language(museum.languages, request.args.get("lang"))
    use_language(lang)
    kiosk = _kiosk_flag()
    restart_url = None
    if kiosk:
        restart_url = use_kiosk(museum.slug, current_app.config["KIOSK_RESTART_SECONDS"]).url
    return render_template(
        "respond/thanks.html", museum=museum, kiosk=kiosk, restart_url=restart_url
    )


def _render_page(survey: Survey, state: PageState, form=None, save_failed: bool = False):
    if state.kiosk:
        use_kiosk(survey.museum.slug, inactivity_seconds(state.more_time))
    return render_template(
        "respond/page.html", **page_context(survey, state, form=form, save_failed=save_failed)
    )


def _restart(museum: SurveyMuseum, expired: bool):
    use_language(negotiate_language(museum.languages, request.args.get("lang")))
    message = (
        _("This questionnaire was open for too long and has expired.")
        if expired
        else _("We could not continue this questionnaire.")
    )
    restart_url = url_for("respond.intro", slug=museum.slug, lang=str(get_locale()))
    if _kiosk_flag():
        restart_url = use_kiosk(museum.slug, inactivity_seconds()).url
    return render_template(
        "respond/restart.html", museum=museum, message=message, restart_url=restart_url
    ), 400
