"""Repeat the linter's corpus metrics at the end of the test run, where they are easy to find."""

from tests.privacy.corpus_metrics import CORPUS_REPORT_KEY


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    report = config.stash.get(CORPUS_REPORT_KEY, None)
    if report:
        terminalreporter.section("personal-data linter: corpus metrics")
        terminalreporter.write_line(report)
