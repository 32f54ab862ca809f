"""Request hooks every page passes through: headers, body checks, no respondent cookies."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from urllib.parse import parse_qsl

from flask import Flask, abort, current_app, request
from flask.sessions import SecureCookieSessionInterface
from flask_limiter.util import get_remote_address

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)

#: Blueprints whose visitors are respondents: no cookie, no caching of answers on shared devices.
RESPONDENT_BLUEPRINTS = {"respond"}
#: The only paths with a session: sign-in, the portal and the staff area.
SESSION_PATH_PREFIXES = ("/account", "/portal", "/staff")


def carries_session(path: str) -> bool:
    return any(path == prefix or path.startswith(prefix + "/") for prefix in SESSION_PATH_PREFIXES)


class PortalSessionInterface(SecureCookieSessionInterface):
    """Sessions exist on portal paths only. Anywhere else (the survey, its error pages, static
    files) the session cookie is neither read nor written, so a respondent's browser is never sent
    or refreshed a cookie, whatever it carries from an earlier sign-in on the same device."""

    def open_session(self, app, request):
        if not carries_session(request.path):
            return self.session_class()
        return super().open_session(app, request)

    def save_session(self, app, session, response) -> None:
        if carries_session(request.path):
            super().save_session(app, session, response)


def register(app: Flask) -> None:
    app.session_interface = PortalSessionInterface()
    hops = int(app.config.get("PROXY_HOPS") or 0)
    if hops:
        from werkzeug.middleware.proxy_fix import ProxyFix

        # Only as many forwarded hops as there are trusted proxies: the address a limit is
        # counted on is then the visitor's, and a visitor cannot choose another one.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
    app.before_request(reject_undecodable_input)
    app.after_request(set_security_headers)


def reject_undecodable_input() -> None:
    """Form bodies and query strings must be valid UTF-8 without NUL characters (which no text
    field can hold); anything else is a 400, not a guess."""
    sources = [request.query_string]
    if request.method in {"POST", "PUT", "PATCH"} and request.mimetype == (
        "application/x-www-form-urlencoded"
    ):
        sources.append(request.get_data(cache=True))
    for raw in sources:
        try:
            pairs = parse_qsl(raw.decode("ascii"), errors="strict", keep_blank_values=True)
        except (UnicodeDecodeError, ValueError):
            abort(400)
        if any("\x00" in key or "\x00" in value for key, value in pairs):
            abort(400)
    if request.method in {"POST", "PUT", "PATCH"} and request.mimetype == "multipart/form-data":
        # The multipart parser replaces undecodable bytes with U+FFFD: refused like the rest.
        fields = [
            *request.form.items(multi=True),
            *((k, f.filename or "") for k, f in request.files.items(multi=True)),
        ]
        if any(bad in key or bad in value for key, value in fields for bad in ("\x00", "\ufffd")):
            abort(400)


def set_security_headers(response):
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    if current_app.config.get("ENV_NAME") == "production":
        headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    if request.blueprint in RESPONDENT_BLUEPRINTS or request.path.startswith("/s/"):
        # A kiosk tablet is shared: the next visitor must not page back into earlier answers.
        headers["Cache-Control"] = "no-store"
        # Respondent routes never set a cookie, whatever an extension may have tried.
        headers.remove("Set-Cookie")
        headers.remove("Vary") if headers.get("Vary") == "Cookie" else None
    return response


def keyed_hash(value: str) -> str:
    """A keyed hash of `value` under a key that changes every day: rate-limit storage holds
    this, never a client address or account name, and only for the length of a limit's window."""
    day = dt.date.today().isoformat().encode()
    secret = hmac.new(current_app.config["SECRET_KEY"].encode(), day, hashlib.sha256).digest()
    return hmac.new(secret, value.encode(), hashlib.sha256).hexdigest()[:32]


def hashed_client_key() -> str:
    """The limiter's key for every limit keyed on the client: never the address itself."""
    return "client:" + keyed_hash(get_remote_address() or "")


def respondent_rate_limit() -> str:
    return current_app.config["RESPONDENT_RATE_LIMIT"]
