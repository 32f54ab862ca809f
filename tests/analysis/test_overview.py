"""The staff overview: every museum's progress, who is behind, the study's headline figures."""

from __future__ import annotations

import plotly.graph_objects as go

from analysis import add_wave, build_overview, list_waves
from analysis.stats import nps_counts, nps_estimate
from tests.analysis.helpers import AS_OF, Rendered, publish, released_numbers, week


def test_overview_lists_every_museum_and_who_is_behind(engine, create_museum, add_responses):
    ahead = create_museum(name="Ahead", target_sample_size=100)
    behind = create_museum(name="Behind", target_sample_size=5000)
    idle = create_museum(name="Idle", target_sample_size=100)
    for offset in range(4):
        add_responses(ahead, 30, week(offset), {"nps": 10})
        add_responses(behind, 12, week(offset), {"nps": 3})
    publish(engine)
    rendered = Rendered(build_overview(engine, as_of=AS_OF))
    rendered.assert_shown("progress", ahead.slug, "status", "reached")
    rendered.assert_shown("progress", behind.slug, "status", "behind")
    rendered.assert_shown("progress", idle.slug, "status", "behind")
    rendered.assert_shown("progress", behind.slug, "completes", 48)
    # Least progress first: the museum without any response, then the slow one.
    assert [r["key"] for r in rendered.json["tables"]["behind"]["rows"]] == [idle.slug, behind.slug]
    assert rendered.document.table("progress").rows[0]["key"] == idle.slug
    # The study's figures add up the museums' released counts.
    pooled = released_numbers(None, "core:nps", series="study:epoch")
    ahead_scores = released_numbers(ahead.id, "core:nps")
    behind_scores = released_numbers(behind.id, "core:nps")
    assert pooled == {
        v: ahead_scores.get(v, 0) + behind_scores.get(v, 0)
        for v in range(11)
        if ahead_scores.get(v, 0) + behind_scores.get(v, 0)
    }
    expected = nps_estimate(*nps_counts(pooled))
    rendered.assert_shown("national", "nps", "value", round(expected.score, 1))
    rendered.assert_shown("national", "completes", "value", 168)
    for figure in rendered.document.figures():
        go.Figure(figure.spec)


def test_overview_hides_museum_scores_below_the_minimum_base(engine, create_museum, add_responses):
    small = create_museum(name="Small")
    add_responses(small, 9, week(1), {"nps": 10, "satisfaction_overall": 5})
    publish(engine)
    rendered = Rendered(build_overview(engine, as_of=AS_OF))
    # Nothing is released for 9 respondents: no score, and only the live count shows them.
    assert rendered.document.table("progress").row(small.slug)["nps"] is None
    assert rendered.document.table("progress").row(small.slug)["satisfaction"] is None
    rendered.assert_shown("progress", small.slug, "completes", 0)
    rendered.assert_shown("progress", small.slug, "live", 9)


def test_overview_compares_the_study_with_the_previous_wave(engine, create_museum, add_responses):
    add_wave(
        engine,
        "2025",
        AS_OF.replace(year=2025, month=1, day=1),
        AS_OF.replace(year=2025, month=12, day=31),
    )
    add_wave(engine, "2026", AS_OF.replace(month=1, day=1), AS_OF.replace(month=12, day=31))
    museum = create_museum()
    add_responses(museum, 20, week(1), {"nps": 10})
    add_responses(museum, 20, AS_OF.replace(year=2025, month=5, day=6), {"nps": 0})
    publish(engine)
    rendered = Rendered(build_overview(engine, as_of=AS_OF))
    assert rendered.json["meta"]["period"]["name"] == "2026"
    waves = {w.name: w.id for w in list_waves(engine)}
    now = released_numbers(museum.id, "core:nps", series=f"museum:{museum.id}:wave:{waves['2026']}")
    then = released_numbers(
        museum.id, "core:nps", series=f"museum:{museum.id}:wave:{waves['2025']}"
    )
    rendered.assert_shown(
        "national", "nps", "value", round(nps_estimate(*nps_counts(now)).score, 1)
    )
    rendered.assert_shown(
        "national", "nps", "previous", round(nps_estimate(*nps_counts(then)).score, 1)
    )
    assert nps_estimate(*nps_counts(now)).score > 0 > nps_estimate(*nps_counts(then)).score
