"""Attacks on signing in: where `next` may lead, and a dead rate-limit store."""

from __future__ import annotations

from urllib.parse import quote, urljoin, urlsplit

import pytest

from tests.app_variants import free_port, own_redis, variant_app
from tests.conftest import PASSWORD

#: Raw query-string values of `next`, as an attacker would put them in a link.
HOSTILE_NEXT = [
    "/%09/evil.example/phish",
    "/%0a/evil.example",
    "/%0d%0aSet-Cookie:%20x=y",
    "%0a",
    "/%00/evil.example",
    "//evil.example",
    "///evil.example",
    "/%5Cevil.example",
    "%5C%5Cevil.example",
    "/%5C/evil.example",
    "%2F%2Fevil.example",
    "/%252F/evil.example",
    "/%2F%2Fevil.example",
    "https://evil.example/",
    "HTTPS:%2F%2Fevil.example",
    "http:/evil.example",
    "javascript:alert(1)",
    "%20//evil.example",
    "/%20/evil.example",
    "%E2%80%8B//evil.example",
    "/%E3%80%80/evil.example",
    "evil.example",
]


@pytest.mark.parametrize("raw_next", HOSTILE_NEXT)
def test_next_never_leads_off_site(client, create_museum, create_user, raw_next):
    user = create_user("editor", create_museum())
    response = client.post(
        f"/account/login?next={raw_next}", data={"email": user.email, "password": PASSWORD}
    )
    if "%00" in raw_next:
        assert response.status_code == 400  # a NUL anywhere in the query is refused outright
        return
    assert response.status_code == 302
    location = response.headers["Location"]
    target = urlsplit(urljoin("http://localhost/account/login", location))
    assert (target.scheme, target.netloc) == ("http", "localhost"), location
    assert target.path == "/portal/", location


@pytest.mark.parametrize("path", ["/portal/questions", "/portal/?tab=2", "/account/settings"])
def test_next_within_the_site_is_followed(client, create_museum, create_user, path):
    user = create_user("editor", create_museum())
    response = client.post(
        f"/account/login?next={quote(path)}", data={"email": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.headers["Location"] == path


def _sign_in_statuses(client, user, attempts: int) -> list[int]:
    return [
        client.post(
            "/account/login", data={"email": user.email, "password": "wrong password"}
        ).status_code
        for _ in range(attempts)
    ]


def test_sign_in_works_and_stays_limited_when_the_limit_storage_is_unreachable(
    app, create_museum, create_user
):
    user = create_user("editor", create_museum())
    closed = f"redis://127.0.0.1:{free_port()}/0"
    with variant_app(app, RATELIMIT_STORAGE_URI=closed, LOGIN_RATE_LIMIT="5 per minute") as down:
        client = down.test_client()
        ok = client.post("/account/login", data={"email": user.email, "password": PASSWORD})
        assert ok.status_code == 302
        other = down.test_client()
        # Counting goes on in memory: the fifth sign-in of the minute is the last one allowed.
        assert _sign_in_statuses(other, user, 5) == [200, 200, 200, 200, 429]


def test_redis_stopping_keeps_sign_in_limited(app, create_museum, create_user):
    user = create_user("editor", create_museum())
    with (
        own_redis() as (url, redis_process),
        variant_app(app, RATELIMIT_STORAGE_URI=url, LOGIN_RATE_LIMIT="5 per minute") as up,
    ):
        client = up.test_client()
        assert _sign_in_statuses(client, user, 2) == [200, 200]
        redis_process.kill()
        redis_process.wait(timeout=10)
        statuses = _sign_in_statuses(client, user, 6)
        assert 500 not in statuses and statuses[-1] == 429
        fresh = up.test_client()
        # The right password from elsewhere is not locked out by a dead store.
        ok = fresh.post(
            "/account/login",
            data={"email": user.email, "password": PASSWORD},
            environ_base={"REMOTE_ADDR": "198.51.100.7"},
        )
        assert ok.status_code in {302, 429}
