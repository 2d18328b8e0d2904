"""The benchmark workload (benchmarks/workload.py, translated by benchmarks/ours.py) decided by
the compiled evaluator agrees with the workload's own oracle and with the reference ``decide``:
a regime with hundreds of rules exercises the kind-by-kind evaluation over many words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from policy import decide
from policy.engine.compiled import Batch, CompiledWorld

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import ours
import workload


@pytest.mark.parametrize(("rules", "seed"), [(40, 3), (300, 1)])
def test_compiled_matches_the_workload_oracle_and_decide(rules, seed):
    wl = workload.generate(rules, 4000, seed)
    want = workload.oracle(wl)(wl["transactions"])
    world = ours.world_of(wl)
    txs = ours.transactions_of(wl["transactions"])
    compiled = CompiledWorld(world)
    got = [o.value for o in compiled.overall(Batch.of(txs))]
    assert got == want
    full = list(compiled.decisions(Batch.of(txs[:300])))
    for tx, d in zip(txs[:300], full, strict=True):
        ref = decide(world, tx)
        assert d.overall == ref.overall
        assert d.verdicts["US"].rules == ref.verdicts["US"].rules


def test_the_generator_is_deterministic_and_documented_format():
    a = workload.generate(5, 20, 7)
    assert a == workload.generate(5, 20, 7)
    assert a["format"] == "exportctl-bench-workload/1"
    assert {"id", "kind", "params", "exporter", "destination", "end_user", "date"} == set(
        a["transactions"][0]
    )
