"""Survey statistics on aggregate counts: intervals, NPS, percentile ranks, projections.

Every function takes counts (never respondent rows) and returns plain floats, so the same code
serves a museum, a peer group and the whole study. Intervals are 95% unless a `z` is given.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

#: Two-sided 95% quantile of the standard normal distribution.
Z95 = 1.959963984540054

#: NPS answer bands on the 0-10 scale.
PROMOTER_MIN = 9
DETRACTOR_MAX = 6


@dataclass(frozen=True)
class Estimate:
    """A point estimate with its 95% interval and the number of answers it rests on."""

    value: float
    low: float
    high: float
    base: int

    @property
    def margin(self) -> float:
        """Half the width of the interval (symmetric intervals; Wilson's is nearly so)."""
        return (self.high - self.low) / 2


def margin_of_error(n: int, proportion: float = 0.5, z: float = Z95) -> float | None:
    """Margin of error of a proportion in percentage points; the worst case (0.5) by default.

    No finite population correction: a museum's visitors far outnumber its respondents.
    """
    if n <= 0:
        return None
    return 100 * z * math.sqrt(proportion * (1 - proportion) / n)


def wilson_interval(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion, as fractions in [0, 1].

    Unlike the normal approximation it stays inside [0, 1] and behaves at small bases and at
    shares near 0% or 100%, which is where indicative museum results live.
    """
    if n <= 0:
        raise ValueError("a proportion needs at least one answer")
    if not 0 <= successes <= n:
        raise ValueError("successes must lie between 0 and n")
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def proportion_estimate(successes: int, n: int) -> Estimate:
    """A share in percent with its Wilson interval."""
    low, high = wilson_interval(successes, n)
    return Estimate(100 * successes / n, 100 * low, 100 * high, n)


def t_quantile_975(df: int) -> float:
    """Two-sided 95% quantile of Student's t (Cornish-Fisher expansion; error < 1e-3 from df 4).

    Keeps scipy out of the runtime dependencies; tests compare it with scipy.
    """
    if df < 1:
        raise ValueError("degrees of freedom must be positive")
    if df == 1:
        return 12.706204736174698
    if df == 2:
        return 4.302652729749464
    z = Z95
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


def mean_estimate(distribution: Mapping[int, int]) -> Estimate | None:
    """Mean of a numeric answer with a t interval, from {value: respondents}."""
    n = sum(distribution.values())
    if n == 0:
        return None
    total = sum(value * count for value, count in distribution.items())
    mean = total / n
    if n == 1:
        return Estimate(mean, mean, mean, 1)
    squares = sum(count * (value - mean) ** 2 for value, count in distribution.items())
    sd = math.sqrt(squares / (n - 1))
    half = t_quantile_975(n - 1) * sd / math.sqrt(n)
    return Estimate(mean, mean - half, mean + half, n)


def mean_from_moments(n: int, total: float, squares: float) -> Estimate | None:
    """Mean with a t interval from the count, sum and sum of squares of the answers."""
    if n <= 0:
        return None
    mean = total / n
    if n == 1:
        return Estimate(mean, mean, mean, 1)
    variance = max(0.0, (squares - total * total / n) / (n - 1))
    half = t_quantile_975(n - 1) * math.sqrt(variance / n)
    return Estimate(mean, mean - half, mean + half, n)


def top_box_estimate(distribution: Mapping[int, int], top: Iterable[int] = (4, 5)) -> Estimate:
    """Share answering in the top boxes (4 or 5 on a five-point scale), with a Wilson interval."""
    n = sum(distribution.values())
    successes = sum(distribution.get(value, 0) for value in top)
    return proportion_estimate(successes, n)


@dataclass(frozen=True)
class NpsResult:
    score: float
    low: float
    high: float
    base: int
    promoters: int
    passives: int
    detractors: int

    @property
    def margin(self) -> float:
        return (self.high - self.low) / 2


def nps_counts(distribution: Mapping[int, int]) -> tuple[int, int, int]:
    """(promoters, passives, detractors) from {score 0-10: respondents}."""
    promoters = sum(c for v, c in distribution.items() if v >= PROMOTER_MIN)
    detractors = sum(c for v, c in distribution.items() if v <= DETRACTOR_MAX)
    passives = sum(distribution.values()) - promoters - detractors
    return promoters, passives, detractors


def nps_estimate(promoters: int, passives: int, detractors: int, z: float = Z95) -> NpsResult:
    """Net Promoter Score (-100..100) with its margin from the standard NPS variance.

    With p and d the promoter and detractor shares, Var(NPS) = ((p + d) - (p - d)^2) / n on the
    -1..1 scale: the variance of a variable worth +1 for a promoter, 0 for a passive and -1 for a
    detractor. Simple and widely used; it is a normal approximation, so low bases are flagged.
    """
    n = promoters + passives + detractors
    if n <= 0:
        raise ValueError("an NPS needs at least one answer")
    p, d = promoters / n, detractors / n
    score = p - d
    variance = max(0.0, (p + d) - score**2) / n
    half = z * math.sqrt(variance)
    return NpsResult(
        100 * score,
        100 * max(-1.0, score - half),
        100 * min(1.0, score + half),
        n,
        promoters,
        passives,
        detractors,
    )


def percentile_rank(value: float, others: Sequence[float]) -> float | None:
    """Share of the other museums scoring below `value`, ties counting half, in percent.

    Matches scipy.stats.percentileofscore(others, value, kind="mean").
    """
    if not others:
        return None
    below = sum(1 for other in others if other < value)
    equal = sum(1 for other in others if other == value)
    return 100 * (below + 0.5 * equal) / len(others)


def quantile(values: Sequence[float], q: float) -> float:
    """Linear-interpolation quantile (numpy's default), for medians and quartiles of museums."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    lower = math.floor(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def projected_completion(
    completes: int, target: int, recent_completes: int, recent_days: int, as_of: dt.date
) -> dt.date | None:
    """Date the target is reached at the recent daily rate; `as_of` itself when already reached.

    None when nothing came in recently, so no rate can be projected.
    """
    if completes >= target:
        return as_of
    if recent_days <= 0 or recent_completes <= 0:
        return None
    rate = recent_completes / recent_days
    return as_of + dt.timedelta(days=math.ceil((target - completes) / rate))
