"""PL104 foreign manufacture: make the item abroad without the controlling jurisdiction's
technology, tools or content, where its law reaches the item only through them (a foreign
direct product or de minimis rule)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from policy.analysis.loopholes.context import SearchContext, nexus_atoms
from policy.analysis.loopholes.moves.registry import register_move
from policy.analysis.loopholes.objective import Candidate, Denial
from policy.analysis.loopholes.witness import with_changes
from policy.model.conditions import Content, MadeWith


@register_move
@dataclass(frozen=True)
class ForeignManufacture:
    """Make the item abroad without the controlling jurisdiction's technology, tools or
    content, where its law reaches the item only through them."""

    name: str = "foreign_manufacture"
    code: str = "PL104"
    description: str = "manufacture abroad without the controlling jurisdiction's technology"

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        tech = [
            j
            for j in denial.jurisdictions
            if nexus_atoms(ctx, denial, j, MadeWith) or nexus_atoms(ctx, denial, j, Content)
        ]
        if not tech or tx.channel not in ("export", "reexport"):
            return
        # Every place of manufacture the world's law tells apart (as exporter and origin),
        # through a member that is neither a controlling jurisdiction nor the destination.
        places = ctx.country_choices(
            ("exporter", "origin"), avoid=(*denial.jurisdictions, tx.destination)
        )
        for m in places:
            witness = with_changes(
                tx,
                exporter=m,
                channel="export",
                persons=[],
                item_origin=m,
                item_made_with=[x for x in tx.item.made_with if x not in tech],
                item_content={k: x for k, x in tx.item.content.items() if k not in tech},
                item_classification={},
            )
            if any(ctx.regime_outcome(j, witness).restrictive for j in tech):
                continue
            # Only places whose own law addresses the item: the gap between two
            # jurisdictions' controls, not the plain fact that unregulated places exist.
            involved = tuple(j for j in ctx.reaching([witness]) if ctx.addresses(j, witness))
            if not involved:
                continue
            yield Candidate(
                (witness,),
                f"make it in {m} without {', '.join(tech)} technology and export it from {m}",
                key=tx.item.kind,
                jurisdictions=involved,
            )
