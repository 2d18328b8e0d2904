"""One regime compiled to bitset tables over the axes of the transaction space.

Every condition the regime decides with (each nexus, rule and carve-out, with its dates) is
put in disjunctive normal form over per-axis literals (:mod:`.dnf`); the terms of all of them
are numbered, and a transaction's *term bitset* has bit ``t`` set when term ``t`` holds. A
term holds when each of its literals does, and each literal reads one axis, so:

* every numeric axis (a parameter, a content share, the date) is cut at the constants its
  literals compare with; each interval between cuts and each cut itself is a class (plus "not
  given"), and the table holds, per class, the bitset of terms whose literals on that axis
  hold there (:mod:`.axes`, :mod:`.dates`);
* every categorical axis (kind, flags, a country field with the membership epoch, the end
  user's listing...) gets a class per distinct value met, its row computed the first time the
  value is seen by evaluating the literals on a representative (:mod:`.probes`);

and the term bitset of a transaction is the AND of one row per axis. The outcome is then the
most restrictive outcome class with a term in the bitset (:func:`.bits.outcome_ranks`), and
the full verdict (nexus, rules, carve-outs, review) depends only on the bitset, so it is
assembled once per distinct bitset, by the engine's one verdict procedure
(:func:`policy.engine.verdict.assemble`) answered from the bits.

The tables are exact by construction: a literal is constant on each class (the classes refine
its cuts and values), and a representative of each class is evaluated by the model's own
``Condition.evaluate``. The differential tests check it against :func:`decide` anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from policy.engine.compiled.axes import (
    CategoricalAxis,
    NumericAxis,
    lookup,
    numeric_axis,
    reducer,
    searcher,
)
from policy.engine.compiled.batch import Batch
from policy.engine.compiled.bits import U64, Ints, Masks, outcome_ranks, pack, set_bits, unpack
from policy.engine.compiled.context import BatchContext
from policy.engine.compiled.dates import date_axis, day_classes, epoch_cuts, epoch_day
from policy.engine.compiled.dnf import (
    DATE_AXIS,
    Axis,
    AxisLiteral,
    AxisSets,
    Term,
    date_literal,
    to_dnf,
)
from policy.engine.compiled.probes import probe_maker
from policy.engine.scope import RegimeIndex
from policy.engine.verdict import Assessment, assess
from policy.model.conditions import Condition
from policy.model.decisions import Verdict
from policy.model.regimes import Regime


class Plan(NamedTuple):
    """How the rows of one kind class are evaluated (:meth:`CompiledRegime._plan`)."""

    #: the categorical tables' version the plan was made for (a new class makes it stale)
    version: int
    #: the words that can be set
    cols: Ints
    #: the axes that matter there, with their tables cut to those words (word-major)
    subs: list[tuple[Axis, U64]]
    #: the outcome masks on those words
    masks: Masks
    #: the kind's own row on those words (None: every row of the plan)
    own: U64 | None


class CompiledRegime:
    """The compiled tables of one regime (see the module docstring)."""

    def __init__(self, regime: Regime, index: RegimeIndex, *, cap: int = 1024) -> None:
        self.regime = regime
        self.index = index
        axes = AxisSets()
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

        # What the regime models (a function of the item kind and channel, each part from
        # its ``since``): one more predicate, so a verdict's ``not_modelled`` is in the bits.
        self.model_pred: int | None = None
        if regime.models is not None:
            terms = []
            for part in regime.models:
                dnf = to_dnf(part.condition(), cap=cap, axes=axes)
                if part.since is None:
                    terms.extend(dnf)
                else:
                    since = date_literal(part.since, None)
                    terms.extend((*t, since) for t in dnf)
            preds.append(terms)
            self.model_pred = len(preds) - 1

        self.pred_rule = {p: j for j, p in enumerate(self.rule_pred)}
        # Number the terms so that terms of the same kinds sit in the same words: a batch is
        # evaluated kind by kind, on the words its kind can set.
        flat = [(p, t) for p, terms in enumerate(preds) for t in terms]
        flat.sort(key=lambda pt: self._kind_key(pt[1]))
        self.n_terms = len(flat)
        self.words = max(1, -(-self.n_terms // 64))
        self.term_pred = np.array([p for p, _ in flat], dtype=np.intp)
        self.term_pred_list: list[int] = self.term_pred.tolist()
        self.axis_terms: dict[Axis, list[tuple[int, list[AxisLiteral]]]] = {}
        for t, (_, term) in enumerate(flat):
            by_axis: dict[Axis, list[AxisLiteral]] = {}
            for lit in term:
                by_axis.setdefault(lit.axis, []).append(lit)
            for axis, lits in by_axis.items():
                self.axis_terms.setdefault(axis, []).append((t, lits))
        pred_bits = np.zeros((len(preds), self.n_terms), dtype=np.bool_)
        pred_bits[self.term_pred, np.arange(self.n_terms)] = True
        self.pred_masks: U64 = pack(pred_bits, self.words)

        # country axes change with group membership, the list axis with listings
        self.epoch_cuts = {"country": epoch_cuts(regime, lists=False)}
        self.epoch_cuts["listed"] = epoch_cuts(regime, groups=False)
        self.numeric: dict[Axis, NumericAxis] = {}
        self.categorical: dict[Axis, CategoricalAxis] = {}
        for axis, entries in self.axis_terms.items():
            if axis == DATE_AXIS:
                self.numeric[axis] = date_axis(entries, self.n_terms, self.words)
            elif axis[0] in ("param", "content"):
                self.numeric[axis] = numeric_axis(axis, entries, self.n_terms, self.words, index)
            else:
                self.categorical[axis] = CategoricalAxis(
                    axis,
                    entries,
                    self.n_terms,
                    self.words,
                    probe_maker(axis, index, self.epoch_day),
                    reducer(axis, entries),
                )
        self.masks = self._masks()
        self._real: U64 = pack(np.ones((1, self.n_terms), dtype=np.bool_), self.words)[0]
        self._group_cache: dict[int, Plan] = {}

    # ------------------------------------------------------------------ compilation
    def _kind_key(self, term: Term) -> tuple[int, str]:
        lits = [lit for lit in term if lit.axis == ("kind",)]
        if not lits:
            return (0, "")
        return (1, "|".join(sorted(repr(lit.cond) + str(lit.positive) for lit in lits)))

    def epoch_day(self, what: str, epoch: int) -> dt.date:
        """The first day of epoch ``epoch`` of the ``"country"`` or ``"listed"`` axes."""
        return epoch_day(self.epoch_cuts[what], epoch)

    def _masks(self) -> Masks:
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
        return Masks(
            reach,
            groups,
            sorted(((o, g, m) for (o, g), m in simple.items()), key=lambda x: -x[0]),
            complex_,
        )

    # ------------------------------------------------------------------ evaluation
    def _inputs(self, batch: Batch, ctx: BatchContext) -> dict[Axis, Callable[[Any], Ints]]:
        """Per axis, a function from rows (an index array or a slice) to their classes.
        Categorical axes are classed for the whole batch at once (a lookup per distinct
        value); numeric axes search only the rows asked for."""
        out: dict[Axis, Callable[[Any], Ints]] = {}
        for axis, num in self.numeric.items():
            if axis == DATE_AXIS:
                cls = num.classes(batch.date)
                out[axis] = cls.__getitem__
            elif axis[0] == "param":
                out[axis] = searcher(num, batch.param(axis[1]))
            else:
                out[axis] = searcher(num, batch.content_of(axis[1]))
        epochs: dict[str, Ints | None] = {}
        for what, cuts in self.epoch_cuts.items():
            epochs[what] = day_classes(cuts, batch.date) if len(cuts) else None
        for axis, cat in self.categorical.items():
            name = axis[0]
            if name == "country":
                cls = lookup(cat, ctx.countries(axis[1]), epochs["country"], dated=True)
            elif name == "listed":
                cls = lookup(cat, ctx.listing_keys(), epochs["listed"], dated=True)
            elif name == "class":
                cls = lookup(cat, batch.classified(axis[1]), None)
            else:
                cls = lookup(cat, batch.columns[name], None)
            out[axis] = cls.__getitem__
        return out

    def _groups(
        self, batch: Batch, ctx: BatchContext, compact: bool = False
    ) -> Iterator[tuple[Ints | slice, Ints | None, U64, Masks]]:
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
            cols = plan.cols
            if not len(cols):
                yield rows, cols, np.zeros((0, len(rows)), dtype=np.uint64), plan.masks
                continue
            yield rows, cols, self._and(inputs, rows, plan, len(rows)), plan.masks

    def _plan(self, c: int | None, kind: CategoricalAxis | None, compact: bool = False) -> Plan:
        """For kind class ``c`` (or every row when None): the words that can be set, the
        axes that matter there with their tables cut to those words, the masks, and the
        kind's own row on those words."""
        version = sum(cat.version for cat in self.categorical.values())
        key = -1 if c is None else 2 * c + compact
        hit = self._group_cache.get(key)
        if hit is not None and hit.version == version:
            return hit
        select: Callable[[U64], U64]
        if c is None or kind is None:
            cols = np.arange(self.words, dtype=np.intp)
            own = None
            select = lambda t: t[..., cols]  # noqa: E731
        elif compact:
            terms = np.flatnonzero(unpack(kind.table[c])[: self.n_terms])
            width = max(1, -(-len(terms) // 64))
            cols = np.arange(width, dtype=np.intp)
            own = None  # every packed term is one the kind can set

            def select(t: U64) -> U64:
                picked = unpack(t)[..., terms]
                flat = picked.reshape(-1, picked.shape[-1])
                return pack(flat, width).reshape(*t.shape[:-1], width)

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
        entry = Plan(version, cols, subs, self.masks.mapped(select), own)
        self._group_cache[key] = entry
        return entry

    def _and(
        self,
        inputs: dict[Axis, Callable[[Any], Ints]],
        rows: Ints | slice,
        plan: Plan,
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

    def ranks(self, batch: Batch, ctx: BatchContext) -> npt.NDArray[np.int8]:
        """The outcome rank of this regime's verdict for each row (0 = not reached)."""
        out = np.zeros(batch.n, dtype=np.int8)
        if not self.regime.reach or batch.n == 0:
            return out
        for rows, _cols, bits, masks in self._groups(batch, ctx, compact=True):
            out[rows] = outcome_ranks(bits, masks)
        return out

    def term_bits(self, batch: Batch, ctx: BatchContext) -> U64:
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

    def assessment(self, bits: U64) -> Assessment:
        """What the regime decides for a term bitset (without trace): the engine's one
        procedure (:func:`policy.engine.verdict.assess`) answered by which predicates have
        a term set, visiting only the rules whose condition holds (the dates are in the
        bits, so no date is given)."""
        term_pred = self.term_pred_list
        true = {term_pred[t] for t in set_bits(bits, self.n_terms)}
        pred_rule = self.pred_rule
        rules = sorted(pred_rule[p] for p in true if p in pred_rule)
        holding = _HoldingPredicates(self.nexus_pred, self.rule_pred, self.carve_pred, true)
        modelled = self.model_pred is None or self.model_pred in true
        return assess(self.regime, holding, on=None, candidates=rules, modelled=modelled)

    def verdict(self, bits: U64) -> Verdict:
        """The verdict (without trace) of a term bitset (see :meth:`assessment`)."""
        return self.assessment(bits).verdict()


class _HoldingPredicates:
    """The :class:`~policy.engine.verdict.Oracle` of one term bitset: a piece of law holds
    when some term of its predicate is set."""

    __slots__ = ("carve_pred", "nexus_pred", "rule_pred", "true")

    def __init__(
        self,
        nexus_pred: list[int],
        rule_pred: list[int],
        carve_pred: list[list[int]],
        true: set[int],
    ) -> None:
        self.nexus_pred = nexus_pred
        self.rule_pred = rule_pred
        self.carve_pred = carve_pred
        self.true = true

    def nexus(self, i: int) -> bool:
        return self.nexus_pred[i] in self.true

    def rule(self, j: int) -> bool:
        return self.rule_pred[j] in self.true

    def carveout(self, j: int, k: int) -> bool:
        return self.carve_pred[j][k] in self.true
