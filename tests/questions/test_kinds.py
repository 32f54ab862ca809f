"""Each question kind: what it accepts, what it refuses (with which message), what it stores."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from werkzeug.datastructures import MultiDict
from wtforms.validators import ValidationError

from survey.questions import KINDS, SurveyLabels, build_section_form, get_kind
from survey.questions.kinds.scale import NOT_APPLICABLE

LABELS = SurveyLabels(
    scales={"quality": [{"en": f"point {i}", "nl": f"punt {i}"} for i in range(1, 6)]},
    nps_anchors={"low": {"en": "Not at all"}, "high": {"en": "Extremely"}},
    not_applicable={"en": "Not applicable", "nl": "N.v.t."},
)


def option(code):
    return SimpleNamespace(code=code, label_in=lambda lang, code=code: f"{code}-{lang}")


def question(kind, qid=1, required=False, settings=None, options=("a", "b", "c")):
    return SimpleNamespace(
        id=qid,
        code=f"q{qid}",
        kind=kind,
        required=required,
        settings=settings or {},
        options=[option(c) for c in options] if KINDS[kind].has_options else [],
    )


@pytest.fixture(autouse=True)
def _request_context(app):
    with app.test_request_context("/"):
        yield


def test_registry_has_the_six_kinds():
    assert set(KINDS) == {"single_choice", "multiple_choice", "scale", "nps", "number", "free_text"}
    with pytest.raises(ValueError, match="Unknown question kind"):
        get_kind("slider")


@pytest.mark.parametrize(
    ("kind", "settings", "raw", "expected", "rows"),
    [
        ("single_choice", {}, ["b"], "b", [{"option_code": "b"}]),
        (
            "multiple_choice",
            {},
            ["c", "a", "c"],
            ["a", "c"],
            [{"ordinal": 0, "option_code": "a"}, {"ordinal": 1, "option_code": "c"}],
        ),
        ("scale", {}, ["4"], 4, [{"number": 4}]),
        ("scale", {"allow_na": True}, [NOT_APPLICABLE], NOT_APPLICABLE, [{"option_code": "na"}]),
        ("nps", {}, ["0"], 0, [{"number": 0}]),
        ("nps", {}, ["10"], 10, [{"number": 10}]),
        ("number", {"min": 1, "max": 9}, [" 9 "], 9, [{"number": 9}]),
        ("free_text", {}, ["  Nice café  "], "Nice café", [{"text": "Nice café"}]),
        ("single_choice", {}, [], None, None),
        ("free_text", {}, ["   "], None, None),
    ],
)
def test_kind_parses_and_stores(kind, settings, raw, expected, rows):
    q = question(kind, settings=settings)
    value = get_kind(kind).parse(raw, q)
    assert value == expected
    if rows is not None:
        assert get_kind(kind).answer_rows(q, value) == rows


@pytest.mark.parametrize(
    ("kind", "settings", "raw", "message"),
    [
        ("single_choice", {}, ["zzz"], "Please choose one of the options shown."),
        ("multiple_choice", {}, ["a", "zzz"], "Please choose only from the options shown."),
        ("multiple_choice", {"max_choices": 1}, ["a", "b"], "Please choose at most 1 option."),
        ("scale", {}, ["6"], "Please choose one of the options shown."),
        ("scale", {}, [NOT_APPLICABLE], "Please choose one of the options shown."),
        ("nps", {}, ["11"], "Please choose one of the options shown."),
        ("nps", {}, ["-1"], "Please choose one of the options shown."),
        ("number", {"min": 0, "max": 5}, ["6"], "Please enter a number from 0 to 5."),
        ("number", {}, ["1e3"], "Please enter a whole number."),
        ("free_text", {"max_length": 5}, ["toolong"], "Please keep your answer to 5 characters"),
    ],
)
def test_kind_refuses_with_a_clear_message(kind, settings, raw, message):
    with pytest.raises(ValidationError, match=message.replace("(", r"\(")):
        get_kind(kind).parse(raw, question(kind, settings=settings))


def test_free_text_is_scrubbed_when_stored():
    q = question("free_text")
    rows = get_kind("free_text").answer_rows(q, "Write to me: anna@example.org")
    assert "anna@example.org" not in rows[0]["text"]


def test_scale_choices_use_the_named_scale_and_not_applicable_label():
    q = question("scale", settings={"scale": "quality", "allow_na": True})
    choices = get_kind("scale").choices(q, "nl", LABELS)
    assert [c.code for c in choices] == ["1", "2", "3", "4", "5", "na"]
    assert choices[0].label == "punt 1" and choices[-1].label == "N.v.t."


def test_section_form_validates_required_and_prefills_from_earlier_answers():
    required = question("single_choice", qid=1, required=True)
    optional = question("nps", qid=2)
    form = build_section_form([required, optional], "en", LABELS, formdata=MultiDict({"q2": "7"}))
    assert not form.validate()
    assert form.q1.errors == ["Please answer this question."]
    assert form.q2.data == 7

    prefilled = build_section_form([required, optional], "en", LABELS, answers={"1": "c", "2": 9})
    assert prefilled.q1.raw_values == ["c"] and prefilled.q2.text_value == "9"
