"""`sentomus lint` follows its JSON-lines contract: order, fields and exit codes 0, 1 and 2."""

import json

import pytest
from click.testing import CliRunner

from survey.privacy.cli import lint_command


def run(input_text=None, args=()):
    runner = CliRunner()
    return runner.invoke(lint_command, list(args), input=input_text)


def lines(*records):
    return "".join(json.dumps(record) + "\n" for record in records)


def output_records(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_benign_questions_exit_zero_with_one_line_each_in_order():
    result = run(
        lines(
            {"id": "q1", "text": "How did you like the exhibition?"},
            {"id": 2, "text": "How did you hear about us?", "options": ["E-mail", "Radio"]},
            {"id": "q3", "text": "Wie heißt Ihr Lieblingsbild?", "lang": "de", "type": "text"},
        )
    )
    assert result.exit_code == 0, result.output
    records = output_records(result)
    assert [r["id"] for r in records] == ["q1", 2, "q3"]
    assert all(r["verdict"] == "ok" and r["findings"] == [] for r in records)
    assert all(list(r) == ["id", "verdict", "findings"] for r in records)


def test_any_rejected_question_makes_exit_status_one():
    result = run(
        lines(
            {"id": "a", "text": "What is your e-mail address?"},
            {"id": "b", "text": "Did you enjoy the café?"},
        )
    )
    assert result.exit_code == 1
    first, second = output_records(result)
    assert first["verdict"] == "reject"
    finding = first["findings"][0]
    assert finding["code"] == "PD-EMAIL"
    assert finding["field"] == "text"
    assert finding["matched"] == "e-mail address"
    assert second == {"id": "b", "verdict": "ok", "findings": []}


def test_warnings_alone_exit_zero():
    result = run(lines({"id": "w", "text": "Do you have a disability?"}))
    assert result.exit_code == 0
    assert output_records(result)[0]["verdict"] == "warn"


def test_help_and_options_are_checked():
    result = run(
        lines(
            {
                "id": "h",
                "text": "Would you like to join our prize draw?",
                "options": ["Yes, my e-mail address is: ____", "No"],
            },
            {"id": "i", "text": "Any comments?", "help": "Please add your phone number."},
        )
    )
    assert result.exit_code == 1
    first, second = output_records(result)
    assert first["findings"][0]["field"] == "option:0"
    assert second["findings"][0]["field"] == "help"


def test_reads_a_file_path(tmp_path):
    path = tmp_path / "questions.jsonl"
    path.write_text(lines({"id": 1, "text": "Quel est votre nom ?"}), encoding="utf-8")
    result = run(args=[str(path)])
    assert result.exit_code == 1
    assert output_records(result)[0]["findings"][0]["code"] == "PD-NAME"


def test_dash_reads_standard_input_and_blank_lines_are_skipped():
    result = run("\n" + lines({"id": 1, "text": "Hoe heet u?"}) + "\n\n", args=["-"])
    assert result.exit_code == 1
    assert len(output_records(result)) == 1


def test_locale_selects_message_language():
    result = run(lines({"id": 1, "text": "Hoe heet u?"}), args=["--locale", "nl"])
    finding = output_records(result)[0]["findings"][0]
    assert finding["message"].startswith("Vraagt respondenten")


def test_escalate_turns_special_category_warning_into_rejection():
    result = run(
        lines({"id": 1, "text": "What is your religion?"}), args=["--escalate", "religion"]
    )
    assert result.exit_code == 1
    assert output_records(result)[0]["verdict"] == "reject"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"id": 1, "text": "ok"\n', "line 1: invalid JSON"),
        ('["not", "an", "object"]\n', "line 1: expected a JSON object"),
        ('{"text": "no id"}\n', "line 1: missing field 'id'"),
        ('{"id": 1}\n', "line 1: missing field 'text'"),
        ('{"id": 1, "text": 5}\n', "'text' must be a string"),
        ('{"id": true, "text": "x"}\n', "'id' must be a string or an integer"),
        ('{"id": 1, "text": "x", "options": "Yes"}\n', "'options' must be a list of strings"),
        ('{"id": 1, "text": "x", "options": [1, 2]}\n', "'options' must be a list of strings"),
        ('{"id": 1, "text": "x", "help": ["a"]}\n', "field 'help' must be a string"),
        ('{"id": 1, "text": "x", "lang": 3}\n', "field 'lang' must be a string"),
    ],
)
def test_unreadable_input_exits_two_with_a_clear_error_and_no_output(content, expected):
    result = run('{"id": 0, "text": "What is your name?"}\n' + content)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert expected.replace("line 1", "line 2") in result.stderr


def test_missing_file_exits_two(tmp_path):
    result = run(args=[str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr
    assert result.stdout == ""


def test_invalid_utf8_exits_two():
    result = CliRunner().invoke(lint_command, [], input=b'{"id": 1, "text": "\xff"}\n')
    assert result.exit_code == 2
    assert "not UTF-8" in result.stderr


def test_unknown_escalation_category_exits_two():
    result = run(lines({"id": 1, "text": "x"}), args=["--escalate", "astrology"])
    assert result.exit_code == 2
    assert "astrology" in result.stderr


def test_empty_input_exits_zero_without_output():
    result = run("")
    assert result.exit_code == 0
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": 1, "text": "   "}, "line 2: field 'text' is empty"),
        ({"id": 1, "text": "x" * 501}, "line 2: field 'text' has 501 characters; the limit is 500"),
        ({"id": 1, "text": "Hi?", "help": "y" * 600}, "line 2: field 'help' has 600 characters"),
        ({"id": 1, "text": "Hi?", "options": ["ok", "z" * 201]}, "line 2: option 2 has 201"),
        ({"id": 1, "text": "Hi?", "lang": "xx"}, "line 2: unknown language 'xx'"),
        ({"id": 1, "text": "Hi?", "options": ["a", 3]}, "line 2: field 'options' must be a list"),
    ],
)
def test_bad_input_exits_two_naming_the_line(record, message):
    result = run(lines({"id": 0, "text": "How was your visit?"}, record))
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_regional_language_codes_and_a_missing_language_are_accepted():
    result = run(
        lines(
            {"id": 1, "text": "Wat is uw e-mailadres?", "lang": "nl-BE"},
            {"id": 2, "text": "Wat is uw e-mailadres?"},
        )
    )
    assert result.exit_code == 1
    assert [r["verdict"] for r in output_records(result)] == ["reject", "reject"]


def test_the_command_limits_match_the_question_editor():
    from survey.own_questions import forms
    from survey.privacy import cli

    assert cli.TEXT_MAX_LENGTH == forms.TEXT_MAX_LENGTH
    assert cli.LABEL_MAX_LENGTH == forms.LABEL_MAX_LENGTH
