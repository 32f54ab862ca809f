"""Disclosure control: the one layer every figure passes before any output sees it.

Reports are built from aggregates, then every table row, figure value and comment is decided
here: shown, marked indicative, or hidden with a method note saying why. Renderers (HTML, JSON,
CSV, XLSX) and the progress e-mails only ever receive the protected document, never the counts
behind it, so no output can show what this layer withheld.

The rules, with the policy's defaults:

1. Minimum base: no statistic on a group of fewer than `min_base` (10) respondents. The policy
   refuses a minimum below 5.
2. Small cells: in a breakdown of visitors into groups (the visitor profile, the language mix, a
   museum's own choice questions), a group of 1 to min_base-1 respondents is not shown.
3. Complementary suppression: where a breakdown's groups add up to a shown total, hidden groups
   are always at least two and together at least `min_base` respondents, so neither a hidden
   group nor the difference between the total and the shown groups is a small group. Further
   groups are hidden, smallest first, until this holds.
4. Indicative results: a statistic on min_base..`indicative_below`-1 (10-49) respondents is
   shown, marked indicative.
5. Peer benchmarks: only with at least `min_peer_museums` (5) other museums, each with at least
   `min_base` answers, and none of them contributing more than `max_peer_share` (half) of the
   peer answers. The museum itself is never part of its own benchmark. Other museums' scores
   are only ever shown as a median, quartiles and a percentile rank, from the weekly snapshot.
6. Stable figures: figures are published from whole, ended ISO weeks (the weekly snapshot), and
   a statistic moves to a later week only once its base has grown by at least `min_growth` (10)
   respondents since its last published value (the publication ladder below). Two reports can
   therefore never differ by fewer than 10 respondents in any statistic. Fieldwork counts
   (responses per week, starts) say how many, not who or what, and follow the weekly snapshot
   only; the running week is shown as a bare count.
7. Open comments: shown only as one list for the whole museum, in alphabetical order, without
   language, date or any other answer, and only when the museum's published base reaches
   `min_base`.

Opinion distributions (ratings, satisfaction, NPS) are statistics on the whole base of a
question, so they are shown in full once that base reaches the minimum (rule 1); hiding single
answer values would not protect anyone while the mean is published, since the mean and the shown
values give the hidden ones back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from analysis.i18n import N_, gettext

#: Row notes, shared by every output so that tests and readers find the same words everywhere.
#: Translated (in the report's language) by `DisclosurePolicy.text`.
HIDDEN_BASE = N_("hidden: fewer than %(min_base)s respondents")
HIDDEN_SMALL = N_("hidden: group of fewer than %(min_base)s")
HIDDEN_COMPLEMENTARY = N_("hidden: protects a small group")
INDICATIVE = N_("indicative: base under %(indicative_below)s")
NO_BENCHMARK_FEW = N_("no benchmark: fewer than %(min_peer_museums)s other museums")
NO_BENCHMARK_DOMINANT = N_("no benchmark: one museum gives over half of the answers")
HIDDEN_NOTES = (HIDDEN_BASE, HIDDEN_SMALL, HIDDEN_COMPLEMENTARY)
HIDDEN_MARK = "–"


@dataclass(frozen=True)
class DisclosurePolicy:
    """Thresholds of the disclosure rules (see the module docstring)."""

    ABSOLUTE_MIN_BASE: ClassVar[int] = 5

    min_base: int = 10
    indicative_below: int = 50
    min_peer_museums: int = 5
    max_peer_share: float = 0.5
    min_growth: int = 10

    def __post_init__(self) -> None:
        if self.min_base < self.ABSOLUTE_MIN_BASE:
            raise ValueError(
                f"the minimum base cannot be set below {self.ABSOLUTE_MIN_BASE} respondents"
            )
        if self.min_growth < self.ABSOLUTE_MIN_BASE:
            raise ValueError(
                f"published figures must grow by at least {self.ABSOLUTE_MIN_BASE} respondents"
            )
        if self.indicative_below < self.min_base:
            raise ValueError("the indicative band must start at the minimum base")
        if self.min_peer_museums < 2 or not 0 < self.max_peer_share <= 1:
            raise ValueError("a peer benchmark needs several museums, none dominating")

    def text(self, template: str) -> str:
        """A note in the report's language, with this policy's thresholds filled in."""
        return gettext(
            template,
            min_base=self.min_base,
            indicative_below=self.indicative_below,
            min_peer_museums=self.min_peer_museums,
        )


@dataclass(frozen=True)
class Note:
    """One entry of the method notes: which rule acted on what."""

    rule: str
    subject: str
    detail: str


@dataclass
class MethodNotes:
    notes: list[Note] = field(default_factory=list)
    _seen: set[Note] = field(default_factory=set, repr=False)

    def add(self, rule: str, subject: str, detail: str) -> None:
        note = Note(rule, subject, detail)
        if note not in self._seen:
            self._seen.add(note)
            self.notes.append(note)


# Rule names used in method notes (stable keys; shown translated in the method notes table).
RULE_MIN_BASE = N_("minimum base")
RULE_SMALL_CELLS = N_("small groups")
RULE_COMPLEMENTARY = N_("complementary suppression")
RULE_INDICATIVE = N_("indicative")
RULE_BENCHMARK = N_("peer benchmark")
RULE_LADDER = N_("stable figures")
RULE_COMMENTS = N_("open comments")


def base_status(base: int, policy: DisclosurePolicy) -> str:
    """'hidden' below the minimum base, 'indicative' up to the indicative limit, else 'ok'."""
    if base < policy.min_base:
        return "hidden"
    if base < policy.indicative_below:
        return "indicative"
    return "ok"


def base_note(base: int, policy: DisclosurePolicy) -> str:
    status = base_status(base, policy)
    if status == "hidden":
        return policy.text(HIDDEN_BASE)
    if status == "indicative":
        return policy.text(INDICATIVE)
    return ""


def protect_cells(counts: Sequence[int], policy: DisclosurePolicy, additive: bool) -> list[str]:
    """Decide each cell of a breakdown: '' (shown), 'small' or 'complementary' (hidden).

    `additive` says the cells add up to a total that is shown (single choice, language mix);
    multiple-choice cells overlap, so no cell can be derived from the others and only small
    cells are hidden.
    """
    status = ["small" if 0 < c < policy.min_base else "" for c in counts]
    if not additive or "small" not in status:
        return status

    def protected() -> bool:
        hidden = [c for c, s in zip(counts, status, strict=True) if s]
        return len(hidden) >= 2 and sum(hidden) >= policy.min_base

    while not protected():
        candidates = [
            i for i, (c, s) in enumerate(zip(counts, status, strict=True)) if c > 0 and not s
        ]
        if not candidates:
            break
        # The smallest group loses least information; ties go to the later (rarer) option.
        smallest = min(candidates, key=lambda i: (counts[i], -i))
        status[smallest] = "complementary"
    return status


def cell_note(status: str, policy: DisclosurePolicy) -> str:
    if status == "small":
        return policy.text(HIDDEN_SMALL)
    if status == "complementary":
        return policy.text(HIDDEN_COMPLEMENTARY)
    return ""


def publication_index(weekly_bases: Sequence[int], policy: DisclosurePolicy) -> int:
    """Index of the last week a statistic is published up to, or -1 before its first publication.

    Walks the weeks in order and publishes a new value only once the base has grown by at least
    `min_growth` since the value published before. Deterministic from the weekly counts, so it
    needs no memory of what was published, and consecutive published values differ by at least
    `min_growth` respondents.
    """
    published, grown = -1, 0
    for index, base in enumerate(weekly_bases):
        grown += base
        if grown >= policy.min_growth:
            published, grown = index, 0
    return published


@dataclass(frozen=True)
class BenchmarkDecision:
    allowed: bool
    reason: str
    #: Scores of the other museums that may enter the benchmark.
    values: tuple[float, ...] = ()
    museums: int = 0


def decide_benchmark(
    museum_id: int | None,
    scores: Sequence[tuple[int, float, int]],
    policy: DisclosurePolicy,
) -> BenchmarkDecision:
    """Whether a benchmark on (museum id, score, base) rows may be shown to `museum_id`.

    The museum itself is dropped first, then museums whose own base is below the minimum.
    """
    others = [(m, v, n) for m, v, n in scores if m != museum_id and n >= policy.min_base]
    if len(others) < policy.min_peer_museums:
        return BenchmarkDecision(False, policy.text(NO_BENCHMARK_FEW), museums=len(others))
    total = sum(n for _, _, n in others)
    if max(n for _, _, n in others) > policy.max_peer_share * total:
        return BenchmarkDecision(False, policy.text(NO_BENCHMARK_DOMINANT), museums=len(others))
    return BenchmarkDecision(True, "", tuple(v for _, v, _ in others), len(others))


def publishable_comments(
    texts: Sequence[str], museum_base: int, policy: DisclosurePolicy
) -> list[str] | None:
    """The comments a museum may read, or None when its published base is below the minimum."""
    if museum_base < policy.min_base:
        return None
    return sorted((t.strip() for t in texts if t and t.strip()), key=str.casefold)


def note_base(notes: MethodNotes, policy: DisclosurePolicy, subject: str, base: int) -> str:
    """The base status of a figure on `base` answers, recorded in the method notes when the
    figure is withheld or indicative."""
    status = base_status(base, policy)
    if status == "hidden" and base:
        notes.add(RULE_MIN_BASE, subject, gettext("not shown: %(count)s answers", count=base))
    elif status == "indicative":
        notes.add(RULE_INDICATIVE, subject, gettext("base of %(count)s answers", count=base))
    return status
