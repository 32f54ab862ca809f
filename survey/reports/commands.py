"""`sentomus report`, `sentomus wave` and `sentomus send-progress`: thin wrappers over analysis/
and the progress e-mail.

sentomus report --museum SLUG --format html|json|xlsx|csv --out PATH [--wave NAME]
sentomus report --all --format html --out overview.html
sentomus wave add 2026 2026-01-01 2026-12-31
sentomus wave list
sentomus wave snapshot
sentomus send-progress [--museum SLUG] [--dry-run]

Importing this module stays cheap (click and the names of formats and languages): pandas,
plotly and the app's models load inside the commands, so `sentomus --help` does not pay for them.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click
from flask.cli import with_appcontext

from analysis.i18n import LANGUAGES as REPORT_LANGUAGES
from analysis.render import FORMATS


def _wave_id(name: str | None) -> int | None:
    from analysis import list_waves
    from survey.extensions import db

    if name is None:
        return None
    for wave in list_waves(db.engine):
        if wave.name == name:
            return wave.id
    known = ", ".join(w.name for w in list_waves(db.engine)) or "none defined"
    raise click.ClickException(f"no wave named {name!r} (waves: {known})")


@click.command("report")
@click.option("--museum", "slug", metavar="SLUG", help="Museum whose progress report to write.")
@click.option("--all", "overview", is_flag=True, help="The staff overview of all museums.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="html", show_default=True)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    required=True,
    help="File to write, or - for standard output.",
)
@click.option("--wave", "wave_name", metavar="NAME", help="Wave to report (default: current).")
@click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Reporting date (default: today); figures cover the weeks ended before it.",
)
@click.option(
    "--lang",
    type=click.Choice(REPORT_LANGUAGES),
    default="en",
    show_default=True,
    help="Language of the report.",
)
@with_appcontext
def report_command(
    slug: str | None,
    overview: bool,
    fmt: str,
    out: str,
    wave_name: str | None,
    as_of: dt.datetime | None,
    lang: str,
) -> None:
    """Write a museum's progress report, or with --all the staff overview."""
    from flask import current_app
    from sqlalchemy import select

    from analysis import (
        ReportError,
        WaveError,
        build_museum_report,
        build_overview,
        render_document,
    )
    from analysis.periods import today_in
    from survey.extensions import db
    from survey.models import Museum
    from survey.reports.views import report_policy

    if bool(slug) == overview:
        raise click.UsageError("give either --museum SLUG or --all")
    today = today_in(current_app.config["SURVEY_TIMEZONE"])
    if as_of is not None and as_of.date() > today:
        raise click.UsageError(
            f"--as-of {as_of.date().isoformat()} is in the future (today is {today}): "
            "a report shows released weeks only"
        )
    day = as_of.date() if as_of else today
    wave_id = _wave_id(wave_name)
    policy = report_policy()
    try:
        if overview:
            document = build_overview(
                db.engine, wave_id=wave_id, as_of=day, policy=policy, lang=lang
            )
        else:
            museum = db.session.scalars(select(Museum).where(Museum.slug == slug)).first()
            if museum is None:
                raise click.ClickException(f"no museum with slug {slug!r}")
            document = build_museum_report(
                db.engine, museum.id, wave_id=wave_id, as_of=day, policy=policy, lang=lang
            )
    except (ReportError, WaveError) as error:
        raise click.ClickException(str(error)) from error
    body = render_document(document, fmt)
    if out == "-":
        sys.stdout.buffer.write(body)
        sys.stdout.buffer.flush()
        return
    Path(out).write_bytes(body)
    click.echo(f"Wrote {document.title} ({fmt}, {len(body):,} bytes) to {out}", err=True)


@click.group("wave")
def wave_command() -> None:
    """Study waves: the fieldwork periods reports cover."""


@wave_command.command("add")
@click.argument("name")
@click.argument("start", type=click.DateTime(formats=["%Y-%m-%d"]))
@click.argument("end", type=click.DateTime(formats=["%Y-%m-%d"]))
@with_appcontext
def wave_add_command(name: str, start: dt.datetime, end: dt.datetime) -> None:
    """Define a wave from START to END (YYYY-MM-DD, both included)."""
    from analysis import WaveError, add_wave
    from survey.extensions import db

    try:
        wave = add_wave(db.engine, name, start.date(), end.date())
    except WaveError as error:
        raise click.ClickException(str(error)) from error
    period = wave.period()
    click.echo(
        f"Wave {wave.name}: {wave.starts_on} to {wave.ends_on}, reported over "
        f"{len(period.weeks)} ISO weeks ({period.first_day} to {period.last_day})."
    )


@wave_command.command("list")
@with_appcontext
def wave_list_command() -> None:
    """List the waves, oldest first; the current one is starred."""
    from analysis import list_waves, resolve_periods
    from survey.extensions import db

    waves = list_waves(db.engine)
    if not waves:
        click.echo("No waves defined: reports cover the last 52 weeks.")
        return
    current, _ = resolve_periods(waves, dt.date.today())
    for wave in waves:
        mark = "*" if wave.id == current.wave_id else " "
        weeks = len(wave.period().weeks)
        click.echo(f"{mark} {wave.name:<16} {wave.starts_on} – {wave.ends_on}  {weeks} weeks")


@wave_command.command("snapshot")
@click.option(
    "--recount",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Count the week of this date again (after a correction; changes published figures).",
)
@with_appcontext
def wave_snapshot_command(recount: dt.datetime | None) -> None:
    """Count every ended week of the current and previous period into the weekly tables.

    Building a report only reads these tables. `sentomus report`, the portal and the progress
    e-mails count the weeks they need first; running this weekly keeps them from waiting.
    """
    from analysis import list_waves, resolve_periods
    from analysis.periods import last_completed_week, monday_of
    from analysis.snapshots import freeze_weeks, unfreeze_weeks
    from survey.extensions import db

    today = dt.date.today()
    last = last_completed_week(today)
    if recount is not None:
        week = monday_of(recount.date())
        if week > last:
            raise click.ClickException("that week has not ended yet")
        unfreeze_weeks(db.engine, week, week)
    current, previous = resolve_periods(list_waves(db.engine), today)
    first = (previous or current).first_week
    counted = freeze_weeks(db.engine, first, last, today=today) if first <= last else []
    click.echo(f"{len(counted)} week(s) counted; figures up to {last + dt.timedelta(days=6)}.")


@click.command("send-progress")
@click.option("--museum", "slug", metavar="SLUG", help="Only the users of this museum.")
@click.option("--dry-run", is_flag=True, help="List who would get which e-mail; send nothing.")
@with_appcontext
def send_progress_command(slug: str | None, dry_run: bool) -> None:
    """E-mail museum users their fieldwork progress (all who have not opted out)."""
    from survey.extensions import db
    from survey.mail import MailServerUnavailable
    from survey.models import Museum
    from survey.reports.progress_email import send_progress_emails

    museum = None
    if slug is not None:
        museum = db.session.scalars(Museum.by_slug(slug)).first()
        if museum is None:
            raise click.ClickException(f"No museum with slug {slug!r}.")
        if not museum.active:
            click.echo(f"Museum {slug} is not active: its users get no progress e-mails.")

    try:
        summary = send_progress_emails(db.session, museum, dry_run=dry_run, report=click.echo)
    except MailServerUnavailable as error:
        sent = len(error.summary.sent) if error.summary else 0
        outcome = (
            f"{sent} progress e-mail(s) had been sent; the others were not."
            if sent
            else "No progress e-mail was sent."
        )
        raise click.ClickException(f"{error}. {outcome}") from error

    if dry_run:
        click.echo(f"Dry run: {len(summary.sent)} progress e-mail(s) would be sent; none was.")
        return
    click.echo(f"Progress e-mails: {len(summary.sent)} sent, {len(summary.failed)} failed.")
    if summary.failed:
        raise click.ClickException(
            "Not sent to: " + ", ".join(email for email, _problem in summary.failed)
        )
