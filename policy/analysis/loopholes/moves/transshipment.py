"""PL102 transshipment: export to a third country the controls do not cover, without
naming the end user, then re-export from there. A loophole where the controlling regime
reaches only exports from its own territory, not re-exports of its items."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from policy.analysis.loopholes.context import SearchContext
from policy.analysis.loopholes.moves.registry import register_move
from policy.analysis.loopholes.objective import Candidate, Denial
from policy.analysis.loopholes.witness import with_changes


@register_move
@dataclass(frozen=True)
class Transshipment:
    """Export to a third country the controls do not cover, then re-export from there."""

    name: str = "transshipment"
    code: str = "PL102"
    description: str = "ship to a third country, then re-export from there"
    max_hubs: int = 6

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        if tx.channel not in ("export", "reexport"):
            return
        origin = tx.item.origin or tx.exporter
        dest_class = ctx.country_class("destination", tx.destination)
        hubs = [
            m
            for m in ctx.country_reps("destination")
            if m not in (tx.exporter, tx.destination)
            and ctx.country_class("destination", m) != dest_class
        ]
        tried = 0
        seen: set[tuple[int | None, ...]] = set()
        for m in hubs:
            # hubs the controlling regimes cannot tell apart as exporters are tried once
            sig = tuple(ctx.exporter_class(j, m) for j in denial.jurisdictions)
            if sig in seen:
                continue
            seen.add(sig)
            leg2 = with_changes(tx, exporter=m, channel="reexport", item_origin=origin)
            if ctx.still_denied(denial, leg2):
                continue
            leg1 = with_changes(tx, destination=m, end_user=None, end_use=[])
            tried += 1
            if ctx.allowed((leg1, leg2)):
                yield Candidate(
                    (leg1, leg2),
                    f"ship to {m} without naming the end user, then re-export from {m}",
                    key=tx.item.kind,
                )
                return
            if tried >= self.max_hubs:
                return
