"""PL106 remote access: let the end user use the item where it stands (rent a cloud)
instead of exporting it, where the controls read only exports."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from policy.analysis.loopholes.context import SearchContext
from policy.analysis.loopholes.moves.registry import register_move
from policy.analysis.loopholes.objective import Candidate, Denial
from policy.analysis.loopholes.witness import with_changes
from policy.model import vocabulary as v


@register_move
@dataclass(frozen=True)
class RemoteAccess:
    """Let the end user use the item where it stands (a cloud) instead of exporting it."""

    name: str = "remote_access"
    code: str = "PL106"
    description: str = "remote access instead of export"
    kinds: tuple[str, ...] = ("ic", "computer", "software", "service.cloud")

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        if tx.channel == "remote_access" or not any(
            v.kind_matches(k, tx.item.kind) for k in self.kinds
        ):
            return
        witness = with_changes(tx, channel="remote_access")
        if ctx.still_denied(denial, witness):
            return
        yield Candidate(
            (witness,),
            f"rent it in {tx.exporter} by remote access from {tx.destination}",
            key=tx.item.kind,
        )
