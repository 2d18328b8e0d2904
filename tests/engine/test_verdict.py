"""The one verdict procedure (:mod:`policy.engine.verdict`): what it asks, in which order,
and how the answers become a verdict; and that the reference engine, the compiled tables
and the partition's cells, each answering in its own way, assess alike through it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy import (
    ALWAYS,
    TPP,
    Carveout,
    Nexus,
    Outcome,
    Regime,
    Rule,
    Source,
    World,
    decide,
    exporter,
    flag,
    kind,
)
from policy.analysis.partition import partition
from policy.engine.compiled import Batch, compile_world
from policy.engine.compiled.context import BatchContext
from policy.engine.decide import ConditionOracle, regime_indexes
from policy.engine.scope import TransactionScope
from policy.engine.verdict import AppliedRule, Assessment, assemble, assess
from policy.model.transactions import Transaction
from policy.regimes import default_world
from tests.perf.strategies import boundary_transactions
from tests.strategies import regimes

SRC = Source(document="test")
DAY = dt.date(2024, 1, 10)


def nexus(nid: str, **kw: object) -> Nexus:
    return Nexus(
        id=nid, title=f"nexus {nid}", when=ALWAYS, effective="2020-01-01", source=SRC, **kw
    )


def carve(cid: str, outcome: Outcome = Outcome.NO_LICENSE_REQUIRED, **kw: object) -> Carveout:
    fields = {"effective": "2020-01-01", **kw}
    return Carveout(id=cid, title=f"c {cid}", when=ALWAYS, outcome=outcome, source=SRC, **fields)


def rule(rid: str, outcome: Outcome = Outcome.LICENSE_REQUIRED, **kw: object) -> Rule:
    fields = {"effective": "2020-01-01", "defined_at": None, **kw}
    return Rule(id=rid, title=f"r {rid}", when=ALWAYS, outcome=outcome, source=SRC, **fields)


class Answers:
    """An oracle from a set of names ("nexus n1", "rule R", "carve-out R/C") that records
    every question, in order."""

    def __init__(self, regime: Regime, true: set[str]) -> None:
        self.regime = regime
        self.true = true
        self.asked: list[str] = []

    def _ask(self, name: str) -> bool:
        self.asked.append(name)
        return name in self.true

    def nexus(self, i: int) -> bool:
        return self._ask(f"nexus {self.regime.reach[i].id}")

    def rule(self, j: int) -> bool:
        return self._ask(f"rule {self.regime.rules[j].id}")

    def carveout(self, j: int, k: int) -> bool:
        r = self.regime.rules[j]
        return self._ask(f"carve-out {r.id}/{r.carveouts[k].id}")


def regime_of(*rules: Rule, reach: tuple[Nexus, ...] = ()) -> Regime:
    return Regime(
        jurisdiction="US", name="test", reach=reach or (nexus("n1"), nexus("n2")), rules=rules
    )


# --------------------------------------------------------------------------- the procedure


def test_law_is_asked_in_the_models_order_and_only_where_it_can_matter():
    """Rules and carve-outs are visited sorted by id (not as written); a rule whose nexus
    restriction is unmet is skipped without asking its condition; the carve-outs of a rule
    that does not hold are not asked."""
    regime = regime_of(
        rule("C"),
        rule("B", carveouts=(carve("C2"), carve("C1"))),
        rule("A", nexus=("n2",)),
    )
    oracle = Answers(regime, {"nexus n1", "rule B", "carve-out B/C2"})
    assessment = assess(regime, oracle, on=DAY)
    assert oracle.asked == [
        "nexus n1",
        "nexus n2",
        "rule B",
        "carve-out B/C1",
        "carve-out B/C2",
        "rule C",
    ]
    assert assessment.nexus == ("n1",)
    assert assessment.applied == (
        AppliedRule(regime.rules[1], Outcome.NO_LICENSE_REQUIRED, ("C2",)),
    )


def test_an_unreached_regime_asks_no_rule():
    regime = regime_of(rule("A"))
    oracle = Answers(regime, {"rule A"})
    assessment = assess(regime, oracle, on=DAY)
    assert oracle.asked == ["nexus n1", "nexus n2"]
    assert assessment == Assessment((), ())
    assert not assessment.reached and assessment.outcome is Outcome.NOT_APPLICABLE
    assert assemble(regime, oracle, on=DAY).to_json_dict() == {
        "reached": False,
        "nexus": [],
        "outcome": "not_applicable",
        "review": None,
        "rules": [],
        "carveouts": [],
        "trace": [],
    }


def test_a_carveout_lowers_the_outcome_only_when_strictly_lower():
    """Each carve-out that holds is compared with the outcome reached so far: one with the
    same outcome as that is available, not used."""
    r = rule(
        "R",
        Outcome.PROHIBITED,
        carveouts=(
            carve("C1", Outcome.LICENSE_REQUIRED),
            carve("C2", Outcome.LICENSE_REQUIRED),
            carve("C3", Outcome.NO_LICENSE_REQUIRED),
            carve("C4", Outcome.NO_LICENSE_REQUIRED),
        ),
    )
    regime = regime_of(r)
    every = {"nexus n1", "rule R", *(f"carve-out R/C{i}" for i in range(1, 5))}
    assessment = assess(regime, Answers(regime, every), on=DAY)
    (applied,) = assessment.applied
    assert applied.outcome is Outcome.NO_LICENSE_REQUIRED
    assert applied.carveouts == ("C1", "C3")
    assert applied.available == ("C2", "C4")
    verdict = assessment.verdict()
    assert verdict.carveouts == ["C1", "C2 (available)", "C3", "C4 (available)"]
    assert verdict.outcome is Outcome.NO_LICENSE_REQUIRED and verdict.review is None


def test_rules_are_ranked_most_restrictive_first_keeping_rule_order_in_ties():
    regime = regime_of(
        rule("A"),
        rule("B", review="case by case"),
        rule("C", review="presumption of denial"),
        rule("D", Outcome.NO_LICENSE_REQUIRED, review="never shown"),
        rule("E", Outcome.PROHIBITED, effective="2020-01-01", end="2023-01-01"),
        rule("E", Outcome.PROHIBITED, effective="2023-01-01"),
    )
    holding = {"nexus n2", *(f"rule {x}" for x in "ABCDE")}
    assessment = assess(regime, Answers(regime, holding), on=DAY)
    assert [(a.rule.id, a.outcome) for a in assessment.applied] == [
        ("E", Outcome.PROHIBITED),
        ("A", Outcome.LICENSE_REQUIRED),
        ("B", Outcome.LICENSE_REQUIRED),
        ("C", Outcome.LICENSE_REQUIRED),
        ("D", Outcome.NO_LICENSE_REQUIRED),
    ]
    assert assessment.rules == ["E", "A", "B", "C", "D"]
    assert assessment.review is None  # the prohibiting rule gives no review
    without_e = assess(regime, Answers(regime, holding - {"rule E"}), on=DAY)
    assert without_e.outcome is Outcome.LICENSE_REQUIRED
    assert without_e.review == "case by case"  # the first among the top rules that has one


def test_the_date_skips_law_not_in_force_unasked_and_none_asks_everything():
    regime = regime_of(
        rule("A", effective="2025-01-01"),
        rule("B", carveouts=(carve("C", end="2023-01-01"),)),
        reach=(nexus("n1"), nexus("old", end="2021-01-01")),
    )
    everything = {"nexus n1", "nexus old", "rule A", "rule B", "carve-out B/C"}
    dated = Answers(regime, everything)
    assert assess(regime, dated, on=DAY).rules == ["B"]
    assert dated.asked == ["nexus n1", "rule B"]
    undated = Answers(regime, everything)
    assert assess(regime, undated, on=None).nexus == ("n1", "old")
    assert undated.asked == ["nexus n1", "nexus old", "rule A", "rule B", "carve-out B/C"]


def test_candidates_limit_the_rules_asked_and_a_superset_changes_nothing():
    regime = regime_of(*(rule(x) for x in "ABCD"))
    holding = {"nexus n1", "rule B", "rule D"}
    full = assess(regime, Answers(regime, holding), on=DAY)
    hinted = Answers(regime, holding)
    assert assess(regime, hinted, on=DAY, candidates=[1, 2, 3]) == full
    assert hinted.asked == ["nexus n1", "nexus n2", "rule B", "rule C", "rule D"]


def test_a_trace_needs_the_date():
    regime = regime_of(rule("A"))
    with pytest.raises(ValueError, match="a trace needs the date"):
        assess(regime, Answers(regime, set()), on=None, trace=ConditionOracle(regime, None))  # type: ignore[arg-type]


def test_the_trace_is_the_reference_engines_word_for_word():
    regime = Regime(
        jurisdiction="US",
        name="test",
        reach=(
            Nexus(
                id="territory",
                title="US territory",
                when=exporter("US"),
                effective="2020-01-01",
                source=SRC,
            ),
        ),
        rules=(
            Rule(
                id="R",
                title="Chips",
                when=kind("ic") & (TPP >= 4800),
                review="presumption of denial",
                carveouts=(
                    Carveout(
                        id="NAC",
                        title="Notified",
                        when=flag("consumer"),
                        outcome=Outcome.LICENSE_REQUIRED,
                        effective="2020-01-01",
                        source=SRC,
                    ),
                    Carveout(
                        id="GEN",
                        title="General",
                        when=flag("consumer"),
                        effective="2020-01-01",
                        source=SRC,
                    ),
                ),
                effective="2020-01-01",
                source=SRC,
                defined_at=None,
            ),
        ),
    )
    world = World(regimes=(regime,))

    def tx(exporter: str, tpp: float) -> Transaction:
        return Transaction.model_validate(
            {
                "date": "2024-01-10",
                "exporter": exporter,
                "destination": "CN",
                "item": {"kind": "ic.accelerator", "params": {"tpp": tpp}, "flags": ["consumer"]},
            }
        )

    assert decide(world, tx("US", 4992)).verdicts["US"].trace == [
        "reached by territory (US territory): exporter US is in {US}",
        "R applies (Chips): kind ic.accelerator is {ic}; tpp 4992 >= 4800 -> license_required",
        "  carve-out GEN (General): item is flagged consumer -> no_license_required",
        "  carve-out NAC (Notified) available: item is flagged consumer;"
        " the outcome stays no_license_required",
    ]
    assert decide(world, tx("US", 10)).verdicts["US"].trace == [
        "reached by territory (US territory): exporter US is in {US}",
        "no rule applies -> no_license_required",
    ]
    assert decide(world, tx("JP", 4992)).verdicts["US"].trace == [
        "not reached: no US nexus applies on 2024-01-10"
    ]


# --------------------------------------------------------------------------- the evaluators

SHIPPED = default_world()


def assessments_agree(world: World, txs: list[Transaction]) -> int:
    """Each regime's assessment of each transaction, from the reference oracle (conditions
    evaluated) and from the compiled tables (bits looked up), is the same; returns how many
    were compared."""
    cw = compile_world(world)
    indexes = regime_indexes(world)
    txs = [world.canonical(t) for t in txs]
    txs = [t for t in txs if cw.clean(t.end_user)]  # others go to the reference anyway
    if not txs or not cw.exact:
        return 0
    batch = Batch.of(txs)
    ctx = BatchContext(batch, next(iter(indexes.values())), {})
    compared = 0
    for j, compiled in cw.regimes.items():
        index = indexes[j]
        bits = compiled.term_bits(batch, ctx)
        for i, t in enumerate(txs):
            oracle = ConditionOracle(index.regime, TransactionScope(index, t))
            modelled = index.regime.modelled(t.item.kind, t.channel, t.date)
            reference = assess(index.regime, oracle, on=t.date, modelled=modelled)
            assert compiled.assessment(bits[i]) == reference, (j, t.model_dump_json())
            compared += 1
    return compared


@settings(max_examples=25)
@given(st.lists(boundary_transactions(SHIPPED), min_size=1, max_size=40))
def test_reference_and_compiled_assess_alike_on_the_shipped_library(txs):
    assessments_agree(SHIPPED, txs)


@settings(max_examples=25)
@given(st.data())
def test_reference_and_compiled_assess_alike_on_random_regimes(data):
    world = World(regimes=(data.draw(regimes()),))
    txs = data.draw(st.lists(boundary_transactions(world), min_size=1, max_size=20))
    assessments_agree(world, txs)


def test_the_shipped_public_cases_assess_alike():
    """Not vacuous: every example of the shipped law is compared, in every regime."""
    txs = [e.transaction for r in SHIPPED.regimes for e in r.examples]
    txs += [e.transaction for r in SHIPPED.regimes for x in r.rules for e in x.examples]
    assert assessments_agree(SHIPPED, txs) == len(SHIPPED.regimes) * len(txs)


class CellTruths:
    """The oracle of a partition cell: the value of each slot's condition."""

    def __init__(self, slots: tuple, truths: tuple[bool, ...]) -> None:  # type: ignore[type-arg]
        self.nexus_values = [truths[s.index] for s in slots if s.role == "nexus"]
        self.rule_values: list[tuple[bool, list[bool]]] = []
        for s in slots:
            if s.role == "rule":
                self.rule_values.append((truths[s.index], []))
            elif s.role == "carveout":
                self.rule_values[-1][1].append(truths[s.index])

    def nexus(self, i: int) -> bool:
        return self.nexus_values[i]

    def rule(self, j: int) -> bool:
        return self.rule_values[j][0]

    def carveout(self, j: int, k: int) -> bool:
        return self.rule_values[j][1][k]


def test_a_partition_cells_verdict_is_its_assessment():
    """The partition's cell verdicts follow from the same procedure, answered by the cell's
    condition values over the law in force that day (what wave 2 rewires it to)."""
    on = dt.date(2023, 12, 1)
    part = partition(SHIPPED, as_of=on, jurisdictions=["US"])
    regime = SHIPPED.as_of(on).regime("US")
    slots = tuple(s for s in part.slots if s.jurisdiction == "US")
    for cell in part.cells:
        got = assess(regime, CellTruths(slots, cell.truths), on=None)
        want = part.verdict(cell, "US")
        assert (got.reached, got.nexus, got.outcome) == (want.reached, want.nexus, want.outcome)
        assert [(a.rule, a.outcome, a.carveouts) for a in got.applied] == [
            (a.rule, a.outcome, a.carveouts) for a in want.applied
        ]
