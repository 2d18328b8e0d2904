"""PL210 below the floor: a regime that declares it implements another's list (a Wassenaar
participant the Wassenaar floor, a member state the Union's list: ``Regime.implements``)
gives no licence requirement where the floor requires one, on a date on which it
implements it.

The question is asked exactly, over the joint partition of the two regimes (the same
partition and decision diagrams as the other checks, with the axes also cut along the
implementation's territory and what the implementing regime models): where a rule of the
floor requires a licence, no restrictive rule of the implementer applies (so its verdict
is no licence required, or it does not reach the transaction; a rule lowered by a licence
exception or general licence still controls the item, which is how participants apply a
list), the exporter is in the implementer's home territory, and the destination is
outside it and outside the partners the floor's own reach names (the floor's general
licences for partners are left to each implementer). Where the implementer models the
item kind and channel, that is an error; where it does not (``Regime.models``), the
library rather than the law is silent, and the finding is a warning ("not modelled").
The witness is the first cell (in the partition's order) where it holds, and a decision of
it with :func:`policy.decide` shows both verdicts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from policy.analysis._mdd import FALSE
from policy.analysis.checks.describe import describe, refs
from policy.analysis.checks.registry import CheckContext, check
from policy.analysis.findings import Finding
from policy.analysis.partition import Partition, partition
from policy.analysis.partition.verdicts import SlotValues
from policy.analysis.symbolic import Diagrams
from policy.engine.verdict import ClosedForm
from policy.model.conditions import ALWAYS, Condition, all_of, destination
from policy.model.decisions import Outcome
from policy.model.regimes import Implementation, Regime
from policy.model.transactions import Transaction
from policy.model.world import World

_REQUIRED = Outcome.LICENSE_REQUIRED.rank


def partner_groups(floor: Regime, on: dt.date) -> tuple[str, ...]:
    """The country groups the floor's reach names (its partners: the Wassenaar
    participating states, the Union's member states), in force on ``on``, sorted."""
    return tuple(
        sorted(
            {
                ref
                for n in floor.reach
                if n.active(on)
                for k, ref in n.when.references()
                if k == "group"
            }
        )
    )


def plain(part: Partition, tx: Transaction) -> Transaction:
    """``tx`` without the parameters its cell does not need: each is left out when the
    transaction without it is in the same cell (every condition in scope has the same
    value), so the witness states only what the law reads."""
    want = part.evaluate(tx)
    for name in sorted(tx.item.params):
        params = {k: x for k, x in tx.item.params.items() if k != name}
        other = tx.model_copy(update={"item": tx.item.model_copy(update={"params": params})})
        if part.evaluate(other) == want:
            tx = other
    return tx


def gap_conditions(
    implementer: Regime, floor: Regime, implementation: Implementation, on: dt.date
) -> tuple[Condition, Condition, Condition]:
    """The conditions a witness of PL210 meets besides the two verdicts: the route, read
    with the implementer's groups (from its home territory to abroad); not to a partner of
    the floor, read with the floor's groups; and what the implementer models (``ALWAYS``
    when it declares nothing)."""
    route = all_of(implementation.home(), implementation.abroad())
    groups = partner_groups(floor, on)
    partners = ~destination(groups=groups) if groups else ALWAYS
    modelled = implementer.modelled_condition(on)
    return route, partners, ALWAYS if modelled is None else modelled


def below_floor(
    world: World, on: dt.date, implementer: Regime, floor: Regime, implementation: Implementation
) -> list[Finding]:
    """The PL210 findings of one implementation on one date: one per rule of the floor
    that requires a licence where no rule of the implementer controls the transaction
    (see the module docstring); an error where the implementer models the kind and
    channel, a warning where it does not (the library, not the law, is silent there)."""
    impl, base = implementer.jurisdiction, floor.jurisdiction
    route, partners, modelled = gap_conditions(implementer, floor, implementation, on)
    part = partition(
        world,
        as_of=on,
        jurisdictions=[impl, base],
        extra=[(impl, route), (base, partners), (impl, modelled)],
    )
    if impl not in part.regimes or base not in part.regimes:
        return []
    space = part.space(impl)
    m = space.mdd
    law = part.law(base)
    floor_verdicts = ClosedForm(Diagrams(m), law.regime, SlotValues(law, space.fn))
    # The implementer controls a transaction where one of its restrictive rules applies,
    # even if a licence exception or general licence then lowers the outcome: a general
    # licence is one of the ways a participant applies the list.
    controls = m.disj_all(  # type: ignore[attr-defined]
        [space.applied(s) for s in space.rules if s.rule is not None and s.rule.outcome.restrictive]
    )
    extras = [
        part.compiler.expr(impl, route),
        part.compiler.expr(base, partners),
        part.compiler.expr(impl, modelled),
    ]
    where = m.conj_all(  # type: ignore[attr-defined]
        [space.of_expr(extras[0]), space.of_expr(extras[1]), m.neg(controls)]
    )
    if where == FALSE:
        return []
    is_modelled = space.of_expr(extras[2])
    since = implementation.since.isoformat()
    out: list[Finding] = []
    for j, slot in enumerate(law.rules):
        rule = slot.rule
        assert rule is not None
        if not rule.outcome.restrictive:
            continue
        floor_requires = m.conj(where, floor_verdicts.at_least(j, _REQUIRED))
        for known in (True, False):
            gap = m.conj(floor_requires, is_modelled if known else m.neg(is_modelled))
            key = f"{impl}<{base}:{rule.id}" + ("" if known else ":not-modelled")
            if gap == FALSE or any(f.key == key for f in out):
                continue
            path, (truths,) = space.first(gap, also=extras)
            witness = plain(part, part.transaction(path))
            reached = part.verdict(truths, impl).reached
            answer = "requires no licence" if reached else "does not reach it"
            message = (
                f"below the floor: {impl} implements {base}'s list (since {since}) but"
                f" {answer} where {base} requires a licence by {rule.id}, for example"
                f" {describe(witness)}"
                if known
                else f"below the floor, not modelled: {impl} implements {base}'s list (since"
                f" {since}) but does not model {witness.item.kind} (by {witness.channel}),"
                f" which {base} controls by {rule.id}, for example {describe(witness)}"
            )
            out.append(
                Finding(
                    code="PL210",
                    category="consistency",
                    severity="error" if known else "warning",
                    message=message,
                    jurisdictions=sorted({impl, base}),
                    rules=refs([rule]),
                    witness=[witness],
                    key=key,
                )
            )
    return out


@check("PL210", "below-the-floor", per="date")
def below_the_floor(ctx: CheckContext) -> Iterable[Finding]:
    """A regime gives no licence requirement where a regime whose list it implements
    (``Regime.implements``) requires one, on a date on which it implements it."""
    assert ctx.as_of is not None
    on = ctx.as_of
    by_code = {r.jurisdiction: r for r in ctx.world.regimes}
    out: list[Finding] = []
    for code in sorted(by_code):
        implementer = by_code[code]
        for implementation in implementer.implementations_on(on):
            floor = by_code.get(implementation.of)
            if floor is None or floor is implementer:
                continue
            out.extend(below_floor(ctx.world, on, implementer, floor, implementation))
    return out
