"""Reports for the Sentomus study: aggregates, metrics, disclosure control, charts, documents.

Pure code: functions from aggregate rows and DataFrames to DataFrames, figures and documents.
Nothing in this package imports Flask (tests/test_layout.py enforces it); it works on SQLAlchemy
engines and connections and the tables' names. Reports are written in en, nl, fr, de, es or it
with the interface's gettext catalogs (analysis.i18n), without Flask-Babel.

    document = build_museum_report(engine, museum_id, wave_id=None, lang="nl")
    body = render(document, "html")          # or "json", "csv", "xlsx"; in the document's language
    overview = build_overview(engine, wave_id=None, lang="fr")
    summary = progress_summary(document)    # the protected figures of a progress e-mail
"""

from analysis.disclosure import DisclosurePolicy
from analysis.document import Document
from analysis.museum_report import ReportError, build_museum_report, progress_summary
from analysis.overview import build_overview
from analysis.periods import Period, Wave, WaveError, add_wave, list_waves, resolve_periods
from analysis.render import FORMATS, MEDIA_TYPES, render
from analysis.snapshots import freeze_weeks, unfreeze_weeks

__all__ = [
    "FORMATS",
    "MEDIA_TYPES",
    "DisclosurePolicy",
    "Document",
    "Period",
    "ReportError",
    "Wave",
    "WaveError",
    "add_wave",
    "build_museum_report",
    "build_overview",
    "freeze_weeks",
    "list_waves",
    "progress_summary",
    "render",
    "resolve_periods",
    "unfreeze_weeks",
]
