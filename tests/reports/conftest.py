"""The report fixtures of tests/analysis serve the report commands' tests too."""

from tests.analysis.conftest import add_responses, engine, report_runner

__all__ = ["add_responses", "engine", "report_runner"]
