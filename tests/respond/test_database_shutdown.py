"""The database server going away in the middle of a request: a calm page, answers kept."""

from __future__ import annotations

import pytest

from survey.extensions import db
from tests.app_variants import own_postgres, variant_app
from tests.survey_walker import SurveyWalker, default_answer


@pytest.mark.slow
def test_database_shutdown_mid_submit_gives_the_page_back_with_its_answers(app, monkeypatch):
    import survey.respond.services as services
    import survey.respond.views as views
    from survey.core import load_core
    from survey.models import Museum

    with (
        own_postgres() as (url, stop_database),
        variant_app(
            None,
            SQLALCHEMY_DATABASE_URI=url,
            SQLALCHEMY_ENGINE_OPTIONS={"connect_args": {"connect_timeout": 2}},
            DB_BACKEND="postgresql",
        ) as own,
    ):
        with own.app_context():
            db.create_all()
            load_core(db.session)
            db.session.add(
                Museum(
                    slug="shutdown",
                    name="Shutdown Museum",
                    languages=["en"],
                    target_sample_size=10,
                    active=True,
                )
            )
            db.session.commit()
        client = own.test_client()
        walker = SurveyWalker(client, "shutdown")
        walker.start("en")
        for _ in range(30):
            if "Send my answers" in walker.page.html:
                break
            walker.answer_page()
        names = walker.page.question_names
        data = {"action": "next", **{n: default_answer(walker.page, n) for n in names}}

        def submit_while_the_server_stops(session, survey, state):
            stop_database()
            return services.submit_response(session, survey, state)

        monkeypatch.setattr(views, "submit_response", submit_while_the_server_stops)
        page = walker.post(data)
        assert page.status == 503, page.html[:500]
        assert "could not be sent" in page.html
        for name in names:
            assert page.checked(name) or page.text_of(name), name
        # The next request, with the server still down, is calm as well.
        assert client.get("/s/shutdown").status_code == 503


@pytest.mark.slow
def test_database_shutdown_after_the_page_is_built_is_never_a_bare_500():
    """The server stops after the view has run: the session's clean-up meets a dead connection."""
    from survey.core import load_core
    from survey.models import Museum

    with (
        own_postgres() as (url, stop_database),
        variant_app(
            None,
            SQLALCHEMY_DATABASE_URI=url,
            SQLALCHEMY_ENGINE_OPTIONS={"connect_args": {"connect_timeout": 2}},
            DB_BACKEND="postgresql",
        ) as own,
    ):
        with own.app_context():
            db.create_all()
            load_core(db.session)
            db.session.add(
                Museum(
                    slug="shutdown",
                    name="Shutdown Museum",
                    languages=["en"],
                    target_sample_size=10,
                    active=True,
                )
            )
            db.session.commit()

        @own.after_request
        def stop_after_the_view(response):
            stop_database()
            return response

        client = own.test_client()
        page = client.get("/s/shutdown?lang=en")
        assert page.status_code == 200
        assert "Shutdown Museum" in page.get_data(as_text=True)
