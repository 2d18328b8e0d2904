"""PL105 affiliate: sell to an unlisted affiliate of a listed end user, owned by it at a
share just under the one from which the list's ownership rule treats it as listed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from policy.analysis.loopholes.context import SearchContext, rule_atoms
from policy.analysis.loopholes.moves.registry import register_move
from policy.analysis.loopholes.objective import Candidate, Denial
from policy.analysis.loopholes.witness import with_changes
from policy.model.conditions import Listed
from policy.model.numbers import format_short
from policy.model.transactions import EndUser, Owner


@register_move
@dataclass(frozen=True)
class Affiliate:
    """Sell to an unlisted affiliate of the listed end user instead."""

    name: str = "affiliate"
    code: str = "PL105"
    description: str = "an unlisted affiliate of a listed party"

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        if not isinstance(tx.end_user, str) or not rule_atoms(denial.rules, Listed):
            return
        party = ctx.world.parties().get(tx.end_user)
        if party is None:
            return
        cuts = {float(a.min_share) for a in rule_atoms(denial.rules, Listed) if a.min_share}
        shares = sorted({100.0} | {round(c - 0.01, 2) for c in cuts if c > 0.01}, reverse=True)
        for share in shares:
            who = EndUser(
                name=f"unlisted affiliate of {party.id}",
                country=party.country,
                owners=(Owner(party=party.id, share=share),),
            )
            witness = with_changes(tx, end_user=who.model_dump(mode="json", exclude_defaults=True))
            if ctx.still_denied(denial, witness):
                continue
            yield Candidate(
                (witness,),
                f"sell to an unlisted affiliate {format_short(share)}% owned by {party.id}",
                key=f"{tx.item.kind}:{party.id}",
            )
            return
