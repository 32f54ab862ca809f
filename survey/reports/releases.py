"""`sentomus publish`: make the releases every output reads (analysis.releases).

sentomus publish                     releases up to the last ended week
sentomus publish --as-of 2026-03-04  up to the last week ended before that date
sentomus publish --museum SLUG       one museum's series only (the study release waits)
sentomus publish --backfill          every ended week from the first response on (idempotent)

A week that has not ended, an unknown museum or wave: a message and exit status 2, nothing
written. A run that finds nothing new records nothing; a second run at the same time makes
nothing twice (one transaction per release, unique per series and week).
"""

from __future__ import annotations

import datetime as dt

import click
from flask.cli import with_appcontext


class PublishRefused(click.ClickException):
    exit_code = 2


@click.command("publish")
@click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Release the weeks ended before this date (default: today, in the survey time zone).",
)
@click.option("--museum", "slug", metavar="SLUG", help="Only this museum's series.")
@click.option("--wave", "wave_name", metavar="NAME", help="Only the series of this wave.")
@click.option("--backfill", is_flag=True, help="Make the releases of every ended week, in order.")
@with_appcontext
def publish_command(
    as_of: dt.datetime | None, slug: str | None, wave_name: str | None, backfill: bool
) -> None:
    """Make the releases due: the figures reports, the portal and e-mails show."""
    from flask import current_app
    from sqlalchemy import select

    from analysis import list_waves
    from analysis.periods import last_completed_week, today_in
    from analysis.releases import PublishError, backfill_releases, publish_releases
    from survey.extensions import db
    from survey.models import Museum
    from survey.reports.views import report_policy

    today = today_in(current_app.config["SURVEY_TIMEZONE"])
    policy = report_policy()
    if as_of is not None and as_of.date() > today:
        raise PublishRefused(f"{as_of.date().isoformat()} is in the future (today is {today})")
    museum_ids = None
    if slug is not None:
        museum = db.session.scalars(select(Museum).where(Museum.slug == slug)).first()
        if museum is None:
            raise PublishRefused(f"no museum with slug {slug!r}")
        museum_ids = [museum.id]
    wave_id = None
    if wave_name is not None:
        wave = next((w for w in list_waves(db.engine) if w.name == wave_name), None)
        if wave is None:
            raise PublishRefused(f"no wave named {wave_name!r}")
        wave_id = wave.id
    try:
        if backfill:
            if as_of or slug or wave_name:
                raise PublishRefused("--backfill covers every museum and week: give it alone")
            result = backfill_releases(db.engine, today, policy=policy)
        else:
            week = last_completed_week(as_of.date() if as_of else today)
            result = publish_releases(
                db.engine, week, today, museum_ids=museum_ids, wave_id=wave_id, policy=policy
            )
    except PublishError as error:
        raise PublishRefused(str(error)) from error
    for made in result.made:
        click.echo(
            f"{made.series} up to the week of {made.as_of_week}: {made.count('shown')} shown, "
            f"{made.count('carried')} carried, {made.count('hidden')} hidden"
        )
    click.echo(
        f"{len(result.made)} release(s) made, {len(result.unchanged)} series with nothing new."
    )
