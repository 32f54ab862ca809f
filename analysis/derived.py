"""Rules for statistics derived from published counts: peer quantiles and concentration.

Peer quantiles (rule 4). A median or quartile of five museums by linear interpolation *is* one
museum's score (or the mean of two). The Harrell-Davis estimator is a weighted average of all
the order statistics instead (weights from the Beta((n+1)p, (n+1)(1-p)) distribution), so no
single museum's score comes out. Should the weighted average still round to a contributing
museum's displayed score, that quantile is withheld: a reader can never take a displayed
quantile for a museum's score.

Concentration (rule 6). In a group of fewer than the indicative limit (50), a breakdown in which
every respondent gave the same answer tells each of them what the others answered (attribute
disclosure): such a table is withheld as a whole, together with any mean or interval computed
on it. A mean of a number question is withheld while any band of its distribution is hidden,
since the mean and the shown bands together can pin the hidden answers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from analysis.disclosure import DisclosurePolicy


def harrell_davis(values: Sequence[float], probability: float) -> float:
    """The Harrell-Davis estimate of the `probability` quantile of `values`."""
    from scipy.special import betainc  # imported on use: report imports stay light

    if not values:
        raise ValueError("no values")
    if not 0 < probability < 1:
        raise ValueError("the quantile's probability lies strictly between 0 and 1")
    ordered = sorted(float(v) for v in values)
    n = len(ordered)
    a, b = probability * (n + 1), (1 - probability) * (n + 1)
    cdf = [float(betainc(a, b, i / n)) for i in range(n + 1)]
    return sum(x * (cdf[i + 1] - cdf[i]) for i, x in enumerate(ordered))


def peer_quantiles(
    values: Sequence[float],
    probabilities: Sequence[float],
    digits: int,
) -> list[float | None]:
    """Quantiles of peer scores for display at `digits`, None where one would equal a peer's
    displayed score."""
    shown = {round(float(v), digits) for v in values}
    out: list[float | None] = []
    for probability in probabilities:
        estimate = round(harrell_davis(values, probability), digits)
        out.append(None if estimate in shown else estimate)
    return out


def concentrated(counts: Mapping[str, int], base: int, policy: DisclosurePolicy) -> bool:
    """True when a small group all gave one answer (rule 6: attribute disclosure)."""
    return 0 < base < policy.indicative_below and any(c >= base for c in counts.values())


def mean_beside_bands_allowed(band_statuses: Sequence[str]) -> bool:
    """A mean may stand next to a banded distribution only when no band is hidden."""
    return not any(band_statuses)
