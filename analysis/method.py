"""What every report says about itself: the period and disclosure policy it was built under,
and the method section that explains what was withheld or flagged, and why."""

from __future__ import annotations

import datetime as dt
from typing import Any

from analysis.cellkey import DEFAULT_TABLE
from analysis.disclosure import DisclosurePolicy, MethodNotes
from analysis.document import Column, Section, Table
from analysis.flood import FLOOD_MARGIN, FLOOD_MARGIN_FIRST_RELEASE
from analysis.i18n import format_date
from analysis.i18n import gettext as _
from analysis.periods import Period


def report_subtitle(period: Period, figures_up_to: dt.date | None) -> str:
    if figures_up_to is None:
        return _("%(period)s · no week of this period has ended yet", period=period.label())
    return _(
        "%(period)s · figures up to %(day)s", period=period.label(), day=format_date(figures_up_to)
    )


def report_meta(
    period: Period,
    previous: Period | None,
    figures_up_to: dt.date | None,
    as_of: dt.date,
    policy: DisclosurePolicy,
) -> dict[str, Any]:
    """The metadata every report carries: what it covers and under which rules."""
    return {
        "period": period_meta(period),
        "previous_period": period_meta(previous) if previous else None,
        "figures_up_to": figures_up_to.isoformat() if figures_up_to else None,
        "as_of": as_of.isoformat(),
        "policy": policy_meta(policy),
    }


def period_meta(period: Period) -> dict[str, Any]:
    return {
        "name": period.name,
        "wave_id": period.wave_id,
        "first_day": period.first_day.isoformat(),
        "last_day": period.last_day.isoformat(),
        "starts_on": period.starts_on.isoformat() if period.starts_on else None,
        "ends_on": period.ends_on.isoformat() if period.ends_on else None,
        "weeks": len(period.weeks),
    }


def policy_meta(policy: DisclosurePolicy) -> dict[str, Any]:
    return {
        "min_base": policy.min_base,
        "indicative_below": policy.indicative_below,
        "min_peer_museums": policy.min_peer_museums,
        "max_peer_share": policy.max_peer_share,
        "min_growth": policy.min_growth,
    }


def method_section(policy: DisclosurePolicy, period: Period, notes: MethodNotes) -> Section:
    paragraphs = [
        _(
            "Figures cover whole ISO weeks: %(period)s. A week counts in the wave that contains "
            "its Thursday. Only weeks that have ended are included, so figures change at most "
            "once a week.",
            period=period.label(),
        ),
        _(
            "A figure moves on only when its base has grown by at least %(min_growth)s "
            "respondents since its last published value, so two reports never differ by fewer "
            "than %(min_growth)s respondents.",
            min_growth=policy.min_growth,
        ),
        *_ledger_paragraphs(policy),
        _(
            "No figure is shown for fewer than %(min_base)s respondents; figures on "
            "%(min_base)s–%(indicative_top)s respondents are indicative. Intervals are 95%%: "
            "Wilson intervals for percentages, t intervals for means, the standard NPS variance "
            "for the NPS. The margin of error is that of a 50%% answer.",
            min_base=policy.min_base,
            indicative_top=policy.indicative_below - 1,
        ),
        _(
            "Benchmarks compare with other museums only, never with the museum itself, and need "
            "at least %(min_peer_museums)s of them with %(min_base)s or more answers each, none "
            "giving more than half of the answers.",
            min_peer_museums=policy.min_peer_museums,
            min_base=policy.min_base,
        ),
    ]
    section = Section("method", _("Method notes"), paragraphs=paragraphs)
    table = Table(
        "method_notes",
        _("What was withheld or flagged, and why"),
        [Column("rule", _("Rule")), Column("subject", _("Figure")), Column("detail", _("Detail"))],
    )
    for index, note in enumerate(notes.notes, start=1):
        table.add(f"n{index}", rule=_(note.rule), subject=note.subject, detail=note.detail)
    section.tables.append(table)
    return section


def _ledger_paragraphs(policy: DisclosurePolicy) -> list[str]:
    """How the publication ledger protects respondents, in plain words."""
    return [
        _(
            "Every figure comes from a release: a record, made once a week, of what may be "
            "published. Figures count from a fixed first week (the wave's, or the museum's "
            "first week of fieldwork), never over a sliding window, and each release is checked "
            "against every earlier one, other museums' benchmarks and the study's figures "
            "included, so that no two differ by fewer than %(min_base)s respondents. Only the "
            "number of responses received since the last release is counted live.",
            min_base=policy.min_base,
        ),
        _(
            "Counts of answers and languages carry a small, fixed random noise (cell-key "
            "perturbation, as national statistics offices use): a few respondents up or down, "
            "never more than %(bound)s, never below zero. The same respondents always give the "
            "same figures, so reports can be compared, but someone who adds answers of their "
            "own cannot work out another visitor's answer: in our tests such a guess succeeds "
            "at most %(margin)s percentage points more often than a blind guess "
            "(%(first_margin)s for the very first figures of a question). Shares, means, NPS and "
            "intervals are computed from these counts; numbers of respondents are exact. Small "
            "groups are affected most: read indicative figures with care.",
            bound=DEFAULT_TABLE.bound,
            margin=round(100 * FLOOD_MARGIN),
            first_margin=round(100 * FLOOD_MARGIN_FIRST_RELEASE),
        ),
        _(
            "Open comments cannot be made noisy. They appear only with the museum's released "
            "figures, so at most once a week and only together with at least %(min_base)s new "
            "respondents, and without any other answer, language or date. Someone who writes "
            "most comments of a quiet week could still read the others, so the comment box "
            "must never ask for personal details.",
            min_base=policy.min_base,
        ),
        _(
            "Medians and quartiles of other museums are Harrell–Davis estimates, a weighted "
            "average of all their scores, so they never show one museum's own score; one that "
            "would round to a museum's score is left out. Answers to number questions are "
            "published in bands only, without a mean."
        ),
    ]
