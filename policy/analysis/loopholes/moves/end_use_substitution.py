"""PL109 end-use substitution: state a neighbouring end use the controls do not name (a
mature-node fab instead of an advanced-node one), which the end user can later outgrow."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from policy.analysis.loopholes.context import SearchContext, rule_atoms
from policy.analysis.loopholes.moves.registry import register_move
from policy.analysis.loopholes.objective import Candidate, Denial
from policy.analysis.loopholes.witness import with_changes
from policy.model.conditions import EndUse

#: Plausible relabellings of a stated end use.
END_USE_SUBSTITUTES: dict[str, tuple[str, ...]] = {
    "advanced_node_fab": ("mature_node_fab",),
    "supercomputer": ("civil",),
    "ai_training": ("civil",),
    "military": ("civil",),
    "wmd": ("civil",),
}


@register_move
@dataclass(frozen=True)
class EndUseSubstitution:
    """State a neighbouring end use the controls do not name (a mature-node fab instead of
    an advanced-node one), which a fab can later outgrow."""

    name: str = "end_use_substitution"
    code: str = "PL109"
    description: str = "a neighbouring end use the controls do not name"

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        named = {u for a in rule_atoms(denial.rules, EndUse) for u in a.uses}
        for old in sorted(set(tx.end_use) & named):
            for new in END_USE_SUBSTITUTES.get(old, ()):
                uses = sorted((set(tx.end_use) - {old}) | {new})
                witness = with_changes(tx, end_use=uses)
                if ctx.still_denied(denial, witness):
                    continue
                yield Candidate(
                    (witness,),
                    f"state the end use {new} instead of {old}",
                    key=f"{tx.item.kind}:{old}>{new}",
                )
