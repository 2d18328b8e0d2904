"""PL101 supplier substitution: the same kind of item, at the capability the denied one has
(or the best the supplier makes, if that is still denied), from a firm in a jurisdiction
that does not control it. The commonest loophole between allies: a control binds only if
every maker of the item is bound by it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from policy.analysis.loopholes.context import SearchContext, rule_atoms
from policy.analysis.loopholes.moves.registry import register_move
from policy.analysis.loopholes.objective import Candidate, Denial
from policy.analysis.loopholes.witness import with_changes
from policy.model import vocabulary as v
from policy.model.conditions import Compare, Kind
from policy.model.numbers import format_short


@register_move
@dataclass(frozen=True)
class SupplierSubstitution:
    """Buy the same kind, at the capability the controlled item has (or the best the
    supplier makes, if that is still denied), from a firm in another jurisdiction."""

    name: str = "supplier_substitution"
    code: str = "PL101"
    description: str = "the same kind and capability from a jurisdiction that does not control it"

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        seen: set[str] = set()
        family = {e.transaction.item.kind for r in denial.rules[:1] for e in r.examples}
        for s in sorted(ctx.world.suppliers, key=lambda s: (s.jurisdiction, s.firm, s.kind)):
            if s.jurisdiction in denial.jurisdictions or not v.is_country(s.jurisdiction):
                continue
            # The supplier's kind stands for the denied one when it is the same kind or
            # one the controlling regimes cannot tell apart from it (same partition class).
            if v.kind_matches(s.kind, tx.item.kind):
                kind = tx.item.kind
            elif (
                s.kind.split(".")[0] == tx.item.kind.split(".")[0]
                and all(ctx.same_kind(j, s.kind, tx.item.kind) for j in denial.jurisdictions)
                and (not family or any(_related(s.kind, k) for k in family))
            ):
                # ... and of the same family: a memory maker is no source of computers; and
                # of the family the deciding rule was written for (its examples' kinds),
                # where it has examples: a memory maker is no answer to a rule on tools.
                kind = s.kind
            else:
                continue
            # Controls on any item (an end-user listing) give one finding per supplier
            # jurisdiction; item controls one per kind.
            scoped = rule_atoms(denial.rules, Kind)
            fkey = f"{kind if scoped else 'any item'}:{s.jurisdiction}"
            if fkey in seen:
                continue
            seen.add(fkey)
            # A firm is a substitute only for what it is known to reach: every parameter the
            # deciding rules compare and the denied item states must be in its capability
            # (a DRAM maker is no source of a 4,800-TPP accelerator).
            capability = v.with_derived(s.capability)
            compared = {a.param for a in rule_atoms(denial.rules, Compare)}
            if any(p in tx.item.params and p not in capability for p in compared):
                continue
            params = dict(tx.item.params)
            clamped = []
            for p, best in capability.items():
                if p not in params:
                    continue
                direction = v.parameter(p).direction
                x = params[p]
                if (direction == "higher" and x > best) or (direction == "lower" and x < best):
                    params[p] = best
                    clamped.append(f"{p} {format_short(best)}")
            same = with_changes(tx, item_kind=kind, item_params=params)
            # The substitute must still be something the objective denies.
            if (kind != tx.item.kind or clamped) and not all(
                ctx.regime_outcome(j, same).restrictive for j in denial.jurisdictions
            ):
                continue
            witness = with_changes(
                same,
                exporter=s.jurisdiction,
                persons=[],
                item_origin=s.jurisdiction,
                item_made_with=[],
                item_content={},
                item_classification={},
                item_name=f"{s.firm} {kind}",
            )
            note = f" (at its best capability: {', '.join(clamped)})" if clamped else ""
            yield Candidate(
                (witness,),
                f"buy it from {s.firm} ({s.jurisdiction}){note}",
                key=fkey,
                detail=f"{s.firm} ({s.jurisdiction}) makes {kind}",
                jurisdictions=(s.jurisdiction,),
            )


def _related(a: str, b: str) -> bool:
    """One kind is the other or falls under it."""
    return v.kind_matches(a, b) or v.kind_matches(b, a)
