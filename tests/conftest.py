"""Shared fixtures and hypothesis profiles.

``ci`` (the default) keeps the whole suite within minutes on 2 cores; ``nightly`` searches
deeper. Choose with ``HYPOTHESIS_PROFILE=nightly pytest``.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "nightly", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=20, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/files from the current outputs (review the git diff after)",
    )


@pytest.fixture(scope="session")
def world():
    from policy.regimes import default_world

    return default_world()
