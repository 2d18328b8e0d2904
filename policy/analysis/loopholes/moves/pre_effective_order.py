"""PL107 pre-effective order: order (and ship) the day before the controlling rule took
effect. Off by default: every new rule can be pre-empted so (see the class)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from policy.analysis.loopholes.context import SearchContext
from policy.analysis.loopholes.moves.registry import register_move
from policy.analysis.loopholes.objective import Candidate, Denial
from policy.analysis.loopholes.witness import with_changes


@register_move
@dataclass(frozen=True)
class PreEffectiveOrder:
    """Order (and ship) the day before the controlling rule took effect: stockpiling
    between announcement and effect. Only rules that took effect within ``window_days``
    before the date checked are considered.

    Off by default (``default = False``; run it with ``--select PL107``): every new rule
    can be pre-empted this way, and the model does not record announcement dates that
    would say how long the window was."""

    name: str = "pre_effective_order"
    code: str = "PL107"
    description: str = "order before the rule's effective date"
    window_days: int = 365
    default: bool = False

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        starts = [r.effective for r in denial.rules]
        if not starts:
            return
        start = max(starts)
        if start <= dt.date(1900, 1, 2) or (ctx.on - start).days > self.window_days:
            return
        day = start - dt.timedelta(days=1)
        witness = with_changes(tx, date=day.isoformat())
        yield Candidate(
            (witness,),
            f"order on {day.isoformat()}, the day before"
            f" {', '.join(sorted({r.id for r in denial.rules}))} took effect"
            f" ({start.isoformat()})",
            key=f"{tx.item.kind}:{start.isoformat()}",
        )
