from __future__ import annotations

import pytest
import yaml
from sqlalchemy import func, select

from survey.core import DEFAULT_PATH
from survey.extensions import db
from survey.models import Answer, Question, Response, SurveyStartCount, UsedSubmitToken
from survey.typography import typeset
from tests.survey_walker import SurveyWalker

LANGS = ("en", "nl", "fr", "de", "es", "it")
DOCUMENT = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
# Interface text that must appear translated on the first question page.
NEXT_BUTTON = {
    "en": "Next",
    "nl": "Volgende",
    "fr": "Suivant",
    "de": "Weiter",
    "es": "Siguiente",
    "it": "Avanti",
}


def core_id(app, code: str) -> int:
    with app.app_context():
        return db.session.scalar(
            select(Question.id).where(Question.code == code, Question.museum_id.is_(None))
        )


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("lang", LANGS)
def test_whole_survey_can_be_completed_in_each_language(app, client, create_museum, lang):
    museum = create_museum()
    walker = SurveyWalker(client, museum.slug)
    intro = walker.intro(lang)
    assert intro.status == 200
    assert f'<html lang="{lang}">' in intro.html

    page = walker.start(lang)
    assert page.status == 200
    assert page.title == DOCUMENT["sections"][0]["title"][lang]
    first_question = typeset(DOCUMENT["sections"][0]["questions"][0]["text"][lang], lang)
    assert first_question in page.html
    assert NEXT_BUTTON[lang] in page.html

    done = walker.complete()
    assert done.status == 303
    assert done.headers["Location"].endswith(f"/s/{museum.slug}/thanks?lang={lang}")
    thanks = client.get(done.headers["Location"])
    assert thanks.status_code == 200

    with app.app_context():
        responses = db.session.scalars(select(Response)).all()
        assert len(responses) == 1
        assert responses[0].language == lang
        assert responses[0].museum_id == museum.id
        stored = db.session.scalar(select(func.count()).select_from(Answer))
    assert stored >= 20


def test_no_respondent_route_sets_a_cookie(app, client, create_museum):
    museum = create_museum()
    walker = SurveyWalker(client, museum.slug)
    walker.intro("nl")
    walker.start("nl")
    walker.answer_page({}, action="next")
    walker.answer_page({}, action="back")
    walker.post({"switch_lang": "fr"})
    done = walker.complete()
    walker.responses.append(client.get(done.headers["Location"]))
    walker.responses.append(client.get("/s/no-such-museum"))
    walker.post({"action": "next"}, state="tampered")
    assert len(walker.responses) >= 8
    for response in walker.responses:
        assert "Set-Cookie" not in response.headers, response.request.path
        assert response.headers["Cache-Control"] == "no-store"
    assert not client.get_cookie("session")


def test_nothing_but_the_start_counter_is_written_before_submit(app, client, create_museum):
    museum = create_museum()
    walker = SurveyWalker(client, museum.slug)
    walker.intro()
    walker.start()
    for _ in range(3):
        walker.answer_page()
    assert count(app, Response) == 0
    assert count(app, Answer) == 0
    assert count(app, UsedSubmitToken) == 0
    with app.app_context():
        starts = db.session.scalars(select(SurveyStartCount)).all()
    assert [(s.museum_id, s.starts) for s in starts] == [(museum.id, 1)]


def test_start_counter_adds_up_per_day(app, client, create_museum):
    museum = create_museum()
    for _ in range(3):
        SurveyWalker(client, museum.slug).start()
    with app.app_context():
        assert db.session.scalar(select(SurveyStartCount.starts)) == 3


def test_double_submit_and_replay_store_one_response(app, client, create_museum):
    museum = create_museum()
    walker = SurveyWalker(client, museum.slug)
    walker.start()
    final_post = None
    for _ in range(20):
        page = walker.page
        data = {"action": "next", **{n: _answer(page, n) for n in page.question_names}}
        state = page.state
        result = walker.post(data)
        if result.status == 303:
            final_post = (data, state)
            break
    assert final_post is not None
    data, state = final_post
    again = walker.post(data, state=state)  # double click
    replay = walker.post(data, state=state)  # replayed later
    assert again.status == 303 and replay.status == 303
    assert count(app, Response) == 1
    assert count(app, UsedSubmitToken) == 1


def _answer(page, name):
    from tests.survey_walker import default_answer

    return default_answer(page, name)


def test_response_ids_are_random_uuid4(app, client, create_museum):
    museum = create_museum()
    for _ in range(3):
        walker = SurveyWalker(client, museum.slug)
        walker.start()
        walker.complete()
    with app.app_context():
        ids = db.session.scalars(select(Response.id)).all()
    assert len(set(ids)) == 3
    assert all(i.version == 4 for i in ids)


def test_province_page_only_for_the_netherlands_and_belgium(app, client, create_museum):
    museum = create_museum()
    country = core_id(app, "country")
    province_nl = core_id(app, "province_nl")
    province_be = core_id(app, "province_be")

    def walk(country_code):
        walker = SurveyWalker(client, museum.slug)
        walker.start("en")
        seen = []
        for _ in range(20):
            names = walker.page.question_names
            seen.extend(names)
            overrides = {f"q{country}": country_code} if f"q{country}" in names else {}
            page = walker.answer_page(overrides)
            if page.status == 303:
                return seen
        raise AssertionError("did not finish")

    seen_nl = walk("NL")
    assert f"q{province_nl}" in seen_nl and f"q{province_be}" not in seen_nl
    seen_de = walk("DE")
    assert f"q{province_nl}" not in seen_de and f"q{province_be}" not in seen_de
    with app.app_context():
        province_answers = db.session.scalars(
            select(Answer.option_code).where(Answer.question_id == province_nl)
        ).all()
    assert len(province_answers) == 1 and province_answers[0].startswith("NL-")


def test_changing_country_drops_an_answer_that_no_longer_applies(app, client, create_museum):
    museum = create_museum()
    country, province_nl = core_id(app, "country"), core_id(app, "province_nl")
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    while f"q{country}" not in walker.page.question_names:
        walker.answer_page()
    walker.answer_page({f"q{country}": "NL"})
    assert f"q{province_nl}" in walker.page.question_names
    walker.answer_page({f"q{province_nl}": "NL-UT"}, action="back")
    walker.answer_page({f"q{country}": "DE"})  # now Germany: no province question
    assert walker.page.status == 303
    with app.app_context():
        assert (
            db.session.scalar(
                select(func.count()).select_from(Answer).where(Answer.question_id == province_nl)
            )
            == 0
        )


def test_going_back_keeps_answers(app, client, create_museum):
    museum = create_museum()
    visit_first = core_id(app, "visit_first")
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    walker.answer_page({f"q{visit_first}": "repeat"})
    back = walker.answer_page(action="back")
    assert back.checked(f"q{visit_first}") == ["repeat"]


def test_switching_language_mid_survey_keeps_what_was_typed(app, client, create_museum):
    museum = create_museum()
    visit_first = core_id(app, "visit_first")
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    page = walker.post({f"q{visit_first}": "repeat", "switch_lang": "de"})
    assert page.status == 200
    assert '<html lang="de">' in page.html
    assert DOCUMENT["sections"][0]["title"]["de"] == page.title
    assert page.checked(f"q{visit_first}") == ["repeat"]
    walker.complete()
    with app.app_context():
        assert db.session.scalar(select(Response.language)) == "de"


def test_own_questions_come_after_the_core_ones(app, client, create_museum, create_own_question):
    museum = create_museum(name="Museum Aquila")
    own = create_own_question(museum, code="audio_guide", kind="single_choice")
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    titles = []
    for _ in range(20):
        titles.append(walker.page.title)
        if f"q{own.id}" in walker.page.question_names:
            break
        walker.answer_page()
    assert titles[-1] == "A few questions from Museum Aquila"
    assert titles[:-1][0] == DOCUMENT["sections"][0]["title"]["en"]
    walker.answer_page({f"q{own.id}": "no"})
    assert walker.page.status == 303
    with app.app_context():
        assert (
            db.session.scalar(select(Answer.option_code).where(Answer.question_id == own.id))
            == "no"
        )


def test_retired_and_pending_own_questions_are_not_asked(
    app, client, create_museum, create_own_question
):
    museum = create_museum()
    retired = create_own_question(museum, code="old", status="retired")
    pending = create_own_question(museum, code="waiting", status="pending")
    walker = SurveyWalker(client, museum.slug)
    walker.start()
    seen = []
    for _ in range(20):
        seen.extend(walker.page.question_names)
        if walker.answer_page().status == 303:
            break
    assert f"q{retired.id}" not in seen and f"q{pending.id}" not in seen


def test_kiosk_mode_returns_to_the_start(app, client, create_museum):
    museum = create_museum()
    walker = SurveyWalker(client, museum.slug)
    intro = walker.intro("fr", kiosk="1")
    assert 'name="kiosk" value="1"' in intro.html
    walker.start("fr", kiosk=True)
    done = walker.complete()
    assert "kiosk=1" in done.headers["Location"]
    thanks = client.get(done.headers["Location"])
    html = thanks.get_data(as_text=True)
    assert 'http-equiv="refresh"' in html
    assert f"url=/s/{museum.slug}?kiosk=1" in html


def test_free_text_is_scrubbed_before_storage(app, client, create_museum):
    museum = create_museum()
    comment = core_id(app, "comment")
    walker = SurveyWalker(client, museum.slug)
    walker.start("en")
    secret = "Great visit! Mail me at jan.devries@example.nl or call 06-12345678."
    for _ in range(20):
        overrides = {f"q{comment}": secret} if f"q{comment}" in walker.page.question_names else {}
        if walker.answer_page(overrides).status == 303:
            break
    with app.app_context():
        stored = db.session.scalar(select(Answer.text).where(Answer.question_id == comment))
    assert stored.startswith("Great visit!")
    assert "jan.devries" not in stored and "12345678" not in stored
