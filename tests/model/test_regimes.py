import datetime as dt
import json

import pytest
from hypothesis import given
from pydantic import ValidationError

from policy import ALWAYS, TPP, Nexus, Regime, Rule, Source, World, kind
from policy.loading import regime_from_data, world_from_data
from tests.strategies import regimes, rules

SRC = Source(document="Test", section="1")


def _rule(rid, start, end=None, **kw):
    return Rule(
        id=rid, title="t", when=kind("ic") & (TPP >= 1), source=SRC, effective=start, end=end, **kw
    )


def test_rule_ids_that_collide_in_time_are_an_error():
    with pytest.raises(ValidationError, match="rule id 'R' collides"):
        Regime(
            jurisdiction="US",
            name="t",
            rules=(_rule("R", dt.date(2022, 1, 1)), _rule("R", dt.date(2023, 1, 1))),
        )


def test_versions_of_one_rule_may_follow_each_other():
    old, new = _rule("R", dt.date(2022, 1, 1)).amended(dt.date(2023, 1, 1), when=TPP >= 2)
    regime = Regime(jurisdiction="US", name="t", rules=(old, new))
    assert [r.id for r in regime.as_of(dt.date(2022, 6, 1)).rules] == ["R"]
    assert regime.as_of(dt.date(2023, 6, 1)).rules[0].when == (TPP >= 2)
    assert regime.as_of(dt.date(2021, 6, 1)).rules == ()


def test_end_before_effective_is_rejected():
    with pytest.raises(ValidationError, match="must be after effective"):
        _rule("R", dt.date(2022, 1, 1), end=dt.date(2021, 1, 1))


def test_rules_record_where_they_were_written():
    r = _rule("R", dt.date(2022, 1, 1))
    assert r.defined_at is not None
    assert r.defined_at.file.endswith("tests/model/test_regimes.py")
    assert r.defined_at.line > 0


def test_shipped_rules_point_into_the_package(world):
    for regime in world.regimes:
        for rule in regime.rules:
            assert rule.defined_at.file.startswith("policy/regimes/"), rule.id
            assert rule.source.document and rule.effective


def test_dangling_references_are_problems_not_crashes():
    regime = Regime(
        jurisdiction="US",
        name="t",
        reach=(Nexus(id="n", title="n", when=ALWAYS, effective=dt.date(2020, 1, 1), source=SRC),),
        rules=(
            Rule(
                id="R",
                title="t",
                source=SRC,
                effective=dt.date(2022, 1, 1),
                when=kind("ic").__and__(__import__("policy").destination(groups=("NOPE",))),
                nexus=("x",),
            ),
        ),
    )
    codes = [p.code for p in regime.problems()]
    assert codes == ["dangling-group", "dangling-nexus"]


@given(rules())
def test_rules_round_trip_through_json(rule):
    assert Rule.model_validate_json(rule.model_dump_json()) == rule


@given(regimes())
def test_regimes_round_trip_through_json(regime):
    text = regime.model_dump_json()
    assert Regime.model_validate_json(text) == regime
    assert regime_from_data(json.loads(text), where="x.json", text=text) == regime


def test_shipped_world_round_trips_through_json(world):
    data = json.loads(world.model_dump_json())
    assert world_from_data(data, where="w.json") == world


def test_change_dates_cover_every_amendment(world):
    days = world.change_dates()
    assert dt.date(2022, 10, 7) in days and dt.date(2023, 11, 17) in days
    assert days == sorted(days)


def test_two_regimes_for_one_jurisdiction_are_an_error():
    r = Regime(jurisdiction="US", name="t")
    with pytest.raises(ValidationError, match="two regimes"):
        World(regimes=(r, r))
