"""PL203: a dead (shadowed) rule, one that applies somewhere but never decides because a
rule at least as restrictive always comes first. A warning: the law is not wrong, but the
rule's text misleads a reader about what decides."""

from __future__ import annotations

from collections.abc import Iterable

from policy.analysis._mdd import FALSE
from policy.analysis.checks.describe import consistency_finding, describe
from policy.analysis.checks.registry import CheckContext, check
from policy.analysis.checks.space import by_rule_id, rule_of
from policy.analysis.findings import Finding


@check("PL203", "dead-rule", per="regime")
def dead_rules(ctx: CheckContext) -> Iterable[Finding]:
    """A rule that applies somewhere but never decides: wherever it applies, another rule
    of the regime gives an outcome at least as restrictive and comes first."""
    _, jur, part = ctx.require()
    space = part.space(jur)
    applies = by_rule_id(space, space.rules, space.applied)
    decides = by_rule_id(space, space.rules, space.decides)
    out = []
    for rid in sorted(applies):
        if applies[rid] == FALSE or decides[rid] != FALSE:
            continue
        path, (truths,) = space.first(applies[rid])
        vd = space.verdict(truths)
        shadow = vd.applied[0].rule
        witness = part.transaction(path)
        out.append(
            consistency_finding(
                "PL203",
                f"dead rule: {rid} never decides an outcome: wherever it applies a rule at"
                f" least as restrictive decides, for example {shadow.id}"
                f" ({vd.outcome.value}) on {describe(witness)}",
                jurisdiction=jur,
                rules=[rule_of(space, rid), shadow],
                witness=[witness],
                severity="warning",
                key=rid,
            )
        )
    return out
