"""Peer quantiles never show one museum's score; concentrated small groups are withheld."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.derived import (
    concentrated,
    harrell_davis,
    mean_beside_bands_allowed,
    peer_quantiles,
)
from analysis.disclosure import DisclosurePolicy
from analysis.stats import quantile

POLICY = DisclosurePolicy()
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


def test_a_small_group_that_all_gave_one_answer_is_concentrated():
    assert concentrated({"yes": 12, "no": 0}, 12, POLICY)
    assert not concentrated({"yes": 11, "no": 1}, 12, POLICY)
    # From the indicative limit up, "everyone said yes" describes a large group: shown.
    assert not concentrated({"yes": 60}, 60, POLICY)


def test_a_mean_is_withheld_beside_a_hidden_band():
    assert mean_beside_bands_allowed(["", "", ""])
    assert not mean_beside_bands_allowed(["", "small", "complementary"])
