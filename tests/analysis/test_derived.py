"""Peer quantiles never show one museum's score."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.derived import harrell_davis, peer_quantiles
from analysis.stats import quantile

PEERS = [12.0, 31.5, 40.0, 44.2, 58.9]


def test_linear_quartiles_of_five_peers_are_three_peers_exact_scores():
    """The attack on today's estimator: median and quartiles of 5 peers are their scores."""
    assert {quantile(PEERS, q) for q in (0.25, 0.5, 0.75)} <= set(PEERS)


def test_harrell_davis_quartiles_of_five_peers_are_no_peers_score():
    shown = peer_quantiles(PEERS, (0.25, 0.5, 0.75), digits=1)
    assert all(value is not None for value in shown)
    assert not set(shown) & {round(v, 1) for v in PEERS}


def test_harrell_davis_agrees_with_scipy():
    from scipy.stats.mstats import hdquantiles

    for p in (0.25, 0.5, 0.75):
        assert abs(harrell_davis(PEERS, p) - float(hdquantiles(PEERS, prob=[p])[0])) < 1e-9


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.floats(-100, 100, allow_nan=False), min_size=5, max_size=30),
    st.sampled_from([0, 1, 2]),
)
def test_no_displayed_quantile_equals_a_displayed_peer_score(values, digits):
    shown = {round(v, digits) for v in values}
    for value in peer_quantiles(values, (0.25, 0.5, 0.75), digits):
        assert value is None or value not in shown
