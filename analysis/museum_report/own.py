"""The museum's own questions, each reported by its kind."""

from __future__ import annotations

from analysis.aggregates import QuestionInfo
from analysis.disclosure import base_note, base_status
from analysis.document import Column, Section, Table
from analysis.i18n import gettext as _
from analysis.measures import Published, measure_estimate, scale_summary
from analysis.museum_report.breakdowns import breakdown_figure, breakdown_table, ladder_note
from analysis.museum_report.context import NO_ANSWERS, Context, Data, note_base, question_key
from analysis.museum_report.scores import estimate_cells, scale_figure, scale_table
from analysis.releases import NUMBER_BANDS, band_label
from analysis.stats import Estimate


def own_section(c: Context, d: Data) -> Section:
    section = Section("own", _("Your own questions"))
    for question in c.catalog.own():
        published = d.published.get(question_key(question), NO_ANSWERS)
        if question.status not in ("active", "retired") or (
            question.status == "retired" and not published.base
        ):
            continue
        title = question.text(c.lang)
        if question.version > 1:
            title = _("%(title)s (version %(version)s)", title=title, version=question.version)
        name = f"own_{question.code}_v{question.version}"
        add = _BY_KIND.get(question.kind)
        if add is not None:
            add(c, section, question, name, title, published)
    return section


def _add_choice(
    c: Context,
    section: Section,
    question: QuestionInfo,
    name: str,
    title: str,
    published: Published,
) -> None:
    table = breakdown_table(
        c.policy,
        c.notes,
        name,
        title,
        published,
        [(o, question.option_label(o, c.lang)) for o, _text in question.options],
        additive=question.kind == "single_choice",
        snapshot=c.snapshot,
    )
    section.tables.append(table)
    section.figures.append(breakdown_figure(name, title, table))


def _add_scale(
    c: Context,
    section: Section,
    question: QuestionInfo,
    name: str,
    title: str,
    published: Published,
) -> None:
    labels = c.catalog.scale_labels(question, c.lang)
    items = [(question.code, title, scale_summary(published))]
    table = scale_table(c, name, title, items, labels)
    section.tables.append(table)
    section.figures.append(scale_figure(name, title, table, labels))
    ladder_note(c.policy, c.notes, title, published, c.snapshot)


def _add_nps(
    c: Context,
    section: Section,
    question: QuestionInfo,
    name: str,
    title: str,
    published: Published,
) -> None:
    estimate, base = measure_estimate("nps", published)
    section.tables.append(
        estimate_table(c, name, title, _("Net Promoter Score"), estimate, base, 1)
    )
    ladder_note(c.policy, c.notes, title, published, c.snapshot)


def _add_number(
    c: Context,
    section: Section,
    question: QuestionInfo,
    name: str,
    title: str,
    published: Published,
) -> None:
    # Released in bands only: a mean next to hidden bands could pin the hidden answers
    # (rule 6), so no mean is published for number questions.
    table = estimate_table(c, name, title, _("Mean"), None, 0, 2)
    table.rows[0]["note"] = _("not shown: answers to number questions are published in bands")
    section.tables.append(table)
    cells = [(band_label(low, high), band_label(low, high)) for low, high in NUMBER_BANDS]
    counts = {key: published.counts.get(key, 0) for key, _label in cells}
    banded = Published(cutoff=published.cutoff, base=published.base, counts=counts)
    bands = breakdown_table(
        c.policy,
        c.notes,
        f"{name}_bands",
        _("%(title)s: answers in bands", title=title),
        banded,
        cells,
        additive=True,
        snapshot=c.snapshot,
    )
    section.tables.append(bands)
    section.figures.append(breakdown_figure(f"{name}_bands", title, bands))


#: How an own question of each kind is reported; free-text answers go to the comments section.
_BY_KIND = {
    "single_choice": _add_choice,
    "multiple_choice": _add_choice,
    "scale": _add_scale,
    "nps": _add_nps,
    "number": _add_number,
}


def estimate_table(
    c: Context,
    name: str,
    title: str,
    label: str,
    estimate: Estimate | None,
    base: int,
    digits: int,
) -> Table:
    fmt = "num1" if digits == 1 else "num2"
    table = Table(
        name,
        title,
        [
            Column("label", _("Measure")),
            Column("value", label, fmt),
            Column("low", _("95%% interval from"), fmt),
            Column("high", _("to"), fmt),
            Column("base", _("Base"), "int"),
        ],
    )
    if estimate is None or base_status(base, c.policy) == "hidden":
        table.add("estimate", label=label, note=base_note(base, c.policy))
        if estimate is not None or base_status(base, c.policy) == "hidden":
            note_base(c, title, base)
        return table
    note_base(c, title, base)
    table.add(
        "estimate",
        label=label,
        **estimate_cells(estimate, digits),
        base=base,
        note=base_note(base, c.policy),
    )
    return table
