"""Differential tests: the compiled evaluator decides exactly as the reference ``decide``
(every verdict, nexus, outcome, review, rule and carve-out, and the overall outcome; the
trace is the reference's on demand), and raises exactly where the reference raises.

Transactions are aimed at the edges of the world under test (its thresholds and change
dates); the ``ci`` profile keeps this quick, ``HYPOTHESIS_PROFILE=nightly`` searches deeper.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policy import decide
from policy.engine.compiled import Batch, CompiledWorld, compile_world
from policy.engine.compiled.world import without_trace
from policy.errors import PolicyError
from policy.model.decisions import Decision
from policy.model.transactions import Transaction
from policy.model.world import World
from policy.regimes import default_world
from tests.perf.strategies import boundary_transactions
from tests.strategies import regimes


def reference(world: World, txs: list[Transaction]) -> list[Decision | str]:
    out: list[Decision | str] = []
    for tx in txs:
        try:
            out.append(without_trace(decide(world, tx)))
        except PolicyError as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


def compiled(cw: CompiledWorld, txs: list[Transaction]) -> list[Decision | str]:
    """Decide the batch in one go; after an error, go on with the rest as a new batch."""
    out: list[Decision | str] = []
    start = 0
    while start < len(txs):
        try:
            for d in cw.decisions(Batch.of(txs[start:])):
                out.append(d)
                start += 1
        except PolicyError as e:
            out.append(f"{type(e).__name__}: {e}")
            start += 1
    return out


def agree(world: World, txs: list[Transaction]) -> None:
    cw = CompiledWorld(world)
    want = reference(world, txs)
    got = compiled(cw, txs)
    for tx, g, w in zip(txs, got, want, strict=True):
        if isinstance(w, str) or isinstance(g, str):
            assert g == w, tx.model_dump_json()
        else:
            assert g.model_dump() == w.model_dump(), tx.model_dump_json()
    # the outcome-only path agrees with the full decisions
    clean = [t for t, w in zip(txs, want, strict=True) if not isinstance(w, str)]
    ranks = cw.overall_ranks(Batch.of(clean)).tolist()
    assert ranks == [w.overall.rank for w in want if not isinstance(w, str)]


SHIPPED = default_world()


@given(st.lists(boundary_transactions(SHIPPED), min_size=1, max_size=60))
def test_compiled_agrees_with_decide_on_the_shipped_library(txs):
    agree(SHIPPED, txs)


@given(st.data())
def test_compiled_agrees_with_decide_on_random_regimes(data):
    first = data.draw(regimes())
    more = data.draw(st.lists(regimes(), max_size=1))
    world = World(
        regimes=(
            first,
            *(r.model_copy(update={"jurisdiction": "JP", "parties": first.parties}) for r in more),
        )
    )
    txs = data.draw(st.lists(boundary_transactions(world), min_size=1, max_size=30))
    agree(world, txs)


def test_explain_is_the_reference_decision_with_its_trace():
    tx = Transaction.model_validate(
        {
            "date": "2022-11-01",
            "exporter": "US",
            "destination": "CN",
            "item": {
                "kind": "ic.accelerator",
                "params": {"tpp": 4992, "bidirectional_transfer_rate_gbps": 600},
            },
        }
    )
    cw = compile_world(SHIPPED)
    assert cw.explain(tx) == decide(SHIPPED, tx)
    (fast,) = cw.decisions(Batch.of([tx]))
    assert fast.model_dump() == without_trace(decide(SHIPPED, tx)).model_dump()
    assert fast.verdicts["US"].rules == ["US-3A090"]


def test_a_regime_with_a_dangling_group_is_decided_by_the_reference():
    from policy import Nexus, Regime, Rule, Source, destination, kind

    src = Source(document="test")
    regime = Regime(
        jurisdiction="US",
        name="dangling",
        reach=(Nexus(id="all", title="all", when=kind("ic"), effective="2020-01-01", source=src),),
        rules=(
            Rule(
                id="R",
                title="r",
                when=destination(groups=("NOPE",)),
                effective="2020-01-01",
                source=src,
                defined_at=None,
            ),
        ),
    )
    world = World(regimes=(regime,))
    assert not CompiledWorld(world).exact
    txs = [
        Transaction.model_validate(
            {"date": "2024-01-01", "exporter": "US", "destination": "CN", "item": {"kind": k}}
        )
        for k in ("ic.logic", "other", "ic.accelerator")
    ]
    agree(world, txs)
    assert isinstance(reference(world, txs)[0], str)  # the reference raises for an IC


def test_anonymous_end_users_share_table_classes():
    """An order book where every record names its own unlisted end user must not grow the
    tables per record (memory stays flat), and still decides as the reference does."""
    txs = [
        Transaction.model_validate(
            {
                "id": i,
                "date": "2024-01-10",
                "exporter": "US",
                "destination": "CN",
                "end_user": {
                    "name": f"Customer {i}",
                    "owners": [{"party": "SMIC", "share": 10 + i % 80}] if i % 3 else [],
                },
                "item": {"kind": "sme.deposition"},
            }
        )
        for i in range(300)
    ]
    cw = CompiledWorld(SHIPPED)
    agree(SHIPPED, txs)
    list(cw.decisions(Batch.of(txs)))
    listed = [
        len(r.categorical[("listed",)].rows)
        for r in cw.regimes.values()
        if ("listed",) in r.categorical
    ]
    assert listed and max(listed) < 120  # one class per owner share met, not per customer


def _with_codes(codes: list[str]) -> list[Transaction]:
    return [
        Transaction.model_validate(
            {
                "id": i,
                "date": "2024-01-10",
                "exporter": "US",
                "destination": "CN",
                "item": {
                    "kind": "ic.accelerator",
                    "params": {"tpp": 5000},
                    "classification": {"US": code},
                },
            }
        )
        for i, code in enumerate(codes)
    ]


def _distinct_codes(n: int, start: int = 0) -> list[str]:
    """A code of its own per record, under the prefixes the rules name and others."""
    heads = ["3A090.a", "3A090.b", "3A090.c", "4A090.a", "3A090", "3A001.z", "EAR99"]
    return [f"{heads[i % len(heads)]}.{i}" for i in range(start, start + n)]


def test_distinct_classification_codes_share_table_classes():
    """An order book where every record carries a classification code of its own (an
    exporter's sub-codes) grows no table: a code's class is the longest prefix the rules
    name that it starts with. The decisions are still the reference's."""
    cw = CompiledWorld(SHIPPED)
    agree(SHIPPED, _with_codes(_distinct_codes(700)))
    list(cw.decisions(Batch.of(_with_codes(_distinct_codes(20_000)))))
    axes = [(axis, cat) for r in cw.regimes.values() for axis, cat in r.categorical.items()]
    classes = [cat for axis, cat in axes if axis[0] == "class"]
    assert classes
    for cat in classes:
        assert len(cat.rows) <= 8 and not cat.index  # not one class or memo entry per code
    assert max(len(cat.index) for _, cat in axes) < 100


def test_memory_stays_flat_with_distinct_classification_codes():
    """What deciding 10,000 more records with codes of their own keeps allocated: nothing
    that grows with the codes (it was some 300 bytes per code)."""
    import gc
    import tracemalloc

    cw = CompiledWorld(SHIPPED)
    first = Batch.of(_with_codes(_distinct_codes(10_000)))
    second = Batch.of(_with_codes(_distinct_codes(10_000, start=10_000)))
    list(cw.decisions(first))
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        list(cw.decisions(second))
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 200_000, f"{grown:,} bytes kept for 10,000 new codes"
