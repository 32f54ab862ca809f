"""``sentomus lint [PATH|-]``: lint museum questions given as JSON lines.

Input: one JSON object per line with ``id`` and ``text`` and optionally ``lang``, ``type``,
``options`` (a list of strings) and ``help``; blank lines are skipped. Output: one JSON object per
input line, in the same order, with ``id``, ``verdict`` (reject | warn | ok) and ``findings``.

Exit status: 1 if any question is rejected, 2 if the input cannot be read (missing file, invalid
UTF-8 or JSON, missing, empty or mistyped fields, a text over the editor's limit, an unknown
language code; the message names the line and nothing is linted then), otherwise 0. A question
without ``lang`` is linted in the language detected from its text.

The command is plain click so it runs without an application context; the ``sentomus`` group
registers it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any, BinaryIO

import click

from config.study import LANGUAGES

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_UNREADABLE = 2

# The limits of the question editor (survey/own_questions/forms.py; a test keeps them equal).
TEXT_MAX_LENGTH = 500
LABEL_MAX_LENGTH = 200

_OPTIONAL_STRING_FIELDS = ("lang", "type", "help")


class UnreadableInput(Exception):
    """The input is not a valid JSON-lines question file."""


@dataclass(frozen=True, slots=True)
class QuestionLine:
    id: str | int
    text: str
    lang: str | None
    kind: str | None
    options: tuple[str, ...]
    help: str


def parse_question_line(line: str, number: int) -> QuestionLine:
    """Parse and validate one input line; raise ``UnreadableInput`` naming the line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise UnreadableInput(f"line {number}: invalid JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise UnreadableInput(f"line {number}: expected a JSON object")
    if "id" not in record:
        raise UnreadableInput(f"line {number}: missing field 'id'")
    question_id = record["id"]
    if isinstance(question_id, bool) or not isinstance(question_id, (str, int)):
        raise UnreadableInput(f"line {number}: field 'id' must be a string or an integer")
    if not isinstance(record.get("text"), str):
        problem = "missing field 'text'" if "text" not in record else "'text' must be a string"
        raise UnreadableInput(f"line {number}: {problem}")
    for name in _OPTIONAL_STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise UnreadableInput(f"line {number}: field '{name}' must be a string")
    options = record.get("options")
    if options is None:
        options = []
    if not isinstance(options, list) or not all(isinstance(o, str) for o in options):
        raise UnreadableInput(f"line {number}: field 'options' must be a list of strings")
    _check_sizes_and_language(record, options, number)
    return QuestionLine(
        id=question_id,
        text=record["text"],
        lang=record.get("lang"),
        kind=record.get("type"),
        options=tuple(options),
        help=record.get("help") or "",
    )


def _check_sizes_and_language(record: dict[str, Any], options: list[str], number: int) -> None:
    if not record["text"].strip():
        raise UnreadableInput(f"line {number}: field 'text' is empty")
    for name in ("text", "help"):
        value = record.get(name) or ""
        if len(value) > TEXT_MAX_LENGTH:
            raise UnreadableInput(
                f"line {number}: field '{name}' has {len(value)} characters; "
                f"the limit is {TEXT_MAX_LENGTH}"
            )
    for index, option in enumerate(options):
        if len(option) > LABEL_MAX_LENGTH:
            raise UnreadableInput(
                f"line {number}: option {index + 1} has {len(option)} characters; "
                f"the limit is {LABEL_MAX_LENGTH}"
            )
    lang = record.get("lang")
    if lang is not None and lang.replace("-", "_").split("_", 1)[0].lower() not in LANGUAGES:
        raise UnreadableInput(
            f"line {number}: unknown language {lang!r} (use one of {', '.join(LANGUAGES)})"
        )


def read_question_lines(stream: BinaryIO) -> list[QuestionLine]:
    try:
        content = stream.read().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableInput(f"input is not UTF-8 (byte {error.start})") from None
    questions = []
    for number, line in enumerate(content.splitlines(), start=1):
        if line.strip():
            questions.append(parse_question_line(line, number))
    return questions


def lint_lines(
    questions: list[QuestionLine], *, locale: str | None = None, escalate: tuple[str, ...] = ()
) -> tuple[list[dict[str, Any]], bool]:
    """Lint every question; return the output records and whether any was rejected."""
    from survey.privacy.linter import LintPolicy, lint_question

    policy = LintPolicy(escalate=frozenset(escalate))
    records = []
    rejected = False
    for question in questions:
        result = lint_question(
            question.text,
            options=question.options,
            help_text=question.help,
            lang=question.lang,
            kind=question.kind,
            locale=locale,
            policy=policy,
        )
        rejected = rejected or result.rejected
        records.append({"id": question.id, **result.to_dict()})
    return records, rejected


def _escalation_choices() -> list[str]:
    from survey.privacy.linter import CATEGORIES, GROUPS

    return sorted(GROUPS) + sorted(CATEGORIES)


@click.command("lint")
@click.argument("path", required=False, default="-", metavar="[PATH|-]")
@click.option(
    "--locale",
    default="en",
    show_default=True,
    help="Language of messages and suggestions: en, nl, fr, de, es or it.",
)
@click.option(
    "--escalate",
    multiple=True,
    metavar="CATEGORY",
    help="Reject instead of warn for this category or group (repeatable), e.g. "
    "special-category, quasi-identifier, health.",
)
@click.pass_context
def lint_command(ctx: click.Context, path: str, locale: str, escalate: tuple[str, ...]) -> None:
    """Check museum questions (JSON lines) for requests of personal data."""
    unknown = set(escalate) - set(_escalation_choices())
    if unknown:
        click.echo(
            f"Error: unknown category for --escalate: {', '.join(sorted(unknown))}", err=True
        )
        ctx.exit(EXIT_UNREADABLE)
    try:
        with click.open_file(path, "rb") as stream:
            questions = read_question_lines(stream)
    except OSError as error:
        click.echo(f"Error: cannot read {path}: {error.strerror or error}", err=True)
        ctx.exit(EXIT_UNREADABLE)
    except UnreadableInput as error:
        source = "standard input" if path == "-" else path
        click.echo(f"Error: {source}, {error}", err=True)
        ctx.exit(EXIT_UNREADABLE)
    records, rejected = lint_lines(questions, locale=locale, escalate=escalate)
    with click.open_file("-", "wb") as out:
        for record in records:
            out.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
    ctx.exit(EXIT_REJECTED if rejected else EXIT_OK)


def main() -> None:  # pragma: no cover - convenience for running the module directly
    lint_command(prog_name="sentomus lint")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
