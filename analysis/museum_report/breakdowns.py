"""Respondents by answer (visitor profile, language mix, own choice questions), protected
cell by cell."""

from __future__ import annotations

import datetime as dt

from analysis import figures
from analysis.disclosure import (
    RULE_COMPLEMENTARY,
    RULE_INDICATIVE,
    RULE_LADDER,
    RULE_MIN_BASE,
    RULE_SMALL_CELLS,
    DisclosurePolicy,
    MethodNotes,
    base_note,
    base_status,
    cell_note,
    protect_cells,
)
from analysis.document import Column, Figure, Section, Table
from analysis.i18n import format_date, ngettext
from analysis.i18n import gettext as _
from analysis.measures import Published
from analysis.museum_report.context import NO_ANSWERS, Context, Data

PROFILE_CODES = (
    "visit_first",
    "motivation",
    "group",
    "heard_via",
    "ticket_type",
    "duration",
    "age_band",
    "gender",
    "country",
    "province_nl",
    "province_be",
)


def breakdown_table(
    policy: DisclosurePolicy,
    notes: MethodNotes,
    name: str,
    title: str,
    published: Published,
    cells: list[tuple[str, str]],
    additive: bool,
    snapshot: dt.date | None,
) -> Table:
    """Respondents per group, protected by the minimum base, small cells and complementary
    suppression; the last row is the base (respondents who answered)."""
    table = Table(
        name,
        title,
        [
            Column("label", _("Answer")),
            Column("respondents", _("Respondents"), "int"),
            Column("share", _("%% of respondents"), "pct"),
        ],
    )
    base = published.base
    status = base_status(base, policy)
    ladder_note(policy, notes, title, published, snapshot)
    if status == "hidden":
        for code, label in cells:
            table.add(code, label=label, note=base_note(base, policy))
        table.add("_base", label=_("Respondents who answered"), note=base_note(base, policy))
        if base:
            notes.add(RULE_MIN_BASE, title, _("not shown: %(count)s respondents", count=base))
        return table

    counts = [published.counts.get(code, 0) for code, _label in cells]
    decisions = protect_cells(counts, policy, additive)
    for (code, label), count, decision in zip(cells, counts, decisions, strict=True):
        if decision:
            table.add(code, label=label, note=cell_note(decision, policy))
        else:
            table.add(code, label=label, respondents=count, share=round(100 * count / base, 1))
    table.add(
        "_base", label=_("Respondents who answered"), respondents=base, note=base_note(base, policy)
    )
    _note_suppressed(policy, notes, title, cells, decisions)
    if status == "indicative":
        notes.add(RULE_INDICATIVE, title, _("base of %(count)s respondents", count=base))
    return table


def _note_suppressed(
    policy: DisclosurePolicy,
    notes: MethodNotes,
    title: str,
    cells: list[tuple[str, str]],
    decisions: list,
) -> None:
    small = [label for (_, label), s in zip(cells, decisions, strict=True) if s == "small"]
    extra = [label for (_, label), s in zip(cells, decisions, strict=True) if s == "complementary"]
    if small:
        notes.add(
            RULE_SMALL_CELLS,
            title,
            _(
                "groups under %(min_base)s: %(groups)s",
                min_base=policy.min_base,
                groups=", ".join(small),
            ),
        )
    if extra:
        notes.add(
            RULE_COMPLEMENTARY,
            title,
            _("also hidden to protect small groups: %(groups)s", groups=", ".join(extra)),
        )


def breakdown_figure(name: str, title: str, table: Table) -> Figure:
    rows = [r for r in table.rows if r["key"] != "_base"]
    hidden = sum(1 for r in rows if r["share"] is None)
    note = ""
    if hidden and hidden < len(rows):
        note = ngettext(
            "%(num)s group hidden, see the table", "%(num)s groups hidden, see the table", hidden
        )
    if rows and hidden == len(rows):
        note = table.rows[-1]["note"] or _("nothing to show yet")
    labels = [r["label"] for r in rows]
    spec = figures.share_bars(labels, [r["share"] for r in rows], title, note)
    return Figure(name, title, spec, table=table.name)


def ladder_note(
    policy: DisclosurePolicy,
    notes: MethodNotes,
    subject: str,
    published: Published,
    snapshot: dt.date | None,
) -> None:
    if published.cutoff is not None and snapshot is not None and published.cutoff < snapshot:
        end = published.cutoff + dt.timedelta(days=6)
        notes.add(
            RULE_LADDER,
            subject,
            _(
                "shown up to %(day)s: fewer than %(min_growth)s new answers since",
                day=format_date(end),
                min_growth=policy.min_growth,
            ),
        )


def profile_section(c: Context, d: Data) -> Section:
    section = Section(
        "profile",
        _("Visitor profile"),
        paragraphs=[
            _(
                "Groups of fewer than %(min_base)s respondents are not shown, nor any group "
                "whose size could be worked out from the others and the total.",
                min_base=c.policy.min_base,
            )
        ],
    )
    for code in PROFILE_CODES:
        question = c.catalog.core(code)
        if question is None:
            continue
        title = question.text(c.lang)
        table = breakdown_table(
            c.policy,
            c.notes,
            name=f"profile_{code}",
            title=title,
            published=d.published.get(code, NO_ANSWERS),
            cells=[(o, question.option_label(o, c.lang)) for o, _text in question.options],
            additive=question.kind == "single_choice",
            snapshot=c.snapshot,
        )
        if question.kind == "multiple_choice":
            table.description = _("Several answers possible: shares add up to more than 100%%.")
        section.tables.append(table)
        section.figures.append(breakdown_figure(f"profile_{code}", title, table))
    return section
