"""PL201 and PL202: rules of one regime that contradict each other, or a rule whose own
carve-outs leave it nothing to restrict. Both are asked of the regime's decision diagrams,
so a witness is the first transaction (in the partition's order) where it happens."""

from __future__ import annotations

from collections.abc import Iterable

from policy.analysis._mdd import FALSE
from policy.analysis.checks.describe import consistency_finding, describe
from policy.analysis.checks.registry import CheckContext, check
from policy.analysis.checks.space import by_rule_id, rule_of
from policy.analysis.findings import Finding
from policy.model.decisions import Outcome


@check("PL201", "conflicting-rules", per="regime")
def conflicting_rules(ctx: CheckContext) -> Iterable[Finding]:
    """One rule prohibits what another rule (or its carve-out) of the same regime expressly
    permits, on the same transactions."""
    _, jur, part = ctx.require()
    space = part.space(jur)
    m = space.mdd
    # Carve-outs only lower an outcome: only a prohibiting rule can end prohibited, and
    # a rule ends at no_license_required (permitting it) by its outcome or a carve-out's.
    banned = by_rule_id(
        space,
        (s for s in space.rules if s.rule is not None and s.rule.outcome is Outcome.PROHIBITED),
        lambda s: space.final_is(s, Outcome.PROHIBITED),
    )
    permitted = by_rule_id(
        space, space.rules, lambda s: space.final_is(s, Outcome.NO_LICENSE_REQUIRED)
    )
    out = []
    for pid, p_fn in banned.items():
        for qid, q_fn in permitted.items():
            if pid == qid or p_fn == FALSE or q_fn == FALSE:
                continue
            both = m.conj(p_fn, q_fn)
            if both == FALSE:
                continue
            path, (truths,) = space.first(both)
            vd = space.verdict(truths)
            p = next(a for a in vd.applied if a.rule.id == pid and a.outcome is Outcome.PROHIBITED)
            q = next(
                a
                for a in vd.applied
                if a.rule.id == qid
                and a.outcome is Outcome.NO_LICENSE_REQUIRED
                and (a.rule.outcome is Outcome.NO_LICENSE_REQUIRED or a.carveouts)
            )
            how = (
                f"its carve-out {', '.join(q.carveouts)}"
                if q.carveouts
                else "its outcome no_license_required"
            )
            witness = part.typical(path, [p.rule, q.rule], jurisdiction=jur)
            out.append(
                consistency_finding(
                    "PL201",
                    f"conflicting rules: {p.rule.id} prohibits what {q.rule.id} permits by"
                    f" {how}, for example {describe(witness)}; the most restrictive"
                    " (prohibited) wins",
                    jurisdiction=jur,
                    rules=[p.rule, q.rule],
                    witness=[witness],
                    key=f"{p.rule.id}>{q.rule.id}",
                )
            )
    return out


@check("PL202", "carveout-undoes-rule", per="regime")
def carveout_undoes_rule(ctx: CheckContext) -> Iterable[Finding]:
    """Wherever a restrictive rule applies, its own carve-outs lower it to no licence
    required: the rule never restricts anything."""
    _, jur, part = ctx.require()
    space = part.space(jur)
    restrictive = [s for s in space.rules if s.rule is not None and s.rule.outcome.restrictive]
    applies = by_rule_id(space, restrictive, space.applied)
    bites = by_rule_id(space, restrictive, lambda s: space.ge(s, Outcome.LICENSE_REQUIRED.rank))
    out = []
    for rid in sorted(applies):
        if applies[rid] == FALSE or bites[rid] != FALSE:
            continue
        rule = rule_of(space, rid)
        used = sorted(
            {
                c.id
                for s in restrictive
                if s.rule is not None and s.rule.id == rid
                for c in space.carveouts[s.index]
                if space.carveout_used(s, c) != FALSE
            }
        )
        cids = ", ".join(used)
        witness = part.typical(space.first(applies[rid])[0], [rule], jurisdiction=jur)
        out.append(
            consistency_finding(
                "PL202",
                f"carve-out undoes its rule: {rid} ({rule.outcome.value}) never restricts"
                f" anything: wherever it applies, carve-out {cids} lowers it to"
                f" no_license_required, for example {describe(witness)}",
                jurisdiction=jur,
                rules=[rule],
                witness=[witness],
                key=f"{rid}:{cids}",
            )
        )
    return out
