"""Survey definitions kept in memory per version: every edit is seen at once by every app
instance, and nothing about respondents is ever kept."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest
from sqlalchemy import select, update

from survey import create_app
from survey.extensions import db
from survey.models import Museum, Question, QuestionOption
from survey.questions import ChoiceOption, SurveyLabels
from survey.respond import definitions
from survey.respond.definitions import SurveyQuestion
from survey.respond.flow import Survey, SurveyPage
from tests.survey_walker import SurveyWalker


@pytest.fixture
def second_app(app):
    """Another app instance over the same database, with its own in-memory definitions."""
    settings = {
        key: app.config[key]
        for key in ("SQLALCHEMY_DATABASE_URI", "SQLALCHEMY_ENGINE_OPTIONS")
        if key in app.config
    }
    other = create_app({"TESTING": True, **settings})
    yield other
    with other.app_context():
        db.session.remove()
        db.engine.dispose()


def pages_html(client, slug: str) -> str:
    """Every page of the survey as one visitor walks it, in English."""
    walker = SurveyWalker(client, slug)
    html = [walker.start("en").html]
    for _ in range(12):
        page = walker.answer_page()
        if page.status == 303:
            return "\n".join(html)
        assert page.status == 200
        html.append(page.html)
    raise AssertionError("survey did not finish")


def questions_version(app, museum_id: int) -> int:
    with app.app_context():
        return db.session.scalar(select(Museum.questions_version).where(Museum.id == museum_id))


def test_an_edit_in_one_instance_is_seen_by_the_next_request_to_another(
    app, second_app, create_museum, create_own_question
):
    museum = create_museum()
    question = create_own_question(museum, texts={"en": "Did you see the garden?"})
    other = second_app.test_client()
    assert "Did you see the garden?" in pages_html(other, museum.slug)  # now held in memory

    with app.app_context():  # the edit goes through the first instance
        edited = db.session.get(Question, question.id)
        edited.texts = {"en": "Did you visit the roof terrace?"}
        edited.options[0].labels = {"en": "Yes, twice"}
        db.session.commit()

    html = pages_html(other, museum.slug)
    assert "Did you visit the roof terrace?" in html and "Yes, twice" in html
    assert "Did you see the garden?" not in html

    with app.app_context():
        db.session.get(Question, question.id).status = "retired"
        db.session.commit()
    assert "roof terrace" not in pages_html(other, museum.slug)


def test_every_kind_of_question_edit_gives_a_new_version_to_that_museum_only(
    app, create_museum, create_own_question
):
    museum, bystander = create_museum(), create_museum()
    question = create_own_question(museum)
    seen = {questions_version(app, museum.id)}
    untouched = questions_version(app, bystander.id)

    def edit(change) -> None:
        with app.app_context():
            change(db.session.get(Question, question.id))
            db.session.commit()
        version = questions_version(app, museum.id)
        assert version not in seen
        seen.add(version)

    edit(lambda q: setattr(q, "required", True))
    edit(lambda q: setattr(q.options[1], "labels", {"en": "Not at all"}))
    edit(lambda q: q.options.append(QuestionOption(code="maybe", position=2, labels={"en": "?"})))
    edit(lambda q: q.options.pop())
    edit(lambda q: setattr(q, "status", "pending"))

    with app.app_context():
        db.session.execute(update(Question).where(Question.id == question.id).values(position=7))
        db.session.commit()
    assert questions_version(app, museum.id) not in seen
    assert questions_version(app, bystander.id) != untouched  # a bulk statement renews them all

    with app.app_context():
        db.session.delete(db.session.get(Question, question.id))
        db.session.commit()
    assert questions_version(app, museum.id) not in seen


RESPONDENT_MARK = "Lovely visit with my aunt Geertruida"


def _reachable(value, seen: set[int]):
    """Every object reachable from a cached value (dataclass fields, mappings, sequences)."""
    if id(value) in seen:
        return
    seen.add(id(value))
    yield value
    if dataclasses.is_dataclass(value):
        for item in dataclasses.fields(value):
            yield from _reachable(getattr(value, item.name), seen)
    elif isinstance(value, dict | MappingProxyType):
        for key, item in value.items():
            yield from _reachable(key, seen)
            yield from _reachable(item, seen)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _reachable(item, seen)


def test_the_cache_holds_definitions_only_never_respondent_data(
    app, client, create_museum, create_own_question
):
    museum = create_museum()
    question = create_own_question(
        museum, code="comment", kind="free_text", texts={"en": "Anything else?"}
    )
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    state = walker.page.state
    for _ in range(12):
        page = walker.answer_page({f"q{question.id}": RESPONDENT_MARK})
        if page.status == 303:
            break
    assert page.status == 303

    cached = definitions.DefinitionCache.values(app.extensions["sentomus.definitions"])
    assert cached
    allowed = (
        Survey,
        SurveyPage,
        SurveyQuestion,
        definitions.SurveyOption,
        definitions.SurveyMuseum,
        definitions.CoreDefinition,
        SurveyLabels,
        ChoiceOption,
        MappingProxyType,
        tuple,
        str,
        int,
        bool,
        type(None),
    )
    for value in _reachable(cached, set()):
        if isinstance(value, list):
            continue  # the list of cached values itself
        assert isinstance(value, allowed), type(value)
        if isinstance(value, str):
            assert RESPONDENT_MARK not in value and value != state


def test_cached_definitions_cannot_be_changed_by_a_request(app, client, create_museum):
    museum = create_museum()
    assert client.get(f"/s/{museum.slug}?lang=en").status_code == 200
    surveys = [v for v in app.extensions["sentomus.definitions"].values() if isinstance(v, Survey)]
    question = surveys[0].pages[0].questions[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        question.required = False
    with pytest.raises(TypeError):
        question.texts["en"] = "changed"
    with pytest.raises(TypeError):
        surveys[0].by_id[question.id] = question
