"""A museum name with control characters: refused when saved, harmless when already stored."""

from __future__ import annotations

import re

import pytest

from survey.extensions import db
from survey.models import Museum
from tests.reports.test_progress_email import smtp_server  # noqa: F401 - fixture

BROKEN_NAMES = ["Museum\r\nBcc: all@evil.example", "Museum\nof Art", "Museum\x00", "Museum\x1b[31m"]


def test_one_museum_with_a_broken_name_never_stops_the_other_recipients(
    app,
    runner,
    smtp_server,  # noqa: F811 - the fixture imported above
    create_museum,
    create_user,
):
    good_before = create_museum(slug="before", name="A Museum")
    broken = create_museum(slug="broken", name="Plain")
    good_after = create_museum(slug="after", name="Z Museum")
    first = create_user("editor", good_before, email="a@museum.example")
    middle = create_user("editor", broken, email="b@museum.example")
    last = create_user("editor", good_after, email="c@museum.example")
    with app.app_context():
        # Stored before names were checked, as an old database may hold it.
        db.session.get(Museum, broken.id).name = "Broken\r\nBcc: all@evil.example"
        db.session.commit()

    result = runner.invoke(args=["send-progress"])

    recipients = sorted(r for rcpts, _m, _raw in smtp_server.messages() for r in rcpts)
    assert first.email in recipients and last.email in recipients
    assert "Traceback" not in result.output
    for _rcpts, message, raw in smtp_server.messages():
        headers = raw.split(b"\r\n\r\n")[0]
        assert not re.search(rb"(?mi)^bcc:", headers), headers
        assert message["Bcc"] is None
    # Every recipient is accounted for at the end, sent or failed.
    assert "Progress e-mails: " in result.output
    assert middle.email in result.output or middle.email in recipients


@pytest.mark.parametrize("name", BROKEN_NAMES)
def test_museum_names_with_control_characters_are_refused(client, create_user, sign_in, name):
    sign_in(create_user("staff"))
    response = client.post(
        "/staff/museums/new",
        data={
            "name": name,
            "slug": "control-test",
            "languages": ["en"],
            "target_sample_size": "100",
            "peer_cluster": "",
            "active": "y",
        },
    )
    assert response.status_code in {200, 400}
    with client.application.app_context():
        assert db.session.query(Museum).filter_by(slug="control-test").count() == 0
