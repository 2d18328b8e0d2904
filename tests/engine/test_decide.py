import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy import Outcome, Regime, World, decide
from policy.errors import UnknownNameError
from policy.model.transactions import Transaction
from tests.strategies import regimes, rules, transactions


def tx(**kw):
    base = {
        "date": "2022-11-01",
        "exporter": "US",
        "destination": "CN",
        "item": {
            "kind": "ic.accelerator",
            "params": {"tpp": 4992, "bidirectional_transfer_rate_gbps": 600},
        },
    }
    base.update(kw)
    return Transaction.model_validate(base)


def test_a100_from_the_us_to_china_in_2022_needs_a_licence(world):
    d = decide(world, tx())
    us = d.verdicts["US"]
    assert us.reached and us.nexus == ["us-territory"]
    assert us.outcome is Outcome.LICENSE_REQUIRED
    assert us.rules == ["US-3A090"]
    assert us.review == "presumption of denial"
    assert any("tpp 4992 >= 4800" in line for line in us.trace)
    assert d.overall is Outcome.LICENSE_REQUIRED


def test_a100_from_japan_to_germany_needs_nothing(world):
    d = decide(world, tx(exporter="JP", destination="DE"))
    assert d.overall is Outcome.NO_LICENSE_REQUIRED


def test_every_jurisdiction_appears_in_the_decision(world):
    assert sorted(decide(world, tx()).verdicts) == world.jurisdictions


def test_unreached_verdict_is_not_applicable(world):
    d = decide(world, tx(exporter="KR", destination="BR"))
    assert d.verdicts["US"].outcome is Outcome.NOT_APPLICABLE
    assert not d.verdicts["US"].reached


def test_unknown_end_user_party_is_an_error_with_a_hint(world):
    with pytest.raises(UnknownNameError, match="did you mean 'YMTC'"):
        decide(world, tx(end_user="YMTCC"))


def test_nac_carveout_is_named_as_available_when_notification_is_needed(world):
    d = decide(
        world,
        tx(
            date="2023-12-01",
            item={"kind": "ic.accelerator", "params": {"tpp": 5285}, "flags": ["consumer"]},
        ),
    )
    us = d.verdicts["US"]
    assert us.outcome is Outcome.LICENSE_REQUIRED
    assert us.carveouts == ["NAC (available)"]


@given(regimes(), transactions())
def test_decide_is_deterministic(regime, t):
    world = World(regimes=(regime,))
    assert decide(world, t) == decide(world, t)
    # A fresh, equal world gives the same answer (no hidden state).
    assert decide(World(regimes=(regime,)), t) == decide(world, t)


@given(regimes(), rules(rule_id="EXTRA"), transactions())
def test_adding_a_rule_never_loosens_unless_it_is_a_carveout(regime, extra, t):
    before = decide(World(regimes=(regime,)), t).verdicts["US"].outcome
    bigger = regime.model_copy(update={"rules": (*regime.rules, extra)})
    after = decide(World(regimes=(bigger,)), t).verdicts["US"].outcome
    assert after.rank >= before.rank


@given(transactions())
def test_shipped_world_decides_every_generated_transaction(t):
    from policy.regimes import default_world

    t = t.model_copy(update={"end_user": None})
    d = decide(default_world(), t)
    reached = [v.outcome for v in d.verdicts.values() if v.reached]
    assert d.overall.rank == max([o.rank for o in reached], default=1)


@given(st.dates(min_value=dt.date(2022, 1, 1), max_value=dt.date(2026, 1, 1)))
def test_the_a100_needs_a_licence_from_the_is_informed_letter_on(day):
    from policy.regimes import default_world

    # BIS told Nvidia on 26 Aug 2022 that the A100 needs a licence to China; the rule of
    # 7 Oct 2022 then made it law for everyone.
    d = decide(default_world(), tx(date=day.isoformat()))
    if day < dt.date(2022, 8, 26):
        assert d.verdicts["US"].outcome is Outcome.NO_LICENSE_REQUIRED
    else:
        assert d.verdicts["US"].outcome is Outcome.LICENSE_REQUIRED


def test_empty_regime_reaches_nothing():
    d = decide(World(regimes=(Regime(jurisdiction="JP", name="x"),)), tx())
    assert d.verdicts["JP"].outcome is Outcome.NOT_APPLICABLE
    assert d.overall is Outcome.NO_LICENSE_REQUIRED
