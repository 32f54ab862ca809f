"""From published answer counts to measures: distributions, NPS, means, top-2-box, benchmarks.

Counts arrive per question and answer value (the weekly snapshot tables summed over weeks);
`publish` applies the publication ladder of the disclosure layer first, so every measure here
is computed on counts that may be published.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis.disclosure import DisclosurePolicy, publication_index
from analysis.periods import Period
from analysis.stats import (
    Estimate,
    NpsResult,
    mean_estimate,
    nps_counts,
    nps_estimate,
    projected_completion,
    top_box_estimate,
)

NOT_APPLICABLE = "na"
SCALE_POINTS = (1, 2, 3, 4, 5)
#: Weeks whose pace projects the date a museum reaches its target.
RECENT_WEEKS = 4


@dataclass
class Published:
    """One question's counts as published: summed up to the last week its ladder allows."""

    #: Monday of the last week included; None when nothing may be published yet.
    cutoff: dt.date | None
    #: Respondents who answered the question up to the cutoff.
    base: int = 0
    #: Respondents per answer value up to the cutoff.
    counts: dict[str, int] = field(default_factory=dict)

    def numeric(self) -> dict[int, int]:
        """Counts of numeric values (scale points, NPS scores, numbers); "na" left out."""
        out: dict[int, int] = {}
        for value, count in self.counts.items():
            if value.lstrip("-").isdigit():
                out[int(value)] = out.get(int(value), 0) + count
        return out


def publish(
    rows: Iterable[tuple[str, dt.date, str, int, int]],
    weeks: Sequence[dt.date],
    policy: DisclosurePolicy,
) -> dict[str, Published]:
    """Apply the publication ladder per question to (key, week, value, answers, first_answers).

    `weeks` are the ended weeks of the period in order; rows of other weeks are ignored.
    """
    position = {week: i for i, week in enumerate(weeks)}
    weekly_base: dict[str, list[int]] = {}
    by_value: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for key, week, value, answers, first_answers in rows:
        index = position.get(week)
        if index is None:
            continue
        bases = weekly_base.setdefault(key, [0] * len(weeks))
        bases[index] += first_answers
        cells = by_value[key][value]
        if not cells:
            cells.extend([0] * len(weeks))
        cells[index] += answers
    published: dict[str, Published] = {}
    for key, bases in weekly_base.items():
        last = publication_index(bases, policy)
        if last < 0:
            published[key] = Published(cutoff=None)
            continue
        published[key] = Published(
            cutoff=weeks[last],
            base=sum(bases[: last + 1]),
            counts={
                value: total
                for value, cells in by_value[key].items()
                if (total := sum(cells[: last + 1])) > 0
            },
        )
    return published


@dataclass(frozen=True)
class ScaleSummary:
    """A five-point question: shares per point, mean and top-2-box, "not applicable" apart."""

    base: int
    not_applicable: int
    counts: dict[int, int]
    mean: Estimate | None
    top2: Estimate | None

    def shares(self) -> list[float]:
        if not self.base:
            return [0.0] * len(SCALE_POINTS)
        return [100 * self.counts.get(p, 0) / self.base for p in SCALE_POINTS]


def scale_summary(published: Published) -> ScaleSummary:
    counts = {p: c for p, c in published.numeric().items() if p in SCALE_POINTS}
    base = sum(counts.values())
    return ScaleSummary(
        base=base,
        not_applicable=published.counts.get(NOT_APPLICABLE, 0),
        counts=counts,
        mean=mean_estimate(counts) if base else None,
        top2=top_box_estimate(counts) if base else None,
    )


def nps_summary(published: Published) -> NpsResult | None:
    scores = {v: c for v, c in published.numeric().items() if 0 <= v <= 10}
    if not sum(scores.values()):
        return None
    return nps_estimate(*nps_counts(scores))


def measure_estimate(statistic: str, published: Published) -> tuple[Estimate | None, int]:
    """(estimate, base) of "nps", "mean" or "top2" on a question's published counts."""
    if statistic == "nps":
        result = nps_summary(published)
        if result is None:
            return None, 0
        return Estimate(result.score, result.low, result.high, result.base), result.base
    summary = scale_summary(published)
    return (summary.mean if statistic == "mean" else summary.top2), summary.base


# --- Fieldwork progress ----------------------------------------------------------------------


@dataclass(frozen=True)
class Fieldwork:
    """Progress of one museum in a period, from its responses in the weeks that ended."""

    completes: int
    target: int
    weeks_done: int
    weeks_total: int
    recent_completes: int
    recent_days: int
    #: Sunday of the last ended week (None before the first week ended).
    as_of_day: dt.date | None
    last_day: dt.date

    @classmethod
    def from_weeks(
        cls, weekly: Sequence[int], target: int, period: Period, snapshot: dt.date | None
    ) -> Fieldwork:
        recent = list(weekly[-RECENT_WEEKS:])
        return cls(
            completes=int(sum(weekly)),
            target=int(target),
            weeks_done=len(weekly),
            weeks_total=period.week_count,
            recent_completes=int(sum(recent)),
            recent_days=7 * len(recent),
            as_of_day=snapshot + dt.timedelta(days=6) if snapshot else None,
            last_day=period.last_day,
        )

    @property
    def progress(self) -> float:
        return 100 * self.completes / self.target if self.target else 0.0

    @property
    def expected(self) -> float | None:
        """Responses expected by now if the target were reached at an even pace."""
        if not self.weeks_total:
            return None
        return self.target * self.weeks_done / self.weeks_total

    @property
    def projected(self) -> dt.date | None:
        if self.as_of_day is None:
            return None
        return projected_completion(
            self.completes, self.target, self.recent_completes, self.recent_days, self.as_of_day
        )

    @property
    def status(self) -> str:
        """reached, on track (projected within the period), behind, or no data."""
        if self.target and self.completes >= self.target:
            return "reached"
        if not self.weeks_done:
            return "no data"
        projected = self.projected
        if projected is not None and projected <= self.last_day:
            return "on track"
        return "behind"


# --- Scores of every museum, for benchmarks -------------------------------------------------


@dataclass(frozen=True)
class MeasureSpec:
    key: str
    label: str
    code: str
    #: "nps", "mean" or "top2".
    statistic: str


def museum_scores(
    counts: pd.DataFrame, code_of: dict[int, str], specs: Sequence[MeasureSpec]
) -> dict[str, pd.DataFrame]:
    """Per measure, a frame of museum_id, score and base for every museum with answers.

    `counts` has museum_id, question_id, value and answers (summed over the period's weeks).
    """
    result: dict[str, pd.DataFrame] = {}
    empty = pd.DataFrame({"museum_id": [], "score": [], "base": []})
    if counts.empty:
        return {spec.key: empty for spec in specs}
    frame = counts.assign(code=counts["question_id"].map(code_of))
    frame = frame[frame["value"] != NOT_APPLICABLE]
    frame = frame.assign(number=pd.to_numeric(frame["value"], errors="coerce"))
    frame = frame[frame["number"].notna()]
    frame = frame.assign(
        answers=frame["answers"].astype(np.int64),
        weighted=frame["number"] * frame["answers"],
        promoter=np.where(frame["number"] >= 9, frame["answers"], 0),
        detractor=np.where(frame["number"] <= 6, frame["answers"], 0),
        top2=np.where(frame["number"] >= 4, frame["answers"], 0),
    )
    grouped = frame.groupby(["code", "museum_id"], sort=False)[
        ["answers", "weighted", "promoter", "detractor", "top2"]
    ].sum()
    for spec in specs:
        if spec.code not in grouped.index.get_level_values(0):
            result[spec.key] = empty
            continue
        part = grouped.loc[spec.code]
        base = part["answers"]
        if spec.statistic == "nps":
            score = 100 * (part["promoter"] - part["detractor"]) / base
        elif spec.statistic == "mean":
            score = part["weighted"] / base
        else:
            score = 100 * part["top2"] / base
        result[spec.key] = pd.DataFrame(
            {"museum_id": part.index.to_numpy(), "score": score.to_numpy(), "base": base.to_numpy()}
        )
    return result
