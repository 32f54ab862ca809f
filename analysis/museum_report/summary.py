"""The figures of a progress e-mail, taken from the protected report."""

from __future__ import annotations

from typing import Any

from analysis.document import Document
from analysis.measures import headline_specs


def progress_summary(document: Document) -> dict[str, Any]:
    """The figures of a progress e-mail, taken from the protected report (never recomputed).

    Hidden figures are None with their note, exactly as in the report.
    """
    if document.kind != "museum":
        raise ValueError("a progress summary is made from a museum report")

    def row(table: str, key: str) -> dict[str, Any]:
        return document.table(table).row(key)

    def value(table: str, key: str, column: str = "value") -> Any:
        return row(table, key)[column]

    headline = {}
    for spec in headline_specs():
        cells = row("headline", spec.key)
        headline[spec.key] = {
            "label": spec.label,
            "value": cells["value"],
            "low": cells["low"],
            "high": cells["high"],
            "base": cells["base"],
            "note": cells["note"],
        }
    return {
        "museum": document.meta["museum"],
        "period": document.meta["period"],
        "figures_up_to": document.meta["figures_up_to"],
        "completes": value("fieldwork", "completes"),
        "target": value("fieldwork", "target"),
        "progress": value("fieldwork", "progress"),
        "status": value("fieldwork", "status"),
        "projected": value("fieldwork", "projected"),
        "margin_of_error": value("fieldwork", "margin"),
        "live": value("fieldwork", "live"),
        "headline": headline,
    }
