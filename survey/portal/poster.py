"""The museum's QR poster: survey link as PNG and SVG QR codes, and a printable A4 page."""

from __future__ import annotations

import io

import segno
from flask import render_template, request, send_file
from flask_babel import force_locale
from flask_babel import gettext as _

from survey.access import current_museum, museum_user_required
from survey.models import Museum
from survey.portal import blueprint
from survey.respond.links import survey_link

#: Error correction "m" survives a scuffed or partly covered poster; segno raises the level
#: further when that fits in the same symbol size.
QR_ERROR_LEVEL = "m"
#: Quiet zone of four modules around the code, as the QR standard requires for reliable scans.
QR_BORDER = 4
#: Pixels per module in the PNG: about 10 cm wide at 300 dpi for a typical survey link.
QR_PNG_SCALE = 10
#: Units per module in the SVG; it is a vector image, so this only sets its nominal size.
QR_SVG_SCALE = 10

QR_FORMATS = {"png": ("image/png", QR_PNG_SCALE), "svg": ("image/svg+xml", QR_SVG_SCALE)}


def survey_qr_code(url: str) -> segno.QRCode:
    return segno.make_qr(url, error=QR_ERROR_LEVEL)


def _short_link(url: str) -> str:
    # Printed without the scheme: easier to read and type, and every browser adds it back.
    return url.split("://", 1)[-1]


def _kiosk_requested() -> bool:
    return request.args.get("kiosk") in {"1", "true", "yes"}


def _qr_response(kind: str):
    museum = current_museum()
    kiosk = _kiosk_requested()
    mimetype, scale = QR_FORMATS[kind]
    buffer = io.BytesIO()
    survey_qr_code(survey_link(museum.slug, kiosk=kiosk)).save(
        buffer, kind=kind, scale=scale, border=QR_BORDER
    )
    buffer.seek(0)
    name = f"sentomus-{museum.slug}{'-kiosk' if kiosk else ''}-qr.{kind}"
    return send_file(
        buffer,
        mimetype=mimetype,
        as_attachment=request.args.get("download") == "1",
        download_name=name,
        max_age=0,
    )


@blueprint.get("/qr.png")
@museum_user_required
def qr_png():
    return _qr_response("png")


@blueprint.get("/qr.svg")
@museum_user_required
def qr_svg():
    return _qr_response("svg")


def _invitations(museum: Museum) -> list[dict[str, str]]:
    """The poster's inviting words in every language the museum offers, from the survey catalogs."""
    invitations = []
    for lang in museum.languages:
        with force_locale(lang):
            invitations.append(
                {
                    "lang": lang,
                    "heading": _("Tell us about your visit"),
                    "anonymous": _("Your answers are anonymous"),
                }
            )
    return invitations


@blueprint.get("/poster")
@museum_user_required
def poster():
    museum = current_museum()
    url = survey_link(museum.slug)
    return render_template(
        "portal/poster.html",
        museum=museum,
        invitations=_invitations(museum),
        survey_url=url,
        short_link=_short_link(url),
        kiosk_url=survey_link(museum.slug, kiosk=True),
    )
