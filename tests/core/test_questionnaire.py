from __future__ import annotations

import copy

import pytest
import yaml
from sqlalchemy import func, select

from survey.core import DEFAULT_PATH, QuestionnaireError, load_core, read_questionnaire
from survey.core.loader import LANGUAGES, validate_questionnaire
from survey.extensions import db
from survey.models import CoreQuestionnaire, Question

REQUIRED_CODES = {
    "visit_first",
    "motivation",
    "group",
    "heard_via",
    "rating_exhibition",
    "rating_staff",
    "rating_wayfinding",
    "rating_cafe",
    "rating_shop",
    "rating_accessibility",
    "rating_value",
    "satisfaction_overall",
    "nps",
    "return_intent",
    "duration",
    "age_band",
    "gender",
    "country",
    "province_nl",
    "province_be",
    "comment",
}


def all_texts(node, path="$"):
    """Every language mapping in the document, with where it is."""
    if isinstance(node, dict):
        if set(node) & set(LANGUAGES) and all(isinstance(v, str) for v in node.values()):
            yield path, node
            return
        for key, value in node.items():
            yield from all_texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from all_texts(value, f"{path}[{index}]")


def test_every_text_exists_in_all_six_languages():
    document = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    texts = list(all_texts(document))
    assert len(texts) > 100
    for path, mapping in texts:
        assert set(mapping) == set(LANGUAGES), path
        assert all(value.strip() for value in mapping.values()), path


def test_core_covers_the_study_topics():
    document = read_questionnaire()
    codes = [q["code"] for s in document["sections"] for q in s["questions"]]
    assert set(codes) >= REQUIRED_CODES
    assert 20 <= len(codes) <= 30
    gender = next(q for s in document["sections"] for q in s["questions"] if q["code"] == "gender")
    assert "prefer_not" in {o["code"] for o in gender["options"]}
    assert not any("postcode" in code or "zip" in code for code in codes)


def test_validation_names_a_missing_translation():
    document = copy.deepcopy(read_questionnaire())
    del document["sections"][1]["questions"][0]["text"]["it"]
    with pytest.raises(QuestionnaireError, match=r"rating_exhibition\.text: missing text for it"):
        validate_questionnaire(document)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["sections"][0]["questions"][0].update(kind="slider"), "kind"),
        (lambda d: d["sections"][0]["questions"][1].update(code="visit_first"), "code used twice"),
        (lambda d: d["sections"][0]["questions"][0]["options"].pop(), "at least two options"),
        (
            lambda d: d["sections"][4]["questions"][0]["show_if"].update(question="nope"),
            "earlier question",
        ),
        (lambda d: d["scales"]["quality"].pop(), "5 labels"),
        # Each kind names the settings it understands and their rules.
        (
            lambda d: d["sections"][0]["questions"][0].update(max_length=10),
            "unknown keys max_length",
        ),
        (
            lambda d: d["sections"][1]["questions"][0].update(scale="colour"),
            "unknown scale 'colour'",
        ),
        (lambda d: d["sections"][1]["questions"][0].update(allow_na="yes"), "allow_na: expected"),
        (lambda d: d["sections"][2]["questions"][3].update(max_length=0), "max_length: expected"),
        (
            lambda d: d["sections"][0]["questions"][1].update(max_choices="2"),
            "max_choices: expected",
        ),
        (
            lambda d: d["sections"][0]["questions"].append(
                {"code": "rooms", "kind": "number", "text": d["sections"][0]["title"]}
                | {"min": 5, "max": 5}
            ),
            "rooms.max: must be larger than min",
        ),
        (lambda d: d.update(version=0), "version"),
    ],
)
def test_validation_rejects_broken_documents(mutate, message):
    document = copy.deepcopy(read_questionnaire())
    mutate(document)
    with pytest.raises(QuestionnaireError, match=message):
        validate_questionnaire(document)


def test_loading_again_is_a_no_op_and_a_changed_file_needs_a_new_version(app_ctx, tmp_path):
    version, loaded = load_core(db.session)
    assert (version, loaded) == (1, False)  # the fixture loaded it already

    changed = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    changed["sections"][0]["questions"][0]["text"]["en"] = "Is this your first time here?"
    path = tmp_path / "changed.yaml"
    path.write_text(yaml.safe_dump(changed, allow_unicode=True), encoding="utf-8")
    with pytest.raises(QuestionnaireError, match="new version"):
        load_core(db.session, path)
    db.session.rollback()

    changed["version"] = 2
    path.write_text(yaml.safe_dump(changed, allow_unicode=True), encoding="utf-8")
    try:
        assert load_core(db.session, path) == (2, True)
        statuses = dict(
            db.session.execute(
                select(Question.core_version, func.min(Question.status))
                .where(Question.museum_id.is_(None))
                .group_by(Question.core_version)
            ).all()
        )
        assert statuses == {1: "retired", 2: "active"}
    finally:
        db.session.rollback()
    assert db.session.scalar(select(func.count()).select_from(CoreQuestionnaire)) == 1
