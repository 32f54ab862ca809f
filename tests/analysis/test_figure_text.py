"""Text in charts is shown as written: plotly's markup subset never comes alive."""

from __future__ import annotations

import json

from analysis import figures
from tests.analysis.helpers import AS_OF, counted_museum_report, week

MARKUP = '<a href="https://evil.example/phish">Click here</a> <b>&amp;</b><br>'


def drawn_strings(node, key=None):
    if isinstance(node, dict):
        for k, v in node.items():
            if k != "legendgroup":  # an id plotly never draws
                yield from drawn_strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from drawn_strings(v, key)
    elif isinstance(node, str):
        # Hover templates are the module's own: their <extra> element is plotly's, on purpose.
        yield (
            node.replace("<extra>", "").replace("</extra>", "") if key == "hovertemplate" else node
        )


def test_figure_builders_escape_titles_labels_and_names():
    specs = [
        figures.share_bars([MARKUP, "plain"], [40.0, 60.0], MARKUP, note=MARKUP),
        figures.nps_bands([(MARKUP, 20.0, 30.0, 50.0)], MARKUP),
        figures.diverging_scale([MARKUP], [[10, 20, 30, 20, 20]], [MARKUP] * 5, MARKUP),
        figures.progress_overview([MARKUP], [50.0], [40.0], ["behind"], MARKUP, [MARKUP]),
    ]
    for spec in specs:
        for text in drawn_strings(spec):
            assert "<" not in text and ">" not in text, text
        assert "&lt;a href=" in json.dumps(spec)


def test_markup_in_a_museums_own_question_never_reaches_a_chart_as_markup(
    engine, create_museum, create_own_question, add_responses
):
    museum = create_museum()
    question = create_own_question(
        museum,
        texts={lang: f"Which room? {MARKUP}" for lang in ("en", "nl", "fr", "de", "es", "it")},
        options=[("one", f"Room {MARKUP}"), ("two", "Room two")],
    )
    add_responses(museum, 30, week(0), {question: "one"})
    document = counted_museum_report(engine, museum.id, as_of=AS_OF)
    checked = 0
    for section in document.sections:
        for figure in section.figures:
            for text in drawn_strings(figure.spec):
                assert "<a" not in text and "<b>" not in text and "<br>" not in text, text
                checked += 1
    assert checked
    dumped = json.dumps([f.spec for s in document.sections for f in s.figures])
    assert "&lt;a href=" in dumped  # the question is charted, with its markup escaped
