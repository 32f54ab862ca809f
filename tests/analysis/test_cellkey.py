"""Cell-key perturbation, and the n-1 flood it exists to defeat."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.cellkey import (
    DEFAULT_TABLE,
    RECORD_KEYS,
    PerturbationTable,
    cell_key,
    perturb_table,
)
from analysis.flood import FLOOD_MARGIN, FLOOD_MARGIN_FIRST_RELEASE, flood_success

VALUES = ("a", "b", "c", "d", "e")


@given(st.integers(0, 500), st.integers(0, RECORD_KEYS - 1))
def test_no_published_count_is_negative_or_further_than_the_bound(count, key):
    published = DEFAULT_TABLE.perturb(count, key)
    assert published >= 0
    assert abs(published - count) <= DEFAULT_TABLE.bound


def test_noise_on_large_counts_has_mean_zero_and_the_documented_variance():
    noises = [DEFAULT_TABLE.noise(200, key) for key in range(RECORD_KEYS)]
    assert abs(sum(noises) / RECORD_KEYS) < 0.05
    assert 8.5 < DEFAULT_TABLE.variance() < 9.5  # sigma 3


def test_the_same_population_is_always_published_with_the_same_figures():
    counts, sums = {"a": 12, "b": 3}, {"a": 1500, "b": 300}
    first = perturb_table(counts, sums, 1800, VALUES)
    assert perturb_table(counts, sums, 1800, VALUES) == first
    assert set(first) == set(VALUES)


def test_one_more_respondent_gives_fresh_noise_in_every_cell_not_only_hers():
    rng = random.Random(7)
    changed = {value: 0 for value in VALUES}
    trials = 400
    for _ in range(trials):
        sums = {v: rng.randrange(RECORD_KEYS * 20) for v in VALUES}
        counts = dict.fromkeys(VALUES, 20)
        base = sum(sums.values())
        before = perturb_table(counts, sums, base, VALUES)
        key = rng.randrange(RECORD_KEYS)
        after = perturb_table(
            {**counts, "a": 21}, {**sums, "a": sums["a"] + key}, base + key, VALUES
        )
        for value in VALUES:
            changed[value] += before[value] != after[value]
    # Cells nobody joined change about as often as a fresh draw would.
    for value in VALUES[1:]:
        assert changed[value] / trials > 0.75


def test_no_count_is_biased_and_zeros_are_raised_only_a_little():
    for count in range(1, 30):
        distribution = DEFAULT_TABLE.distribution(count)
        assert abs(sum(y * p for y, p in distribution.items()) - count) < 1e-6
    zero = DEFAULT_TABLE.distribution(0)
    assert 0.5 < sum(y * p for y, p in zero.items()) < 1.2


def test_zero_counts_are_perturbed_too():
    published = {DEFAULT_TABLE.perturb(0, cell_key("b", 0, base)) for base in range(0, 5000, 37)}
    assert len(published) > 3


def test_a_flooder_with_nine_of_ten_answers_learns_little_about_the_tenth():
    """The n-1 flood: 9 known answers and one real visitor between two releases."""
    rng = random.Random(2026)
    margins = {"later": FLOOD_MARGIN, "first": FLOOD_MARGIN_FIRST_RELEASE}
    for options in (2, 5, 11):
        chance = 1 / options
        for scenario, margin in margins.items():
            success = flood_success(DEFAULT_TABLE, rng, options, scenario, trials=700)
            # The documented margin, plus 0.055 for sampling error (3 standard errors).
            assert success <= chance + margin + 0.055, (options, scenario, success)


def test_without_noise_the_flooder_always_wins():
    rng = random.Random(1)
    table = PerturbationTable(sigma=0)
    assert flood_success(table, rng, 5, "later", trials=200) == 1.0
    assert flood_success(table, rng, 5, "first", trials=200) == 1.0


@settings(max_examples=50, deadline=None)
@given(st.integers(1, 60), st.integers(0, 10_000), st.integers(0, 100_000))
def test_cell_keys_are_in_range_and_deterministic(count, cell_sum, base_sum):
    key = cell_key(str(count), cell_sum, base_sum)
    assert 0 <= key < RECORD_KEYS
    assert key == cell_key(str(count), cell_sum, base_sum)
