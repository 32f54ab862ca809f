"""Fixtures: the app on SQLite always, and on PostgreSQL whenever it is reachable (required in CI).

Each database gets its tables and the core questionnaire once per session; every test starts from
a clean slate: every table of the models emptied but the core questionnaire (`kept_core_rows`).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import ColumnElement, Table, create_engine, delete, select, text

from survey import create_app
from survey.accounts.services import hash_password
from survey.core import load_core
from survey.extensions import db
from survey.models import CoreQuestionnaire, Museum, Question, QuestionOption, User

POSTGRES_URL = os.environ.get(
    "SENTOMUS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def postgres_available() -> bool:
    try:
        engine = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


POSTGRES_UP = postgres_available()
if IN_CI and not POSTGRES_UP:
    raise RuntimeError(f"CI=true requires PostgreSQL at {POSTGRES_URL}, but it is not reachable")

BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_UP else [])


def pytest_report_header(config):
    return f"database backends: {', '.join(BACKENDS)}"


def _database_settings(backend: str, tmp_path_factory) -> dict:
    if backend == "sqlite":
        path = tmp_path_factory.mktemp("sqlite") / "test.db"
        return {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"}
    schema = f"sentomus_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    engine = create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    return {
        "SQLALCHEMY_DATABASE_URI": POSTGRES_URL,
        "SQLALCHEMY_ENGINE_OPTIONS": {
            "pool_pre_ping": True,
            "connect_args": {"options": f"-csearch_path={schema}"},
        },
        "_TEST_SCHEMA": schema,
    }


def drop_schema(schema: str) -> None:
    engine = create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture(scope="session", params=BACKENDS)
def session_app(request, tmp_path_factory):
    settings = _database_settings(request.param, tmp_path_factory)
    instance = tmp_path_factory.mktemp("instance")
    app = create_app({"TESTING": True, **settings})
    app.instance_path = str(instance)
    app.config["DB_BACKEND"] = request.param
    with app.app_context():
        db.create_all()
        load_core(db.session)
        db.session.commit()
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    if "_TEST_SCHEMA" in settings:
        drop_schema(settings["_TEST_SCHEMA"])


def kept_core_rows() -> dict[Table, ColumnElement[bool] | None]:
    """What the session loads once and every test keeps: the core questionnaire, that is its
    versions (the whole table) and the questions and options that belong to no museum. Maps
    each such table to the condition its kept rows meet (None: all of them)."""
    core_question_ids = select(Question.id).where(Question.museum_id.is_(None))
    return {
        CoreQuestionnaire.__table__: None,
        Question.__table__: Question.museum_id.is_(None),
        QuestionOption.__table__: QuestionOption.question_id.in_(core_question_ids),
    }


def clean_database() -> None:
    """Empty every table of the models but the core questionnaire rows, children before parents
    (the metadata's dependency order, reversed): a table added to the models is cleaned too."""
    db.session.rollback()
    kept = kept_core_rows()
    for table in reversed(db.metadata.sorted_tables):
        if table not in kept:
            db.session.execute(delete(table))
        elif kept[table] is not None:
            db.session.execute(delete(table).where(~kept[table]))
    db.session.commit()


@pytest.fixture
def app(session_app):
    with session_app.app_context():
        clean_database()
    yield session_app
    with session_app.app_context():
        db.session.rollback()
        db.session.remove()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    """Invokes the `sentomus` group (not `app.cli`) with the test app as its application."""
    from flask.testing import FlaskCliRunner

    from survey.cli import cli

    class SentomusRunner(FlaskCliRunner):
        def invoke(self, cli=cli, args=None, **kwargs):
            return super().invoke(cli, args, **kwargs)

    return SentomusRunner(app)


@pytest.fixture
def app_ctx(app):
    with app.app_context():
        yield app


@pytest.fixture
def create_museum(app) -> Callable[..., Museum]:
    counter = iter(range(1, 10_000))

    def factory(**overrides) -> Museum:
        number = next(counter)
        values = {
            "slug": f"museum-{number}",
            "name": f"Test Museum {number}",
            "languages": ["en", "nl", "fr", "de", "es", "it"],
            "target_sample_size": 400,
            "active": True,
            "peer_cluster": "art",
        }
        values.update(overrides)
        with app.app_context():
            museum = Museum(**values)
            db.session.add(museum)
            db.session.commit()
            db.session.refresh(museum)
            db.session.expunge(museum)
        return museum

    return factory


ALL_LANGS = ("en", "nl", "fr", "de", "es", "it")


@pytest.fixture
def create_own_question(app) -> Callable[..., Question]:
    def factory(museum: Museum, **overrides) -> Question:
        options = overrides.pop("options", None)
        values = {
            "museum_id": museum.id,
            "code": "own_question",
            "section": "museum",
            "kind": "single_choice",
            "required": False,
            "position": 1,
            "status": "active",
            "version": 1,
            "texts": {lang: f"Own question ({lang})?" for lang in ALL_LANGS},
            "help_texts": {},
            "settings": {},
        }
        values.update(overrides)
        if options is None and values["kind"] in {"single_choice", "multiple_choice"}:
            options = [("yes", "Yes"), ("no", "No")]
        with app.app_context():
            question = Question(**values)
            question.options = [
                QuestionOption(code=code, position=i, labels={lang: label for lang in ALL_LANGS})
                for i, (code, label) in enumerate(options or [])
            ]
            db.session.add(question)
            db.session.commit()
            db.session.refresh(question)
            db.session.expunge(question)
        return question

    return factory


PASSWORD = "correct horse battery staple"


@pytest.fixture
def create_user(app):
    counter = iter(range(1, 10_000))

    def factory(role="editor", museum=None, password=PASSWORD, **overrides) -> User:
        values = {
            "email": f"user{next(counter)}@museum.example",
            "display_name": "Test user",
            "role": role,
            "museum_id": None if role == "staff" else museum.id,
            "password_hash": None,
            "locale": "en",
        }
        values.update(overrides)
        with app.app_context():
            if password:
                values["password_hash"] = hash_password(password)
            user = User(**values)
            db.session.add(user)
            db.session.commit()
            db.session.refresh(user)
            db.session.expunge(user)
        return user

    return factory


@pytest.fixture
def sign_in(client):
    def do(user, password=PASSWORD):
        response = client.post("/account/login", data={"email": user.email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)
        return response

    return do
