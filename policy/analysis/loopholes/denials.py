"""Which denied transactions the loophole search explores: the restrictive cells of each
regime's partition, grouped so that cells a move would evade the same way are tried once
(:func:`denials`): the search does not try every move again on cells that differ only in
facts the deciding rule does not read, or only in the route the item takes."""

from __future__ import annotations

from typing import Any

from policy.analysis.loopholes.context import SearchContext
from policy.analysis.loopholes.objective import Denial, Objective
from policy.analysis.partition import Cell, CellVerdict, Partition

#: Axes that only say how an item gets where it goes (the route), not what it is or who
#: gets it; denied cells that differ only there and are denied the same way are explored once.
ROUTE_AXES = ("country:exporter", "country:origin", "content", "made_with", "persons")


def denials(ctx: SearchContext, objective: Objective, part: Partition, jur: str) -> list[Denial]:
    """The restrictive cells of ``jur``'s partition, as denials to explore. Cells that
    differ only in route axes (exporter, origin, content, technology, persons) and are
    denied by the same rule through the same kind of nexus, or only in axes the deciding
    rule does not read (or in values of them that its own conditions do not tell apart),
    are one denial: the first such cell, whose classes are the first (simplest) of their
    axes. The cells are those of the live partition (:meth:`Partition.live`): a rule that
    never decides does not tell denials apart."""
    groups: dict[tuple[Any, ...], Denial] = {}
    full = part
    part = part.live()
    always = always_axes(part)
    for cell in part.cells:
        vd = part.verdict(cell, jur)
        if not vd.outcome.restrictive:
            continue
        key = denial_key(ctx, part, jur, cell, vd, always)
        if key in groups:
            continue
        tx = cell.representative
        if tx.date != ctx.on:
            tx = tx.model_copy(update={"date": ctx.on})
        if not objective.covers(tx):
            continue
        # the rules that give the outcome, dead ones too (they tie with the first)
        truths = full.evaluate(cell.representative)
        deciding = vd.deciding if truths is None else full.verdict(truths, jur).deciding
        groups[key] = Denial(tx, (jur,), deciding, {jur: vd.nexus})
    return list(groups.values())


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


__all__ = ["ROUTE_AXES", "always_axes", "denial_key", "denials"]
