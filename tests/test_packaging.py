"""The distribution: every imported package declared, and a wheel that works outside the tree."""

from __future__ import annotations

import ast
import os
import re
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import tomllib
import urllib.error
import urllib.request
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
FIRST_PARTY = {"survey", "analysis", "config"}
#: Everything the wheel ships as code: the packages and the data folders holding Python files.
SHIPPED_SOURCES = ("survey", "analysis", "config", "migrations")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_distributions() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {canonical(Requirement(line).name) for line in project["dependencies"]}


def third_party_imports() -> dict[str, set[str]]:
    """Top-level module imported → the files importing it, over every shipped Python file."""
    found: dict[str, set[str]] = {}
    for folder in SHIPPED_SOURCES:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.partition(".")[0]
                    if top not in sys.stdlib_module_names and top not in FIRST_PARTY:
                        found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_imported_third_party_package_is_a_declared_dependency():
    imports = third_party_imports()
    assert {"flask", "numpy", "pandas", "sqlalchemy"} <= set(imports), "the scan sees imports"
    distributions = packages_distributions()
    declared = declared_distributions()
    undeclared = {}
    for module, files in sorted(imports.items()):
        providers = {canonical(name) for name in distributions.get(module, [])}
        if not providers & declared:
            undeclared[module] = (sorted(providers) or ["not installed"], sorted(files)[:3])
    assert undeclared == {}, "imported but not in [project] dependencies"


# --- the wheel, installed into a fresh virtual environment outside the source tree ------------


def build_wheel(tmp_path: Path) -> Path:
    """Build from a copy of the sources without compiled catalogs: the build must make them."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo")
    for folder in ("survey", "analysis", "config", "templates", "migrations"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
        + ["--no-index", "--wheel-dir", str(dist), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("sentomus-*.whl")
    return wheel


def expected_wheel_files() -> set[str]:
    def files_under(folder: Path):
        return {
            path.relative_to(folder).as_posix()
            for path in folder.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
        }

    expected = {f"survey/templates/{name}" for name in files_under(ROOT / "templates")}
    expected |= {f"survey/migrations/{name}" for name in files_under(ROOT / "migrations")}
    expected |= {f"survey/static/{name}" for name in files_under(ROOT / "survey" / "static")}
    expected |= {
        f"survey/translations/{po.relative_to(ROOT / 'survey' / 'translations').as_posix()}"[:-3]
        + ".mo"
        for po in (ROOT / "survey" / "translations").glob("*/LC_MESSAGES/*.po")
    }
    return expected | {"survey/core/questionnaire.yaml", "config/settings.py"}


def fresh_venv_with_wheel(tmp_path: Path, wheel: Path) -> Path:
    """A venv holding only the wheel; its dependencies come from this test's own environment
    through a .pth file (no download), which adds them after the venv's own site-packages."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
        + ["--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    site_packages = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    dependencies = sysconfig.get_paths()["purelib"]
    (Path(site_packages) / "sentomus_test_dependencies.pth").write_text(dependencies + "\n")
    return venv


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, deadline: float) -> tuple[int, bytes]:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (local URL)
                return response.status, response.read()
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


@pytest.mark.slow
def test_wheel_installed_outside_the_tree_migrates_seeds_and_serves(tmp_path):
    wheel = build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = expected_wheel_files() - names
    assert missing == set(), "files the wheel must carry"
    assert len([n for n in names if n.endswith(".mo")]) == 5

    venv = fresh_venv_with_wheel(tmp_path, wheel)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SENTOMUS_", "FLASK_", "PYTHON"))
    }
    sentomus = str(venv / "bin" / "sentomus")

    def run(*args: str) -> str:
        result = subprocess.run(
            args, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    location = run(str(venv / "bin" / "python"), "-c", "import survey; print(survey.__file__)")
    assert Path(location.strip()).is_relative_to(venv)
    run(sentomus, "db", "upgrade")
    assert "Survey URL:" in run(sentomus, "seed-demo", "--responses", "20")
    assert (venv / "var" / "survey-instance" / "sentomus.db").is_file()

    port = free_port()
    server = subprocess.Popen(
        [sentomus, "run", "--port", str(port)],
        cwd=elsewhere,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        status, page = fetch(f"http://127.0.0.1:{port}/s/demo?lang=nl", deadline)
        assert status == 200
        assert "Vertel ons over uw bezoek" in page.decode()  # from the compiled Dutch catalog
        status, stylesheet = fetch(f"http://127.0.0.1:{port}/static/survey.css", deadline)
        assert status == 200
        assert stylesheet == (ROOT / "survey" / "static" / "survey.css").read_bytes()
    finally:
        server.terminate()
        server.wait(timeout=10)
