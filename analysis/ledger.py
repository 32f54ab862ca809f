"""The publication ledger's rules: what a new release may publish, given every earlier release.

A *release* publishes, per *subject* (one question's table, the language mix, ...), the counts of
a *population*: for each museum in it, a run of whole ISO weeks from the series' fixed origin up
to a cut-off week. Figures are cumulative from the origin; nothing ever slides.

Rule 3 (differences): for every subject, the new release's population is compared with the
population of every earlier release of that subject that shares a museum with it (the same
museum in any series, the study, any benchmark). In each direction, the respondents in one
population and not in the other number either 0 or at least the minimum base. Otherwise the
subject keeps the population it had in the series' previous release (the figures are
*carried*, republished unchanged) or, when it had none, stays hidden. Carrying is always safe:
that population was checked against every release before it, and every later release was
checked against it.

The decision is taken on a subject's base (how many respondents its figures describe), never
on a single count cell: a rule like "update a cell once it grew by 10" is a function of the true
small difference inside the table and gives it away. Counts inside a table are perturbed by the
cell key (analysis.cellkey), so the split of a small batch across answer values stays noisy.

Everything here is pure: populations and weekly bases in, decisions out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from analysis.periods import WEEK

#: A population: per museum id, the (first, last) Mondays of the weeks it includes.
Population = Mapping[int, tuple[dt.date, dt.date]]
#: Respondents per (museum id, week Monday) to one subject.
WeeklyBase = Mapping[tuple[int, dt.date], int]

SHOWN = "shown"
CARRIED = "carried"
HIDDEN = "hidden"


def weeks_of(population: Population, museum_id: int) -> set[dt.date]:
    run = population.get(museum_id)
    if run is None:
        return set()
    first, last = run
    return {first + i * WEEK for i in range(max(0, (last - first).days // 7 + 1))}


def base_of(population: Population, weekly: WeeklyBase) -> int:
    """Respondents in a population."""
    return sum(
        weekly.get((museum_id, week), 0)
        for museum_id in population
        for week in weeks_of(population, museum_id)
    )


def not_in(a: Population, b: Population, weekly: WeeklyBase) -> int:
    """Respondents in population `a` and not in population `b`."""
    return sum(
        weekly.get((museum_id, week), 0)
        for museum_id in a
        for week in weeks_of(a, museum_id) - weeks_of(b, museum_id)
    )


def overlaps(a: Population, b: Population) -> bool:
    return any(weeks_of(a, m) & weeks_of(b, m) for m in a.keys() & b.keys())


def difference_is_safe(a: Population, b: Population, weekly: WeeklyBase, min_base: int) -> bool:
    """Subtracting the figures of `b` from those of `a` (or back) isolates no small group."""
    return all(n == 0 or n >= min_base for n in (not_in(a, b, weekly), not_in(b, a, weekly)))


@dataclass(frozen=True)
class Decision:
    status: str
    #: The population whose figures are published (None when hidden).
    population: Population | None
    base: int = 0


def decide_subject(
    candidate: Population,
    previous: Population | None,
    earlier: Iterable[Population],
    weekly: WeeklyBase,
    min_base: int,
) -> Decision:
    """Publish `candidate`, carry `previous` (the series' last published population), or hide.

    `earlier` are the populations of every earlier release of this subject, of any series.
    """
    earlier = list(earlier)
    base = base_of(candidate, weekly)
    if base >= min_base and all(
        difference_is_safe(candidate, other, weekly, min_base)
        for other in earlier
        if candidate.keys() & other.keys()
    ):
        return Decision(SHOWN, dict(candidate), base)
    if previous is not None:
        return Decision(CARRIED, dict(previous), base_of(previous, weekly))
    return Decision(HIDDEN, None, 0)


def same_respondents(a: Population | None, b: Population | None, weekly: WeeklyBase) -> bool:
    """Whether two populations hold the same respondents (weeks without any do not count)."""
    if a is None or b is None:
        return a is None and b is None
    return not_in(a, b, weekly) == 0 and not_in(b, a, weekly) == 0


def pooled_population(populations: Iterable[Population]) -> dict[int, tuple[dt.date, dt.date]]:
    """The study's population of a subject: every museum's own published population.

    Pooling what the museums' releases already show, rather than every museum's latest weeks,
    means the study figure minus the other museums' figures only ever gives back a museum's
    own published population.
    """
    pooled: dict[int, tuple[dt.date, dt.date]] = {}
    for population in populations:
        for museum_id, run in population.items():
            if museum_id in pooled:
                raise ValueError(f"museum {museum_id} is in two of the pooled populations")
            pooled[museum_id] = run
    return pooled


@dataclass
class Ledger:
    """Every earlier release's populations per subject, and the rule that makes the next one.

    Series are named by any hashable key (scope, museum, origin). Built from the stored
    releases before a release is made, so the same code decides in the service and in tests.
    """

    min_base: int
    #: Per subject, (series, population) of every earlier release that published it, in order.
    history: dict[str, list[tuple[object, Population]]] = field(default_factory=dict)

    def previous(self, series: object, subject: str) -> Population | None:
        for earlier_series, population in reversed(self.history.get(subject, [])):
            if earlier_series == series:
                return population
        return None

    def record(self, series: object, subject: str, population: Population | None) -> None:
        if population is not None:
            self.history.setdefault(subject, []).append((series, dict(population)))

    def decide(
        self, series: object, subject: str, candidate: Population, weekly: WeeklyBase
    ) -> Decision:
        earlier = [population for _, population in self.history.get(subject, [])]
        return decide_subject(
            candidate, self.previous(series, subject), earlier, weekly, self.min_base
        )

    def plan(
        self,
        series: object,
        candidates: Mapping[str, Population],
        weekly: Mapping[str, WeeklyBase],
    ) -> dict[str, Decision] | None:
        """Decide every subject of one release; None when no subject would publish anything
        new (such a release is not made)."""
        decisions = {
            subject: self.decide(series, subject, candidate, weekly.get(subject, {}))
            for subject, candidate in candidates.items()
        }
        changed = any(
            d.status == SHOWN
            and not same_respondents(d.population, self.previous(series, s), weekly.get(s, {}))
            for s, d in decisions.items()
        )
        return decisions if changed else None

    def record_release(self, series: object, decisions: Mapping[str, Decision]) -> None:
        for subject, decision in decisions.items():
            self.record(series, subject, decision.population)

    def release(
        self,
        series: object,
        candidates: Mapping[str, Population],
        weekly: Mapping[str, WeeklyBase],
    ) -> dict[str, Decision] | None:
        """Plan one release and record it at once (the pure form, for tests and simulations)."""
        decisions = self.plan(series, candidates, weekly)
        if decisions is not None:
            self.record_release(series, decisions)
        return decisions
