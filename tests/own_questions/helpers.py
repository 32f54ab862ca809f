"""Helpers shared by the own-question tests: the editor form as a browser posts it, stored rows."""

from __future__ import annotations

from sqlalchemy import func, select

from survey.extensions import db
from survey.models import Question
from tests.survey_walker import SurveyWalker

LANGS = ["en", "nl"]
AUDIO_GUIDE = {
    "en": "Did you use the audio guide today?",
    "nl": "Heeft u vandaag de audiotour gebruikt?",
}
YES_NO = [("yes", {"en": "Yes", "nl": "Ja"}), ("no", {"en": "No", "nl": "Nee"})]
#: Asks for a special category of data (health): allowed only after staff approval.
DISABILITY = {
    "en": "Do you have a disability that made your visit harder?",
    "nl": "Heeft u een beperking die uw bezoek moeilijker maakte?",
}


def question_form(texts=None, options=YES_NO, kind="single_choice", code=None, **extra) -> dict:
    """The editor form as a browser posts it."""
    data = {"kind": kind, **extra}
    if code is not None:
        data["code"] = code
    for lang, text in (texts or AUDIO_GUIDE).items():
        data[f"text_{lang}"] = text
        data.setdefault(f"help_{lang}", "")
    for index, (option_code, labels) in enumerate(options or []):
        data[f"options-{index}-code"] = option_code
        for lang, label in labels.items():
            data[f"options-{index}-label_{lang}"] = label
    return data


def own_rows(app, museum_id=None) -> list[Question]:
    with app.app_context():
        query = select(Question).where(Question.museum_id.is_not(None)).order_by(Question.id)
        if museum_id is not None:
            query = query.where(Question.museum_id == museum_id)
        rows = db.session.scalars(query).all()
        for row in rows:
            db.session.expunge(row)
        return rows


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def walk_survey(client, slug: str, answers: dict | None = None, lang: str = "en") -> dict:
    """Complete the live survey; returns every question field seen, with its page's HTML."""
    walker = SurveyWalker(client, slug)
    walker.start(lang)
    seen: dict[str, str] = {}
    for _ in range(30):
        for name in walker.page.question_names:
            seen[name] = walker.page.html
        page = walker.answer_page(answers or {})
        if page.status == 303:
            return seen
        assert page.status == 200 and "field-error" not in page.html, page.html
    raise AssertionError("the survey did not finish")
