"""Respondent page weight: bytes a phone downloads for each survey page (HTML plus every asset it
references), uncompressed and gzip-compressed.

    .venv/bin/python benchmarks/bench_page_weight.py
"""

from __future__ import annotations

import gzip
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from survey import create_app
    from survey.demo import seed_demo
    from survey.extensions import db
    from tests.survey_walker import SurveyWalker

    workdir = Path(tempfile.mkdtemp())
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{workdir / 'w.db'}"})
    with app.app_context():
        db.create_all()
        seed_demo(db.session, museums=1, responses=0)
    client = app.test_client()
    walker = SurveyWalker(client, "demo")
    pages = [("intro", walker.intro("nl"))]
    pages.append(("page 1", walker.start("nl")))
    for number in range(2, 12):
        page = walker.answer_page()
        if page.status != 200:
            break
        pages.append((f"page {number}", page))
    assets: dict[str, bytes] = {}
    print(f"{'page':<8} {'html':>8} {'html gz':>8} {'+assets':>8} {'+assets gz':>10} requests")
    for name, page in pages:
        html = page.html.encode()
        urls = set(re.findall(r'(?:href|src)="(/static/[^"]+)"', page.html))
        for url in urls:
            assets.setdefault(url, client.get(url).get_data())
        total = len(html) + sum(len(assets[u]) for u in urls)
        total_gz = len(gzip.compress(html)) + sum(len(gzip.compress(assets[u])) for u in urls)
        print(
            f"{name:<8} {len(html):>8} {len(gzip.compress(html)):>8} {total:>8} {total_gz:>10} "
            f"{1 + len(urls)}"
        )
    print(
        "No scripts, fonts or third-party requests: "
        + str(not any(re.search(r"<script|https?://(?!127\.0\.0\.1)", p.html) for _n, p in pages))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
