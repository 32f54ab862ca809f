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

ROOT = Path(__file__).resolve().parent.parent


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
    result = run_load(
        tmp_path,
        "--db",
        backend,
        "--users",
        "10",
        "--seconds",
        "6",
        "--compare-seconds",
        "3",
        "--workers",
        "2",
    )
    flow = result["flow"]
    assert flow["failures"] == 0 and flow["acknowledged_submits"] > 0
    assert flow["database"]["responses"] == flow["acknowledged_submits"]
    assert flow["database"]["incomplete"] == 0
    compare = result["submit_vs_bare"]
    assert compare["stored"] == compare["acknowledged"] > 0
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
    flow, fault = result["flow"], result["fault"]
    assert flow["database"]["incomplete"] == 0
    assert flow["database"]["responses"] == flow["database"]["tokens"]
    assert flow["database"]["responses"] >= flow["acknowledged_submits"]
    assert fault["acknowledged_after_restart"] > 0
