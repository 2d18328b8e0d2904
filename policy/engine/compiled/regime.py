"""One regime compiled to bitset tables over the axes of the transaction space.

Every condition the regime decides with (each nexus, rule and carve-out, with its dates) is
put in disjunctive normal form over per-axis literals (:mod:`.dnf`); the terms of all of them
are numbered, and a transaction's *term bitset* has bit ``t`` set when term ``t`` holds. A
term holds when each of its literals does, and each literal reads one axis, so:

* every numeric axis (a parameter, a content share, the date) is cut at the constants its
  literals compare with; each interval between cuts and each cut itself is a class (plus "not
  given"), and the table holds, per class, the bitset of terms whose literals on that axis
  hold there;
* every categorical axis (kind, flags, a country field with the membership epoch, the end
  user's listing...) gets a class per distinct value met, its row computed the first time the
  value is seen by evaluating the literals on a representative (the value itself);

and the term bitset of a transaction is the AND of one row per axis. The outcome is then the
most restrictive outcome class with a term in the bitset, and the full verdict (nexus, rules,
carve-outs, review) depends only on the bitset, so it is assembled once per distinct bitset.

The tables are exact by construction: a literal is constant on each class (the classes refine
its cuts and values), and a representative of each class is evaluated by the model's own
``Condition.evaluate``. The differential tests check it against :func:`decide` anyway.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from policy.engine.compiled.batch import Batch, Column
from policy.engine.compiled.dnf import (
    DATE_AXIS,
    Axis,
    Literal,
    Term,
    _Axes,
    atom_axis,
    date_literal,
    to_dnf,
)
from policy.engine.scope import RegimeIndex, TransactionScope
from policy.errors import PolicyError
from policy.model.conditions import Classified, Compare, Condition, Content
from policy.model.decisions import Outcome, Verdict
from policy.model.regimes import Regime
from policy.model.rules import Rule
from policy.model.transactions import EndUser

U64 = npt.NDArray[np.uint64]
Ints = npt.NDArray[np.intp]
Bools = npt.NDArray[np.bool_]

_OPS: dict[str, Callable[[Any, float], Any]] = {
    ">=": np.greater_equal,
    ">": np.greater,
    "<=": np.less_equal,
    "<": np.less,
    "==": np.equal,
}


# --------------------------------------------------------------------------- probes


class _Item:
    def __init__(self) -> None:
        self.kind = "other"
        self.params: dict[str, float] = {}
        self.flags: tuple[str, ...] = ()
        self.classification: dict[str, str] = {}
        self.origin: str | None = None
        self.content: dict[str, float] = {}
        self.made_with: tuple[str, ...] = ()


class _Tx:
    """The parts of a transaction one literal reads; the rest stays at harmless defaults
    (a literal reads only its own axis)."""

    def __init__(self, on: dt.date) -> None:
        self.date = on
        self.exporter = "US"
        self.destination = "US"
        self.channel = "export"
        self.end_user: Any = None
        self.end_use: tuple[str, ...] = ()
        self.persons: tuple[str, ...] = ()
        self.item = _Item()


class _Probe:
    """A :class:`~policy.model.conditions.Scope` for one class of one axis."""

    def __init__(
        self,
        index: RegimeIndex,
        tx: _Tx,
        params: dict[str, float] | None = None,
        countries: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.tx = tx
        self.params = params or {}
        self._countries = countries or {}
        self._scope = TransactionScope(index, tx)  # type: ignore[arg-type]
        #: group -> country -> [(start, end)] ordinals, when the regime provides it
        self.members: dict[str, dict[str, list[tuple[int, int | None]]]] | None = None
        self._day = tx.date.toordinal()

    def countries_of(self, field: str) -> tuple[str, ...]:
        return self._countries.get(field, ())

    def in_group(self, group: str, country: str) -> bool:
        # TransactionScope.in_group by a dict lookup instead of a scan of the members
        table = None if self.members is None else self.members.get(group)
        if table is None:
            return self._scope.in_group(group, country)
        day = self._day
        return any(s <= day and (e is None or day < e) for s, e in table.get(country, ()))

    def listed(self, list_id: str, tags: tuple[str, ...], min_share: float | None) -> str | None:
        return self._scope.listed(list_id, tags, min_share)


def _holds(lit: Literal, probe: Any) -> bool:
    assert lit.cond is not None
    return bool(lit.cond.evaluate(probe)) == lit.positive


def _unpack(words: U64) -> Bools:
    """uint64 words (..., w) -> bools (..., w * 64), the inverse of :func:`_pack`."""
    flat = np.ascontiguousarray(words).view(np.uint8)
    return np.unpackbits(flat, axis=-1, bitorder="little").astype(np.bool_)


def _pack(bits: Bools, words: int) -> U64:
    """Bool matrix (rows x terms) -> uint64 words (rows x words), bit t of word t // 64."""
    rows = bits.shape[0]
    padded = np.zeros((rows, words * 64), dtype=np.bool_)
    padded[:, : bits.shape[1]] = bits
    packed = np.packbits(padded, axis=1, bitorder="little")
    return np.ascontiguousarray(packed).view("<u8").astype(np.uint64, copy=False)


# --------------------------------------------------------------------------- axes


class _NumericAxis:
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


def _float_reps(cuts: npt.NDArray[np.float64]) -> list[float]:
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


class _CategoricalAxis:
    """Classes made on demand from the keys met; ``make_probe(key)`` builds the scope a
    representative of the key answers with (None when the key cannot be evaluated: an
    unknown party, whose transactions the engine hands to the reference anyway).

    A class is a distinct row of term bits, not a distinct key: keys whose literals all
    agree share one class, so the table grows with what the regime tells apart, not with
    the input. ``reduce``, when given, maps a key to what its literals read (a
    classification code to the prefixes the rules name that it starts with), so that a new
    key of a known reduction costs a lookup instead of an evaluation and no memory (an
    input where every line carries a code of its own, an exporter's sub-codes, keeps
    memory flat). Without it, the key -> class memo is bounded (:data:`_INDEX_LIMIT`
    keys, then it starts afresh)."""

    def __init__(
        self,
        regime: CompiledRegime,
        axis: Axis,
        make_probe: Callable[[Any], Any],
        reduce: Callable[[Any], Any] | None = None,
    ) -> None:
        self.regime = regime
        self.axis = axis
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
            if len(self.index) >= _INDEX_LIMIT:
                self.index.clear()
            self.index[key] = got
        return got

    def _class(self, key: Any) -> int:
        """The class of the row of term bits that ``key`` sets (a new one if no key before
        set that row)."""
        r = self.regime
        bits = np.ones((1, r.n_terms), dtype=np.bool_)
        try:
            probe = self.make_probe(key)
            for t, lits in r.axis_terms[self.axis]:
                if not all(_holds(lit, probe) for lit in lits):
                    bits[0, t] = False
        except PolicyError:
            bits[:] = False
        row = _pack(bits, r.words)[0]
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
                np.stack(self.rows)
                if self.rows
                else np.zeros((0, self.regime.words), dtype=np.uint64)
            )
        return self._table


#: Keys a categorical axis remembers the class of before it starts afresh (its classes
#: stay; only the memo of which key has which is rebuilt, a lookup or an evaluation each).
_INDEX_LIMIT = 1 << 15


def _prefix_reducer(prefixes: Iterable[str]) -> Callable[[Any], Any]:
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


# --------------------------------------------------------------------------- the regime


@dataclass
class _Masks:
    """Bit masks over terms (possibly restricted to some words) for the outcome path."""

    reach: U64
    nexus_groups: dict[tuple[str, ...], U64]
    simple: list[tuple[int, tuple[str, ...], U64]]
    complex: list[tuple[int, tuple[str, ...], U64, list[tuple[int, U64]]]]

    def sliced(self, cols: Ints) -> _Masks:
        return self.mapped(lambda m: m[..., cols])

    def mapped(self, f: Callable[[U64], U64]) -> _Masks:
        return _Masks(
            f(self.reach),
            {k: f(m) for k, m in self.nexus_groups.items()},
            [(o, g, f(m)) for o, g, m in self.simple],
            [(o, g, f(m), [(co, f(cm)) for co, cm in cs]) for o, g, m, cs in self.complex],
        )


class CompiledRegime:
    """The compiled tables of one regime (see the module docstring)."""

    def __init__(self, regime: Regime, index: RegimeIndex, *, cap: int = 1024) -> None:
        self.regime = regime
        self.index = index
        axes = _Axes()
        preds: list[list[Term]] = []

        def add(cond: Condition, effective: dt.date, end: dt.date | None) -> int:
            dated = date_literal(effective, end)
            preds.append([(*t, dated) for t in to_dnf(cond, cap=cap, axes=axes)])
            return len(preds) - 1

        self.nexus_pred = [add(n.when, n.effective, n.end) for n in regime.reach]
        self.rule_pred: list[int] = []
        self.carve_pred: list[list[int]] = []
        for rule in regime.rules:
            self.rule_pred.append(add(rule.when, rule.effective, rule.end))
            self.carve_pred.append([add(c.when, c.effective, c.end) for c in rule.carveouts])

        self.pred_rule = {p: j for j, p in enumerate(self.rule_pred)}
        # Number the terms so that terms of the same kinds sit in the same words: a batch is
        # evaluated kind by kind, on the words its kind can set.
        flat = [(p, t) for p, terms in enumerate(preds) for t in terms]
        flat.sort(key=lambda pt: self._kind_key(pt[1]))
        self.n_terms = len(flat)
        self.words = max(1, -(-self.n_terms // 64))
        self.term_pred = np.array([p for p, _ in flat], dtype=np.intp)
        self.term_pred_list: list[int] = self.term_pred.tolist()
        self.axis_terms: dict[Axis, list[tuple[int, list[Literal]]]] = {}
        for t, (_, term) in enumerate(flat):
            by_axis: dict[Axis, list[Literal]] = {}
            for lit in term:
                by_axis.setdefault(lit.axis, []).append(lit)
            for axis, lits in by_axis.items():
                self.axis_terms.setdefault(axis, []).append((t, lits))
        pred_bits = np.zeros((len(preds), self.n_terms), dtype=np.bool_)
        pred_bits[self.term_pred, np.arange(self.n_terms)] = True
        self.pred_masks: U64 = _pack(pred_bits, self.words)

        # country axes change with group membership, the list axis with listings
        self.epoch_cuts = {"country": _epoch_cuts(regime, lists=False)}
        self.epoch_cuts["listed"] = _epoch_cuts(regime, groups=False)
        self.members: dict[str, dict[str, list[tuple[int, int | None]]]] = {}
        for g in regime.groups:
            table = self.members.setdefault(g.id, {})
            for m in g.members:
                table.setdefault(m.country, []).append(
                    (
                        m.start.toordinal() if m.start else 0,
                        m.end.toordinal() if m.end else None,
                    )
                )
        self.numeric: dict[Axis, _NumericAxis] = {}
        self.categorical: dict[Axis, _CategoricalAxis] = {}
        for axis in self.axis_terms:
            if axis == DATE_AXIS or axis[0] in ("param", "content"):
                self.numeric[axis] = self._numeric_axis(axis)
            else:
                self.categorical[axis] = _CategoricalAxis(
                    self, axis, self._probe_maker(axis), self._reducer(axis)
                )
        self.masks = self._masks()
        self._real: U64 = _pack(np.ones((1, self.n_terms), dtype=np.bool_), self.words)[0]
        self._group_cache: dict[
            int, tuple[int, Ints, list[tuple[Axis, U64]], _Masks, U64 | None]
        ] = {}

    # ------------------------------------------------------------------ compilation
    def _kind_key(self, term: Term) -> tuple[int, str]:
        lits = [lit for lit in term if lit.axis == ("kind",)]
        if not lits:
            return (0, "")
        return (1, "|".join(sorted(repr(lit.cond) + str(lit.positive) for lit in lits)))

    def _numeric_axis(self, axis: Axis) -> _NumericAxis:
        entries = self.axis_terms[axis]
        if axis == DATE_AXIS:
            bounds = {b for _, lits in entries for lit in lits for b in (lit.start, lit.end)}
            cuts_i = np.array(sorted(b for b in bounds if b is not None), dtype=np.int64)
            # class k = searchsorted(cuts, d, "right") - use the float machinery on ordinals:
            # every cut is itself a class start, so the representative of a class is its first
            # day (or the day before the first cut).
            reps_d = [int(cuts_i[0]) - 1] + [int(c) for c in cuts_i]
            bits = np.ones((len(reps_d), self.n_terms), dtype=np.bool_)
            r = np.array(reps_d, dtype=np.int64)
            for t, lits in entries:
                for lit in lits:
                    ok = r >= lit.start
                    if lit.end is not None:
                        ok &= r < lit.end
                    bits[:, t] &= ok
            return _DateAxis(cuts_i, _pack(bits, self.words))
        consts = set()
        for _, lits in entries:
            for lit in lits:
                assert lit.cond is not None
                for atom in lit.cond.atoms():
                    if isinstance(atom, Compare | Content):
                        consts.add(float(atom.value))
        cuts = np.array(sorted(consts), dtype=np.float64)
        absent = axis[0] == "param"
        reps = _float_reps(cuts)
        n_cls = len(reps) + (1 if absent else 0)
        bits = np.ones((n_cls, self.n_terms), dtype=np.bool_)
        rep_arr = np.array(reps, dtype=np.float64)
        for t, lits in entries:
            for lit in lits:
                col = self._numeric_literal(axis, lit, reps, rep_arr, absent)
                bits[:, t] &= col
        return _NumericAxis(cuts, _pack(bits, self.words), absent)

    def _numeric_literal(
        self,
        axis: Axis,
        lit: Literal,
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
            col = np.array([_holds_value(self.index, axis, lit, x) for x in values])
            return col
        return col if lit.positive else ~col

    def _reducer(self, axis: Axis) -> Callable[[Any], Any] | None:
        """What of a key the literals of ``axis`` read, where that is less than the key:
        of a classification code, the prefixes the conditions name that it starts with."""
        if axis[0] != "class":
            return None
        prefixes: set[str] = set()
        for _, lits in self.axis_terms[axis]:
            for lit in lits:
                assert lit.cond is not None
                for atom in lit.cond.atoms():
                    if isinstance(atom, Classified):
                        prefixes.update(atom.prefixes)
                    elif atom_axis(atom) is not None:
                        return None  # reads more than prefixes: every key is evaluated
        return _prefix_reducer(prefixes)

    def _probe_maker(self, axis: Axis) -> Callable[[Any], Any]:
        index = self.index
        epoch_day = self.epoch_day
        members = self.members
        name = axis[0]
        if name == "country":
            field = axis[1]

            def country(key: Any) -> _Probe:
                epoch, values = key
                if values is None:
                    raise PolicyError("the end user names an unknown party")
                probe = _Probe(index, _Tx(epoch_day("country", epoch)), countries={field: values})
                probe.members = members
                return probe

            return country
        if name == "listed":

            def listed(key: Any) -> _Probe:
                epoch, who = key
                tx = _Tx(epoch_day("listed", epoch))
                tx.end_user = _end_user_of(who)
                return _Probe(index, tx)

            return listed
        setters: dict[str, Callable[[_Tx, Any], None]] = {
            "kind": lambda tx, k: setattr(tx.item, "kind", k),
            "flags": lambda tx, k: setattr(tx.item, "flags", k),
            "made_with": lambda tx, k: setattr(tx.item, "made_with", k),
            "end_use": lambda tx, k: setattr(tx, "end_use", k),
            "channel": lambda tx, k: setattr(tx, "channel", k),
            "class": lambda tx, k: setattr(
                tx.item, "classification", {} if k is None else {axis[1]: k}
            ),
        }
        setter = setters[name]

        def simple(key: Any) -> _Probe:
            tx = _Tx(dt.date(2000, 1, 1))
            setter(tx, key)
            return _Probe(index, tx)

        return simple

    def epoch_day(self, what: str, epoch: int) -> dt.date:
        cuts = self.epoch_cuts[what]
        if not len(cuts):
            return dt.date(2000, 1, 1)
        if epoch == 0:
            return dt.date.fromordinal(max(1, int(cuts[0]) - 1))
        return dt.date.fromordinal(int(cuts[epoch - 1]))

    def _masks(self) -> _Masks:
        reg = self.regime
        pm = self.pred_masks
        zero = np.zeros(self.words, dtype=np.uint64)
        reach = zero.copy()
        by_id: dict[str, U64] = {}
        for n, p in zip(reg.reach, self.nexus_pred, strict=True):
            reach |= pm[p]
            by_id[n.id] = by_id.get(n.id, zero) | pm[p]
        groups: dict[tuple[str, ...], U64] = {}
        simple: dict[tuple[int, tuple[str, ...]], U64] = {}
        complex_: list[tuple[int, tuple[str, ...], U64, list[tuple[int, U64]]]] = []
        for rule, p, cps in zip(reg.rules, self.rule_pred, self.carve_pred, strict=True):
            g = tuple(rule.nexus)
            if g and g not in groups:
                groups[g] = np.bitwise_or.reduce([by_id.get(x, zero) for x in g] + [zero])
            if rule.carveouts:
                carves = [(c.outcome.rank, pm[q]) for c, q in zip(rule.carveouts, cps, strict=True)]
                complex_.append((rule.outcome.rank, g, pm[p], carves))
            else:
                key = (rule.outcome.rank, g)
                simple[key] = simple.get(key, zero) | pm[p]
        return _Masks(
            reach,
            groups,
            sorted(((o, g, m) for (o, g), m in simple.items()), key=lambda x: -x[0]),
            complex_,
        )

    # ------------------------------------------------------------------ evaluation
    def _inputs(self, batch: Batch, ctx: _BatchContext) -> dict[Axis, Callable[[Any], Ints]]:
        """Per axis, a function from rows (an index array or a slice) to their classes.
        Categorical axes are classed for the whole batch at once (a lookup per distinct
        value); numeric axes search only the rows asked for."""
        out: dict[Axis, Callable[[Any], Ints]] = {}
        for axis, num in self.numeric.items():
            if axis == DATE_AXIS:
                cls = num.classes(batch.date)
                out[axis] = cls.__getitem__
            elif axis[0] == "param":
                out[axis] = _searcher(num, batch.param(axis[1]))
            else:
                out[axis] = _searcher(num, batch.content_of(axis[1]))
        epochs: dict[str, Ints | None] = {}
        for what, cuts in self.epoch_cuts.items():
            epochs[what] = _day_classes(cuts, batch.date) if len(cuts) else None
        for axis, cat in self.categorical.items():
            name = axis[0]
            if name == "country":
                cls = _lookup(cat, ctx.countries(axis[1]), epochs["country"], dated=True)
            elif name == "listed":
                cls = _lookup(cat, ctx.listing_keys(), epochs["listed"], dated=True)
            elif name == "class":
                cls = _lookup(cat, batch.classified(axis[1]), None)
            else:
                cls = _lookup(cat, batch.columns[name], None)
            out[axis] = cls.__getitem__
        return out

    def _groups(
        self, batch: Batch, ctx: _BatchContext, compact: bool = False
    ) -> Iterator[tuple[Ints | slice, Ints | None, U64, _Masks]]:
        """(rows, words, term bits of those rows on those words, masks on those words).

        Rows are taken kind by kind: the terms are numbered so that a kind's terms share
        words, so each kind is evaluated on its own few words, and only on the axes whose
        table is not all ones on those words (a GPU never searches the wavelength cuts).
        With ``compact``, the terms a kind can set are moreover packed densely into fresh
        words (the outcome needs no term positions), so a kind with t terms costs
        ceil(t / 64) words whatever the rest of the regime holds."""
        inputs = self._inputs(batch, ctx)
        kind = self.categorical.get(("kind",))
        if kind is None or self.words <= 1:
            plan = self._plan(None, None)
            yield slice(None), None, self._and(inputs, slice(None), plan, batch.n), self.masks
            return
        kc = inputs[("kind",)](slice(None))
        small = kc.astype(np.uint16) if len(kind.rows) < 65536 else kc
        order = np.argsort(small, kind="stable")
        sorted_kc = kc[order]
        bounds = np.flatnonzero(sorted_kc[1:] != sorted_kc[:-1]) + 1
        for rows in np.split(order, bounds):
            if not len(rows):
                continue
            plan = self._plan(int(kc[rows[0]]), kind, compact)
            cols = plan[1]
            if not len(cols):
                yield rows, cols, np.zeros((0, len(rows)), dtype=np.uint64), plan[3]
                continue
            yield rows, cols, self._and(inputs, rows, plan, len(rows)), plan[3]

    def _plan(
        self, c: int | None, kind: _CategoricalAxis | None, compact: bool = False
    ) -> tuple[int, Ints, list[tuple[Axis, U64]], _Masks, U64 | None]:
        """For kind class ``c`` (or every row when None): the words that can be set, the
        axes that matter there with their tables cut to those words, the masks, and the
        kind's own row on those words."""
        version = sum(cat.version for cat in self.categorical.values())
        key = -1 if c is None else 2 * c + compact
        hit = self._group_cache.get(key)
        if hit is not None and hit[0] == version:
            return hit
        select: Callable[[U64], U64]
        if c is None or kind is None:
            cols = np.arange(self.words, dtype=np.intp)
            own = None
            select = lambda t: t[..., cols]  # noqa: E731
        elif compact:
            terms = np.flatnonzero(_unpack(kind.table[c])[: self.n_terms])
            width = max(1, -(-len(terms) // 64))
            cols = np.arange(width, dtype=np.intp)
            own = None  # every packed term is one the kind can set

            def select(t: U64) -> U64:
                picked = _unpack(t)[..., terms]
                flat = picked.reshape(-1, picked.shape[-1])
                return _pack(flat, width).reshape(*t.shape[:-1], width)

        else:
            cols = np.flatnonzero(kind.table[c]).astype(np.intp)
            own = kind.table[c][cols]
            select = lambda t: t[..., cols]  # noqa: E731
        real = select(self._real)
        subs: list[tuple[Axis, U64]] = []
        tables: list[tuple[Axis, U64]] = [(a, n.table) for a, n in self.numeric.items()]
        tables += [(a, cat.table) for a, cat in self.categorical.items() if a != ("kind",)]
        if c is None and ("kind",) in self.categorical:
            tables.append((("kind",), self.categorical[("kind",)].table))
        for axis, table in tables:
            sub = select(table)
            # padding bits beyond the last term never matter: compare on real terms only
            if len(sub) and not np.array_equal(sub & real, np.broadcast_to(real, sub.shape)):
                subs.append((axis, sub))
        if own is not None and subs:
            # fold the kind's own row into the first table the group reads
            subs[0] = (subs[0][0], subs[0][1] & own)
        # word-major: one contiguous row of classes per word, for 1-D gathers
        subs = [(axis, np.ascontiguousarray(sub.T)) for axis, sub in subs]
        entry = (version, cols, subs, self.masks.mapped(select), own)
        self._group_cache[key] = entry
        return entry

    def _and(
        self,
        inputs: dict[Axis, Callable[[Any], Ints]],
        rows: Ints | slice,
        plan: tuple[int, Ints, list[tuple[Axis, U64]], _Masks, U64 | None],
        n: int,
    ) -> U64:
        """The term bits of ``rows`` on the plan's words, word-major (words x rows)."""
        _, cols, subs, _, own = plan
        acc = np.empty((len(cols), n), dtype=np.uint64)
        if not subs:
            acc[:] = (self._real[cols] if own is None else own)[:, None]
            return acc
        (a0, t0), *rest = subs
        idx = inputs[a0](rows)
        for j in range(len(cols)):
            np.take(t0[j], idx, out=acc[j])
        if rest:
            tmp = np.empty(n, dtype=np.uint64)
            for axis, table in rest:
                idx = inputs[axis](rows)
                for j in range(len(cols)):
                    np.take(table[j], idx, out=tmp)
                    np.bitwise_and(acc[j], tmp, out=acc[j])
        return acc

    def ranks(self, batch: Batch, ctx: _BatchContext) -> npt.NDArray[np.int8]:
        """The outcome rank of this regime's verdict for each row (0 = not reached)."""
        out = np.zeros(batch.n, dtype=np.int8)
        if not self.regime.reach or batch.n == 0:
            return out
        for rows, _cols, bits, masks in self._groups(batch, ctx, compact=True):
            out[rows] = _ranks(bits, masks)
        return out

    def term_bits(self, batch: Batch, ctx: _BatchContext) -> U64:
        """Every row's full term bitset."""
        full = np.zeros((batch.n, self.words), dtype=np.uint64)
        if batch.n == 0:
            return full
        for rows, cols, bits, _ in self._groups(batch, ctx):
            if cols is None:
                full[rows] = bits.T
            elif len(cols):
                full[np.ix_(np.asarray(rows), cols)] = bits.T
        return full

    def verdict(self, bits: U64) -> Verdict:
        """The verdict (without trace) of a term bitset: mirrors
        :func:`policy.engine.decide.decide_regime` step by step, visiting only the rules
        whose condition holds."""
        true: set[int] = set()
        term_pred = self.term_pred_list
        for w, word in enumerate(bits.tolist()):
            while word:
                low = word & -word
                t = w * 64 + low.bit_length() - 1
                if t < self.n_terms:
                    true.add(term_pred[t])
                word ^= low
        reg = self.regime
        nexus = [n.id for n, p in zip(reg.reach, self.nexus_pred, strict=True) if p in true]
        if not nexus:
            return Verdict(reached=False, outcome=Outcome.NOT_APPLICABLE)
        applied: list[tuple[Outcome, Rule]] = []
        carveouts: list[str] = []
        for j in sorted(self.pred_rule[p] for p in true if p in self.pred_rule):
            rule = reg.rules[j]
            if rule.nexus and not any(x in nexus for x in rule.nexus):
                continue
            outcome = rule.outcome
            for c, q in zip(rule.carveouts, self.carve_pred[j], strict=True):
                if q not in true:
                    continue
                if c.outcome.rank < outcome.rank:
                    outcome = c.outcome
                    carveouts.append(c.id)
                else:
                    carveouts.append(f"{c.id} (available)")
            applied.append((outcome, rule))
        if not applied:
            return Verdict(reached=True, nexus=nexus, outcome=Outcome.NO_LICENSE_REQUIRED)
        applied.sort(key=lambda pair: -pair[0].rank)
        top = applied[0][0]
        review = next((r.review for o, r in applied if o is top and r.review), None)
        if not top.restrictive:
            review = None
        return Verdict(
            reached=True,
            nexus=nexus,
            outcome=top,
            review=review,
            rules=list(dict.fromkeys(r.id for _, r in applied)),
            carveouts=sorted(set(carveouts)),
        )


class _DateAxis(_NumericAxis):
    """The date axis: class ``k`` is ``[cuts[k-1], cuts[k])`` in day ordinals."""

    def __init__(self, cuts: npt.NDArray[np.int64], table: U64) -> None:
        super().__init__(cuts.astype(np.float64), table, absent=False)
        self.days = cuts

    def classes(self, x: npt.NDArray[Any]) -> Ints:
        return _day_classes(self.days, x)


def _day_classes(cuts: npt.NDArray[np.int64], days: npt.NDArray[np.int64]) -> Ints:
    """``searchsorted(cuts, days, "right")``, through a table over the span of days met when
    that span is small (it is a few thousand days in practice): one gather per row."""
    if not len(days):
        return np.zeros(0, dtype=np.intp)
    lo, hi = int(days.min()), int(days.max())
    if hi - lo > 4 * len(days) + 4096:
        return np.searchsorted(cuts, days, side="right").astype(np.intp, copy=False)
    span = np.searchsorted(cuts, np.arange(lo, hi + 1, dtype=np.int64), side="right")
    out: Ints = span.astype(np.intp, copy=False)[days - lo]
    return out


def _searcher(num: _NumericAxis, x: npt.NDArray[np.float64]) -> Callable[[Any], Ints]:
    def classes(rows: Any) -> Ints:
        return num.classes(x[rows])

    return classes


def _holds_value(index: RegimeIndex, axis: Axis, lit: Literal, x: float | None) -> bool:
    tx = _Tx(dt.date(2000, 1, 1))
    if axis[0] == "param":
        return _holds(lit, _Probe(index, tx, params={} if x is None else {axis[1]: x}))
    tx.item.content = {axis[1]: x} if x is not None else {}
    return _holds(lit, _Probe(index, tx))


def _epoch_cuts(regime: Regime, groups: bool = True, lists: bool = True) -> npt.NDArray[np.int64]:
    days: set[dt.date] = set()
    for g in regime.groups if groups else ():
        for m in g.members:
            days.update(d for d in (m.start, m.end) if d is not None)
    for li in regime.lists if lists else ():
        for e in li.listings:
            days.update(d for d in (e.start, e.end) if d is not None)
    return np.array(sorted(d.toordinal() for d in days), dtype=np.int64)


def _lookup(cat: _CategoricalAxis, col: Column, epoch: Ints | None, dated: bool = False) -> Ints:
    """Class ids of a categorical column (keys are ``(epoch, value)`` on dated axes). Each
    batch meets its distinct values again: known keys are read from the index directly and
    only new ones go through :meth:`_CategoricalAxis.class_of`."""
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


def _classes(cat: _CategoricalAxis, keys: list[Any]) -> Ints:
    got = list(map(cat.index.get, keys))
    if None in got:
        got = [cat.class_of(k) if x is None else x for k, x in zip(keys, got, strict=True)]
    return np.array(got, dtype=np.intp)


def _any(bits: U64, mask: U64) -> Bools:
    """Rows (columns of the word-major ``bits``) with a bit of ``mask`` set."""
    words = np.flatnonzero(mask).tolist()
    if not words:
        return np.zeros(bits.shape[1], dtype=np.bool_)
    j, *rest = words
    acc = bits[j] & mask[j]
    for j in rest:
        acc |= bits[j] & mask[j]
    out: Bools = acc != 0
    return out


def _ranks(bits: U64, m: _Masks) -> npt.NDArray[np.int8]:
    reached = _any(bits, m.reach)
    rank = reached.astype(np.int8)
    ok = {g: _any(bits, mask) for g, mask in m.nexus_groups.items()}
    for o, g, mask in m.simple:
        hit = _any(bits, mask) & reached
        if g:
            hit &= ok[g]
        np.maximum(rank, np.where(hit, o, 0).astype(np.int8), out=rank)
    for o, g, mask, carves in m.complex:
        hold = _any(bits, mask) & reached
        if g:
            hold &= ok[g]
        eff = np.full(len(rank), o, dtype=np.int8)
        for co, cm in carves:
            np.minimum(eff, np.where(_any(bits, cm), co, 127).astype(np.int8), out=eff)
        np.maximum(rank, np.where(hold, eff, 0).astype(np.int8), out=rank)
    return rank


def listing_key(who: Any) -> Any:
    """What decides whether an end user counts as listed: a party id, or for an end user the
    lists do not name, only its owners (its name and countries play no part), so that
    anonymous end users share table classes instead of each making one."""
    if who is None or isinstance(who, str):
        return who
    return ("owners", who.owners)


def _end_user_of(key: Any) -> Any:
    """A representative end user of a :func:`listing_key`."""
    if isinstance(key, tuple):
        return EndUser(name="end user", owners=key[1])
    return key


#: Entries a kept :class:`_BatchContext` memo may reach before it starts afresh.
_MEMO_LIMIT = 100_000


class _BatchContext:
    """Per-batch values several regimes share: the countries the end-user fields name."""

    def __init__(
        self,
        batch: Batch,
        index: RegimeIndex,
        memo: dict[tuple[str, Any, str], tuple[str, ...] | None] | None = None,
    ) -> None:
        """``memo``: the countries of (field, end user, destination) already worked out, kept
        by the caller across batches (they depend on neither the batch nor its dates)."""
        self.batch = batch
        self.index = index
        self._cache: dict[str, Column] = {}
        self._memo = memo if memo is not None else {}
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()

    def listing_keys(self) -> Column:
        got = self._cache.get("listing")
        if got is None:
            col = self.batch.columns["end_user"]
            keys = [listing_key(x) for x in col.values]
            distinct = list(dict.fromkeys(keys))
            index = {k: i for i, k in enumerate(distinct)}
            lut = np.array([index[k] for k in keys], dtype=np.int32)
            got = self._cache["listing"] = Column(lut[col.codes], distinct)
        return got

    def countries(self, field: str) -> Column:
        got = self._cache.get(field)
        if got is not None:
            return got
        b = self.batch
        if field in ("exporter", "destination"):
            col = b.columns[field]
            out = Column(col.codes, [(x,) for x in col.values])
        elif field == "origin":
            col = b.columns["origin"]
            out = Column(col.codes, [() if x is None else (x,) for x in col.values])
        elif field == "persons":
            out = b.columns["persons"]
        else:
            eu, dest = b.columns["end_user"], b.columns["destination"]
            nd = len(dest.values)
            pair = eu.codes.astype(np.int64) * nd + dest.codes
            uniq, inv = np.unique(pair, return_inverse=True)
            values: list[Any] = []
            for k in uniq.tolist():
                e, d = divmod(k, nd)
                values.append(self._of(field, eu.values[e], dest.values[d]))
            out = Column(inv.astype(np.int32).reshape(-1), values)
        self._cache[field] = out
        return out

    def _of(self, field: str, who: Any, destination: str) -> tuple[str, ...] | None:
        key = (field, who, destination)
        if key not in self._memo:
            tx = _Tx(dt.date(2000, 1, 1))
            tx.end_user = who
            tx.destination = destination
            try:
                self._memo[key] = TransactionScope(self.index, tx).countries_of(field)  # type: ignore[arg-type]
            except PolicyError:
                self._memo[key] = None  # an unknown party: the row goes to the reference
        return self._memo[key]
