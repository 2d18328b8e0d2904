"""The symbolic checks are the cell-by-cell checks: same findings, same witnesses.

``policy.analysis.symbolic`` answers each consistency question with a decision diagram
built from the conditions involved, and finds witnesses by walking the regime's condition
state down one path; ``tests.analysis.enumerated`` enumerates every cell. They must agree
on random regimes (with twin thresholds, several nexus and nexus restrictions, which is
where shadowing, gaps and drops live), on the planted defects and on the shipped library.
"""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policy import World
from policy.analysis import loopholes
from policy.analysis._mdd import FALSE, MDD, TRUE
from policy.analysis.checks import CheckContext, registered_checks
from policy.analysis.partition import partition
from policy.model.conditions import All, AnyOf, Compare, Const, Countries, Kind, Not
from policy.model.decisions import Outcome
from policy.model.regimes import Regime
from policy.model.rules import Carveout, Nexus, Rule, Source
from tests.analysis.enumerated import REFERENCE, reference_denials
from tests.analysis.quality.planted import WORLD as PLANTED
from tests.strategies import countries, regimes

SRC = Source(document="Test Doc 1", section="s. 1")
DAY = dt.date(2024, 1, 1)
CHECKS = {c.code: c for c in registered_checks()}


def findings(code, part, jur):
    ctx = CheckContext(world=part.world, as_of=part.as_of, jurisdiction=jur, partition=part)
    return list(CHECKS[code].run(ctx))


def as_data(fs):
    return sorted((f.fingerprint, f.to_json_dict()) for f in fs)


def assert_same(part, jur):
    for code, reference in REFERENCE.items():
        got = as_data(findings(code, part, jur))
        want = as_data(reference(part, jur))
        assert got == want, code


# --------------------------------------------------------------------------- regimes


thresholds = st.sampled_from([100, 200, 300])
twin_leaves = st.one_of(
    st.builds(
        Compare, op=st.sampled_from([">=", ">", "<"]), param=st.just("tpp"), value=thresholds
    ),
    st.builds(
        Compare,
        op=st.sampled_from([">=", "<"]),
        param=st.just("performance_density"),
        value=st.sampled_from([1, 2]),
    ),
    st.builds(Kind, kinds=st.sampled_from([("ic",), ("ic.accelerator",), ("computer",)])),
    st.builds(
        Countries,
        field=st.sampled_from(["destination", "exporter"]),
        countries=st.lists(countries, min_size=1, max_size=2).map(tuple),
    ),
)
twin_conditions = st.recursive(
    twin_leaves,
    lambda inner: st.one_of(
        st.builds(All, of=st.lists(inner, min_size=1, max_size=3).map(tuple)),
        st.builds(AnyOf, of=st.lists(inner, min_size=1, max_size=2).map(tuple)),
        st.builds(Not, of=inner),
    ),
    max_leaves=5,
)
outcomes = st.sampled_from(
    [Outcome.NO_LICENSE_REQUIRED, Outcome.LICENSE_REQUIRED, Outcome.PROHIBITED]
)


@st.composite
def twin_regimes(draw):
    """Rules over a few shared thresholds (so they overlap, shadow and leave gaps), with
    carve-outs, two nexus and nexus restrictions."""
    reach = (
        Nexus(id="N1", title="n1", when=draw(twin_conditions), effective=DAY, source=SRC),
        Nexus(
            id="N2",
            title="n2",
            when=draw(twin_conditions | st.just(Const(value=True))),
            effective=DAY,
            source=SRC,
        ),
    )
    rules = []
    for i in range(draw(st.integers(1, 5))):
        outcome = draw(outcomes)
        carveouts = tuple(
            Carveout(
                id=f"C{k}",
                title="c",
                when=draw(twin_conditions),
                outcome=draw(st.sampled_from([o for o in Outcome if 0 < o.rank <= outcome.rank])),
                effective=DAY,
                source=SRC,
            )
            for k in range(draw(st.integers(0, 2)))
        )
        rules.append(
            Rule(
                id=f"R{i}",
                title="r",
                when=draw(twin_conditions),
                outcome=outcome,
                carveouts=carveouts,
                nexus=draw(st.sampled_from([(), ("N1",), ("N2",)])),
                effective=DAY,
                source=SRC,
            )
        )
    return Regime(jurisdiction="US", name="t", reach=reach, rules=tuple(rules))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regime=twin_regimes())
def test_checks_equal_the_enumeration_on_twin_regimes(regime):
    part = partition(World(regimes=(regime,)), as_of=DAY)
    assert_same(part, "US")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regime=regimes(), day=st.dates(dt.date(2022, 1, 1), dt.date(2026, 12, 31)))
def test_checks_equal_the_enumeration_on_random_regimes(regime, day):
    part = partition(World(regimes=(regime,)), as_of=day)
    assert_same(part, "US")


@pytest.mark.parametrize("jur", [r.jurisdiction for r in PLANTED.regimes])
def test_checks_equal_the_enumeration_on_planted_defects(jur):
    assert_same(partition(PLANTED, as_of=DAY, jurisdictions=[jur]), jur)


@pytest.mark.parametrize(
    "day", [dt.date(2022, 11, 1), dt.date(2023, 11, 17), dt.date(2025, 12, 1)], ids=str
)
def test_checks_equal_the_enumeration_on_the_library(world, day):
    for regime in world.regimes:
        jur = regime.jurisdiction
        assert_same(partition(world, as_of=day, jurisdictions=[jur]), jur)


# --------------------------------------------------------------------------- diagrams


def evaluate(space, u, classes):
    m = space.mdd
    while not m.is_terminal(u):
        u = m.kid(u, classes[m.level[u]])
    return m.value[u]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regime=twin_regimes())
def test_every_condition_diagram_gives_the_cells_values(regime):
    """Read along a cell's classes, each condition's diagram gives the cell's value of it
    (and never asks for an axis the cell's path leaves out)."""
    part = partition(World(regimes=(regime,)), as_of=DAY)
    space = part.space("US")
    for cell in part.cells:
        classes = dict(cell.classes)
        for s in part.slots:
            assert evaluate(space, space.fn(s), classes) is cell.truths[s.index]
        vd = part.verdict(cell, "US")
        for s in space.rules:
            assert evaluate(space, space.decides(s), classes) is (
                bool(vd.applied) and vd.applied[0].rule is s.rule
            )


@settings(max_examples=100, deadline=None)
@given(
    sizes=st.lists(st.integers(1, 3), min_size=1, max_size=4),
    data=st.data(),
)
def test_diagrams_are_canonical(sizes, data):
    """Equal functions get equal ids: a function built two ways is one node."""
    m = MDD(sizes)
    points = [()]
    for n in sizes:
        points = [(*p, c) for p in points for c in range(n)]

    def random_fn():
        u = FALSE
        for _ in range(data.draw(st.integers(0, 3), label="terms")):
            term = TRUE
            for level, n in enumerate(sizes):
                chosen = data.draw(st.sets(st.integers(0, n - 1)), label="classes")
                if chosen:
                    term = m.conj(term, m.literal(level, chosen))
            u = m.disj(u, term)
        return u

    u, v = random_fn(), random_fn()

    def table(f):
        out = []
        for p in points:
            x = f
            while not m.is_terminal(x):
                x = m.kid(x, p[m.level[x]])
            out.append(m.value[x])
        return out

    both = m.conj(u, v)
    assert table(both) == [a and b for a, b in zip(table(u), table(v), strict=True)]
    # De Morgan: the same function built another way is the same node
    assert m.neg(m.disj(m.neg(u), m.neg(v))) == both
    assert (both == FALSE) is (not any(table(both)))


@given(
    sizes=st.lists(st.integers(1, 3), min_size=1, max_size=3),
    data=st.data(),
)
def test_reduce_is_the_left_fold(sizes, data):
    """The balanced reduction the summaries use gives the left fold's diagram, also for an
    operation that is associative but not commutative (concatenating rule ids)."""
    m = MDD(sizes)
    items = []
    for i in range(data.draw(st.integers(0, 9), label="items")):
        level = data.draw(st.integers(0, len(sizes) - 1), label="level")
        chosen = data.draw(st.sets(st.integers(0, sizes[level] - 1)), label="classes")
        on = m.literal(level, chosen)
        items.append(m.map(("tag", i), lambda a, i=i: (f"r{i}",) if a else (), on))

    def concat(a, b):
        return (*a, *b)

    folded = m.terminal(())
    for u in items:
        folded = m.apply("concat", concat, folded, u)
    assert m.reduce("concat", concat, items, ()) == folded


# --------------------------------------------------------------------------- live cells


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regime=twin_regimes())
def test_the_live_partition_keeps_every_outcome_and_first_rule(regime):
    """Without the rules that never decide, every transaction keeps its outcome, its
    first deciding rule and its nexus; the cells do not multiply."""
    part = partition(World(regimes=(regime,)), as_of=DAY)
    live = part.live()
    assert len(live.cells) <= len(part.cells)
    for cell in part.cells:
        tx = cell.representative
        full, there = part.verdict(cell, "US"), live.verdict(live.locate(tx), "US")
        assert (there.outcome, there.nexus) == (full.outcome, full.nexus)
        assert [a.rule.key for a in there.applied[:1]] == [a.rule.key for a in full.applied[:1]]
        assert part.evaluate(tx) == cell.truths


@pytest.mark.parametrize(
    "day", [dt.date(2022, 11, 1), dt.date(2023, 11, 17), dt.date(2025, 12, 1)], ids=str
)
def test_loopholes_from_the_live_partition_are_the_enumerated_ones(world, day, monkeypatch):
    """On the shipped library, the loophole search finds the same loopholes, with the same
    witnesses, whether its denials come from the live cells or from every cell (the live
    cells merge cells that differ only in rules that never decide, so a denial's first
    cell may be another one of the same behaviour)."""
    parts = {
        r.jurisdiction: partition(world, as_of=day, jurisdictions=[r.jurisdiction])
        for r in world.regimes
    }
    got = loopholes.search(world, day, parts)
    monkeypatch.setattr(loopholes.explore, "denials", reference_denials)
    want = loopholes.search(world, day, parts)
    assert as_data(got) == as_data(want)
