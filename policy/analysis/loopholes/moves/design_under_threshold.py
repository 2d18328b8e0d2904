"""PL108 design under threshold: redesign the item just under one threshold of a control
that tests several parameters, keeping the others (the A800 cut its interconnect and kept
its compute)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from policy.analysis.loopholes.context import SearchContext, rule_atoms
from policy.analysis.loopholes.moves.registry import register_move
from policy.analysis.loopholes.objective import Candidate, Denial
from policy.analysis.loopholes.witness import with_changes
from policy.analysis.partition import just_below
from policy.model import vocabulary as v
from policy.model.conditions import Compare
from policy.model.numbers import format_short


@register_move
@dataclass(frozen=True)
class DesignUnderThreshold:
    """Redesign the item just under a threshold: the most capable value of one parameter
    (in its declared direction) that no rule controls, everything else kept. Only for
    controls that test several parameters of the item (the A800 cut its interconnect and
    kept its compute); under a single-parameter threshold there is only a less capable
    item."""

    name: str = "design_under_threshold"
    code: str = "PL108"
    description: str = "design the item just under a threshold"

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        params = {a.param for a in rule_atoms(denial.rules, Compare)}
        # With one parameter, the value under the threshold is simply a less capable item;
        # a loophole needs a test on several, one cut while the others keep their value.
        if len(params & set(tx.item.params)) < 2:
            return
        for p in sorted(params):
            if p not in tx.item.params:
                continue
            direction = v.parameter(p).direction
            axis = ctx.axes.get(f"param:{p}")
            if direction == "neutral" or axis is None:
                continue
            x = tx.item.params[p]
            step = 10.0 ** (-v.parameter(p).decimals)
            options: list[float] = []
            for c in axis.classes:
                if direction == "higher":
                    if c.high is None or c.high > x or (c.high == x and c.high_closed):
                        continue
                    best = c.high if c.high_closed else just_below(c.high, c.low, step)
                else:
                    if c.low is None or c.low < x or (c.low == x and c.low_closed):
                        continue
                    best = c.low if c.low_closed else _clean_above(c.low, c.high, step)
                if c.contains(best):
                    options.append(best)
            options.sort(reverse=direction == "higher")
            for best in options:
                witness = with_changes(tx, item_params={**tx.item.params, p: best})
                if ctx.still_denied(denial, witness):
                    continue
                word = "up to" if direction == "higher" else "down to"
                yield Candidate(
                    (witness,),
                    f"redesign with {p} {format_short(best)} instead of {format_short(x)}",
                    key=f"{tx.item.kind}:{p}",
                    detail=f"headroom: {p} {word} {format_short(best)} is still uncontrolled",
                )
                break


def _clean_above(low: float, high: float | None, step: float) -> float:
    """A value just above an open lower bound: one step of the parameter's precision above
    ``low``, or halfway to ``high`` where the class is narrower than that."""
    x = round(low + step, 6)
    if high is None or x < high:
        return x
    return round((low + high) / 2, 6)
