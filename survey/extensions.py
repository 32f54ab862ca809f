"""Unbound extension objects, bound to an app in `create_app`."""

from flask_babel import Babel
from flask_limiter import Limiter
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Named constraints keep Alembic revisions identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)
migrate = Migrate(compare_type=True, render_as_batch=True)
babel = Babel()
csrf = CSRFProtect()
login_manager = LoginManager()


def _client_key() -> str:
    from survey.security import hashed_client_key

    return hashed_client_key()


# Registers the thread-safe in-memory storage under memory:// before any limiter uses it.
from survey import limiter_storage  # noqa: E402,F401  isort: skip

# Limits apply only where a route asks for one (survey posts, sign-in), keyed on a daily keyed
# hash of the client, never its address. Storage: memory, or Redis via RATELIMIT_STORAGE_URI.
limiter = Limiter(key_func=_client_key, default_limits=[])
