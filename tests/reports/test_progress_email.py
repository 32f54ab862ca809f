"""`sentomus send-progress` against a real SMTP server (aiosmtpd) on loopback."""

from __future__ import annotations

import datetime as dt
import email
import re
import socket
import uuid
from email import policy
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller
from babel.dates import format_date
from babel.numbers import format_percent
from sqlalchemy import select

from analysis.periods import today_in
from analysis.releases import backfill_releases
from analysis.stats import nps_counts, nps_estimate
from survey.extensions import db
from survey.models import Answer, Question, Response, SurveyStartCount, User
from tests.analysis.helpers import released_numbers

SENDER = "Sentomus <progress@sentomus.example>"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RecordingHandler:
    """Keeps every message it accepts; refuses the recipients listed in `refuse`."""

    def __init__(self) -> None:
        self.received: list[tuple[list[str], bytes]] = []
        self.refuse: set[str] = set()
        self.hang_up_on: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        if self.hang_up_on & set(envelope.rcpt_tos):
            return "421 4.3.2 Service shutting down, closing the session"
        self.received.append((list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"

    def messages(self) -> list[tuple[list[str], email.message.EmailMessage, bytes]]:
        return [
            (rcpts, email.message_from_bytes(raw, policy=policy.default), raw)
            for rcpts, raw in self.received
        ]


@pytest.fixture
def smtp_server(app, monkeypatch):
    handler = RecordingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(app.config, "MAIL_PORT", controller.port)
    monkeypatch.setitem(app.config, "MAIL_USE_TLS", False)
    monkeypatch.setitem(app.config, "MAIL_USERNAME", None)
    monkeypatch.setitem(app.config, "MAIL_SENDER", SENDER)
    yield handler
    controller.stop()


@pytest.fixture
def no_smtp_server(app, monkeypatch):
    """Settings that point at a loopback port where nothing listens."""
    port = free_port()
    monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(app.config, "MAIL_PORT", port)
    return port


@pytest.fixture
def add_responses(app):
    def add(museum, satisfaction=(), nps=(), comments=(), starts=0) -> None:
        with app.app_context():
            core = {
                q.code: q
                for q in db.session.scalars(
                    select(Question).where(
                        Question.museum_id.is_(None),
                        Question.code.in_(("satisfaction_overall", "nps", "comment")),
                    )
                )
            }
            count = max(len(satisfaction), len(nps), len(comments))
            for i in range(count):
                response = Response(
                    id=uuid.uuid4(),
                    museum_id=museum.id,
                    language="en",
                    core_version=core["nps"].core_version,
                    # A week that has ended: reports publish figures of ended weeks only.
                    submitted_on=dt.date.today() - dt.timedelta(days=14),
                )
                if i < len(satisfaction):
                    response.answers.append(
                        Answer(question_id=core["satisfaction_overall"].id, number=satisfaction[i])
                    )
                if i < len(nps):
                    response.answers.append(Answer(question_id=core["nps"].id, number=nps[i]))
                if i < len(comments):
                    response.answers.append(
                        Answer(question_id=core["comment"].id, text=comments[i])
                    )
                db.session.add(response)
            if starts:
                db.session.add(
                    SurveyStartCount(
                        museum_id=museum.id,
                        day=dt.date.today() - dt.timedelta(days=14),
                        starts=starts,
                    )
                )
            db.session.commit()
            # The weekly release job runs: e-mails, like every output, show released figures.
            backfill_releases(db.engine, today_in(app.config["SURVEY_TIMEZONE"]))

    return add


def body(message, subtype: str) -> str:
    return message.get_body((subtype,)).get_content()


def link_after(text: str, path: str) -> str:
    return re.search(rf"(https?://\S+{re.escape(path)}\S*)", text).group(1)


def user_subscribed(app, user) -> bool:
    with app.app_context():
        return db.session.get(User, user.id).progress_emails


# Twelve answers each: 8 of 12 rate the visit 4 or 5 (67%); NPS 5 promoters, 4 passives,
# 3 detractors = +17.
SATISFACTION = (5, 5, 4, 4, 4, 3, 2, 5, 4, 1, 3, 5)
NPS = (10, 9, 9, 10, 9, 8, 7, 8, 7, 6, 3, 0)


@pytest.mark.parametrize("locale", ["en", "nl", "fr"])
def test_progress_email_reaches_the_server_in_the_users_language_with_figures_in_both_parts(
    app, runner, smtp_server, create_museum, create_user, add_responses, locale
):
    museum = create_museum(slug="mine", name="Musée d'Essai", target_sample_size=40)
    user = create_user("viewer", museum, locale=locale, display_name="Anna")
    add_responses(museum, SATISFACTION, NPS, starts=16)

    result = runner.invoke(args=["send-progress"])

    assert result.exit_code == 0, result.output
    assert "Progress e-mails: 1 sent, 0 failed." in result.output
    [(recipients, message, raw)] = smtp_server.messages()
    assert recipients == [user.email]
    assert message["To"] == user.email
    assert message["From"] == SENDER
    assert "Musée d'Essai" in message["Subject"]
    assert message["Content-Language"] == locale
    assert message.get_content_type() == "multipart/alternative"
    text, html = body(message, "plain"), body(message, "html")
    assert f'<html lang="{locale}">' in html

    today = dt.datetime.now(ZoneInfo(app.config["SURVEY_TIMEZONE"])).date()
    # Opinion figures are computed from the released (perturbed) counts.
    with app.app_context():
        satisfaction = released_numbers(museum.id, "core:satisfaction_overall", range(1, 6))
        scores = released_numbers(museum.id, "core:nps")
    top2 = (
        round(
            100 * sum(n for v, n in satisfaction.items() if v >= 4) / sum(satisfaction.values()), 1
        )
        / 100
    )
    nps = round(nps_estimate(*nps_counts(scores)).score, 1)
    if locale == "en":
        assert "12 of 40 completed responses (30% of the target)" in text
    for part in (text, html):
        assert format_date(today, "long", locale=locale) in part
        assert "12" in part and "40" in part
        assert format_percent(12 / 40, locale=locale) in part  # share of the target
        assert format_percent(12 / 16, locale=locale) in part  # completion rate
        assert format_percent(top2, locale=locale) in part  # top-2-box satisfaction
        assert (f"+{round(nps)}" if round(nps) > 0 else str(round(nps))) in part  # NPS
        assert "http://127.0.0.1:5000/portal/" in part
        assert "http://127.0.0.1:5000/account/unsubscribe/" in part


def test_email_holds_aggregate_counts_and_nothing_about_any_respondent(
    app, runner, smtp_server, create_museum, create_user, add_responses
):
    museum = create_museum(slug="mine")
    create_user("editor", museum)
    add_responses(museum, SATISFACTION, NPS, comments=["Loved the Vermeer-Zebra-4711 room"] * 12)
    with app.app_context():
        ids = [str(r) for r in db.session.scalars(select(Response.id))]

    assert runner.invoke(args=["send-progress"]).exit_code == 0

    [(_rcpts, _message, raw)] = smtp_server.messages()
    assert b"Vermeer-Zebra" not in raw
    assert not [response_id for response_id in ids if response_id.encode() in raw]
    assert b"2025-05-01" not in raw


def test_unsubscribe_link_from_the_email_confirms_then_stops_the_next_run(
    app, runner, client, smtp_server, create_museum, create_user
):
    museum = create_museum(slug="mine")
    leaving = create_user("editor", museum)
    staying = create_user("viewer", museum)
    assert runner.invoke(args=["send-progress"]).exit_code == 0
    [message] = [m for rcpts, m, _raw in smtp_server.messages() if rcpts == [leaving.email]]
    link = link_after(body(message, "plain"), "/account/unsubscribe/")
    assert message["List-Unsubscribe"] == f"<{link}>"
    assert link in body(message, "html")

    path = link.removeprefix("http://127.0.0.1:5000")
    confirm = client.get(path)  # no sign-in
    assert confirm.status_code == 200
    assert leaving.email in confirm.get_data(as_text=True)
    assert user_subscribed(app, leaving)
    done = client.post(path)
    assert done.status_code == 200
    assert not user_subscribed(app, leaving)

    smtp_server.received.clear()
    result = runner.invoke(args=["send-progress"])
    assert result.exit_code == 0, result.output
    assert [rcpts for rcpts, _m, _raw in smtp_server.messages()] == [[staying.email]]


def test_one_click_unsubscribe_headers_work_as_rfc_8058_describes(
    app, runner, client, smtp_server, create_museum, create_user
):
    museum = create_museum(slug="mine")
    user = create_user("editor", museum)
    assert runner.invoke(args=["send-progress"]).exit_code == 0
    [(_rcpts, message, raw)] = smtp_server.messages()
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = message["List-Unsubscribe"].strip("<>")
    # Mail clients read the header as it is: one plain URI, not folded or encoded.
    assert f"List-Unsubscribe: <{link}>\r\n".encode() in raw

    response = client.post(
        link.removeprefix("http://127.0.0.1:5000"),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not user_subscribed(app, user)


def test_tampered_unsubscribe_token_gets_the_clear_page_and_changes_nothing(
    app, runner, client, smtp_server, create_museum, create_user
):
    museum = create_museum(slug="mine")
    user = create_user("editor", museum)
    assert runner.invoke(args=["send-progress"]).exit_code == 0
    [(_rcpts, message, _raw)] = smtp_server.messages()
    path = link_after(body(message, "plain"), "/account/unsubscribe/").removeprefix(
        "http://127.0.0.1:5000"
    )
    tampered = path[:-3] + ("AAA" if not path.endswith("AAA") else "BBB")

    for response in (client.get(tampered), client.post(tampered)):
        assert response.status_code == 400
        assert "This link cannot be used" in response.get_data(as_text=True)
    assert user_subscribed(app, user)


def test_opted_out_inactive_and_staff_users_and_closed_museums_get_nothing(
    app, runner, smtp_server, create_museum, create_user
):
    museum = create_museum(slug="open")
    closed = create_museum(slug="closed", active=False)
    subscribed = create_user("viewer", museum)
    create_user("editor", museum, progress_emails=False)
    create_user("editor", museum, active=False)
    create_user("editor", closed)
    create_user("staff")

    result = runner.invoke(args=["send-progress"])

    assert result.exit_code == 0, result.output
    assert [rcpts for rcpts, _m, _raw in smtp_server.messages()] == [[subscribed.email]]
    assert "Progress e-mails: 1 sent, 0 failed." in result.output


HEADLINE_MIN_BASE = 10  # the reports' minimum base in the testing settings


@pytest.mark.parametrize(
    ("answers", "shown"), [(HEADLINE_MIN_BASE - 1, False), (HEADLINE_MIN_BASE, True)]
)
def test_headline_figures_need_the_minimum_base(
    app, runner, smtp_server, create_museum, create_user, add_responses, answers, shown
):
    museum = create_museum(slug="mine")
    create_user("editor", museum)
    add_responses(museum, satisfaction=[5] * answers, nps=[10] * answers)

    assert runner.invoke(args=["send-progress"]).exit_code == 0

    [(_rcpts, message, _raw)] = smtp_server.messages()
    for part in (body(message, "plain"), body(message, "html")):
        assert ("who rated their visit good or very good" in part) is shown
        assert ("Net Promoter Score" in part) is shown
        assert (f"at least {HEADLINE_MIN_BASE} visitors have answered" in part) is not shown


def test_one_refused_recipient_does_not_stop_the_others(
    app, runner, smtp_server, create_museum, create_user
):
    museum = create_museum(slug="mine")
    first = create_user("editor", museum, email="a@museum.example")
    refused = create_user("editor", museum, email="b@museum.example")
    last = create_user("editor", museum, email="c@museum.example")
    smtp_server.refuse.add(refused.email)

    result = runner.invoke(args=["send-progress"])

    assert [rcpts for rcpts, _m, _raw in smtp_server.messages()] == [[first.email], [last.email]]
    assert result.exit_code == 1
    assert "Progress e-mails: 2 sent, 1 failed." in result.output
    assert "Not sent to b@museum.example: 550" in result.output
    assert "Traceback" not in result.output


def test_server_closing_the_session_costs_one_message_and_the_run_reconnects(
    app, runner, smtp_server, create_museum, create_user
):
    museum = create_museum(slug="mine")
    first = create_user("editor", museum, email="a@museum.example")
    create_user("editor", museum, email="b@museum.example")
    last = create_user("editor", museum, email="c@museum.example")
    smtp_server.hang_up_on.add("b@museum.example")

    result = runner.invoke(args=["send-progress"])

    assert [rcpts for rcpts, _m, _raw in smtp_server.messages()] == [[first.email], [last.email]]
    assert result.exit_code == 1
    assert "Not sent to b@museum.example: 421" in result.output
    assert "Progress e-mails: 2 sent, 1 failed." in result.output


def test_unreachable_smtp_server_is_a_clean_error(
    app, runner, no_smtp_server, create_museum, create_user
):
    museum = create_museum(slug="mine")
    create_user("editor", museum)

    result = runner.invoke(args=["send-progress"])

    assert result.exit_code == 1
    assert f"Error: Cannot reach the SMTP server 127.0.0.1:{no_smtp_server}" in result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def test_dry_run_lists_recipients_and_sends_nothing(
    app, runner, no_smtp_server, create_museum, create_user
):
    museum = create_museum(slug="mine", name="Dry Museum")
    user = create_user("editor", museum, locale="nl")

    result = runner.invoke(args=["send-progress", "--dry-run"])

    assert result.exit_code == 0, result.output
    assert f"Would send to {user.email} (nl): " in result.output
    assert "Dry Museum" in result.output
    assert "1 progress e-mail(s) would be sent; none was." in result.output


def test_museum_option_limits_the_run_to_that_museums_users(
    app, runner, smtp_server, create_museum, create_user
):
    mine = create_museum(slug="mine")
    other = create_museum(slug="other")
    wanted = create_user("editor", mine)
    create_user("editor", other)

    result = runner.invoke(args=["send-progress", "--museum", "mine"])

    assert result.exit_code == 0, result.output
    assert [rcpts for rcpts, _m, _raw in smtp_server.messages()] == [[wanted.email]]
    closed = create_museum(slug="closed", active=False)
    create_user("editor", closed)
    smtp_server.received.clear()
    inactive = runner.invoke(args=["send-progress", "--museum", "closed"])
    assert inactive.exit_code == 0, inactive.output
    assert "Museum closed is not active" in inactive.output
    assert smtp_server.messages() == []
    unknown = runner.invoke(args=["send-progress", "--museum", "nowhere"])
    assert unknown.exit_code == 1
    assert "No museum with slug 'nowhere'." in unknown.output


def test_links_follow_the_public_base_url_including_a_path_prefix(
    app, runner, smtp_server, monkeypatch, create_museum, create_user
):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", "https://survey.example.org/sentomus")
    museum = create_museum(slug="mine")
    create_user("editor", museum)

    assert runner.invoke(args=["send-progress"]).exit_code == 0

    [(_rcpts, message, _raw)] = smtp_server.messages()
    text = body(message, "plain")
    assert "https://survey.example.org/sentomus/portal/" in text
    assert message["List-Unsubscribe"].startswith(
        "<https://survey.example.org/sentomus/account/unsubscribe/"
    )


def test_server_name_that_contradicts_the_public_base_url_is_refused(
    app, runner, smtp_server, monkeypatch, create_museum, create_user
):
    monkeypatch.setitem(app.config, "SERVER_NAME", "elsewhere.example")
    museum = create_museum(slug="mine")
    create_user("editor", museum)

    result = runner.invoke(args=["send-progress"])

    assert result.exit_code == 1
    assert "SERVER_NAME (elsewhere.example) and PUBLIC_BASE_URL" in result.output
    assert smtp_server.messages() == []
