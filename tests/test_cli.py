from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from survey.cli import LAZY_COMMANDS, cli
from survey.extensions import db
from survey.models import Answer, Museum, Response


def counts(app):
    with app.app_context():
        return tuple(
            db.session.scalar(select(func.count()).select_from(model))
            for model in (Museum, Response, Answer)
        )


def test_seed_demo_is_idempotent_and_prints_the_survey_url(app, runner):
    result = runner.invoke(
        args=["seed-demo", "--museums", "4", "--responses", "300", "--seed", "3"]
    )
    assert result.exit_code == 0, result.output
    assert "Survey URL:  http://127.0.0.1:5000/s/demo" in result.output
    assert "Demo login (editor): editor@demo-museum.example / sentomus-editor-demo" in result.output
    first = counts(app)
    assert first[0] == 4 and first[1] == 300 and first[2] > 300 * 15

    again = runner.invoke(args=["seed-demo", "--museums", "4", "--responses", "300", "--seed", "3"])
    assert again.exit_code == 0, again.output
    assert counts(app) == first
    assert "0 museums created, 0 responses added" in again.output


def test_load_core_reports_an_already_loaded_version(runner):
    result = runner.invoke(args=["load-core"])
    assert result.exit_code == 0
    assert "version 1 already loaded" in result.output


def test_load_core_refuses_a_broken_file_with_a_clear_message(runner, tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("version: 1\nlanguages: [en]\n", encoding="utf-8")
    result = runner.invoke(args=["load-core", str(path)])
    assert result.exit_code == 1
    assert "languages" in result.output


def test_printed_demo_logins_sign_in(app, runner, client):
    result = runner.invoke(args=["seed-demo", "--museums", "1", "--responses", "0"])
    logins = [line.split(": ", 1)[1] for line in result.output.splitlines() if "Demo login" in line]
    assert len(logins) == 3
    homes = []
    for login in logins:
        email, password = login.split(" / ")
        response = client.post("/account/login", data={"email": email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)
        homes.append(response.headers["Location"])
        client.post("/account/logout")
    assert homes == ["/staff/", "/portal/", "/portal/"]


# Start-up: listing the commands and linting need neither the web framework nor the analysis
# stack. Checked in a fresh interpreter, whose sys.modules shows what the command imported.
HEAVY_MODULES = {"flask", "werkzeug", "sqlalchemy", "pandas", "numpy", "plotly"}
IMPORTS_OF_ONE_COMMAND = """
import json, sys
from survey.cli import cli
try:
    cli.main(args=sys.argv[1:], prog_name="sentomus")
except SystemExit:
    pass
sys.stderr.write("\\n" + json.dumps(sorted(sys.modules)))
"""


def modules_imported_by(*args: str, stdin: str = "", env=None) -> tuple[str, set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", IMPORTS_OF_ONE_COMMAND, *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout, set(json.loads(result.stderr.splitlines()[-1]))


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (("--help",), "", "seed-demo"),
        (("lint",), '{"id": "q1", "text": "How did you like the exhibition?"}\n', '"ok"'),
        (("lint",), '{"id": "q1", "text": "What is your e-mail address?"}\n', '"reject"'),
    ],
)
def test_help_and_lint_start_without_flask_pandas_or_plotly(args, stdin, expected):
    output, modules = modules_imported_by(*args, stdin=stdin)
    assert expected in output
    top_level = {name.partition(".")[0] for name in modules}
    assert top_level & HEAVY_MODULES == set()
    assert {name for name in modules if name.startswith("survey.")} <= {
        name for name in modules if name == "survey.cli" or name.startswith("survey.privacy")
    }


def test_a_command_that_needs_the_app_does_import_it(tmp_path):
    # The check above can fail: the same probe sees Flask once a command builds the app.
    env = {**os.environ, "SENTOMUS_INSTANCE_PATH": str(tmp_path)}
    output, modules = modules_imported_by("routes", env=env)
    assert "respond.intro" in output
    assert "flask" in modules


def test_help_lists_every_command_with_the_commands_own_summary():
    result = CliRunner().invoke(cli, ["--help"], prog_name="sentomus")
    assert result.exit_code == 0
    for name, entry in LAZY_COMMANDS.items():
        command = entry.load()
        assert command.get_short_help_str(limit=1000) == entry.short_help, name
        assert re.search(rf"^  {re.escape(name)} ", result.output, re.MULTILINE), name


@pytest.mark.parametrize("name", sorted(LAZY_COMMANDS))
def test_every_command_answers_help(name):
    result = CliRunner().invoke(cli, [name, "--help"], prog_name="sentomus")
    assert result.exit_code == 0, result.output
    assert f"Usage: sentomus {name}" in result.output


def test_unknown_command_is_a_usage_error():
    result = CliRunner().invoke(cli, ["frobnicate"], prog_name="sentomus")
    assert result.exit_code == 2
    assert "No such command 'frobnicate'" in result.output
