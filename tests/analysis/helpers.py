"""Shared helpers of the report tests: dates, answer values, and readers that find one table
cell in each output format, so every disclosure rule is checked in HTML, JSON, CSV and XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from html.parser import HTMLParser
from typing import Any

from openpyxl import load_workbook

from analysis import build_museum_report, build_overview, render_document
from analysis.disclosure import HIDDEN_MARK
from analysis.document import Document
from analysis.render import format_value

FORMATS = ("html", "json", "csv", "xlsx")

#: The reporting date of most tests: a Wednesday, so the last ended week is Mon 23 Feb 2026.
AS_OF = dt.date(2026, 3, 4)
LAST_WEEK = dt.date(2026, 2, 23)


def week(offset: int, weekday: int = 2) -> dt.date:
    """A day in the week `offset` weeks before the last ended week (0 is that week)."""
    return LAST_WEEK - dt.timedelta(weeks=offset) + dt.timedelta(days=weekday)


class Text(str):
    """A free-text answer (a plain string is an option code)."""


class _Tables(HTMLParser):
    """Collects {table: {row: {column: text}}} from the report's data tables."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, dict[str, dict[str, str]]] = {}
        self.table: str | None = None
        self.row: str | None = None
        self.column: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "table" and attributes.get("data-table"):
            self.table = attributes["data-table"]
            self.tables[self.table] = {}
        elif tag == "tr" and self.table and attributes.get("data-row"):
            self.row = attributes["data-row"]
            self.tables[self.table][self.row] = {}
        elif tag == "td" and self.row and attributes.get("data-col"):
            self.column = attributes["data-col"]
            self.tables[self.table][self.row][self.column] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self.column = None
        elif tag == "tr":
            self.row = None
        elif tag == "table":
            self.table = None

    def handle_data(self, data: str) -> None:
        if self.table and self.row and self.column:
            self.tables[self.table][self.row][self.column] += data


class Rendered:
    """A document rendered in every format, with readers for one cell of a table."""

    def __init__(self, document: Document):
        self.document = document
        self.outputs = {fmt: render_document(document, fmt) for fmt in FORMATS}
        self.json = json.loads(self.outputs["json"])
        self.html = self.outputs["html"].decode("utf-8")
        parser = _Tables()
        parser.feed(self.html)
        self.html_tables = parser.tables
        self.csv = {
            (r["table"], r["row"], r["column"]): (r["value"], r["note"])
            for r in csv.DictReader(io.StringIO(self.outputs["csv"].decode("utf-8")))
        }
        self.workbook = load_workbook(io.BytesIO(self.outputs["xlsx"]), read_only=True)

    def column(self, table: str, column: str):
        return next(c for c in self.document.table(table).columns if c.key == column)

    def cell(self, fmt: str, table: str, row: str, column: str) -> tuple[Any, str]:
        """(value, note) of a cell as `fmt` shows it; None for a hidden or empty value."""
        if fmt == "json":
            record = next(r for r in self.json["tables"][table]["rows"] if r["key"] == row)
            return record[column], record["note"]
        if fmt == "csv":
            value, note = self.csv[(table, row, column)]
            return (None if value == "" else value), note
        if fmt == "html":
            cells = self.html_tables[table][row]
            value = cells[column].strip()
            return (None if value == HIDDEN_MARK else value), cells["note"].strip()
        sheet = self.workbook[table[:31]]
        rows = list(sheet.iter_rows(values_only=True))
        header = list(rows[1])
        label = self.column(table, column).label
        record = next(r for r in rows[2:] if r[0] == row)
        record = (*record, *[None] * (len(header) - len(record)))
        return record[header.index(label)], record[header.index("Note")] or ""

    def assert_hidden(self, table: str, row: str, column: str, note: str) -> None:
        for fmt in FORMATS:
            value, shown_note = self.cell(fmt, table, row, column)
            assert value is None, f"{fmt}: {table}/{row}/{column} shows {value!r}"
            assert note in shown_note, f"{fmt}: {table}/{row} note {shown_note!r} lacks {note!r}"

    def assert_shown(
        self, table: str, row: str, column: str, expected: Any, note: str = ""
    ) -> None:
        for fmt in FORMATS:
            value, shown_note = self.cell(fmt, table, row, column)
            if fmt == "html":
                assert value == format_value(expected, self.column(table, column)), (fmt, value)
            elif fmt == "csv" and isinstance(expected, str):
                assert value == expected, (fmt, value)
            elif fmt == "csv":
                assert value is not None and float(value) == float(expected), (fmt, value)
            else:
                assert value == expected, (fmt, value, expected)
            assert note in shown_note, f"{fmt}: {table}/{row} note {shown_note!r} lacks {note!r}"

    def figure_specs(self, name: str) -> list[dict]:
        """The figure as the JSON output and as the HTML page carry it."""
        match = re.search(
            rf'<script type="application/json" id="figure-{re.escape(name)}-spec">(.*?)</script>',
            self.html,
            re.S,
        )
        assert match, f"figure {name} is not in the HTML page"
        return [self.json["figures"][name]["figure"], json.loads(match.group(1))]

    def figure_labels(self, name: str) -> set[str]:
        labels: set[str] = set()
        for spec in self.figure_specs(name):
            for trace in spec["data"]:
                for axis in ("x", "y"):
                    labels.update(v for v in trace.get(axis, []) if isinstance(v, str))
        return labels


def counted_museum_report(engine, museum_id: int, *, as_of=None, wave_id=None, **options):
    """Make the releases the weekly job would have made, then build the report (which only
    reads releases)."""
    publish(engine, as_of or AS_OF, options.get("policy"))
    return build_museum_report(engine, museum_id, as_of=as_of or AS_OF, wave_id=wave_id, **options)


def counted_overview(engine, *, as_of=None, wave_id=None, **options):
    publish(engine, as_of or AS_OF, options.get("policy"))
    return build_overview(engine, as_of=as_of or AS_OF, wave_id=wave_id, **options)


def publish(engine, as_of: dt.date = AS_OF, policy=None) -> None:
    """Make the releases the weekly job would have made up to `as_of`: reports read only those."""
    from analysis.releases import backfill_releases

    backfill_releases(engine, today=as_of, policy=policy)


def released(museum_id: int | None, subject: str, series: str | None = None) -> dict[str, int]:
    """The published cells of a subject in the museum's (or a series') latest release."""
    from sqlalchemy import select

    from survey.extensions import db
    from survey.models import Release, ReleaseCell

    db.session.rollback()
    where = [Release.series == series] if series else [Release.museum_id == museum_id]
    latest = db.session.scalar(select(Release.id).where(*where).order_by(Release.id.desc()))
    rows = db.session.execute(
        select(ReleaseCell.value, ReleaseCell.count).where(
            ReleaseCell.release_id == latest, ReleaseCell.subject == subject
        )
    )
    return dict(rows.all())


def released_numbers(
    museum_id: int | None, subject: str, values=range(11), series: str | None = None
) -> dict[int, int]:
    from analysis.releases import NPS_GROUP_SCORE

    cells = released(museum_id, subject, series)
    for group, score in NPS_GROUP_SCORE.items():
        if group in cells:
            cells[str(score)] = cells.pop(group)
    return {v: cells.get(str(v), 0) for v in values if cells.get(str(v), 0)}
