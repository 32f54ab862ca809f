"""The editor's form: errors keep what was typed, bad settings and options are refused, each kind's
settings are stored, more option rows store nothing."""

from __future__ import annotations

import pytest

from tests.own_questions.helpers import (
    AUDIO_GUIDE,
    own_rows,
    question_form,
)


def test_form_errors_keep_what_was_typed_and_store_nothing(app, client, museum, editor):
    data = question_form({"en": "Which room did you like best?", "nl": "  "}, code="Best Room!")
    data["options-0-code"] = "Yes"
    data["options-1-label_nl"] = ""
    data["kind"] = "single_choice"
    response = client.post("/portal/questions/new", data=data)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Not saved: please correct the fields marked below." in page
    assert "Write the question in this language." in page
    assert "Use lowercase letters a-z, digits and underscores only" in page
    assert "Write this option in Nederlands." in page
    assert "Which room did you like best?" in page and 'value="Best Room!"' in page
    assert own_rows(app) == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "nonsense"}, "Not a valid choice"),
        ({"kind": "number", "number-min": "10", "number-max": "5"}, "Make this larger"),
        ({"kind": "number", "number-min": "ten"}, "Not a valid integer value"),
        ({"kind": "free_text", "free_text-max_length": "99999"}, "Number must be between"),
        (
            {"kind": "multiple_choice", "multiple_choice-max_choices": "3"},
            "more than the number of options",
        ),
        ({"options-1-code": "yes"}, "Each option needs its own code."),
        (
            {"options-1-code": "", "options-1-label_en": "", "options-1-label_nl": ""},
            "at least two",
        ),
    ],
)
def test_bad_kind_settings_and_options_are_refused(app, client, museum, editor, fields, message):
    response = client.post("/portal/questions/new", data={**question_form(), **fields})
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert own_rows(app) == []


def test_kind_settings_are_stored_for_each_kind(app, client, museum, editor):
    posts = [
        question_form(code="paintings", kind="number", **{"number-min": "0", "number-max": "50"},
                      texts={"en": "How many paintings did you look at closely?",
                             "nl": "Naar hoeveel schilderijen heeft u goed gekeken?"}),
        question_form(code="wishes", kind="free_text", **{"free_text-max_length": "300"},
                      texts={"en": "What would you like to see next year?",
                             "nl": "Wat wilt u volgend jaar zien?"}),
        question_form(code="rooms", kind="multiple_choice",
                      **{"multiple_choice-max_choices": "1"}),
        question_form(code="rating", kind="scale",
                      **{"scale-scale": "likelihood", "scale-allow_na": "y"}),
    ]  # fmt: skip
    for data in posts:
        assert client.post("/portal/questions/new", data=data).status_code == 303
    settings = {q.code: (q.settings, len(q.options)) for q in own_rows(app)}
    assert settings == {
        "paintings": ({"min": 0, "max": 50}, 0),
        "wishes": ({"max_length": 300}, 0),
        "rooms": ({"max_choices": 1}, 2),
        "rating": ({"scale": "likelihood", "allow_na": True}, 0),
    }


def test_more_option_rows_stores_nothing_and_keeps_the_input(app, client, museum, editor):
    data = {**question_form(), "more_options": "1"}
    page = client.post("/portal/questions/new", data=data).get_data(as_text=True)
    assert 'name="options-4-code"' in page and 'name="options-5-code"' not in page
    assert AUDIO_GUIDE["en"] in page and "Not saved" not in page
    assert own_rows(app) == []


def test_settings_of_kinds_not_chosen_are_neither_checked_nor_stored(app, client, museum, editor):
    data = question_form(code="guide", **{"number-min": "ten", "free_text-max_length": "0"})
    assert client.post("/portal/questions/new", data=data).status_code == 303
    [question] = own_rows(app)
    assert (question.kind, question.settings) == ("single_choice", {})
