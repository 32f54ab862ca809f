"""CPU cost of starting the ``sentomus`` command.

Usage: python benchmarks/bench_cli_startup.py [--runs N]

Runs, interleaved N times so that load on the machine affects all of them alike:
``python -c pass`` (the baseline: a bare interpreter), ``sentomus --help`` and ``sentomus lint``
on one question fed on standard input. Each run's CPU time (user + system) is read with
``resource.getrusage(RUSAGE_CHILDREN)`` before and after the child, so waiting for the two shared
cores does not count. Reports the median and the best run of each, what each adds to the
baseline, and the ratio to it. Target: at most 0.3 s of CPU for ``--help`` and for ``lint``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET_SECONDS = 0.3
QUESTION = {"id": "q1", "text": "How did you like the exhibition?"}


def sentomus_script() -> str:
    """The console script installed beside this interpreter (the project's venv)."""
    script = Path(sys.executable).with_name("sentomus")
    if script.exists():
        return str(script)
    found = shutil.which("sentomus")
    if found is None:
        sys.exit("sentomus is not installed: run `make .venv/.installed-stamp` first")
    return found


def child_cpu_seconds(argv: list[str], stdin: str, env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        argv, input=stdin.encode(), stdout=subprocess.DEVNULL, check=True, env=env, cwd="/"
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    script = sentomus_script()
    cases = {
        "python -c pass (baseline)": ([sys.executable, "-c", "pass"], ""),
        "sentomus --help": ([script, "--help"], ""),
        "sentomus lint (one question)": ([script, "lint"], json.dumps(QUESTION) + "\n"),
        "sentomus lint (one, lang en)": (
            [script, "lint"],
            json.dumps({**QUESTION, "lang": "en"}) + "\n",
        ),
    }
    with tempfile.TemporaryDirectory() as pycache:
        # Bytecode compiled once into a private cache, as in an installed package.
        env = {**os.environ, "PYTHONPYCACHEPREFIX": pycache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for argv, stdin in cases.values():
            child_cpu_seconds(argv, stdin, env)
        samples: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, (argv, stdin) in cases.items():
                samples[name].append(child_cpu_seconds(argv, stdin, env))

    baseline = statistics.median(samples["python -c pass (baseline)"])
    print(f"CPU time (user+sys) per start, {args.runs} interleaved runs each")
    print(f"{'command':<32} {'median s':>9} {'best s':>7} {'adds s':>7} {'ratio':>6}")
    failed = []
    for name, values in samples.items():
        median = statistics.median(values)
        print(
            f"{name:<32} {median:>9.3f} {min(values):>7.3f} "
            f"{median - baseline:>7.3f} {median / baseline:>5.1f}x"
        )
        if name.startswith("sentomus") and median > TARGET_SECONDS:
            failed.append(name)
    verdict = "missed by: " + ", ".join(failed) if failed else "met"
    print(f"target <= {TARGET_SECONDS} s CPU for sentomus --help and lint: {verdict}")


if __name__ == "__main__":
    main()
