"""Stylesheet and icon under fingerprinted names, cached by browsers for a year."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

STATIC = Path(__file__).resolve().parent.parent / "survey" / "static"
LONG_LIFETIME = "max-age=31536000"


def linked_assets(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="(/static/[^"]+)"', html)


def test_survey_pages_link_fingerprinted_assets_cached_for_a_year(client, create_museum):
    museum = create_museum()
    html = client.get(f"/s/{museum.slug}?lang=en").get_data(as_text=True)
    assets = linked_assets(html)
    names = {re.sub(r"\.[0-9a-f]{12}\.", ".", Path(a).name) for a in assets}
    assert {"survey.css", "favicon.svg"} <= names, assets
    for url in assets:
        original = re.sub(r"\.([0-9a-f]{12})\.", ".", Path(url).name)
        digest = re.search(r"\.([0-9a-f]{12})\.", Path(url).name).group(1)
        content = (STATIC / original).read_bytes()
        assert digest == hashlib.sha256(content).hexdigest()[:12]
        with client.get(url) as response:
            assert response.status_code == 200 and response.data == content
            cache = response.headers["Cache-Control"]
            assert "public" in cache and LONG_LIFETIME in cache and "immutable" in cache, cache
            assert "Set-Cookie" not in response.headers


def test_plain_and_outdated_names_are_never_kept_for_long(client):
    with client.get("/static/survey.css") as plain:
        assert plain.status_code == 200
        assert "immutable" not in plain.headers.get("Cache-Control", "")
        with client.get("/static/survey.000000000000.css") as outdated:
            assert outdated.status_code == 200 and outdated.data == plain.data
            assert "immutable" not in outdated.headers.get("Cache-Control", "")
    with client.get("/static/missing.0123456789ab.css") as missing:
        assert missing.status_code == 404


def test_a_changed_file_gets_a_new_name(app, tmp_path):
    from survey.assets import Fingerprints

    (tmp_path / "site.css").write_text("body { color: black }")
    fingerprints = Fingerprints(str(tmp_path))
    before = fingerprints.name("site.css")
    (tmp_path / "site.css").write_text("body { color: navy; }")
    after = fingerprints.name("site.css")
    assert before != after and re.fullmatch(r"site\.[0-9a-f]{12}\.css", after)
    assert fingerprints.name("../secret.txt") == "../secret.txt"
