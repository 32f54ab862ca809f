"""Every portal and staff route, as: signed out, viewer, editor of the same museum, editor of
another museum, and staff."""

from __future__ import annotations

import pytest

from survey.models import Question

ROLES = ("anonymous", "viewer", "editor", "other_editor", "staff")


@pytest.fixture
def world(app, create_museum, create_user, create_own_question):
    mine = create_museum(slug="mine")
    other = create_museum(slug="other")
    users = {
        "viewer": create_user("viewer", mine),
        "editor": create_user("editor", mine),
        "other_editor": create_user("editor", other),
        "staff": create_user("staff"),
    }
    question = create_own_question(mine, code="mine_q")
    foreign = create_own_question(other, code="other_q")
    return {"mine": mine, "other": other, "users": users, "question": question, "foreign": foreign}


# (method, url template, expected status per role in ROLES order). 302 to the login page for
# signed-out users; staff opening the museum portal are sent to their own area (302).
ROUTES = [
    ("GET", "/portal/", (302, 200, 200, 200, 302)),
    ("GET", "/portal/poster", (302, 200, 200, 200, 302)),
    ("GET", "/portal/qr.png", (302, 200, 200, 200, 302)),
    ("GET", "/portal/qr.svg?kiosk=1", (302, 200, 200, 200, 302)),
    ("GET", "/account/settings", (302, 200, 200, 200, 200)),
    ("GET", "/account/data.json", (302, 200, 200, 200, 200)),
    ("GET", "/staff/", (302, 403, 403, 403, 200)),
    ("GET", "/staff/museums", (302, 403, 403, 403, 200)),
    ("GET", "/staff/museums/new", (302, 403, 403, 403, 200)),
    ("GET", "/staff/museums/{mine.id}", (302, 403, 403, 403, 200)),
    ("GET", "/staff/museums/999999", (302, 403, 403, 403, 404)),
    ("GET", "/staff/users", (302, 403, 403, 403, 200)),
    ("POST", "/staff/users/{users[editor].id}/invitation", (302, 403, 403, 403, 200)),
    ("POST", "/staff/users/999999/invitation", (302, 403, 403, 403, 404)),
    ("GET", "/staff/core", (302, 403, 403, 403, 200)),
    ("GET", "/staff/audit", (302, 403, 403, 403, 200)),
    ("GET", "/portal/report", (302, 200, 200, 200, 302)),
    ("GET", "/portal/report.json", (302, 200, 200, 200, 302)),
    ("GET", "/portal/report.pdf", (302, 404, 404, 404, 302)),
    ("GET", "/staff/report", (302, 403, 403, 403, 200)),
    ("GET", "/staff/report.xlsx", (302, 403, 403, 403, 200)),
    ("GET", "/staff/museums/{mine.id}/report.csv", (302, 403, 403, 403, 200)),
    ("GET", "/staff/museums/999999/report", (302, 403, 403, 403, 404)),
    ("GET", "/staff/answers.csv", (302, 403, 403, 403, 200)),
    ("GET", "/staff/museums/{mine.id}/answers.csv", (302, 403, 403, 403, 200)),
    ("GET", "/staff/museums/999999/answers.csv", (302, 403, 403, 403, 404)),
    ("GET", "/portal/answers.csv", (404, 404, 404, 404, 404)),  # museums never get rows
    ("GET", "/portal/questions", (302, 200, 200, 200, 302)),
    ("GET", "/portal/questions/new", (302, 403, 200, 200, 302)),
    ("POST", "/portal/questions/new", (302, 403, 200, 200, 302)),
    ("GET", "/portal/questions/{question.id}/edit", (302, 403, 200, 404, 302)),
    ("POST", "/portal/questions/{question.id}/edit", (302, 403, 200, 404, 302)),
    ("GET", "/portal/questions/{foreign.id}/edit", (302, 403, 404, 200, 302)),
    ("POST", "/portal/questions/{foreign.id}/edit", (302, 403, 404, 200, 302)),
    ("GET", "/portal/questions/999999/edit", (302, 403, 404, 404, 302)),
    ("POST", "/portal/questions/{question.id}/move/up", (302, 403, 302, 404, 302)),
    ("POST", "/portal/questions/{question.id}/move/down", (302, 403, 302, 404, 302)),
    ("POST", "/portal/questions/{foreign.id}/move/down", (302, 403, 404, 302, 302)),
    ("POST", "/portal/questions/{question.id}/retire", (302, 403, 302, 404, 302)),
    ("POST", "/portal/questions/{foreign.id}/retire", (302, 403, 404, 302, 302)),
    ("POST", "/portal/questions/999999/retire", (302, 403, 404, 404, 302)),
    ("GET", "/portal/preview", (302, 200, 200, 200, 302)),
    ("GET", "/portal/preview?lang=fr", (302, 200, 200, 200, 302)),
    ("POST", "/portal/preview/page", (302, 302, 302, 302, 302)),
    ("GET", "/staff/approvals", (302, 403, 403, 403, 200)),
    ("POST", "/staff/approvals/{question.id}/approve", (302, 403, 403, 403, 302)),
    ("POST", "/staff/approvals/{foreign.id}/approve", (302, 403, 403, 403, 302)),
    ("POST", "/staff/approvals/999999/approve", (302, 403, 403, 403, 404)),
    ("POST", "/staff/approvals/{question.id}/reject", (302, 403, 403, 403, 302)),
    ("POST", "/staff/approvals/999999/reject", (302, 403, 403, 403, 404)),
]


def _login_as(client, world, role, sign_in):
    if role != "anonymous":
        sign_in(world["users"][role])


@pytest.mark.parametrize(("method", "template", "expected"), ROUTES)
def test_route_access_by_role(app, client, world, sign_in, method, template, expected):
    for role, status in zip(ROLES, expected, strict=True):
        client.post("/account/logout")
        _login_as(client, world, role, sign_in)
        url = template.format(**world)
        response = client.open(url, method=method)
        assert response.status_code == status, f"{role} {method} {url}"
        if role == "anonymous" and status == 302:
            assert response.headers["Location"].startswith("/account/login")


def test_matrix_covers_every_portal_and_staff_route(app):
    covered = {template.split("{")[0].rstrip("/") for _m, template, _e in ROUTES}
    rules = [r for r in app.url_map.iter_rules() if r.rule.startswith(("/portal", "/staff"))]
    for rule in rules:
        prefix = rule.rule.split("<")[0].rstrip("/")
        assert any(c.startswith(prefix) or prefix.startswith(c) for c in covered), rule.rule


def test_question_fixture_is_a_museum_question(world):
    assert (
        isinstance(world["question"], Question) and world["question"].museum_id == world["mine"].id
    )
