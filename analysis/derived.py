"""Rules for statistics derived from published counts: peer quantiles and concentration.

Peer quantiles (rule 4). A median or quartile of five museums by linear interpolation *is* one
museum's score (or the mean of two). The Harrell-Davis estimator is a weighted average of all
the order statistics instead (weights from the Beta((n+1)p, (n+1)(1-p)) distribution), so no
single museum's score comes out. Should the weighted average still round to a contributing
museum's displayed score, that quantile is withheld: a reader can never take a displayed
quantile for a museum's score.

Derived statistics (rule 6) need no rule of their own here: every mean, share, NPS and interval
is computed from released, perturbed counts only, so none can pin a hidden value exactly. A
number question is released in bands and its mean is not published at all (a mean next to
hidden bands gives the hidden answers back). A small group in which everyone gave the same
answer (attribute disclosure) is not withheld either: withholding exactly those tables would
itself say "they all answered alike"; the noise means no published table can confirm it.
"""

from __future__ import annotations

from collections.abc import Sequence


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
