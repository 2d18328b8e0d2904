"""The loophole search as check PL100 (``policy check`` runs it once per date): which moves
run (``--select`` a move's code, or PL100 for all; by default every move whose ``default``
is not false), over each regime's partition (the runner's, shared with the per-regime
checks, when there is one)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from policy.analysis.checks.registry import CheckContext, check
from policy.analysis.findings import Finding
from policy.analysis.loopholes.explore import search
from policy.analysis.loopholes.moves import registered_moves
from policy.analysis.loopholes.objective import Objective
from policy.analysis.partition import Partition, partition
from policy.model.world import World


@check("PL100", "loopholes", per="date", category="loophole")
def loophole_search(ctx: CheckContext) -> Iterable[Finding]:
    """Transactions an objective denies that evasion moves (and their compositions) allow."""
    assert ctx.as_of is not None
    runner = ctx.options.get("runner")
    parts = {
        r.jurisdiction: (
            runner.regime_partition(r.jurisdiction, ctx.as_of)
            if runner is not None
            else _partition(ctx.world, ctx.as_of, r.jurisdiction)
        )
        for r in ctx.world.regimes
    }
    codes = ctx.options.get("codes")
    moves = [
        m
        for m in registered_moves()
        if (codes is None and getattr(m, "default", True))
        or (codes is not None and (m.code in codes or "PL100" in codes))
    ]
    objective = ctx.options.get("objective") or Objective()
    return search(
        ctx.world,
        ctx.as_of,
        parts,
        objective=objective,
        moves=moves,
        depth=int(ctx.options.get("depth", 2)),
    )


def _partition(world: World, on: dt.date, jur: str) -> Partition:
    """One regime's partition, where no runner shares its partitions."""
    return partition(world, as_of=on, jurisdictions=[jur])
