"""The first report requests after weeks have ended all count those weeks at once."""

from __future__ import annotations

import datetime as dt
import threading

from survey.extensions import db
from survey.models import Museum


def test_simultaneous_first_report_requests_all_succeed(
    app, engine, add_responses, create_museum, create_user
):
    from tests.conftest import PASSWORD

    museum = create_museum()
    today = dt.date.today()
    for weeks_ago in range(1, 9):
        add_responses(db.session.get(Museum, museum.id), 12, today - dt.timedelta(weeks=weeks_ago))
    staff = create_user("staff")
    clients = [app.test_client() for _ in range(6)]
    barrier = threading.Barrier(len(clients))
    statuses: list[int] = []

    def first_request(client):
        # Signed in on its own thread: the test's app context must not hold a user for it.
        client.post("/account/login", data={"email": staff.email, "password": PASSWORD})
        barrier.wait()
        statuses.append(client.get(f"/staff/museums/{museum.id}/report.json").status_code)

    threads = [threading.Thread(target=first_request, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert statuses == [200] * len(clients)
