"""The partition is exact: every condition in scope is constant on a cell, the cells'
verdicts are the engine's, and every transaction of the space lies in a cell."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy import decide
from policy.analysis.partition import partition
from policy.analysis.strategies import partition_for, transactions
from policy.engine.scope import RegimeIndex, TransactionScope
from tests.strategies import regimes
from tests.strategies import transactions as any_transactions

DATES = [dt.date(2022, 11, 1), dt.date(2023, 12, 1), dt.date(2025, 10, 1)]


def engine_truths(part, tx):
    """Each slot's condition evaluated by the engine (through the regime's scope)."""
    parties = part.world.parties()
    out = []
    for s in part.slots:
        regime = part.world.regime(s.jurisdiction)
        scope = TransactionScope(RegimeIndex(regime, parties), tx)
        cond = (s.nexus or s.carveout or s.rule).when
        out.append(cond.evaluate(scope))
    return tuple(out)


@pytest.mark.parametrize(
    ("day", "scope"),
    [(DATES[0], None), (DATES[1], None), (DATES[2], ["US"]), (DATES[2], ["CN", "EU", "JP", "NL"])],
    ids=str,
)
def test_every_cell_representative_is_decided_as_the_cell_says(world, day, scope):
    part = partition(world, as_of=day, jurisdictions=scope)
    for cell in part.cells[:: max(1, len(part.cells) // 400)]:
        tx = cell.representative
        assert part.locate(tx) is cell
        assert engine_truths(part, tx) == cell.truths
        d = decide(world, tx)
        for j in part.jurisdictions:
            assert part.verdict(cell, j).outcome is d.verdicts[j].outcome, (j, tx)


@pytest.mark.parametrize(
    ("day", "scope"), [(DATES[0], None), (DATES[1], None), (DATES[2], ["US"])], ids=str
)
@settings(max_examples=60)
@given(data=st.data())
def test_conditions_are_constant_on_cells(day, scope, data):
    """Points drawn anywhere in a cell (boundary values, other members of each country
    class, other kinds of the class) give the cell's condition values."""
    part = partition_for(as_of=day, jurisdictions=scope)
    tx = data.draw(transactions(partition=part))
    cell = part.locate(tx)
    assert cell is not None
    assert engine_truths(part, tx) == cell.truths
    assert part.classify(tx) == part.classify_by_atoms(tx)


@settings(max_examples=80, deadline=None)
@given(regime=regimes(), tx=any_transactions())
def test_any_regime_any_transaction(regime, tx):
    """For random regimes and transactions: a transaction the space contains lies in a cell
    whose condition values are the engine's; only unusual ownership structures of unnamed
    end users may lie outside the enumerated profiles."""
    from policy import World

    world = World(regimes=(regime,))
    part = partition(world, as_of=tx.date)
    cell = part.locate(tx)
    if cell is None:
        # only an unnamed end user, or a consignee with owners (its parents' headquarters
        # may combine classes no single country has), may lie outside
        owned = tx.consignee is not None and bool(tx.consignee.owners)
        assert owned or not (tx.end_user is None or isinstance(tx.end_user, str))
        return
    assert engine_truths(part, tx) == cell.truths
    assert part.verdict(cell, "US").outcome is decide(world, tx).verdicts["US"].outcome


def test_threshold_operators_make_distinct_cells():
    """``>=`` and ``>`` at one constant give a class of its own for the constant."""
    from policy import TPP, Nexus, Outcome, Regime, Rule, Source, World, kind

    src = Source(document="test")
    rules = (
        Rule(
            id="A",
            title="a",
            when=kind("ic") & (TPP >= 100),
            source=src,
            effective=dt.date(2020, 1, 1),
            outcome=Outcome.LICENSE_REQUIRED,
        ),
        Rule(
            id="B",
            title="b",
            when=kind("ic") & (TPP > 100),
            source=src,
            effective=dt.date(2020, 1, 1),
            outcome=Outcome.PROHIBITED,
        ),
    )
    reach = (
        Nexus(
            id="n",
            title="n",
            when=kind("ic") | ~kind("ic"),
            source=src,
            effective=dt.date(2020, 1, 1),
        ),
    )
    world = World(regimes=(Regime(jurisdiction="US", name="t", reach=reach, rules=rules),))
    part = partition(world, as_of=dt.date(2021, 1, 1))
    axis = part.axis("param:tpp")
    assert [c.label for c in axis.classes] == ["tpp < 100", "tpp = 100", "tpp > 100"]
    # a TPP of 0 is no chip: below the cut, with no real value to take, the midpoint
    assert [c.value for c in axis.classes] == [50, 100, 101]
    outcomes = sorted(
        (c.representative.item.params.get("tpp", 0), part.verdict(c, "US").outcome.value)
        for c in part.cells
        if c.representative.item.kind.startswith("ic")
    )
    assert outcomes == [(0, "no_license_required"), (100, "license_required"), (101, "prohibited")]


def test_a_partition_for_another_date_is_shared_and_dated(world):
    """Every date with the same law shares one copy per date: the loophole search locates
    thousands of witnesses, and a fresh copy per lookup rebuilt every cell each time (an
    --all-dates run went from 21 s to 4 minutes)."""
    part = partition(world, as_of=DATES[2], jurisdictions=["CN"])
    later = DATES[2] + dt.timedelta(days=1)
    copy = part.at(later)
    assert copy is part.at(later)
    assert copy is not part and part.at(DATES[2]) is part
    cell = copy.cells[0]
    assert copy.locate(cell.representative) is cell
    assert cell.representative.date == later
    assert [c.truths for c in copy.cells] == [c.truths for c in part.cells]


def test_compiled_conditions_and_axes_are_the_partitions(world):
    """``compile_conditions`` and ``build_axes`` (what the loophole search builds its own
    axes from) give the partition's slots and axes, in the same order."""
    from policy.analysis.partition import build_axes, compile_conditions

    part = partition(world, as_of=DATES[1])
    comp, slots = compile_conditions(world, DATES[1])
    assert slots == part.slots
    axes = build_axes(comp)
    assert [(a.name, a.atoms, a.classes) for a in axes] == [
        (a.name, a.atoms, a.classes) for a in part.axes
    ]


def test_the_kind_table_gives_the_class_the_atoms_give(world):
    """``class_table`` on the kind axis agrees, kind by kind, with evaluating the atoms."""
    from policy.model import vocabulary as v

    part = partition(world, as_of=DATES[2], jurisdictions=["US"])
    axis = part.axis("kind")
    a = part.axes.index(axis)
    table = part.class_table(axis)
    assert set(table) == set(v.kinds())
    for k in v.kinds():
        tx = part.transaction([(a, 0)], {a: k})
        assert table[k] == part.classify_by_atoms(tx)[a], k
