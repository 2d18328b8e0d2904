"""Conditions as disjunctions of per-axis conjunctions (the shape the compiled tables need).

Every leaf condition reads exactly one *axis* of a transaction: a parameter, a jurisdiction's
content share, the kind, the flags, one country field, the end user's listing, the end uses,
the channel, the jurisdictions the item was made with. A sub-condition whose leaves all read
the same axis (``~(TPP >= 4800)``, ``destination(groups=D:1) & ~destination(groups=A:5)``) is
kept whole as one *literal* on that axis: the compiler evaluates it on one representative per
class of that axis, so it never needs to be expanded. Only ``all``/``any``/``not`` that mix
axes are pushed into disjunctive normal form, where each term is a conjunction of literals on
distinct or repeated axes. A condition whose normal form would exceed ``cap`` terms is not
compiled (:class:`TooBig`); the caller then decides that regime with the reference engine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from policy.model.conditions import (
    All,
    AnyOf,
    Channel,
    Classified,
    Compare,
    Condition,
    Const,
    Content,
    Countries,
    EndUse,
    Flag,
    Kind,
    Listed,
    MadeWith,
    Not,
    Producer,
)

#: An axis of the transaction space: ``("param", "tpp")``, ``("country", "destination")``...
Axis = tuple[str, ...]

DATE_AXIS: Axis = ("date",)


class TooBig(Exception):
    """A condition whose disjunctive normal form is larger than the compiler accepts."""


def atom_axis(atom: Condition) -> Axis | None:
    """The one axis a leaf condition reads (``None`` for a constant)."""
    if isinstance(atom, Compare):
        return ("param", atom.param)
    if isinstance(atom, Content):
        return ("content", atom.jurisdiction)
    if isinstance(atom, Kind):
        return ("kind",)
    if isinstance(atom, Flag):
        return ("flags",)
    if isinstance(atom, Classified):
        return ("class", atom.jurisdiction)
    if isinstance(atom, Countries):
        return ("country", atom.field)
    if isinstance(atom, Listed):
        return ("listed",)
    if isinstance(atom, EndUse):
        return ("end_use",)
    if isinstance(atom, Channel):
        return ("channel",)
    if isinstance(atom, MadeWith):
        return ("made_with",)
    if isinstance(atom, Producer):
        return ("producer",)
    if isinstance(atom, Const):
        return None
    raise TypeError(f"the compiler does not know the condition {type(atom).__name__}")


@dataclass(frozen=True, eq=False)
class AxisLiteral:
    """``cond`` (whose leaves all read ``axis``) holds, or does not hold when not
    ``positive``. A date literal (``axis == DATE_AXIS``) has no condition: it holds on
    ``[start, end)`` (ordinals; ``end`` None is open)."""

    axis: Axis
    cond: Condition | None
    positive: bool = True
    start: int = 0
    end: int | None = None

    def date_holds(self, ordinal: int) -> bool:
        return self.start <= ordinal and (self.end is None or ordinal < self.end)


Term = tuple[AxisLiteral, ...]


def date_literal(effective: dt.date, end: dt.date | None) -> AxisLiteral:
    """The literal "in force": the date lies in ``[effective, end)``."""
    return AxisLiteral(
        DATE_AXIS, None, True, effective.toordinal(), None if end is None else end.toordinal()
    )


class AxisSets:
    """Memoised set of axes per condition node (by identity: conditions are shared)."""

    def __init__(self) -> None:
        self._memo: dict[int, tuple[Any, frozenset[Axis]]] = {}

    def of(self, cond: Condition) -> frozenset[Axis]:
        hit = self._memo.get(id(cond))
        if hit is not None and hit[0] is cond:
            return hit[1]
        if isinstance(cond, All | AnyOf | Not):
            out: frozenset[Axis] = frozenset().union(*(self.of(c) for c in cond.children()))
        else:
            axis = atom_axis(cond)
            out = frozenset() if axis is None else frozenset({axis})
        self._memo[id(cond)] = (cond, out)
        return out


def to_dnf(cond: Condition, *, cap: int = 1024, axes: AxisSets | None = None) -> list[Term]:
    """The terms (conjunctions of literals) whose disjunction is ``cond``.

    An empty list is "never"; a list holding the empty term is "always".
    """
    return _dnf(cond, True, cap, axes or AxisSets())


def _dnf(cond: Condition, positive: bool, cap: int, axes: AxisSets) -> list[Term]:
    used = axes.of(cond)
    if not used:
        # Only constants (and empty all/any) below: the value does not depend on the
        # transaction, so evaluate it once; these nodes never consult the scope.
        holds = cond.evaluate(None)  # type: ignore[arg-type]
        return [()] if holds == positive else []
    if len(used) == 1:
        (axis,) = used
        return [(AxisLiteral(axis, cond, positive),)]
    if isinstance(cond, Not):
        return _dnf(cond.of, not positive, cap, axes)
    if isinstance(cond, All | AnyOf):
        conjunction = isinstance(cond, All) == positive
        if conjunction:
            terms: list[Term] = [()]
            for child in cond.of:
                sub = _dnf(child, positive, cap, axes)
                terms = [a + b for a in terms for b in sub]
                if not terms:
                    return []
                if len(terms) > cap:
                    raise TooBig(f"more than {cap} terms")
            return _dedupe(terms)
        out: list[Term] = []
        for child in cond.of:
            out.extend(_dnf(child, positive, cap, axes))
            if len(out) > cap:
                raise TooBig(f"more than {cap} terms")
        return _dedupe(out)
    raise TypeError(f"the compiler does not know the condition {type(cond).__name__}")


def _dedupe(terms: list[Term]) -> list[Term]:
    seen: dict[tuple[tuple[int, bool], ...], Term] = {}
    for t in terms:
        key = tuple(sorted((id(lit.cond), lit.positive) for lit in t))
        seen.setdefault(key, t)
    return list(seen.values())
