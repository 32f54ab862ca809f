"""Throughput of the free-text scrubber on one core, against plain NFKC normalisation.

Usage: python benchmarks/bench_scrub.py [--comments N] [--rounds R]

Scrubs the comments of the scrubber's development corpus (tests/privacy/scrub_dev.jsonl),
repeated up to N comments, pinned to one CPU where the platform allows it. Each round times the
baseline (``unicodedata.normalize("NFKC", text)`` on every comment: the least any scrubber must
do) and the scrubber, interleaved, so that load on the shared machine affects both alike. Reports
comments per second and CPU microseconds per comment for both (median over the rounds), and their
ratio. The first call (imports of python-stdnum and phonenumbers) is timed separately.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "privacy" / "scrub_dev.jsonl"
sys.path.insert(0, str(ROOT))


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU {core}"
    return "not pinned (no sched_setaffinity on this platform)"


def load_comments(count: int) -> list[str]:
    with CORPUS.open(encoding="utf-8") as lines:
        corpus = [json.loads(line)["text"] for line in lines if line.strip()]
    return [corpus[i % len(corpus)] for i in range(count)]


def timed(function, comments: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds for applying ``function`` to every comment."""
    wall, cpu = time.perf_counter(), time.process_time()
    for comment in comments:
        function(comment)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(pin_to_one_core())
    comments = load_comments(args.comments)

    cpu = time.process_time()
    from survey.privacy import scrub_text

    scrub_text("Call me on +31 6 12345678, NL91ABNA0417164300, jan@example.nl")
    print(f"import and first call: {(time.process_time() - cpu) * 1000:.0f} ms CPU")

    def baseline(text: str) -> str:
        return unicodedata.normalize("NFKC", text)

    results: dict[str, list[tuple[float, float]]] = {"nfkc": [], "scrub": []}
    for _ in range(args.rounds):
        results["nfkc"].append(timed(baseline, comments))
        results["scrub"].append(timed(scrub_text, comments))
    summary = {}
    for name, runs in results.items():
        wall = statistics.median(w for w, _ in runs)
        cpu_per = statistics.median(c for _, c in runs) / len(comments)
        summary[name] = (len(comments) / wall, cpu_per)
        print(
            f"{name:6} {len(comments) / wall:12,.0f} comments/s  {cpu_per * 1e6:9.1f} µs CPU each"
        )
    ratio = summary["scrub"][1] / summary["nfkc"][1]
    print(
        f"scrub / nfkc CPU per comment: {ratio:.0f}x "
        f"({len(comments)} comments, {args.rounds} rounds)"
    )


if __name__ == "__main__":
    main()
