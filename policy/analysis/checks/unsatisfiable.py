"""PL204: a rule, carve-out or nexus that can never apply, with the smallest set of its
conjuncts (found greedily) that cannot hold together, so the message points at the
contradiction rather than at the whole condition."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from policy.analysis._mdd import FALSE
from policy.analysis.checks.describe import consistency_finding
from policy.analysis.checks.registry import CheckContext, check
from policy.analysis.findings import Finding
from policy.analysis.symbolic import RegimeSpace
from policy.model.conditions import All, Condition


@check("PL204", "unsatisfiable", per="regime")
def unsatisfiable(ctx: CheckContext) -> Iterable[Finding]:
    """A rule, carve-out or nexus whose condition no transaction meets (or a rule that its
    nexus restriction never lets apply)."""
    _, jur, part = ctx.require()
    space = part.space(jur)
    m = space.mdd
    applied = {s.rule.key for s in space.rules if s.rule is not None and space.applied(s) != FALSE}
    out = []
    for s in space.slots:
        what: str | None = None
        rule = s.rule
        if space.fn(s) == FALSE:
            cond = condition_of(s)
            core = _unsat_core(space, cond)
            what = f"its condition can never hold: {core}"
        elif s.role == "rule":
            assert rule is not None
            if rule.key not in applied:
                needs = ", ".join(rule.nexus) if rule.nexus else "any nexus"
                what = f"it never applies: its condition never holds together with {needs}"
        elif s.role == "carveout":
            assert rule is not None and s.parent is not None
            parent = part.slots[s.parent]
            if rule.key in applied and m.conj(space.fn(s), space.applied(parent)) == FALSE:
                what = "it never holds where its rule applies"
        if what is None:
            continue
        rules = [rule] if rule is not None else []
        out.append(
            consistency_finding(
                "PL204",
                f"unsatisfiable: {s.label} never applies on {part.as_of.isoformat()}: {what}",
                jurisdiction=jur,
                rules=rules,
                key=s.label,
            )
        )
    return out


def condition_of(slot: Any) -> Condition:
    """The condition of a rule, carve-out or nexus slot."""
    if slot.role == "nexus":
        return slot.nexus.when  # type: ignore[no-any-return]
    if slot.role == "rule":
        return slot.rule.when  # type: ignore[no-any-return]
    return slot.carveout.when  # type: ignore[no-any-return]


def _unsat_core(space: RegimeSpace, cond: Condition) -> str:
    """The smallest set of conjuncts (found greedily) that cannot hold together."""
    if not isinstance(cond, All) or len(cond.of) < 2:
        return cond.code()
    core = list(cond.of)
    for c in list(core):
        rest = [x for x in core if x is not c]
        if rest and not space.part.satisfiable(space.jurisdiction, All(of=tuple(rest))):
            core = rest
    return " and ".join(c.code() for c in core) + " cannot all hold"
