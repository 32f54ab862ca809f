"""Reports for the Sentomus study: aggregates, metrics, disclosure control, charts, documents.

Pure code: functions from aggregate rows and DataFrames to DataFrames, figures and documents.
Nothing in this package imports Flask (tests/test_layout.py enforces it); it works on SQLAlchemy
engines and connections and the tables' names. Reports are written in en, nl, fr, de, es or it
with the interface's gettext catalogs (analysis.i18n), without Flask-Babel.

    count_ended_weeks(engine)               # the one writing step: count the weeks that ended
    document = build_museum_report(engine, museum_id, wave_id=None, lang="nl")  # only reads
    body = render_document(document, "html")  # or "json", "csv", "xlsx"; in the document's language
    overview = build_overview(engine, wave_id=None, lang="fr")
    summary = progress_summary(document)    # the protected figures of a progress e-mail
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

#: Public name → the module defining it. Loaded on first use, so that importing one light
#: module (analysis.i18n, analysis.render's format names) does not load pandas and plotly.
_EXPORTS = {
    "DisclosurePolicy": "analysis.disclosure",
    "Document": "analysis.document",
    "ReportError": "analysis.museum_report",
    "build_museum_report": "analysis.museum_report",
    "progress_summary": "analysis.museum_report",
    "build_overview": "analysis.overview",
    "Period": "analysis.periods",
    "Wave": "analysis.periods",
    "WaveError": "analysis.periods",
    "add_wave": "analysis.periods",
    "list_waves": "analysis.periods",
    "resolve_periods": "analysis.periods",
    "FORMATS": "analysis.render",
    "MEDIA_TYPES": "analysis.render",
    "render_document": "analysis.render",
    "count_ended_weeks": "analysis.snapshots",
    "freeze_weeks": "analysis.snapshots",
    "unfreeze_weeks": "analysis.snapshots",
}

__all__ = [
    "DisclosurePolicy",
    "Document",
    "FORMATS",
    "MEDIA_TYPES",
    "Period",
    "ReportError",
    "Wave",
    "WaveError",
    "add_wave",
    "build_museum_report",
    "build_overview",
    "count_ended_weeks",
    "freeze_weeks",
    "list_waves",
    "progress_summary",
    "render_document",
    "resolve_periods",
    "unfreeze_weeks",
]

if TYPE_CHECKING:
    from analysis.disclosure import DisclosurePolicy
    from analysis.document import Document
    from analysis.museum_report import ReportError, build_museum_report, progress_summary
    from analysis.overview import build_overview
    from analysis.periods import Period, Wave, WaveError, add_wave, list_waves, resolve_periods
    from analysis.render import FORMATS, MEDIA_TYPES, render_document
    from analysis.snapshots import count_ended_weeks, freeze_weeks, unfreeze_weeks


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
