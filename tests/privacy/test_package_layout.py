"""The privacy package stays navigable and light: small modules and functions, and importing the
linter pulls in neither the web application nor the analysis stack."""

import ast
import subprocess
import sys
from pathlib import Path

PRIVACY = Path(__file__).resolve().parents[2] / "survey" / "privacy"
DATA_TABLES = {"lexicon.py", "messages.py"}  # word lists and message catalogues


def _python_files():
    return sorted(PRIVACY.rglob("*.py"))


def test_no_module_over_800_lines_except_data_tables():
    long_modules = [
        str(path.relative_to(PRIVACY))
        for path in _python_files()
        if path.name not in DATA_TABLES and len(path.read_text().splitlines()) > 800
    ]
    assert long_modules == []


def test_no_function_over_60_lines():
    offenders = []
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > 60:
                    offenders.append(f"{path.relative_to(PRIVACY)}:{node.name} ({length})")
    assert offenders == []


def test_linter_and_its_command_import_without_flask_pandas_or_plotly():
    code = (
        "import sys, survey.privacy.linter, survey.privacy.cli; "
        "print(','.join(m for m in ('flask', 'pandas', 'plotly') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
