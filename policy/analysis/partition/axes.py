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

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence, Set
from dataclasses import dataclass, field
from itertools import chain
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
    true_atoms: Set[int]
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
    by_truth: dict[Set[int], int] = field(default_factory=dict)
    _intervals: tuple[Any, ...] | None = field(default=None, repr=False, compare=False)

    @property
    def kind(self) -> str:
        return self.name.split(":", 1)[0]

    @property
    def key(self) -> str:
        return self.name.split(":", 1)[1] if ":" in self.name else ""

    def holding(self, atom: int) -> Sequence[int]:
        """The classes on which ``atom`` (an atom of this axis) holds, in order. On a
        numeric axis, the classes of a comparison are found by bisection over the classes'
        representatives (ascending), not by asking each of them."""
        numeric = self._numeric()
        hit = None if numeric is None else numeric[0].ops.get(atom)
        if hit is None:
            return [c for c, cls in enumerate(self.classes) if atom in cls.true_atoms]
        assert numeric is not None
        _, positions, reps = numeric
        op, value = hit
        if op == "==":
            lo, hi = bisect_left(reps, value), bisect_right(reps, value)
        elif op in (">=", ">"):
            lo = bisect_left(reps, value) if op == ">=" else bisect_right(reps, value)
            hi = len(reps)
        else:
            lo = 0
            hi = bisect_right(reps, value) if op == "<=" else bisect_left(reps, value)
        if positions[-1] - positions[0] == len(positions) - 1:  # one run of classes
            return range(positions[0] + lo, positions[0] + hi)
        return positions[lo:hi]

    def _numeric(self) -> tuple[Thresholds, list[int], list[float]] | None:
        """The thresholds of a numeric axis, and the positions and representatives of its
        interval classes (ascending); None for other axes."""
        if self._intervals is None:
            found = [
                (c, cls)
                for c, cls in enumerate(self.classes)
                if isinstance(cls.true_atoms, NumericTruths)
            ]
            self._intervals = (
                ()
                if not found
                else (
                    found[0][1].true_atoms._table,  # type: ignore[attr-defined]
                    [c for c, _ in found],
                    [cls.value for _, cls in found],
                )
            )
        return self._intervals or None

    def class_of_truths(self, true: Set[int]) -> int | None:
        """The class whose atoms that hold are exactly ``true`` (``by_truth``, also on a
        numeric axis, whose non-empty classes' sets do not hash as frozensets)."""
        hit = self.by_truth.get(true)
        if hit is None and true and self._numeric() is not None:
            hit = next((c for c, cls in enumerate(self.classes) if cls.true_atoms == true), None)
        return hit

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


class Thresholds:
    """The comparisons of one numeric axis (atom id -> operator and constant), sorted by
    constant per operator, so that the atoms that hold at a value are a few slices."""

    def __init__(self, atoms: Iterable[tuple[int, CmpOp, float]]) -> None:
        self.ops: dict[int, tuple[CmpOp, float]] = {}
        groups: dict[str, list[tuple[float, int]]] = {op: [] for op in (">=", ">", "<=", "<")}
        self.equal: dict[float, tuple[int, ...]] = {}
        for aid, op, c in atoms:
            self.ops[aid] = (op, c)
            if op == "==":
                self.equal[c] = (*self.equal.get(c, ()), aid)
            else:
                groups[op].append((c, aid))
        self.values: dict[str, list[float]] = {}
        self.ids: dict[str, list[int]] = {}
        #: where each atom's truth is read: (which bound of a signature, the atom's place
        #: in its sorted operator, or its constant for ``==``)
        self.place: dict[int, tuple[int, float]] = {}
        for k, (name, items) in enumerate(groups.items()):
            items.sort()
            self.values[name] = [c for c, _ in items]
            self.ids[name] = [a for _, a in items]
            for i, (_, aid) in enumerate(items):
                self.place[aid] = (k, i)
        for c, aids in self.equal.items():
            for aid in aids:
                self.place[aid] = (4, c)

    def truths(self, x: float) -> Set[int]:
        """The atoms that hold at ``x`` (a plain ``frozenset()`` where none does, which
        is what ``by_truth`` is asked for a parameter the transaction does not state)."""
        vals = self.values
        sig = (
            bisect_right(vals[">="], x),  # the first n of ``>= c`` (c <= x)
            bisect_left(vals[">"], x),  # the first n of ``> c`` (c < x)
            bisect_left(vals["<="], x),  # ``<= c`` from here on (c >= x)
            bisect_right(vals["<"], x),  # ``< c`` from here on (c > x)
            x if x in self.equal else None,
        )
        out = NumericTruths(self, sig)
        return out if len(out) else frozenset()


@functools.lru_cache(maxsize=256)
def shared_thresholds(atoms: tuple[tuple[int, CmpOp, float], ...]) -> Thresholds:
    """One :class:`Thresholds` per set of comparisons (sorted by atom id): the partitions
    of other dates (and regimes) cut by the same atoms share it, so their classes' atom
    sets are equal *and hash alike*, and the expression table's memo of restrictions
    serves them all (a few hundred tables at most are kept)."""
    return Thresholds(atoms)


class NumericTruths(Set[int]):
    """The atoms of a numeric axis that hold on one class: a frozen set of atom ids, kept
    as slices of the axis's :class:`Thresholds` instead of a set of its own (a set per
    class made the classes of an axis cut n times cost n² atoms). Equal to the
    ``frozenset`` of the same atoms, but hashed otherwise (see ``__hash__``); never empty."""

    __slots__ = ("_hashed", "_sig", "_table")

    def __init__(self, table: Thresholds, sig: tuple[int, int, int, int, float | None]) -> None:
        self._table = table
        self._sig = sig
        self._hashed: int | None = None

    def __contains__(self, atom: object) -> bool:
        hit = self._table.place.get(atom)  # type: ignore[call-overload]
        if hit is None:
            return False
        k, at = hit
        bound = self._sig[k]
        if k < 2:  # ``>=`` and ``>``: the first ``bound`` hold
            return bool(at < bound)  # type: ignore[operator]
        if k < 4:  # ``<=`` and ``<``: those from ``bound`` on hold
            return bool(at >= bound)  # type: ignore[operator]
        return bound is not None and bound == at

    def __iter__(self) -> Iterator[int]:
        ge, gt, le, lt, eq = self._sig
        ids = self._table.ids
        return chain(
            ids[">="][:ge],
            ids[">"][:gt],
            ids["<="][le:],
            ids["<"][lt:],
            () if eq is None else self._table.equal[eq],
        )

    def __len__(self) -> int:
        ge, gt, le, lt, eq = self._sig
        ids = self._table.ids
        n = ge + gt + len(ids["<="]) - le + len(ids["<"]) - lt
        return n + (0 if eq is None else len(self._table.equal[eq]))

    def __hash__(self) -> int:
        # By its slices, not by its atoms (which would cost the atoms of every class): a
        # lookup by an equal frozenset goes through Axis.class_of_truths. (The empty set
        # is a plain frozenset, see Thresholds.truths.)
        if self._hashed is None:
            self._hashed = hash((id(self._table), self._sig))
        return self._hashed

    def __eq__(self, other: object) -> bool:
        if isinstance(other, NumericTruths) and other._table is self._table:
            return self._sig == other._sig
        if isinstance(other, set | frozenset):
            return len(other) == len(self) and all(a in self for a in other)
        return Set.__eq__(self, other)

    @classmethod
    def _from_iterable(cls, it: Iterable[int]) -> frozenset[int]:  # type: ignore[override]
        return frozenset(it)

    def __repr__(self) -> str:
        return f"NumericTruths({sorted(self)})"


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
