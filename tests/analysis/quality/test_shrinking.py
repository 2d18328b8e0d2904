"""Quality: the partition strategies shrink a failure to the threshold itself."""

import datetime as dt

from hypothesis import find, settings

from policy import World, decide
from policy.analysis.strategies import boundary_values, partition_for, transactions
from policy.regimes import default_world

DAY = dt.date(2022, 11, 1)


def advanced_computing_only() -> World:
    """The US regime cut down to its 3A090 rules: the whole library has seventeen axes, and
    a uniform draw over every class lands in the one 3A090 cell too rarely for ``find`` to
    meet it in 2,000 tries; the shrinking under test is the same on the smaller law."""
    [us] = [r for r in default_world().regimes if r.jurisdiction == "US"]
    rules = tuple(r for r in us.rules if r.id.startswith("US-3A090"))
    return World(regimes=(us.model_copy(update={"rules": rules}),))


def test_a_controlled_accelerator_shrinks_to_the_2022_thresholds():
    world = advanced_computing_only()
    part = partition_for(world, as_of=DAY, jurisdictions=["US"])

    def controlled(tx):
        # an unclassified item: caught by its parameters, not by the exporter's classification
        return not tx.item.classification and "US-3A090" in decide(world, tx).verdicts["US"].rules

    tx = find(
        transactions(partition=part),
        controlled,
        settings=settings(max_examples=2000, database=None),
    )
    assert tx.item.params["tpp"] == 4800
    assert tx.item.params["bidirectional_transfer_rate_gbps"] == 600


def test_boundary_values_are_each_threshold_and_one_step_either_side():
    values = find(boundary_values("tpp", as_of=DAY), lambda x: x >= 4800)
    assert values == 4800
    assert find(boundary_values("tpp", as_of=DAY), lambda x: x > 4800) == 4801
