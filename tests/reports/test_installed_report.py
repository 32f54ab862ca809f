"""Reports from an installed wheel, outside the source tree: templates and catalogs come from
the installed survey package, found by analysis.resources."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.test_packaging import build_wheel, fresh_venv_with_wheel


@pytest.mark.slow
def test_an_installed_wheel_writes_reports_in_the_readers_language(tmp_path):
    venv = fresh_venv_with_wheel(tmp_path, build_wheel(tmp_path))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SENTOMUS_", "FLASK_", "PYTHON"))
    }

    def run(*args: str) -> str:
        result = subprocess.run(
            args, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    python, sentomus = str(venv / "bin" / "python"), str(venv / "bin" / "sentomus")
    code = (
        "from analysis.resources import report_templates, translation_catalogs\n"
        "print(report_templates()); print(translation_catalogs())\n"
    )
    templates, catalogs = (Path(line) for line in run(python, "-c", code).split())
    assert templates.is_relative_to(venv) and (templates / "museum.html").is_file()
    assert catalogs.is_relative_to(venv)

    run(sentomus, "db", "upgrade")
    run(sentomus, "seed-demo", "--museums", "2", "--responses", "40")
    page, data = elsewhere / "report.html", elsewhere / "report.json"
    run(sentomus, "report", "--museum", "demo", "--lang", "nl", "--out", str(page))
    fmt = ["--format", "json", "--lang", "nl", "--out", str(data)]
    run(sentomus, "report", "--museum", "demo", *fmt)
    html = page.read_text(encoding="utf-8")
    assert "Veldwerk" in html and "Plotly.newPlot(" in html  # Dutch, from the compiled catalog
    assert json.loads(data.read_text())["sections"][0]["title"] == "Veldwerk"
