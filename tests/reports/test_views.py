"""Reports as the portal and staff area serve them."""

from __future__ import annotations

import json


def test_museum_users_get_only_their_own_aggregated_report(
    client, create_museum, create_user, sign_in
):
    mine = create_museum(name="Mine Museum")
    create_museum(name="Other Museum")
    sign_in(create_user("viewer", mine))
    document = json.loads(client.get("/portal/report.json").get_data(as_text=True))
    text = json.dumps(document)
    assert "Mine Museum" in text and "Other Museum" not in text
    assert "response_id" not in text


def test_html_report_allows_only_its_own_scripts(client, create_museum, create_user, sign_in):
    sign_in(create_user("editor", create_museum()))
    response = client.get("/portal/report")
    csp = response.headers["Content-Security-Policy"]
    assert "'sha256-" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "connect-src 'none'" in csp
    html = response.get_data(as_text=True)
    assert "<script src=" not in html and '<link rel="stylesheet" href="http' not in html


def test_downloads_are_attachments_of_the_right_type(client, create_museum, create_user, sign_in):
    sign_in(create_user("staff"))
    museum = create_museum()
    xlsx = client.get(f"/staff/museums/{museum.id}/report.xlsx")
    assert xlsx.status_code == 200
    assert xlsx.headers["Content-Type"].startswith("application/vnd.openxmlformats")
    assert xlsx.data[:2] == b"PK"
    csv = client.get("/staff/report.csv")
    assert csv.headers["Content-Disposition"] == "attachment; filename=sentomus-overview.csv"
