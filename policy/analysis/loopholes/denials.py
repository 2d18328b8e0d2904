"""Which denied transactions the loophole search explores: the restrictive cells of each
regime's partition, grouped so that cells a move would evade the same way are tried once
(:func:`denials`): the search does not try every move again on cells that differ only in
facts the deciding rule does not read, or only in the route the item takes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from policy.analysis.loopholes.context import SearchContext
from policy.analysis.loopholes.objective import Denial, Objective
from policy.analysis.partition import Cell, CellVerdict, Partition
from policy.model.rules import Rule
from policy.model.transactions import Transaction

#: Axes that only say how an item gets where it goes (the route), not what it is or who
#: gets it; denied cells that differ only there and are denied the same way are explored once.
ROUTE_AXES = ("country:exporter", "country:origin", "content", "made_with", "persons")


def denials(ctx: SearchContext, objective: Objective, part: Partition, jur: str) -> list[Denial]:
    """The restrictive cells of ``jur``'s partition, as denials to explore. Cells that
    differ only in route axes (exporter, origin, content, technology, persons) and are
    denied by the same rule through the same kind of nexus, or only in axes the deciding
    rule does not read (or in values of them that its own conditions do not tell apart),
    are one denial: the most ordinary such cell (:func:`ordinary`: the rule's own
    jurisdiction exporting to another country, the first cell among equals), represented by
    the transaction that reads like the deciding rule's own examples
    (:meth:`Partition.typical`). The cells are those of the live partition
    (:meth:`Partition.live`): a rule that never decides does not tell denials apart."""
    chosen: dict[tuple[Any, ...], tuple[tuple[int, ...], Cell, CellVerdict]] = {}
    full = part
    part = part.live()
    always = always_axes(part)
    for cell in part.cells:
        vd = part.verdict(cell, jur)
        if not vd.outcome.restrictive:
            continue
        key = denial_key(ctx, part, jur, cell, vd, always)
        rank = ordinary(cell.representative, jur, vd.deciding[:1])
        if key in chosen and chosen[key][0] <= rank:
            continue
        tx = cell.representative
        if tx.date != ctx.on:
            tx = tx.model_copy(update={"date": ctx.on})
        if not objective.covers(tx):
            continue
        chosen[key] = (rank, cell, vd)
    groups: list[Denial] = []
    for _, cell, vd in chosen.values():
        # the rules that give the outcome, dead ones too (they tie with the first)
        truths = full.evaluate(cell.representative)
        deciding = vd.deciding if truths is None else full.verdict(truths, jur).deciding
        # the transaction of the cell that reads like the deciding rule's own cases (every
        # condition, dead rules' too, as on the cell's representative)
        tx = full.typical(cell.classes, deciding[:1], jurisdiction=jur)
        if tx.date != ctx.on:
            tx = tx.model_copy(update={"date": ctx.on})
        if not objective.covers(tx):
            tx = cell.representative.model_copy(update={"date": ctx.on})
        groups.append(Denial(tx, (jur,), deciding, {jur: vd.nexus}))
    return groups


def ordinary(tx: Transaction, jur: str, rules: Sequence[Rule]) -> tuple[int, ...]:
    """How far ``tx`` is from the ordinary export a rule of ``jur`` is about (smaller is
    more ordinary): exported by ``jur`` itself (or, for a union or an arrangement, from
    where the rule's examples export), on the export channel, to another country, made
    where it is exported from, without another country's technology, persons or content.
    The denial of a group of cells is its most ordinary cell (the first among equals)."""
    home = {jur} | {e.transaction.exporter for r in rules for e in r.examples}
    item = tx.item
    return (
        tx.exporter not in home,
        tx.channel != "export",
        tx.destination == tx.exporter,
        item.origin not in (None, tx.exporter),
        len(item.made_with),
        len(tx.persons),
        len(item.content),
    )


def always_axes(part: Partition) -> set[int]:
    """The axes that tell denials apart whatever the deciding rule reads."""
    return {
        i
        for i, axis in enumerate(part.axes)
        if axis.name in ("kind", "country:destination", "end_user", "channel")
        or axis.kind == "end_use"
    }


def denial_key(
    ctx: SearchContext,
    part: Partition,
    jur: str,
    cell: Cell,
    vd: CellVerdict,
    always: set[int],
) -> tuple[Any, ...]:
    """What tells a restrictive cell's denial apart from others (see :func:`denials`):
    its classes on the axes the deciding rule reads, as far as the rule's own atoms tell
    them apart, the rule, and the kinds of nexus through which it binds."""
    rules = vd.deciding[:1]
    reads = part.axes_read(rules[0]) if rules else None
    own = part.atoms_read(rules[0]) if rules else None
    substance = tuple(
        (a, c if own is None or a in always else part.axes[a].classes[c].true_atoms & own)
        for a, c in cell.classes
        if not part.axes[a].name.startswith(ROUTE_AXES)
        and (reads is None or part.axes[a].name in reads or a in always)
    )
    # Only the kind of nexus through which the deciding rule binds tells denials apart
    # (territory, origin, content, technology, persons).
    binding = tuple(
        sorted(
            {
                ctx.nexus_type(jur, n)
                for n in vd.nexus
                if not rules or not rules[0].nexus or n in rules[0].nexus
            }
        )
    )
    return (substance, tuple(r.id for r in rules), binding)


__all__ = ["ROUTE_AXES", "always_axes", "denial_key", "denials", "ordinary"]
