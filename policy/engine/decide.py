"""``decide(world, transaction)``: the reference decision procedure.

For each regime: find the nexus that reach the transaction on its date; if none, the verdict
is ``not_applicable``. Otherwise every rule in force whose nexus restriction is met and whose
condition holds applies; a carve-out that holds lowers that rule's outcome; the verdict is the
most restrictive outcome (``no_license_required`` when no rule applies). The overall outcome
is the most restrictive verdict among the regimes that reach the transaction
(``no_license_required`` when none does).

Pure and deterministic: regimes are visited in jurisdiction order, rules in the order written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from policy.engine.scope import RegimeIndex, TransactionScope
from policy.model.decisions import Decision, Outcome, Verdict
from policy.model.regimes import Regime
from policy.model.rules import Rule
from policy.model.transactions import Transaction
from policy.model.world import World


def _indexes(world: World) -> dict[str, RegimeIndex]:
    def build() -> dict[str, RegimeIndex]:
        parties = world.parties()
        return {r.jurisdiction: RegimeIndex(r, parties) for r in world.regimes}

    result: dict[str, RegimeIndex] = world.memo("engine.indexes", build)
    return result


def _words(facts: list[str]) -> str:
    return "; ".join(facts)


def decide_regime(index: RegimeIndex, tx: Transaction) -> Verdict:
    """The verdict of one regime (see the module docstring)."""
    regime: Regime = index.regime
    scope = TransactionScope(index, tx)
    on = tx.date
    trace: list[str] = []
    nexus: list[str] = []
    for n in regime.reach:
        if not n.active(on):
            continue
        ok, facts = n.when.explain(scope)
        if ok:
            nexus.append(n.id)
            trace.append(f"reached by {n.id} ({n.title}): {_words(facts)}")
    if not nexus:
        return Verdict(
            reached=False,
            outcome=Outcome.NOT_APPLICABLE,
            trace=[f"not reached: no {regime.jurisdiction} nexus applies on {on.isoformat()}"],
        )
    applied: list[tuple[Outcome, Rule]] = []
    carveouts: list[str] = []
    for rule in regime.rules:
        if not rule.active(on) or (rule.nexus and not any(x in nexus for x in rule.nexus)):
            continue
        if not rule.when.evaluate(scope):
            continue
        _, facts = rule.when.explain(scope)
        outcome = rule.outcome
        trace.append(f"{rule.id} applies ({rule.title}): {_words(facts)} -> {outcome.value}")
        for c in rule.carveouts_on(on):
            ok, why = c.when.explain(scope)
            if not ok:
                continue
            if c.outcome.rank < outcome.rank:
                trace.append(f"  carve-out {c.id} ({c.title}): {_words(why)} -> {c.outcome.value}")
                outcome = c.outcome
                carveouts.append(c.id)
            else:
                trace.append(
                    f"  carve-out {c.id} ({c.title}) available: {_words(why)};"
                    f" the outcome stays {outcome.value}"
                )
                carveouts.append(f"{c.id} (available)")
        applied.append((outcome, rule))
    if not applied:
        trace.append("no rule applies -> no_license_required")
        return Verdict(reached=True, nexus=nexus, outcome=Outcome.NO_LICENSE_REQUIRED, trace=trace)
    applied.sort(key=lambda pair: -pair[0].rank)
    top = applied[0][0]
    review = next((r.review for o, r in applied if o is top and r.review), None)
    if not top.restrictive:
        review = None
    rules = list(dict.fromkeys(r.id for _, r in applied))
    return Verdict(
        reached=True,
        nexus=nexus,
        outcome=top,
        review=review,
        rules=rules,
        carveouts=sorted(set(carveouts)),
        trace=trace,
    )


def decide(world: World, transaction: Transaction) -> Decision:
    """Decide ``transaction`` under every regime of ``world``.

    Raises:
        policy.InputError: the transaction names an end-user party no regime knows.
    """
    indexes = _indexes(world)
    transaction = world.canonical(transaction)
    verdicts = {j: decide_regime(indexes[j], transaction) for j in sorted(indexes)}
    # With no regime reaching it, no modelled law requires anything of the transaction.
    overall = max(
        (v.outcome for v in verdicts.values() if v.reached),
        key=lambda o: o.rank,
        default=Outcome.NO_LICENSE_REQUIRED,
    )
    return Decision(id=transaction.id, overall=overall, verdicts=verdicts)


def decide_each(world: World, transactions: Iterable[Transaction]) -> Iterator[Decision]:
    """Decide each transaction in order with :func:`decide` (the reference loop, with traces;
    :func:`policy.engine.bulk.decide_many` is the compiled bulk path)."""
    for tx in transactions:
        yield decide(world, tx)
