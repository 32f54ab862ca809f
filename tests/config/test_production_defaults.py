"""The production path is the default one, and refuses what would be unsafe there."""

from __future__ import annotations

import logging
import os
import runpy
import stat
from pathlib import Path

import pytest

from survey import create_app

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 32


@pytest.fixture
def production(monkeypatch, tmp_path):
    """Production settings as a safe deployment gives them; each test takes one away."""
    from config.settings import ProductionConfig

    monkeypatch.setenv("SENTOMUS_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setattr(ProductionConfig, "SECRET_KEY", GOOD_KEY)
    monkeypatch.setattr(ProductionConfig, "PUBLIC_BASE_URL", "https://survey.example")
    monkeypatch.setattr(ProductionConfig, "RATELIMIT_STORAGE_URI", "redis://127.0.0.1:1/0")
    monkeypatch.setattr(
        ProductionConfig, "SQLALCHEMY_DATABASE_URI", f"sqlite:///{tmp_path / 'prod.db'}"
    )
    return ProductionConfig


def test_gunicorn_runs_production_settings_unless_told_otherwise(monkeypatch):
    # setenv first, so that the variable gunicorn's config sets is undone after the test.
    monkeypatch.setenv("SENTOMUS_ENV", "unset")
    monkeypatch.delenv("SENTOMUS_ENV")
    settings = runpy.run_path(str(ROOT / "config" / "gunicorn.conf.py"))
    assert os.environ["SENTOMUS_ENV"] == "production"
    assert settings["logger_class"] == "survey.serving.AnonymousGunicornLogger"
    monkeypatch.setenv("SENTOMUS_ENV", "development")
    runpy.run_path(str(ROOT / "config" / "gunicorn.conf.py"))
    assert os.environ["SENTOMUS_ENV"] == "development"


def test_production_starts_when_everything_is_set(production):
    app = create_app("production")
    assert app.config["ENV_NAME"] == "production"


@pytest.mark.parametrize("key", ["s3cret", "x" * 31, "é" * 15])
def test_secrets_under_32_bytes_are_refused(production, monkeypatch, key):
    monkeypatch.setattr(production, "SECRET_KEY", key)
    with pytest.raises(RuntimeError, match="32 bytes"):
        create_app("production")


def test_short_secrets_are_refused_in_development_too(production, monkeypatch):
    from config.settings import DevelopmentConfig

    monkeypatch.setattr(DevelopmentConfig, "SECRET_KEY", "short")
    with pytest.raises(RuntimeError, match="32 bytes"):
        create_app("development")


def test_production_refuses_to_start_without_a_public_base_url(production, monkeypatch):
    monkeypatch.setattr(production, "PUBLIC_BASE_URL", None)
    with pytest.raises(RuntimeError, match="SENTOMUS_PUBLIC_BASE_URL"):
        create_app("production")


def test_production_says_at_start_when_limits_are_counted_per_process(
    production, monkeypatch, caplog
):
    monkeypatch.setattr(production, "RATELIMIT_STORAGE_URI", "memory://")
    with caplog.at_level(logging.WARNING):
        create_app("production")
    assert any("per process" in record.getMessage() for record in caplog.records)
    caplog.clear()
    monkeypatch.setattr(production, "RATELIMIT_STORAGE_URI", "redis://127.0.0.1:1/0")
    with caplog.at_level(logging.WARNING):
        create_app("production")
    assert not any("per process" in record.getMessage() for record in caplog.records)


def test_demo_seed_is_refused_in_production(production):
    from flask_migrate import upgrade

    from survey.extensions import db
    from survey.models import User

    app = create_app("production")
    with app.app_context():
        upgrade()
        from survey.cli import cli

        result = app.test_cli_runner().invoke(cli, ["seed-demo", "--museums", "1"])
        assert result.exit_code != 0
        assert "production" in result.output
        assert db.session.query(User).count() == 0
        db.engine.dispose()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_instance_folder_and_files_are_private_from_the_start(monkeypatch, tmp_path):
    """Created 0700 and 0600 (never chmod-ed afterwards, which leaves a window)."""
    from flask_migrate import upgrade
    from sqlalchemy import text

    from config.settings import DevelopmentConfig
    from survey.extensions import db

    instance = tmp_path / "fresh-instance"
    monkeypatch.setenv("SENTOMUS_INSTANCE_PATH", str(instance))
    monkeypatch.setattr(DevelopmentConfig, "SECRET_KEY", None)
    monkeypatch.setattr(DevelopmentConfig, "SQLALCHEMY_DATABASE_URI", None)
    old_umask = os.umask(0o022)
    monkeypatch.setattr(Path, "chmod", lambda *a, **k: pytest.fail("chmod after creation"))
    monkeypatch.setattr(os, "chmod", lambda *a, **k: pytest.fail("chmod after creation"))
    try:
        app = create_app("development")
        with app.app_context():
            upgrade()
            db.session.execute(text("SELECT count(*) FROM museum"))
            files = sorted(p.name for p in instance.iterdir())
            modes = {p.name: _mode(p) for p in instance.iterdir()}
            db.session.remove()
            db.engine.dispose()
    finally:
        os.umask(old_umask)
    assert _mode(instance) == 0o700
    assert {"secret_key", "sentomus.db"} <= set(files)
    assert all(mode & 0o077 == 0 for mode in modes.values()), modes
