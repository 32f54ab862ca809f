"""The museum's preview: the whole survey as visitors see it, page by page, storing nothing."""

from __future__ import annotations

import pytest
import yaml
from sqlalchemy import event, func, select

from survey.core import DEFAULT_PATH
from survey.extensions import db
from survey.models import (
    Answer,
    AuditEntry,
    Question,
    Response,
    SurveyStartCount,
    UsedSubmitToken,
)
from survey.typography import typeset_texts
from tests.survey_walker import SurveyWalker

DOCUMENT = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
FIRST_QUESTION = typeset_texts(DOCUMENT["sections"][0]["questions"][0]["text"])


class PreviewWalker(SurveyWalker):
    """The respondent walker, pointed at the portal's preview routes."""

    def __init__(self, client):
        super().__init__(client, slug="")

    def open(self, lang: str | None = None):
        query = {"lang": lang} if lang else {}
        return self._record(self.client.get("/portal/preview", query_string=query))

    def post(self, data: dict, state: str | None = None, **kwargs):
        payload = {"state": state if state is not None else self.page.state, **data}
        return self._record(self.client.post("/portal/preview/page", data=payload, **kwargs))

    def walk_to_the_end(self) -> list[str]:
        """Answer every page; returns the HTML of each page shown, the final one last."""
        pages = [self.page.html]
        for _ in range(30):
            page = self.answer_page()
            assert page.status == 200, page.html
            pages.append(page.html)
            if "End of the preview" in page.html:
                return pages
            assert "field-error" not in page.html, page.html
        raise AssertionError("the preview did not end")


def question_block(html: str, question_id: int) -> str:
    start = html.index(f'id="block-q{question_id}"')
    ends = [html.find(mark, start + 1) for mark in ('<div class="question', '<div class="actions')]
    return html[start : min(end for end in ends if end > 0)]


@pytest.fixture
def museum(create_museum):
    return create_museum(name="Museum Aquila", languages=["en", "fr", "de"])


@pytest.fixture
def signed_in_editor(create_user, museum, sign_in):
    sign_in(create_user("editor", museum))


def row_counts(app) -> dict[str, int]:
    with app.app_context():
        return {
            model.__name__: db.session.scalar(select(func.count()).select_from(model))
            for model in (Response, Answer, SurveyStartCount, UsedSubmitToken, AuditEntry, Question)
        }


@pytest.fixture
def writes(app):
    """Every INSERT, UPDATE or DELETE sent to the database while the test runs."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().split(" ", 1)[0].upper() in {"INSERT", "UPDATE", "DELETE"}:
            seen.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def test_preview_walks_the_whole_survey_and_stores_nothing(
    app, client, museum, signed_in_editor, create_own_question, writes
):
    live = create_own_question(museum, code="guide", texts={"en": "Did you use the guide?"})
    waiting = create_own_question(
        museum, code="access", status="pending", texts={"en": "Was the museum accessible?"}
    )
    returned = create_own_question(museum, code="draft", status="draft", texts={"en": "Draft?"})
    before = row_counts(app)
    del writes[:]

    walker = PreviewWalker(client)
    first = walker.open("en")
    assert first.status == 200
    assert "Nothing you enter here is stored." in first.html
    assert FIRST_QUESTION["en"] in first.html
    pages = walker.walk_to_the_end()

    own_page = next(page for page in pages if f'name="q{live.id}"' in page)
    assert "A few questions from Museum Aquila" in own_page
    assert f'name="q{waiting.id}"' in own_page
    assert "Awaiting approval" in question_block(own_page, waiting.id)
    assert "Awaiting approval" not in question_block(own_page, live.id)
    assert all(f'name="q{returned.id}"' not in page for page in pages)
    assert "Thank you!" in pages[-1]

    assert writes == []
    assert row_counts(app) == before


def test_preview_state_cannot_be_sent_to_the_live_survey(
    app, client, museum, signed_in_editor, writes
):
    walker = PreviewWalker(client)
    walker.open("en")
    page = walker.answer_page()
    live = client.post(f"/s/{museum.slug}/page", data={"state": page.state, "action": "next"})
    assert live.status_code == 400
    assert "Please start again" in live.get_data(as_text=True)
    assert writes == []


def test_preview_is_shown_in_each_offered_language(app, client, museum, signed_in_editor):
    walker = PreviewWalker(client)
    for lang in museum.languages:
        page = walker.open(lang)
        assert f'<html lang="{lang}">' in page.html
        assert FIRST_QUESTION[lang] in page.html
    # Switching on a page keeps the place, as in the live survey.
    switched = walker.post({"switch_lang": "fr"})
    assert '<html lang="fr">' in switched.html and FIRST_QUESTION["fr"] in switched.html
    # A language the museum does not offer falls back to its default.
    assert '<html lang="en">' in walker.open("nl").html


def test_preview_validates_answers_like_the_live_survey(app, client, museum, signed_in_editor):
    walker = PreviewWalker(client)
    walker.open("en")
    page = walker.post({"action": "next"})
    assert page.status == 200
    assert "Please check your answers" in page.html
    assert "Please answer this question." in page.html


def test_a_broken_preview_state_starts_the_preview_again(app, client, museum, signed_in_editor):
    response = client.post("/portal/preview/page", data={"state": "tampered"})
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/portal/preview")


def test_preview_page_shows_the_questions_exactly_as_the_live_page(
    app, client, museum, signed_in_editor
):
    def questions_part(html: str) -> str:
        part = html[html.index("<h1>") : html.index('<div class="actions">')]
        return " ".join(part.split())

    preview = PreviewWalker(client)
    live = SurveyWalker(client, museum.slug)
    pages = [(preview.open("de"), live.start("de"))]
    for _ in range(2):
        pages.append((preview.answer_page(), live.answer_page()))
    for preview_page, live_page in pages:
        assert questions_part(preview_page.html) == questions_part(live_page.html)
        assert preview_page.question_names == live_page.question_names
