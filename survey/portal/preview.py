"""The museum's preview of its survey: every page as a visitor sees it, nothing stored.

It walks the same pages with the same stepping code as the live survey (`advance_page`), adds the
questions awaiting approval (marked as such), signs its page state with a salt of its own so a
preview can never be submitted to the live survey, and never counts a start, keeps a one-time
token or stores a response.
"""

from __future__ import annotations

from flask import abort, redirect, render_template, request, url_for

from survey.access import current_museum, museum_user_required
from survey.extensions import db
from survey.i18n import LANGUAGE_NAMES
from survey.models import Museum
from survey.portal import blueprint
from survey.respond.flow import PREVIEW_STATE_SALT, PageState, StateError, Survey, load_survey
from survey.respond.pages import advance_page, page_context, use_language


def _preview_language(museum: Museum, requested: str | None) -> str:
    return requested if requested in museum.languages else museum.default_language


@blueprint.get("/preview")
@museum_user_required
def preview():
    museum = current_museum()
    lang = _preview_language(museum, request.args.get("lang"))
    survey = load_survey(db.session, museum, include_pending=True)
    if survey is None:
        abort(503)
    use_language(lang)
    # No one-time token: a preview can never be submitted, so there is nothing to protect.
    state = PageState(museum.id, survey.core.version, lang, survey.first_page({}), {}, "")
    return _render_preview(survey, state)


@blueprint.post("/preview/page")
@museum_user_required
def preview_page():
    museum = current_museum()
    try:
        state = PageState.load(request.form.get("state"), salt=PREVIEW_STATE_SALT)
    except StateError:
        return redirect(url_for("portal.preview"))
    if state.museum_id != museum.id or state.lang not in museum.languages:
        return redirect(url_for("portal.preview"))
    survey = load_survey(db.session, museum, state.core_version, include_pending=True)
    if survey is None or not 0 <= state.page < len(survey.pages):
        return redirect(url_for("portal.preview", lang=state.lang))

    form, finished = advance_page(survey, state, request.form)
    if finished:
        # Where the live survey would store the response, the preview only says it is done.
        return render_template(
            "portal/preview_done.html",
            museum=museum,
            lang=state.lang,
            languages=_languages(museum),
        )
    return _render_preview(survey, state, form)


def _languages(museum: Museum) -> list[tuple[str, str]]:
    return [(code, LANGUAGE_NAMES[code]) for code in museum.languages]


def _render_preview(survey: Survey, state: PageState, form=None):
    return render_template(
        "respond/page.html",
        preview=True,
        **page_context(survey, state, form=form, state_salt=PREVIEW_STATE_SALT),
    )
