"""A production-configured instance of the app holding the demo museum, for the tests and
benchmarks that run real servers (gunicorn) in subprocesses."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def production_env(database_url: str, instance: Path, **overrides: str) -> dict[str, str]:
    """This process's environment plus production settings with a fresh secret key."""
    return {
        **os.environ,
        "SENTOMUS_DATABASE_URL": database_url,
        "SENTOMUS_INSTANCE_PATH": str(instance),
        "SENTOMUS_SECRET_KEY": secrets.token_hex(32),
        "SENTOMUS_ENV": "production",
        "SENTOMUS_PUBLIC_BASE_URL": "https://survey.sentomus.invalid",
        "PYTHONPATH": str(ROOT),
        **overrides,
    }


def migrate_and_seed_demo(env: dict[str, str]) -> None:
    """`sentomus db upgrade`, then the demo museum without responses."""
    for command in (["db", "upgrade"], ["seed-demo", "--museums", "1", "--responses", "0"]):
        subprocess.run(
            [sys.executable, "-m", "survey.cli", *command],
            # The demo seed is refused in production (it creates published logins).
            env={**env, "SENTOMUS_ENV": "development"},
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
