"""The per-museum progress report.

Sections: fieldwork, headline measures, ratings, visitor profile, benchmarks, the museum's own
questions, open comments and method notes. `build_museum_report` reads the weeks that ended,
applies the disclosure layer and returns a protected Document.

context.py loads the published counts; build.py assembles the sections, one module each.
"""

from analysis.museum_report.build import build_museum_report
from analysis.museum_report.context import ReportError
from analysis.museum_report.summary import progress_summary

__all__ = ["ReportError", "build_museum_report", "progress_summary"]
