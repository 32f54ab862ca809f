"""Profile the respondent hot path in-process: a page POST and the final submit, on SQLite and on
PostgreSQL (when reachable), with pyinstrument. Not a timed test; prints where the time goes.

    .venv/bin/python benchmarks/profile_respond.py [--requests 300] [--db sqlite] [--html DIR]
"""

from __future__ import annotations

import argparse
import os
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


def profile(kind: str, requests: int, html_dir: Path | None) -> None:
    from pyinstrument import Profiler

    workdir = Path(tempfile.mkdtemp(prefix="sentomus-profile-"))
    url, schema = database_url(kind, workdir)
    from tests.demo_instance import migrate_and_seed_demo, production_env

    env = production_env(url, workdir, SENTOMUS_RESPONDENT_RATE_LIMIT="1000000 per minute")
    os.environ.update(env)
    migrate_and_seed_demo(env)
    from benchmarks.load_app import signed_payloads
    from survey import create_app

    app = create_app()
    try:
        page, finals = signed_payloads(app, requests + 20)
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
