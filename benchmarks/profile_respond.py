"""Profile the respondent hot path in-process: a page POST and the final submit, on SQLite and on
PostgreSQL (when reachable), with pyinstrument. Not a timed test; prints where the time goes.

    .venv/bin/python benchmarks/profile_respond.py [--requests 300] [--db sqlite] [--html DIR]
"""

from __future__ import annotations

import argparse
import os
import secrets
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def database_url(kind: str, workdir: Path) -> tuple[str, str | None]:
    if kind == "sqlite":
        return f"sqlite:///{workdir / 'profile.db'}", None
    from tests.conftest import POSTGRES_URL

    schema = f"sentomus_profile_{uuid.uuid4().hex[:8]}"
    from sqlalchemy import create_engine, text

    engine = create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    return f"{POSTGRES_URL}?options=-csearch_path%3D{schema}", schema


def payloads(app, count: int) -> tuple[dict, list[dict]]:
    """A replayable first page, and `count` final pages each with its own one-time token."""
    from benchmarks.load_app import demo_answers
    from survey.extensions import db
    from survey.models import Museum
    from survey.respond.flow import PageState, load_survey

    with app.test_request_context():
        museum = db.session.scalars(Museum.by_slug("demo")).one()
        survey = load_survey(db.session, museum)
        answers = demo_answers(survey)
        pages = [i for i in range(len(survey.pages)) if survey.visible_questions(i, answers)]

        def fields_of(index: int) -> dict:
            out = {}
            for question in survey.visible_questions(index, answers):
                value = answers[str(question.id)]
                out[f"q{question.id}"] = (
                    [str(v) for v in value] if isinstance(value, list) else str(value)
                )
            return out

        first, last = pages[0], pages[-1]
        last_ids = {str(q.id) for q in survey.visible_questions(last, answers)}
        earlier = {k: v for k, v in answers.items() if k not in last_ids}
        opening = PageState.new(museum.id, survey.core.version, "nl", False, first)
        page = {"state": opening.dump(), "action": "next", **fields_of(first)}
        finals = []
        for _ in range(count):
            state = PageState.new(museum.id, survey.core.version, "nl", False, last)
            state.answers = dict(earlier)
            finals.append({"state": state.dump(), "action": "next", **fields_of(last)})
        db.session.remove()
    return page, finals


def profile(kind: str, requests: int, html_dir: Path | None) -> None:
    from pyinstrument import Profiler

    workdir = Path(tempfile.mkdtemp(prefix="sentomus-profile-"))
    url, schema = database_url(kind, workdir)
    env = {
        "SENTOMUS_DATABASE_URL": url,
        "SENTOMUS_INSTANCE_PATH": str(workdir),
        "SENTOMUS_SECRET_KEY": secrets.token_hex(32),
        "SENTOMUS_ENV": "production",
        "SENTOMUS_PUBLIC_BASE_URL": "https://survey.sentomus.invalid",
        "SENTOMUS_RESPONDENT_RATE_LIMIT": "1000000 per minute",
    }
    os.environ.update(env)
    for command in (["db", "upgrade"], ["seed-demo", "--museums", "1", "--responses", "0"]):
        subprocess.run(
            [sys.executable, "-m", "survey.cli", *command],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
    from survey import create_app

    app = create_app()
    try:
        page, finals = payloads(app, requests + 20)
        client = app.test_client()
        for _ in range(20):  # warm caches, connections and templates
            assert client.post("/s/demo/page", data=page).status_code == 200
            assert client.post("/s/demo/page", data=finals.pop()).status_code == 303
        for name, make in (("page POST", lambda: page), ("final submit", finals.pop)):
            expected = 200 if name == "page POST" else 303
            profiler = Profiler(interval=0.0005)
            started = time.process_time()
            profiler.start()
            for _ in range(requests):
                assert client.post("/s/demo/page", data=make()).status_code == expected
            profiler.stop()
            cpu_ms = 1000 * (time.process_time() - started) / requests
            print(f"== [{kind}] {name}: {cpu_ms:.2f} ms CPU per request (in-process, profiled)")
            print(profiler.output_text(unicode=False, color=False, show_all=False, short_mode=True))
            if html_dir:
                html_dir.mkdir(parents=True, exist_ok=True)
                slug = name.replace(" ", "_").lower()
                (html_dir / f"{kind}_{slug}.html").write_text(profiler.output_html())
    finally:
        from survey.extensions import db

        with app.app_context():
            db.engine.dispose()
        if schema:
            from sqlalchemy import create_engine, text

            from tests.conftest import POSTGRES_URL

            engine = create_engine(POSTGRES_URL)
            with engine.begin() as connection:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--db", choices=["sqlite", "postgresql"], action="append")
    parser.add_argument("--html", type=Path, default=None)
    args = parser.parse_args()
    from tests.conftest import BACKENDS

    for kind in args.db or BACKENDS:
        profile(kind, args.requests, args.html)
    return 0


if __name__ == "__main__":
    sys.exit(main())
