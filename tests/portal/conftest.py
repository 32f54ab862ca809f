"""Portal and staff tests share the account fixtures of tests/conftest.py."""

from tests.conftest import PASSWORD

__all__ = ["PASSWORD"]
