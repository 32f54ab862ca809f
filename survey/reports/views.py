"""Serving analysis/ reports from the portal and the staff area.

The HTML report is self-contained (plotly.js embedded once, no network request). Its inline
scripts are allowed by their SHA-256 hashes only, so the page keeps a strict script policy.
"""

from __future__ import annotations

from flask import Response, abort, current_app
from flask_babel import get_locale

from analysis import (
    MEDIA_TYPES,
    DisclosurePolicy,
    ReportError,
    build_museum_report,
    build_overview,
    render_document,
)
from analysis.render import own_script_hashes
from survey.extensions import db
from survey.models import Museum


def report_policy() -> DisclosurePolicy:
    return DisclosurePolicy(min_base=current_app.config["REPORT_MIN_BASE"])


def report_csp(html: str | None = None) -> str:
    """The report page's policy: only the renderer's own scripts run (`html` is not read: a
    script that found its way into the page must not be allowed by hashing it)."""
    hashes = own_script_hashes()
    return "; ".join(
        [
            "default-src 'none'",
            "script-src " + (" ".join(sorted(hashes)) or "'none'"),
            # plotly.js adds its own style elements at run time.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
        ]
    )


def report_response(document, fmt: str, filename: str) -> Response:
    if fmt not in MEDIA_TYPES:
        abort(404)
    body = render_document(document, fmt)
    response = Response(body, content_type=MEDIA_TYPES[fmt])
    if fmt == "html":
        response.headers["Content-Security-Policy"] = report_csp(body.decode("utf-8"))
    else:
        response.headers["Content-Disposition"] = f"attachment; filename={filename}.{fmt}"
    response.headers["Cache-Control"] = "private, no-store"
    return response


def survey_today():
    """Today in the survey's time zone: the date responses, weeks and releases are counted in."""
    from analysis.periods import today_in

    return today_in(current_app.config["SURVEY_TIMEZONE"])


def museum_report(museum: Museum, fmt: str) -> Response:
    try:
        document = build_museum_report(
            db.engine,
            museum.id,
            as_of=survey_today(),
            policy=report_policy(),
            lang=str(get_locale() or "en"),
        )
    except ReportError:
        abort(404)
    return report_response(document, fmt, f"sentomus-{museum.slug}-report")


def overview_report(fmt: str) -> Response:
    document = build_overview(
        db.engine, as_of=survey_today(), policy=report_policy(), lang=str(get_locale() or "en")
    )
    return report_response(document, fmt, "sentomus-overview")
