"""Stepping through a survey's pages: apply one posted page to the page state, and what a page
template needs. Writes nothing; the live survey (respond.views) and the museum's preview
(portal.preview) share it, so the preview walks exactly the pages a visitor walks."""

from __future__ import annotations

from typing import Any

from flask import g
from flask_babel import refresh
from wtforms import Form

from survey.i18n import LANGUAGE_NAMES
from survey.questions import build_section_form
from survey.respond.flow import STATE_SALT, PageState, Survey, page_title


def use_language(lang: str) -> None:
    g.lang = lang
    refresh()


def advance_page(survey: Survey, state: PageState, formdata) -> tuple[Form | None, bool]:
    """Apply one posted page to the state: a language switch, going back, or moving on.

    Returns the form to show again (None: build it from the state) and whether the last page
    was completed. Writes nothing; the live survey and the portal's preview share it.
    """
    action = formdata.get("action", "next")
    switch_to = formdata.get("switch_lang")
    use_language(state.lang)
    questions = survey.visible_questions(state.page, state.answers)
    form = build_section_form(
        questions, state.lang, survey.labels, formdata=formdata, answers=state.answers
    )

    if switch_to:
        # Keep what was typed on this page, show it again in the other language.
        _keep_valid_answers(form, state)
        if switch_to in survey.museum.languages:
            state.lang = switch_to
            use_language(switch_to)
        form = build_section_form(
            questions, state.lang, survey.labels, formdata=formdata, answers=state.answers
        )
        return form, False

    if action == "back":
        _keep_valid_answers(form, state)
        previous = survey.previous_page(state.page, state.answers)
        state.page = state.page if previous is None else previous
        return None, False

    if not form.validate():
        return form, False
    _store_page_answers(form, state)

    following = survey.next_page(state.page, state.answers)
    if following is not None:
        state.page = following
        return None, False
    return form, True


def _store_answer(field, state: PageState) -> None:
    key = str(field.question.id)
    if field.data is None:
        state.answers.pop(key, None)
    else:
        state.answers[key] = field.data


def _store_page_answers(form, state: PageState) -> None:
    for field in form:
        _store_answer(field, state)


def _keep_valid_answers(form, state: PageState) -> None:
    """Going back or switching language keeps every answer on the page that is valid."""
    for field in form:
        if field.validate(form):
            _store_answer(field, state)


def page_context(
    survey: Survey,
    state: PageState,
    form: Form | None = None,
    save_failed: bool = False,
    state_salt: str = STATE_SALT,
) -> dict[str, Any]:
    """What a survey page template needs; the preview renders the same with its own salt."""
    questions = survey.visible_questions(state.page, state.answers)
    if form is None:
        form = build_section_form(questions, state.lang, survey.labels, answers=state.answers)
    # Numbered among every page the survey has, so the total never changes while a visitor
    # answers (a page shown only for some answers is skipped over, not added on the way).
    numbered = survey.numbered_pages
    step = numbered.index(state.page) + 1 if state.page in numbered else 1
    is_last = survey.next_page(state.page, state.answers) is None
    return {
        "museum": survey.museum,
        "survey": survey,
        "title": page_title(survey, survey.pages[state.page], state.lang),
        "fields": list(form),
        "lang": state.lang,
        "languages": [(code, LANGUAGE_NAMES[code]) for code in survey.museum.languages],
        "state": state.dump(state_salt),
        "step": step,
        "steps": max(len(numbered), step),
        "is_first": survey.previous_page(state.page, state.answers) is None,
        "is_last": is_last,
        "save_failed": save_failed,
        "has_errors": any(field.errors for field in form),
        "kiosk": state.kiosk,
    }
