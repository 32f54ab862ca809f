"""Flood benchmark: the n-1 flood against the cell-key table, and rule 3's long property run.

1. The adversary who writes 9 of 10 answers between two releases (analysis.flood), for 2, 3, 5
   and 11 answer values: one batch, four rounds of flooding, and a question's very first
   release; success against chance, and the margin that analysis.flood documents.
2. The rule-3 property (tests/analysis/test_ledger.py) on many more random response streams and
   release requests than `make test` runs: any two releases subtracted never isolate 1-9 people.

    .venv/bin/python benchmarks/bench_flood.py [--trials 4000] [--streams 3000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def flood(trials: int) -> bool:
    from analysis.cellkey import DEFAULT_TABLE
    from analysis.flood import (
        FLOOD_MARGIN,
        FLOOD_MARGIN_FIRST_RELEASE,
        FLOOD_MARGIN_FOUR_ROUNDS,
        flood_success,
    )

    table = DEFAULT_TABLE
    print(f"Flood: {trials:,} trials per cell; sigma {table.sigma}, bound {table.bound}")
    print(f"{'values':>6} {'chance':>7} {'batch':>13} {'4 rounds':>13} {'first release':>14}")
    worst = {"batch": 0.0, "rounds": 0.0, "first": 0.0}
    for options in (2, 3, 5, 11):
        rng = random.Random(options)
        chance = 1 / options
        batch = flood_success(DEFAULT_TABLE, rng, options, "later", trials)
        rounds = flood_success(DEFAULT_TABLE, rng, options, "later", trials, rounds=4)
        first = flood_success(DEFAULT_TABLE, rng, options, "first", trials)
        for key, value in (("batch", batch), ("rounds", rounds), ("first", first)):
            worst[key] = max(worst[key], value - chance)
        print(
            f"{options:>6} {chance:>7.3f} {batch:>7.3f} (+{batch - chance:.3f}) "
            f"{rounds:>6.3f} (+{rounds - chance:.3f}) {first:>7.3f} (+{first - chance:.3f})"
        )
    documented = {
        "batch": FLOOD_MARGIN,
        "rounds": FLOOD_MARGIN_FOUR_ROUNDS,
        "first": FLOOD_MARGIN_FIRST_RELEASE,
    }
    ok = True
    for key, margin in documented.items():
        within = worst[key] <= margin
        ok &= within
        verdict = "ok" if within else "EXCEEDED"
        print(f"worst margin, {key}: +{worst[key]:.3f} (documented {margin:.2f}): {verdict}")
    return ok


def property_run(streams: int) -> bool:
    from tests.analysis.test_ledger import MIN_BASE, isolated_groups, respondents, run_requests

    rng = random.Random(3)
    kinds = ["epoch", "wave_a", "wave_b", "study_epoch", "study_a"]
    started = time.perf_counter()
    releases = failures = 0
    for _ in range(streams):
        counts = [[rng.randrange(15) for _ in range(12)] for _ in range(rng.randrange(1, 4))]
        stream = [
            (rng.choice(kinds), rng.randrange(3), rng.randrange(12))
            for _ in range(rng.randrange(1, 30))
        ]
        published, weekly = run_requests(counts, stream)
        releases += len(published)
        small = isolated_groups(published, weekly)
        tiny = [p for p in published if len(respondents(p, weekly)) < MIN_BASE]
        failures += bool(small or tiny)
    seconds = time.perf_counter() - started
    print(
        f"\nRule 3: {streams:,} random streams, {releases:,} releases published, "
        f"{failures} with a group of 1-{MIN_BASE - 1} isolated ({seconds:.0f} s)"
    )
    return failures == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=4000)
    parser.add_argument("--streams", type=int, default=3000)
    args = parser.parse_args()
    ok = flood(args.trials)
    ok &= property_run(args.streams)
    print("\nall within the documented margins" if ok else "\nSOME MARGINS EXCEEDED")
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
