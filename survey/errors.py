"""Friendly error pages in the visitor's language; never a bare 500."""

from __future__ import annotations

import logging
import traceback

from flask import Flask, current_app, render_template, request
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError

from survey.extensions import db
from survey.respond.kiosk import use_kiosk_for_error

MESSAGES = {
    400: (
        _l("This request could not be read"),
        _l("Something in what was sent was not valid. Please go back and try again."),
    ),
    403: (_l("Not allowed"), _l("You do not have permission to open this page.")),
    404: (
        _l("Page not found"),
        _l("We could not find this page. Please check the address or scan the QR code again."),
    ),
    405: (_l("Not allowed"), _l("This page cannot be opened this way.")),
    413: (
        _l("Too much data"),
        _l(
            "What was sent is larger than this page accepts. "
            "Please shorten your answers and try again."
        ),
    ),
    429: (_l("Too many requests"), _l("Please wait a moment and try again.")),
    500: (
        _l("Something went wrong"),
        _l("An unexpected error occurred on our side. Please try again in a moment."),
    ),
    503: (
        _l("Temporarily unavailable"),
        _l("The service is briefly unavailable. Please try again in a moment."),
    ),
}


def render_error(code: int):
    title, message = MESSAGES.get(code, MESSAGES[500])
    use_kiosk_for_error()
    return render_template("errors/error.html", code=code, title=title, message=message), code


def handle_http_exception(error: HTTPException):
    if error.code is None or error.code < 400:
        return error
    if error.code == 429 and _is_survey_post():
        # Many visitors share one address (museum Wi-Fi): nothing they typed is lost.
        return _answers_kept_page(429)
    return render_error(error.code)


def _is_survey_post() -> bool:
    return request.method == "POST" and request.blueprint == "respond"


def _use_respondents_language() -> None:
    """The language of the page that was sent: from its signed state, else its form."""
    from flask import g
    from flask_babel import refresh

    from survey.respond.flow import PageState, StateError

    if getattr(g, "lang", None):
        return
    try:
        lang = PageState.load(request.form.get("state")).lang
    except StateError:
        lang = request.form.get("lang")
    except Exception:  # noqa: BLE001 - no database or settings: keep the negotiated language
        return
    if lang in current_app.config["LANGUAGES"]:
        g.lang = lang
        refresh()


def _answers_kept_page(code: int):
    _use_respondents_language()
    fields = [(key, value) for key, values in request.form.lists() for value in values]
    use_kiosk_for_error()
    action = request.full_path if request.query_string else request.path
    return (
        render_template(
            "respond/unavailable.html", fields=fields, action=action, limited=code == 429
        ),
        code,
    )


def log_without_data(logger: logging.Logger, message: str, error: BaseException) -> None:
    """Log where an error happened, never what it said: database errors quote the values that
    were being written (answers, response ids), so only exception names and code lines are kept."""
    names = []
    current: BaseException | None = error
    while current is not None and len(names) < 5:
        names.append(type(current).__name__)
        current = current.__cause__ or current.__context__
    frames = "".join(traceback.format_tb(error.__traceback__))
    logger.error("%s: %s\n%s", message, " <- ".join(names), frames.rstrip())


def handle_unexpected(error: Exception):
    # Where it failed goes to the log, never request data; the visitor gets a calm page.
    log_without_data(current_app.logger, "unhandled error", error)
    return render_error(InternalServerError.code)


def handle_database_unavailable(error: OperationalError | InterfaceError):
    """The database cannot be reached: a calm 503, and on a survey page the answers come back
    in the form so that nothing typed is lost."""
    current_app.logger.error("database unavailable: %s", error.__class__.__name__)
    db.session.rollback()
    if _is_survey_post():
        return _answers_kept_page(503)
    return render_error(503)


def register(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(OperationalError, handle_database_unavailable)
    app.register_error_handler(InterfaceError, handle_database_unavailable)
    app.register_error_handler(Exception, handle_unexpected)
