"""Short forms of the load and fault runs (benchmarks/load.py runs the full ones).

They assert correctness only — no errors, every acknowledged response stored exactly once and
complete, the server carrying on after SIGKILL — never timings.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BACKENDS

ROOT = Path(__file__).resolve().parents[2]


def run_load(tmp_path, *args) -> dict:
    out = tmp_path / "load.json"
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "load.py"), *args, "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    return json.loads(out.read_text())


@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS)
def test_concurrent_respondents_are_stored_exactly_once(tmp_path, backend):
    """Every arm of the benchmark, briefly: not one failed request, no worker crash, and one
    complete stored response per acknowledged submit."""
    result = run_load(
        tmp_path,
        "--db",
        backend,
        "--users",
        "10",
        "--rounds",
        "1",
        "--arm-seconds",
        "3",
        "--workers",
        "2",
    )
    arms = result["arms"]
    assert set(arms) == {"flow", "page", "static", "submit", "bare"}
    for name, arm in arms.items():
        assert arm["failures"] == 0, (name, arm["errors"])
        assert arm["units"] > 0, name
    for name in ("flow", "submit", "bare"):
        assert arms[name]["stored"] == arms[name]["units"], name
    assert result["database_state"]["responses"] == result["acknowledged_submits"]
    assert result["database_state"]["incomplete"] == 0
    assert result["server_log_worker_crashes"] == []
    assert result["server_log_has_client_address"] is False


@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS)
def test_sigkill_mid_load_leaves_only_complete_responses(tmp_path, backend):
    result = run_load(
        tmp_path,
        "--db",
        backend,
        "--users",
        "8",
        "--seconds",
        "9",
        "--kill-after",
        "3",
        "--workers",
        "2",
    )
    state, fault = result["database_state"], result["fault"]
    assert state["incomplete"] == 0
    assert state["responses"] == state["tokens"]
    assert state["responses"] >= result["acknowledged_submits"]
    assert fault["acknowledged_after_restart"] > 0
