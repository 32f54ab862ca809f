"""From published answer counts to measures: distributions, NPS, means, top-2-box, benchmarks.

Counts arrive per question and answer value (the weekly snapshot tables summed over weeks);
`publish` applies the publication ladder of the disclosure layer first, so every measure here
is computed on counts that may be published.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from analysis.disclosure import DisclosurePolicy, publication_index
from analysis.i18n import N_
from analysis.i18n import gettext as _
from analysis.periods import Period
from analysis.stats import (
    Estimate,
    NpsResult,
    mean_estimate,
    mean_from_moments,
    nps_counts,
    nps_estimate,
    projected_completion,
    proportion_estimate,
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
        answered = sum(self.counts.values())
        if not self.base or not answered:
            return [0.0] * len(SCALE_POINTS)
        return [100 * self.counts.get(p, 0) / answered for p in SCALE_POINTS]


def respondents(published: Published, answered: int, left_out: int = 0) -> int:
    """The base of a statistic: the published number of respondents who answered the question
    (less those left out, such as "not applicable"), else the sum of the published counts.

    Released counts carry noise; the number of respondents is released exactly, so the base
    and the minimum-base rules use it, while shares and means come from the counts.
    """
    if published.base:
        return max(0, published.base - left_out)
    return answered


def scale_summary(published: Published) -> ScaleSummary:
    counts = {p: c for p, c in published.numeric().items() if p in SCALE_POINTS}
    base = respondents(published, sum(counts.values()), published.counts.get(NOT_APPLICABLE, 0))
    # Released counts carry noise: a base of respondents can stand beside scale counts that all
    # came out as zero (everyone answered "not applicable"), and then there is no share to give.
    answered = base and sum(counts.values())
    return ScaleSummary(
        base=base,
        not_applicable=published.counts.get(NOT_APPLICABLE, 0),
        counts=counts,
        mean=mean_estimate(counts) if answered else None,
        top2=top_box_estimate(counts) if answered else None,
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
        base = respondents(published, result.base)
        return Estimate(result.score, result.low, result.high, base), base
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


@dataclass(frozen=True)
class ScoreSums:
    """Sums over a museum's (or the study's) numeric answers to one question."""

    answers: int = 0
    total: int = 0
    squares: int = 0
    promoters: int = 0
    detractors: int = 0
    top_two: int = 0

    def __add__(self, other: ScoreSums) -> ScoreSums:
        return ScoreSums(
            self.answers + other.answers,
            self.total + other.total,
            self.squares + other.squares,
            self.promoters + other.promoters,
            self.detractors + other.detractors,
            self.top_two + other.top_two,
        )

    def score(self, statistic: str) -> float | None:
        if not self.answers:
            return None
        if statistic == "nps":
            return 100 * (self.promoters - self.detractors) / self.answers
        if statistic == "mean":
            return self.total / self.answers
        return 100 * self.top_two / self.answers

    def estimate(self, statistic: str) -> Estimate | None:
        if not self.answers:
            return None
        if statistic == "nps":
            passives = self.answers - self.promoters - self.detractors
            result = nps_estimate(self.promoters, passives, self.detractors)
            return Estimate(result.score, result.low, result.high, result.base)
        if statistic == "mean":
            return mean_from_moments(self.answers, self.total, self.squares)
        return proportion_estimate(self.top_two, self.answers)


def sums_by_code(
    rows: Iterable[Sequence[int]], code_of: dict[int, str]
) -> dict[str, dict[int, ScoreSums]]:
    """{question code: {museum id: sums}}, versions of a core question added together."""
    result: dict[str, dict[int, ScoreSums]] = defaultdict(dict)
    for museum_id, question_id, *sums in rows:
        code = code_of.get(question_id)
        if code is None:
            continue
        by_museum = result[code]
        earlier = by_museum.get(museum_id)
        by_museum[museum_id] = ScoreSums(*sums) if earlier is None else earlier + ScoreSums(*sums)
    return result


def museum_scores(
    sums: dict[str, dict[int, ScoreSums]], specs: Sequence[MeasureSpec]
) -> dict[str, list[tuple[int, float, int]]]:
    """Per measure, (museum id, score, base) of every museum with answers."""
    return {
        spec.key: [
            (museum_id, s.score(spec.statistic), s.answers)
            for museum_id, s in sums.get(spec.code, {}).items()
            if s.answers
        ]
        for spec in specs
    }


def pooled(sums: dict[str, dict[int, ScoreSums]], code: str) -> ScoreSums:
    """The sums of all museums together."""
    total = ScoreSums()
    for museum_sums in sums.get(code, {}).values():
        total = total + museum_sums
    return total


#: Headline measures, each with an interval, the previous period and benchmarks.
HEADLINE = (
    MeasureSpec("nps", N_("Net Promoter Score"), "nps", "nps"),
    MeasureSpec(
        "satisfaction_mean", N_("Overall satisfaction (mean 1–5)"), "satisfaction_overall", "mean"
    ),
    MeasureSpec(
        "satisfaction_top2",
        N_("Overall satisfaction (%% good or very good)"),
        "satisfaction_overall",
        "top2",
    ),
    MeasureSpec("return_mean", N_("Intention to return (mean 1–5)"), "return_intent", "mean"),
    MeasureSpec(
        "return_top2", N_("Intention to return (%% likely or very likely)"), "return_intent", "top2"
    ),
)
#: How a fieldwork status reads (the status itself stays a stable key for code).
STATUS_LABELS = {
    "reached": N_("reached"),
    "on track": N_("on track"),
    "behind": N_("behind"),
    "no data": N_("no data"),
}


def status_label(status: str) -> str:
    """A fieldwork status in the report's language."""
    return _(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def headline_specs() -> list[MeasureSpec]:
    """The headline measures with their labels in the report's language."""
    return [dataclasses.replace(spec, label=_(spec.label)) for spec in HEADLINE]
