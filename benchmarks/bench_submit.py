"""The respondent flow under load against gunicorn (config/gunicorn.conf.py), on SQLite and on
PostgreSQL (when reachable), beside two baselines measured in the same run, arms interleaved:

- a true bare insert of the same rows in one transaction (SQLAlchemy Core, nothing else), for
  the final submit;
- a bare Flask route answering a POST with a static page of the same size, for the page POST.

The primary figure is server CPU per unit of work (gunicorn processes, from /proc; on PostgreSQL
also the database backends), since the load generator and other work share the machine's cores;
throughput and latency percentiles are printed beside it.

    .venv/bin/python benchmarks/bench_submit.py [--users 50] [--rounds 3] [--arm-seconds 10]
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


def summary(result: dict) -> list[str]:
    arms = result["arms"]
    flow, page, static = arms["flow"], arms["page"], arms["static"]
    submit, bare = arms["submit"], arms["bare"]
    flow_page = flow["by_request"].get("POST page", {})

    def cpu(arm: dict) -> str:
        database = arm["database_cpu_ms_per_unit"]
        extra = f" + {database} ms database" if database else ""
        return f"{arm['server_cpu_ms_per_unit']} ms server CPU{extra}"

    def latency(figures: dict) -> str:
        return f"p50/p95/p99 {figures['p50_ms']}/{figures['p95_ms']}/{figures['p99_ms']} ms"

    def ratio(a: float, b: float) -> str:
        return f"{a / b:.2f}" if b else "n/a"

    return [
        f"[{result['database']}] {result['users']} users, {result['workers']} gunicorn workers, "
        f"arms interleaved",
        f"  whole surveys: {flow['units']} completed, {flow['units_per_s']} /s, {cpu(flow)} per "
        f"survey; page POST {latency(flow_page)}",
        f"  page POST: {page['units_per_s']} /s, {cpu(page)}, {latency(page)}",
        f"  same-size static page: {static['units_per_s']} /s, {cpu(static)}, {latency(static)}",
        f"  final submit: {submit['units_per_s']} /s, {cpu(submit)}, {latency(submit)}",
        f"  true bare insert: {bare['units_per_s']} /s, {cpu(bare)}, {latency(bare)}",
        "  final submit vs bare insert: throughput "
        + ratio(submit["units_per_s"], bare["units_per_s"])
        + ", CPU "
        + ratio(bare["server_cpu_ms_per_unit"], submit["server_cpu_ms_per_unit"]),
        f"  stored = acknowledged: {result['database_state']['responses']} = "
        f"{result['acknowledged_submits']}; failed requests: "
        f"{sum(arm['failures'] for arm in arms.values())}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", default="50")
    parser.add_argument("--rounds", default="3")
    parser.add_argument("--arm-seconds", default="10")
    parser.add_argument("--workers", default="4")
    parser.add_argument("--db", action="append", choices=["sqlite", "postgresql"])
    args = parser.parse_args()
    from tests.conftest import BACKENDS

    status = 0
    for backend in args.db or BACKENDS:
        out = Path(tempfile.mkdtemp()) / f"{backend}.json"
        completed = subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "load.py"),
                "--db",
                backend,
                "--users",
                args.users,
                "--rounds",
                args.rounds,
                "--arm-seconds",
                args.arm_seconds,
                "--workers",
                args.workers,
                "--json",
                str(out),
            ],
            capture_output=True,
            text=True,
        )
        if not out.exists():
            print(completed.stderr[-2000:], file=sys.stderr)
            status = 1
            continue
        print("\n".join(summary(json.loads(out.read_text()))))
        if completed.returncode:
            print(completed.stderr[-2000:], file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
