from __future__ import annotations

import pytest

from survey.accounts.services import hash_password
from survey.extensions import db
from survey.models import User

PASSWORD = "correct horse battery staple"


@pytest.fixture
def create_user(app):
    counter = iter(range(1, 10_000))

    def factory(role="editor", museum=None, password=PASSWORD, **overrides) -> User:
        values = {
            "email": f"user{next(counter)}@museum.example",
            "display_name": "Test user",
            "role": role,
            "museum_id": None if role == "staff" else museum.id,
            "password_hash": None,
            "locale": "en",
        }
        values.update(overrides)
        with app.app_context():
            if password:
                values["password_hash"] = hash_password(password)
            user = User(**values)
            db.session.add(user)
            db.session.commit()
            db.session.refresh(user)
            db.session.expunge(user)
        return user

    return factory


@pytest.fixture
def sign_in(client):
    def do(user, password=PASSWORD):
        response = client.post("/account/login", data={"email": user.email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)
        return response

    return do
