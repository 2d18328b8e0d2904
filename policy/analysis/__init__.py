"""The analysis: validation, the exact partition, hypothesis strategies, consistency
checks, the loophole search and the baseline. Imports the model and the engine; the engine
never imports it.

Extension points: :func:`register_check` (a :class:`Check`) and :func:`register_move` (an
evasion :class:`Move`); :class:`Objective` says what a coalition means to deny.
"""

from typing import Any

from policy.analysis.baseline import Baseline, load_baseline, write_baseline
from policy.analysis.checks import Check, CheckContext, register_check, registered_checks
from policy.analysis.findings import Finding, Report, RuleRef
from policy.analysis.loopholes import (
    Candidate,
    Denial,
    Move,
    Objective,
    SearchContext,
    register_move,
    registered_moves,
)
from policy.analysis.partition import Cell, Partition, partition
from policy.analysis.run import CheckOptions, check_world
from policy.analysis.validation import validate

__all__ = [
    "Baseline",
    "Candidate",
    "Cell",
    "Check",
    "CheckContext",
    "CheckOptions",
    "Denial",
    "Finding",
    "Move",
    "Objective",
    "Partition",
    "Report",
    "RuleRef",
    "SearchContext",
    "check_world",
    "load_baseline",
    "partition",
    "register_check",
    "register_move",
    "registered_checks",
    "registered_moves",
    "strategies",
    "validate",
    "write_baseline",
]


def __getattr__(name: str) -> Any:
    # hypothesis takes a fifth of a second to import: only code that asks for the
    # strategies (tests, fuzzing) pays for it, not every run of the command line
    if name == "strategies":
        import importlib

        return importlib.import_module("policy.analysis.strategies")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
