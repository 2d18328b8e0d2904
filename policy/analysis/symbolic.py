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

The verdict procedure is not written here: the questions about verdicts (where a rule
applies, with which outcome after its carve-outs, where it decides, how restrictive the
verdict is) are the engine's :class:`~policy.engine.verdict.ClosedForm` computed in the
algebra of decision diagrams (:class:`Diagrams`), over the slots' condition diagrams.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

from policy.analysis._expr import TABLE
from policy.analysis._expr import TRUE as EXPR_TRUE
from policy.analysis._mdd import FALSE, MDD, TRUE
from policy.analysis.partition.diagram import Path
from policy.analysis.partition.verdicts import SlotValues
from policy.engine.verdict import ClosedForm
from policy.model.decisions import Outcome

if TYPE_CHECKING:
    from policy.analysis.partition.compiler import Slot
    from policy.analysis.partition.core import Partition
    from policy.analysis.partition.verdicts import CellVerdict

__all__ = ["Diagrams", "Path", "RegimeSpace", "restrictiveness"]


def restrictiveness(outcome: Outcome | None) -> int:
    """The level the consistency checks compare: the rank of a restrictive outcome, else 0
    (not reached and no licence required are alike)."""
    return outcome.rank if outcome is not None and outcome.restrictive else 0


class Diagrams:
    """The verdict procedure's :class:`~policy.engine.verdict.Algebra` over one table of
    decision diagrams: a truth value is a boolean diagram, an outcome value a diagram whose
    terminals are outcomes (None where there is no outcome)."""

    true = TRUE
    false = FALSE

    def __init__(self, mdd: MDD) -> None:
        self.mdd = mdd
        self.none = mdd.terminal(None)

    def conj(self, a: int, b: int) -> int:
        return self.mdd.conj(a, b)

    def disj(self, a: int, b: int) -> int:
        return self.mdd.disj(a, b)

    def neg(self, a: int) -> int:
        return self.mdd.neg(a)

    def choose(self, where: int, outcome: Outcome, otherwise: int) -> int:
        if where == FALSE:
            return otherwise
        if where == TRUE:
            return self.mdd.terminal(outcome)

        def pick(w: Hashable, o: Hashable) -> Hashable:
            return outcome if w else o

        return self.mdd.apply(("choose", outcome), pick, where, otherwise)

    def at_least(self, value: int, rank: int) -> int:
        def holds(o: Hashable) -> bool:
            return isinstance(o, Outcome) and o.rank >= rank

        return self.mdd.map(("at least", rank), holds, value)


class RegimeSpace:
    """One regime's conditions (every nexus, rule and carve-out in force) as diagrams over
    the axes of ``partition``, and the derived questions the checks ask."""

    def __init__(self, partition: Partition, jurisdiction: str) -> None:
        self.part = partition
        self.jurisdiction = jurisdiction
        self.mdd = MDD([len(a.classes) for a in partition.axes])
        self._level_of_axis = {a.id: i for i, a in enumerate(partition.axes)}
        self._of_expr: dict[int, int] = {}
        self._fn: dict[int, int] = {}
        law = partition.law(jurisdiction)
        self.law = law
        self.slots: tuple[Slot, ...] = law.slots
        self.nexus = list(law.nexus)
        self.rules = list(law.rules)
        self.carveouts: dict[int, list[Slot]] = {
            s.index: list(cs) for s, cs in zip(law.rules, law.carveouts, strict=True)
        }
        #: the verdict procedure in closed form, over the slots' diagrams
        self.verdicts = ClosedForm(Diagrams(self.mdd), law.regime, SlotValues(law, self.fn))
        self._summary: int | None = None
        self._level: int | None = None
        self._reader_lists: list[list[int]] | None = None

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
            out = m.literal(level, axis.holding(arg))
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

    # -------------------------------------------------------------- the verdict procedure
    def _j(self, slot: Slot) -> int:
        return self.law.positions[slot.index]

    def reached(self) -> int:
        """Where some nexus of the regime holds (its law reaches the transaction)."""
        return self.verdicts.reached()

    def applied(self, slot: Slot) -> int:
        """Where the rule applies (its condition holds and its nexus restriction is met)."""
        return self.verdicts.applies(self._j(slot))

    def final(self, slot: Slot) -> int:
        """The rule's outcome after its carve-outs (``None`` where it does not apply)."""
        return self.verdicts.outcome_of(self._j(slot))

    def final_is(self, slot: Slot, outcome: Outcome) -> int:
        """Where the rule applies with exactly ``outcome`` after its carve-outs."""
        return self.verdicts.is_outcome(self._j(slot), outcome)

    def ge(self, slot: Slot, rank: int) -> int:
        """Where the rule applies with an outcome of at least ``rank``."""
        return self.verdicts.at_least(self._j(slot), rank)

    def carveout_used(self, slot: Slot, carveout: Slot) -> int:
        """Where ``carveout`` lowers the rule's outcome at its turn."""
        j = self._j(slot)
        return self.verdicts.used(j, self.law.carveouts[j].index(carveout))

    def decides(self, slot: Slot) -> int:
        """Where the rule comes first in the verdict."""
        return self.verdicts.first(self._j(slot))

    def live_rules(self) -> set[str]:
        """The keys of the rules (versions) that decide some transaction."""
        return {s.rule.key for s in self.rules if s.rule is not None and self.decides(s) != FALSE}

    def summary(self) -> int:
        """The regime's verdict as far as the checks compare verdicts: terminals are
        (restrictiveness, ids of the rules that give the verdict's outcome, in order)."""
        if self._summary is not None:
            return self._summary
        m = self.mdd
        # The ids of the rules that give the outcome, concatenated in rule order (an
        # associative merge, so the balanced reduction gives the left fold's diagram).
        parts: list[int] = []
        for j, s in enumerate(self.rules):
            assert s.rule is not None
            ids: tuple[str, ...] = (s.rule.id,)

            def own(gives: Hashable, ids: tuple[str, ...] = ids) -> Hashable:
                return ids if gives else ()

            parts.append(m.map(("own", ids), own, self.verdicts.gives_outcome(j)))
        rules = m.reduce("concatenate", _concatenate, parts, ())
        self._summary = m.apply("summary", _pair, self.level(), rules)
        return self._summary

    def level(self) -> int:
        """The restrictiveness of the regime's verdict (an int at each terminal): the
        :meth:`summary` without the rules, so a much smaller diagram, for the questions
        that only compare how restrictive two verdicts are."""
        if self._level is None:
            self._level = self.mdd.map("restrictiveness", _restrictiveness, self.verdicts.outcome())
        return self._level

    def level_at_least(self, rank: int) -> int:
        """Where the verdict's restrictiveness is at least ``rank`` (a restrictive rank)."""
        return self.verdicts.outcome_at_least(rank)

    # -------------------------------------------------------------- witnesses
    def first(
        self,
        question: int,
        split: tuple[int, Sequence[int]] | None = None,
        also: Sequence[int] = (),
    ) -> tuple[Path, list[tuple[bool, ...]]]:
        """The first cell (in the partition's order) where ``question`` holds: its path and
        condition values. With ``split = (axis, classes)``, ``question`` must not read that
        axis, and the walk follows one cell per class of it (a branch point of the
        partition's diagram and the first completion that holds for all of them); the path
        then leaves that axis out, and the values come one tuple per class.

        ``also`` are expressions (of :data:`TABLE`) that are no slot but that ``question``
        reads (a cross-regime check's extra conditions): the walk follows them too, and the
        values returned are still the slots'.

        Raises ``ValueError`` when no cell has the property (``question`` is false)."""
        if question == FALSE:
            raise ValueError("no cell has the property")
        part, m, t = self.part, self.mdd, TABLE
        masks, restrict = t.masks, t.restrict
        states = [tuple(s.expr for s in part.slots) + tuple(also)]
        n = len(part.slots)
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
        return path, [tuple(e == EXPR_TRUE for e in st[:n]) for st in states]

    def first_path(self, question: int) -> Path:
        """The path of :meth:`first` (without ``split``), without the condition values.

        :meth:`first` restricts every condition of the regime on every axis it walks: n
        conditions each time, so asking it for each of n rules is quadratic. Here a
        condition's residual is followed only as far as the walk needs it to tell whether
        some condition still reads an axis: of the conditions that read the axis at all,
        the first whose residual still does decides, so a walk costs about the axes times
        a few conditions. The path is :meth:`first`'s (a test holds them equal)."""
        if question == FALSE:
            raise ValueError("no cell has the property")
        part, m, t = self.part, self.mdd, TABLE
        masks, restrict = t.masks, t.restrict
        axes = part.axes
        readers = self._readers()
        slots = part.slots
        # each residual reached so far, and how many entries of the path it has seen
        residual: dict[int, tuple[int, int]] = {}
        path: Path = []
        u = question
        for level, axis in enumerate(axes):
            bit = 1 << axis.id
            mentioned = False
            for i in readers[level]:
                e, seen = residual.get(i, (slots[i].expr, 0))
                while seen < len(path) and masks[e] & bit:
                    lv, c = path[seen]
                    ax = axes[lv]
                    e = restrict(e, ax.id, ax.classes[c].true_atoms)
                    seen += 1
                residual[i] = (e, seen)
                if masks[e] & bit:
                    mentioned = True
                    break
            if not mentioned:
                assert m.level[u] != level
                continue
            if m.level[u] == level:
                c = m.first_class(u, FALSE)
                u = m.kid(u, c)
            else:
                c = 0
            path.append((level, c))
        assert u == TRUE, "walk: the question still depends on an axis no condition reads"
        return path

    def _readers(self) -> list[list[int]]:
        """Per level, the positions (in the partition's slots) of the conditions whose
        expression reads that level's axis (a residual reads no axis its condition does
        not)."""
        if self._reader_lists is None:
            masks = TABLE.masks
            self._reader_lists = [
                [i for i, s in enumerate(self.part.slots) if masks[s.expr] & (1 << a.id)]
                for a in self.part.axes
            ]
        return self._reader_lists

    def value_at(self, u: int, path: Path) -> Hashable:
        """The terminal of diagram ``u`` on the cell of ``path`` (a path of :meth:`first`,
        which fixes every axis a condition reads on the way)."""
        m = self.mdd
        classes = dict(path)
        while not m.is_terminal(u):
            u = m.kid(u, classes[m.level[u]])
        return m.value[u]

    def verdict(self, truths: tuple[bool, ...]) -> CellVerdict:
        return self.part.verdict(truths, self.jurisdiction)


def _concatenate(a: Hashable, b: Hashable) -> Hashable:
    return (*a, *b)  # type: ignore[misc]


def _pair(a: Hashable, b: Hashable) -> Hashable:
    return (a, b)


def _restrictiveness(o: Hashable) -> Hashable:
    return restrictiveness(o) if isinstance(o, Outcome) else 0
