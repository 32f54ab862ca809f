# ruff: noqa: I001  (locust must be imported before the standard library it patches)
"""Load test: concurrent respondents against gunicorn, on SQLite or PostgreSQL.

    python benchmarks/load.py --db sqlite --users 50 --rounds 3 --arm-seconds 10
    python benchmarks/load.py --db postgresql --users 10 --seconds 9 --kill-after 3

Arms, run in interleaved rounds against one server (each round runs every arm once, in a rotated
order, so that a change in machine load hits all arms alike):
- flow: respondents walking whole surveys (intro, start, every page, final submit);
- page: the POST of the first survey page (validation, next page rendered), replayed;
- static: a bare Flask route answering a POST with a static page of the same size;
- submit: the real final submit of prepared signed states, each with its own one-time token;
- bare: a true bare insert of the same rows in one transaction (benchmarks/load_app.py).
Each arm reports throughput, latency percentiles, failures and the server's CPU time (gunicorn
master and workers, from /proc; on PostgreSQL also the database backends serving the run) per
unit of work. Afterwards the database must hold exactly one complete response per acknowledged
submit. With --kill-after the server is killed with SIGKILL mid-load and restarted instead: every
response must then be either complete or absent, and the restarted server must carry on.
"""

from __future__ import annotations

# Locust patches the standard library with gevent when imported: import it first.
import locust  # noqa: F401
import gevent
from locust import HttpUser, constant, task
from locust.env import Environment
from locust.stats import RequestStats, StatsEntry

import argparse
import json
import os
import re
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(os.environ.get("SENTOMUS_LOAD_APP_ROOT") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from tests.demo_instance import migrate_and_seed_demo, production_env  # noqa: E402
from tests.survey_walker import Page, default_answer  # noqa: E402

POSTGRES_URL = os.environ.get(
    "SENTOMUS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRED_CORE = ("visit_first", "satisfaction_overall", "nps", "country")
TICKS = os.sysconf("SC_CLK_TCK")
ARMS = ("flow", "page", "static", "submit", "bare")

ACKNOWLEDGED = {"count": 0}
PAYLOADS: dict[str, list[dict]] = {"submit": [], "bare": [], "page": []}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn as configured in config/gunicorn.conf.py, in its own session so it can be
    killed as a whole and its processes found in /proc."""

    def __init__(self, env: dict, workers: int, log: Path):
        self.env, self.workers, self.log = env, workers, log
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            str(ROOT / "config" / "gunicorn.conf.py"),
            "-w",
            str(self.workers),
            "-b",
            f"127.0.0.1:{self.port}",
            "--chdir",
            str(ROOT),
            "benchmarks.load_app:create_load_app()",
        ]
        log = self.log.open("a")
        self.process = subprocess.Popen(
            command, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base}/s/demo", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"server did not start; see {self.log}")

    def cpu_seconds(self) -> float:
        """User + system CPU of every process of the server's session, plus what its master
        collected from workers that have exited."""
        total = 0
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[3]) != self.process.pid:  # session id
                continue
            total += int(fields[11]) + int(fields[12])
            if int(entry) == self.process.pid:
                total += int(fields[13]) + int(fields[14])
        return total / TICKS

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


class DatabaseCpu:
    """CPU of the PostgreSQL backends connected with this run's application name (from /proc;
    a backend that disconnects mid-arm loses its last interval, so this is a floor)."""

    def __init__(self, url: str | None, application_name: str):
        self.engine = create_engine(url) if url else None
        self.application_name = application_name
        self.seen: dict[int, int] = {}
        self.total = 0

    def sample(self) -> float:
        if self.engine is None:
            return 0.0
        with self.engine.connect() as connection:
            pids = connection.execute(
                text("SELECT pid FROM pg_stat_activity WHERE application_name = :name"),
                {"name": self.application_name},
            ).scalars()
            pids = list(pids)
        for pid in pids:
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            ticks = int(fields[11]) + int(fields[12])
            self.total += ticks - self.seen.get(pid, 0)
            self.seen[pid] = ticks
        return self.total / TICKS

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()


def _failure(response) -> str:
    error = getattr(response, "error", None)
    return f"status {response.status_code}" + (f" ({error!r})" if error else "")


class Respondent(HttpUser):
    """A visitor walking the whole survey as fast as the server answers."""

    wait_time = constant(0)

    @task
    def complete_survey(self) -> None:
        self.client.get("/s/demo?lang=nl", name="intro")
        response = self.client.post("/s/demo/start", data={"lang": "nl"}, name="start")
        for _ in range(12):
            page = Page(response.status_code, response.text)
            if response.status_code != 200 or page.state is None:
                return
            data = {"state": page.state, "action": "next"}
            data.update({name: default_answer(page, name) for name in page.question_names})
            with self.client.post(
                "/s/demo/page", data=data, name="page", allow_redirects=False, catch_response=True
            ) as response:
                if response.status_code == 303:
                    response.success()
                    ACKNOWLEDGED["count"] += 1
                    return
                if response.status_code != 200:
                    response.failure(_failure(response))
                    return


class Replayer(HttpUser):
    """Posts prepared payloads: `pool` names the list, `once` consumes each payload."""

    abstract = True
    wait_time = constant(0)
    path = "/s/demo/page"
    pool = "submit"
    once = True
    expected = 303

    @task
    def post(self) -> None:
        payloads = PAYLOADS[self.pool]
        if not payloads:
            self.environment.runner.quit()
            return
        payload = payloads.pop() if self.once else payloads[0]
        with self.client.post(
            self.path, data=payload, name=self.path, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code == self.expected:
                response.success()
            else:
                response.failure(_failure(response))


class FinalSubmitter(Replayer):
    pass


class BareInserter(Replayer):
    path = "/bench/bare-insert"
    pool = "bare"
    expected = 200


class PagePoster(Replayer):
    pool = "page"
    once = False
    expected = 200


class StaticPoster(Replayer):
    path = "/bench/static-page"
    pool = "page"
    once = False
    expected = 200


USER_CLASSES = {
    "flow": Respondent,
    "page": PagePoster,
    "static": StaticPoster,
    "submit": FinalSubmitter,
    "bare": BareInserter,
}


def run_phase(user_class, base: str, users: int, seconds: float, during=None) -> Environment:
    # Users finish the survey or request they are in when the phase ends, so that every request
    # the server handled is also acknowledged to the load generator.
    env = Environment(user_classes=[user_class], host=base, stop_timeout=60)
    runner = env.create_local_runner()
    runner.start(users, spawn_rate=users)
    started = time.monotonic()
    if during is not None:
        during(runner)
    remaining = seconds - (time.monotonic() - started)
    if remaining > 0:
        gevent.sleep(remaining)
    runner.stop()
    runner.quit()
    env.elapsed = time.monotonic() - started
    return env


class ArmStats:
    """One arm's figures summed over its rounds."""

    def __init__(self, name: str):
        self.name = name
        self.stats = RequestStats()
        self.total = StatsEntry(self.stats, "total", "")
        self.entries: dict[str, StatsEntry] = {}
        self.errors: dict[str, int] = {}
        self.seconds = 0.0
        self.server_cpu = 0.0
        self.database_cpu = 0.0
        self.units = 0

    def add(self, env: Environment, units: int, server_cpu: float, database_cpu: float) -> None:
        self.seconds += env.elapsed
        self.units += units
        self.server_cpu += server_cpu
        self.database_cpu += database_cpu
        self.total.extend(env.stats.total)
        for (name, method), entry in env.stats.entries.items():
            key = f"{method} {name}"
            if key not in self.entries:
                self.entries[key] = StatsEntry(self.stats, name, method)
            self.entries[key].extend(entry)
        for error in env.stats.errors.values():
            key = f"{error.method} {error.name}: {error.error}"
            self.errors[key] = self.errors.get(key, 0) + error.occurrences

    @staticmethod
    def _figures(entry: StatsEntry, seconds: float) -> dict:
        return {
            "requests": entry.num_requests,
            "failures": entry.num_failures,
            "rps": round(entry.num_requests / seconds, 1) if seconds else 0,
            "p50_ms": entry.get_response_time_percentile(0.5),
            "p95_ms": entry.get_response_time_percentile(0.95),
            "p99_ms": entry.get_response_time_percentile(0.99),
        }

    def report(self) -> dict:
        units = self.units or 1
        return {
            "seconds": round(self.seconds, 1),
            **self._figures(self.total, self.seconds),
            "units": self.units,
            "units_per_s": round(self.units / self.seconds, 1) if self.seconds else 0,
            "server_cpu_s": round(self.server_cpu, 2),
            "server_cpu_ms_per_unit": round(1000 * self.server_cpu / units, 2),
            "database_cpu_ms_per_unit": round(1000 * self.database_cpu / units, 2),
            "by_request": {k: self._figures(e, self.seconds) for k, e in self.entries.items()},
            "errors": self.errors,
        }


def prepare_database(kind: str, workdir: Path) -> tuple[str, str | None, str]:
    application_name = f"sentomus_load_{uuid.uuid4().hex[:8]}"
    if kind == "sqlite":
        return f"sqlite:///{workdir / 'load.db'}", None, application_name
    schema = application_name
    engine = create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    url = f"{POSTGRES_URL}?options=-csearch_path%3D{schema}&application_name={application_name}"
    return url, schema, application_name


def build_payloads(env: dict, count: int) -> tuple[list[dict], dict]:
    """Signed final-page submissions, each with its own one-time token, and one signed first
    page (replayable: posting it renders the second page and stores nothing), built in-process."""
    os.environ.update(env)
    from survey import create_app
    from survey.extensions import db

    from benchmarks.load_app import signed_payloads

    app = create_app()
    page, finals = signed_payloads(app, count)
    with app.app_context():
        db.engine.dispose()
    return finals, page


def integrity(url: str) -> dict:
    engine = create_engine(url)
    with engine.connect() as connection:
        responses = connection.execute(text("SELECT count(*) FROM response")).scalar()
        tokens = connection.execute(text("SELECT count(*) FROM used_submit_token")).scalar()
        incomplete = _incomplete(connection)
    engine.dispose()
    return {"responses": responses, "tokens": tokens, "incomplete": incomplete}


def _incomplete(connection) -> int:
    """Responses missing an answer to a required question: a partly stored response."""
    codes = ", ".join(f"'{c}'" for c in REQUIRED_CORE)
    return connection.execute(
        text(
            "SELECT count(*) FROM response r WHERE (SELECT count(DISTINCT a.question_id)"
            " FROM answer a JOIN question q ON q.id = a.question_id"
            f" WHERE a.response_id = r.id AND q.code IN ({codes})) < {len(REQUIRED_CORE)}"
        )
    ).scalar()


def run_arms(args, server: Server, env: dict, url: str, dbcpu: DatabaseCpu) -> dict:
    arms = {name: ArmStats(name) for name in args.arms}
    # Enough prepared submits for the fastest rate seen here, three times over.
    per_phase = int(max(300, 150 * args.arm_seconds) * 3)
    for round_index in range(args.rounds):
        order = list(args.arms[round_index % len(args.arms) :]) + list(
            args.arms[: round_index % len(args.arms)]
        )
        for name in order:
            if name in ("submit", "bare"):
                payloads, _ = build_payloads(env, per_phase)
                PAYLOADS[name][:] = payloads
            if name in ("page", "static") and not PAYLOADS["page"]:
                PAYLOADS["page"][:] = [build_payloads(env, 0)[1]]
            stored_before = integrity(url)["responses"]
            acknowledged_before = ACKNOWLEDGED["count"]
            cpu_before, db_before = server.cpu_seconds(), dbcpu.sample()
            phase = run_phase(USER_CLASSES[name], server.base, args.users, args.arm_seconds)
            cpu, db_cpu = server.cpu_seconds() - cpu_before, dbcpu.sample() - db_before
            succeeded = phase.stats.total.num_requests - phase.stats.total.num_failures
            flow_units = ACKNOWLEDGED["count"] - acknowledged_before
            units = flow_units if name == "flow" else succeeded
            arms[name].add(phase, units, cpu, db_cpu)
            if name in ("flow", "submit", "bare"):
                stored = integrity(url)["responses"] - stored_before
                arms[name].stored = getattr(arms[name], "stored", 0) + stored
    result = {}
    for name, arm in arms.items():
        result[name] = arm.report()
        if hasattr(arm, "stored"):
            result[name]["stored"] = arm.stored
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--arm-seconds", type=float, default=10)
    parser.add_argument("--arms", default=",".join(ARMS))
    parser.add_argument("--seconds", type=float, default=9, help="with --kill-after only")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--kill-after", type=float, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    args.arms = [a for a in args.arms.split(",") if a]
    unknown = set(args.arms) - set(ARMS)
    if unknown:
        parser.error(f"unknown arms: {', '.join(sorted(unknown))}")

    workdir = Path(tempfile.mkdtemp(prefix="sentomus-load-"))
    url, schema, application_name = prepare_database(args.db, workdir)
    env = production_env(url, workdir, SENTOMUS_RESPONDENT_RATE_LIMIT="1000000 per minute")
    migrate_and_seed_demo(env)
    server = Server(env, args.workers, workdir / "server.log")
    dbcpu = DatabaseCpu(POSTGRES_URL if schema else None, application_name)
    server.start()
    result: dict = {"database": args.db, "users": args.users, "workers": args.workers}
    try:
        if args.kill_after:
            result.update(run_fault(args, server, url))
        else:
            result["arms"] = run_arms(args, server, env, url, dbcpu)
            result["database_state"] = integrity(url)
            result["acknowledged_submits"] = sum(
                result["arms"][name]["units"]
                for name in ("flow", "submit", "bare")
                if name in result["arms"]
            )
    finally:
        server.stop()
        dbcpu.close()
        if schema:
            engine = create_engine(POSTGRES_URL)
            with engine.begin() as connection:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            engine.dispose()
    result["peak_rss_mb_load_generator"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
    )
    log_text = (workdir / "server.log").read_text(errors="replace")
    result["server_log_has_client_address"] = bool(re.search(r"127\.0\.0\.1(?!:)", log_text))
    crash = r"was sent SIG(?!TERM|QUIT)\w+|WORKER TIMEOUT|Worker \(pid:\d+\) exited with code"
    result["server_log_worker_crashes"] = re.findall(crash, log_text)
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return verdict(result)


def run_fault(args, server: Server, url: str) -> dict:
    kill_report = {}

    def fault(runner):
        gevent.sleep(args.kill_after)
        kill_report["acknowledged_before_kill"] = ACKNOWLEDGED["count"]
        server.kill()
        restart = time.monotonic()
        server.start()
        kill_report["restart_seconds"] = round(time.monotonic() - restart, 2)
        kill_report["acknowledged_at_restart"] = ACKNOWLEDGED["count"]

    phase = run_phase(Respondent, server.base, args.users, args.seconds, during=fault)
    flow = ArmStats("flow")
    flow.add(phase, ACKNOWLEDGED["count"], 0.0, 0.0)
    kill_report["acknowledged_after_restart"] = (
        ACKNOWLEDGED["count"] - kill_report["acknowledged_at_restart"]
    )
    return {
        "arms": {"flow": flow.report()},
        "acknowledged_submits": ACKNOWLEDGED["count"],
        "database_state": integrity(url),
        "fault": kill_report,
    }


def verdict(result: dict) -> int:
    problems = []
    db_state = result["database_state"]
    if db_state["incomplete"]:
        problems.append(f"{db_state['incomplete']} incomplete responses")
    if db_state["responses"] != db_state["tokens"]:
        problems.append("responses and used tokens differ")
    if "fault" in result:
        if db_state["responses"] < result["acknowledged_submits"]:
            problems.append("an acknowledged response is missing")
        if result["fault"]["acknowledged_after_restart"] <= 0:
            problems.append("the restarted server did not carry on")
    else:
        for name, arm in result["arms"].items():
            if arm["failures"]:
                problems.append(f"{name}: {arm['failures']} failed requests {arm['errors']}")
            if "stored" in arm and arm["stored"] != arm["units"]:
                problems.append(
                    f"{name}: {arm['stored']} responses stored for {arm['units']} acknowledged"
                )
        if db_state["responses"] != result["acknowledged_submits"]:
            problems.append("stored responses differ from acknowledged submits")
        if result["server_log_worker_crashes"]:
            problems.append(f"server workers died: {result['server_log_worker_crashes']}")
    if result["server_log_has_client_address"]:
        problems.append("the server log holds a client address")
    for problem in problems:
        print("PROBLEM:", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
