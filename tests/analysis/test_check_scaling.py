"""What keeps ``policy check`` about linear in the rules of one regime, held as facts that
do not depend on the machine: the shortcuts give the answers of the plain computations
they replace, and what the check builds (diagram nodes, memo entries, atoms kept per class)
grows with the rules, not with their square.

The shape is issue 18's: ``policy init``'s rule copied with 1,000 + i as its TPP threshold,
so that every copy cuts the TPP axis once more and all but one are dead rules.
"""

import datetime as dt

from hypothesis import HealthCheck, given, settings

from policy import World, destination, exporter, group, kind
from policy.analysis._expr import TABLE
from policy.analysis.checks import CheckContext, registered_checks
from policy.analysis.partition import partition
from policy.analysis.partition.axes import NumericTruths, comparator
from policy.model.conditions import COMPARATORS, Compare
from policy.model.decisions import Outcome
from policy.model.regimes import Regime
from policy.model.rules import Nexus, Rule, Source
from tests.analysis.test_symbolic import twin_regimes

SRC = Source(document="Test Doc 1", section="s. 1")
DAY = dt.date(2024, 1, 1)


def threshold(i: int) -> float:
    return 4800.0 if i == 0 else 1000.0 + i


def thresholds(n: int) -> Regime:
    """``policy init``'s regime with ``n`` rules, copy ``i`` at TPP >= 1000 + i."""
    rules = tuple(
        Rule(
            id=f"ACCEL-{i}",
            title="accelerators to listed destinations",
            when=kind("ic.accelerator")
            & Compare(op=">=", param="tpp", value=threshold(i))
            & destination(groups=("listed",)),
            outcome=Outcome.LICENSE_REQUIRED,
            effective=DAY,
            source=SRC,
        )
        for i in range(n)
    )
    return Regime(
        jurisdiction="US",
        name="t",
        reach=(
            Nexus(
                id="territory",
                title="t",
                when=exporter("US"),
                effective=DAY,
                source=SRC,
            ),
        ),
        groups=(group("listed", "Listed destinations", "CN RU"),),
        rules=rules,
    )


# --------------------------------------------------------------------------- same answers


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regime=twin_regimes())
def test_numeric_truths_are_the_sets_of_atoms_that_hold(regime):
    """A numeric class's atoms, kept as slices of the axis's thresholds, are the set of
    the atoms whose comparison holds at the class's representative (equal to that
    frozenset, and found by it); and the classes an atom holds on, found by bisection,
    are the classes whose set has it."""
    part = partition(World(regimes=(regime,)), as_of=DAY)
    for axis in part.axes:
        for atom in axis.atoms:
            assert list(axis.holding(atom)) == [
                c for c, cls in enumerate(axis.classes) if atom in frozenset(cls.true_atoms)
            ]
        if axis.kind not in ("param", "content"):
            continue
        for cls in axis.classes:
            if cls.unstated:
                continue
            want = frozenset(
                TABLE.known_atom(key)
                for key, a in part.compiler.raw[axis.name].items()
                if COMPARATORS[comparator(a)](cls.value, a.value)
            )
            got = cls.true_atoms
            assert got == want and want == got
            assert isinstance(got, NumericTruths) or (isinstance(got, frozenset) and not got)
            assert len(got) == len(want) and bool(got) == bool(want)
            assert sorted(got) == sorted(want)
            assert all((a in got) == (a in want) for a in axis.atoms)
            assert axis.class_of_truths(want) == axis.classes.index(cls)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regime=twin_regimes())
def test_first_path_is_the_path_of_first(regime):
    """The walk that follows only the residuals it needs finds the cell the full walk
    finds, for every question the checks ask of a rule."""
    part = partition(World(regimes=(regime,)), as_of=DAY)
    space = part.space("US")
    questions = [space.reached()]
    for s in space.rules:
        questions += [space.applied(s), space.decides(s), space.final_is(s, s.rule.outcome)]
    for q in questions:
        if q != 0:
            assert space.first_path(q) == space.first(q)[0]


# --------------------------------------------------------------------------- growth


def built(n: int) -> tuple[int, int, int]:
    """Running the per-regime checks on the regime of ``n`` rules: its findings, the
    nodes of the regime's diagrams, and the entries the expression table's restriction
    memo gained."""
    world = World(regimes=(thresholds(n),))
    part = partition(world, as_of=DAY)
    before = len(TABLE._restrict)
    found = []
    for c in registered_checks():
        if c.per == "regime":
            ctx = CheckContext(
                world=world,
                as_of=DAY,
                jurisdiction="US",
                partition=part,
                options={"depth": 2, "codes": None},
            )
            found += c.run(ctx)
    return len(found), len(part.space("US").mdd.level), len(TABLE._restrict) - before


def test_what_the_check_builds_grows_linearly_with_twin_rules():
    """Twice the rules, about twice the diagram and memo: a pairwise cost (each dead
    rule's witness walking every rule, a set of atoms per class of the cut axis, the memo
    keeping every rule's restriction to every class) would give four times."""
    small, large = built(150), built(300)
    # every copy after the first is a dead rule
    assert (small[0], large[0]) == (149, 299)
    for a, b in zip(small[1:], large[1:], strict=True):
        assert b <= 2.5 * max(a, 1), (small, large)


def test_the_classes_of_a_cut_axis_share_one_table_of_atoms():
    """The classes of an axis cut n times hold no set of atoms each (n² atoms in all)."""
    part = partition(World(regimes=(thresholds(200),)), as_of=DAY)
    (tpp,) = (a for a in part.axes if a.name == "param:tpp")
    tables = {
        id(c.true_atoms._table) for c in tpp.classes if isinstance(c.true_atoms, NumericTruths)
    }
    assert len(tpp.classes) > 200 and len(tables) == 1
