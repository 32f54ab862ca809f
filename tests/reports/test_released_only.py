"""Everything the portal, the staff area, the reports and the e-mails show comes from releases:
one new response changes nothing visible but the bare count of responses since the release."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

from openpyxl import load_workbook

from analysis.periods import today_in
from analysis.releases import backfill_releases
from survey.extensions import db
from survey.models import Museum

LIVE_ROW = re.compile(r'<tr data-row="live".*?</tr>', re.S)
LIVE_MARK = re.compile(r"<(p|td) data-live>.*?</\1>", re.S)
#: Flash messages of signing in and out, which differ between the two rounds.
NOTICE = re.compile(r'<div class="notice" role="status">.*?</div>', re.S)


def page(client, path: str) -> str:
    return NOTICE.sub("", LIVE_MARK.sub("", client.get(path).get_data(as_text=True)))


def answers(index: int) -> dict:
    return {
        "nps": [10, 9, 7, 3, 8][index % 5],
        "satisfaction_overall": [5, 4, 4, 3][index % 4],
        "gender": ["female", "male"][index % 2],
    }


def everything(app, client, sign_in, viewer, staff_user, museum) -> dict:
    """What a museum user, a staff member and the e-mail see, live counts taken out."""
    seen = {}
    client.post("/account/logout")
    sign_in(viewer)
    report = json.loads(client.get("/portal/report.json").get_data(as_text=True))
    fieldwork = report["tables"]["fieldwork"]["rows"]
    seen["live"] = next(r["value"] for r in fieldwork if r["key"] == "live")
    report["tables"]["fieldwork"]["rows"] = [r for r in fieldwork if r["key"] != "live"]
    seen["json"] = report
    seen["html"] = LIVE_ROW.sub("", client.get("/portal/report").get_data(as_text=True))
    csv = client.get("/portal/report.csv").get_data(as_text=True).splitlines()
    seen["csv"] = [line for line in csv if not line.startswith("fieldwork,live,")]
    workbook = load_workbook(io.BytesIO(client.get("/portal/report.xlsx").data), read_only=True)
    seen["xlsx"] = [
        row
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        if not any(isinstance(v, str) and v.startswith("Responses since then") for v in row)
    ]
    seen["dashboard"] = page(client, "/portal/")
    seen["questions"] = page(client, "/portal/questions")
    client.post("/account/logout")
    sign_in(staff_user)
    seen["staff"] = page(client, "/staff/")
    overview = json.loads(client.get("/staff/report.json").get_data(as_text=True))
    for row in overview["tables"]["progress"]["rows"]:
        row.pop("live")
    seen["overview"] = overview
    with app.app_context():
        from survey.reports.progress import progress_for
        from survey.reports.progress_email import headline_figures

        mine = db.session.get(Museum, museum.id)
        progress = progress_for(db.session, mine)
        seen["email"] = (progress.completes, progress.starts, headline_figures(db.session, mine))
        seen["email_live"] = progress.live
    return seen


def test_one_new_response_changes_nothing_but_the_live_count(
    app, client, create_museum, create_user, create_own_question, sign_in, add_responses, engine
):
    museum = create_museum(peer_cluster="art")
    own = create_own_question(museum)
    peers = [create_museum(peer_cluster="art") for _ in range(6)]
    today = today_in(app.config["SURVEY_TIMEZONE"])
    ended = today - dt.timedelta(days=14)
    add_responses(museum, 40, ended, lambda i: {**answers(i), own: "yes"})
    for index, peer in enumerate(peers):
        add_responses(peer, 20 + index, ended, answers)
    backfill_releases(engine, today)
    viewer, staff_user = create_user("viewer", museum), create_user("staff")

    before = everything(app, client, sign_in, viewer, staff_user, museum)
    add_responses(
        museum, 1, today, {"nps": 0, "satisfaction_overall": 1, "gender": "other", own: "no"}
    )
    backfill_releases(engine, today)  # the release job runs again: nothing new to release
    after = everything(app, client, sign_in, viewer, staff_user, museum)

    assert "<td>40</td>" in before["questions"]  # the own question's released base
    assert after["live"] == before["live"] + 1
    assert after["email_live"] == before["email_live"] + 1
    for key in ("json", "html", "csv", "xlsx", "dashboard", "staff", "overview", "email"):
        assert after[key] == before[key], key
