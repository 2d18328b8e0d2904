"""Counting what the fuzzers try: each fuzz test wrapped in :func:`counted` adds one per
input it runs (shrinking included), and the terminal summary prints the totals, so the
number of inputs tried under each hypothesis profile is on record in every run."""

from __future__ import annotations

import collections
import functools
from collections.abc import Callable
from typing import Any

from hypothesis import settings

TRIED: collections.Counter[str] = collections.Counter()


def counted(test: Callable[..., Any]) -> Callable[..., Any]:
    """Count each call of ``test`` (apply under ``@given``)."""

    @functools.wraps(test)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        TRIED[test.__name__] += 1
        return test(*args, **kwargs)

    return wrapper


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not TRIED:
        return
    profile = settings._current_profile
    terminalreporter.section(f"fuzz inputs tried (hypothesis profile {profile})")
    width = max(len(name) for name in TRIED)
    for name, n in sorted(TRIED.items()):
        terminalreporter.write_line(f"{name:<{width}}  {n:>7,}")
    terminalreporter.write_line(f"{'total':<{width}}  {sum(TRIED.values()):>7,}")
