"""Privacy safeguards: the personal-data linter for museum questions and the free-text scrubber.

The two are imported on first use, so that ``sentomus lint`` does not load the scrubber (and its
phone-number library) and the scrubber does not load the linter's lexicons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from survey.privacy.scrub import scrub_text

__all__ = ["scrub_text"]


def __getattr__(name: str) -> Any:
    if name == "scrub_text":
        from survey.privacy.scrub import scrub_text

        return scrub_text
    raise AttributeError(f"module 'survey.privacy' has no attribute {name!r}")
