"""Rule 3 of the publication ledger: subtracting any two releases never isolates 1-9 people.

The adversary here does not trust the ledger's own arithmetic: it numbers every respondent,
builds each published population as a set of respondents, and subtracts every pair.
"""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ledger import CARRIED, HIDDEN, SHOWN, Ledger, decide_subject, pooled_population
from analysis.periods import WEEK

ORIGIN = dt.date(2026, 1, 5)
MIN_BASE = 10


def monday(index: int) -> dt.date:
    return ORIGIN + index * WEEK


def respondents(population, weekly) -> set[tuple[int, dt.date, int]]:
    """Every respondent of a population as (museum, week, number in that week)."""
    people = set()
    for museum_id, (first, last) in population.items():
        week = first
        while week <= last:
            people |= {(museum_id, week, i) for i in range(weekly.get((museum_id, week), 0))}
            week += WEEK
    return people


def isolated_groups(published, weekly) -> list[int]:
    """Sizes 1..MIN_BASE-1 of any group an adversary gets by subtracting two releases."""
    small = []
    for a, b in itertools.combinations(published, 2):
        people_a, people_b = respondents(a, weekly), respondents(b, weekly)
        for group in (people_a - people_b, people_b - people_a):
            if 0 < len(group) < MIN_BASE:
                small.append(len(group))
    return small


def test_the_rolling_year_dropping_a_week_of_four_is_refused_and_carried():
    # The old design: last year's release covered weeks 0-51, this week's would cover 1-52.
    weekly = {(1, monday(0)): 4, **{(1, monday(i)): 30 for i in range(1, 53)}}
    last_year = {1: (monday(0), monday(51))}
    sliding = {1: (monday(1), monday(52))}
    decision = decide_subject(sliding, last_year, [last_year], weekly, MIN_BASE)
    assert decision.status == CARRIED
    assert decision.population == last_year
    # Cumulative from the fixed origin, the new week is 30 people: published.
    cumulative = {1: (monday(0), monday(52))}
    assert decide_subject(cumulative, last_year, [last_year], weekly, MIN_BASE).status == SHOWN


def test_a_week_of_four_new_respondents_does_not_move_the_figures():
    weekly = {(1, monday(0)): 25, (1, monday(1)): 4}
    first = {1: (monday(0), monday(0))}
    ledger = Ledger(MIN_BASE)
    assert ledger.release("museum", {"q": first}, {"q": weekly})["q"].status == SHOWN
    assert ledger.release("museum", {"q": {1: (monday(0), monday(1))}}, {"q": weekly}) is None


def test_a_second_series_that_differs_by_a_small_group_is_held_back():
    # A wave starting in week 1, beside the museum's series from week 0 (3 people in week 0).
    weekly = {(1, monday(0)): 3, (1, monday(1)): 40}
    ledger = Ledger(MIN_BASE)
    ledger.release("epoch", {"q": {1: (monday(0), monday(1))}}, {"q": weekly})
    decisions = ledger.release("wave", {"q": {1: (monday(1), monday(1))}}, {"q": weekly})
    assert decisions is None or decisions["q"].status == HIDDEN


def test_a_study_release_pools_only_what_the_museums_published():
    pooled = pooled_population([{1: (monday(0), monday(3))}, {2: (monday(0), monday(1))}])
    assert pooled == {1: (monday(0), monday(3)), 2: (monday(0), monday(1))}


weekly_counts = st.lists(st.integers(0, 14), min_size=12, max_size=12)
requests = st.lists(
    st.tuples(
        st.sampled_from(["epoch", "wave_a", "wave_b", "study_epoch", "study_a"]),
        st.integers(0, 2),
        st.integers(0, 11),
    ),
    min_size=1,
    max_size=25,
)
WAVES = {"epoch": (0, 11), "wave_a": (2, 7), "wave_b": (8, 11)}


def run_requests(counts_per_museum, stream):
    """Make the requested releases; returns every published population and the weekly base."""
    weekly = {
        (museum_id, monday(week)): count
        for museum_id, counts in enumerate(counts_per_museum)
        for week, count in enumerate(counts)
    }
    ledger = Ledger(MIN_BASE)
    published = []
    for kind, museum_id, as_of in stream:
        if kind.startswith("study_"):
            series_kind = "epoch" if kind == "study_epoch" else "wave_a"
            parts = [ledger.previous((series_kind, m), "q") for m in range(len(counts_per_museum))]
            candidate = pooled_population(p for p in parts if p)
            series = ("study", series_kind)
            if not candidate:
                continue
        else:
            first, last = WAVES[kind]
            if as_of < first:
                continue
            candidate = {museum_id: (monday(first), monday(min(as_of, last)))}
            series = (kind, museum_id)
        decisions = ledger.release(series, {"q": candidate}, {"q": weekly})
        if decisions and decisions["q"].population is not None:
            published.append(decisions["q"].population)
    return published, weekly


@settings(max_examples=150, deadline=None)
@given(st.lists(weekly_counts, min_size=1, max_size=3), requests)
def test_no_two_releases_differ_by_a_small_group(counts_per_museum, stream):
    published, weekly = run_requests(counts_per_museum, stream)
    assert isolated_groups(published, weekly) == []
    for population in published:
        assert len(respondents(population, weekly)) >= MIN_BASE


def test_the_adversary_finds_small_groups_when_the_ledger_is_bypassed():
    """The property test can fail: a release made without the rule leaks a week of four."""
    weekly = {(1, monday(0)): 20, (1, monday(1)): 4}
    published = [{1: (monday(0), monday(0))}, {1: (monday(0), monday(1))}]
    assert isolated_groups(published, weekly) == [4]
