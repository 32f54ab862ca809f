"""The part of the build that pyproject.toml cannot declare (the project itself is described there).

- templates/ and migrations/ stay top-level folders of the repository but install as the data
  packages `survey.templates` and `survey.migrations` (each folder under them a package too, so
  setuptools ships its files), and the app finds them with importlib.resources in the wheel and
  in the editable install alike.
- The catalogs are kept in git as .po only; building compiles them to the .mo files gettext reads
  (into the wheel, or in place for an editable install), so a wheel built from a clean checkout
  carries every language.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: Top-level folders of the repository shipped as data packages of the app.
DATA_FOLDERS = {"survey.templates": "templates", "survey.migrations": "migrations"}
CATALOGS = Path("survey", "translations")
#: Data files of Python packages; folders without __init__.py (static/, translations/) and the
#: data folders above ship every file.
PACKAGE_DATA = {"survey.core": ["*.yaml"]}


def data_packages() -> dict[str, str]:
    """Package name → folder, for each data folder and every folder below it."""
    packages = {}
    for package, folder in DATA_FOLDERS.items():
        root = ROOT / folder
        for directory in [root, *sorted(path for path in root.rglob("*") if path.is_dir())]:
            parts = directory.relative_to(root).parts
            if "__pycache__" not in parts:
                packages[".".join((package, *parts))] = directory.relative_to(ROOT).as_posix()
    return packages


def compile_catalogs(source: Path, target: Path) -> list[Path]:
    """Compile every <lang>/LC_MESSAGES/*.po under source to a .mo under target."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in sorted(source.glob("*/LC_MESSAGES/*.po")):
        mo = target / po.relative_to(source).with_suffix(".mo")
        mo.parent.mkdir(parents=True, exist_ok=True)
        with po.open("rb") as po_file:
            catalog = read_po(po_file, locale=po.parent.parent.name)
        with mo.open("wb") as mo_file:
            write_mo(mo_file, catalog, use_fuzzy=True)
        written.append(mo)
    return written


class BuildPyWithCatalogs(build_py):
    """build_py that also compiles the translation catalogs."""

    def run(self) -> None:
        super().run()
        target = ROOT if self.editable_mode else Path(self.build_lib)
        self._catalogs = compile_catalogs(ROOT / CATALOGS, target / CATALOGS)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *map(str, getattr(self, "_catalogs", []))]


def packages_and_data() -> tuple[list[str], dict[str, str], dict[str, list[str]]]:
    """Every package, the folders of the data packages, and the files each one ships."""
    code = find_namespace_packages(
        include=["survey", "survey.*", "analysis", "analysis.*", "config", "config.*"],
        exclude=["*.__pycache__"],
    )
    data = data_packages()
    folders = [
        name for name in code if not (ROOT / name.replace(".", "/") / "__init__.py").exists()
    ]
    package_data = {name: ["*"] for name in [*folders, *data]}
    return [*code, *data], data, {**package_data, **PACKAGE_DATA}


PACKAGES, PACKAGE_DIR, PACKAGE_FILES = packages_and_data()
setup(
    packages=PACKAGES,
    package_dir=PACKAGE_DIR,
    package_data=PACKAGE_FILES,
    cmdclass={"build_py": BuildPyWithCatalogs},
)
