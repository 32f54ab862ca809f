"""The protected report document that every output renders.

A Document holds only what disclosure control allowed: table cells are values or None (hidden),
each row carries its note, figures are plotly figure specifications built from those same rows.
HTML, JSON, CSV and XLSX are different views of one Document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from analysis.disclosure import DisclosurePolicy, Note

#: Column formats understood by every renderer.
FORMATS = ("text", "int", "pct", "num1", "num2", "signed", "date", "auto")


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    format: str = "text"

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ValueError(f"unknown column format {self.format!r}")


@dataclass
class Table:
    """Rows of a table; every row has a stable `key`, the column values and a `note`."""

    name: str
    title: str
    columns: list[Column]
    rows: list[dict[str, Any]] = field(default_factory=list)
    description: str = ""

    def add(self, key: str, note: str = "", **values: Any) -> dict[str, Any]:
        unknown = set(values) - {c.key for c in self.columns}
        if unknown:
            raise KeyError(f"{self.name}: unknown columns {sorted(unknown)}")
        row = {"key": key, **{c.key: values.get(c.key) for c in self.columns}, "note": note}
        self.rows.append(row)
        return row

    def row(self, key: str) -> dict[str, Any]:
        return next(r for r in self.rows if r["key"] == key)


@dataclass
class Figure:
    """A plotly figure specification ({"data": [...], "layout": {...}}) and what it shows."""

    name: str
    title: str
    spec: dict[str, Any]
    #: The table holding the figure's numbers, for readers without JavaScript.
    table: str | None = None


@dataclass
class CommentList:
    question: str
    #: None when the museum's base is too small to show any comment.
    texts: list[str] | None
    note: str = ""


@dataclass
class Section:
    key: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    comments: list[CommentList] = field(default_factory=list)


@dataclass
class Document:
    kind: str
    title: str
    subtitle: str
    generated_on: dt.date
    policy: DisclosurePolicy
    meta: dict[str, Any] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    #: The language the document was built in; renderers use it for their own words.
    lang: str = "en"

    def tables(self) -> list[Table]:
        return [t for s in self.sections for t in s.tables]

    def table(self, name: str) -> Table:
        return next(t for t in self.tables() if t.name == name)

    def figures(self) -> list[Figure]:
        return [f for s in self.sections for f in s.figures]

    def figure(self, name: str) -> Figure:
        return next(f for f in self.figures() if f.name == name)

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)
