"""The check protocol and its registry: what a check is, what it sees, how it is added.

A check is anything with ``code``, ``name``, ``category``, ``per``, ``description`` and
``run(ctx)`` (the :class:`Check` protocol, not a base class: compose, don't subclass);
:func:`register_check` adds one to the registry that ``policy check`` runs, and the
:func:`check` decorator makes one from a function (the built-ins are made so).
``registered_checks`` lists them by code, so the order in which modules register their
checks does not change the order of findings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from policy.analysis.findings import Category, Finding
from policy.analysis.partition import Partition
from policy.model.world import World

#: How often a check runs: ``"run"`` once per ``policy check`` (validation, dates as
#: written); ``"regime"`` once per regime and date, over the regime's own partition
#: (``ctx.partition``), its results reused on every date on which the regime's law is the
#: same; ``"date"`` once per date over the whole world (the loophole search).
Per = Literal["run", "regime", "date"]


@dataclass
class CheckContext:
    """What a check sees: the whole world (every date), and for per-regime and per-date
    checks the date, the regime and its partition."""

    world: World
    as_of: dt.date | None = None
    jurisdiction: str | None = None
    partition: Partition | None = None
    options: dict[str, Any] = field(default_factory=dict)

    def require(self) -> tuple[dt.date, str, Partition]:
        assert self.as_of is not None and self.jurisdiction is not None
        assert self.partition is not None
        return self.as_of, self.jurisdiction, self.partition


@runtime_checkable
class Check(Protocol):
    """A check: a stable ``code`` (``PL2xx``), a kebab-case ``name``, a ``category``, how
    often it runs (``per``), a one-line ``description``, and ``run``."""

    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def category(self) -> Category: ...

    @property
    def per(self) -> Per: ...

    @property
    def description(self) -> str: ...

    def run(self, ctx: CheckContext) -> Iterable[Finding]: ...


_CHECKS: dict[str, Check] = {}


def register_check(check: Check) -> Check:
    """Add ``check`` to the registry (replacing one with the same code) and return it."""
    if not isinstance(check, Check):
        raise TypeError(f"{check!r} does not have the attributes of a policy check")
    _CHECKS[check.code] = check
    return check


def registered_checks() -> list[Check]:
    """Every registered check, by code."""
    return [_CHECKS[c] for c in sorted(_CHECKS)]


@dataclass(frozen=True)
class FunctionCheck:
    """A check made from a function (the built-ins are these)."""

    code: str
    name: str
    category: Category
    per: Per
    description: str
    func: Callable[[CheckContext], Iterable[Finding]] = field(repr=False)

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        return self.func(ctx)


def check(
    code: str, name: str, *, per: Per, category: Category = "consistency"
) -> Callable[[Callable[[CheckContext], Iterable[Finding]]], FunctionCheck]:
    """Decorator: register a function as a check; its docstring's first line describes it."""

    def wrap(func: Callable[[CheckContext], Iterable[Finding]]) -> FunctionCheck:
        doc = (func.__doc__ or "").strip().splitlines()
        c = FunctionCheck(code, name, category, per, doc[0] if doc else name, func)
        register_check(c)
        return c

    return wrap
