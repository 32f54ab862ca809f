"""The Sentomus survey platform: a Flask application built by `create_app`."""

from __future__ import annotations

import contextlib
import os
import secrets
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def package_folder(package: str) -> str:
    """The folder of a data package of the app (`survey.templates`, `survey.migrations`): the
    repository's top-level folder in an editable install, the installed copy in a wheel."""
    return str(files(package))


def create_app(config: str | dict[str, Any] | None = None) -> Flask:
    """Build the application.

    `config` is a settings name (development, testing, production) or a dict of overrides applied
    on top of the settings picked by SENTOMUS_ENV (or `testing` when a dict carries TESTING=True).
    """
    # Imported here so that tools using parts of the package (the linter, the lint command)
    # start without loading the web framework.
    from flask import Flask

    # Without SENTOMUS_INSTANCE_PATH, Flask's default: instance/ beside the source checkout, or
    # <prefix>/var/survey-instance for an installed package.
    app = Flask(
        __name__,
        instance_path=os.environ.get("SENTOMUS_INSTANCE_PATH") or None,
        template_folder=package_folder("survey.templates"),
    )
    register_config(app, config)
    register_extensions(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_request_hooks(app)
    register_static_files(app)
    return app


def register_config(app: Flask, config: str | dict[str, Any] | None) -> None:
    from config import load_config

    overrides = config if isinstance(config, dict) else {}
    name = config if isinstance(config, str) else ("testing" if overrides.get("TESTING") else None)
    app.config.from_object(load_config(name))
    app.config.update(overrides)
    # Statement parameters are respondents' answers and ids: never part of an error message.
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {
        **app.config.get("SQLALCHEMY_ENGINE_OPTIONS", {}),
        "hide_parameters": True,
    }
    # Private from the start: the folder holds the SQLite file and the development key.
    Path(app.instance_path).mkdir(mode=0o700, parents=True, exist_ok=True)

    if not app.config.get("SQLALCHEMY_DATABASE_URI"):
        app.config["SQLALCHEMY_DATABASE_URI"] = (
            f"sqlite:///{Path(app.instance_path) / 'sentomus.db'}"
        )
    _create_private_sqlite_file(app.config["SQLALCHEMY_DATABASE_URI"])
    production = app.config.get("ENV_NAME") == "production"
    if not app.config.get("SECRET_KEY"):
        if production:
            raise RuntimeError(
                "SENTOMUS_SECRET_KEY is not set: production refuses to start without a secret key."
            )
        app.config["SECRET_KEY"] = _instance_secret_key(Path(app.instance_path))
    if app.config.get("ENV_NAME") == "production" or app.config.get("PUBLIC_BASE_URL"):
        from survey.links import check_public_base_url

        # Production refuses to start without it: a poster printed from a wrong address is dead.
        app.config["PUBLIC_BASE_URL"] = check_public_base_url(app.config.get("PUBLIC_BASE_URL"))
    if len(str(app.config["SECRET_KEY"]).encode("utf-8")) < MIN_SECRET_BYTES:
        raise RuntimeError(
            f"SENTOMUS_SECRET_KEY is shorter than {MIN_SECRET_BYTES} bytes: use a random one, "
            'e.g. python -c "import secrets; print(secrets.token_hex(32))".'
        )


#: Shortest secret key accepted: 256 bits, as the signed page state and sessions rely on it.
MIN_SECRET_BYTES = 32


def _create_private(path: Path, content: str = "") -> None:
    """Create `path` readable by its owner only, in the same step (no chmod afterwards)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(content)


def _create_private_sqlite_file(url: str) -> None:
    """An SQLite database file created empty with mode 0600 before SQLite opens it; SQLite
    gives its -wal and -shm files the database file's mode."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    name = parsed.database or ""
    if (
        parsed.get_backend_name() != "sqlite"
        or name in {"", ":memory:"}
        or name.startswith("file:")
    ):
        return
    path = Path(name)
    if path.parent.is_dir():
        with contextlib.suppress(FileExistsError):
            _create_private(path)


def _instance_secret_key(instance: Path) -> str:
    """A development key generated once into the instance folder, so restarts keep sessions."""
    key_file = instance / "secret_key"
    with contextlib.suppress(FileExistsError):
        _create_private(key_file, secrets.token_hex(32))
    return key_file.read_text().strip()


def register_extensions(app: Flask) -> None:
    from survey.accounts.views import load_user
    from survey.database import configure_sqlite, remove_session_safely
    from survey.extensions import babel, csrf, db, limiter, login_manager, migrate
    from survey.i18n import select_locale

    db.init_app(app)
    # Registered after Flask-SQLAlchemy's teardown, so it runs first (teardowns run in reverse).
    app.teardown_appcontext(remove_session_safely)
    configure_sqlite()
    migrate.init_app(app, db, directory=package_folder("survey.migrations"))
    babel.init_app(app, locale_selector=select_locale)
    csrf.init_app(app)
    limiter.init_app(app)
    _thread_safe_limit_fallback(limiter)
    if app.config.get("ENV_NAME") == "production" and str(
        app.config.get("RATELIMIT_STORAGE_URI", "memory://")
    ).startswith("memory://"):
        app.logger.warning(
            "Rate limits are counted per process (memory storage): with N workers a limit "
            "allows N times as much. Set SENTOMUS_RATELIMIT_STORAGE_URI to a shared Redis."
        )
    login_manager.init_app(app)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = None
    login_manager.user_loader(load_user)
    from flask_babel import get_locale

    app.jinja_env.globals["get_locale"] = get_locale


def _thread_safe_limit_fallback(limiter) -> None:
    """Flask-Limiter builds its in-memory fallback (used while Redis is unreachable) from limits'
    MemoryStorage class directly, not through the memory:// scheme: give it the thread-safe
    storage that scheme names, or threaded workers could fail exactly while Redis is down."""
    if getattr(limiter, "_fallback_limiter", None) is None:
        return
    from limits.strategies import STRATEGIES

    from survey.limiter_storage import ThreadSafeMemoryStorage

    limiter._fallback_storage = ThreadSafeMemoryStorage()
    limiter._fallback_limiter = STRATEGIES[limiter._strategy](limiter._fallback_storage)


def register_blueprints(app: Flask) -> None:
    from survey.accounts import blueprint as accounts_blueprint
    from survey.extensions import csrf
    from survey.portal import blueprint as portal_blueprint
    from survey.respond import blueprint as respond_blueprint
    from survey.staff import blueprint as staff_blueprint

    # The respondent flow has no session to protect: its signed page state does that job, and a
    # CSRF token would need a cookie.
    csrf.exempt(respond_blueprint)
    for blueprint in (respond_blueprint, accounts_blueprint, portal_blueprint, staff_blueprint):
        app.register_blueprint(blueprint)

    @app.get("/")
    def home():
        from flask import redirect, url_for

        return redirect(url_for("accounts.login"))


def register_errorhandlers(app: Flask) -> None:
    from survey.errors import register

    register(app)


def register_request_hooks(app: Flask) -> None:
    from survey.security import register

    register(app)


def register_static_files(app: Flask) -> None:
    from survey.assets import register

    register(app)
