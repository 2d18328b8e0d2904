"""The axes of a compiled regime: how a column of values becomes a column of class ids,
and each class a row of term bits.

* A numeric axis (a parameter, a content share) is cut at the constants its literals
  compare with; each interval between cuts and each cut itself is a class (plus "not
  given" for a parameter), found by one binary search.
* A categorical axis (kind, flags, a country field with the membership epoch, the end
  user's listing...) gets a class per distinct row of term bits met, the row computed the
  first time a value is seen by evaluating the literals on a probe of it
  (:mod:`policy.engine.compiled.probes`).

The date axis is in :mod:`policy.engine.compiled.dates`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import numpy.typing as npt

from policy.engine.compiled.batch import Column
from policy.engine.compiled.bits import U64, Bools, Ints, pack
from policy.engine.compiled.dnf import Axis, AxisLiteral, atom_axis
from policy.engine.compiled.probes import literal_holds, value_holds
from policy.engine.scope import RegimeIndex
from policy.errors import PolicyError
from policy.model.conditions import Classified, Compare, Content

#: The terms that read one axis: (term number, the term's literals on that axis).
AxisTerms = list[tuple[int, list[AxisLiteral]]]

_OPS: dict[str, Callable[[Any, float], Any]] = {
    ">=": np.greater_equal,
    ">": np.greater,
    "<=": np.less_equal,
    "<": np.less,
    "==": np.equal,
}


# --------------------------------------------------------------------------- numeric


class NumericAxis:
    """A parameter or content-share axis cut at its literals' constants.

    Class ``2i`` is the open interval left of cut ``i``, ``2i+1`` the cut itself, ``2m`` above
    every cut, ``2m+1`` "not given". One binary search finds it: each cut is followed by the
    next float up in ``edges`` (so a value equal to the cut lands between the two), and a NaN
    sentinel (sorted last by numpy) catches "not given".
    """

    def __init__(self, cuts: npt.NDArray[Any], table: U64, absent: bool) -> None:
        self.cuts = cuts
        self.table = table
        self.absent = absent
        edges = np.empty(2 * len(cuts) + (1 if absent else 0), dtype=np.float64)
        edges[0 : 2 * len(cuts) : 2] = cuts
        edges[1 : 2 * len(cuts) : 2] = np.nextafter(cuts, math.inf)
        if absent:
            edges[-1] = math.nan
        self.edges = edges

    def classes(self, x: npt.NDArray[Any]) -> Ints:
        return np.searchsorted(self.edges, x, side="right").astype(np.intp, copy=False)


def float_reps(cuts: npt.NDArray[np.float64]) -> list[float]:
    """One value per class: below, at and between the cuts (class 2i is the open interval
    left of cut i, class 2i+1 the cut itself). ``nextafter`` stays inside a non-empty open
    interval; an empty one (adjacent floats) is never met by a value, so its row is moot."""
    m = len(cuts)
    reps: list[float] = []
    for i in range(m + 1):
        if i == 0:
            reps.append(float(np.nextafter(cuts[0], -math.inf)))
        else:
            reps.append(float(np.nextafter(cuts[i - 1], math.inf)))
        if i < m:
            reps.append(float(cuts[i]))
    return reps


def numeric_axis(
    axis: Axis, entries: AxisTerms, n_terms: int, words: int, index: RegimeIndex
) -> NumericAxis:
    """The table of a parameter or content-share axis from the terms that read it."""
    consts = set()
    for _, lits in entries:
        for lit in lits:
            assert lit.cond is not None
            for atom in lit.cond.atoms():
                if isinstance(atom, Compare | Content):
                    consts.add(float(atom.value))
    cuts = np.array(sorted(consts), dtype=np.float64)
    absent = axis[0] == "param"
    reps = float_reps(cuts)
    n_cls = len(reps) + (1 if absent else 0)
    bits = np.ones((n_cls, n_terms), dtype=np.bool_)
    rep_arr = np.array(reps, dtype=np.float64)
    for t, lits in entries:
        for lit in lits:
            bits[:, t] &= _numeric_literal(index, axis, lit, reps, rep_arr, absent)
    return NumericAxis(cuts, pack(bits, words), absent)


def _numeric_literal(
    index: RegimeIndex,
    axis: Axis,
    lit: AxisLiteral,
    reps: list[float],
    rep_arr: npt.NDArray[np.float64],
    absent: bool,
) -> Bools:
    cond = lit.cond
    if isinstance(cond, Compare):
        present = _OPS[cond.op](rep_arr, cond.value)
        col = np.append(present, False) if absent else present
    elif isinstance(cond, Content):
        col = _OPS[cond.cmp](rep_arr, cond.value)
    else:  # a composite on this one axis: evaluate it on each representative
        values = [*reps, None] if absent else reps
        col = np.array([value_holds(index, axis, lit, x) for x in values])
        return col
    return col if lit.positive else ~col


def searcher(num: NumericAxis, x: npt.NDArray[np.float64]) -> Callable[[Any], Ints]:
    """Rows (an index array or a slice) -> the classes of their values ``x`` on ``num``."""

    def classes(rows: Any) -> Ints:
        return num.classes(x[rows])

    return classes


# --------------------------------------------------------------------------- categorical


class CategoricalAxis:
    """Classes made on demand from the keys met; ``make_probe(key)`` builds the scope a
    representative of the key answers with (None when the key cannot be evaluated: an
    unknown party, whose transactions the engine hands to the reference anyway).

    A class is a distinct row of term bits, not a distinct key: keys whose literals all
    agree share one class, so the table grows with what the regime tells apart, not with
    the input. ``reduce``, when given, maps a key to what its literals read (a
    classification code to the prefixes the rules name that it starts with), so that a new
    key of a known reduction costs a lookup instead of an evaluation and no memory (an
    input where every line carries a code of its own, an exporter's sub-codes, keeps
    memory flat). Without it, the key -> class memo is bounded (:data:`INDEX_LIMIT`
    keys, then it starts afresh)."""

    def __init__(
        self,
        axis: Axis,
        terms: AxisTerms,
        n_terms: int,
        words: int,
        make_probe: Callable[[Any], Any],
        reduce: Callable[[Any], Any] | None = None,
    ) -> None:
        self.axis = axis
        self.terms = terms
        self.n_terms = n_terms
        self.words = words
        self.make_probe = make_probe
        self.reduce = reduce
        self.index: dict[Any, int] = {}
        self.rows: list[U64] = []
        self._by_row: dict[bytes, int] = {}
        self._by_reduced: dict[Any, int] = {}
        self._table: U64 | None = None
        self.version = 0

    def class_of(self, key: Any) -> int:
        if self.reduce is not None:  # cheap enough to need no memo of keys
            reduced = self.reduce(key)
            got = self._by_reduced.get(reduced)
            if got is None:
                got = self._by_reduced[reduced] = self._class(key)
            return got
        got = self.index.get(key)
        if got is None:
            got = self._class(key)
            if len(self.index) >= INDEX_LIMIT:
                self.index.clear()
            self.index[key] = got
        return got

    def _class(self, key: Any) -> int:
        """The class of the row of term bits that ``key`` sets (a new one if no key before
        set that row)."""
        bits = np.ones((1, self.n_terms), dtype=np.bool_)
        try:
            probe = self.make_probe(key)
            for t, lits in self.terms:
                if not all(literal_holds(lit, probe) for lit in lits):
                    bits[0, t] = False
        except PolicyError:
            bits[:] = False
        row = pack(bits, self.words)[0]
        got = self._by_row.get(row.tobytes())
        if got is None:
            self.rows.append(row)
            got = self._by_row[row.tobytes()] = len(self.rows) - 1
            self._table = None
            self.version += 1
        return got

    @property
    def table(self) -> U64:
        if self._table is None:
            self._table = (
                np.stack(self.rows) if self.rows else np.zeros((0, self.words), dtype=np.uint64)
            )
        return self._table


#: Keys a categorical axis remembers the class of before it starts afresh (its classes
#: stay; only the memo of which key has which is rebuilt, a lookup or an evaluation each).
INDEX_LIMIT = 1 << 15


def prefix_reducer(prefixes: Iterable[str]) -> Callable[[Any], Any]:
    """A classification code -> the longest of ``prefixes`` it starts with ("" for none,
    None for no code): all that ``classified(...)`` conditions on those prefixes read of
    it, since the prefixes a code starts with are exactly those the longest one starts
    with."""
    known = frozenset(prefixes)
    lengths = sorted({len(p) for p in known}, reverse=True)

    def reduce(code: Any) -> Any:
        if code is None:
            return None
        for n in lengths:
            if code[:n] in known:
                return code[:n]
        return ""

    return reduce


def reducer(axis: Axis, entries: AxisTerms) -> Callable[[Any], Any] | None:
    """What of a key the literals of ``axis`` read, where that is less than the key:
    of a classification code, the prefixes the conditions name that it starts with."""
    if axis[0] != "class":
        return None
    prefixes: set[str] = set()
    for _, lits in entries:
        for lit in lits:
            assert lit.cond is not None
            for atom in lit.cond.atoms():
                if isinstance(atom, Classified):
                    prefixes.update(atom.prefixes)
                elif atom_axis(atom) is not None:
                    return None  # reads more than prefixes: every key is evaluated
    return prefix_reducer(prefixes)


def lookup(cat: CategoricalAxis, col: Column, epoch: Ints | None, dated: bool = False) -> Ints:
    """Class ids of a categorical column (keys are ``(epoch, value)`` on dated axes). Each
    batch meets its distinct values again: known keys are read from the index directly and
    only new ones go through :meth:`CategoricalAxis.class_of`."""
    values = col.values
    nv = len(values)
    if not dated or epoch is None:
        keys: list[Any] = values if not dated else [(0, x) for x in values]
        return _classes(cat, keys)[col.codes]
    combo = epoch.astype(np.intp) * nv + col.codes
    present = np.zeros(int(combo.max()) + 1 if len(combo) else 0, dtype=np.bool_)
    present[combo] = True
    met = np.flatnonzero(present)
    e, c = np.divmod(met, nv)
    lut = np.zeros(len(present), dtype=np.intp)
    keys = list(zip(e.tolist(), map(values.__getitem__, c.tolist()), strict=True))
    lut[met] = _classes(cat, keys)
    out: Ints = lut[combo]
    return out


def _classes(cat: CategoricalAxis, keys: list[Any]) -> Ints:
    got = list(map(cat.index.get, keys))
    if None in got:
        got = [cat.class_of(k) if x is None else x for k, x in zip(keys, got, strict=True)]
    return np.array(got, dtype=np.intp)
