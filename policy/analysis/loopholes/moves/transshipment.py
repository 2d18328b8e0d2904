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

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        if tx.channel not in ("export", "reexport"):
            return
        origin = tx.item.origin or tx.exporter
        # Every hub the world's law can tell apart, as the first leg's destination and the
        # second leg's exporter: a country no regime names is a hub like any other, also
        # when the usual representative of its class is the exporter itself. A hub in the
        # destination's own class is tried too: where the control is keyed on the end user
        # (a list) rather than the destination, every country is in one destination class,
        # and the unnamed first leg to any of them is what the loophole is.
        hubs = ctx.country_choices(("destination", "exporter"), avoid=(tx.exporter, tx.destination))
        for m in hubs:
            leg2 = with_changes(tx, exporter=m, channel="reexport", item_origin=origin)
            if ctx.still_denied(denial, leg2):
                continue
            leg1 = with_changes(tx, destination=m, end_user=None, end_use=[])
            if ctx.allowed((leg1, leg2)):
                yield Candidate(
                    (leg1, leg2),
                    f"ship to {m} without naming the end user, then re-export from {m}",
                    key=tx.item.kind,
                )
                return
