"""The disclosure rules as functions: each test fails if its rule is taken out."""

from __future__ import annotations

import pytest

from analysis.disclosure import (
    DisclosurePolicy,
    base_status,
    decide_benchmark,
    protect_cells,
    publication_index,
    publishable_comments,
)

POLICY = DisclosurePolicy()


def test_minimum_base_can_be_raised_but_never_set_below_five():
    assert DisclosurePolicy(min_base=5).min_base == 5
    assert DisclosurePolicy(min_base=20, indicative_below=50).min_base == 20
    with pytest.raises(ValueError, match="below 5"):
        DisclosurePolicy(min_base=4)
    with pytest.raises(ValueError):
        DisclosurePolicy(min_growth=1)


def test_base_status_hides_below_the_minimum_and_flags_ten_to_forty_nine():
    assert base_status(9, POLICY) == "hidden"
    assert base_status(10, POLICY) == "indicative"
    assert base_status(49, POLICY) == "indicative"
    assert base_status(50, POLICY) == "ok"
    assert base_status(11, DisclosurePolicy(min_base=12)) == "hidden"


def test_small_groups_are_hidden():
    assert protect_cells([40, 9, 30, 0], POLICY, additive=False) == ["", "small", "", ""]


def test_one_hidden_group_takes_a_second_one_with_it_when_groups_add_up_to_the_total():
    # Total 73 is shown: hiding only the 3 would let anyone compute it as 73 - 40 - 30.
    status = protect_cells([40, 3, 30, 0], POLICY, additive=True)
    assert status == ["", "small", "complementary", ""]


def test_hidden_groups_together_reach_the_minimum_base():
    # Two small groups (2 + 3) would reveal that 5 people are in one of them: add the next one.
    status = protect_cells([50, 2, 3, 12, 40], POLICY, additive=True)
    assert status == ["", "small", "small", "complementary", ""]
    hidden = [c for c, s in zip([50, 2, 3, 12, 40], status, strict=True) if s]
    assert len(hidden) >= 2 and sum(hidden) >= POLICY.min_base


def test_complementary_suppression_never_picks_an_empty_group():
    status = protect_cells([0, 4, 0, 60], POLICY, additive=True)
    assert status == ["", "small", "", "complementary"]


def test_groups_of_at_least_the_minimum_stay_visible():
    assert protect_cells([10, 10, 80], POLICY, additive=True) == ["", "", ""]


def test_publication_ladder_moves_only_after_ten_new_respondents():
    # Weeks: 12 (publish), 4, 3 (7 new: wait), 3 (10 new: publish), 9 (wait)
    assert publication_index([12, 4, 3, 3, 9], POLICY) == 3
    assert publication_index([5, 4], POLICY) == -1
    assert publication_index([5, 5], POLICY) == 1


def test_consecutive_published_values_differ_by_at_least_ten_respondents():
    weekly = [3, 8, 1, 0, 12, 2, 2, 2, 2, 2, 7, 1]
    published = [sum(weekly[: publication_index(weekly[:n], POLICY) + 1]) for n in range(1, 13)]
    changes = [b - a for a, b in zip(published, published[1:], strict=False) if b != a]
    assert changes and min(changes) >= 10


def test_benchmark_needs_five_other_museums_and_never_counts_the_museum_itself():
    peers = [(m, 40.0 + m, 100) for m in range(2, 6)]  # four others
    decision = decide_benchmark(1, [(1, 10.0, 100), *peers], POLICY)
    assert not decision.allowed and decision.museums == 4
    decision = decide_benchmark(1, [(1, 10.0, 100), *peers, (6, 30.0, 100)], POLICY)
    assert decision.allowed and decision.museums == 5
    assert 10.0 not in decision.values


def test_benchmark_leaves_out_museums_below_the_minimum_base():
    scores = [(m, 40.0, 100) for m in range(2, 6)] + [(6, 0.0, 9)]
    assert not decide_benchmark(1, scores, POLICY).allowed


def test_benchmark_refused_when_one_museum_gives_over_half_of_the_answers():
    scores = [(m, 40.0, 50) for m in range(2, 6)] + [(6, 10.0, 201)]
    decision = decide_benchmark(1, scores, POLICY)
    assert not decision.allowed and "half" in decision.reason
    scores[-1] = (6, 10.0, 200)  # exactly half is allowed
    assert decide_benchmark(1, scores, POLICY).allowed


def test_comments_need_the_museum_minimum_and_lose_their_order():
    assert publishable_comments(["b", "a"], 9, POLICY) is None
    assert publishable_comments(["b", " ", "A", "c"], 10, POLICY) == ["A", "b", "c"]
