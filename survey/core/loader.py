from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from config.study import LANGUAGES
from survey.models import CoreQuestionnaire, Question, QuestionOption
from survey.questions import KINDS, QuestionKind, SurveyLabels

DEFAULT_PATH = Path(__file__).with_name("questionnaire.yaml")
CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
#: Keys every question may have; each kind adds the settings keys it understands.
COMMON_KEYS = {"code", "kind", "required", "text", "help", "options", "show_if"}


class QuestionnaireError(ValueError):
    """The questionnaire file is not valid; the message says where and why."""


def read_questionnaire(path: str | Path = DEFAULT_PATH) -> dict[str, Any]:
    """Parse and validate a questionnaire file; raise QuestionnaireError with the first problem."""
    return _read_cached(str(Path(path).resolve()), Path(path).stat().st_mtime_ns)


@lru_cache(maxsize=8)
def _read_cached(path: str, _mtime: int) -> dict[str, Any]:
    try:
        document = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise QuestionnaireError(f"{path}: cannot read questionnaire: {error}") from error
    validate_questionnaire(document)
    return document


def _texts(value: Any, where: str) -> None:
    if not isinstance(value, dict):
        raise QuestionnaireError(f"{where}: expected a text per language")
    missing = [
        lang
        for lang in LANGUAGES
        if not isinstance(value.get(lang), str) or not value[lang].strip()
    ]
    if missing:
        raise QuestionnaireError(f"{where}: missing text for {', '.join(missing)}")
    extra = set(value) - set(LANGUAGES)
    if extra:
        raise QuestionnaireError(f"{where}: unknown language {', '.join(sorted(extra))}")


def validate_questionnaire(document: Any) -> None:
    if not isinstance(document, dict):
        raise QuestionnaireError("questionnaire: expected a mapping at the top level")
    if not isinstance(document.get("version"), int) or document["version"] < 1:
        raise QuestionnaireError("version: expected a positive whole number")
    if tuple(document.get("languages", ())) != LANGUAGES:
        raise QuestionnaireError(f"languages: expected {list(LANGUAGES)}")
    scales = document.get("scales") or {}
    for name, points in scales.items():
        if not isinstance(points, list) or len(points) != 5:
            raise QuestionnaireError(f"scales.{name}: expected 5 labels")
        for i, label in enumerate(points):
            _texts(label, f"scales.{name}[{i}]")
    for anchor in ("low", "high"):
        _texts((document.get("nps_anchors") or {}).get(anchor), f"nps_anchors.{anchor}")
    _texts(document.get("not_applicable"), "not_applicable")

    labels = SurveyLabels.from_document(document)
    seen_codes: dict[str, dict[str, Any]] = {}
    sections = document.get("sections")
    if not isinstance(sections, list) or not sections:
        raise QuestionnaireError("sections: expected a list of sections")
    section_codes = set()
    for s_index, section in enumerate(sections):
        where = f"sections[{s_index}]"
        code = section.get("code")
        if not isinstance(code, str) or not CODE_PATTERN.match(code) or code in section_codes:
            raise QuestionnaireError(f"{where}.code: missing, invalid or repeated")
        section_codes.add(code)
        _texts(section.get("title"), f"{where}.title")
        questions = section.get("questions")
        if not isinstance(questions, list) or not questions:
            raise QuestionnaireError(f"{where}.questions: expected a list of questions")
        for q_index, question in enumerate(questions):
            _validate_question(question, f"{where}.questions[{q_index}]", labels, seen_codes)


def _validate_question(question: Any, where: str, labels: SurveyLabels, seen: dict) -> None:
    if not isinstance(question, dict):
        raise QuestionnaireError(f"{where}: expected a mapping")
    code = question.get("code")
    if not isinstance(code, str) or not CODE_PATTERN.match(code):
        raise QuestionnaireError(f"{where}.code: missing or invalid")
    where = f"question {code}"
    if code in seen:
        raise QuestionnaireError(f"{where}: code used twice")
    kind = KINDS.get(question.get("kind"))
    if kind is None:
        raise QuestionnaireError(
            f"{where}.kind: {question.get('kind')!r} is not one of {', '.join(KINDS)}"
        )
    unknown = set(question) - COMMON_KEYS - set(kind.setting_keys)
    if unknown:
        raise QuestionnaireError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    if not isinstance(question.get("required", False), bool):
        raise QuestionnaireError(f"{where}.required: expected true or false")
    _texts(question.get("text"), f"{where}.text")
    if "help" in question:
        _texts(question["help"], f"{where}.help")
    _validate_options(question.get("options"), where, kind)
    problem = kind.check_definition(question, labels)
    if problem is not None:
        raise QuestionnaireError(f"{where}.{problem}")
    _validate_show_if(question.get("show_if"), where, seen)
    seen[code] = question


def _validate_options(options: Any, where: str, kind: QuestionKind) -> None:
    if not kind.has_options:
        if options:
            raise QuestionnaireError(f"{where}.options: a {kind.name} question has no options")
        return
    if not isinstance(options, list) or len(options) < 2:
        raise QuestionnaireError(f"{where}.options: expected at least two options")
    option_codes = set()
    for o_index, option in enumerate(options):
        o_code = option.get("code") if isinstance(option, dict) else None
        if not isinstance(o_code, str) or not CODE_PATTERN.match(o_code) or o_code in option_codes:
            raise QuestionnaireError(
                f"{where}.options[{o_index}].code: missing, invalid or repeated"
            )
        option_codes.add(o_code)
        _texts(option.get("label"), f"{where}.options[{o_code}].label")


def _validate_show_if(show_if: Any, where: str, seen: dict) -> None:
    if show_if is None:
        return
    target = seen.get(show_if.get("question")) if isinstance(show_if, dict) else None
    if target is None:
        raise QuestionnaireError(f"{where}.show_if: must name an earlier question")
    target_codes = {o["code"] for o in target.get("options") or []}
    if not show_if.get("in") or not set(show_if["in"]) <= target_codes:
        raise QuestionnaireError(f"{where}.show_if.in: must list option codes of {target['code']}")


def _checksum(document: dict[str, Any]) -> str:
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def question_settings(question: dict[str, Any]) -> dict[str, Any]:
    """What a question of the file stores as settings: its kind's settings and its condition."""
    settings = KINDS[question["kind"]].clean_settings(question)
    if "show_if" in question:
        settings["show_if"] = question["show_if"]
    return settings


def load_core(session: Session, path: str | Path = DEFAULT_PATH) -> tuple[int, bool]:
    """Store the questionnaire file as a core version. Returns (version, newly_loaded).

    Loading the same file again changes nothing; a changed file with an already loaded version
    number is refused, so answers always stay tied to the text that was asked.
    """
    document = read_questionnaire(path)
    version = document["version"]
    checksum = _checksum(document)
    existing = session.get(CoreQuestionnaire, version)
    if existing is not None:
        if existing.checksum != checksum:
            raise QuestionnaireError(
                f"core questionnaire version {version} is already loaded with different content; "
                "give the changed file a new version number"
            )
        return version, False

    session.add(CoreQuestionnaire(version=version, document=document, checksum=checksum))
    session.flush()
    # Older versions stay for the answers that refer to them, but are no longer asked.
    session.execute(
        update(Question)
        .where(Question.museum_id.is_(None), Question.core_version < version)
        .values(status="retired")
    )
    position = 0
    for section in document["sections"]:
        for item in section["questions"]:
            position += 1
            session.add(
                Question(
                    core_version=version,
                    code=item["code"],
                    section=section["code"],
                    kind=item["kind"],
                    required=item.get("required", False),
                    position=position,
                    status="active",
                    texts=dict(item["text"]),
                    help_texts=dict(item.get("help") or {}),
                    settings=question_settings(item),
                    options=[
                        QuestionOption(code=o["code"], position=i, labels=dict(o["label"]))
                        for i, o in enumerate(item.get("options") or [])
                    ],
                )
            )
    session.flush()
    return version, True


def current_core(session: Session) -> CoreQuestionnaire | None:
    return session.scalars(
        select(CoreQuestionnaire).order_by(CoreQuestionnaire.version.desc()).limit(1)
    ).first()
