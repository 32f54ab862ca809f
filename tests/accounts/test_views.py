from __future__ import annotations

import json
import time

import pytest
from flask import url_for
from itsdangerous import TimestampSigner
from sqlalchemy import func, select

from survey import create_app
from survey.accounts.services import invitation_token
from survey.extensions import db
from survey.models import AuditEntry, Museum, User
from tests.conftest import PASSWORD

WRONG = "The e-mail address or password is not correct."


def test_wrong_password_and_unknown_account_get_the_same_answer(client, create_museum, create_user):
    user = create_user("editor", create_museum())
    wrong = client.post("/account/login", data={"email": user.email, "password": "nope" * 4})
    unknown = client.post(
        "/account/login", data={"email": "nobody@x.example", "password": "a" * 16}
    )
    assert wrong.status_code == unknown.status_code == 200
    assert WRONG in wrong.get_data(as_text=True) and WRONG in unknown.get_data(as_text=True)
    # What was typed is kept, the password is not echoed back.
    assert f'value="{user.email}"' in wrong.get_data(as_text=True)
    assert "nope" not in wrong.get_data(as_text=True)


def test_sign_in_is_case_insensitive_and_honours_a_local_next(client, create_museum, create_user):
    user = create_user("editor", create_museum())
    response = client.post(
        "/account/login?next=/account/settings",
        data={"email": user.email.upper(), "password": PASSWORD},
    )
    assert response.headers["Location"] == "/account/settings"


def test_sign_in_never_redirects_to_another_site(client, create_museum, create_user):
    user = create_user("editor", create_museum())
    response = client.post(
        "/account/login?next=//evil.example/x", data={"email": user.email, "password": PASSWORD}
    )
    assert response.headers["Location"] == "/portal/"


def test_deactivated_and_invited_accounts_cannot_sign_in(client, create_museum, create_user):
    museum = create_museum()
    off = create_user("editor", museum, active=False)
    invited = create_user("viewer", museum, password=None)
    for user in (off, invited):
        response = client.post("/account/login", data={"email": user.email, "password": PASSWORD})
        assert WRONG in response.get_data(as_text=True)


def test_sign_in_is_throttled_without_revealing_the_account(
    session_app, create_museum, create_user
):
    session_app.config["LOGIN_RATE_LIMIT"] = "10 per minute; 50 per hour"
    from survey.extensions import limiter

    limiter.reset()
    try:
        user = create_user("editor", create_museum())
        client = session_app.test_client()
        statuses = [
            client.post(
                "/account/login", data={"email": user.email, "password": "x" * 12}
            ).status_code
            for _ in range(12)
        ]
        assert statuses[:10] == [200] * 10
        blocked = client.post("/account/login", data={"email": user.email, "password": PASSWORD})
        assert blocked.status_code == 429
        html = blocked.get_data(as_text=True)
        assert "Please wait a moment and try again." in html
        assert user.email not in html
        stored_keys = " ".join(str(key) for key in limiter.storage.storage)
        assert "login:" in stored_keys and "client:" in stored_keys
        assert user.email not in stored_keys and "127.0.0.1" not in stored_keys
    finally:
        session_app.config["LOGIN_RATE_LIMIT"] = "10000 per minute"
        limiter.reset()


def test_invitation_sets_a_password_and_signs_in(app, client, create_museum, create_user):
    user = create_user("editor", create_museum(), password=None)
    with app.app_context():
        token = invitation_token(db.session.get(User, user.id))
    page = client.get(f"/account/invitation/{token}")
    assert page.status_code == 200 and user.email in page.get_data(as_text=True)
    short = client.post(
        f"/account/invitation/{token}", data={"password": "short", "confirm": "short"}
    )
    assert "Use at least 12 characters." in short.get_data(as_text=True)
    done = client.post(
        f"/account/invitation/{token}", data={"password": PASSWORD, "confirm": PASSWORD}
    )
    assert done.status_code == 302 and done.headers["Location"] == "/portal/"
    client.post("/account/logout")
    # The link is spent once the password is set.
    again = client.get(f"/account/invitation/{token}")
    assert again.status_code == 400
    assert "This link cannot be used" in again.get_data(as_text=True)


@pytest.mark.parametrize("token", ["garbage", "eyJ1IjoxfQ.AAAA.BBBB"])
def test_tampered_invitation_gets_a_clear_page(client, token):
    response = client.get(f"/account/invitation/{token}")
    assert response.status_code == 400
    assert "not valid" in response.get_data(as_text=True)


def test_expired_invitation_gets_a_clear_page(app, client, create_museum, create_user, monkeypatch):
    user = create_user("viewer", create_museum(), password=None)
    long_ago = int(time.time()) - app.config["INVITATION_MAX_AGE"] - 10
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: long_ago)
    with app.app_context():
        token = invitation_token(db.session.get(User, user.id))
    monkeypatch.undo()
    response = client.get(f"/account/invitation/{token}")
    assert response.status_code == 400
    assert "expired" in response.get_data(as_text=True)


def test_staff_invite_creates_an_account_and_a_working_link(
    app, client, create_museum, create_user, sign_in
):
    museum = create_museum()
    sign_in(create_user("staff"))
    response = client.post(
        "/staff/users",
        data={
            "email": "New.Editor@Museum.example",
            "display_name": "Ann",
            "role": "editor",
            "museum_id": museum.id,
            "locale": "nl",
        },
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    link = html.split('<code class="link">')[1].split("</code>")[0].replace("&amp;", "&")
    client.post("/account/logout")
    path = link.split("localhost", 1)[-1]
    assert client.get(path).status_code == 200
    with app.app_context():
        created = db.session.scalars(User.by_email("new.editor@museum.example")).one()
        assert (created.role, created.museum_id, created.locale) == ("editor", museum.id, "nl")
        assert (
            db.session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "user.invite")
            )
            == 1
        )


def test_invite_form_errors_keep_what_was_typed(client, create_museum, create_user, sign_in):
    existing = create_user("viewer", create_museum())
    sign_in(create_user("staff"))
    bad = client.post(
        "/staff/users",
        data={"email": "not-an-address", "role": "editor", "museum_id": 0, "locale": "en"},
    )
    assert "Enter a valid e-mail address." in bad.get_data(as_text=True)
    assert 'value="not-an-address"' in bad.get_data(as_text=True)
    no_museum = client.post(
        "/staff/users",
        data={"email": "a@b.example", "role": "editor", "museum_id": 0, "locale": "en"},
    )
    assert "Choose the museum this user belongs to." in no_museum.get_data(as_text=True)
    dup = client.post(
        "/staff/users",
        data={
            "email": existing.email,
            "role": "viewer",
            "museum_id": existing.museum_id,
            "locale": "en",
        },
    )
    assert "There is already an account with this e-mail address." in dup.get_data(as_text=True)


def test_portal_speaks_the_users_language(client, create_museum, create_user, sign_in):
    user = create_user("editor", create_museum(), locale="fr")
    sign_in(user)
    html = client.get("/account/settings").get_data(as_text=True)
    assert '<html lang="fr">' in html


def test_settings_change_language_and_progress_emails(
    app, client, create_museum, create_user, sign_in
):
    user = create_user("viewer", create_museum())
    sign_in(user)
    response = client.post("/account/settings", data={"display_name": "Bea", "locale": "nl"})
    assert response.status_code == 302
    with app.app_context():
        saved = db.session.get(User, user.id)
        assert (saved.display_name, saved.locale, saved.progress_emails) == ("Bea", "nl", False)


def test_data_export_holds_the_account_and_its_actions(client, create_user, sign_in):
    staff = create_user("staff", display_name="Sam")
    sign_in(staff)
    client.post(
        "/staff/museums/new",
        data={
            "name": "New Museum",
            "slug": "new-museum",
            "languages": ["nl", "en"],
            "target_sample_size": 300,
        },
    )
    response = client.get("/account/data.json")
    assert response.headers["Content-Disposition"].startswith("attachment")
    data = json.loads(response.get_data(as_text=True))
    assert data["account"]["email"] == staff.email and data["account"]["display_name"] == "Sam"
    assert [a["action"] for a in data["actions_in_audit_log"]] == ["museum.create"]
    assert "argon2" in data["account"]["password"] and "$argon2" not in response.get_data(
        as_text=True
    )


def test_deleting_the_account_keeps_the_museum_and_its_data(
    app, client, create_museum, create_user, sign_in
):
    museum = create_museum()
    user = create_user("editor", museum)
    sign_in(user)
    refused = client.post("/account/delete", data={"password": "wrong password!"})
    assert refused.status_code == 400
    assert "your account was not deleted" in refused.get_data(as_text=True)
    done = client.post("/account/delete", data={"password": PASSWORD})
    assert done.status_code == 200
    assert "Your account is deleted" in done.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(User, user.id) is None
        assert db.session.get(Museum, museum.id) is not None
    assert client.get("/portal/").status_code == 302


def test_csrf_is_enforced_on_portal_forms(tmp_path, monkeypatch):
    monkeypatch.setenv("SENTOMUS_INSTANCE_PATH", str(tmp_path))
    app = create_app(
        {
            "TESTING": True,
            "WTF_CSRF_ENABLED": True,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'csrf.db'}",
        }
    )
    with app.app_context():
        db.create_all()
    client = app.test_client()
    response = client.post("/account/login", data={"email": "a@b.example", "password": "x" * 12})
    assert response.status_code == 400
    assert "<h1>" in response.get_data(as_text=True)
    page = client.get("/account/login").get_data(as_text=True)
    assert 'name="csrf_token"' in page
    with app.app_context():
        db.engine.dispose()


def test_production_sends_hsts(monkeypatch, tmp_path):
    monkeypatch.setenv("SENTOMUS_INSTANCE_PATH", str(tmp_path))
    from config.settings import ProductionConfig

    monkeypatch.setattr(ProductionConfig, "SECRET_KEY", "k" * 32)
    monkeypatch.setattr(ProductionConfig, "PUBLIC_BASE_URL", "https://survey.example.org")
    monkeypatch.setattr(
        ProductionConfig, "SQLALCHEMY_DATABASE_URI", f"sqlite:///{tmp_path / 'p.db'}"
    )
    app = create_app("production")
    response = app.test_client().get("/account/login")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")


def test_csrf_is_enforced_on_every_portal_staff_and_account_post(tmp_path, monkeypatch):
    monkeypatch.setenv("SENTOMUS_INSTANCE_PATH", str(tmp_path))
    app = create_app(
        {
            "TESTING": True,
            "WTF_CSRF_ENABLED": True,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'csrf-all.db'}",
        }
    )
    with app.app_context():
        db.create_all()
    client = app.test_client()
    exempt = {"accounts.unsubscribe"}  # signed token, one-click unsubscribe from mail clients
    checked = []
    for rule in app.url_map.iter_rules():
        if "POST" not in rule.methods or not rule.rule.startswith(
            ("/portal", "/staff", "/account")
        ):
            continue
        if rule.endpoint in exempt:
            continue
        values = {name: "up" if name == "direction" else 1 for name in rule.arguments}
        if "token" in rule.arguments:
            values["token"] = "x"
        with app.test_request_context():
            url = url_for(rule.endpoint, **values)
        response = client.post(url, data={"anything": "x"})
        assert response.status_code == 400, (rule.rule, response.status_code)
        checked.append(rule.endpoint)
    assert len(checked) >= 12
    with app.app_context():
        db.engine.dispose()
