"""Sending e-mail: one SMTP session per run, messages built the same way for every feature.

Feature e-mails (what they say, who gets them) live beside their feature, e.g. the progress
e-mail in survey/reports/progress_email.py; this module only knows how to build and send one.
"""

from __future__ import annotations

import smtplib
import ssl
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from typing import Any
from urllib.parse import urlsplit

import click
from flask import Flask

#: Seconds to wait for the SMTP server before giving up on it.
SMTP_TIMEOUT_SECONDS = 30

#: Refusals of one message (a mailbox that does not exist, a rejected message): the session
#: stays usable for the other recipients. smtplib's errors are OSErrors, so these go first.
MESSAGE_REFUSED = (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException)


class MailServerUnavailable(Exception):
    """The SMTP server cannot be reached or refuses the session: nothing more can be sent."""

    #: What had been sent before the server was lost; set by the feature that sends.
    summary: Any = None


class UnfoldedHeader(str):
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


def build_message(
    *,
    sender: str,
    recipient: str,
    subject: str,
    text_body: str,
    html_body: str,
    language: str,
    unsubscribe_url: str | None = None,
) -> EmailMessage:
    """A multipart (text and HTML) automatic message, with one-click unsubscribe headers
    (RFC 2369 and RFC 8058) when `unsubscribe_url` is given."""
    message = EmailMessage()
    # A name with a line break must never start a header of its own.
    message["Subject"] = "".join(
        " " if unicodedata.category(ch)[0] in "CZ" else ch for ch in subject
    ).strip()
    message["From"] = sender
    message["To"] = recipient
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=parseaddr(sender)[1].rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no out-of-office replies
    if unsubscribe_url is not None:
        message["List-Unsubscribe"] = UnfoldedHeader("List-Unsubscribe", f"<{unsubscribe_url}>")
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(text_body, cte="quoted-printable")
    message.add_alternative(html_body, subtype="html", cte="quoted-printable")
    # After the parts: add_alternative moves Content-* headers into the first part.
    message["Content-Language"] = language
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
                f"Cannot reach the SMTP server {self.host}:{self.port} ({refusal_reason(error)})"
            ) from error
        try:
            if self.use_tls:
                connection.starttls(context=ssl.create_default_context())
            if self.username:
                connection.login(self.username, self.password)
        except (OSError, smtplib.SMTPException) as error:
            connection.close()
            raise MailServerUnavailable(
                f"The SMTP server {self.host}:{self.port} refused the session "
                f"({refusal_reason(error)})"
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
                    f"({refusal_reason(error)})"
                ) from error

    def _send(self, message: EmailMessage, recipient: str) -> None:
        if self.connection is None:
            raise smtplib.SMTPServerDisconnected("not connected")
        self.connection.send_message(message, from_addr=self.envelope_sender, to_addrs=[recipient])

    def _drop(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def refusal_reason(error: Exception) -> str:
    """The server's code and words for a refusal, or the error's own text."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(error.recipients.values()))
        return f"{code} {text.decode(errors='replace')}"
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {error.smtp_error.decode(errors='replace')}"
    return str(error) or type(error).__name__
