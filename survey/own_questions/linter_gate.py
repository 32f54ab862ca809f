"""The personal-data linter as the gate every own question passes, in every museum language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from survey.models import Question
from survey.own_questions.drafts import QuestionDraft, draft_of
from survey.privacy.linter import OK, REJECT, WARN, Finding, lint_question

_RANK = {OK: 0, WARN: 1, REJECT: 2}


@dataclass(frozen=True)
class LanguageFinding:
    """A linter finding together with the language of the field it was found in."""

    lang: str
    finding: Finding

    @property
    def field(self) -> str:
        """ "text", "help" or "option:<index>" (index among the question's options)."""
        return self.finding.field

    @property
    def option_index(self) -> int | None:
        if self.field.startswith("option:"):
            return int(self.field.split(":", 1)[1])
        return None


@dataclass(frozen=True)
class LintReport:
    verdict: str
    findings: tuple[LanguageFinding, ...] = ()

    @property
    def rejected(self) -> bool:
        return self.verdict == REJECT

    @property
    def status(self) -> str:
        """Where a question with this report goes: awaiting approval, or live."""
        return "pending" if self.verdict == WARN else "active"


def lint_draft(draft: QuestionDraft, languages: Sequence[str], *, locale: str | None) -> LintReport:
    """Lint the text, help text and every option of `draft` in each of `languages`."""
    options = draft.kept_options()
    verdict = OK
    findings: list[LanguageFinding] = []
    for lang in languages:
        result = lint_question(
            draft.texts.get(lang, ""),
            options=[o.labels.get(lang, "") for o in options],
            help_text=draft.help_texts.get(lang, ""),
            lang=lang,
            kind=draft.kind,
            locale=locale,
        )
        if _RANK[result.verdict] > _RANK[verdict]:
            verdict = result.verdict
        findings.extend(LanguageFinding(lang, finding) for finding in result.findings)
    return LintReport(verdict, tuple(findings))


def lint_stored(question: Question, languages: Sequence[str], *, locale: str | None) -> LintReport:
    return lint_draft(draft_of(question), languages, locale=locale)
