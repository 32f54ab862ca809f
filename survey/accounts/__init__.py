"""Accounts of museum users and staff: sign-in, invitations, settings and data rights."""

from flask import Blueprint

blueprint = Blueprint("accounts", __name__, url_prefix="/account")

from survey.accounts import views  # noqa: E402,F401  (routes register on import)
