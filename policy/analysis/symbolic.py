"""Questions about one regime's law, answered symbolically over its partition's axes.

A consistency check asks about a few rules at a time: does this rule ever decide, is there
a transaction on which this rule prohibits what that one permits, does the verdict drop
between two neighbouring classes of a parameter. Enumerating every cell of the regime to
answer them costs the product of every rule's cuts: a regime with k shifted twins of its
two-parameter thresholds has about k² times the cells. Here each question becomes one
reduced decision diagram (:mod:`policy.analysis._mdd`) built from the diagrams of the
conditions involved, so its cost follows the size of those conditions, and "there is such
a transaction" is exactly "the diagram is not false".

The answers are the enumeration's answers: the space is the same product of classes, and a
witness is the *first cell* (in the partition's order) with the property asked for, found
by walking the regime's full condition state down the diagram one axis at a time (the same
residuals the partition's diagram holds, so the representative transaction, and which axes
it leaves unstated, are the ones the cell has). Tests hold every check equal to its
cell-by-cell reference.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, cast

from policy.analysis._expr import TABLE
from policy.analysis._expr import TRUE as EXPR_TRUE
from policy.analysis._mdd import FALSE, MDD, TRUE
from policy.analysis.partition.diagram import Path
from policy.model.decisions import Outcome

if TYPE_CHECKING:
    from policy.analysis.partition.compiler import Slot
    from policy.analysis.partition.core import Partition
    from policy.analysis.partition.verdicts import CellVerdict

__all__ = ["Path", "RegimeSpace", "restrictiveness"]


def restrictiveness(outcome: Outcome | None) -> int:
    """The level the consistency checks compare: the rank of a restrictive outcome, else 0
    (not reached and no licence required are alike)."""
    return outcome.rank if outcome is not None and outcome.restrictive else 0


class RegimeSpace:
    """One regime's conditions (every nexus, rule and carve-out in force) as diagrams over
    the axes of ``partition``, and the derived questions the checks ask."""

    def __init__(self, partition: Partition, jurisdiction: str) -> None:
        self.part = partition
        self.jurisdiction = jurisdiction
        self.mdd = MDD([len(a.classes) for a in partition.axes])
        self._level_of_axis = {a.id: i for i, a in enumerate(partition.axes)}
        self._of_expr: dict[int, int] = {}
        self.slots: tuple[Slot, ...] = tuple(
            s for s in partition.slots if s.jurisdiction == jurisdiction
        )
        self.nexus = [s for s in self.slots if s.role == "nexus"]
        self.rules = [s for s in self.slots if s.role == "rule"]
        self.carveouts: dict[int, list[Slot]] = {s.index: [] for s in self.rules}
        last = None
        for s in self.slots:
            if s.role == "rule":
                last = s.index
            elif s.role == "carveout":
                assert last is not None
                self.carveouts[last].append(s)
        self._fn: dict[int, int] = {}
        self._final: dict[int, int] = {}
        self._ge: dict[tuple[int, int], int] = {}
        self._decides: dict[int, int] | None = None
        self._summary: int | None = None
        self._level: int | None = None
        self._level_at_least: dict[int, int] = {}

    # -------------------------------------------------------------- conditions
    def of_expr(self, e: int) -> int:
        """The diagram of a compiled condition (an expression of :data:`TABLE`)."""
        hit = self._of_expr.get(e)
        if hit is not None:
            return hit
        m = self.mdd
        op, arg = TABLE.nodes[e]
        if op == "false":
            out = FALSE
        elif op == "true":
            out = TRUE
        elif op == "atom":
            assert isinstance(arg, int)
            level = self._level_of_axis[TABLE.atom_axis[arg]]
            axis = self.part.axes[level]
            out = m.literal(
                level, (c for c, cls in enumerate(axis.classes) if arg in cls.true_atoms)
            )
        elif op == "not":
            out = m.neg(self.of_expr(arg))  # type: ignore[arg-type]
        elif op == "and":
            out = m.conj_all(self.of_expr(x) for x in arg)  # type: ignore[attr-defined]
        else:
            out = m.disj_all(self.of_expr(x) for x in arg)  # type: ignore[attr-defined]
        self._of_expr[e] = out
        return out

    def fn(self, slot: Slot) -> int:
        """The slot's condition."""
        hit = self._fn.get(slot.index)
        if hit is None:
            hit = self._fn[slot.index] = self.of_expr(slot.expr)
        return hit

    # -------------------------------------------------------------- the decision procedure
    def reach(self, slot: Slot) -> int:
        """Where the rule of ``slot`` may apply: some nexus holds (one it names, if it
        names any)."""
        rule = slot.rule
        assert rule is not None
        return self.mdd.disj_all(
            self.fn(n) for n in self.nexus if not rule.nexus or n.id in rule.nexus
        )

    def reached(self) -> int:
        """Where some nexus of the regime holds (its law reaches the transaction)."""
        return self.mdd.disj_all(self.fn(n) for n in self.nexus)

    def applied(self, slot: Slot) -> int:
        """Where the rule applies (its condition holds and its nexus restriction is met)."""
        return self.mdd.conj(self.fn(slot), self.reach(slot))

    def final(self, slot: Slot) -> int:
        """The rule's outcome after its carve-outs (``None`` where it does not apply), as
        the engine computes it: each carve-out that holds lowers the outcome reached so
        far, in the order written."""
        hit = self._final.get(slot.index)
        if hit is not None:
            return hit
        m = self.mdd
        rule = slot.rule
        assert rule is not None
        start = rule.outcome
        out = m.map(("start", start), lambda a: start if a else None, self.applied(slot))
        for c in self.carveouts[slot.index]:
            assert c.carveout is not None
            co = c.carveout.outcome

            def lower(o: Hashable, t: Hashable, co: Outcome = co) -> Hashable:
                if t and isinstance(o, Outcome) and co.rank < o.rank:
                    return co
                return o

            out = m.apply(("carve", c.index), lower, out, self.fn(c))
        self._final[slot.index] = out
        return out

    def final_is(self, slot: Slot, outcome: Outcome) -> int:
        return self.mdd.equals(self.final(slot), outcome)

    def ge(self, slot: Slot, rank: int) -> int:
        """Where the rule applies with an outcome of at least ``rank``."""
        key = (slot.index, rank)
        hit = self._ge.get(key)
        if hit is None:
            hit = self._ge[key] = self.mdd.map(
                ("ge", rank),
                lambda o: isinstance(o, Outcome) and o.rank >= rank,
                self.final(slot),
            )
        return hit

    def carveout_used(self, slot: Slot, carveout: Slot) -> int:
        """Where ``carveout`` lowers the rule's outcome at its turn: it holds, its outcome
        is below the rule's and below that of every earlier carve-out that holds."""
        m = self.mdd
        rule = slot.rule
        assert rule is not None and carveout.carveout is not None
        rank = carveout.carveout.outcome.rank
        if rank >= rule.outcome.rank:
            return FALSE
        out = m.conj(self.applied(slot), self.fn(carveout))
        for c in self.carveouts[slot.index]:
            if c.index == carveout.index:
                break
            assert c.carveout is not None
            if c.carveout.outcome.rank <= rank:
                out = m.conj(out, m.neg(self.fn(c)))
        return out

    def decides(self, slot: Slot) -> int:
        """Where the rule comes first in the verdict: it applies, no earlier rule applies
        with an outcome at least as restrictive, no later one with a more restrictive one
        (the engine's stable sort, most restrictive first)."""
        if self._decides is None:
            self._decides = self._all_decides()
        return self._decides[slot.index]

    def _all_decides(self) -> dict[int, int]:
        m = self.mdd
        ranks = sorted({o.rank for o in Outcome})
        n = len(self.rules)
        # before[r][i]: some rule before the i-th applies with outcome rank >= r;
        # after[r][i]: some rule after it applies with outcome rank > r
        before = {r: [FALSE] * (n + 1) for r in ranks}
        after = {r: [FALSE] * (n + 1) for r in ranks}
        for r in ranks:
            for i, s in enumerate(self.rules):
                before[r][i + 1] = m.disj(before[r][i], self.ge(s, r))
            for i in range(n - 1, -1, -1):
                after[r][i] = m.disj(after[r][i + 1], self.ge(self.rules[i], r + 1))
        out: dict[int, int] = {}
        for i, s in enumerate(self.rules):
            parts = []
            for o in Outcome:
                here = self.final_is(s, o)
                if here == FALSE:
                    continue
                parts.append(
                    m.conj_all((here, m.neg(before[o.rank][i]), m.neg(after[o.rank][i + 1])))
                )
            out[s.index] = m.disj_all(parts)
        return out

    def live_rules(self) -> set[str]:
        """The keys of the rules (versions) that decide some transaction."""
        return {s.rule.key for s in self.rules if s.rule is not None and self.decides(s) != FALSE}

    def summary(self) -> int:
        """The regime's verdict as far as the checks compare verdicts: terminals are
        (restrictiveness, ids of the rules that give the verdict's outcome, in order)."""
        if self._summary is not None:
            return self._summary
        m = self.mdd
        # Each rule's own summary, merged in the rules' order (an associative merge, so the
        # balanced reduction gives the left fold's diagram).
        parts: list[int] = []
        for s in self.rules:
            rule = s.rule
            assert rule is not None
            rid = rule.id

            def own(f: Hashable, rid: str = rid) -> Hashable:
                return (f, (rid,)) if isinstance(f, Outcome) else (None, ())

            parts.append(m.map(("own", rid), own, self.final(s)))
        acc = m.reduce("merge", _merge, parts, (None, ()))
        reached = self.reached()

        def close(a: Hashable, r: Hashable) -> Hashable:
            top, ids = cast("tuple[Outcome | None, tuple[str, ...]]", a)
            if not r or top is None:
                return (0, ())
            return (restrictiveness(top), ids)

        self._summary = m.apply("close", close, acc, reached)
        return self._summary

    def level(self) -> int:
        """The restrictiveness of the regime's verdict (an int at each terminal): the
        :meth:`summary` without the rules, so a much smaller diagram, for the questions
        that only compare how restrictive two verdicts are."""
        if self._level is not None:
            return self._level
        m = self.mdd
        parts = [m.map("restrictiveness", _restrictiveness, self.final(s)) for s in self.rules]
        acc = m.reduce("max", _max, parts, 0)
        self._level = m.apply("reached", _when_reached, acc, self.reached())
        return self._level

    def level_at_least(self, rank: int) -> int:
        """Where the verdict's restrictiveness is at least ``rank``."""
        hit = self._level_at_least.get(rank)
        if hit is None:
            hit = self._level_at_least[rank] = self.mdd.disj_all(
                self.ge(s, rank) for s in self.rules
            )
        return hit

    # -------------------------------------------------------------- witnesses
    def first(
        self, question: int, split: tuple[int, Sequence[int]] | None = None
    ) -> tuple[Path, list[tuple[bool, ...]]]:
        """The first cell (in the partition's order) where ``question`` holds: its path and
        condition values. With ``split = (axis, classes)``, ``question`` must not read that
        axis, and the walk follows one cell per class of it (a branch point of the
        partition's diagram and the first completion that holds for all of them); the path
        then leaves that axis out, and the values come one tuple per class.

        Raises ``ValueError`` when no cell has the property (``question`` is false)."""
        if question == FALSE:
            raise ValueError("no cell has the property")
        part, m, t = self.part, self.mdd, TABLE
        masks, restrict = t.masks, t.restrict
        states = [tuple(s.expr for s in part.slots)]
        path: Path = []
        u = question
        for level, axis in enumerate(part.axes):
            bit = 1 << axis.id
            aid = axis.id
            if split is not None and level == split[0]:
                assert m.level[u] != level and any(masks[e] & bit for e in states[0])
                (state,) = states
                states = [
                    tuple(
                        restrict(e, aid, axis.classes[k].true_atoms) if masks[e] & bit else e
                        for e in state
                    )
                    for k in split[1]
                ]
                continue
            if not any(masks[e] & bit for st in states for e in st):
                # no condition reads the axis here, so neither does the question
                assert m.level[u] != level
                continue
            if m.level[u] == level:
                c = m.first_class(u, FALSE)
                u = m.kid(u, c)
            else:
                c = 0
            path.append((level, c))
            true = axis.classes[c].true_atoms
            states = [
                tuple(restrict(e, aid, true) if masks[e] & bit else e for e in st) for st in states
            ]
        assert u == TRUE, "walk: the question still depends on an axis no condition reads"
        return path, [tuple(e == EXPR_TRUE for e in st) for st in states]

    def verdict(self, truths: tuple[bool, ...]) -> CellVerdict:
        return self.part.verdict(truths, self.jurisdiction)


def _merge(a: Hashable, b: Hashable) -> Hashable:
    """Two summaries of consecutive runs of rules (``a``'s first): the more restrictive
    outcome with its rules, or on equal rank ``a``'s outcome with both runs' rules."""
    top_a, ids_a = cast("tuple[Outcome | None, tuple[str, ...]]", a)
    top_b, ids_b = cast("tuple[Outcome | None, tuple[str, ...]]", b)
    if top_b is None:
        return a
    if top_a is None or top_b.rank > top_a.rank:
        return b
    if top_b.rank == top_a.rank:
        return (top_a, (*ids_a, *ids_b))
    return a


def _restrictiveness(f: Hashable) -> Hashable:
    return restrictiveness(f) if isinstance(f, Outcome) else 0


def _max(a: Hashable, b: Hashable) -> Hashable:
    return max(cast("int", a), cast("int", b))


def _when_reached(a: Hashable, r: Hashable) -> Hashable:
    return a if r else 0
