"""Statistics against known values: scipy where it has the same statistic, worked examples else."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
from scipy import stats as scipy_stats

from analysis.stats import (
    margin_of_error,
    mean_estimate,
    mean_from_moments,
    nps_counts,
    nps_estimate,
    percentile_rank,
    projected_completion,
    quantile,
    t_quantile_975,
    top_box_estimate,
    wilson_interval,
)


@pytest.mark.parametrize(
    ("successes", "n"),
    [(0, 10), (1, 10), (5, 10), (10, 10), (3, 12), (81, 263), (412, 500), (1, 1000), (49, 50)],
)
def test_wilson_interval_matches_scipy(successes, n):
    expected = scipy_stats.binomtest(successes, n).proportion_ci(0.95, method="wilson")
    low, high = wilson_interval(successes, n)
    assert low == pytest.approx(expected.low, abs=1e-9)
    assert high == pytest.approx(expected.high, abs=1e-9)


def test_wilson_interval_known_values():
    # Newcombe (1998), table I: 81 of 263 gives 0.2553 to 0.3662.
    assert wilson_interval(81, 263) == pytest.approx((0.2553, 0.3662), abs=5e-5)
    # No successes still gives an upper bound: 0 of 10 gives 0 to 0.2775.
    assert wilson_interval(0, 10) == pytest.approx((0.0, 0.2775), abs=5e-5)


def test_wilson_interval_refuses_impossible_counts():
    with pytest.raises(ValueError):
        wilson_interval(0, 0)
    with pytest.raises(ValueError):
        wilson_interval(11, 10)


def test_top_box_uses_the_two_highest_points_with_a_wilson_interval():
    estimate = top_box_estimate({1: 5, 2: 10, 3: 20, 4: 40, 5: 25})
    low, high = wilson_interval(65, 100)
    assert (estimate.value, estimate.low, estimate.high, estimate.base) == pytest.approx(
        (65.0, 100 * low, 100 * high, 100)
    )


def test_nps_margin_worked_example():
    # 50 promoters, 30 passives, 20 detractors: NPS 30; Var = (0.7 - 0.3^2) / 100 = 0.0061;
    # margin = 1.96 * sqrt(0.0061) = 0.1531, i.e. 15.3 points.
    result = nps_estimate(50, 30, 20)
    assert result.score == pytest.approx(30.0)
    assert result.margin == pytest.approx(15.31, abs=0.01)
    assert (result.low, result.high) == pytest.approx((14.69, 45.31), abs=0.01)


def test_nps_margin_second_worked_example():
    # 40/35/25 of 100: NPS 15, Var = (0.65 - 0.0225) / 100 = 0.006275, margin 15.53 points.
    result = nps_estimate(40, 35, 25)
    assert result.score == pytest.approx(15.0)
    assert result.margin == pytest.approx(1.959964 * math.sqrt(0.006275) * 100, abs=1e-4)
    assert result.margin == pytest.approx(15.53, abs=0.01)


def test_nps_variance_is_that_of_the_plus_one_zero_minus_one_variable():
    scores = np.array([1] * 130 + [0] * 45 + [-1] * 25)
    result = nps_estimate(130, 45, 25)
    expected_half = 1.959964 * scores.std() / math.sqrt(len(scores)) * 100
    assert result.margin == pytest.approx(expected_half, rel=1e-5)


def test_nps_bands_split_the_zero_to_ten_scale_at_six_and_nine():
    assert nps_counts({0: 1, 6: 2, 7: 3, 8: 4, 9: 5, 10: 6}) == (11, 7, 3)


@pytest.mark.parametrize("value", [10.0, 35.5, 40.0, 3.9, 100.0, -20.0])
def test_percentile_rank_matches_scipy_mean_kind(value):
    others = [3.9, 10.0, 10.0, 22.5, 35.5, 40.0, 40.0, 40.0, 51.0]
    expected = scipy_stats.percentileofscore(others, value, kind="mean")
    assert percentile_rank(value, others) == pytest.approx(expected)


def test_percentile_rank_counts_ties_as_half():
    assert percentile_rank(5.0, [1.0, 5.0, 9.0, 9.0]) == pytest.approx(37.5)
    assert percentile_rank(5.0, []) is None


@pytest.mark.parametrize("q", [0.25, 0.5, 0.75])
def test_quantile_matches_numpy(q):
    values = [4.1, 3.2, 3.9, 4.4, 3.7, 4.0, 3.3]
    assert quantile(values, q) == pytest.approx(np.percentile(values, 100 * q))


@pytest.mark.parametrize("df", [4, 5, 9, 19, 49, 199])
def test_t_quantile_is_close_to_scipy(df):
    assert t_quantile_975(df) == pytest.approx(scipy_stats.t.ppf(0.975, df), abs=1e-3)


def test_mean_interval_matches_scipy_t_interval():
    distribution = {1: 2, 2: 4, 3: 10, 4: 20, 5: 14}
    values = np.repeat(list(distribution), list(distribution.values()))
    low, high = scipy_stats.t.interval(
        0.95, len(values) - 1, loc=values.mean(), scale=scipy_stats.sem(values)
    )
    estimate = mean_estimate(distribution)
    assert estimate.value == pytest.approx(values.mean())
    assert (estimate.low, estimate.high) == pytest.approx((low, high), abs=1e-3)


def test_margin_of_error_at_the_worst_case_proportion():
    # 400 respondents: 1.96 * sqrt(0.25 / 400) = 4.9 percentage points.
    assert margin_of_error(400) == pytest.approx(4.9, abs=0.01)
    assert margin_of_error(100) == pytest.approx(9.8, abs=0.01)
    assert margin_of_error(0) is None


def test_projection_at_the_recent_daily_rate():
    as_of = dt.date(2026, 3, 1)
    # 280 of 400 done, 140 in the last 28 days: 5 a day, 120 to go: 24 days.
    assert projected_completion(280, 400, 140, 28, as_of) == dt.date(2026, 3, 25)
    assert projected_completion(400, 400, 0, 28, as_of) == as_of
    assert projected_completion(10, 400, 0, 28, as_of) is None


def test_mean_from_sums_equals_the_mean_from_the_distribution():
    distribution = {1: 3, 2: 7, 3: 11, 4: 30, 5: 19}
    n = sum(distribution.values())
    total = sum(v * c for v, c in distribution.items())
    squares = sum(v * v * c for v, c in distribution.items())
    assert mean_from_moments(n, total, squares) == pytest.approx(mean_estimate(distribution))
    assert mean_from_moments(0, 0, 0) is None


def test_a_scale_whose_released_counts_are_all_zero_has_no_share_and_no_mean():
    """A base of respondents beside all-zero released scale counts (everyone said "not
    applicable", and the noise kept every point at zero) gives no share rather than an error."""
    from analysis.measures import Published, scale_summary

    published = Published(cutoff=None, counts={"na": 3}, base=10)
    summary = scale_summary(published)
    assert summary.top2 is None
    assert summary.mean is None
