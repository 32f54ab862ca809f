"""``lint_question``: the whole question, every field judged, one verdict."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from survey.privacy import lexicon as lx
from survey.privacy.linter.judge import _AnalysedField
from survey.privacy.linter.results import (
    _RANK,
    CONCEPTS,
    DEFAULT_POLICY,
    OK,
    Finding,
    LintPolicy,
    LintResult,
)
from survey.privacy.linter.surface import LANGUAGES, detect_language
from survey.privacy.linter.terms import _WORD
from survey.privacy.linter.tokens import _QuestionContext
from survey.privacy.messages import message_for, resolve_locale, suggestion_for
from survey.privacy.normalise import normalise

_BAND = re.compile(
    r"\d+\s*(?:-|–|—|to|tot|bis|a|à|al|e|t/m|~)\s*\d+"
    r"|\d+\s*\+|\+\s*\d+|[<>≤≥]\s*\d+"
    r"|\b(?:under|over|below|above|younger|older|less|more|onder|boven|jonger|ouder|unter|"
    r"über|ueber|moins|plus|menos|más|mas|meno|più|piu|oltre|sotto|fino|vanaf|ab|desde|da|"
    r"up|until|before|after|vóór|voor|na|vor|nach|avant|après|apres|antes|después|prima|"
    r"dopo|bis|tot)\b[^0-9]{0,12}\d+"
    r"|\d+\s*(?:or|of|oder|ou|o|e|y|and|en|und|et)\s*(?:more|older|over|ouder|mehr|älter|"
    r"plus|más|mas|più|piu|oltre|meer|above)",
    re.IGNORECASE,
)
_PREFER_NOT = re.compile(
    r"prefer not|rather not|zeg ik liever niet|liever niet|möchte ich nicht|keine angabe|"
    r"préfère ne pas|prefiero no|preferisco non|no answer|geen antwoord|sans réponse",
    re.IGNORECASE,
)


def _question_context(
    options: Sequence[str], kind: str | None, texts: Iterable[str], lang: str | None = None
) -> _QuestionContext:
    kind_norm = (kind or "").strip().lower()
    banded = False
    if options and kind_norm not in ("number", "integer", "numeric", "date"):
        band_count = sum(1 for option in options if _BAND.search(option))
        banded = band_count >= 2 and band_count * 2 >= len(options)
    prefer_not = any(_PREFER_NOT.search(option) for option in options)
    texts = tuple(texts)
    words = [set(_WORD.findall(normalise(text).text)) if text else set() for text in texts]
    every_word = set().union(*words) if words else set()
    stem = words[0] if words else set()
    return _QuestionContext(
        lang,
        kind_norm,
        banded,
        prefer_not,
        prize=bool(every_word & lx.PRIZE),
        has_options=len(options) >= 2,
        sending=bool(every_word & lx.SEND_VERBS),
        companions=bool(every_word & lx.COMPANION_WORDS),
        stem_addressed=bool(stem & lx.STEM_ADDRESS) and not stem & lx.SUBJECT_NOUNS,
    )


_CLOCK_TIME = re.compile(r"\b\d{1,2}\s*(?:[:.h]\s*\d{2}|am\b|pm\b)", re.IGNORECASE)

_KIND_FINDINGS = {
    "email": "PD-EMAIL", "e-mail": "PD-EMAIL", "phone": "PD-PHONE", "tel": "PD-PHONE",
    "telephone": "PD-PHONE", "signature": "PD-SIGNATURE",
}  # fmt: skip


def lint_question(
    text: str,
    *,
    options: Sequence[str] = (),
    help_text: str = "",
    lang: str | None = None,
    kind: str | None = None,
    locale: str | None = None,
    policy: LintPolicy | None = None,
) -> LintResult:
    """Check a museum's question for requests of personal data.

    ``lang`` is the question's language if known; matching never depends on it, because
    questions mix languages. ``kind`` is the answer type ("text", "single_choice", "number",
    "email", ...). ``locale`` selects the language of messages and suggestions. ``policy``
    decides which warnings are escalated to rejections.
    """
    policy = policy or DEFAULT_POLICY
    locale = resolve_locale(locale)
    options = tuple(option for option in options if isinstance(option, str))
    texts = (text, help_text, *options)
    context = _question_context(options, kind, texts, _question_language(lang, texts))
    fields: list[tuple[str, str]] = [("text", text or "")]
    if help_text:
        fields.append(("help", help_text))
    fields.extend((f"option:{index}", option) for index, option in enumerate(options))

    findings = _field_findings(fields, context, policy, locale)
    findings += _question_findings(text or "", options, context, findings, policy, locale)
    verdict = OK
    for finding in findings:
        if _RANK[finding.severity] > _RANK[verdict]:
            verdict = finding.severity
    findings.sort(key=lambda f: (-_RANK[f.severity], _field_order(f.field), f.span))
    return LintResult(verdict, tuple(findings))


def _field_findings(
    fields: list[tuple[str, str]], context: _QuestionContext, policy: LintPolicy, locale: str
) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[tuple[str, str, int, int]] = set()
    for name, content in fields:
        if not content.strip():
            continue
        analysed = _AnalysedField(name, content, context)
        for hit in analysed.hits():
            basis = analysed.judge(hit)
            if basis is None:
                continue
            start, end = analysed.norm.original_span(
                analysed.starts[hit.first], analysed.ends[hit.last]
            )
            code = hit.code
            if code == "QI-HOMETOWN" and (context.sending or context.prize):
                code, basis = "PD-ADDRESS", "prize-draw"  # "so we can send you the prize, ..."
            key = (code, name, start, end)
            if key in seen:
                continue
            seen.add(key)
            findings.append(
                _finding(code, name, (start, end), content[start:end], basis, policy, locale)
            )
    return findings


def _question_findings(
    text: str,
    options: Sequence[str],
    context: _QuestionContext,
    findings: list[Finding],
    policy: LintPolicy,
    locale: str,
) -> list[Finding]:
    """Findings of the question as a whole: a political scale as options, an answer type."""
    extra: list[Finding] = []
    scale = _political_scale(options)
    if scale is not None and not any(f.category == "political_opinion" for f in findings):
        index, option = scale
        extra.append(
            _finding(
                "SC-POLITICS", f"option:{index}", (0, len(option)), option, "label", policy, locale
            )
        )
    extra += _combined_findings(text, options, findings, policy, locale)
    kind_code = _KIND_FINDINGS.get(context.kind)
    if kind_code and not any(f.code == kind_code for f in findings):
        extra.append(
            _finding(kind_code, "text", (0, len(text)), text, "answer-type", policy, locale)
        )
    return extra


def _combined_findings(
    text: str,
    options: Sequence[str],
    findings: list[Finding],
    policy: LintPolicy,
    locale: str,
) -> list[Finding]:
    """Concepts that two parts of a question make together: a job title with the employer, a
    time of day given by its options."""
    extra: list[Finding] = []
    stem_words = set(_WORD.findall(normalise(text).text))
    option_words = [set(_WORD.findall(normalise(option).text)) for option in options]
    every_word = stem_words.union(*option_words)
    codes = {finding.code for finding in findings}
    if "QI-EMPLOYER" in codes and "PD-EMPLOYMENT" not in codes and every_word & lx.JOB_TITLE:
        extra.append(
            _finding("PD-EMPLOYMENT", "text", (0, len(text)), text, "frame", policy, locale)
        )
    parts_of_day = {word for word in every_word if word in lx.PARTS_OF_DAY}
    clock_options = sum(1 for option in options if _CLOCK_TIME.search(option))
    if (
        (len(parts_of_day) >= 2 or clock_options >= 2)
        and "PD-VISIT-TIME" not in codes
        and stem_words & lx.VISIT_WORDS
        and not every_word & lx.PREFERENCE_WORDS
    ):
        extra.append(
            _finding("QI-PART-OF-DAY", "text", (0, len(text)), text, "frame", policy, locale)
        )
    return extra


def _political_scale(options: Sequence[str]) -> tuple[int, str] | None:
    """Options 'left / centre / right' place the respondent on the political spectrum."""
    if len(options) < 3:
        return None
    words = [set(_WORD.findall(normalise(option).text)) for option in options]
    left = next((i for i, w in enumerate(words) if w & lx.LEFT), None)
    if (
        left is None
        or not any(w & lx.RIGHT for w in words)
        or not any(w & lx.CENTRE for w in words)
    ):
        return None
    return left, options[left]


def _question_language(lang: str | None, texts: Iterable[str]) -> str | None:
    """The declared language when it is one of the six; otherwise the detected one."""
    short = _short_lang(lang)
    if short in LANGUAGES:
        return short
    return detect_language(texts)


def _short_lang(lang: str | None) -> str | None:
    return lang.replace("-", "_").split("_", 1)[0].lower() if lang else None


def _field_order(name: str) -> tuple[int, int]:
    if name == "text":
        return (0, 0)
    if name == "help":
        return (1, 0)
    return (2, int(name.split(":", 1)[1]))


def _finding(
    code: str,
    field_name: str,
    span: tuple[int, int],
    matched: str,
    basis: str,
    policy: LintPolicy,
    locale: str,
) -> Finding:
    category, group = CONCEPTS[code]
    return Finding(
        code=code,
        category=category,
        severity=policy.severity(code),
        field=field_name,
        span=span,
        matched=matched,
        message=message_for(code, group, locale),
        suggestion=suggestion_for(code, locale),
        basis=basis,
    )
