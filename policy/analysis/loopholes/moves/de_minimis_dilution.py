"""PL103 de minimis dilution: lower the controlled content of a foreign-made item below the
de minimis share that carries the controlling regime's law to it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from policy.analysis.loopholes.context import SearchContext, nexus_atoms
from policy.analysis.loopholes.moves.registry import register_move
from policy.analysis.loopholes.objective import Candidate, Denial
from policy.analysis.loopholes.witness import with_changes
from policy.analysis.partition import just_below
from policy.model.conditions import Content
from policy.model.numbers import format_short


@register_move
@dataclass(frozen=True)
class DeMinimisDilution:
    """Lower the controlled content below the de minimis level that carries a regime's
    law to a foreign-made item."""

    name: str = "de_minimis_dilution"
    code: str = "PL103"
    description: str = "dilute the controlling jurisdiction's content below de minimis"

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        for jur in denial.jurisdictions:
            atoms = nexus_atoms(ctx, denial, jur, Content)
            for j in sorted({a.jurisdiction for a in atoms}):
                share = tx.item.content.get(j, 0.0)
                axis = ctx.axes.get(f"content:{j}")
                if axis is None or share <= 0:
                    continue
                lower = [
                    c
                    for c in axis.classes
                    if c.high is not None and c.high <= share and c.value < share
                ]
                for cls in sorted(lower, key=lambda c: -(c.high or 0)):
                    assert cls.high is not None
                    x = cls.high if cls.high_closed else just_below(cls.high, cls.low, 0.01)
                    content = {**tx.item.content, j: x}
                    witness = with_changes(tx, item_content=content)
                    if ctx.regime_outcome(jur, witness).restrictive:
                        continue
                    yield Candidate(
                        (witness,),
                        f"cut {j}-controlled content from {format_short(share)}%"
                        f" to {format_short(x)}%",
                        key=f"{tx.item.kind}:{j}",
                        detail=f"{j} content {format_short(x)}%",
                    )
                    break
