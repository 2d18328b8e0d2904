"""Consistency checks: small objects with a stable code, run over the exact partition.

A check is anything with ``code``, ``name``, ``category``, ``per``, ``description`` and
``run(ctx)`` (the :class:`Check` protocol, in :mod:`.registry`); :func:`register_check`
adds one to the registry that ``policy check`` runs, and the :func:`check` decorator makes
one from a function. ``per`` says how often it runs:

* ``"run"``: once per ``policy check`` (validation, dates as written);
* ``"regime"``: once per regime and date, over the regime's own partition (``ctx.partition``);
  results are reused on every date on which the regime's law is the same;
* ``"date"``: once per date over the whole world (the loophole search).

The built-in checks, one module per family (a reader finds a check by its file name):

* :mod:`.validation`: PL001 dangling reference, PL002 example that does not hold, PL003
  rule without examples;
* :mod:`.conflicts`: PL201 conflicting rules, PL202 carve-out that undoes its rule;
* :mod:`.dead`: PL203 dead (shadowed) rule;
* :mod:`.unsatisfiable`: PL204 unsatisfiable condition;
* :mod:`.gaps`: PL205 threshold gap;
* :mod:`.monotone`: PL206 non-monotone control;
* :mod:`.dates`: PL207 carve-out dates outside its rule's, PL208 overlapping dated entries,
  PL209 gap between versions;
* :mod:`.floor`: PL210 below the floor (a regime allows what a list it implements controls).

:mod:`.describe` puts transactions and rules into the words of a finding; :mod:`.space`
holds the questions the per-regime checks ask of a regime's decision diagrams. To add a
built-in check, write a module here with a function decorated by :func:`check` and import
it below; a user's check is registered the same way from the user's own module. Checks
run in the order of their codes, whatever the order of registration.
"""

# Importing a family's module registers its checks.
from policy.analysis.checks import (  # noqa: F401
    conflicts,
    dates,
    dead,
    floor,
    gaps,
    monotone,
    unsatisfiable,
    validation,
)
from policy.analysis.checks.describe import (
    consistency_finding,
    describe,
    level,
    refs,
)
from policy.analysis.checks.registry import (
    Check,
    CheckContext,
    FunctionCheck,
    Per,
    check,
    register_check,
    registered_checks,
)
from policy.analysis.checks.unsatisfiable import condition_of
from policy.model.numbers import format_short as format_number

__all__ = [
    "Check",
    "CheckContext",
    "FunctionCheck",
    "Per",
    "check",
    "condition_of",
    "consistency_finding",
    "describe",
    "format_number",
    "level",
    "refs",
    "register_check",
    "registered_checks",
]
