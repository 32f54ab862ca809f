"""Render a protected Document as self-contained HTML, JSON, CSV or XLSX bytes.

All four formats show the same rows with the same notes; hidden cells are empty (None) in data
formats and a dash in HTML. The HTML page embeds plotly.js once and carries a Content Security
Policy that forbids every network request, so it works offline and from a file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import uuid
from functools import lru_cache
from typing import Any

import jinja2

from analysis import i18n
from analysis.disclosure import HIDDEN_MARK, HIDDEN_NOTES, INDICATIVE, DisclosurePolicy
from analysis.document import Column, Document, Table
from analysis.i18n import gettext as _
from analysis.resources import report_templates

FORMATS = ("html", "json", "csv", "xlsx")
MEDIA_TYPES = {
    "html": "text/html; charset=utf-8",
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
#: Blocks every request a page could make; scripts and styles are inline only.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:; connect-src 'none'; form-action 'none'; "
    "base-uri 'none'"
)
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "showLink": False}


def render_document(document: Document, fmt: str) -> bytes:
    """The document as bytes in one of FORMATS, in the language it was built in."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")
    with i18n.language(document.lang):
        return _render(document, fmt)


def _render(document: Document, fmt: str) -> bytes:
    if fmt == "html":
        return render_html_bytes(document)
    if fmt == "json":
        return render_json(document).encode("utf-8")
    if fmt == "csv":
        return render_csv(document).encode("utf-8")
    if fmt == "xlsx":
        return render_xlsx(document)
    raise ValueError(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")


# --- Values ----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A JSON-safe value: dates as ISO text, numpy numbers as Python numbers."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def format_value(value: Any, column: Column) -> str:
    """How a cell reads in HTML; None is a hidden or missing value."""
    if value is None:
        return HIDDEN_MARK
    fmt = column.format
    if fmt == "auto":
        if isinstance(value, bool):
            fmt = "text"
        elif isinstance(value, int):
            fmt = "int"
        elif isinstance(value, float):
            fmt = "num2" if abs(value) < 10 and value != int(value) else "num1"
        elif isinstance(value, dt.date):
            fmt = "date"
        else:
            fmt = "text"
    if fmt == "int":
        return i18n.localise_number(f"{int(value):,}")
    if fmt == "pct":
        return i18n.localise_number(f"{value:.0f}%")
    if fmt == "num1":
        text = f"{value:,.1f}".removesuffix(".0") if column.format == "auto" else f"{value:.1f}"
        return i18n.localise_number(text)
    if fmt == "num2":
        return i18n.localise_number(f"{value:.2f}")
    if fmt == "signed":
        return f"{value:+.0f}"
    if fmt == "date":
        return i18n.format_date(value)
    return str(value)


def note_classes(note: str, policy: DisclosurePolicy) -> list[str]:
    """CSS classes of a table row from its disclosure note, in the document's language."""
    note = note or ""
    classes = []
    if any(note.startswith(policy.text(template)) for template in HIDDEN_NOTES):
        classes.append("hidden")
    if note.startswith(policy.text(INDICATIVE)):
        classes.append("indicative")
    return classes


def table_records(table: Table) -> list[dict[str, Any]]:
    return [{key: _plain(value) for key, value in row.items()} for row in table.rows]


# --- JSON ------------------------------------------------------------------------------------


def document_dict(document: Document) -> dict[str, Any]:
    """Everything the report shows, as JSON-ready data (figures as plotly JSON)."""
    return {
        "kind": document.kind,
        "title": document.title,
        "subtitle": document.subtitle,
        "generated_on": document.generated_on.isoformat(),
        "meta": document.meta,
        "sections": [
            {
                "key": section.key,
                "title": section.title,
                "paragraphs": section.paragraphs,
                "tables": [t.name for t in section.tables],
                "figures": [f.name for f in section.figures],
            }
            for section in document.sections
        ],
        "tables": {
            table.name: {
                "title": table.title,
                "description": table.description,
                "columns": [
                    {"key": c.key, "label": c.label, "format": c.format} for c in table.columns
                ],
                "rows": table_records(table),
            }
            for table in document.tables()
        },
        "figures": {
            figure.name: {"title": figure.title, "table": figure.table, "figure": figure.spec}
            for figure in document.figures()
        },
        "comments": [
            {"question": c.question, "texts": c.texts, "note": c.note}
            for section in document.sections
            for c in section.comments
        ],
        "method_notes": [
            {"rule": _(n.rule), "subject": n.subject, "detail": n.detail} for n in document.notes
        ],
    }


def _json_default(value: Any) -> Any:
    plain = _plain(value)
    if plain is value:
        raise TypeError(f"not JSON serialisable: {type(value).__name__}")
    return plain


def render_json(document: Document) -> str:
    return json.dumps(document_dict(document), ensure_ascii=False, default=_json_default)


# --- CSV -------------------------------------------------------------------------------------

CSV_HEADER = ("table", "row", "column", "value", "note")


def csv_rows(document: Document) -> list[tuple[Any, ...]]:
    """Long format: one line per table cell, with the row's disclosure note."""
    rows: list[tuple[Any, ...]] = []
    for key, value in _meta_items(document):
        rows.append(("report", key, "value", value, ""))
    for table in document.tables():
        for row in table.rows:
            for column in table.columns:
                rows.append(
                    (table.name, row["key"], column.key, _plain(row[column.key]), row["note"])
                )
    for section in document.sections:
        for comments in section.comments:
            for index, text in enumerate(comments.texts or [], start=1):
                rows.append(("comments", f"{comments.question} #{index}", "text", text, ""))
            if comments.texts is None:
                rows.append(("comments", comments.question, "text", None, comments.note))
    return rows


def render_csv(document: Document) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(("" if v is None else _excel(v) for v in row) for row in csv_rows(document))
    return buffer.getvalue()


def _meta_items(document: Document) -> list[tuple[str, Any]]:
    items = [("title", document.title), ("subtitle", document.subtitle)]
    items.append(("generated_on", document.generated_on.isoformat()))

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(f"{prefix}.{key}" if prefix else key, item)
        else:
            items.append((prefix, _plain(value)))

    walk("", document.meta)
    return items


# --- XLSX ------------------------------------------------------------------------------------


def render_xlsx(document: Document) -> bytes:
    """A workbook: a Report sheet (details and method notes), one sheet per table, Comments."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)

    def header(sheet, labels: list[str]) -> None:
        cells = []
        for label in labels:
            cell = WriteOnlyCell(sheet, value=label)
            cell.font = bold
            cells.append(cell)
        sheet.append(cells)

    report = workbook.create_sheet("Report")
    header(report, [_("Item"), _("Value")])
    for key, value in _meta_items(document):
        report.append([key, _excel(value)])
    report.append([])
    header(report, [_("Rule"), _("Figure"), _("Detail")])
    for note in document.notes:
        report.append([_(note.rule), note.subject, note.detail])

    used = {"Report", "Comments"}
    for table in document.tables():
        sheet = workbook.create_sheet(_sheet_name(table.name, used))
        sheet.append([_excel(table.title)])
        header(sheet, [_("Key"), *[_excel(c.label) for c in table.columns], _("Note")])
        for row in table.rows:
            sheet.append(
                [row["key"], *[_excel(row[c.key]) for c in table.columns], row["note"] or None]
            )

    comments = workbook.create_sheet("Comments")
    header(comments, [_("Question"), _("Comment"), _("Note")])
    for section in document.sections:
        for group in section.comments:
            if group.texts is None:
                comments.append([_excel(group.question), None, group.note])
            for text in group.texts or []:
                comments.append([_excel(group.question), _excel(text), None])

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _excel(value: Any) -> Any:
    """Texts written by museums or respondents never become spreadsheet formulas (CSV too,
    since spreadsheets open CSV files)."""
    value = _plain(value)
    if (
        isinstance(value, str)
        and value[:1] in ("=", "+", "-", "@", "\t", "\r")
        and not _is_number(value)
    ):
        return "'" + value
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _sheet_name(name: str, used: set[str]) -> str:
    base = name[:31]
    candidate, counter = base, 2
    while candidate in used:
        suffix = f"~{counter}"
        candidate = base[: 31 - len(suffix)] + suffix
        counter += 1
    used.add(candidate)
    return candidate


# --- HTML ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def plotly_bundle() -> str:
    """plotly.js from the installed plotly package: embedded, never fetched."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


@lru_cache(maxsize=1)
def _plotly_bundle_bytes() -> bytes:
    return plotly_bundle().encode("utf-8")


#: The page's own start-up script: fixed text, so its hash is known before any page is built.
INIT_SCRIPT = (
    "(function () {"
    " var config = " + json.dumps(PLOTLY_CONFIG, separators=(",", ":")) + ";"
    ' var figures = document.querySelectorAll("div.figure[data-figure]");'
    " for (var i = 0; i < figures.length; i++) {"
    " var element = figures[i];"
    ' var spec = JSON.parse(document.getElementById(element.id + "-spec").textContent);'
    " Plotly.newPlot(element, spec.data, spec.layout, config);"
    " } })();"
)


@lru_cache(maxsize=1)
def own_script_hashes() -> tuple[str, ...]:
    """CSP hash sources of the only scripts a report page runs: plotly.js and INIT_SCRIPT.

    A policy built from these, not from whatever <script> elements a page holds, allows nothing
    that came into the page any other way.
    """
    import base64
    import hashlib

    return tuple(
        "'sha256-" + base64.b64encode(hashlib.sha256(body).digest()).decode() + "'"
        for body in (_plotly_bundle_bytes(), INIT_SCRIPT.encode("utf-8"))
    )


#: Stands in for plotly.js while the page is rendered; random, so no text can imitate it.
_BUNDLE_MARK = f"/*plotly-{uuid.uuid4().hex}*/"


@lru_cache(maxsize=4)
def _environment(folder: str) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
    )
    # The callables read the language of the render in progress (see analysis.i18n).
    environment.install_gettext_callables(i18n.raw_gettext, i18n.raw_ngettext, newstyle=True)
    environment.filters["cell"] = format_value
    environment.filters["note_classes"] = note_classes
    environment.filters["report_date"] = i18n.format_date
    environment.filters["script_json"] = script_json
    return environment


def script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no closing tag or comment opener can appear."""
    text = json.dumps(value, ensure_ascii=False, default=_json_default, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _render_page(document: Document) -> str:
    environment = _environment(str(report_templates()))
    template = environment.get_template(f"{document.kind}.html")
    return template.render(
        document=document,
        csp=CONTENT_SECURITY_POLICY,
        plotly_js=_BUNDLE_MARK,
        plotly_config=PLOTLY_CONFIG,
        init_script=INIT_SCRIPT,
        hidden_mark=HIDDEN_MARK,
    )


def render_html_bytes(document: Document) -> bytes:
    """A self-contained page: inline CSS, plotly.js embedded once, every figure and table.

    The page is rendered without the 4.8 MB bundle, which is spliced in as cached bytes:
    joining and encoding it anew for every report would cost more than building the report.
    """
    before, after = _render_page(document).split(_BUNDLE_MARK, 1)
    return b"".join((before.encode("utf-8"), _plotly_bundle_bytes(), after.encode("utf-8")))


def spreadsheet_safe(value: Any) -> Any:
    """Public form of the formula guard, for other exports of the same data."""
    return _excel(value)
