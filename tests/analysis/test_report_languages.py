"""Reports speak the reader's language: headings, tables, notes, numbers and dates."""

from __future__ import annotations

import json

import pytest

from analysis import build_museum_report, build_overview, render_document
from analysis.i18n import current_language, language
from analysis.render import format_value
from tests.analysis.helpers import AS_OF, Rendered, publish, week
from tests.analysis.test_museum_report import typical

HEADINGS = {
    "en": {"fieldwork": "Fieldwork", "headline": "Headline measures", "method": "Method notes"},
    "nl": {
        "fieldwork": "Veldwerk",
        "headline": "Kerncijfers",
        "method": "Methodologische toelichting",
    },
    "fr": {
        "fieldwork": "Terrain",
        "headline": "Indicateurs clés",
        "method": "Notes méthodologiques",
    },
}
HEADLINE_TABLE = {
    "en": "Headline measures with 95% intervals",
    "nl": "Kerncijfers met 95%-intervallen",
    "fr": "Indicateurs clés avec intervalles à 95 %",
}
HIDDEN_NOTE = {
    "en": "hidden: fewer than 10 respondents",
    "nl": "verborgen: minder dan 10 respondenten",
    "fr": "masqué\u00a0: moins de 10 répondants",
}


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_museum_report_headings_in_html_and_json(engine, create_museum, add_responses, lang):
    museum = create_museum(name="Taalmuseum")
    add_responses(museum, 60, week(1), typical)
    publish(engine)
    rendered = Rendered(build_museum_report(engine, museum.id, as_of=AS_OF, lang=lang))

    titles = {s["key"]: s["title"] for s in rendered.json["sections"]}
    for key, heading in HEADINGS[lang].items():
        assert titles[key] == heading
        assert f'<section class="report-section" id="{key}">\n  <h2>{heading}</h2>' in rendered.html
    assert rendered.json["tables"]["headline"]["title"] == HEADLINE_TABLE[lang]
    assert f"<caption>{HEADLINE_TABLE[lang]}</caption>" in rendered.html
    assert f'<html lang="{lang}">' in rendered.html
    # Data stay data: keys and values do not depend on the language.
    assert rendered.json["tables"]["headline"]["rows"][0]["base"] == 60
    assert current_language() == "en", "the language does not leak out of the build"


def test_english_report_stays_english(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 60, week(1), typical)
    publish(engine)
    rendered = Rendered(build_museum_report(engine, museum.id, as_of=AS_OF))
    html = rendered.html
    assert "<h2>Veldwerk</h2>" not in html and "<h2>Terrain</h2>" not in html
    assert "<h2>Fieldwork</h2>" in html and "Figures as a table" in html
    assert rendered.json["tables"]["headline"]["columns"][1]["label"] == "Score"
    mean = rendered.json["tables"]["headline"]["rows"][1]["value"]
    shown = rendered.html_tables["headline"]["satisfaction_mean"]["value"].strip()
    assert shown == format_value(mean, rendered.column("headline", "value"))


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_notes_numbers_and_page_words_are_translated(engine, create_museum, add_responses, lang):
    museum = create_museum()
    add_responses(museum, 60, week(1), typical)
    add_responses(create_museum(), 9, week(1), typical)
    publish(engine)
    rendered = Rendered(build_museum_report(engine, museum.id, as_of=AS_OF, lang=lang))
    # Decimal comma in both languages.
    mean = rendered.json["tables"]["headline"]["rows"][1]["value"]
    shown = rendered.html_tables["headline"]["satisfaction_mean"]["value"].strip()
    with language(lang):
        assert shown == format_value(mean, rendered.column("headline", "value"))
    assert "." not in shown and (mean == int(mean) or "," in shown)
    assert "Figures as a table" not in rendered.html
    assert {"nl": "Cijfers als tabel", "fr": "Chiffres sous forme de tableau"}[lang] in (
        rendered.html
    )
    assert "Sentomus museum visitor study" not in rendered.html


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_hidden_rows_keep_their_mark_and_translated_note(
    engine, create_museum, add_responses, lang
):
    museum = create_museum()
    add_responses(museum, 9, week(1), typical)
    publish(engine)
    document = build_museum_report(engine, museum.id, as_of=AS_OF, lang=lang)
    row = document.table("headline").row("nps")
    assert row["value"] is None and row["note"].startswith(HIDDEN_NOTE[lang])
    html = render_document(document, "html").decode("utf-8")
    assert '<tr data-row="nps" class="hidden">' in html
    assert HIDDEN_NOTE[lang] in html
    notes = json.loads(render_document(document, "json"))["method_notes"]
    rules = {n["rule"] for n in notes}
    assert ("peer benchmark" in rules) == (lang == "en")
    if lang == "nl":
        assert "benchmark" in rules


def test_overview_in_the_readers_language(engine, create_museum, add_responses):
    add_responses(create_museum(), 20, week(1), {"nps": 9})
    publish(engine)
    english = json.loads(render_document(build_overview(engine, as_of=AS_OF), "json"))
    dutch = build_overview(engine, as_of=AS_OF, lang="nl")
    html = render_document(dutch, "html").decode("utf-8")
    data = json.loads(render_document(dutch, "json"))
    assert english["title"] == "Sentomus study overview"
    assert data["title"] == "Overzicht Sentomus-onderzoek"
    assert "<h2>Voortgang per museum</h2>" in html
    assert [s["title"] for s in data["sections"]][:1] == ["Kerncijfers van het onderzoek"]
    assert "<h2>Kerncijfers van het onderzoek</h2>" in html
    assert data["tables"]["progress"]["title"] == "Voortgang ten opzichte van streefaantal"


def test_unknown_language_falls_back_to_english(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 20, week(1), typical)
    publish(engine)
    document = build_museum_report(engine, museum.id, as_of=AS_OF, lang="nl_BE")
    assert document.section("fieldwork").title == "Veldwerk"
    publish(engine)
    document = build_museum_report(engine, museum.id, as_of=AS_OF, lang="xx")
    assert document.section("fieldwork").title == "Fieldwork"
    assert document.lang == "en"


def test_report_command_takes_a_language(report_runner, create_museum, add_responses, tmp_path):
    museum = create_museum(slug="taal", name="Taal Test")
    add_responses(museum, 25, week(1), {"nps": 9, "satisfaction_overall": 4})
    out = tmp_path / "report.json"
    args = ["report", "--museum", "taal", "--format", "json", "--out", str(out), "--lang", "fr"]
    result = report_runner.invoke(args=[*args, "--as-of", AS_OF.isoformat()])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_bytes())["sections"][0]["title"] == "Terrain"
