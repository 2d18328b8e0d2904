"""The :class:`Partition` of the transactions on one date, and :func:`partition`.

A partition ties the pieces of this package together: the compiled conditions
(:mod:`.compiler`), the axes and their classes (:mod:`.axes`, :mod:`.classes`), the
decision diagram whose leaves are the cells (:mod:`.diagram`), the classifier that locates
a transaction (:mod:`.locate`), the representatives (:mod:`.representatives`) and the
verdicts (:mod:`.verdicts`). What does not depend on the date (the diagram, the
classifier, the symbolic views, the live partition) is built when first asked for and
shared by the copies of the partition for other dates with the same law.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from policy.analysis._expr import FALSE, TABLE, TRUE
from policy.analysis.partition.axes import Axis
from policy.analysis.partition.classes import build_axes
from policy.analysis.partition.compiler import Compiler, Slot, compile_conditions
from policy.analysis.partition.diagram import Accept, Bounds, Cell, Diagram, Node, Path
from policy.analysis.partition.locate import Classifier
from policy.analysis.partition.representatives import (
    build_transaction,
    default_countries,
    typical_choices,
)
from policy.analysis.partition.verdicts import CellVerdict, RegimeSlots, verdict_from_truths
from policy.model.conditions import Condition
from policy.model.decisions import Outcome
from policy.model.rules import Rule
from policy.model.transactions import Transaction
from policy.model.world import World

if TYPE_CHECKING:
    from policy.analysis.symbolic import RegimeSpace


class Partition:
    """The partition of the transactions on ``as_of`` for the regimes in scope.

    Build with :func:`partition`. ``cells`` are the leaves; :meth:`locate` finds the cell of
    any transaction the space contains; :meth:`verdict` gives a regime's verdict on a cell.
    """

    def __init__(
        self,
        world: World,
        as_of: dt.date,
        slots: tuple[Slot, ...],
        axes: tuple[Axis, ...],
        compiler: Compiler,
    ) -> None:
        self.world = world
        self.as_of = as_of
        self.slots = slots
        self.axes = axes
        self.regimes = {r.jurisdiction: r for r in compiler.regimes}
        self.jurisdictions = sorted(self.regimes)
        #: the compiler of the conditions, which keeps every atom's payload per axis
        self.compiler = compiler
        self._default_countries = default_countries(compiler)
        #: what copies for other dates share: the diagram, the classifier, the live
        #: partitions and the symbolic views, each built when first asked for
        self._shared: dict[str, Any] = {}
        # Memos of facts that do not depend on the date (copies for other dates share
        # them): each regime's law as the slots hold it, verdicts by condition values,
        # the bounds of leaf values, and the atoms each rule's condition reads.
        self._laws: dict[str, RegimeSlots] = {}
        self._verdicts: dict[tuple[str, tuple[bool, ...]], CellVerdict] = {}
        self._bounds: dict[str, dict[int, tuple[int, int]]] = {}
        self._rule_atoms: dict[str, frozenset[int]] = {}
        self._rule_axes: dict[str, frozenset[str]] = {}

    def at(self, on: dt.date) -> Partition:
        """This partition for another date on which the law in scope is the same (same
        rules, groups and listings): the cells are shared, representatives carry ``on``."""
        if on == self.as_of:
            return self
        # Kept, so that every caller asking for the same date shares one copy and the cells
        # (and verdict memo) it builds: a fresh copy per call rebuilt every cell per lookup.
        dated: dict[dt.date, Partition] = self._shared.setdefault("dated", {})
        other = dated.get(on)
        if other is None:
            other = copy.copy(self)
            other.as_of = on
            other.__dict__.pop("cells", None)  # the cells' representatives carry the date
            dated[on] = other
        return other

    # -------------------------------------------------------------- the diagram
    @property
    def diagram(self) -> Diagram:
        """The decision diagram (built when first asked for; the consistency checks ask
        their questions of :meth:`space` instead and never build it)."""
        hit = self._shared.get("diagram")
        if hit is None:
            hit = self._shared["diagram"] = Diagram.build(self.slots, self.axes)
        return hit  # type: ignore[no-any-return]

    @property
    def root(self) -> Node:
        return self.diagram.root

    @property
    def levels(self) -> list[list[Node]]:
        return self.diagram.levels

    @property
    def leaf_index(self) -> dict[int, int]:
        """The index of each leaf node's cell, by the node's ``id``."""
        return self.diagram.leaf_index

    @functools.cached_property
    def cells(self) -> tuple[Cell, ...]:
        """The leaves of the partition, in the order of their first (simplest) path."""
        leaves = self.diagram.leaves
        return tuple(Cell(self, i, truths, classes) for i, (truths, classes) in enumerate(leaves))

    def product_cells(self) -> int:
        """How many cells of the product of the axes (counting an axis that does not matter
        below a node as one class) the leaves stand for."""
        return self.diagram.product_cells()

    # -------------------------------------------------------------- symbolic views
    def space(self, jurisdiction: str) -> RegimeSpace:
        """The symbolic view of one regime's conditions over this partition's axes (see
        :mod:`policy.analysis.symbolic`): what the consistency checks ask their questions
        of, without building the cells."""
        from policy.analysis.symbolic import RegimeSpace

        spaces: dict[str, RegimeSpace] = self._shared.setdefault("spaces", {})
        hit = spaces.get(jurisdiction)
        if hit is None:
            hit = spaces[jurisdiction] = RegimeSpace(self, jurisdiction)
        return hit

    def live(self) -> Partition:
        """The partition of the *live* conditions: every nexus, and each rule that decides
        some transaction (with its carve-outs). A dead rule (one that never decides, found
        exactly by :meth:`space`) changes no regime's outcome, nor which rule comes first
        in a verdict, so the live partition gives every outcome and deciding rule the full
        one gives, with the same representatives, in fewer cells: shifted twins of a rule
        that never decide no longer multiply the cells. Same axes, same date."""
        base = self._shared.get("live")
        if base is None:
            keep = set()
            for jur in self.jurisdictions:
                keep |= self.space(jur).live_rules()
            chosen = [
                s
                for s in self.slots
                if s.role == "nexus" or (s.rule is not None and s.rule.key in keep)
            ]
            if len(chosen) == len(self.slots):
                base = self
            else:
                renumber = {s.index: i for i, s in enumerate(chosen)}
                slots = tuple(
                    dataclasses.replace(
                        s,
                        index=renumber[s.index],
                        parent=None if s.parent is None else renumber[s.parent],
                    )
                    for s in chosen
                )
                base = Partition(self.world, self.as_of, slots, self.axes, self.compiler)
            self._shared["live"] = base
        return base if base is self else base.at(self.as_of)

    # -------------------------------------------------------------- representatives
    def transaction(
        self,
        path: Sequence[tuple[int, int]],
        values: Mapping[int, Any] | None = None,
        **extra: Any,
    ) -> Transaction:
        """The representative transaction of a path of (axis index, class index): each
        class's representative, or the value ``values`` gives for that axis (which must
        lie in the class), dated ``as_of``; ``extra`` overrides top-level fields. A
        combination of classes that names no valid transaction raises ``ValueError``."""
        return build_transaction(
            self.axes,
            sorted(path),
            on=self.as_of,
            defaults=self._default_countries,
            values=values,
            extra=extra,
        )

    def typical(
        self,
        path: Sequence[tuple[int, int]],
        rules: Sequence[Rule] = (),
        *,
        jurisdiction: str | None = None,
    ) -> Transaction:
        """The transaction of ``path`` that reads most like the cases ``rules`` were written
        for (:func:`~.representatives.typical_choices`: their examples' item kind,
        destination and parameter values, the rule's own ``jurisdiction`` as exporter),
        among those the path stands for: every condition in scope has the same value on it
        as on :meth:`transaction` of the path (when a choice would change one, that plain
        representative is returned), so a finding's claim about the one holds of the
        other."""
        plain = self.transaction(path)
        examples = [e.transaction for r in rules for e in r.examples]
        # the classes of every axis, also those the path leaves to the defaults
        full = [(a, c) for a, c in enumerate(self.classify(plain)) if c is not None]
        values = typical_choices(self.axes, full, examples, exporter=jurisdiction)
        if not values:
            return plain
        # an axis the path leaves to the defaults is written only where a choice is made
        # (an origin left unstated stays unstated: a move reads it)
        fixed = {a for a, _ in path}
        chosen = [*path, *((a, c) for a, c in full if a in values and a not in fixed)]
        try:
            tx = self.transaction(chosen, values)
        except ValueError:
            return plain
        truths = self.evaluate(tx)
        return tx if truths is not None and truths == self.evaluate(plain) else plain

    def with_class(self, cell: Cell, axis_name: str, class_index: int) -> Transaction:
        """The cell's representative with one axis moved to another class."""
        a = next(i for i, ax in enumerate(self.axes) if ax.name == axis_name)
        path = sorted([(x, c) for x, c in cell.classes if x != a] + [(a, class_index)])
        return self.transaction(path)

    # -------------------------------------------------------------- locating
    @property
    def classifier(self) -> Classifier:
        """What finds a transaction's class on each axis (built when first asked for)."""
        hit = self._shared.get("classifier")
        if hit is None:
            hit = self._shared["classifier"] = Classifier(self.axes, self.compiler)
        return hit  # type: ignore[no-any-return]

    def classify_by_atoms(self, tx: Transaction) -> list[int | None]:
        """The class of ``tx`` on each axis, by evaluating every atom through the engine's
        scope (the reference for :meth:`classify`)."""
        return self.classifier.classify_by_atoms(tx)

    def classify(self, tx: Transaction) -> list[int | None]:
        """The class of ``tx`` on each axis (``None`` where no class has its values), from
        tables built once per partition (a test holds it equal to
        :meth:`classify_by_atoms`)."""
        return self.classifier.classify(tx)

    def class_table(self, axis: Axis) -> Any:
        """The lookup :meth:`classify` uses on ``axis`` (for a kind, country or channel
        axis: value -> class index)."""
        return self.classifier.table(axis)

    def evaluate(self, tx: Transaction) -> tuple[bool, ...] | None:
        """The value of every condition in scope on ``tx`` (same date as the partition),
        from its classes, without building the diagram; None where :meth:`locate` would
        find no cell."""
        return self.classifier.evaluate(self.slots, tx)

    def locate(self, tx: Transaction) -> Cell | None:
        """The cell that contains ``tx`` (same date as the partition), or None if ``tx`` lies
        outside the enumerated space (for instance an end user with an ownership structure
        the profiles do not cover)."""
        leaf = self.diagram.leaf_of(self.classify(tx))
        return None if leaf is None else self.cells[leaf]

    # -------------------------------------------------------------- verdicts
    def law(self, jurisdiction: str) -> RegimeSlots:
        """One regime's law as this partition's slots hold it (the rules in force, or the
        live ones for :meth:`live`), by the positions the verdict procedure asks about."""
        hit = self._laws.get(jurisdiction)
        if hit is None:
            slots = [s for s in self.slots if s.jurisdiction == jurisdiction]
            hit = self._laws[jurisdiction] = RegimeSlots.of(self.regimes[jurisdiction], slots)
        return hit

    def verdict(self, cell: Cell | tuple[bool, ...], jurisdiction: str) -> CellVerdict:
        """A regime's verdict on a cell (or on a vector of condition values). Many cells
        share the values of one regime's conditions, so verdicts are memoised by those."""
        truths = cell.truths if isinstance(cell, Cell) else cell
        law = self.law(jurisdiction)
        key = (jurisdiction, tuple(truths[s.index] for s in self.slots_of(jurisdiction)))
        hit = self._verdicts.get(key)
        if hit is None:
            hit = self._verdicts[key] = verdict_from_truths(law, truths)
        return hit

    def slots_of(self, jurisdiction: str) -> tuple[Slot, ...]:
        """The slots of one regime, in order."""
        law = self.law(jurisdiction)
        return law.slots

    def verdicts(self, cell: Cell) -> dict[str, CellVerdict]:
        return {j: self.verdict(cell, j) for j in self.jurisdictions}

    def overall(self, cell: Cell) -> Outcome:
        outs = [vd.outcome for vd in self.verdicts(cell).values() if vd.reached]
        return max(outs, key=lambda o: o.rank, default=Outcome.NO_LICENSE_REQUIRED)

    # -------------------------------------------------------------- axes
    def axis(self, name: str) -> Axis | None:
        return next((a for a in self.axes if a.name == name), None)

    def class_of(self, cell: Cell, axis_name: str) -> int | None:
        """The class of ``cell`` on an axis (None when the axis does not matter there)."""
        a = next((i for i, ax in enumerate(self.axes) if ax.name == axis_name), None)
        return next((c for x, c in cell.classes if x == a), None)

    # -------------------------------------------------------------- joint search
    def branch_points(self, axis_name: str) -> Iterator[tuple[Node, Path]]:
        """Each node where ``axis_name`` matters, with one path of classes that leads to it
        (any path does: nodes are merged only when everything below them agrees)."""
        a = next((i for i, ax in enumerate(self.axes) if ax.name == axis_name), None)
        if a is None:
            return
        yield from self.diagram.branch_points(a)

    def leaf_values(self, key: str, value: Callable[[Cell], int]) -> dict[int, tuple[int, int]]:
        """For every node, the least and greatest ``value`` of the cells below it (computed
        once per ``key``): what lets :meth:`search` prune."""
        hit = self._bounds.get(key)
        if hit is None:
            cells = self.cells
            hit = self._bounds[key] = self.diagram.bounds(lambda i: value(cells[i]))
        return hit

    def search(
        self,
        nodes: Sequence[Node],
        accept: Accept,
        bounds: Bounds,
        failed: set[tuple[int, ...]] | None = None,
    ) -> Path | None:
        """A completion (the classes of the remaining axes, the same for every node) that
        takes the nodes to cells whose values ``accept`` holds for, or None.

        ``accept`` sees, for each node, the (least, greatest) value below it (from
        :meth:`leaf_values`), and must answer whether some completion *could* still be
        accepted; at the cells least and greatest are the cell's value. Exhaustive: tuples
        of nodes already explored (in ``failed``, which callers may share between searches
        with the same ``accept``) are not explored twice."""
        return self.diagram.search(nodes, accept, bounds, set() if failed is None else failed)

    def witness_path(self, jurisdiction: str, condition: Condition) -> Path | None:
        """A path to a transaction (of this partition's space) that meets ``condition``
        (read with ``jurisdiction``'s groups and lists), or None if none does. The condition
        must only use atoms that the partition's conditions use."""
        e = self.compiler.expr(jurisdiction, condition)
        failed: set[tuple[int, int]] = set()
        t = TABLE

        def go(depth: int, x: int) -> Path | None:
            if x == TRUE:
                return []
            if x == FALSE or depth == len(self.axes) or (depth, x) in failed:
                return None
            axis = self.axes[depth]
            if not (t.masks[x] >> axis.id) & 1:
                return go(depth + 1, x)
            for ci, cls in enumerate(axis.classes):
                found = go(depth + 1, t.restrict(x, axis.id, cls.true_atoms))
                if found is not None:
                    return [(depth, ci), *found]
            failed.add((depth, x))
            return None

        return go(0, e)

    def satisfiable(self, jurisdiction: str, condition: Condition) -> bool:
        return self.witness_path(jurisdiction, condition) is not None

    # -------------------------------------------------------------- what rules read
    def atoms_read(self, rule: Rule) -> frozenset[int]:
        """The atoms of ``rule``'s condition (a rule of this partition's slots)."""
        hit = self._rule_atoms.get(rule.key)
        if hit is None:
            slot = next(s for s in self.slots if s.role == "rule" and s.rule is rule)
            hit = self._rule_atoms[rule.key] = frozenset(TABLE.atoms_of(slot.expr))
        return hit

    def axes_read(self, rule: Rule) -> frozenset[str]:
        """The names of the axes ``rule``'s condition reads."""
        hit = self._rule_axes.get(rule.key)
        if hit is None:
            hit = self._rule_axes[rule.key] = frozenset(
                TABLE.axis_names[TABLE.atom_axis[a]] for a in self.atoms_read(rule)
            )
        return hit

    # -------------------------------------------------------------- container
    def __len__(self) -> int:
        return len(self.cells)

    def __iter__(self) -> Iterator[Cell]:
        return iter(self.cells)

    def __repr__(self) -> str:
        return (
            f"<Partition as of {self.as_of.isoformat()}: {len(self.cells)} cells,"
            f" {len(self.axes)} axes, {len(self.slots)} conditions>"
        )


def partition(
    world: World,
    *,
    as_of: dt.date,
    jurisdictions: Sequence[str] | None = None,
    extra: Sequence[tuple[str, Condition]] = (),
) -> Partition:
    """The exact partition of the transactions dated ``as_of`` for the regimes of ``world``
    in force that day (or only ``jurisdictions``); its axes also cut along the ``extra``
    conditions (see :func:`~.compiler.compile_conditions`)."""
    comp, slots = compile_conditions(world, as_of, jurisdictions, extra)
    axes = build_axes(comp)
    return Partition(world, as_of, slots, tuple(axes), comp)
