# ruff: noqa: I001  (locust must be imported before the standard library it patches)
"""Load test: concurrent respondents against gunicorn, on SQLite or PostgreSQL.

    python benchmarks/load.py --db sqlite --users 50 --seconds 60
    python benchmarks/load.py --db postgresql --users 50 --seconds 60 --kill-after 20

Phase 1 walks whole surveys (intro, start, every page, submit) and counts every acknowledged
submit (303); afterwards the database must hold exactly that many responses, each complete.
Phase 2 compares the real final submit with a bare endpoint that inserts the same rows in the
same server (benchmarks/load_app.py), as a throughput ratio measured in the same run.
With --kill-after the server is killed with SIGKILL mid-load and restarted: every response must
then be either complete or absent, and the restarted server must carry on.
"""

from __future__ import annotations

# Locust patches the standard library with gevent when imported: import it first.
import locust  # noqa: F401
import gevent
from locust import HttpUser, constant, task
from locust.env import Environment

import argparse
import json
import os
import re
import resource
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from tests.survey_walker import Page, default_answer  # noqa: E402

POSTGRES_URL = os.environ.get(
    "SENTOMUS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRED_CORE = ("visit_first", "satisfaction_overall", "nps", "country")

ACKNOWLEDGED = {"count": 0}
PAYLOADS: list[dict] = []


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn with several workers, started in its own process group so it can be killed."""

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
            "-k",
            "gthread",
            "--threads",
            "4",
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
                    response.failure(f"status {response.status_code}")
                    return


class FinalSubmitter(HttpUser):
    wait_time = constant(0)
    path = "/s/demo/page"
    expected = 303

    @task
    def submit(self) -> None:
        if not PAYLOADS:
            self.environment.runner.quit()
            return
        payload = PAYLOADS.pop()
        with self.client.post(
            self.path, data=payload, name=self.path, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code == self.expected:
                response.success()
            else:
                response.failure(f"status {response.status_code}")


class BareSubmitter(FinalSubmitter):
    path = "/bench/bare-submit"
    expected = 200


def run_phase(user_class, base: str, users: int, seconds: float, during=None) -> dict:
    # Users finish the survey or submit they are in when the phase ends, so that every request
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
    elapsed = time.monotonic() - started
    runner.stop()
    runner.quit()
    total = env.stats.total
    per_name = {}
    for (name, method), entry in env.stats.entries.items():
        per_name[f"{method} {name}"] = {
            "requests": entry.num_requests,
            "failures": entry.num_failures,
            "rps": round(entry.num_requests / elapsed, 1),
            "p50_ms": entry.get_response_time_percentile(0.5),
            "p95_ms": entry.get_response_time_percentile(0.95),
            "p99_ms": entry.get_response_time_percentile(0.99),
        }
    errors = {str(k): v.occurrences for k, v in env.stats.errors.items()}
    return {
        "seconds": round(elapsed, 1),
        "requests": total.num_requests,
        "failures": total.num_failures,
        "rps": round(total.num_requests / elapsed, 1),
        "p50_ms": total.get_response_time_percentile(0.5),
        "p95_ms": total.get_response_time_percentile(0.95),
        "p99_ms": total.get_response_time_percentile(0.99),
        "by_request": per_name,
        "errors": errors,
    }


def prepare_database(kind: str, workdir: Path) -> tuple[str, str | None]:
    if kind == "sqlite":
        return f"sqlite:///{workdir / 'load.db'}", None
    schema = f"sentomus_load_{uuid.uuid4().hex[:8]}"
    engine = create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    return f"{POSTGRES_URL}?options=-csearch_path%3D{schema}", schema


def build_payloads(env: dict, count: int) -> list[dict]:
    """Signed final-page submissions, each with its own one-time token, built in-process."""
    os.environ.update(env)
    from survey import create_app
    from survey.extensions import db
    from survey.models import Museum
    from survey.questions import get_kind
    from survey.respond.flow import PageState, load_survey

    app = create_app()
    payloads = []
    with app.test_request_context():
        museum = db.session.scalars(Museum.by_slug("demo")).one()
        survey = load_survey(db.session, museum)
        answers: dict = {}
        last = 0
        for index in range(len(survey.pages)):
            for question in survey.visible_questions(index, answers):
                kind = get_kind(question.kind)
                choices = kind.choices(question, "nl", survey.labels)
                raw = (
                    [choices[0].code]
                    if choices
                    else (["Prima"] if kind.name == "free_text" else ["2"])
                )
                answers[str(question.id)] = kind.parse(raw, question)
            if survey.visible_questions(index, answers):
                last = index
        last_ids = {str(q.id) for q in survey.visible_questions(last, answers)}
        earlier = {k: v for k, v in answers.items() if k not in last_ids}
        form_fields = {}
        for key in last_ids:
            value = answers[key]
            form_fields[f"q{key}"] = (
                [str(v) for v in value] if isinstance(value, list) else str(value)
            )
        for _ in range(count):
            state = PageState.new(museum.id, survey.core.version, "nl", False, last)
            state.answers = dict(earlier)
            payloads.append({"state": state.dump(), "action": "next", **form_fields})
        db.session.remove()
        db.engine.dispose()
    return payloads


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--compare-seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--kill-after", type=float, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="sentomus-load-"))
    url, schema = prepare_database(args.db, workdir)
    env = {
        **os.environ,
        "SENTOMUS_DATABASE_URL": url,
        "SENTOMUS_INSTANCE_PATH": str(workdir),
        "SENTOMUS_SECRET_KEY": secrets.token_hex(32),
        "SENTOMUS_ENV": "production",
        "SENTOMUS_RESPONDENT_RATE_LIMIT": "1000000 per minute",
        "PYTHONPATH": str(ROOT),
    }
    for command in (["db", "upgrade"], ["seed-demo", "--museums", "1", "--responses", "0"]):
        subprocess.run(
            [sys.executable, "-m", "survey.cli", *command], env=env, check=True, capture_output=True
        )
    server = Server(env, args.workers, workdir / "server.log")
    server.start()
    result: dict = {"database": args.db, "users": args.users, "workers": args.workers}
    try:
        kill_report = {}

        def fault(runner):
            gevent.sleep(args.kill_after)
            kill_report["acknowledged_before_kill"] = ACKNOWLEDGED["count"]
            server.kill()
            restart = time.monotonic()
            server.start()
            kill_report["restart_seconds"] = round(time.monotonic() - restart, 2)
            kill_report["acknowledged_at_restart"] = ACKNOWLEDGED["count"]

        flow = run_phase(
            Respondent,
            server.base,
            args.users,
            args.seconds,
            during=fault if args.kill_after else None,
        )
        flow["acknowledged_submits"] = ACKNOWLEDGED["count"]
        flow["database"] = integrity(url)
        result["flow"] = flow
        if kill_report:
            kill_report["acknowledged_after_restart"] = (
                ACKNOWLEDGED["count"] - kill_report["acknowledged_at_restart"]
            )
            result["fault"] = kill_report
        else:
            expected_rate = max(flow["by_request"].get("POST page", {}).get("rps", 50), 50)
            PAYLOADS.extend(build_payloads(env, int(expected_rate * args.compare_seconds * 3)))
            before = integrity(url)["responses"]
            submit = run_phase(FinalSubmitter, server.base, args.users, args.compare_seconds)
            PAYLOADS.clear()
            PAYLOADS.extend(build_payloads(env, int(expected_rate * args.compare_seconds * 3)))
            bare = run_phase(BareSubmitter, server.base, args.users, args.compare_seconds)
            after = integrity(url)
            result["submit_vs_bare"] = {
                "submit": submit,
                "bare": bare,
                "ratio": round(submit["rps"] / bare["rps"], 3) if bare["rps"] else None,
                "stored": after["responses"] - before,
                "acknowledged": submit["requests"]
                - submit["failures"]
                + bare["requests"]
                - bare["failures"],
            }
    finally:
        server.stop()
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
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return verdict(result)


def verdict(result: dict) -> int:
    flow = result["flow"]
    problems = []
    db_state = flow["database"]
    if db_state["incomplete"]:
        problems.append(f"{db_state['incomplete']} incomplete responses")
    if db_state["responses"] != db_state["tokens"]:
        problems.append("responses and used tokens differ")
    if "fault" in result:
        if db_state["responses"] < flow["acknowledged_submits"]:
            problems.append("an acknowledged response is missing")
        if result["fault"]["acknowledged_after_restart"] <= 0:
            problems.append("the restarted server did not carry on")
    else:
        if flow["failures"]:
            problems.append(f"{flow['failures']} failed requests")
        if db_state["responses"] != flow["acknowledged_submits"]:
            problems.append("stored responses differ from acknowledged submits")
        compare = result["submit_vs_bare"]
        if compare["submit"]["failures"] or compare["bare"]["failures"]:
            problems.append("failures in the submit comparison")
        if compare["stored"] != compare["acknowledged"]:
            problems.append("comparison: stored differs from acknowledged")
    if result["server_log_has_client_address"]:
        problems.append("the server log holds a client address")
    for problem in problems:
        print("PROBLEM:", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
