import pytest

from survey import create_app


def test_production_refuses_to_start_without_a_secret_key(monkeypatch, tmp_path):
    monkeypatch.delenv("SENTOMUS_SECRET_KEY", raising=False)
    monkeypatch.setenv("SENTOMUS_INSTANCE_PATH", str(tmp_path))
    from config.settings import ProductionConfig

    monkeypatch.setattr(ProductionConfig, "SECRET_KEY", None)
    with pytest.raises(RuntimeError, match="SENTOMUS_SECRET_KEY"):
        create_app("production")


def test_production_starts_with_a_secret_key(monkeypatch, tmp_path):
    monkeypatch.setenv("SENTOMUS_INSTANCE_PATH", str(tmp_path))
    from config.settings import ProductionConfig

    monkeypatch.setattr(ProductionConfig, "SECRET_KEY", "s3cret" * 6)
    monkeypatch.setattr(ProductionConfig, "PUBLIC_BASE_URL", "https://survey.example.org/")
    app = create_app("production")
    assert app.config["PUBLIC_BASE_URL"] == "https://survey.example.org"
    assert app.config["SECRET_KEY"] == "s3cret" * 6
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert not (tmp_path / "secret_key").exists()


def test_production_refuses_to_start_without_a_public_base_url(monkeypatch, tmp_path):
    monkeypatch.setenv("SENTOMUS_INSTANCE_PATH", str(tmp_path))
    from config.settings import ProductionConfig

    monkeypatch.setattr(ProductionConfig, "SECRET_KEY", "s3cret")
    monkeypatch.setattr(ProductionConfig, "PUBLIC_BASE_URL", None)
    with pytest.raises(RuntimeError, match="SENTOMUS_PUBLIC_BASE_URL"):
        create_app("production")


def test_development_generates_a_secret_key_once_into_the_instance_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("SENTOMUS_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("SENTOMUS_SECRET_KEY", raising=False)
    from config.settings import DevelopmentConfig

    monkeypatch.setattr(DevelopmentConfig, "SECRET_KEY", None)
    first = create_app("development").config["SECRET_KEY"]
    second = create_app("development").config["SECRET_KEY"]
    assert first == second and len(first) >= 32
    assert (tmp_path / "secret_key").read_text().strip() == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_database_url_defaults_to_sqlite_in_the_instance_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("SENTOMUS_INSTANCE_PATH", str(tmp_path))
    from config.settings import DevelopmentConfig

    monkeypatch.setattr(DevelopmentConfig, "SQLALCHEMY_DATABASE_URI", None)
    monkeypatch.setattr(DevelopmentConfig, "SECRET_KEY", "x" * 32)
    app = create_app("development")
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'sentomus.db'}"


def test_sqlite_connections_use_wal_and_a_busy_timeout(monkeypatch, tmp_path):
    monkeypatch.setenv("SENTOMUS_INSTANCE_PATH", str(tmp_path))
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'x.db'}"})
    from sqlalchemy import text

    from survey.extensions import db

    with app.app_context(), db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 10000
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        db.engine.dispose()


def test_unknown_environment_name_is_a_clear_error():
    with pytest.raises(ValueError, match="Unknown SENTOMUS_ENV"):
        create_app("staging")


def test_security_headers_on_every_page(client):
    response = client.get("/s/nothing-here")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_the_study_constants_do_not_fix_the_settings_before_the_environment_is_set():
    # Settings read the environment when config.settings is imported; the linter, the reports
    # and the core loader import the study's languages long before a program sets it.
    import subprocess
    import sys

    code = (
        "import sys, config.study, survey.core.loader, survey.privacy.linter, analysis.i18n; "
        "print('config.settings' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
