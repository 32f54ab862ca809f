"""The museum portal (/portal): progress, own questions, preview, QR poster."""

from flask import Blueprint

blueprint = Blueprint("portal", __name__, url_prefix="/portal")

from survey.own_questions import editor_views  # noqa: E402,F401  (own-question routes)
from survey.portal import poster, preview, views  # noqa: E402,F401  (add routes)
