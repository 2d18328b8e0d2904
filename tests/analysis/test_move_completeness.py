"""Every move considers every class of the axes it moves along, including the countries no
regime names: a minimal world per move where the only witness lies in such a class."""

from __future__ import annotations

import datetime as dt

from policy import (
    TPP,
    Nexus,
    Outcome,
    Regime,
    Rule,
    Source,
    World,
    decide,
    destination,
    exporter,
    kind,
)
from policy.analysis import CheckOptions, check_world

SRC = Source(document="Test Regulation", section="s. 1")
DAY = dt.date(2024, 1, 1)


def territory(jur: str) -> Nexus:
    return Nexus(
        id=f"{jur.lower()}-territory",
        title=f"exports from {jur}",
        when=exporter(jur),
        effective=DAY,
        source=SRC,
    )


#: X controls accelerators to CN, reaching exports from its territory only
X = Regime(
    jurisdiction="AU",
    name="X",
    reach=(territory("AU"),),
    rules=(
        Rule(
            id="AU-accelerator",
            title="accelerators to CN",
            when=kind("ic.accelerator") & (TPP >= 4800) & destination("CN"),
            source=SRC,
            effective=DAY,
        ),
    ),
)
#: Z has no controls at all
Z = Regime(jurisdiction="NZ", name="Z", reach=(territory("NZ"),))


def transshipments(world: World) -> list:  # type: ignore[type-arg]
    report = check_world(world, as_of=DAY, options=CheckOptions(codes=("PL102",)))
    return [f for f in report.findings if f.move == "transshipment"]


def test_transshipment_through_a_country_no_regime_names() -> None:
    """The class of "every other country" is represented by the exporter AU itself; the
    move must try another of its members rather than skip the class."""
    (f,) = transshipments(World(regimes=(X, Z)))
    assert f.code == "PL102" and f.jurisdictions == ["AU"]
    leg1, leg2 = f.witness
    hub = leg1.destination
    assert hub not in ("AU", "CN") and leg2.exporter == hub and leg2.destination == "CN"
    # the witness holds: both legs need no licence, the denied export does
    assert all(not decide(World(regimes=(X, Z)), t).overall.restrictive for t in f.witness)
    assert decide(World(regimes=(X, Z)), f.denied).overall is Outcome.LICENSE_REQUIRED


def test_transshipment_with_no_other_regime_at_all() -> None:
    (f,) = transshipments(World(regimes=(X,)))
    assert f.witness[0].destination not in ("AU", "CN")


def test_a_regime_that_reaches_re_exports_closes_the_loophole() -> None:
    """The clean twin: with re-exports of AU items reached too, no hub helps."""
    from policy import channel, origin

    reexports = Nexus(
        id="au-origin",
        title="re-exports of AU items",
        when=origin("AU") & channel("reexport"),
        effective=DAY,
        source=SRC,
    )
    closed = X.model_copy(update={"reach": (*X.reach, reexports)})
    assert transshipments(World(regimes=(closed, Z))) == []


def test_transshipment_around_a_list_keyed_on_the_end_user() -> None:
    """A territory-only control on a listed end user puts every destination in one class:
    the hub shares the destination's class, and the first leg without the end user named is
    the loophole. The move must try hubs of the destination's own class too."""
    from policy import Listing, Party, PartyList, listed

    listing = Regime(
        jurisdiction="AU",
        name="X with a list",
        reach=(territory("AU"),),
        rules=(
            Rule(
                id="AU-listed",
                title="etch tools to listed parties",
                when=kind("sme.etch") & listed("au-list"),
                source=SRC,
                effective=DAY,
            ),
        ),
        lists=(
            PartyList(id="au-list", name="AU list", listings=(Listing(party="ACME", start=DAY),)),
        ),
        parties=(Party(id="ACME", name="ACME", country="RU"),),
    )
    world = World(regimes=(listing, Z))
    (f,) = transshipments(world)
    leg1, leg2 = f.witness
    assert leg1.end_user is None and leg2.exporter == leg1.destination != "AU"
    assert all(not decide(world, t).overall.restrictive for t in f.witness)
    assert decide(world, f.denied).overall is Outcome.LICENSE_REQUIRED
