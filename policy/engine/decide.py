"""``decide(world, transaction)``: the reference decision procedure.

For each regime: find the nexus that reach the transaction on its date; if none, the verdict
is ``not_applicable``. Otherwise every rule in force whose nexus restriction is met and whose
condition holds applies; a carve-out that holds lowers that rule's outcome; the verdict is the
most restrictive outcome (``no_license_required`` when no rule applies), flagged
``not_modelled`` when the regime does not model the item's kind or the channel
(``Regime.models``). The overall outcome is the most restrictive verdict among the regimes
that reach the transaction (``no_license_required`` when none does); the decision names the
regimes whose no-licence answer is not modelled (``Decision.not_modelled``).

How a verdict is formed from what holds is :mod:`policy.engine.verdict`, shared with the
compiled evaluator; here each nexus, rule and carve-out is answered by evaluating its
condition on the transaction, with the facts compared for the trace.

Pure and deterministic: regimes are visited in jurisdiction order, rules in the model's
order (by id, then effective date, whatever order they were written in), carve-outs
likewise.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from policy.engine.cache import PerWorld
from policy.engine.open_facts import fold, plan, stated_in, with_open_facts
from policy.engine.scope import RegimeIndex, TransactionScope
from policy.engine.verdict import assemble
from policy.model.conditions import Scope
from policy.model.decisions import Decision, Outcome, Verdict, not_modelled_by
from policy.model.regimes import Regime
from policy.model.transactions import Transaction
from policy.model.world import World


def _build_indexes(world: World) -> dict[str, RegimeIndex]:
    parties = world.parties()
    return {r.jurisdiction: RegimeIndex(r, parties) for r in world.regimes}


_INDEXES: PerWorld[dict[str, RegimeIndex]] = PerWorld(_build_indexes)


def regime_indexes(world: World) -> dict[str, RegimeIndex]:
    """Each regime's :class:`~policy.engine.scope.RegimeIndex` by jurisdiction, built once
    per world object (the engine's cache, :mod:`policy.engine.cache`)."""
    return _INDEXES(world)


class ConditionOracle:
    """The reference answers for :func:`~policy.engine.verdict.assess`: each piece's
    condition evaluated on one transaction's scope, with the facts compared.

    A nexus and a carve-out are explained as they are asked (the facts are kept for the
    trace); a rule, most of which do not hold, is evaluated first and explained only when
    it holds.
    """

    def __init__(self, regime: Regime, scope: Scope) -> None:
        self.regime = regime
        self.scope = scope
        self._nexus: dict[int, list[str]] = {}
        self._carveouts: dict[tuple[int, int], list[str]] = {}

    def nexus(self, i: int) -> bool:
        ok, self._nexus[i] = self.regime.reach[i].when.explain(self.scope)
        return ok

    def rule(self, j: int) -> bool:
        return self.regime.rules[j].when.evaluate(self.scope)

    def carveout(self, j: int, k: int) -> bool:
        ok, self._carveouts[j, k] = self.regime.rules[j].carveouts[k].when.explain(self.scope)
        return ok

    def nexus_facts(self, i: int) -> Sequence[str]:
        return self._nexus[i]

    def rule_facts(self, j: int) -> Sequence[str]:
        return self.regime.rules[j].when.explain(self.scope)[1]

    def carveout_facts(self, j: int, k: int) -> Sequence[str]:
        return self._carveouts[j, k]


def decide_regime(index: RegimeIndex, tx: Transaction) -> Verdict:
    """The verdict of one regime, with its trace (see the module docstring)."""
    oracle = ConditionOracle(index.regime, TransactionScope(index, tx))
    modelled = index.regime.modelled(tx.item.kind, tx.channel, tx.date)
    return assemble(index.regime, oracle, on=tx.date, trace=oracle, modelled=modelled)


def decide(world: World, transaction: Transaction, *, open_facts: bool = False) -> Decision:
    """Decide ``transaction`` under every regime of ``world``.

    With ``open_facts``, each verdict also names the facts the transaction leaves out that
    would change its outcome (:mod:`policy.engine.open_facts`), each variant decided by
    this same reference procedure; the outcomes are the same either way.

    Raises:
        policy.InputError: the transaction names an end-user party no regime knows.
    """
    indexes = regime_indexes(world)
    transaction = world.canonical(transaction)
    verdicts = {j: decide_regime(indexes[j], transaction) for j in sorted(indexes)}
    if open_facts:
        item = transaction.item
        variants = plan(world, transaction.date, item.params, stated_in(transaction), item.kind)
        if variants:
            outcomes = [reference_outcomes(indexes, v.transaction(transaction)) for v in variants]
            verdicts = with_open_facts(verdicts, fold(verdicts, variants, outcomes))
    # With no regime reaching it, no modelled law requires anything of the transaction.
    overall = max(
        (v.outcome for v in verdicts.values() if v.reached),
        key=lambda o: o.rank,
        default=Outcome.NO_LICENSE_REQUIRED,
    )
    return Decision(
        id=transaction.id,
        overall=overall,
        verdicts=verdicts,
        not_modelled=not_modelled_by(verdicts),
    )


def reference_outcomes(indexes: dict[str, RegimeIndex], tx: Transaction) -> dict[str, Outcome]:
    """Each regime's outcome for ``tx`` (no trace), by the reference procedure."""
    return {
        j: assemble(
            index.regime, ConditionOracle(index.regime, TransactionScope(index, tx)), on=tx.date
        ).outcome
        for j, index in indexes.items()
    }


def decide_each(
    world: World, transactions: Iterable[Transaction], *, open_facts: bool = False
) -> Iterator[Decision]:
    """Decide each transaction in order with :func:`decide` (the reference loop, with traces;
    :func:`policy.engine.bulk.decide_many` is the compiled bulk path)."""
    for tx in transactions:
        yield decide(world, tx, open_facts=open_facts)
