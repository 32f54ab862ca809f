"""A found value: where it is in the shadow text and what replaces it."""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int
    placeholder: str
