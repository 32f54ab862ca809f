"""The `sentomus` command: a Flask CLI group, so `sentomus db upgrade` and `sentomus run` work.

Commands are thin wrappers over services.
"""

from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import FlaskGroup, routes_command, shell_command, with_appcontext

from survey.extensions import db


def _create_app():
    from survey import create_app

    return create_app()


@click.command("run")
@click.option("--host", "-h", default="127.0.0.1", show_default=True)
@click.option("--port", "-p", default=5000, show_default=True, type=int)
@click.option(
    "--debug/--no-debug", default=False, help="Reloader and debugger (never in production)."
)
@with_appcontext
def run_command(host: str, port: int, debug: bool) -> None:
    """Serve the app with an access log that prints no client address or time."""
    from survey.serving import serve

    app = current_app._get_current_object()
    click.echo(f"Serving Sentomus on http://{host}:{port}/  (Ctrl+C to stop)")
    serve(app, host, port, debug=debug)


@click.command("load-core")
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False))
@with_appcontext
def load_core_command(path: str | None) -> None:
    """Load the core questionnaire file (default: the one shipped in survey/core/)."""
    from survey.core import DEFAULT_PATH, QuestionnaireError, load_core

    try:
        version, loaded = load_core(db.session, path or DEFAULT_PATH)
        db.session.commit()
    except QuestionnaireError as error:
        db.session.rollback()
        raise click.ClickException(str(error)) from error
    click.echo(f"Core questionnaire version {version} {'loaded' if loaded else 'already loaded'}.")


@click.command("seed-demo")
@click.option("--museums", default=12, show_default=True, type=click.IntRange(1, 1000))
@click.option("--responses", default=2000, show_default=True, type=click.IntRange(0))
@click.option("--seed", default=7, show_default=True, type=int)
@with_appcontext
def seed_demo_command(museums: int, responses: int, seed: int) -> None:
    """Create demo museums with synthetic anonymous responses (idempotent)."""
    from survey.demo import DEMO_LOGINS, DEMO_SLUG, seed_demo

    report = seed_demo(db.session, museums=museums, responses=responses, seed=seed)
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    click.echo(
        f"Demo data: {len(report.museums_created)} museums created, "
        f"{report.responses_added} responses added (core questionnaire v{report.core_version})."
    )
    click.echo(f"Survey URL:  {base}/s/{DEMO_SLUG}")
    click.echo(f"Kiosk mode:  {base}/s/{DEMO_SLUG}?kiosk=1")
    click.echo(f"Sign in at:  {base}/account/login")
    for role, email, password in DEMO_LOGINS:
        click.echo(f"Demo login ({role}): {email} / {password}")


def register(app) -> None:
    from survey.privacy.cli import lint_command
    from survey.reports.commands import report_command, send_progress_command, wave_command

    for command in (
        load_core_command,
        seed_demo_command,
        lint_command,
        send_progress_command,
        report_command,
        wave_command,
    ):
        app.cli.add_command(command)


cli = FlaskGroup(
    name="sentomus",
    create_app=_create_app,
    add_default_commands=False,
    add_version_option=False,
    help="Sentomus survey platform.",
)
cli.add_command(run_command)
cli.add_command(shell_command)
cli.add_command(routes_command)


def main() -> None:
    sys.exit(cli.main())


if __name__ == "__main__":
    main()
