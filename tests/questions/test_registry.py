"""A kind is one module plus its partials: a throwaway kind, registered only inside the test, is
offered by the editor, keeps its settings, is validated by the core questionnaire rules, is shown
and checked on the respondent page, has its answer stored, and is gone afterwards."""

from __future__ import annotations

import copy
from contextlib import contextmanager

import pytest
from jinja2 import ChoiceLoader, DictLoader
from sqlalchemy import select
from wtforms import Form
from wtforms.validators import Optional

from survey.core import QuestionnaireError, read_questionnaire
from survey.core.loader import validate_questionnaire
from survey.extensions import db
from survey.formfields import BoundedIntegerField
from survey.models import Answer, Question
from survey.questions import KINDS, QuestionKind, get_kind, register_kind, unregister_kind
from survey.questions.base import add_error, integer_settings
from tests.survey_walker import SurveyWalker

LATEST = 2100
PARTIALS = {
    "respond/_kind_year.html": (
        '<div class="year-question"><label for="{{ field.name }}">{{ question.text_in(lang) }}'
        '</label><input type="text" id="{{ field.name }}" name="{{ field.name }}" '
        'value="{{ field.text_value }}">{% if field.errors %}<p class="field-error">'
        '{{ field.errors|join(" ") }}</p>{% endif %}</div>'
    ),
    "portal/_kind_settings_year.html": (
        '{% from "portal/_question_form_macros.html" import row with context %}'
        "{{ row(settings.earliest) }}"
    ),
}


class YearSettings(Form):
    earliest = BoundedIntegerField("Earliest year", validators=[Optional()])


class Year(QuestionKind):
    """A year from the question's `earliest` to 2100."""

    name = "year"
    title = "Year"
    settings_form = YearSettings
    setting_keys = ("earliest",)

    def parse(self, raw, question):
        value = self._first(raw)
        if value is None:
            return None
        return self._integer(value, question.settings["earliest"], LATEST)

    def answer_rows(self, question, value):
        return [{"number": value}]

    def check_settings_form(self, form, option_count):
        if (form.earliest.data or 0) > LATEST:
            add_error(form.earliest, f"Years end at {LATEST}.")
            return False
        return True

    def clean_settings(self, raw):
        return integer_settings(raw, self.setting_keys) or {"earliest": 1900}

    def check_definition(self, question, labels):
        return self._whole_numbers(question, self.setting_keys)


@contextmanager
def year_kind(app, monkeypatch):
    loader = ChoiceLoader([DictLoader(PARTIALS), app.jinja_env.loader])
    monkeypatch.setattr(app.jinja_env, "loader", loader)
    register_kind(Year)
    try:
        yield
    finally:
        unregister_kind("year")
        monkeypatch.undo()
        app.jinja_env.cache.clear()


def year_question_post(**settings) -> dict:
    data = {"kind": "year", "code": "first_visit", **settings}
    for lang in ("en", "nl"):
        data[f"text_{lang}"] = f"In which year did you first visit us ({lang})?"
    return data


def walk_to(walker: SurveyWalker, name: str):
    for _ in range(30):
        if name in walker.page.question_names:
            return walker.page
        assert walker.answer_page().status == 200
    raise AssertionError(f"{name} never shown")


@pytest.fixture
def editor(create_museum, create_user, sign_in):
    museum = create_museum(name="Museum Aquila", languages=["en", "nl"])
    sign_in(create_user("editor", museum))
    return museum


def test_a_kind_registered_in_one_module_works_end_to_end(app, client, editor, monkeypatch):
    with year_kind(app, monkeypatch):
        form = client.get("/portal/questions/new").get_data(as_text=True)
        assert '<option value="year">Year</option>' in form and 'name="year-earliest"' in form

        refused = client.post(
            "/portal/questions/new", data=year_question_post(**{"year-earliest": "3000"})
        )
        assert refused.status_code == 200 and "Years end at 2100." in refused.get_data(as_text=True)
        saved = client.post(
            "/portal/questions/new", data=year_question_post(**{"year-earliest": "1950"})
        )
        assert saved.status_code == 303
        with app.app_context():
            question = db.session.scalars(select(Question).where(Question.kind == "year")).one()
            assert question.settings == {"earliest": 1950}
            question_id = question.id
        edit = client.get(f"/portal/questions/{question_id}/edit").get_data(as_text=True)
        assert 'name="year-earliest"' in edit and 'value="1950"' in edit

        document = copy.deepcopy(read_questionnaire())
        year = {"code": "first_year", "kind": "year", "text": document["sections"][0]["title"]}
        document["sections"][0]["questions"].append({**year, "earliest": 1950})
        validate_questionnaire(document)
        document["sections"][0]["questions"][-1]["earliest"] = "soon"
        with pytest.raises(QuestionnaireError, match="first_year.earliest: expected a whole"):
            validate_questionnaire(document)

        name = f"q{question_id}"
        walker = SurveyWalker(client, editor.slug)
        walker.start("en")
        page = walk_to(walker, name)
        assert 'class="year-question"' in page.html
        early = walker.answer_page({name: "1800"})
        assert early.status == 200 and "Please enter a number from 1950 to 2100." in early.html
        for _ in range(30):
            if walker.answer_page({name: "1975"}).status == 303:
                break
        with app.app_context():
            stored = db.session.scalars(select(Answer).where(Answer.question_id == question_id))
            assert [(a.number, a.option_code, a.text) for a in stored] == [(1975, None, None)]

    assert "year" not in KINDS
    with pytest.raises(ValueError, match="Unknown question kind"):
        get_kind("year")
    assert '<option value="year">' not in client.get("/portal/questions/new").get_data(as_text=True)


def test_a_kind_name_is_registered_only_once():
    with pytest.raises(ValueError, match="registered twice"):
        register_kind(type(get_kind("nps")))
