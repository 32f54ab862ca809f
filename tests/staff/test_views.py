from __future__ import annotations

from sqlalchemy import select

from survey.extensions import db
from survey.models import AuditEntry, Museum, User
from tests.conftest import PASSWORD

MUSEUM = {
    "name": "Museum Vlakte",
    "slug": "museum-vlakte",
    "languages": ["nl", "fr"],
    "target_sample_size": 250,
    "peer_cluster": "history",
    "active": "y",
}


def test_staff_add_a_museum_whose_survey_then_opens(app, client, create_user, sign_in):
    sign_in(create_user("staff"))
    response = client.post("/staff/museums/new", data=MUSEUM)
    assert response.status_code == 302
    with app.app_context():
        museum = db.session.scalars(Museum.by_slug("museum-vlakte")).one()
        assert museum.languages == ["nl", "fr"] and museum.target_sample_size == 250
        assert db.session.scalar(select(AuditEntry.action)) == "museum.create"
    survey = client.get("/s/museum-vlakte", headers={"Accept-Language": "fr"})
    assert survey.status_code == 200 and '<html lang="fr">' in survey.get_data(as_text=True)


def test_museum_form_errors_keep_what_was_typed(client, create_museum, create_user, sign_in):
    create_museum(slug="taken")
    sign_in(create_user("staff"))
    bad = client.post("/staff/museums/new", data={**MUSEUM, "slug": "Bad Slug!"})
    html = bad.get_data(as_text=True)
    assert bad.status_code == 200
    assert "Use lowercase letters, digits and single dashes" in html
    assert 'value="Museum Vlakte"' in html
    taken = client.post("/staff/museums/new", data={**MUSEUM, "slug": "taken"})
    assert "Another museum already uses this address." in taken.get_data(as_text=True)
    none = client.post("/staff/museums/new", data={**MUSEUM, "languages": []})
    assert "Offer at least one language." in none.get_data(as_text=True)
    zero = client.post("/staff/museums/new", data={**MUSEUM, "target_sample_size": "-5"})
    assert zero.status_code == 200 and "field-error" in zero.get_data(as_text=True)


def test_closing_a_museum_is_audited_with_the_change(
    app, client, create_museum, create_user, sign_in
):
    museum = create_museum(slug="open-one", languages=["en"])
    sign_in(create_user("staff"))
    data = {
        "name": museum.name,
        "slug": "open-one",
        "languages": ["en"],
        "target_sample_size": 400,
        "peer_cluster": "art",
    }  # "active" unchecked: the survey closes
    assert client.post(f"/staff/museums/{museum.id}", data=data).status_code == 302
    assert "This survey is closed" in client.get("/s/open-one").get_data(as_text=True)
    with app.app_context():
        entry = db.session.scalars(select(AuditEntry)).one()
        assert entry.action == "museum.update" and entry.details["changes"]["active"] == [
            True,
            False,
        ]


def test_overview_flags_museums_behind_target(client, create_museum, create_user, sign_in):
    create_museum(name="Far Behind Museum", target_sample_size=400)
    sign_in(create_user("staff"))
    html = client.get("/staff/").get_data(as_text=True)
    assert "Far Behind Museum" in html and 'class="behind"' in html


def test_deactivated_user_can_no_longer_sign_in(app, client, create_museum, create_user, sign_in):
    editor = create_user("editor", create_museum())
    staff = create_user("staff")
    sign_in(staff)
    assert client.post(f"/staff/users/{editor.id}/active/0").status_code == 302
    assert client.post(f"/staff/users/{staff.id}/active/0").status_code == 400  # not oneself
    client.post("/account/logout")
    response = client.post("/account/login", data={"email": editor.email, "password": PASSWORD})
    assert response.status_code == 200
    with app.app_context():
        assert db.session.get(User, editor.id).active is False


def test_core_page_lists_the_loaded_questionnaire(client, create_user, sign_in):
    sign_in(create_user("staff", locale="nl"))
    html = client.get("/staff/core").get_data(as_text=True)
    assert "Is dit uw eerste bezoek aan dit museum?" in html
    assert "satisfaction_overall" in html
