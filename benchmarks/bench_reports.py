"""Report benchmark: a museum report and the staff overview at study scale.

Seeds 200 museums and --responses anonymous responses (default 1,000,000, about 25 answers each)
with the demo generator into a fresh SQLite file, and into a fresh PostgreSQL schema when
PostgreSQL is reachable. Then, in a separate process per database (so the peak memory is that of
reporting, not of seeding), it:

1. freezes the weekly snapshot tables (the once-a-week batch every report relies on), and times
   re-counting a single week, as happens each Monday;
2. times the per-museum report (build + HTML) for the largest, a median and the demo museum,
   and the staff overview, each against the bare SQL it needs: the very SELECT statements the
   report issued, captured and replayed on a raw cursor with their rows fetched;
3. prints the ratios, the peak memory (resource.getrusage) and the targets: museum report <= 2 s,
   overview <= 10 s, peak memory <= 1.5 GB, each within 2x its bare SQL.

    .venv/bin/python benchmarks/bench_reports.py                      # 1,000,000 responses
    .venv/bin/python benchmarks/bench_reports.py --responses 100000 --reuse
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

POSTGRES_URL = os.environ.get(
    "SENTOMUS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
TARGETS = {"museum": 2.0, "overview": 10.0}
MEMORY_TARGET_MB = 1536
RATIO_TARGET = 2.0


def _engine(backend: str, location: str):
    from sqlalchemy import create_engine

    if backend == "sqlite":
        return create_engine(f"sqlite:///{location}")
    return create_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={location}"})


def postgres_reachable() -> bool:
    from tests.conftest import postgres_available

    return postgres_available()


# --- Seeding (child process) -----------------------------------------------------------------


def seed(backend: str, location: str, museums: int, responses: int, fresh: bool) -> None:
    from sqlalchemy import create_engine, text

    from survey import create_app
    from survey.demo import seed_demo
    from survey.extensions import db

    if backend == "sqlite":
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(location + suffix).unlink(missing_ok=True)
        settings = {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{location}"}
    else:
        admin = create_engine(POSTGRES_URL)
        with admin.begin() as connection:
            if fresh:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{location}" CASCADE'))
            connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{location}"'))
        admin.dispose()
        settings = {
            "SQLALCHEMY_DATABASE_URI": POSTGRES_URL,
            "SQLALCHEMY_ENGINE_OPTIONS": {"connect_args": {"options": f"-csearch_path={location}"}},
        }
    app = create_app({"TESTING": True, **settings})
    with app.app_context():
        db.create_all()
        started = time.perf_counter()
        report = seed_demo(db.session, museums=museums, responses=responses)
        seconds = time.perf_counter() - started
        if backend == "postgresql":
            db.session.execute(text("ANALYZE"))
            db.session.commit()
    print("RESULT " + json.dumps({"added": report.responses_added, "seconds": seconds}))


# --- Measuring (child process) ---------------------------------------------------------------


class StatementLog:
    """Records the SELECT statements an engine runs, to replay them as the bare SQL."""

    def __init__(self, engine):
        from sqlalchemy import event

        self.engine = engine
        self.statements: list[tuple[str, object]] = []
        self.recording = False
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, _conn, _cursor, statement, parameters, _context, executemany):
        if self.recording and not executemany and statement.lstrip().upper().startswith("SELECT"):
            self.statements.append((statement, parameters))

    def capture(self, function):
        self.statements, self.recording = [], True
        try:
            return function()
        finally:
            self.recording = False

    def replay(self) -> float:
        """Seconds to run the recorded statements on a raw cursor and fetch every row."""
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            started = time.perf_counter()
            for statement, parameters in self.statements:
                cursor.execute(statement, parameters)
                cursor.fetchall()
            return time.perf_counter() - started
        finally:
            raw.close()


def _timed(function, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def measure(backend: str, location: str, repeat: int) -> None:
    from sqlalchemy import func, select

    from analysis import build_museum_report, build_overview, render_document
    from analysis.periods import last_completed_week, list_waves, resolve_periods
    from analysis.schema import response
    from analysis.snapshots import freeze_weeks, unfreeze_weeks

    engine = _engine(backend, location)
    as_of = dt.date.today()
    result: dict[str, object] = {"backend": backend}
    with engine.connect() as connection:
        result["responses"] = connection.execute(
            select(func.count()).select_from(response)
        ).scalar()
        counts = connection.execute(
            select(response.c.museum_id, func.count()).group_by(response.c.museum_id)
        ).all()
        period, previous = resolve_periods(list_waves(connection), as_of)
    ranked = sorted(counts, key=lambda row: row[1])
    museums = {
        "largest": ranked[-1][0],
        "median": ranked[len(ranked) // 2][0],
        "demo": min(row[0] for row in counts),
    }

    # The weekly batch: count every ended week once, then time re-counting the last one.
    first = previous.first_week if previous else period.first_week
    started = time.perf_counter()
    frozen = freeze_weeks(engine, first, last_completed_week(as_of), today=as_of)
    result["snapshot_build_s"] = time.perf_counter() - started
    result["snapshot_weeks"] = len(frozen)
    last = last_completed_week(as_of)
    unfreeze_weeks(engine, last, last)
    started = time.perf_counter()
    freeze_weeks(engine, last, last, today=as_of)
    result["snapshot_one_week_s"] = time.perf_counter() - started

    log = StatementLog(engine)
    build_museum_report(engine, museums["demo"], as_of=as_of)  # warm caches (templates, plotly)

    reports = {}
    for label, museum_id in museums.items():

        def museum_report(museum_id=museum_id):
            return render_document(build_museum_report(engine, museum_id, as_of=as_of), "html")

        seconds, _ = _timed(lambda fn=museum_report: log.capture(fn), repeat)
        bare = statistics.median(log.replay() for _ in range(repeat))
        document = build_museum_report(engine, museum_id, as_of=as_of)
        formats = {}
        for fmt in ("json", "csv", "xlsx"):
            formats[fmt], _ = _timed(lambda d=document, f=fmt: render_document(d, f), repeat)
        reports[label] = {
            "museum_id": museum_id,
            "responses": dict(counts)[museum_id],
            "seconds": seconds,
            "bare_sql_s": bare,
            "statements": len(log.statements),
            "render_s": formats,
        }
    result["museum_reports"] = reports

    def overview():
        return render_document(build_overview(engine, as_of=as_of), "html")

    seconds, _ = _timed(lambda: log.capture(overview), repeat)
    bare = statistics.median(log.replay() for _ in range(repeat))
    result["overview"] = {"seconds": seconds, "bare_sql_s": bare, "statements": len(log.statements)}
    result["peak_memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("RESULT " + json.dumps(result, default=str))


# --- Orchestration ---------------------------------------------------------------------------


def _child(*args: str) -> dict:
    process = subprocess.run(
        [sys.executable, __file__, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line for line in process.stdout.splitlines() if line.startswith("RESULT ")]
    if process.returncode or not lines:
        sys.stderr.write(process.stdout + process.stderr)
        raise SystemExit(f"benchmark step failed: {' '.join(args)}")
    return json.loads(lines[-1].removeprefix("RESULT "))


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def report(result: dict, seeded: dict) -> bool:
    backend = result["backend"]
    print(f"\n== {backend}: {result['responses']:,} responses")
    print(
        f"seeding (demo generator):          {seeded['seconds']:8.1f} s"
        f"  ({seeded['added']:,} added)"
    )
    print(
        f"weekly snapshot, first build:      {result['snapshot_build_s']:8.1f} s"
        f"  ({result['snapshot_weeks']} weeks counted once)"
    )
    print(f"weekly snapshot, one more week:    {result['snapshot_one_week_s']:8.2f} s")
    ok = True
    print(
        f"{'report':<28}{'resp.':>8}{'time s':>9}{'bare SQL s':>12}{'ratio':>8}  "
        f"{'json s':>7}{'csv s':>7}{'xlsx s':>7}  verdict"
    )
    for label, row in result["museum_reports"].items():
        ratio = row["seconds"] / row["bare_sql_s"] if row["bare_sql_s"] else float("inf")
        good = row["seconds"] <= TARGETS["museum"] and ratio <= RATIO_TARGET
        ok &= good
        r = row["render_s"]
        print(
            f"{'museum (' + label + ')':<28}{row['responses']:>8,}{row['seconds']:>9.3f}"
            f"{row['bare_sql_s']:>12.3f}{ratio:>8.2f}  {r['json']:>7.3f}{r['csv']:>7.3f}"
            f"{r['xlsx']:>7.3f}  {_verdict(good)}"
        )
    row = result["overview"]
    ratio = row["seconds"] / row["bare_sql_s"] if row["bare_sql_s"] else float("inf")
    good = row["seconds"] <= TARGETS["overview"] and ratio <= RATIO_TARGET
    ok &= good
    print(
        f"{'staff overview':<28}{'all':>8}{row['seconds']:>9.3f}{row['bare_sql_s']:>12.3f}"
        f"{ratio:>8.2f}  {'':>21}  {_verdict(good)}"
    )
    memory = result["peak_memory_mb"]
    ok &= memory <= MEMORY_TARGET_MB
    print(
        f"peak memory of the reporting process: {memory:,.0f} MB "
        f"(target {MEMORY_TARGET_MB:,} MB) {_verdict(memory <= MEMORY_TARGET_MB)}"
    )
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--museums", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (median)")
    parser.add_argument(
        "--backends", default="sqlite,postgresql", help="comma-separated: sqlite,postgresql"
    )
    parser.add_argument(
        "--reuse", action="store_true", help="top up an existing benchmark database instead"
    )
    parser.add_argument("--sqlite-path", help="SQLite file (default: /tmp/sentomus-bench-N.db)")
    parser.add_argument("--phase", choices=["seed", "measure"], help=argparse.SUPPRESS)
    parser.add_argument("--backend", help=argparse.SUPPRESS)
    parser.add_argument("--location", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase == "seed":
        seed(args.backend, args.location, args.museums, args.responses, fresh=not args.reuse)
        return
    if args.phase == "measure":
        measure(args.backend, args.location, args.repeat)
        return

    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    if "postgresql" in backends and not postgres_reachable():
        print(f"PostgreSQL not reachable at {POSTGRES_URL}: measuring SQLite only")
        backends.remove("postgresql")
    locations = {
        "sqlite": args.sqlite_path or f"/tmp/sentomus-bench-{args.responses}.db",  # noqa: S108
        "postgresql": f"sentomus_bench_{args.responses}",
    }
    print(
        f"Report benchmark: {args.museums} museums, {args.responses:,} responses, "
        f"median of {args.repeat} runs; backends: {', '.join(backends)}"
    )
    all_ok = True
    for backend in backends:
        common = ["--backend", backend, "--location", locations[backend]]
        seed_args = ["--phase", "seed", *common, "--responses", str(args.responses)]
        seed_args += ["--museums", str(args.museums), *(["--reuse"] if args.reuse else [])]
        seeded = _child(*seed_args)
        measured = _child("--phase", "measure", *common, "--repeat", str(args.repeat))
        all_ok &= report(measured, seeded)
    print("\nall targets met" if all_ok else "\nsome targets missed (see above)")


if __name__ == "__main__":
    main()
