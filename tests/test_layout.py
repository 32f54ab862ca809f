import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_analysis_never_imports_flask():
    files = list((ROOT / "analysis").rglob("*.py"))
    assert files, "the analysis package exists"
    offenders = [f for f in files if {"flask", "flask_sqlalchemy", "survey"} & imported_modules(f)]
    assert offenders == []


def test_every_question_kind_has_its_template_partial():
    from survey.questions import KINDS

    for kind in KINDS.values():
        assert (ROOT / "templates" / kind.template).is_file(), kind.template
