"""Privacy safeguards: the personal-data linter for museum questions and the free-text scrubber."""

from survey.privacy.scrub import scrub_text

__all__ = ["scrub_text"]
