"""Pairwise checks (dead rules, conflicts, gaps) do not depend on which rule is written
first or whose id sorts first."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from policy import TPP, Nexus, Outcome, Regime, Rule, Source, World, destination, exporter, kind
from policy.analysis import CheckOptions, check_world

SRC = Source(document="Test Regulation", section="s. 1")
DAY = dt.date(2024, 1, 1)
REACH = (
    Nexus(id="territory", title="exports from AU", when=exporter("AU"), effective=DAY, source=SRC),
)


def rule(rid: str, when, outcome=Outcome.LICENSE_REQUIRED) -> Rule:  # type: ignore[no-untyped-def]
    return Rule(id=rid, title=rid, when=when, outcome=outcome, source=SRC, effective=DAY)


def findings(rules: list[Rule], code: str) -> list[tuple[str, list[str]]]:
    world = World(regimes=(Regime(jurisdiction="AU", name="t", reach=REACH, rules=tuple(rules)),))
    report = check_world(world, as_of=DAY, options=CheckOptions(codes=(code,)))
    return [(f.code, [r.id for r in f.rules]) for f in report.findings]


# (outer id, inner id): the inner rule's id sorts after, then before, the outer one's
IDS = [("AU-A", "AU-B"), ("AU-B", "AU-A")]


@pytest.mark.parametrize(("outer", "inner"), IDS)
@pytest.mark.parametrize("inner_first", [False, True])
def test_a_rule_inside_another_with_the_same_outcome_is_dead_in_either_order(
    outer: str, inner: str, inner_first: bool
) -> None:
    a = rule(outer, kind("ic.accelerator") & (TPP >= 4800) & destination("CN"))
    b = rule(inner, kind("ic.accelerator") & (TPP >= 6000) & destination("CN"))
    rules = [b, a] if inner_first else [a, b]
    assert findings(rules, "PL203") == [("PL203", [inner, outer])]


@pytest.mark.parametrize(("outer", "inner"), IDS)
@pytest.mark.parametrize("inner_first", [False, True])
def test_a_less_restrictive_rule_inside_a_more_restrictive_one_is_dead(
    outer: str, inner: str, inner_first: bool
) -> None:
    a = rule(outer, kind("ic.accelerator") & destination("CN"), Outcome.PROHIBITED)
    b = rule(inner, kind("ic.accelerator") & (TPP >= 6000) & destination("CN"))
    rules = [b, a] if inner_first else [a, b]
    assert findings(rules, "PL203") == [("PL203", [inner, outer])]


def test_a_more_restrictive_rule_inside_a_less_restrictive_one_is_alive() -> None:
    for order in itertools.permutations(
        [
            rule("AU-A", kind("ic.accelerator") & destination("CN")),
            rule(
                "AU-B",
                kind("ic.accelerator") & (TPP >= 6000) & destination("CN"),
                Outcome.PROHIBITED,
            ),
        ]
    ):
        assert findings(list(order), "PL203") == []


def test_two_rules_that_cover_each_other_are_both_dead() -> None:
    when = kind("ic.accelerator") & destination("CN")
    for order in itertools.permutations([rule("AU-A", when), rule("AU-B", when)]):
        assert findings(list(order), "PL203") == [
            ("PL203", ["AU-A", "AU-B"]),
            ("PL203", ["AU-B", "AU-A"]),
        ]


@pytest.mark.parametrize(("p", "q"), IDS)
def test_conflicts_do_not_depend_on_the_order(p: str, q: str) -> None:
    ban = rule(p, kind("material.gallium") & destination("CN"), Outcome.PROHIBITED)
    free = rule(q, kind("material.gallium"), Outcome.NO_LICENSE_REQUIRED)
    for order in ([ban, free], [free, ban]):
        assert findings(order, "PL201") == [("PL201", [p, q])]


@pytest.mark.parametrize(("low", "high"), IDS)
def test_threshold_gaps_do_not_depend_on_the_order(low: str, high: str) -> None:
    lo = rule(low, kind("computer") & (TPP >= 1000) & (TPP < 4800) & destination("CN"))
    hi = rule(high, kind("computer") & (TPP > 4800) & destination("CN"))
    for order in ([lo, hi], [hi, lo]):
        assert findings(order, "PL205") == [("PL205", [low, high])]
