"""Where the files analysis reads are found: the report templates and the gettext catalogs.

Both are shared with the web app, so there is one copy of each: the report templates are the
web app's templates/reports/ and the catalogs its survey/translations/. They are located without
importing the web app (analysis never imports Flask or survey):

- the `survey` package is found with importlib's finder, not imported;
- report templates: `<survey package>/templates/reports` (an installed wheel carries the
  repository's top-level templates/ folder as survey/templates/), else, in a source checkout,
  `templates/reports` in the folder that holds the `survey` package;
- catalogs: `<survey package>/translations` in both cases.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path


class ResourceMissing(FileNotFoundError):
    """A folder the reports need is in neither an installed package nor a source checkout."""


@cache
def _survey_package() -> Path:
    spec = importlib.util.find_spec("survey")
    if spec is None or not spec.submodule_search_locations:
        raise ResourceMissing("the survey package is not installed")
    return Path(next(iter(spec.submodule_search_locations))).resolve()


def _first_folder(*candidates: Path) -> Path:
    for folder in candidates:
        if folder.is_dir():
            return folder
    raise ResourceMissing("none of these folders exists: " + ", ".join(map(str, candidates)))


def report_templates() -> Path:
    """The folder of the report templates (museum.html, overview.html and their partials)."""
    package = _survey_package()
    return _first_folder(
        package / "templates" / "reports", package.parent / "templates" / "reports"
    )


def translation_catalogs() -> Path:
    """The gettext catalogs of the web app and the reports: <lang>/LC_MESSAGES/messages.mo."""
    return _first_folder(_survey_package() / "translations")
