"""Cell-key perturbation: small, deterministic noise on every published count.

The method of ONS (Census 2021) and ABS TableBuilder, adapted so that differencing two releases
never gives a clean answer. Every response carries a random *record key* (0..255) drawn at
submit; it is random, so it says nothing about who answered or when. A published count is the
true count plus noise read from a fixed *perturbation table* at the cell's *cell key*:

- the cell key comes from the sum of the record keys of the respondents in the cell and of all
  respondents to the question (the base), mixed by a hash. The same population therefore gets
  the same cell key and the same published figure every time it is published, so republishing
  or averaging the same figures gains nothing;
- as soon as one respondent is added to the question's base, every cell of the question gets a
  new, unpredictable cell key, so the difference between two releases carries fresh noise in
  every cell, not only in the cell that changed. (With the plain ONS key, the sum of the cell's
  own record keys, a cell nobody joined would republish its old figure exactly, and the one
  cell that moved would point at the one new respondent.)

Noise is a discretised Gaussian (sigma 3, at most 10 either way) truncated so that no published
count is negative, and tilted for small counts so that its mean is the true count: no count is
biased, as in the ONS table. A true zero cannot be lowered, so it is raised a little at random
(a narrower one-sided noise, sigma 1.5, about 0.9 phantom answers on average): a published
zero proves nothing, at the price of a small upward bias on answer values nobody gave.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

#: Record keys are drawn uniformly from 0 .. RECORD_KEYS - 1.
RECORD_KEYS = 256


def cell_key(value: str, cell_key_sum: int, base_key_sum: int) -> int:
    """The cell key (0..255) of one answer value of one question's table."""
    digest = hashlib.blake2b(
        f"{value}\x1f{cell_key_sum}\x1f{base_key_sum}".encode(), digest_size=4
    ).digest()
    return int.from_bytes(digest, "big") % RECORD_KEYS


@dataclass(frozen=True)
class PerturbationTable:
    """Noise per true count and cell key; deterministic, so it can be printed and audited."""

    #: Standard deviation of the noise on counts well above zero.
    sigma: float = 3.0
    #: The largest change the noise can make to a count.
    bound: int = 10
    #: Spread of the (upward only) noise on true zeros: small, so that answer values nobody
    #: gave gain few phantom answers, yet not zero, so that a published zero proves nothing.
    zero_sigma: float = 1.5
    #: Rows are computed for counts up to here; larger counts use this row (same noise).
    rows: int = field(default=0)

    def __post_init__(self) -> None:
        if self.sigma < 0 or self.zero_sigma < 0 or self.bound < 0:
            raise ValueError("noise needs a non-negative spread and bound")
        if not self.rows:
            object.__setattr__(self, "rows", self.bound + 1)

    def distribution(self, count: int) -> dict[int, float]:
        """{published count: probability} for a true `count`."""
        cache = self.__dict__.setdefault("_distributions", {})
        if count not in cache:
            cache[count] = self._distribution(count)
        return cache[count]

    def _distribution(self, count: int) -> dict[int, float]:
        if count < 0:
            raise ValueError("counts are never negative")
        sigma = self.zero_sigma if count == 0 else self.sigma
        if sigma == 0:
            return {count: 1.0}
        low = max(0, count - self.bound)
        support = range(low, count + self.bound + 1)

        def weights(tilt: float) -> dict[int, float]:
            raw = {
                y: math.exp(-((y - count) ** 2) / (2 * sigma**2) + tilt * (y - count))
                for y in support
            }
            total = sum(raw.values())
            return {y: w / total for y, w in raw.items()}

        if count == 0:
            return weights(0.0)
        # Tilt the truncated Gaussian until its mean is the true count: no count is biased.
        lower, upper = -5.0, 0.0
        for _ in range(60):
            middle = (lower + upper) / 2
            mean = sum(y * p for y, p in weights(middle).items())
            lower, upper = (middle, upper) if mean < count else (lower, middle)
        return weights((lower + upper) / 2)

    @cached_property
    def _table(self) -> tuple[tuple[int, ...], ...]:
        """For each row count c, the noise at each cell key (inverse CDF at the key's midpoint)."""
        table = []
        for count in range(self.rows):
            cumulative, noise = 0.0, []
            items = sorted(self.distribution(count).items())
            index = 0
            for key in range(RECORD_KEYS):
                target = (key + 0.5) / RECORD_KEYS
                while index < len(items) - 1 and cumulative + items[index][1] < target:
                    cumulative += items[index][1]
                    index += 1
                noise.append(items[index][0] - count)
            table.append(tuple(noise))
        return tuple(table)

    def noise(self, count: int, key: int) -> int:
        """The noise added to a true `count` whose cell key is `key`."""
        row = self._table[min(count, self.rows - 1)]
        return row[key % RECORD_KEYS]

    def perturb(self, count: int, key: int) -> int:
        return count + self.noise(count, key)

    def variance(self, count: int | None = None) -> float:
        """Variance of the noise on a count (default: a count far from zero)."""
        count = self.rows - 1 + self.bound if count is None else count
        noises = [self.noise(count, key) for key in range(RECORD_KEYS)]
        mean = sum(noises) / RECORD_KEYS
        return sum((n - mean) ** 2 for n in noises) / RECORD_KEYS


#: The table every release uses. Changing it changes every published figure: never edit it in
#: place, add a new table and a new method version instead.
DEFAULT_TABLE = PerturbationTable()


def perturb_table(
    counts: Mapping[str, int],
    key_sums: Mapping[str, int],
    base_key_sum: int,
    values: tuple[str, ...] | list[str] = (),
    table: PerturbationTable = DEFAULT_TABLE,
) -> dict[str, int]:
    """Published counts of one question's table.

    `counts` and `key_sums` hold the true count and the sum of record keys per answer value,
    `base_key_sum` the sum of record keys of every respondent to the question, `values` every
    value the table shows (options nobody chose included, so that their zeros get noise too).
    """
    out = {}
    for value in dict.fromkeys([*values, *counts]):
        count = int(counts.get(value, 0))
        key = cell_key(value, int(key_sums.get(value, 0)), base_key_sum)
        out[value] = table.perturb(count, key)
    return out
