"""Property-based hostile input: no form, respondent or portal, ever answers with a 500, and
markup in questions, options and answers is always rendered inert."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSWORD
from tests.survey_walker import SurveyWalker

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hostile_text = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "<script>alert(1)</script>",
            '"><img src=x onerror=alert(1)>',
            "{{ 7*7 }}",
            "'; DROP TABLE answer; --",
            "\x00\x01\x02",
            "\u202e\u200b",
            "9" * 400,
            "-1",
            "1e309",
            "NaN",
        ]
    ),
)
field_names = st.one_of(
    st.sampled_from(["state", "action", "switch_lang", "lang", "kiosk"]),
    st.from_regex(r"q[0-9]{1,6}", fullmatch=True),
    st.text(max_size=20),
)


@pytest.fixture
def museum_with_markup(create_museum, create_own_question):
    """A museum whose own question and options carry markup, as a careless editor might type."""
    museum = create_museum(slug="fuzz-museum", name="<script>alert(1)</script> Museum")
    create_own_question(
        museum,
        code="markup",
        texts={lang: '"><img src=x onerror=alert(1)> favourite room?' for lang in ("en", "nl")},
        options=[("a", "<script>alert(1)</script>"), ("b", "plain")],
    )
    return museum


@pytest.fixture
def fuzz_staff(create_user):
    return create_user("staff")


@pytest.fixture
def fuzz_editor(create_museum, create_user):
    return create_user("editor", create_museum(slug="fuzz-q", languages=["en", "nl"]))


@FUZZ
@given(
    data=st.dictionaries(
        field_names, st.one_of(hostile_text, st.lists(hostile_text, max_size=4)), max_size=12
    )
)
def test_respondent_page_never_fails(client, museum_with_markup, data):
    slug = museum_with_markup.slug
    walker = SurveyWalker(client, slug)
    walker.start("en")
    payload = dict(data)
    if "state" not in payload:
        payload["state"] = walker.page.state
    response = client.post(f"/s/{slug}/page", data=payload)
    assert response.status_code in {200, 303, 400, 429}, response.status_code
    html = response.get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror" not in html


@FUZZ
@given(lang=hostile_text, kiosk=hostile_text, slug=st.text(max_size=40))
def test_respondent_entry_points_never_fail(client, create_museum, lang, kiosk, slug):
    slug = quote(slug, safe="")
    for url in (f"/s/{slug}", "/s/x/start", "/s/x/thanks"):
        response = client.get(url, query_string={"lang": lang, "kiosk": kiosk})
        assert response.status_code < 500
    response = client.post(f"/s/{slug}/start", data={"lang": lang, "kiosk": kiosk})
    assert response.status_code < 500


@FUZZ
@given(email=hostile_text, password=hostile_text)
def test_login_never_fails(client, email, password):
    response = client.post("/account/login", data={"email": email, "password": password})
    assert response.status_code in {200, 400}
    assert "<script>alert(1)</script>" not in response.get_data(as_text=True)


@FUZZ
@given(
    form=st.fixed_dictionaries(
        {
            "name": hostile_text,
            "slug": hostile_text,
            "languages": st.lists(st.sampled_from(["en", "nl", "xx", "", "<b>"]), max_size=4),
            "target_sample_size": hostile_text,
            "peer_cluster": hostile_text,
            "active": hostile_text,
        }
    ),
    invite=st.fixed_dictionaries(
        {
            "email": hostile_text,
            "display_name": hostile_text,
            "role": st.sampled_from(["editor", "viewer", "staff", "owner", ""]),
            "museum_id": hostile_text,
            "locale": st.sampled_from(["en", "nl", "fr", "de", "", "<x>"]),
        }
    ),
    account=st.fixed_dictionaries(
        {"display_name": hostile_text, "locale": hostile_text, "progress_emails": hostile_text}
    ),
)
def test_staff_and_account_forms_never_fail(
    app, client, create_user, sign_in, form, invite, account
):
    if not hasattr(app, "_fuzz_staff"):
        app._fuzz_staff = create_user("staff", email="fuzz-staff@sento.example")
    client.post("/account/login", data={"email": "fuzz-staff@sento.example", "password": PASSWORD})
    for url, data in (
        ("/staff/museums/new", form),
        ("/staff/users", invite),
        ("/account/settings", account),
    ):
        response = client.post(url, data=data)
        assert response.status_code in {200, 302, 400}, (url, response.status_code)
        html = response.get_data(as_text=True)
        assert "<script>alert(1)</script>" not in html and "<img src=x onerror" not in html


def test_markup_in_questions_options_and_answers_is_inert(client, museum_with_markup):
    walker = SurveyWalker(client, museum_with_markup.slug)
    intro = walker.intro("en")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Museum" in intro.html
    walker.start("en")
    seen = []
    for _ in range(20):
        seen.append(walker.page.html)
        if "favourite room?" in walker.page.html:
            break
        walker.answer_page()
    html = seen[-1]
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt; favourite room?" in html
    assert "<img src=x" not in html and "<script>alert(1)</script>" not in html


@FUZZ
@given(
    form=st.fixed_dictionaries(
        {
            "kind": st.sampled_from(
                [
                    "single_choice",
                    "multiple_choice",
                    "scale",
                    "nps",
                    "number",
                    "free_text",
                    "slider",
                    "",
                ]
            ),
            "code": hostile_text,
            "text_en": hostile_text,
            "text_nl": hostile_text,
            "help_en": hostile_text,
            "number-min": hostile_text,
            "number-max": hostile_text,
            "free_text-max_length": hostile_text,
            "multiple_choice-max_choices": hostile_text,
            "scale-scale": hostile_text,
            "options-0-code": hostile_text,
            "options-0-label_en": hostile_text,
            "options-1-code": hostile_text,
            "options-1-label_nl": hostile_text,
            "options-99999-code": hostile_text,
        }
    )
)
def test_own_question_form_never_fails(app, client, create_museum, create_user, form):
    if not hasattr(app, "_fuzz_editor"):
        museum = create_museum(slug="fuzz-q", languages=["en", "nl"])
        app._fuzz_editor = create_user("editor", museum, email="fuzz-editor@museum.example")
    client.post(
        "/account/login", data={"email": "fuzz-editor@museum.example", "password": PASSWORD}
    )
    response = client.post("/portal/questions/new", data=form)
    assert response.status_code in {200, 303, 400}, response.status_code
    html = response.get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "<img src=x onerror" not in html
