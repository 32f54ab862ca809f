"""Synthetic demo data: museums, own questions and realistic anonymous responses.

The same generator feeds `sentomus seed-demo` and the report benchmarks.
"""

from survey.demo.content import DEMO_LOGINS, DEMO_SLUG
from survey.demo.responses import generate_responses
from survey.demo.seed import SeedReport, seed_demo

__all__ = ["DEMO_LOGINS", "DEMO_SLUG", "SeedReport", "generate_responses", "seed_demo"]
