"""The axes of the transaction space and their classes.

An *axis* is one dimension a condition can read: a parameter, a content share, a flag, a
country field, the end user, the kind, ... (its name is ``kind:key``, e.g. ``param:tpp``).
The atoms on an axis cut it into *classes*, the sets of values every atom on it treats
alike; each class has a representative value. This module holds the two records and the
numeric side of the cutting (intervals, their representatives and labels);
:mod:`policy.analysis.partition.classes` builds the classes of every axis from the compiled
atoms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from policy.model import vocabulary as v
from policy.model.conditions import CmpOp, Compare, Content
from policy.model.numbers import format_number


@dataclass(frozen=True)
class AxisClass:
    """A class of one axis: the set of values every atom on the axis treats alike.

    ``value`` is the representative (a parameter value, a country, an end user, ...);
    ``low``/``high`` bound a numeric class (``None`` for unbounded), with inclusivity.
    """

    label: str
    true_atoms: frozenset[int]
    value: Any
    members: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    low_closed: bool = True
    high_closed: bool = False

    @property
    def unstated(self) -> bool:
        """The class of a parameter the transaction does not give."""
        return self.value is None and self.low is None and self.high is None

    def contains(self, x: float) -> bool:
        if self.unstated:
            return False
        if self.low is not None and (x < self.low or (x == self.low and not self.low_closed)):
            return False
        return not (
            self.high is not None and (x > self.high or (x == self.high and not self.high_closed))
        )


@dataclass
class Axis:
    """One dimension of the transaction space and its classes (in a stable order: numeric
    axes from low to high values, others with the default class first)."""

    name: str
    id: int
    atoms: tuple[int, ...]
    classes: list[AxisClass]
    #: the class of an arbitrary transaction, by the set of this axis's atoms it makes true
    by_truth: dict[frozenset[int], int] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return self.name.split(":", 1)[0]

    @property
    def key(self) -> str:
        return self.name.split(":", 1)[1] if ":" in self.name else ""

    def numeric_class(self, x: float | None) -> int | None:
        """The class of the number ``x`` on a numeric axis (``None`` where no class holds
        it); a value the transaction does not state (``x is None``) is in the class where
        no atom of the axis holds, if there is one."""
        if x is None:
            return self.by_truth.get(frozenset())
        for i, c in enumerate(self.classes):
            if c.contains(x):
                return i
        return None


# --------------------------------------------------------------------------- numbers


def number_step(param: str | None) -> float:
    """The smallest difference worth showing for a parameter (its precision), which is
    how far "just inside" an open interval a representative lies."""
    if param is None:
        return 0.01
    return 10.0 ** (-v.parameter(param).decimals) if param in v.parameters() else 1.0


def clean(x: float) -> float:
    """``x`` rounded to 6 decimals, as an integral float where it is one (``4800.0``)."""
    r = round(x, 6)
    return float(int(r)) if r.is_integer() else r


def between(low: float, high: float | None, step: float, *, low_closed: bool) -> float:
    """A readable value inside ``(low, high)`` (or at ``low`` when it is closed)."""
    if low_closed:
        return low
    x = low + step
    if high is None or x < high:
        return clean(x)
    return clean((low + high) / 2)


def just_below(high: float, low: float | None, step: float) -> float:
    """The most capable value under an exclusive upper cut (``4799`` under ``4800``)."""
    x = high - step
    if low is None or x > low:
        return clean(max(x, 0.0))
    return clean((high + low) / 2)


def comparator(atom: Compare | Content) -> CmpOp:
    """The comparison operator of a numeric atom. The model names it ``op`` on a parameter
    comparison (where every other condition's ``op`` is its type tag) and ``cmp`` on a
    content share; this reads either."""
    return atom.op if isinstance(atom, Compare) else atom.cmp


def interval_label(what: str, low: float | None, high: float | None, lc: bool, hc: bool) -> str:
    """How an interval class reads: ``tpp >= 4800 and tpp < 6000``, ``tpp = 4800``,
    ``any tpp``."""
    if low is not None and high is not None and low == high:
        return f"{what} = {format_number(low)}"
    parts = []
    if low is not None and (low > 0 or not lc):
        parts.append(f"{what} {'>=' if lc else '>'} {format_number(low)}")
    if high is not None:
        parts.append(f"{what} {'<=' if hc else '<'} {format_number(high)}")
    return " and ".join(parts) if parts else f"any {what}"
