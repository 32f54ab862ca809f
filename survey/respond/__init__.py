"""The public survey at /s/<museum-slug>: no login, no cookie, nothing stored before submit."""

from flask import Blueprint

blueprint = Blueprint("respond", __name__, url_prefix="/s")

from survey.respond import views  # noqa: E402,F401  (routes register on import)
