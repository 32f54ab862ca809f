"""`sentomus report` and `sentomus wave` on the test databases."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from tests.analysis.helpers import AS_OF, week


@pytest.mark.parametrize("fmt", ["html", "json", "csv", "xlsx"])
def test_report_writes_a_museum_report_in_each_format(
    report_runner, create_museum, add_responses, tmp_path, fmt
):
    museum = create_museum(slug="rijks", name="Rijks Test")
    add_responses(museum, 25, week(1), {"nps": 9, "satisfaction_overall": 4})
    out = tmp_path / f"report.{fmt}"
    args = ["report", "--museum", "rijks", "--format", fmt, "--out", str(out)]
    assert report_runner.invoke(args=["publish", "--backfill"]).exit_code == 0
    result = report_runner.invoke(args=[*args, "--as-of", AS_OF.isoformat()])
    assert result.exit_code == 0, result.output
    body = out.read_bytes()
    if fmt == "html":
        assert b"Rijks Test" in body and b"Plotly.newPlot" in body
    elif fmt == "json":
        assert json.loads(body)["tables"]["headline"]["rows"][0]["base"] == 25
    elif fmt == "csv":
        assert b"headline,nps,base,25," in body
    else:
        assert "headline" in load_workbook(out, read_only=True).sheetnames


def test_report_all_writes_the_staff_overview(
    report_runner, create_museum, add_responses, tmp_path
):
    museum = create_museum(slug="behind-museum", target_sample_size=5000)
    add_responses(museum, 20, week(1), {"nps": 9})
    out = tmp_path / "overview.json"
    args = ["report", "--all", "--format", "json", "--out", str(out), "--as-of", "2026-03-04"]
    assert report_runner.invoke(args=["publish", "--backfill"]).exit_code == 0
    result = report_runner.invoke(args=args)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert [r["key"] for r in data["tables"]["behind"]["rows"]] == ["behind-museum"]


def test_report_needs_a_museum_or_all(report_runner, tmp_path):
    result = report_runner.invoke(args=["report", "--out", str(tmp_path / "x.html")])
    assert result.exit_code == 2
    assert "--museum SLUG or --all" in result.output


def test_report_for_an_unknown_museum_fails_clearly(report_runner, tmp_path):
    args = ["report", "--museum", "nowhere", "--out", str(tmp_path / "x.html")]
    result = report_runner.invoke(args=args)
    assert result.exit_code == 1
    assert "no museum with slug 'nowhere'" in result.output


def test_waves_can_be_added_listed_and_reported(report_runner, create_museum, tmp_path):
    result = report_runner.invoke(args=["wave", "add", "2025", "2025-01-01", "2025-12-31"])
    assert result.exit_code == 0, result.output
    assert "52 ISO weeks (2024-12-30 to 2025-12-28)" in result.output
    result = report_runner.invoke(args=["wave", "add", "2026", "2026-01-01", "2026-12-31"])
    assert result.exit_code == 0, result.output
    listing = report_runner.invoke(args=["wave", "list"])
    assert "2025" in listing.output and "2026" in listing.output

    create_museum(slug="waved")
    out = tmp_path / "waved.json"
    args = ["report", "--museum", "waved", "--format", "json", "--out", str(out)]
    result = report_runner.invoke(args=[*args, "--wave", "2025", "--as-of", "2026-03-04"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["meta"]["period"]["name"] == "2025"
    result = report_runner.invoke(args=[*args, "--wave", "1999"])
    assert result.exit_code == 1 and "no wave named '1999'" in result.output


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2026-12-31", "2026-01-01", "cannot end before it starts"),
        ("2026-06-01", "2026-06-02", "at least one Thursday"),
        ("2026-06-01", "2027-05-31", "overlaps wave 'base'"),
    ],
)
def test_bad_waves_are_refused(report_runner, start, end, message):
    assert (
        report_runner.invoke(args=["wave", "add", "base", "2026-01-01", "2026-12-31"]).exit_code
        == 0
    )
    result = report_runner.invoke(args=["wave", "add", "other", start, end])
    assert result.exit_code == 1
    assert message in result.output


def test_wave_snapshot_counts_ended_weeks_and_recounts_a_corrected_one(
    report_runner, create_museum, add_responses
):
    import datetime as dt

    from analysis.periods import last_completed_week

    museum = create_museum()
    ended = last_completed_week(dt.date.today())
    add_responses(museum, 3, ended, {"nps": 9})
    result = report_runner.invoke(args=["wave", "snapshot"])
    assert result.exit_code == 0, result.output
    assert "104 week(s) counted" in result.output
    assert "0 week(s) counted" in report_runner.invoke(args=["wave", "snapshot"]).output
    result = report_runner.invoke(args=["wave", "snapshot", "--recount", ended.isoformat()])
    assert "1 week(s) counted" in result.output
    result = report_runner.invoke(args=["wave", "snapshot", "--recount", "2999-01-01"])
    assert result.exit_code == 1 and "has not ended" in result.output
