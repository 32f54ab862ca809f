"""Release benchmark: the weekly release job (`sentomus publish`) at study scale.

Seeds 200 museums and --responses anonymous responses (default 1,000,000) with the demo
generator, into SQLite and, when reachable, PostgreSQL (the seeding of bench_reports.py, so one
seeded database serves both benchmarks). Then, in a separate process per database:

1. counts the ended weeks into the weekly tables (the counting step, timed on its own);
2. times the first release (every museum's series and the study's, no history yet) and the next
   week's release (checked against that history, as every Monday), each against the bare SQL it
   needs: the SELECT statements the release issued, replayed on a raw cursor with their rows;
3. prints seconds, CPU seconds per museum, the ratio to the bare SQL and the peak memory.

    .venv/bin/python benchmarks/bench_publish.py                      # 1,000,000 responses
    .venv/bin/python benchmarks/bench_publish.py --responses 100000 --reuse
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_reports import (  # noqa: E402
    POSTGRES_URL,
    StatementLog,
    _engine,
    postgres_reachable,
    seed,
)


def _release_child(*args: str) -> dict:
    import subprocess

    process = subprocess.run(
        [sys.executable, __file__, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    lines = [line for line in process.stdout.splitlines() if line.startswith("RESULT ")]
    if process.returncode or not lines:
        sys.stderr.write(process.stdout + process.stderr)
        raise SystemExit(f"benchmark step failed: {' '.join(args)}")
    return json.loads(lines[-1].removeprefix("RESULT "))


def measure(backend: str, location: str) -> None:
    from sqlalchemy import delete, func, select

    from analysis import schema
    from analysis.periods import WEEK, last_completed_week
    from analysis.releases import publish_releases
    from analysis.snapshots import freeze_weeks

    engine = _engine(backend, location)
    log = StatementLog(engine)
    today = dt.date.today()
    last = last_completed_week(today)
    with engine.begin() as connection:
        # A fresh ledger on every run, so that the first release is the first.
        for table in (
            schema.release_cell,
            schema.release_population,
            schema.release_subject,
            schema.release,
        ):
            connection.execute(delete(table))
        first_day = connection.execute(select(func.min(schema.response.c.submitted_on))).scalar()
        museums = connection.execute(select(func.count()).select_from(schema.museum)).scalar()
    first_week = first_day - dt.timedelta(days=first_day.weekday())
    started = time.perf_counter()
    counted = freeze_weeks(engine, first_week, last, today=today)
    counting = time.perf_counter() - started

    timings = {}
    for name, week in (("first", last - WEEK), ("weekly", last)):
        cpu, wall = time.process_time(), time.perf_counter()
        result = log.capture(lambda week=week: publish_releases(engine, week, today))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        bare = log.replay()
        timings[name] = {
            "seconds": wall,
            "cpu_per_museum_ms": 1000 * cpu / max(1, museums),
            "bare_sql": bare,
            "made": len(result.made),
            "statements": len(log.statements),
        }
    with engine.connect() as connection:
        cells = connection.execute(select(func.count()).select_from(schema.release_cell)).scalar()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        "RESULT "
        + json.dumps(
            {
                "museums": museums,
                "weeks_counted": len(counted),
                "counting_seconds": counting,
                "timings": timings,
                "cells": cells,
                "peak_mb": peak_mb,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--museums", type=int, default=200)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--reuse", action="store_true", help="reuse the seeded database")
    parser.add_argument("--phase", choices=["seed", "measure"], help=argparse.SUPPRESS)
    parser.add_argument("--backend", help=argparse.SUPPRESS)
    parser.add_argument("--location", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "seed":
        seed(args.backend, args.location, args.museums, args.responses, fresh=not args.reuse)
        return
    if args.phase == "measure":
        measure(args.backend, args.location)
        return
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    if "postgresql" in backends and not postgres_reachable():
        print(f"PostgreSQL not reachable at {POSTGRES_URL}: measuring SQLite only")
        backends.remove("postgresql")
    locations = {
        "sqlite": f"/tmp/sentomus-bench-{args.responses}.db",  # noqa: S108
        "postgresql": f"sentomus_bench_{args.responses}",
    }
    print(f"Release benchmark: {args.museums} museums, {args.responses:,} responses")
    for backend in backends:
        common = ["--backend", backend, "--location", locations[backend]]
        seeded = _release_child(
            "--phase",
            "seed",
            *common,
            "--responses",
            str(args.responses),
            "--museums",
            str(args.museums),
            *(["--reuse"] if args.reuse else []),
        )
        result = _release_child("--phase", "measure", *common)
        print(f"\n{backend}: seeded {seeded['added']:,} responses in {seeded['seconds']:.0f} s")
        print(
            f"  counting {result['weeks_counted']} weeks: {result['counting_seconds']:.1f} s; "
            f"{result['cells']:,} release cells; peak memory {result['peak_mb']:.0f} MB"
        )
        for name, t in result["timings"].items():
            print(
                f"  {name} release: {t['seconds']:.2f} s ({t['made']} releases, "
                f"{t['cpu_per_museum_ms']:.1f} ms CPU per museum), bare SQL {t['bare_sql']:.2f} s, "
                f"ratio {t['seconds'] / max(t['bare_sql'], 1e-9):.1f}x"
            )


if __name__ == "__main__":
    main()
