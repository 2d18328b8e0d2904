"""PL205: a threshold gap, the boundary value of a threshold that falls through because
one rule says ``>=`` and its twin ``>`` (or the like): less controlled than the values just
below and just above it."""

from __future__ import annotations

from collections.abc import Iterable

from policy.analysis._mdd import FALSE
from policy.analysis.checks.describe import consistency_finding, describe
from policy.analysis.checks.registry import CheckContext, check
from policy.analysis.checks.space import nearest, param_axes, stating
from policy.analysis.findings import Finding
from policy.analysis.partition import CellVerdict
from policy.model.decisions import Outcome
from policy.model.numbers import format_short


def _restrictive_ranks() -> list[int]:
    return sorted({o.rank for o in Outcome if o.restrictive})


@check("PL205", "threshold-gap", per="regime")
def threshold_gaps(ctx: CheckContext) -> Iterable[Finding]:
    """The boundary value of a threshold falls through: it is less controlled than the
    values just below and just above it (``>=`` in one rule, ``>`` in its twin)."""
    _, jur, part = ctx.require()
    space = part.space(jur)
    m = space.mdd
    levels = [space.level_at_least(r) for r in _restrictive_ranks()]
    out = []
    for name in param_axes(part):
        axis = part.axis(name)
        assert axis is not None
        a = part.axes.index(axis)
        stated = len([c for c in axis.classes if not c.unstated])
        for i, cls in enumerate(axis.classes):
            if cls.unstated or not (cls.high == cls.low and 0 < i < stated - 1):
                continue
            # below the point, at it and above it: the point is below both neighbours
            # when some restrictiveness is reached on both sides and not at the point
            gap = m.disj_all(
                m.conj_all(
                    (
                        m.cofactor(g, a, i - 1),
                        m.neg(m.cofactor(g, a, i)),
                        m.cofactor(g, a, i + 1),
                    )
                )
                for g in levels
            )
            if gap == FALSE:
                continue
            path, truths = space.first(gap, split=(a, (i - 1, i, i + 1)))
            # The witnesses state the values the finding talks about: the boundary itself
            # (no atom holds there, so the representative would leave it out as unstated)
            # and the nearest values on either side of it.
            near = (nearest(axis, i - 1, above=True), cls.value, nearest(axis, i + 1, above=False))
            vds = [space.verdict(t) for t in truths]
            rules = [r for vd in (vds[0], vds[2]) for r in vd.deciding]
            txs = [
                stating(part.typical([*path, (a, k)], rules, jurisdiction=jur), axis.key, x)
                for k, x in zip((i - 1, i, i + 1), near, strict=True)
            ]
            out.append(
                consistency_finding(
                    "PL205",
                    f"threshold gap: {axis.key} exactly {format_short(cls.value)} falls through:"
                    f" {vds[1].outcome.value} at {format_short(cls.value)}, but"
                    f" {vds[0].outcome.value} just below ({_ids(vds[0])}) and"
                    f" {vds[2].outcome.value} just above ({_ids(vds[2])}), for"
                    f" {describe(txs[1])}",
                    jurisdiction=jur,
                    rules=rules,
                    witness=[txs[1], txs[0], txs[2]],
                    key=f"{name}={format_short(cls.value)}",
                )
            )
    return out


def _ids(vd: CellVerdict) -> str:
    return ", ".join(r.id for r in vd.deciding)
