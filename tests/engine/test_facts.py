"""The facts every evaluator derives alike (:mod:`policy.engine.facts`) and the engine's
per-world cache (:mod:`policy.engine.cache`)."""

from __future__ import annotations

import datetime as dt
import gc

import pytest

from policy import (
    ALWAYS,
    CountryGroup,
    Membership,
    Nexus,
    Outcome,
    Party,
    Regime,
    Rule,
    Source,
    Transaction,
    World,
    decide,
    kind,
)
from policy.engine.cache import PerWorld
from policy.engine.decide import regime_indexes
from policy.engine.facts import group_members, headquarters_chain, member_of
from policy.errors import UnknownNameError
from policy.model.transactions import EndUser, Owner

PARTIES = {
    p.id: p
    for p in (
        Party(id="PARENT", name="Parent", country="CN", owners=(Owner(party="TOP", share=51),)),
        Party(id="TOP", name="Top", country="HK", headquarters="MO"),
        Party(id="MINOR", name="Minor", country="RU"),
        Party(id="LOOP", name="Loop", country="KP", owners=(Owner(party="LOOP", share=100),)),
    )
}


def test_the_headquarters_chain_follows_owners_above_half_in_order_each_country_once():
    who = EndUser(
        name="JV",
        country="DE",
        owners=(
            Owner(party="MINOR", share=50),  # exactly half: not a parent
            Owner(party="PARENT", share=60),
        ),
    )
    assert headquarters_chain(who, PARTIES, "NL") == ("DE", "CN", "MO")


def test_an_end_user_without_a_country_is_headquartered_at_the_destination():
    who = EndUser(name="Anon", owners=(Owner(party="PARENT", share=70),))
    assert headquarters_chain(who, PARTIES, "NL") == ("NL", "CN", "MO")
    # the partition's form: without the destination (it classes that case apart)
    assert headquarters_chain(who, PARTIES, None) == ("CN", "MO")


def test_an_unknown_parent_raises_unless_skipped():
    who = EndUser(name="JV", country="DE", owners=(Owner(party="GHOST", share=90),))
    with pytest.raises(UnknownNameError, match="unknown owner party 'GHOST'") as err:
        headquarters_chain(who, PARTIES, "NL")
    assert err.value.where == "end_user.owners"
    assert headquarters_chain(who, PARTIES, "NL", on_unknown="skip") == ("DE",)
    # a minority owner is never looked up, known or not
    minority = EndUser(name="JV", country="DE", owners=(Owner(party="GHOST", share=10),))
    assert headquarters_chain(minority, PARTIES, "NL") == ("DE",)


def test_an_ownership_cycle_ends():
    assert headquarters_chain(PARTIES["LOOP"], PARTIES, "NL") == ("KP",)


def test_membership_is_half_open_and_undated_membership_is_always():
    group = CountryGroup(
        id="G",
        name="g",
        members=(
            Membership(country="MO", start="2023-01-17"),
            Membership(country="RU", start="2022-02-24", end="2022-04-08"),
            Membership(country="CN"),
        ),
    )
    members = group_members(group)

    def on(day: str, country: str) -> bool:
        return member_of(members, country, dt.date.fromisoformat(day).toordinal())

    assert not on("2023-01-16", "MO") and on("2023-01-17", "MO")
    assert on("2022-04-07", "RU") and not on("2022-04-08", "RU")
    assert on("0001-01-01", "CN") and on("9999-12-31", "CN")
    assert not on("2024-01-01", "JP")


# --------------------------------------------------------------------------- the cache


def _world(effective: str = "2024-01-01") -> World:
    src = Source(document="test")
    regime = Regime(
        jurisdiction="US",
        name="test",
        reach=(Nexus(id="all", title="all", when=ALWAYS, effective="2020-01-01", source=src),),
        rules=(
            Rule(
                id="R", title="r", when=kind("ic"), effective=effective, source=src, defined_at=None
            ),
        ),
    )
    return World(regimes=(regime,))


def test_a_per_world_value_is_built_once_per_world_object_and_dropped_with_it():
    built: list[int] = []
    cache: PerWorld[int] = PerWorld(lambda w: built.append(1) or len(built))
    world, twin = _world(), _world()
    assert cache(world) == cache(world) == 1
    assert cache(twin) == 2  # an equal world is another object
    del world
    gc.collect()
    assert len(cache) == 1


def test_a_bounded_cache_keeps_the_most_recently_used():
    cache: PerWorld[World] = PerWorld(lambda w: w, size=2)
    a, b, c = _world(), _world(), _world()
    cache(a), cache(b), cache(a), cache(c)
    assert len(cache) == 2
    assert cache(a) is a


def test_deciding_under_the_law_of_a_day_does_not_see_the_full_worlds_indexes():
    """``World.memo``, which the engine used, is shared by ``model_copy``: ``as_of`` copies
    saw the indexes of the world they were copied from (and the other way round)."""
    world = _world(effective="2024-01-01")
    tx = Transaction.model_validate(
        {"date": "2024-06-01", "exporter": "US", "destination": "CN", "item": {"kind": "ic"}}
    )
    assert decide(world, tx).overall is Outcome.LICENSE_REQUIRED
    before = world.as_of(dt.date(2023, 1, 1))  # the rule is not yet in force that day
    assert regime_indexes(before) is not regime_indexes(world)
    assert decide(before, tx).overall is Outcome.NO_LICENSE_REQUIRED
