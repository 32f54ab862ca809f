"""The weekly progress e-mail to museum users, in each user's interface language.

Privacy policy section 2: museum users receive these unless they ask not to. Every message
carries a signed unsubscribe link that works without signing in, also as the RFC 2369 and
RFC 8058 one-click headers. The e-mail holds aggregate counts only: nothing about any respondent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from flask import current_app, render_template, url_for
from flask_babel import force_locale, format_date, format_number, format_percent, ngettext
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager

from survey.accounts.services import unsubscribe_token
from survey.mail import (
    MESSAGE_REFUSED,
    MailServerUnavailable,
    SmtpSender,
    build_message,
    public_url_context,
    refusal_reason,
)
from survey.models import Museum, User
from survey.reports.progress import Progress, progress_for


@dataclass(frozen=True)
class Figure:
    value: float
    base: int


@dataclass(frozen=True)
class HeadlineFigures:
    """Headline figures of one museum; None where the report withholds them."""

    satisfied_share: Figure | None
    nps: Figure | None


def headline_figures(session: Session, museum: Museum) -> HeadlineFigures:
    """Top-2-box share of overall satisfaction and the NPS, taken from the museum's protected
    progress report: the same disclosure rules (minimum base, stable weekly figures) as every
    report output, never a separate count."""
    from analysis import build_museum_report, progress_summary
    from survey.reports.views import report_policy, survey_today

    report = build_museum_report(
        session.get_bind(), museum.id, as_of=survey_today(), policy=report_policy()
    )
    headline = progress_summary(report)["headline"]
    top2, nps = headline["satisfaction_top2"], headline["nps"]
    return HeadlineFigures(
        # The report gives percentages; the e-mail formats shares in the reader's locale.
        satisfied_share=(
            Figure(top2["value"] / 100, top2["base"]) if top2["value"] is not None else None
        ),
        nps=Figure(nps["value"], nps["base"]) if nps["value"] is not None else None,
    )


def progress_recipients(museum: Museum | None = None):
    """Active editors and viewers of active museums who have not opted out."""
    query = (
        select(User)
        .join(Museum, User.museum_id == Museum.id)
        .options(contains_eager(User.museum))
        .where(
            User.role.in_(("editor", "viewer")),
            User.active.is_(True),
            User.progress_emails.is_(True),
            Museum.active.is_(True),
        )
        .order_by(Museum.name, User.email)
    )
    if museum is not None:
        query = query.where(Museum.id == museum.id)
    return query


def _signed(number: float) -> str:
    rounded = round(number)
    return f"+{rounded}" if rounded > 0 else str(rounded)


def _texts(
    user: User, progress: Progress, figures: HeadlineFigures, today: dt.date
) -> dict[str, object]:
    """Every word of the e-mail, translated once: the text and HTML parts say the same."""
    museum = user.museum
    responses, completion = _progress_lines(progress)
    headlines, withheld = _headline_lines(figures)
    return {
        "subject": _("Sentomus progress: %(museum)s", museum=museum.name),
        "greeting": (
            _("Hello %(name)s,", name=user.display_name) if user.display_name else _("Hello,")
        ),
        "intro": _(
            "This is where the Sentomus visitor survey of %(museum)s stands on %(date)s.",
            museum=museum.name,
            date=format_date(today, "long"),
        ),
        "progress_heading": _("Fieldwork progress"),
        "responses": responses,
        "completion": completion,
        "headlines_heading": _("Headline figures"),
        "headlines": headlines,
        "withheld": withheld,
        "portal": _("Your progress report in the Sentomus portal:"),
        "reason": _(
            "You receive this e-mail because progress e-mails are switched on for %(email)s.",
            email=user.email,
        ),
        "unsubscribe": _("Stop these e-mails (no sign-in needed):"),
    }


def _progress_lines(progress: Progress) -> tuple[str, str | None]:
    completes = format_number(progress.completes)
    if progress.target:
        responses = _(
            "%(completes)s of %(target)s completed responses (%(share)s of the target)",
            completes=completes,
            target=format_number(progress.target),
            share=format_percent(progress.share_of_target),
        )
    else:
        responses = ngettext(
            "%(count)s completed response",
            "%(count)s completed responses",
            progress.completes,
            count=completes,
        )
    completion = None
    if progress.completion_rate is not None:
        completion = ngettext(
            "%(count)s survey started; %(rate)s of the started surveys were completed.",
            "%(count)s surveys started; %(rate)s of the started surveys were completed.",
            progress.starts,
            count=format_number(progress.starts),
            rate=format_percent(progress.completion_rate),
        )
    return responses, completion


def _headline_lines(figures: HeadlineFigures) -> tuple[list[str], str | None]:
    def base(figure: Figure) -> str:
        return ngettext(
            "%(count)s answer", "%(count)s answers", figure.base, count=format_number(figure.base)
        )

    headlines = []
    if figures.satisfied_share is not None:
        headlines.append(
            _(
                "Visitors who rated their visit good or very good: %(share)s (%(base)s)",
                share=format_percent(figures.satisfied_share.value),
                base=base(figures.satisfied_share),
            )
        )
    if figures.nps is not None:
        headlines.append(
            _(
                "Net Promoter Score: %(nps)s (%(base)s)",
                nps=_signed(figures.nps.value),
                base=base(figures.nps),
            )
        )
    withheld = None
    if figures.satisfied_share is None or figures.nps is None:
        withheld = _(
            "Figures not listed here appear once at least %(minimum)s visitors have answered "
            "their question, so that no answer can be traced back to a visitor.",
            minimum=format_number(current_app.config["REPORT_MIN_BASE"]),
        )
    return headlines, withheld


def compose_progress_email(
    user: User, progress: Progress, figures: HeadlineFigures, today: dt.date
) -> EmailMessage:
    """The multipart e-mail for one user; needs the context of `public_url_context`."""
    unsubscribe_url = url_for("accounts.unsubscribe", token=unsubscribe_token(user), _external=True)
    portal_url = url_for("portal.dashboard", _external=True)
    with force_locale(user.locale):
        texts = _texts(user, progress, figures, today)
        context = {
            "texts": texts,
            "lang": user.locale,
            "portal_url": portal_url,
            "unsubscribe_url": unsubscribe_url,
        }
        text_body = render_template("emails/progress.txt", **context)
        html_body = render_template("emails/progress.html", **context)

    return build_message(
        sender=current_app.config["MAIL_SENDER"],
        recipient=user.email,
        subject=texts["subject"],
        text_body=text_body,
        html_body=html_body,
        language=user.locale,
        unsubscribe_url=unsubscribe_url,
    )


@dataclass
class SendSummary:
    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def send_progress_emails(
    session: Session,
    museum: Museum | None = None,
    *,
    dry_run: bool = False,
    today: dt.date | None = None,
    report: Callable[[str], None] = lambda line: None,
) -> SendSummary:
    """Send (or with dry_run only list) the progress e-mail of every recipient.

    A recipient the server refuses is reported and skipped; MailServerUnavailable ends the run.
    """
    app = current_app._get_current_object()
    today = today or dt.datetime.now(ZoneInfo(app.config["SURVEY_TIMEZONE"])).date()
    recipients = session.scalars(progress_recipients(museum)).unique().all()
    summary = SendSummary()
    if not recipients:
        return summary

    by_museum: dict[int, tuple[Progress, HeadlineFigures]] = {}
    sender = None if dry_run else SmtpSender(app.config)
    try:
        with public_url_context(app):
            for user in recipients:
                if user.museum_id not in by_museum:
                    by_museum[user.museum_id] = (
                        progress_for(session, user.museum),
                        headline_figures(session, user.museum),
                    )
                progress, figures = by_museum[user.museum_id]
                try:
                    message = compose_progress_email(user, progress, figures, today)
                except Exception as error:  # noqa: BLE001 - one recipient never stops the run
                    reason = f"could not be composed ({type(error).__name__})"
                    summary.failed.append((user.email, reason))
                    report(f"Not sent to {user.email}: {reason}")
                    continue
                if sender is None:
                    summary.sent.append(user.email)
                    report(f"Would send to {user.email} ({user.locale}): {message['Subject']}")
                    continue
                try:
                    sender.send(message, user.email)
                except MailServerUnavailable as error:
                    error.summary = summary
                    raise
                except MESSAGE_REFUSED as error:
                    summary.failed.append((user.email, refusal_reason(error)))
                    report(f"Not sent to {user.email}: {refusal_reason(error)}")
                else:
                    summary.sent.append(user.email)
                    report(f"Sent to {user.email} ({user.locale})")
    finally:
        if sender is not None:
            sender.close()
    return summary
