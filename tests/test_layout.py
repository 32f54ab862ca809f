import ast
import re
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


# Size limits: a module over 800 lines or a function over 60 is a sign that it holds two things.
MODULE_LINE_LIMIT = 800
FUNCTION_LINE_LIMIT = 60
SIZE_CHECKED = ("survey", "analysis", "config")
#: Data tables, which may be long: path → why.
LONG_DATA_TABLES = {
    "survey/privacy/lexicon.py": "word lists of the linter in six languages (data, no logic)",
}


def module_sizes() -> dict[str, int]:
    return {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for folder in SIZE_CHECKED
        for path in (ROOT / folder).rglob("*.py")
    }


def long_functions(source: str, limit: int = FUNCTION_LINE_LIMIT) -> list[tuple[str, int]]:
    """(name, lines) of every function or method longer than the limit, decorators excluded."""
    return [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > limit
    ]


def test_no_module_over_800_lines_but_data_tables():
    sizes = module_sizes()
    assert "survey/cli.py" in sizes and "analysis/render.py" in sizes
    assert set(LONG_DATA_TABLES) <= set(sizes), "allow-list entries name existing modules"
    offenders = {
        name: lines
        for name, lines in sorted(sizes.items())
        if lines > MODULE_LINE_LIMIT and name not in LONG_DATA_TABLES
    }
    assert offenders == {}


def test_no_function_over_60_lines():
    offenders = [
        f"{name}:{function} ({lines} lines)"
        for name in sorted(module_sizes())
        for function, lines in long_functions((ROOT / name).read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_size_checks_see_a_long_function():
    body = "\n".join(f"    x{i} = {i}" for i in range(59))
    assert long_functions(f"def sixty_lines():\n{body}\n") == []
    assert long_functions(f"async def longer():\n{body}\n    return x0\n") == [("longer", 61)]


# One definition per constant: the study's languages, the survey link and the slug rules.
def python_files() -> dict[str, str]:
    return {
        path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for folder in SIZE_CHECKED
        for path in (ROOT / folder).rglob("*.py")
    }


def language_list_literals(source: str) -> list[int]:
    """Lines holding a tuple or list of the study's language codes in their defining order (a
    museum that offers all six in its own order is data, not the definition)."""
    from config.study import LANGUAGES

    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Tuple | ast.List)
        and all(isinstance(e, ast.Constant) for e in node.elts)
        and tuple(e.value for e in node.elts) == LANGUAGES
    ]


def test_the_language_list_is_defined_once():
    found = {
        f"{name}:{line}"
        for name, source in python_files().items()
        for line in language_list_literals(source)
    }
    assert found == {"config/study.py:5"}
    assert language_list_literals("X = ['en', 'nl', 'fr', 'de', 'es', 'it']\n") == [1]


def test_the_survey_link_is_built_in_one_place():
    # Nobody writes the address by hand: survey_link builds it from the route and
    # PUBLIC_BASE_URL (survey/links.py), and is defined once.
    assert sorted(name for name, source in python_files().items() if "/s/{" in source) == []
    definers = sorted(
        name for name, source in python_files().items() if "def survey_link(" in source
    )
    assert definers == ["survey/respond/links.py"]


#: The shapes a slug rule takes: "(-[a-z0-9]", "(?:-[a-z0-9]" or "[a-z0-9][a-z0-9-]".
SLUG_LIKE = re.compile(r"\(\?:-\[a-z0-9\]|\(-\[a-z0-9\]|\[a-z0-9\]\[a-z0-9-\]")


def test_slug_rules_are_defined_once():
    holders = sorted(name for name, source in python_files().items() if SLUG_LIKE.search(source))
    assert holders == ["survey/models/museum.py"]
    assert SLUG_LIKE.search('SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")')
