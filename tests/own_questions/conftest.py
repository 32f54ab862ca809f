"""Fixtures of the own-question tests: a two-language museum and a signed-in editor."""

from __future__ import annotations

import pytest

from tests.own_questions.helpers import LANGS


@pytest.fixture
def museum(create_museum):
    return create_museum(name="Museum Aquila", languages=LANGS)


@pytest.fixture
def editor(create_user, museum, sign_in):
    user = create_user("editor", museum)
    sign_in(user)
    return user
