"""The slug rules of the museum model, which the staff form and the survey route both use."""

import pytest

from survey.models.museum import SLUG_MAX_LENGTH, is_valid_slug


@pytest.mark.parametrize(
    ("slug", "valid"),
    [
        ("demo", True),
        ("city-museum", True),
        ("m2", True),
        ("a" * SLUG_MAX_LENGTH, True),
        ("a", False),
        ("a" * (SLUG_MAX_LENGTH + 1), False),
        ("-demo", False),
        ("demo-", False),
        ("de--mo", False),
        ("Demo", False),
        ("demo\n", False),
        ("dé-mo", False),
    ],
)
def test_slug_rules(slug, valid):
    assert is_valid_slug(slug) is valid


def test_the_survey_route_refuses_a_malformed_slug_without_a_500(client, create_museum):
    create_museum(slug="city-museum")
    assert client.get("/s/city-museum").status_code == 200
    assert client.get("/s/city-museum-").status_code == 404
