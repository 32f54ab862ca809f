"""Throughput of the personal-data linter on one core, and the cost of importing it.

Usage: python benchmarks/bench_linter.py [--questions N] [--repeats R]

Lints the labelled development corpus (tests/privacy/corpus*.jsonl) repeated up to N questions,
pinned to one CPU where the platform allows it, in its declared languages. Throughput is measured
as CPU time of this thread (``time.thread_time``, so waiting for a shared core does not count),
in R rounds that interleave the linter with a baseline over the same questions (normalising and
splitting each text into words: the least any linter must do), and reports the linter's CPU per
question, questions per CPU-second (target: at least 5,000 on one core) and its ratio to the
baseline, which cancels the speed of the machine. Then times
fresh interpreters: ``python -c pass`` as the baseline, ``import survey`` (the application package
the linter lives in) and ``import survey.privacy.linter``, each the median of several runs, and
reports what importing the linter adds, in milliseconds and as a ratio to the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = sorted((ROOT / "tests" / "privacy").glob("corpus*.jsonl"))
TARGET_PER_SECOND = 5_000
sys.path.insert(0, str(ROOT))


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU {core}"
    return "not pinned (no sched_setaffinity on this platform)"


def load_questions(count: int) -> list[dict]:
    corpus = []
    for path in CORPORA:
        with path.open(encoding="utf-8") as lines:
            corpus.extend(json.loads(line) for line in lines if line.strip())
    return [corpus[i % len(corpus)] for i in range(count)]


def lint_all(questions: list[dict]) -> float:
    """CPU seconds of this thread to lint every question."""
    from survey.privacy.linter import lint_question

    start = time.thread_time()
    for question in questions:
        lint_question(
            question["text"],
            options=question.get("options", ()),
            help_text=question.get("help", ""),
            lang=question.get("lang"),
        )
    return time.thread_time() - start


def baseline_all(questions: list[dict]) -> float:
    """CPU seconds to normalise every field and split it into words."""
    from survey.privacy.normalise import normalise

    word = re.compile(r"[a-z0-9]+")
    start = time.thread_time()
    for question in questions:
        for text in (question["text"], question.get("help", ""), *question.get("options", ())):
            word.findall(normalise(text).text)
    return time.thread_time() - start


def interleaved(questions: list[dict], rounds: int) -> tuple[float, float]:
    """Best CPU seconds of the linter and of the baseline, run alternately ``rounds`` times."""
    linter, baseline = [], []
    for _ in range(rounds):
        baseline.append(baseline_all(questions))
        linter.append(lint_all(questions))
    return min(linter), min(baseline)


def fresh_interpreter_seconds(codes: list[str], runs: int, pycache: str) -> dict[str, float]:
    """Median wall time of ``python -c CODE`` for each code, runs interleaved so that load on
    the machine affects all of them alike."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=pycache)
    timings: dict[str, list[float]] = {code: [] for code in codes}
    for _ in range(runs):
        for code in codes:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env)
            timings[code].append(time.perf_counter() - start)
    return {code: statistics.median(values) for code, values in timings.items()}


def importtime_milliseconds(runs: int, pycache: str) -> tuple[float, float]:
    """Cumulative import times reported by ``python -X importtime`` (median of ``runs``): of the
    survey package, and of survey.privacy.linter minus the survey package it sits in."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=pycache)
    package, linter_only = [], []
    for _ in range(runs):
        report = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import survey.privacy.linter"],
            check=True,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        ).stderr
        cumulative = {}
        for line in report.splitlines():
            if line.startswith("import time:") and "|" in line:
                _, total, name = (part.strip() for part in line.split("|"))
                if total.isdigit():
                    cumulative[name] = int(total) / 1000
        package.append(cumulative["survey"])
        linter_only.append(cumulative["survey.privacy.linter"] - cumulative["survey"])
    return statistics.median(package), statistics.median(linter_only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--import-runs", type=int, default=21)
    args = parser.parse_args()

    pinning = pin_to_one_core()
    questions = load_questions(args.questions)
    lint_all(questions[:2_000])  # first use: lexicons compiled, language tables loaded
    linter, baseline = interleaved(questions, args.repeats)
    per_question = linter / len(questions)
    rate = 1 / per_question
    print(
        f"linter: {per_question * 1e6:.0f} µs CPU per question, {rate:,.0f} questions per "
        f"CPU-second on one core ({len(questions):,} questions, best of {args.repeats} "
        f"interleaved rounds, {pinning}); target {TARGET_PER_SECOND:,}/s: "
        f"{'met' if rate >= TARGET_PER_SECOND else 'missed'}"
    )
    print(
        f"baseline (normalise and split into words): {baseline / len(questions) * 1e6:.0f} µs "
        f"CPU per question; the linter costs {linter / baseline:.1f}x the baseline"
    )

    # Bytecode is cached (in a private directory) and warm for all three, as it is after
    # installation, so the figures compare imports rather than compiling source.
    codes = ["pass", "import survey", "import survey.privacy.linter"]
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as pycache:
        fresh_interpreter_seconds(codes, 1, pycache)
        medians = fresh_interpreter_seconds(codes, args.import_runs, pycache)
        package_ms, linter_ms = importtime_milliseconds(args.import_runs, pycache)
    baseline, package, linter = (medians[code] for code in codes)
    print(
        f"fresh interpreter, median of {args.import_runs}: python -c pass {baseline * 1e3:.0f} ms; "
        f"import survey {package * 1e3:.0f} ms; import survey.privacy.linter {linter * 1e3:.0f} ms"
    )
    print(
        f"importing survey.privacy.linter adds {(linter - baseline) * 1e3:.0f} ms "
        f"({linter / baseline:.2f}x the baseline); of that, the survey package itself "
        f"(create_app module, Flask) takes {(package - baseline) * 1e3:.0f} ms and the linter "
        f"modules {(linter - package) * 1e3:.0f} ms"
    )
    print(
        f"python -X importtime, median of {args.import_runs}: survey package {package_ms:.0f} ms, "
        f"survey.privacy (linter, normaliser, lexicons, messages, scrubber) {linter_ms:.0f} ms"
    )


if __name__ == "__main__":
    main()
