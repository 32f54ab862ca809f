"""Plotly figure specifications built from protected table rows.

Figures are plain plotly JSON ({"data": [...], "layout": {...}}): rendering them needs no
validation pass per report, and the JSON output carries them as they are. Tests load every one
into plotly.graph_objects.Figure to prove it is a valid plotly figure. Hidden values are simply
absent from a figure: a figure never shows more than its table.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import Any

from analysis.i18n import N_
from analysis.i18n import gettext as _

PALETTE = {
    "museum": "#1f5f8b",
    "previous": "#9bb7cc",
    "peer": "#e0a458",
    "all": "#6c757d",
    "target": "#c0392b",
    "good": "#2e8b57",
    "neutral": "#c8c8c8",
    "bad": "#c0392b",
}
#: Five-point scale colours, from very poor to very good.
SCALE_COLOURS = ["#b2182b", "#ef8a62", "#cccccc", "#67a9cf", "#2166ac"]
NPS_COLOURS = {"detractors": "#d6604d", "passives": "#cccccc", "promoters": "#4393c3"}
FONT = {"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", "size": 13}


#: Keys whose strings plotly draws as text, parsing a subset of HTML (links, bold, line breaks).
_DRAWN_TEXT = {"text", "name", "title", "ticktext", "x", "y", "customdata", "labels"}


def plotly_text(value: str) -> str:
    """Text that plotly shows as written: its markup subset (<a href>, <b>, <br>) and entities
    are escaped, so a museum's question text can never become a link in a chart."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_drawn_text(node: Any, key: str | None = None) -> Any:
    if isinstance(node, dict):
        return {k: _escape_drawn_text(v, k) for k, v in node.items()}
    if isinstance(node, list | tuple):
        return [_escape_drawn_text(v, key) for v in node]
    if isinstance(node, str) and key in _DRAWN_TEXT:
        return plotly_text(node)
    return node


def _plotly_safe(build: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """Applied to every figure builder: labels and titles (often a museum's own text) escaped;
    hover templates, which are this module's own markup, left as written."""

    @functools.wraps(build)
    def safe(*args: Any, **kwargs: Any) -> dict[str, Any]:
        return _escape_drawn_text(build(*args, **kwargs))

    return safe


def _layout(title: str, height: int, **extra: Any) -> dict[str, Any]:
    layout = {
        "title": {"text": title, "x": 0, "xanchor": "left", "font": {"size": 15}},
        "height": height,
        "margin": {"l": 10, "r": 20, "t": 50, "b": 40},
        "font": FONT,
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "legend": {"orientation": "h", "y": -0.15, "x": 0},
        "hovermode": "closest",
    }
    layout.update(extra)
    # Room for tick labels however long they are ("12k", long answer labels): no clipping.
    for axis in ("xaxis", "yaxis"):
        layout[axis] = {"automargin": True, **layout.get(axis, {})}
    return layout


def _iso(day: dt.date) -> str:
    return day.isoformat()


@_plotly_safe
def cumulative_progress(
    weeks: Sequence[dt.date],
    cumulative: Sequence[int],
    target_line: Sequence[float],
    all_weeks: Sequence[dt.date],
    title: str = "Completed responses against the target",
) -> dict[str, Any]:
    sundays = [_iso(w + dt.timedelta(days=6)) for w in all_weeks]
    return {
        "data": [
            {
                "type": "scatter",
                "mode": "lines",
                "name": _("Target line"),
                "x": sundays,
                "y": [round(v, 1) for v in target_line],
                "line": {"color": PALETTE["target"], "dash": "dash"},
            },
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": _("Completed responses"),
                "x": [_iso(w + dt.timedelta(days=6)) for w in weeks],
                "y": list(cumulative),
                "line": {"color": PALETTE["museum"], "width": 3},
            },
        ],
        "layout": _layout(
            title,
            340,
            xaxis={"title": {"text": _("Week ending")}, "type": "date"},
            yaxis={"title": {"text": _("Responses")}, "rangemode": "tozero"},
        ),
    }


@_plotly_safe
def weekly_bars(
    weeks: Sequence[dt.date], counts: Sequence[int], title: str = "Responses per week"
) -> dict[str, Any]:
    return {
        "data": [
            {
                "type": "bar",
                "name": _("Responses"),
                "x": [_iso(w) for w in weeks],
                "y": list(counts),
                "marker": {"color": PALETTE["museum"]},
                "hovertemplate": _("Week of %%{x}: %%{y}") + "<extra></extra>",
            }
        ],
        "layout": _layout(
            title,
            280,
            xaxis={"title": {"text": _("Week starting")}, "type": "date"},
            yaxis={"title": {"text": _("Responses")}, "rangemode": "tozero"},
            showlegend=False,
        ),
    }


@_plotly_safe
def share_bars(
    labels: Sequence[str], shares: Sequence[float | None], title: str, note: str = ""
) -> dict[str, Any]:
    """Horizontal bars of shares in percent; hidden (None) shares are left out of the figure."""
    shown = [
        (label, share) for label, share in zip(labels, shares, strict=True) if share is not None
    ]
    layout = _layout(
        title,
        max(180, 60 + 28 * max(1, len(shown))),
        xaxis={"title": {"text": "% of respondents"}, "rangemode": "tozero", "ticksuffix": "%"},
        yaxis={"autorange": "reversed", "automargin": True},
        showlegend=False,
    )
    if note:
        layout["annotations"] = [_footnote(note)]
    return {
        "data": [
            {
                "type": "bar",
                "orientation": "h",
                "y": [label for label, _ in shown],
                "x": [share for _, share in shown],
                "text": [f"{share:.0f}%" for _, share in shown],
                "textposition": "auto",
                "marker": {"color": PALETTE["museum"]},
                "hovertemplate": "%{y}: %{x:.1f}%<extra></extra>",
            }
        ],
        "layout": layout,
    }


def _footnote(text: str) -> dict[str, Any]:
    return {
        "text": text,
        "xref": "paper",
        "yref": "paper",
        "x": 0,
        "y": -0.25,
        "showarrow": False,
        "font": {"size": 11, "color": "#555555"},
        "xanchor": "left",
    }


@_plotly_safe
def nps_bands(
    rows: Sequence[tuple[str, float, float, float]], title: str = "Promoters, passives, detractors"
) -> dict[str, Any]:
    """Stacked horizontal bars of (label, detractors %, passives %, promoters %)."""
    labels = [r[0] for r in rows]
    data = []
    bands = (
        ("detractors", N_("Detractors")),
        ("passives", N_("Passives")),
        ("promoters", N_("Promoters")),
    )
    for index, (band, name) in enumerate(bands, start=1):
        values = [r[index] for r in rows]
        data.append(
            {
                "type": "bar",
                "orientation": "h",
                "name": _(name),
                "y": labels,
                "x": values,
                "text": [f"{v:.0f}%" for v in values],
                "textposition": "inside",
                "marker": {"color": NPS_COLOURS[band]},
                "hovertemplate": f"{_(name)}: %{{x:.1f}}%<extra>%{{y}}</extra>",
            }
        )
    return {
        "data": data,
        "layout": _layout(
            title,
            120 + 40 * len(rows),
            barmode="stack",
            xaxis={"range": [0, 100], "ticksuffix": "%"},
            yaxis={"autorange": "reversed", "automargin": True},
        ),
    }


@_plotly_safe
def diverging_scale(
    labels: Sequence[str],
    shares: Sequence[Sequence[float]],
    point_labels: Sequence[str],
    title: str,
) -> dict[str, Any]:
    """Diverging stacked bars of five-point answers: the middle point is split around zero.

    `shares[i]` holds the five shares (percent of valid answers) of item `labels[i]`.
    """
    data = []
    # Left side: middle half, then poor, then very poor (drawn outwards from zero).
    left_order = [(2, 0.5), (1, 1.0), (0, 1.0)]
    right_order = [(2, 0.5), (3, 1.0), (4, 1.0)]
    for side, order in (("left", left_order), ("right", right_order)):
        for point, factor in order:
            values = [row[point] * factor for row in shares]
            data.append(
                {
                    "type": "bar",
                    "orientation": "h",
                    "name": point_labels[point],
                    "legendgroup": point_labels[point],
                    "showlegend": side == "right" or point < 2,
                    "y": list(labels),
                    "x": [-v if side == "left" else v for v in values],
                    "customdata": [row[point] for row in shares],
                    "marker": {"color": SCALE_COLOURS[point]},
                    "hovertemplate": f"{plotly_text(point_labels[point])}: %{{customdata:.0f}}%"
                    "<extra>%{y}</extra>",
                }
            )
    return {
        "data": data,
        "layout": _layout(
            title,
            140 + 34 * len(labels),
            barmode="relative",
            xaxis={
                "range": [-100, 100],
                "tickvals": [-100, -50, 0, 50, 100],
                "ticktext": ["100%", "50%", "0", "50%", "100%"],
                "zeroline": True,
            },
            yaxis={"autorange": "reversed", "automargin": True},
            legend={"orientation": "h", "y": -0.2, "x": 0, "traceorder": "normal"},
        ),
    }


@_plotly_safe
def benchmark_dots(rows: Sequence[dict[str, Any]], title: str) -> dict[str, Any]:
    """Dot plot: the museum's score with its interval against the peer median and IQR band.

    Each row: label, axis ("nps" or "mean"), value, low, high, peer_q1, peer_median, peer_q3,
    all_median (any of the benchmark fields may be None). NPS and mean scores get their own axis.
    """
    data: list[dict[str, Any]] = []
    for axis, xaxis, yaxis in (("nps", "x", "y"), ("mean", "x2", "y2")):
        subset = [r for r in rows if r["axis"] == axis]
        if not subset:
            continue
        # One legend for both axes: the first axis drawn carries it.
        placed = {
            "showlegend": axis == "nps" or not any(r["axis"] == "nps" for r in rows),
            "xaxis": xaxis,
            "yaxis": yaxis,
        }
        data.append(_peer_band(subset, placed))
        for key, name, symbol, colour in (
            ("peer_median", _("Peer median"), "diamond", PALETTE["peer"]),
            ("all_median", _("All museums median"), "x", PALETTE["all"]),
        ):
            points = [r for r in subset if r.get(key) is not None]
            data.append(
                {
                    "type": "scatter",
                    "mode": "markers",
                    "name": name,
                    "legendgroup": key,
                    "y": [r["label"] for r in points],
                    "x": [r[key] for r in points],
                    "marker": {"symbol": symbol, "size": 11, "color": colour},
                    **placed,
                }
            )
        data.append(_museum_dots(subset, placed))
    return {"data": data, "layout": _benchmark_layout(rows, title)}


def _peer_band(subset: Sequence[dict[str, Any]], placed: dict[str, Any]) -> dict[str, Any]:
    # A quartile can be withheld on its own (rule 4): a band needs both.
    with_band = [r for r in subset if r.get("peer_q1") is not None and r.get("peer_q3") is not None]
    return {
        "type": "bar",
        "orientation": "h",
        "name": _("Peer museums, middle half"),
        "legendgroup": "band",
        "y": [r["label"] for r in with_band],
        "base": [r["peer_q1"] for r in with_band],
        "x": [r["peer_q3"] - r["peer_q1"] for r in with_band],
        "customdata": [[r["peer_q1"], r["peer_q3"]] for r in with_band],
        "marker": {"color": PALETTE["peer"], "opacity": 0.35},
        "hovertemplate": _("Peers' middle half: %%{customdata[0]:.1f} to %%{customdata[1]:.1f}")
        + "<extra></extra>",
        "width": 0.5,
        **placed,
    }


def _museum_dots(subset: Sequence[dict[str, Any]], placed: dict[str, Any]) -> dict[str, Any]:
    shown = [r for r in subset if r.get("value") is not None]
    return {
        "type": "scatter",
        "mode": "markers",
        "name": _("This museum (95%% interval)"),
        "legendgroup": "museum",
        "y": [r["label"] for r in shown],
        "x": [r["value"] for r in shown],
        "error_x": {
            "type": "data",
            "symmetric": False,
            "array": [r["high"] - r["value"] for r in shown],
            "arrayminus": [r["value"] - r["low"] for r in shown],
            "color": PALETTE["museum"],
        },
        "marker": {"size": 12, "color": PALETTE["museum"]},
        **placed,
    }


def _benchmark_layout(rows: Sequence[dict[str, Any]], title: str) -> dict[str, Any]:
    nps_rows = sum(1 for r in rows if r["axis"] == "nps")
    mean_rows = len(rows) - nps_rows
    total = max(1, nps_rows + mean_rows)
    gap = 0.12 if nps_rows and mean_rows else 0.0
    nps_share = nps_rows / total * (1 - gap)
    return _layout(
        title,
        180 + 36 * total,
        barmode="overlay",
        xaxis={"title": {"text": "NPS"}, "range": [-100, 100], "anchor": "y"},
        yaxis={"domain": [1 - nps_share, 1], "automargin": True, "anchor": "x"},
        xaxis2={"title": {"text": _("Mean score (1–5)")}, "range": [1, 5], "anchor": "y2"},
        yaxis2={
            "domain": [0, 1 - nps_share - gap] if mean_rows else [0, 0],
            "automargin": True,
            "anchor": "x2",
        },
    )


@_plotly_safe
def progress_overview(
    labels: Sequence[str],
    progress: Sequence[float],
    expected: Sequence[float | None],
    statuses: Sequence[str],
    title: str = "Progress against target",
    status_labels: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Bars of each museum's progress, coloured by status (`status_labels` as shown)."""
    colours = {
        "reached": PALETTE["good"],
        "on track": PALETTE["museum"],
        "behind": PALETTE["bad"],
        "no data": PALETTE["neutral"],
    }
    return {
        "data": [
            {
                "type": "bar",
                "orientation": "h",
                "name": _("Completed, %% of target"),
                "y": list(labels),
                "x": [round(p, 1) for p in progress],
                "marker": {"color": [colours.get(s, PALETTE["all"]) for s in statuses]},
                "customdata": list(status_labels or statuses),
                "hovertemplate": _("%%{y}: %%{x:.0f}%% of target (%%{customdata})")
                + "<extra></extra>",
            },
            {
                "type": "scatter",
                "mode": "markers",
                "name": _("Expected by now"),
                "y": list(labels),
                "x": [None if e is None else round(e, 1) for e in expected],
                "marker": {"symbol": "line-ns-open", "size": 14, "color": "#222222"},
            },
        ],
        "layout": _layout(
            title,
            120 + 18 * len(labels),
            xaxis={"title": {"text": _("%% of target")}, "ticksuffix": "%", "rangemode": "tozero"},
            yaxis={"autorange": "reversed", "automargin": True, "tickfont": {"size": 11}},
        ),
    }


@_plotly_safe
def score_distribution(
    values: Sequence[float], title: str, axis_title: str, bins: int = 20
) -> dict[str, Any]:
    """Histogram of museum scores (one value per museum with a sufficient base)."""
    return {
        "data": [
            {
                "type": "histogram",
                "x": [round(v, 1) for v in values],
                "nbinsx": bins,
                "marker": {"color": PALETTE["museum"]},
                "name": _("Museums"),
            }
        ],
        "layout": _layout(
            title,
            280,
            xaxis={"title": {"text": axis_title}},
            yaxis={"title": {"text": _("Museums")}},
            showlegend=False,
        ),
    }
