"""What an editor submitted for a question, before the linter has seen it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from survey.models import Question
from survey.questions import get_kind

#: The section code of a museum's own questions: the last page of its survey.
OWN_SECTION = "museum"
#: Codes of questions and options: stable across versions and languages, safe in exports.
CODE_PATTERN = re.compile(r"^[a-z0-9_]{1,64}$")


@dataclass
class OptionDraft:
    code: str
    #: Label per language code.
    labels: dict[str, str]


@dataclass
class QuestionDraft:
    kind: str
    #: Question text per language code.
    texts: dict[str, str]
    help_texts: dict[str, str] = field(default_factory=dict)
    options: list[OptionDraft] = field(default_factory=list)
    #: Kind settings, as the kind's editor settings form gives them (see survey.questions).
    settings: dict[str, Any] = field(default_factory=dict)
    required: bool = False
    #: Wanted code of a new question; None lets the service choose one. Ignored on edits.
    code: str | None = None

    def check(self, languages: Sequence[str]) -> None:
        """Refuse drafts the portal form never produces; the form gives the friendly messages."""
        kind = get_kind(self.kind)
        missing = [lang for lang in languages if not (self.texts.get(lang) or "").strip()]
        if missing:
            raise ValueError(f"question text missing in {', '.join(missing)}")
        if self.code is not None and not CODE_PATTERN.match(self.code):
            raise ValueError(f"invalid question code {self.code!r}")
        if not kind.has_options:
            return
        codes = [option.code for option in self.options]
        if len(codes) < 2:
            raise ValueError("a choice question needs at least two options")
        if len(set(codes)) != len(codes) or not all(CODE_PATTERN.match(c) for c in codes):
            raise ValueError("option codes must be unique lowercase letters, digits, underscores")
        for option in self.options:
            if any(not (option.labels.get(lang) or "").strip() for lang in languages):
                raise ValueError(f"option {option.code!r} lacks a label")

    def kept_options(self) -> list[OptionDraft]:
        """The options that are stored: none for a kind without options."""
        return self.options if get_kind(self.kind).has_options else []


def draft_of(question: Question) -> QuestionDraft:
    """A stored question as a draft: what the edit form starts from and what staff re-lint."""
    return QuestionDraft(
        kind=question.kind,
        texts=dict(question.texts),
        help_texts=dict(question.help_texts or {}),
        options=[OptionDraft(o.code, dict(o.labels)) for o in question.options],
        settings=dict(question.settings or {}),
        required=question.required,
        code=question.code,
    )


def clean_texts(texts: dict[str, str], languages: Sequence[str]) -> dict[str, str]:
    """The non-empty texts of the museum's languages, stripped."""
    return {lang: texts[lang].strip() for lang in languages if (texts.get(lang) or "").strip()}


def stored_settings(draft: QuestionDraft) -> dict[str, Any]:
    """Only the settings the kind understands, as the right types."""
    return get_kind(draft.kind).clean_settings(draft.settings)


def draft_content(draft: QuestionDraft, languages: Sequence[str]) -> tuple:
    """What the draft would store, comparable with `stored_content` of a question."""
    return (
        draft.kind,
        bool(draft.required),
        clean_texts(draft.texts, languages),
        clean_texts(draft.help_texts, languages),
        stored_settings(draft),
        [(option.code, clean_texts(option.labels, languages)) for option in draft.kept_options()],
    )


def stored_content(question: Question) -> tuple:
    return (
        question.kind,
        bool(question.required),
        question.texts,
        question.help_texts or {},
        question.settings or {},
        [(option.code, option.labels) for option in question.options],
    )
