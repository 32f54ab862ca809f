"""A session cookie copied before sign-out, a password change or deletion stops working."""

from __future__ import annotations

from survey.accounts.services import invitation_token
from survey.extensions import db
from survey.models import User
from tests.conftest import PASSWORD


def _copied_session(app, client, sign_in, user):
    sign_in(user)
    assert client.get("/portal/").status_code == 200
    copy = app.test_client()
    copy.set_cookie("session", client.get_cookie("session").value)
    assert copy.get("/portal/").status_code == 200  # the copy works while the session lives
    return copy


def _signed_out(response) -> bool:
    return response.status_code == 302 and "/account/login" in response.headers["Location"]


def test_sign_out_ends_a_copied_session(app, client, create_museum, create_user, sign_in):
    user = create_user("editor", create_museum())
    copy = _copied_session(app, client, sign_in, user)
    assert client.post("/account/logout").status_code == 302
    assert _signed_out(copy.get("/portal/"))
    assert _signed_out(copy.get("/account/settings"))


def test_a_new_password_ends_other_sessions(app, client, create_museum, create_user, sign_in):
    user = create_user("editor", create_museum())
    copy = _copied_session(app, client, sign_in, user)
    with app.test_request_context():
        token = invitation_token(db.session.get(User, user.id))
    other = app.test_client()
    new_password = "another horse battery staple"
    changed = other.post(
        f"/account/invitation/{token}", data={"password": new_password, "confirm": new_password}
    )
    assert changed.status_code == 302
    assert _signed_out(copy.get("/portal/"))
    assert _signed_out(client.get("/portal/"))
    assert other.get("/portal/").status_code == 200  # the one who changed it stays signed in


def test_a_deleted_account_ends_every_session(app, client, create_museum, create_user, sign_in):
    user = create_user("editor", create_museum())
    copy = _copied_session(app, client, sign_in, user)
    deleted = client.post("/account/delete", data={"password": PASSWORD})
    assert deleted.status_code == 200
    assert _signed_out(copy.get("/portal/"))


def test_a_deactivated_account_ends_every_session(app, client, create_museum, create_user, sign_in):
    museum = create_museum()
    user = create_user("editor", museum)
    copy = _copied_session(app, client, sign_in, user)
    staff_client = app.test_client()
    staff = create_user("staff")
    staff_client.post("/account/login", data={"email": staff.email, "password": PASSWORD})
    with app.app_context():
        from survey.staff.services import set_user_active

        set_user_active(
            db.session, db.session.get(User, staff.id), db.session.get(User, user.id), False
        )
    assert _signed_out(copy.get("/portal/"))


def test_a_session_from_before_the_version_check_is_signed_out(
    app, client, create_museum, create_user
):
    """A cookie that names only the account id (as before) opens nothing."""
    user = create_user("editor", create_museum())
    with client.session_transaction() as session:
        session["_user_id"] = str(user.id)
        session["_fresh"] = True
    assert _signed_out(client.get("/portal/"))


def test_a_reactivated_account_does_not_reopen_old_sessions(
    app, client, create_museum, create_user, sign_in
):
    user = create_user("editor", create_museum())
    copy = _copied_session(app, client, sign_in, user)
    staff = create_user("staff")
    staff_client = app.test_client()
    assert (
        staff_client.post(
            "/account/login", data={"email": staff.email, "password": PASSWORD}
        ).status_code
        == 302
    )
    assert staff_client.post(f"/staff/users/{user.id}/active/0").status_code in {302, 303}
    assert _signed_out(copy.get("/portal/"))
    assert _signed_out(client.get("/portal/"))
    assert staff_client.post(f"/staff/users/{user.id}/active/1").status_code in {302, 303}
    with app.app_context():
        assert db.session.get(User, user.id).active
    assert _signed_out(copy.get("/portal/"))
    assert _signed_out(client.get("/portal/"))
    fresh = app.test_client()
    assert (
        fresh.post("/account/login", data={"email": user.email, "password": PASSWORD}).status_code
        == 302
    )
    assert fresh.get("/portal/").status_code == 200  # signing in again works
