"""Bodies no text field can hold are refused the same way, however they are encoded."""

from __future__ import annotations

import logging

import pytest

TYPED_EMAIL = "visitor.secret@example.org"


def _bodies(field: str, value: str) -> list[tuple[bytes, str]]:
    boundary = "sentomusboundary"
    multipart = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"\r\n\r\n{value}\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="password"\r\n\r\nx\r\n'
        f"--{boundary}--\r\n"
    ).encode()
    return [
        (f"{field}={value}&password=x".encode(), "application/x-www-form-urlencoded"),
        (multipart, f"multipart/form-data; boundary={boundary}"),
        (multipart.replace(b"\x00", b"\xff"), f"multipart/form-data; boundary={boundary}"),
    ]


@pytest.mark.parametrize("encoding", [0, 1, 2], ids=["urlencoded", "multipart", "bad-utf8"])
@pytest.mark.parametrize(
    "path, field",
    [("/account/login", "email"), ("/s/{slug}/start", "lang"), ("/s/{slug}/page", "state")],
)
def test_nul_or_bad_utf8_in_any_body_is_a_400_that_logs_nothing_typed(
    app, client, create_museum, caplog, path, field, encoding
):
    museum = create_museum()
    body, content_type = _bodies(field, TYPED_EMAIL.replace("@", "\x00@"))[encoding]
    with caplog.at_level(logging.DEBUG):
        response = client.post(path.format(slug=museum.slug), data=body, content_type=content_type)
    assert response.status_code == 400
    assert "<h1>" in response.get_data(as_text=True)
    assert "visitor.secret" not in caplog.text
