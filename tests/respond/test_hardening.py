"""Attacks on the respondent flow: a dead rate-limit store, failures mid-submit, cookies."""

from __future__ import annotations

import contextlib
import logging
import re

from sqlalchemy import event, func, select, text

from survey.extensions import db
from survey.models import Response, UsedSubmitToken
from survey.respond.flow import PageState
from survey.respond.services import token_hash
from tests.app_variants import free_port, own_redis, variant_app
from tests.survey_walker import SurveyWalker, default_answer

UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.I)
MARKER = "zebra marker 4711"


def stored_responses(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Response))


def answer_with_marker(walker: SurveyWalker) -> dict:
    page = walker.page
    data = {"action": "next"}
    for name in page.question_names:
        answer = default_answer(page, name)
        if page.form.inputs[name][0].get("type") == "textarea":
            answer = [MARKER]
        data[name] = answer
    return data


def walk_to_last_page(walker: SurveyWalker) -> dict:
    """Answers every page but the last; returns the last page's answers, not yet sent."""
    for _ in range(30):
        data = answer_with_marker(walker)
        if "Send my answers" in walker.page.html:
            return data
        page = walker.post(data)
        assert page.status == 200, page.html
    raise AssertionError("no last page")


# Rate-limit storage unreachable ------------------------------------------------------------


def test_survey_completes_when_the_rate_limit_storage_is_unreachable(app, create_museum):
    museum = create_museum()
    closed = f"redis://127.0.0.1:{free_port()}/0"
    with variant_app(app, RATELIMIT_STORAGE_URI=closed) as down:
        walker = SurveyWalker(down.test_client(), museum.slug)
        assert walker.start("en").status == 200
        assert walker.complete().status == 303
    assert stored_responses(app) == 1


def test_redis_stopping_mid_survey_loses_nothing_and_limits_go_on(app, create_museum):
    museum = create_museum()
    with (
        own_redis() as (url, redis_process),
        variant_app(app, RATELIMIT_STORAGE_URI=url, RESPONDENT_RATE_LIMIT="40 per minute") as up,
    ):
        client = up.test_client()
        walker = SurveyWalker(client, museum.slug)
        assert walker.start("en").status == 200
        walker.answer_page()
        redis_process.kill()
        redis_process.wait(timeout=10)
        assert walker.complete().status == 303
        # Counting goes on in memory: a flood is still refused, calmly.
        statuses = {
            client.post(f"/s/{museum.slug}/start", data={"lang": "en"}).status_code
            for _ in range(45)
        }
        assert statuses == {200, 429}
    assert stored_responses(app) == 1


# Nothing of a response in the log -------------------------------------------------------------


def test_a_table_gone_mid_submit_logs_no_answer_and_no_id(app, client, create_museum, caplog):
    museum = create_museum()
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    last = walk_to_last_page(walker)
    with app.app_context():
        db.session.execute(text("ALTER TABLE answer RENAME TO answer_gone"))
        db.session.commit()
    try:
        with caplog.at_level(logging.DEBUG):
            failed = walker.post(last)
    finally:
        with app.app_context():
            db.session.rollback()
            db.session.execute(text("ALTER TABLE answer_gone RENAME TO answer"))
            db.session.commit()
    assert failed.status == 503
    for name in last:  # the page keeps the answers...
        if name != "action":
            assert failed.checked(name) or failed.text_of(name), name
    assert caplog.records, "the failure is logged"
    logged = caplog.text
    assert MARKER not in logged  # ...the log never does
    assert not UUID.search(logged), logged
    assert "[parameters:" not in logged
    again = walker.post({**last, "state": failed.state})
    assert again.status == 303
    assert stored_responses(app) == 1


def test_a_clashing_id_at_submit_logs_no_answer_and_no_id(
    app, client, create_museum, caplog, monkeypatch
):
    """PostgreSQL names the clashing key in its error message: that message is never logged."""
    import survey.respond.services as services

    museum = create_museum()
    first = SurveyWalker(client, museum.slug)
    first.start("en")
    first.complete()
    with app.app_context():
        taken = db.session.scalar(select(Response.id))
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    last = walk_to_last_page(walker)
    monkeypatch.setattr(services.uuid, "uuid4", lambda: taken)
    with caplog.at_level(logging.DEBUG):
        failed = walker.post(last)
    assert failed.status == 503
    logged = caplog.text
    assert caplog.records
    assert MARKER not in logged
    assert str(taken) not in logged and taken.hex not in logged
    assert not UUID.search(logged), logged
    monkeypatch.undo()
    assert walker.post({**last, "state": failed.state}).status == 303


@contextlib.contextmanager
def _token_table_locked(app):
    """Another connection holds the token table while the app gives up waiting quickly: the
    final submit fails at its first statement, the token insert."""
    engine = db.engine
    postgres = app.config["DB_BACKEND"] == "postgresql"

    def short_wait(dbapi_connection, _record, _proxy):
        cursor = dbapi_connection.cursor()
        cursor.execute("SET lock_timeout = '300ms'" if postgres else "PRAGMA busy_timeout=300")
        cursor.close()

    event.listen(engine, "checkout", short_wait)
    holder = engine.connect()
    if postgres:
        holder.execute(text("LOCK TABLE used_submit_token IN ACCESS EXCLUSIVE MODE"))
    else:
        holder.exec_driver_sql("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        holder.rollback()
        holder.close()
        event.remove(engine, "checkout", short_wait)
        engine.dispose()  # no pooled connection keeps the short wait


def test_a_locked_database_at_submit_logs_no_token_and_no_id(
    app, client, create_museum, caplog, capsys
):
    museum = create_museum()
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    last = walk_to_last_page(walker)
    with app.test_request_context():
        hashed = token_hash(PageState.load(walker.page.state).token)
    with app.app_context(), _token_table_locked(app), caplog.at_level(logging.DEBUG):
        failed = walker.post(last)
    assert failed.status == 503
    again = walker.post({**last, "state": failed.state})
    assert again.status == 303
    with app.app_context():
        assert db.session.get(UsedSubmitToken, hashed) is not None  # the retry used that token
        stored = db.session.scalar(select(Response.id))
    logged = caplog.text + capsys.readouterr().err
    assert caplog.records, "the failure is logged"
    assert hashed not in logged and hashed[:16] not in logged
    assert str(stored) not in logged and stored.hex not in logged
    assert MARKER not in logged
    assert not UUID.search(logged), logged
    assert "[parameters:" not in logged and "parameters hidden" not in logged.lower()


def test_every_engine_hides_statement_parameters(app):
    """Also the engines of commands and migrations: none may quote a statement's values."""
    with app.app_context():
        engines = [db.engine, *db.engines.values()]
        assert all(engine.hide_parameters for engine in engines)


# No cookie on respondent pages --------------------------------------------------------------


def _portal_cookies(client, user) -> None:
    """A browser that opened the portal, signed in and carries an old remember cookie."""
    from tests.conftest import PASSWORD

    client.get("/")
    login = client.get("/account/login")
    assert "Set-Cookie" in login.headers  # the portal does hold a session
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', login.get_data(True))
    token = token or re.search(r'name="csrf_token" value="([^"]+)"', login.get_data(True))
    signed_in = client.post(
        "/account/login",
        data={"email": user.email, "password": PASSWORD, "csrf_token": token.group(1)},
    )
    assert signed_in.status_code == 302
    client.set_cookie("remember_token", "1|" + "0" * 128)


def test_respondent_pages_send_no_cookie_whatever_the_browser_holds(
    app, create_museum, create_user
):
    museum = create_museum()
    user = create_user("editor", museum)
    with variant_app(app, WTF_CSRF_ENABLED=True) as portal_app:
        client = portal_app.test_client()
        _portal_cookies(client, user)
        _visit_respondent_pages_without_cookies(client, museum)


def _visit_respondent_pages_without_cookies(client, museum) -> None:
    walker = SurveyWalker(client, museum.slug)
    seen = [
        walker.intro("en"),
        walker.start("en"),
        walker.answer_page(),
        walker.answer_page(action="back"),
    ]
    walker.complete()
    seen.append(walker.page)
    seen.append(
        walker._record(client.get(f"/s/{museum.slug}/thanks?lang=en"))  # noqa: SLF001
    )
    others = [
        client.get("/s/no-such-museum"),
        client.get("/s/a/b/c/d"),
        client.post(f"/s/{museum.slug}/page", data={"state": "x" * 200_000}),
        client.post(
            f"/s/{museum.slug}/start",
            data=b"lang=\xff",
            content_type="application/x-www-form-urlencoded",
        ),
        client.post(f"/s/{museum.slug}/page", data={"state": "tampered"}),
        client.get(f"/s/{museum.slug}/page"),
    ]
    assert [r.status_code for r in others] == [404, 404, 413, 400, 400, 405]
    with_cookie = [p.status for p in seen if "Set-Cookie" in p.headers] + [
        r.status_code for r in others if "Set-Cookie" in r.headers
    ]
    assert with_cookie == []
    assert [r.status_code for r in others if "Cookie" in r.headers.get("Vary", "")] == []
    # The portal session itself is untouched and still works.
    assert client.get("/portal/").status_code == 200


def test_a_signed_out_cookie_with_a_pending_message_gets_no_cookie_on_respondent_pages(
    app, create_museum, create_user, monkeypatch
):
    """Signed out without following the redirect: the cookie holds the pending "signed out"
    message, and a session load on a survey page would want to save it again."""
    museum = create_museum()
    user = create_user("editor", museum)
    limited = {"WTF_CSRF_ENABLED": True, "RESPONDENT_RATE_LIMIT": "60 per minute"}
    with variant_app(app, **limited) as portal_app:
        client = portal_app.test_client()
        _portal_cookies(client, user)
        portal = client.get("/portal/")
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', portal.get_data(True))
        signed_out = client.post("/account/logout", data={"csrf_token": token.group(1)})
        assert signed_out.status_code == 302
        assert "Set-Cookie" in signed_out.headers  # the message waits in the cookie
        held = client.get_cookie("session").value
        responses = [
            client.get(f"/s/{museum.slug}?lang=en"),
            client.post(f"/s/{museum.slug}/start", data={"lang": "en"}),
            client.get("/s/no-such-museum"),
            client.post(f"/s/{museum.slug}/page", data={"state": "x"}),
            client.get(f"/s/{museum.slug}/page"),
            client.post(f"/s/{museum.slug}/page", data={"state": "x" * 200_000}),
            client.get(f"/s/{museum.slug}/thanks?lang=en"),
        ]
        walker = SurveyWalker(client, museum.slug)
        walker.start("en")
        last = walk_to_last_page(walker)
        with portal_app.app_context(), _token_table_locked(portal_app):
            responses.append(walker.post(last))  # the database unavailable page
        responses.append(walker.post({**last, "state": walker.page.state}))  # sent
        monkeypatch.setattr("survey.respond.views.lookup_museum", lambda *a: 1 / 0, raising=True)
        responses.append(client.get(f"/s/{museum.slug}?lang=en"))  # an unexpected error
        monkeypatch.undo()
        responses += [
            client.post(f"/s/{museum.slug}/start", data={"lang": "en"}) for _ in range(61)
        ]
        statuses = [getattr(r, "status_code", None) or r.status for r in responses]
        assert statuses[:10] == [200, 200, 404, 400, 405, 413, 200, 503, 303, 500], statuses
        assert statuses[-1] == 429
        assert [
            s for s, r in zip(statuses, responses, strict=True) if "Set-Cookie" in r.headers
        ] == []
        assert client.get_cookie("session").value == held
