"""The staff area (/staff): museums, users and invitations, approvals, the core questionnaire."""

from flask import Blueprint

blueprint = Blueprint("staff", __name__, url_prefix="/staff")

from survey.own_questions import approval_views  # noqa: E402,F401  (approval queue routes)
from survey.staff import export, views  # noqa: E402,F401  (routes register on import)
