"""The committed Alembic revisions build exactly the schema the models describe."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, text

from survey import create_app
from survey.extensions import db
from tests.conftest import BACKENDS, POSTGRES_URL, drop_schema


@pytest.fixture(params=BACKENDS)
def empty_database(request, tmp_path):
    if request.param == "sqlite":
        yield {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'migrated.db'}"}, None
        return
    schema = f"sentomus_migrations_{tmp_path.name[-8:]}".replace("-", "_").lower()
    engine = create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    yield (
        {
            "SQLALCHEMY_DATABASE_URI": POSTGRES_URL,
            "SQLALCHEMY_ENGINE_OPTIONS": {"connect_args": {"options": f"-csearch_path={schema}"}},
        },
        schema,
    )
    drop_schema(schema)


def test_migrated_schema_matches_the_models(empty_database, tmp_path):
    settings, schema = empty_database
    app = create_app({"TESTING": True, **settings})
    with app.app_context():
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_schemas": False}
            )
            differences = compare_metadata(context, db.metadata)
        tables = set(inspect(db.engine).get_table_names())
        assert {"museum", "question", "response", "answer", "survey_start_count"} <= tables
        assert differences == []
        downgrade(revision="base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        db.engine.dispose()


def test_revisions_form_one_numbered_line():
    """Each file NNNN_name.py holds revision NNNN, revising the file numbered just before it."""
    from pathlib import Path

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    folder = Path(__file__).resolve().parents[2] / "migrations"
    config = Config()
    config.set_main_option("script_location", str(folder))
    scripts = ScriptDirectory.from_config(config)
    assert len(scripts.get_heads()) == 1
    revisions = sorted(scripts.walk_revisions(), key=lambda script: script.revision)
    for number, script in enumerate(revisions, start=1):
        assert script.revision == f"{number:04d}"
        assert Path(script.path).name.startswith(f"{number:04d}_")
        expected_parent = f"{number - 1:04d}" if number > 1 else None
        assert script.down_revision == expected_parent
