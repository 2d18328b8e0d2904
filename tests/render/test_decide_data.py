"""The Decide page's data (the exact partition exported per jurisdiction and period) gives
the engine's outcome for every jurisdiction: on the public cases and on transactions drawn
by the hypothesis strategies (differential testing; the browser test of the page is to
read the same data)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from policy.analysis.strategies import transactions
from policy.engine.decide import decide
from policy.regimes import default_world
from policy.render.decide_data import decide_data, lookup

WORLD = default_world()


@pytest.fixture(scope="module")
def data():
    return decide_data(WORLD)


def _agree(data, tx) -> None:
    got = lookup(data, tx)
    want = decide(WORLD, tx)
    for j, verdict in want.verdicts.items():
        if got[j] is None:  # outside the exported space (an end user with owners)
            assert not isinstance(tx.end_user, str | None), tx
            continue
        assert got[j] == verdict.outcome.value, (j, tx.model_dump_json())


def test_the_public_cases(data):
    examples = [
        ex
        for r in WORLD.regimes
        for ex in (*r.examples, *(e for ru in r.rules for e in ru.examples))
    ]
    assert len(examples) > 100
    for ex in examples:
        _agree(data, ex.transaction)


def test_drawn_transactions(data):
    @settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
    @given(transactions(WORLD))
    def check(tx):
        _agree(data, tx)

    check()
