"""The `sentomus` command: one click group that imports each command only when it runs.

`sentomus --help` and `sentomus lint` therefore start without Flask, the application, pandas or
plotly. Commands that need the application find Flask's `ScriptInfo` in their context, so Flask's
own commands (`db`, `shell`, `routes`) and every `with_appcontext` command build the app on first
use, as they would under Flask's `FlaskGroup` — which is not used here because it imports Flask,
loads every plugin entry point and builds the whole app just to list its commands.

Commands are thin wrappers over services.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import click


@dataclass(frozen=True, slots=True)
class LazyCommand:
    #: "module:attribute" of the click command, imported when the command runs.
    target: str
    #: The one-line help shown by `sentomus --help` (a test keeps it equal to the command's own).
    short_help: str
    #: Whether the command builds the application (it then gets a `ScriptInfo`).
    needs_app: bool = True

    def load(self) -> click.Command:
        module, _, attribute = self.target.partition(":")
        return getattr(importlib.import_module(module), attribute)


LAZY_COMMANDS: dict[str, LazyCommand] = {
    "db": LazyCommand("flask_migrate.cli:db", "Perform database migrations."),
    "hide-submission-order": LazyCommand(
        "survey.cli:hide_submission_order_command",
        "Purge expired one-time tokens and rewrite respondent rows in random-id order (nightly).",
    ),
    "limiter": LazyCommand(
        "flask_limiter.commands:cli", "Flask-Limiter maintenance & utility commands"
    ),
    "lint": LazyCommand(
        "survey.privacy.cli:lint_command",
        "Check museum questions (JSON lines) for requests of personal data.",
        needs_app=False,
    ),
    "lint-decisions": LazyCommand(
        "survey.own_questions.lint_decisions:lint_decisions_group",
        "Staff decisions on flagged questions, kept as labelled examples for the linter.",
    ),
    "load-core": LazyCommand(
        "survey.cli:load_core_command",
        "Load the core questionnaire file (default: the one shipped in survey/core/).",
    ),
    "publish": LazyCommand(
        "survey.reports.releases:publish_command",
        "Make the releases due: the figures reports, the portal and e-mails show.",
    ),
    "report": LazyCommand(
        "survey.reports.commands:report_command",
        "Write a museum's progress report, or with --all the staff overview.",
    ),
    "routes": LazyCommand("flask.cli:routes_command", "Show the routes for the app."),
    "run": LazyCommand(
        "survey.cli:run_command",
        "Serve the app with an access log that prints no client address or time.",
    ),
    "seed-demo": LazyCommand(
        "survey.cli:seed_demo_command",
        "Create demo museums with synthetic anonymous responses (idempotent).",
    ),
    "send-progress": LazyCommand(
        "survey.reports.commands:send_progress_command",
        "E-mail museum users their fieldwork progress (all who have not opted out).",
    ),
    "shell": LazyCommand("flask.cli:shell_command", "Run a shell in the app context."),
    "wave": LazyCommand(
        "survey.reports.commands:wave_command", "Study waves: the fieldwork periods reports cover."
    ),
}


def _create_app():
    from survey import create_app

    return create_app()


class SentomusGroup(click.Group):
    """click's lazily loading group (the "LazyGroup" pattern of click's documentation), with
    help built from the table so that listing the commands imports none of them."""

    def __init__(self, *args: Any, lazy_commands: dict[str, LazyCommand], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = self.lazy_commands.get(cmd_name)
        if entry is None:
            return super().get_command(ctx, cmd_name)
        if entry.needs_app:
            _provide_script_info(ctx)
        return entry.load()

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            if name in self.lazy_commands:
                # Shortened by click's own rule, from the table instead of the imported command.
                summary = click.Command(name, help=self.lazy_commands[name].short_help)
                rows.append((name, summary.get_short_help_str(limit)))
            elif not self.commands[name].hidden:
                rows.append((name, self.commands[name].get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _provide_script_info(ctx: click.Context) -> None:
    """Give the context the `ScriptInfo` Flask's commands look for, unless a caller (the test
    runner) passed one that builds its own app."""
    from flask.cli import ScriptInfo

    if ctx.find_object(ScriptInfo) is None:
        ctx.obj = ScriptInfo(create_app=_create_app, set_debug_flag=False)


def with_appcontext(command: Callable[..., Any]) -> Callable[..., Any]:
    """Flask's `with_appcontext`, imported when the command runs rather than when it is defined."""

    @functools.wraps(command)
    def run_in_app_context(*args: Any, **kwargs: Any) -> Any:
        from flask.cli import with_appcontext as flask_with_appcontext

        return flask_with_appcontext(command)(*args, **kwargs)

    return run_in_app_context


@click.command("run")
@click.option("--host", "-h", default="127.0.0.1", show_default=True)
@click.option("--port", "-p", default=5000, show_default=True, type=int)
@click.option(
    "--debug/--no-debug", default=False, help="Reloader and debugger (never in production)."
)
@with_appcontext
def run_command(host: str, port: int, debug: bool) -> None:
    """Serve the app with an access log that prints no client address or time."""
    from flask import current_app

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
    from survey.extensions import db

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
    from flask import current_app

    if current_app.config.get("ENV_NAME") == "production":
        raise click.ClickException(
            "seed-demo is refused in production: it creates demo logins with published passwords."
        )
    from survey.demo import DEMO_LOGINS, DEMO_SLUG, seed_demo
    from survey.extensions import db
    from survey.links import public_url
    from survey.respond.links import survey_link

    report = seed_demo(db.session, museums=museums, responses=responses, seed=seed)
    click.echo(
        f"Demo data: {len(report.museums_created)} museums created, "
        f"{report.responses_added} responses added (core questionnaire v{report.core_version})."
    )
    click.echo(f"Survey URL:  {survey_link(DEMO_SLUG)}")
    click.echo(f"Kiosk mode:  {survey_link(DEMO_SLUG, kiosk=True)}")
    click.echo(f"Sign in at:  {public_url('accounts.login')}")
    for role, email, password in DEMO_LOGINS:
        click.echo(f"Demo login ({role}): {email} / {password}")


@click.command("hide-submission-order")
@click.option(
    "--wait-seconds",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="How long to wait for database sessions whose snapshot predates the rewrite.",
)
@with_appcontext
def hide_submission_order_command(wait_seconds: float) -> None:
    """Purge expired one-time tokens and rewrite respondent rows in random-id order (nightly)."""
    from flask import current_app

    from survey.extensions import db
    from survey.respond.maintenance import hide_submission_order

    report = hide_submission_order(
        db.engine, current_app.config["SURVEY_STATE_MAX_AGE"], wait_seconds=wait_seconds
    )
    click.echo(
        f"{report.tokens_purged} used tokens purged; rewritten in random-id order: "
        f"{', '.join(report.tables_rewritten)} ({report.seconds:.1f} s)."
    )
    if report.older_snapshots:
        click.echo(
            f"Warning: {report.older_snapshots} database session(s), transaction(s) or "
            "replication slot(s) held a snapshot from before the rewrite, so old row versions "
            "were kept; run the job again once they have ended.",
            err=True,
        )
        click.get_current_context().exit(1)


cli = SentomusGroup(name="sentomus", lazy_commands=LAZY_COMMANDS, help="Sentomus survey platform.")


def main() -> None:
    cli.main(prog_name="sentomus")


if __name__ == "__main__":
    main()
