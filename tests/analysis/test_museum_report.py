"""The museum report end to end on the test databases, every rule checked in every format."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete

from analysis import DisclosurePolicy, build_museum_report
from analysis.derived import harrell_davis
from analysis.disclosure import protect_cells
from analysis.stats import nps_counts, nps_estimate, percentile_rank
from survey.extensions import db
from survey.models import Answer
from tests.analysis.helpers import (
    AS_OF,
    FORMATS,
    Rendered,
    Text,
    publish,
    released,
    released_numbers,
    week,
)

NPS_SCORES = [10, 9, 8, 7, 6, 10, 9, 3, 10, 9]


def typical(index: int) -> dict:
    return {
        "visit_first": "first" if index % 3 else "repeat",
        "nps": NPS_SCORES[index % 10],
        "satisfaction_overall": [5, 4, 4, 3, 5][index % 5],
        "return_intent": [5, 4, 3, 4][index % 4],
        "rating_exhibition": [5, 4, 4, 3, 2][index % 5],
        "rating_cafe": "na" if index % 4 == 0 else 4,
        "motivation": ["exhibition", "learn"] if index % 2 else ["collection"],
    }


def report(engine, museum, as_of=AS_OF, **options) -> Rendered:
    publish(engine, as_of, options.get("policy"))
    return Rendered(build_museum_report(engine, museum.id, as_of=as_of, **options))


def test_headline_measures_carry_intervals_and_match_the_answers(
    engine, create_museum, add_responses
):
    museum = create_museum()
    add_responses(museum, 60, week(1), typical)
    rendered = report(engine, museum)
    # Every figure is computed from the released (perturbed) counts, and only from them.
    scores = released_numbers(museum.id, "core:nps")
    expected = nps_estimate(*nps_counts(scores))
    rendered.assert_shown("headline", "nps", "value", round(expected.score, 1))
    rendered.assert_shown("headline", "nps", "low", round(expected.low, 1))
    # The base is the number of respondents, released exactly.
    rendered.assert_shown("headline", "nps", "base", 60)
    satisfaction = released_numbers(museum.id, "core:satisfaction_overall", range(1, 6))
    mean = sum(v * n for v, n in satisfaction.items()) / sum(satisfaction.values())
    rendered.assert_shown("headline", "satisfaction_mean", "value", round(mean, 2))
    rendered.assert_shown("fieldwork", "completes", "value", 60)
    # "Not applicable" answers (as released) stay out of the base of the café's rating.
    not_applicable = released(museum.id, "core:rating_cafe")["na"]
    rendered.assert_shown("ratings", "rating_cafe", "base", 60 - not_applicable)


def test_no_statistic_on_fewer_than_ten_respondents_in_any_format(
    engine, create_museum, add_responses
):
    museum = create_museum()
    add_responses(museum, 9, week(1), typical)
    rendered = report(engine, museum)
    note = "hidden: fewer than 10"
    rendered.assert_hidden("headline", "nps", "value", note)
    rendered.assert_hidden("headline", "satisfaction_mean", "value", note)
    rendered.assert_hidden("nps_bands", "museum", "promoters", note)
    rendered.assert_hidden("ratings", "rating_exhibition", "mean", note)
    rendered.assert_hidden("profile_visit_first", "first", "respondents", note)
    rendered.assert_hidden("profile_visit_first", "_base", "respondents", note)
    rendered.assert_hidden("benchmarks", "nps", "value", note)
    for spec in rendered.figure_specs("nps_bands"):
        assert all(not trace["x"] for trace in spec["data"])
    assert rendered.figure_labels("profile_visit_first") == set()


def test_ten_respondents_are_enough_and_marked_indicative(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 10, week(1), typical)
    rendered = report(engine, museum)
    rendered.assert_shown("headline", "nps", "base", 10, note="indicative: base under 50")
    rendered.assert_shown("profile_visit_first", "_base", "respondents", 10, note="indicative")
    assert "indicative" in {n["rule"] for n in rendered.json["method_notes"]}


def test_fifty_respondents_are_not_indicative(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 50, week(1), typical)
    rendered = report(engine, museum)
    for fmt in FORMATS:
        assert "indicative" not in rendered.cell(fmt, "headline", "nps", "value")[1]


def test_the_minimum_base_is_configurable(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 11, week(1), typical)
    rendered = report(engine, museum, policy=DisclosurePolicy(min_base=12))
    rendered.assert_hidden("headline", "nps", "value", "hidden: fewer than 12")


def expected_statuses(cells: dict[str, int], codes: list[str]) -> dict[str, str]:
    """What the small-cell rules decide on the released (perturbed) counts."""
    decisions = protect_cells([cells.get(c, 0) for c in codes], DisclosurePolicy(), True)
    return dict(zip(codes, decisions, strict=True))


def test_small_groups_are_hidden_with_a_second_group_so_the_total_cannot_give_them_away(
    engine, create_museum, add_responses
):
    museum = create_museum()
    add_responses(museum, 30, week(1), {"gender": "female"})
    add_responses(museum, 25, week(1), {"gender": "male"})
    add_responses(museum, 3, week(1), {"gender": "other"})
    rendered = report(engine, museum)
    # The rules decide on the released counts, so that the decision carries their noise too.
    cells = released(museum.id, "core:gender")
    statuses = expected_statuses(cells, ["female", "male", "other", "prefer_not"])
    notes = {"small": "hidden: group of fewer than 10", "complementary": "protects a small group"}
    for code, status in statuses.items():
        if status:
            rendered.assert_hidden("profile_gender", code, "respondents", notes[status])
        elif cells.get(code):
            rendered.assert_shown("profile_gender", code, "respondents", cells[code])
    hidden = [code for code, status in statuses.items() if status and cells.get(code)]
    rendered.assert_shown("profile_gender", "_base", "respondents", 58)
    if hidden:  # the released small group is 1-9 (it may be released as 0: nothing to hide)
        assert len(hidden) >= 2 and sum(cells[c] for c in hidden) >= 10
        table = rendered.document.table("profile_gender")
        labels = {r["label"] for r in table.rows if r["key"] in hidden}
        assert not labels & rendered.figure_labels("profile_gender")
        rules = {n["rule"] for n in rendered.json["method_notes"]}
        assert {"small groups", "complementary suppression"} <= rules


def test_small_language_groups_are_protected_too(engine, create_museum, add_responses):
    museum = create_museum(languages=["nl", "en", "it"])
    add_responses(museum, 40, week(1), {"nps": 9}, language="nl")
    add_responses(museum, 20, week(1), {"nps": 9}, language="en")
    add_responses(museum, 1, week(1), {"nps": 9}, language="it")
    rendered = report(engine, museum)
    cells = released(museum.id, "responses")
    statuses = expected_statuses(cells, ["nl", "en", "it"])
    assert sum(1 for s in statuses.values() if s) >= 2 or not any(statuses.values())
    for code, status in statuses.items():
        if status:
            rendered.assert_hidden("language_mix", code, "respondents", "hidden")
        else:
            rendered.assert_shown("language_mix", code, "respondents", cells[code])


def _cluster(create_museum, add_responses, sizes: list[int], cluster: str = "art"):
    museums = []
    for index, size in enumerate(sizes):
        museum = create_museum(peer_cluster=cluster)
        add_responses(museum, size, week(1), {"nps": NPS_SCORES[index % 10]})
        museums.append(museum)
    return museums


def test_peer_benchmark_needs_five_other_museums_besides_the_museum_itself(
    engine, create_museum, add_responses
):
    own, *_ = _cluster(create_museum, add_responses, [20, 20, 20, 20, 20])
    rendered = report(engine, own)
    note = "fewer than 5 other museums"
    rendered.assert_hidden("headline", "nps", "peer_median", note)
    rendered.assert_hidden("benchmarks", "nps", "peer_median", note)
    rendered.assert_hidden("benchmarks", "nps", "peer_rank", note)
    spec_values = [t.get("x") for s in rendered.figure_specs("benchmarks") for t in s["data"]]
    assert all(not values for values in spec_values if values is not None and "NPS" in str(values))


def test_peer_benchmark_with_five_other_museums_gives_median_and_percentile(
    engine, create_museum, add_responses
):
    own, *others = _cluster(create_museum, add_responses, [20, 20, 20, 20, 20, 20])
    rendered = report(engine, own)
    # Other museums enter the benchmark with their released scores, never live answers.
    other_scores = [
        nps_estimate(*nps_counts(released_numbers(m.id, "core:nps"))).score for m in others
    ]
    own_score = nps_estimate(*nps_counts(released_numbers(own.id, "core:nps"))).score
    rendered.assert_shown("benchmarks", "nps", "peer_museums", 5)
    expected_rank = percentile_rank(own_score, other_scores)
    rendered.assert_shown("benchmarks", "nps", "peer_rank", round(expected_rank, 0))
    median = round(harrell_davis(other_scores, 0.5), 1)
    assert median not in {round(v, 1) for v in other_scores}
    rendered.assert_shown("benchmarks", "nps", "peer_median", median)


def test_peer_benchmark_refused_when_one_museum_gives_over_half_of_the_answers(
    engine, create_museum, add_responses
):
    own, *_ = _cluster(create_museum, add_responses, [20, 10, 10, 10, 10, 45])
    rendered = report(engine, own)
    rendered.assert_hidden("headline", "nps", "peer_median", "over half of the answers")
    rendered.assert_hidden("benchmarks", "nps", "all_median", "over half of the answers")


def test_figures_move_on_only_after_ten_new_respondents(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 30, week(2), typical)
    add_responses(museum, 5, week(1), typical)
    rendered = report(engine, museum)
    first = rendered.json["tables"]["headline"]
    rendered.assert_shown("profile_visit_first", "_base", "respondents", 30)
    # Five new responses move nothing: not the figures, not the response count.
    rendered.assert_shown("fieldwork", "completes", "value", 30)
    rendered.assert_shown("fieldwork", "live", "value", 5)

    # A week later five more came in: ten new respondents since the published 30.
    add_responses(museum, 5, AS_OF, typical)
    rendered = report(engine, museum, as_of=AS_OF + dt.timedelta(weeks=1))
    rendered.assert_shown("profile_visit_first", "_base", "respondents", 40)
    rendered.assert_shown("fieldwork", "completes", "value", 40)
    assert rendered.json["tables"]["headline"] != first


def test_the_running_week_is_counted_but_not_in_the_figures(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 20, week(1), typical)
    add_responses(museum, 15, AS_OF, typical)
    rendered = report(engine, museum)
    rendered.assert_shown("headline", "nps", "base", 20)
    rendered.assert_shown("fieldwork", "completes", "value", 20)
    rendered.assert_shown("fieldwork", "live", "value", 15)


def test_published_weeks_do_not_change_afterwards(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 40, week(1), typical)
    first = report(engine, museum)
    db.session.execute(delete(Answer))
    db.session.commit()
    add_responses(museum, 12, week(1), {"nps": 0})  # arrives late, in a week already published
    again = report(engine, museum)
    assert again.json["tables"]["headline"] == first.json["tables"]["headline"]


def test_comments_are_one_alphabetical_list_for_the_whole_museum(
    engine, create_museum, add_responses
):
    museum = create_museum()
    add_responses(museum, 20, week(1), {**typical(1), "age_band": "75_plus"})
    add_responses(museum, 1, week(1), {"comment": Text("Zebra crossing outside was unsafe.")})
    add_responses(museum, 1, week(1), {"comment": Text("=Lovely café")})
    rendered = report(engine, museum)
    texts = ["=Lovely café", "Zebra crossing outside was unsafe."]
    assert rendered.json["comments"][0]["texts"] == texts
    for name, table in rendered.json["tables"].items():
        assert "Zebra" not in str(table["rows"]), name
    assert "Zebra crossing outside was unsafe." in rendered.html
    csv_comments = [v[0] for k, v in rendered.csv.items() if k[0] == "comments"]
    assert sorted(csv_comments) == ["'=Lovely café", "Zebra crossing outside was unsafe."]
    assert all(k[0] == "comments" for k, v in rendered.csv.items() if v[0] and "Zebra" in v[0])
    sheet = [r for r in rendered.workbook["Comments"].iter_rows(values_only=True)]
    assert "'=Lovely café" in {r[1] for r in sheet}, "spreadsheet text never becomes a formula"


def test_comments_of_a_museum_under_the_minimum_base_are_not_shown(
    engine, create_museum, add_responses
):
    museum = create_museum()
    add_responses(museum, 8, week(1), {"comment": Text("Only a few of us answered.")})
    rendered = report(engine, museum)
    assert rendered.json["comments"][0]["texts"] is None
    assert "hidden: fewer than 10" in rendered.json["comments"][0]["note"]
    assert "Only a few of us" not in rendered.html
    assert not any("Only a few" in str(v[0]) for v in rendered.csv.values())
    sheet = [r for r in rendered.workbook["Comments"].iter_rows(values_only=True)]
    assert not any("Only a few" in str(r) for r in sheet)


def test_html_report_is_self_contained_and_has_every_chart(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 60, week(1), typical)
    rendered = report(engine, museum)
    html = rendered.html
    from analysis.render import plotly_bundle

    bundle = plotly_bundle()
    assert html.count(bundle) == 1
    page = html.replace(bundle, "")
    assert "http://" not in page and "https://" not in page
    assert "<script src" not in page and "<link" not in page and "@import" not in page
    assert "default-src 'none'" in page
    names = [figure.name for figure in rendered.document.figures()]
    assert len(names) >= 15
    for name in names:
        assert f'id="figure-{name}"' in page
        assert rendered.figure_specs(name)
    assert page.count("Plotly.newPlot(") == 1


def test_every_figure_is_a_valid_plotly_figure(engine, create_museum, add_responses):
    import plotly.graph_objects as go

    museum = create_museum()
    add_responses(museum, 60, week(1), typical)
    publish(engine)
    document = build_museum_report(engine, museum.id, as_of=AS_OF)
    for figure in document.figures():
        go.Figure(figure.spec)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_empty_museum_renders_in_every_format(engine, create_museum, fmt):
    from analysis import render_document

    museum = create_museum()
    publish(engine)
    assert render_document(build_museum_report(engine, museum.id, as_of=AS_OF), fmt)


def test_progress_summary_takes_protected_figures_from_the_report(
    engine, create_museum, add_responses
):
    from analysis import progress_summary

    small, large = create_museum(), create_museum()
    add_responses(small, 9, week(1), typical)
    add_responses(large, 30, week(1), typical)
    publish(engine)
    summary = progress_summary(build_museum_report(engine, small.id, as_of=AS_OF))
    # Nothing is released for 9 respondents: only the bare live count shows them.
    assert summary["completes"] == 0
    assert summary["live"] == 9
    assert summary["headline"]["nps"]["value"] is None
    assert "hidden: fewer than 10" in summary["headline"]["nps"]["note"]

    publish(engine)
    summary = progress_summary(build_museum_report(engine, large.id, as_of=AS_OF))
    assert summary["headline"]["nps"]["base"] == 30
    assert "indicative" in summary["headline"]["nps"]["note"]


def _count_rows(tables) -> dict[str, int]:
    from sqlalchemy import func, select

    return {
        table.name: db.session.scalar(select(func.count()).select_from(table)) for table in tables
    }


def test_building_reports_writes_nothing_and_shows_nothing_until_released(
    engine, create_museum, add_responses
):
    from analysis import build_overview
    from analysis import schema as tables

    written = (
        tables.snapshot_week,
        tables.weekly_answer_count,
        tables.weekly_response_count,
        tables.release,
        tables.release_cell,
    )
    museum = create_museum()
    add_responses(museum, 30, week(1), typical)
    before = _count_rows(written)
    unreleased = Rendered(build_museum_report(engine, museum.id, as_of=AS_OF))
    build_overview(engine, as_of=AS_OF)
    db.session.rollback()  # a fresh look at the tables
    assert _count_rows(written) == before == {table.name: 0 for table in written}
    unreleased.assert_shown("fieldwork", "completes", "value", 0)
    unreleased.assert_shown("fieldwork", "live", "value", 30)
    assert unreleased.json["meta"]["figures_up_to"] is None

    publish(engine)
    released_report = Rendered(build_museum_report(engine, museum.id, as_of=AS_OF))
    released_report.assert_shown("fieldwork", "completes", "value", 30)
    end = week(1, 0) + dt.timedelta(days=6)
    assert released_report.json["meta"]["figures_up_to"] == end.isoformat()


def test_a_report_shows_the_weeks_of_the_latest_release(engine, create_museum, add_responses):
    museum = create_museum()
    add_responses(museum, 12, week(2), typical)
    add_responses(museum, 20, week(0), typical)
    publish(engine, as_of=AS_OF - 2 * dt.timedelta(weeks=1))  # the job last ran two weeks ago
    rendered = Rendered(build_museum_report(engine, museum.id, as_of=AS_OF))
    rendered.assert_shown("fieldwork", "completes", "value", 12)
    rendered.assert_shown("fieldwork", "live", "value", 20)
    end = week(2, 0) + dt.timedelta(days=6)
    assert rendered.json["meta"]["figures_up_to"] == end.isoformat()
