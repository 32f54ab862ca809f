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


def test_every_question_kind_with_settings_has_its_editor_partial():
    from survey.questions import KINDS

    with_settings = [kind for kind in KINDS.values() if kind.settings_form is not None]
    assert with_settings, "some kinds have editor settings"
    for kind in with_settings:
        assert (ROOT / "templates" / kind.settings_template).is_file(), kind.settings_template


ROUTE_DECORATORS = {"route", "get", "post", "put", "patch", "delete"}
TRANSACTION_CALLS = {"commit", "rollback"}


def defines_routes(tree: ast.AST) -> bool:
    """Whether a module adds routes to a blueprint (`@blueprint.get(...)` and the like)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                if (
                    isinstance(target, ast.Attribute)
                    and target.attr in ROUTE_DECORATORS
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "blueprint"
                ):
                    return True
    return False


def transaction_calls(tree: ast.AST) -> list[tuple[int, str]]:
    return [
        (node.lineno, node.func.attr)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in TRANSACTION_CALLS
    ]


def view_modules() -> dict[str, ast.AST]:
    modules = {}
    for path in (ROOT / "survey").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if path.name == "views.py" or defines_routes(tree):
            modules[path.relative_to(ROOT).as_posix()] = tree
    return modules


def test_views_never_commit_or_roll_back():
    """Services own the transaction; a route parses, calls a service and renders or redirects."""
    modules = view_modules()
    assert {
        "survey/accounts/views.py",
        "survey/own_questions/editor_views.py",
        "survey/own_questions/approval_views.py",
        "survey/portal/preview.py",
        "survey/respond/views.py",
        "survey/staff/export.py",
        "survey/staff/views.py",
    } <= set(modules)
    offenders = [
        f"{name}:{line} {call}()"
        for name, tree in sorted(modules.items())
        for line, call in transaction_calls(tree)
    ]
    assert offenders == []


def test_the_view_check_finds_a_commit_in_a_route():
    tree = ast.parse(
        "@blueprint.post('/save')\ndef save():\n    db.session.commit()\n    return ''\n"
    )
    assert defines_routes(tree) and transaction_calls(tree) == [(3, "commit")]
    assert not defines_routes(ast.parse("def helper():\n    session.rollback()\n"))
