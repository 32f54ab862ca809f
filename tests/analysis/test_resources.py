"""The report templates and catalogs are found in a source checkout and in an installed wheel."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from analysis.resources import report_templates, translation_catalogs

ROOT = Path(__file__).resolve().parents[2]


def test_a_source_checkout_uses_the_top_level_templates_folder():
    assert (report_templates() / "museum.html").is_file()
    assert (report_templates() / "overview.html").is_file()
    assert report_templates() == ROOT / "templates" / "reports" or report_templates() == (
        ROOT / "survey" / "templates" / "reports"
    )
    assert translation_catalogs() == ROOT / "survey" / "translations"


def test_an_installed_survey_package_carries_its_templates_and_catalogs(tmp_path):
    """A wheel holds templates/ as survey/templates/; analysis finds it without importing survey."""
    package = tmp_path / "site" / "survey"
    (package / "templates" / "reports").mkdir(parents=True)
    (package / "translations").mkdir()
    (package / "__init__.py").write_text("raise ImportError('analysis must not import survey')\n")
    code = (
        "from analysis.resources import report_templates, translation_catalogs\n"
        "print(report_templates()); print(translation_catalogs())\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "site"), str(ROOT)])}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    templates, catalogs = result.stdout.split()
    assert Path(templates) == (package / "templates" / "reports").resolve()
    assert Path(catalogs) == (package / "translations").resolve()
