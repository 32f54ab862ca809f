"""Submit throughput and latency: 50 concurrent respondents for 60 s against gunicorn, on SQLite
and on PostgreSQL (when reachable), with the ratio of the real submit to a bare insert.

    .venv/bin/python benchmarks/bench_submit.py [--users 50] [--seconds 60] [--compare-seconds 20]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", default="50")
    parser.add_argument("--seconds", default="60")
    parser.add_argument("--compare-seconds", default="20")
    parser.add_argument("--workers", default="4")
    args = parser.parse_args()
    from tests.conftest import BACKENDS

    status = 0
    for backend in BACKENDS:
        out = Path(tempfile.mkdtemp()) / f"{backend}.json"
        completed = subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "load.py"),
                "--db",
                backend,
                "--users",
                args.users,
                "--seconds",
                args.seconds,
                "--compare-seconds",
                args.compare_seconds,
                "--workers",
                args.workers,
                "--json",
                str(out),
            ],
            capture_output=True,
            text=True,
        )
        if completed.returncode:
            print(completed.stderr[-2000:], file=sys.stderr)
            status = 1
            continue
        result = json.loads(out.read_text())
        flow, compare = result["flow"], result["submit_vs_bare"]
        page = flow["by_request"]["POST page"]
        submit = compare["submit"]
        print(
            f"[{backend}] {args.users} users, {flow['seconds']} s, {args.workers} gunicorn workers"
        )
        print(
            f"  whole surveys: {flow['acknowledged_submits']} stored "
            f"(database holds {flow['database']['responses']}), {flow['failures']} errors, "
            f"{flow['rps']} requests/s; page POST p50/p95/p99 = "
            f"{page['p50_ms']}/{page['p95_ms']}/{page['p99_ms']} ms"
        )
        print(
            f"  final submit: {submit['rps']} /s (p50/p95/p99 "
            f"{submit['p50_ms']}/{submit['p95_ms']}/{submit['p99_ms']} ms)"
            f"; bare insert: {compare['bare']['rps']} /s; ratio {compare['ratio']}"
        )
    return status


if __name__ == "__main__":
    sys.exit(main())
