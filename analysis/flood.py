"""The n-1 flood, simulated: how often an adversary who writes 9 of 10 answers guesses the 10th.

Two scenarios, both against one question with `options` answer values:

- "later": a museum has earlier respondents; the adversary submits 9 answers he knows in a quiet
  week with one real visitor, then subtracts the release before the batch and his own answers
  from the release after it, and takes the value that grew most;
- "first": the adversary's 9 answers and the visitor's are the whole first release. He knows
  every count but the visitor's and the perturbation table, and takes the most likely value
  (the exact Bayes rule, the best any adversary can do from that release).

With `rounds` > 1 (later only) the adversary keeps flooding: 10 more known answers and another
release each round, averaging the fresh noise of every release (the noise of the release before
the batch stays). Record keys are drawn as at submit; the adversary never sees them.
"""

from __future__ import annotations

import random

from analysis.cellkey import RECORD_KEYS, PerturbationTable, cell_key

#: Documented margins above chance (the default table, measured with benchmarks/bench_flood.py
#: over 2, 3, 5 and 11 answer values): a batch between two releases, the same adversary flooding
#: four rounds, and a batch that is a question's very first release (the worst case: true zeros
#: cannot be made to look like ones without biasing every published count).
FLOOD_MARGIN = 0.08
FLOOD_MARGIN_FOUR_ROUNDS = 0.11
FLOOD_MARGIN_FIRST_RELEASE = 0.17


class _Table:
    """One question's true counts and record-key sums, published through the cell key."""

    def __init__(self, values: list[str]) -> None:
        self.values = values
        self.counts = dict.fromkeys(values, 0)
        self.sums = dict.fromkeys(values, 0)

    def add(self, value: str, rng: random.Random) -> None:
        self.counts[value] += 1
        self.sums[value] += rng.randrange(RECORD_KEYS)

    def publish(self, table: PerturbationTable) -> dict[str, int]:
        base = sum(self.sums.values())
        return {
            v: table.perturb(self.counts[v], cell_key(v, self.sums[v], base)) for v in self.values
        }


def _later(table: PerturbationTable, rng: random.Random, values: list[str], rounds: int) -> bool:
    question = _Table(values)
    for _ in range(rng.randrange(10, 200)):
        question.add(rng.choice(values), rng)
    before = question.publish(table)
    known = dict.fromkeys(values, 0)
    for _ in range(9):
        value = rng.choice(values)
        known[value] += 1
        question.add(value, rng)
    victim = rng.choice(values)
    question.add(victim, rng)
    evidence = dict.fromkeys(values, 0)
    for round_number in range(rounds):
        if round_number:
            for _ in range(10):
                value = rng.choice(values)
                known[value] += 1
                question.add(value, rng)
        after = question.publish(table)
        for v in values:
            evidence[v] += after[v] - before[v] - known[v]
    best = max(evidence.values())
    return rng.choice([v for v in values if evidence[v] == best]) == victim


def _first(table: PerturbationTable, rng: random.Random, values: list[str]) -> bool:
    question = _Table(values)
    known = dict.fromkeys(values, 0)
    for _ in range(9):
        value = rng.choice(values)
        known[value] += 1
        question.add(value, rng)
    victim = rng.choice(values)
    question.add(victim, rng)
    published = question.publish(table)
    likelihood = {}
    for guess in values:
        p = 1.0
        for v in values:
            count = known[v] + (v == guess)
            p *= table.distribution(count).get(published[v], 0.0)
        likelihood[guess] = p
    best = max(likelihood.values())
    return rng.choice([v for v in values if likelihood[v] == best]) == victim


def flood_success(
    table: PerturbationTable,
    rng: random.Random,
    options: int,
    scenario: str,
    trials: int,
    rounds: int = 1,
) -> float:
    """The adversary's rate of naming the visitor's answer; chance is 1 / options."""
    values = [f"v{i}" for i in range(options)]
    if scenario == "later":
        wins = sum(_later(table, rng, values, rounds) for _ in range(trials))
    elif scenario == "first":
        wins = sum(_first(table, rng, values) for _ in range(trials))
    else:
        raise ValueError(f"unknown scenario {scenario!r}")
    return wins / trials
