"""Progress e-mails to museum users, in each user's interface language, sent over SMTP.

Privacy policy section 2: museum users receive these unless they ask not to. Every message
carries a signed unsubscribe link that works without signing in, also as the RFC 2369 and
RFC 8058 one-click headers. The e-mail holds aggregate counts only: nothing about any respondent.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import click
from flask import Flask, current_app, render_template, url_for
from flask.cli import with_appcontext
from flask_babel import force_locale, format_date, format_number, format_percent, ngettext
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager

from survey.accounts.services import unsubscribe_token
from survey.extensions import db
from survey.models import Museum, User
from survey.progress import Progress, progress_for

#: Seconds to wait for the SMTP server before giving up on it.
SMTP_TIMEOUT_SECONDS = 30


class MailServerUnavailable(Exception):
    """The SMTP server cannot be reached or refuses the session: nothing more can be sent."""

    #: What had been sent before the server was lost; set by `send_progress_emails`.
    summary: SendSummary | None = None


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
    from survey.reports import report_policy

    report = build_museum_report(session.get_bind(), museum.id, policy=report_policy())
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


class _UnfoldedHeader(str):
    """A header written exactly as given. The email package would RFC 2047-encode a URI longer
    than one line, which mail clients cannot read back in List-Unsubscribe."""

    def __new__(cls, name: str, value: str):
        if not value.isascii() or "\r" in value or "\n" in value:
            raise ValueError(f"{name} must be one line of ASCII")
        header = super().__new__(cls, value)
        header.name = name
        return header

    def fold(self, *, policy) -> str:
        return f"{self.name}: {self}{policy.linesep}"


def _signed(number: float) -> str:
    rounded = round(number)
    return f"+{rounded}" if rounded > 0 else str(rounded)


def _texts(
    user: User, progress: Progress, figures: HeadlineFigures, today: dt.date
) -> dict[str, object]:
    """Every word of the e-mail, translated once: the text and HTML parts say the same."""
    museum = user.museum
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

    sender = current_app.config["MAIL_SENDER"]
    message = EmailMessage()
    message["Subject"] = texts["subject"]
    message["From"] = sender
    message["To"] = user.email
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=parseaddr(sender)[1].rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no out-of-office replies
    message["List-Unsubscribe"] = _UnfoldedHeader("List-Unsubscribe", f"<{unsubscribe_url}>")
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(text_body, cte="quoted-printable")
    message.add_alternative(html_body, subtype="html", cte="quoted-printable")
    # After the parts: add_alternative moves Content-* headers into the first part.
    message["Content-Language"] = user.locale
    return message


@contextmanager
def public_url_context(app: Flask) -> Iterator[None]:
    """Let url_for(_external=True) build PUBLIC_BASE_URL links outside a web request.

    A request context built from PUBLIC_BASE_URL gives url_for its scheme, host and any path
    prefix (https://example.org/sentomus/...). SERVER_NAME, when set, would override the host,
    so it must agree with PUBLIC_BASE_URL.
    """
    base = app.config["PUBLIC_BASE_URL"]
    parts = urlsplit(base)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise click.ClickException(
            f"PUBLIC_BASE_URL must be an absolute http(s) address, not {base!r}."
        )
    server_name = app.config.get("SERVER_NAME")
    if server_name and server_name.lower() != parts.netloc.lower():
        raise click.ClickException(
            f"SERVER_NAME ({server_name}) and PUBLIC_BASE_URL ({base}) name different hosts; "
            "links in the e-mails would be wrong."
        )
    with app.test_request_context("/", base_url=base):
        yield


#: Refusals of one message (a mailbox that does not exist, a rejected message): the session
#: stays usable for the other recipients. smtplib's errors are OSErrors, so these go first.
MESSAGE_REFUSED = (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException)


class SmtpSender:
    """One SMTP session for a whole run, reopened once if the server drops it mid-way."""

    def __init__(self, config) -> None:
        self.host = config["MAIL_SERVER"]
        self.port = int(config["MAIL_PORT"])
        self.use_tls = bool(config.get("MAIL_USE_TLS"))
        self.username = config.get("MAIL_USERNAME")
        self.password = config.get("MAIL_PASSWORD") or ""
        self.envelope_sender = parseaddr(config["MAIL_SENDER"])[1]
        self.connection: smtplib.SMTP | None = None

    def open(self) -> None:
        try:
            connection = smtplib.SMTP(self.host, self.port, timeout=SMTP_TIMEOUT_SECONDS)
        except OSError as error:
            raise MailServerUnavailable(
                f"Cannot reach the SMTP server {self.host}:{self.port} ({_reason(error)})"
            ) from error
        try:
            if self.use_tls:
                connection.starttls(context=ssl.create_default_context())
            if self.username:
                connection.login(self.username, self.password)
        except (OSError, smtplib.SMTPException) as error:
            connection.close()
            raise MailServerUnavailable(
                f"The SMTP server {self.host}:{self.port} refused the session ({_reason(error)})"
            ) from error
        self.connection = connection

    def close(self) -> None:
        if self.connection is not None:
            try:
                self.connection.quit()
            except (OSError, smtplib.SMTPException):
                self.connection.close()
            self.connection = None

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Raises one of MESSAGE_REFUSED when the server refuses this message only, and
        MailServerUnavailable when the server is gone even after reconnecting once."""
        if self.connection is None:
            self.open()
        try:
            self._send(message, recipient)
        except MESSAGE_REFUSED:
            raise
        except OSError:  # connection lost: SMTPServerDisconnected, a reset, a timeout
            self._drop()
            self.open()
            try:
                self._send(message, recipient)
            except MESSAGE_REFUSED:
                raise
            except OSError as error:
                self._drop()
                raise MailServerUnavailable(
                    f"Lost the connection to the SMTP server {self.host}:{self.port} "
                    f"({_reason(error)})"
                ) from error

    def _send(self, message: EmailMessage, recipient: str) -> None:
        if self.connection is None:
            raise smtplib.SMTPServerDisconnected("not connected")
        self.connection.send_message(message, from_addr=self.envelope_sender, to_addrs=[recipient])

    def _drop(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def _reason(error: Exception) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(error.recipients.values()))
        return f"{code} {text.decode(errors='replace')}"
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {error.smtp_error.decode(errors='replace')}"
    return str(error) or type(error).__name__


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
                message = compose_progress_email(user, progress, figures, today)
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
                    summary.failed.append((user.email, _reason(error)))
                    report(f"Not sent to {user.email}: {_reason(error)}")
                else:
                    summary.sent.append(user.email)
                    report(f"Sent to {user.email} ({user.locale})")
    finally:
        if sender is not None:
            sender.close()
    return summary


@click.command("send-progress")
@click.option("--museum", "slug", metavar="SLUG", help="Only the users of this museum.")
@click.option("--dry-run", is_flag=True, help="List who would get which e-mail; send nothing.")
@with_appcontext
def send_progress_command(slug: str | None, dry_run: bool) -> None:
    """E-mail museum users their fieldwork progress (all who have not opted out)."""
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
