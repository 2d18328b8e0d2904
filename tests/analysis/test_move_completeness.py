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


def _outer_and_inner(inner_id: str) -> World:
    """AU controls etch tools to CN from its territory only (``AU-outer``) and the most
    advanced ones (at most 5 nm) wherever they are re-exported from (``inner_id``): the
    tools above 5 nm, shipped through a hub, are the loophole, whichever id sorts first."""
    from policy import NODE, channel, origin

    reexports = Nexus(
        id="au-origin",
        title="re-exports of AU items",
        when=origin("AU") & channel("reexport"),
        effective=DAY,
        source=SRC,
    )
    rules = (
        Rule(
            id="AU-outer",
            title="etch tools to CN",
            when=kind("sme.etch") & destination("CN"),
            source=SRC,
            effective=DAY,
            nexus=("au-territory",),
        ),
        Rule(
            id=inner_id,
            title="advanced etch tools to CN",
            when=kind("sme.etch") & (NODE <= 5) & destination("CN"),
            source=SRC,
            effective=DAY,
        ),
    )
    regime = Regime(jurisdiction="AU", name="X", reach=(territory("AU"), reexports), rules=rules)
    return World(regimes=(regime, Z))


def test_a_denial_is_explored_whichever_of_its_rules_sorts_first() -> None:
    """Cells denied by the outer rule alone and cells denied by both are different denials:
    grouping them under the rule that sorts first hid the loophole when the inner one did."""
    for inner in ("AU-a-inner", "AU-z-inner"):
        world = _outer_and_inner(inner)
        (f,) = transshipments(world)
        assert [r.id for r in f.rules][:1] == ["AU-outer"], inner
        assert all(not decide(world, t).overall.restrictive for t in f.witness)
        assert decide(world, f.denied).overall is Outcome.LICENSE_REQUIRED


def test_a_supplier_of_either_kind_an_any_names() -> None:
    """A rule on deposition *or* etch tools puts both kinds in one cell; the cell's
    representative shows one of them, and a maker of the other is a substitute too (the
    denied order it answers is of the supplier's kind)."""
    from policy import Supplier

    rule = Rule(
        id="AU-fab",
        title="deposition or etch tools to CN",
        when=(kind("sme.deposition") | kind("sme.etch")) & destination("CN"),
        source=SRC,
        effective=DAY,
    )
    regime = Regime(jurisdiction="AU", name="X", reach=(territory("AU"),), rules=(rule,))
    makers = {
        "sme.etch": Supplier(jurisdiction="NZ", firm="Kiwi Etch", kind="sme.etch"),
        "sme.deposition": Supplier(jurisdiction="KR", firm="K-Dep", kind="sme.deposition"),
    }
    for chosen in (("sme.etch",), ("sme.deposition",), ("sme.deposition", "sme.etch")):
        world = World(regimes=(regime, Z), suppliers=tuple(makers[k] for k in chosen))
        report = check_world(world, as_of=DAY, options=CheckOptions(codes=("PL101",)))
        found = sorted(f.denied.item.kind for f in report.findings if f.denied is not None)
        assert found == sorted(chosen), chosen
        for f in report.findings:
            (w,) = f.witness
            assert w.item.kind == f.denied.item.kind  # type: ignore[union-attr]
            assert not decide(world, w).overall.restrictive
            assert decide(world, f.denied).overall is Outcome.LICENSE_REQUIRED  # type: ignore[arg-type]


def _either_branch(branches: tuple[str, ...]) -> World:
    """AU controls tools to a military end use *or* a listed end user, the branches in the
    order given: the transactions with either are one cell of the partition."""
    from policy import Listing, Party, PartyList, end_use, listed

    made = {"military": end_use("military"), "listed": listed("au-list")}
    first, second = (made[b] for b in branches)
    rule = Rule(
        id="AU-mil",
        title="tools to a military end use or a listed end user",
        when=kind("sme") & (first | second),
        source=SRC,
        effective=DAY,
    )
    regime = Regime(
        jurisdiction="AU",
        name="X",
        reach=(territory("AU"),),
        rules=(rule,),
        lists=(
            PartyList(id="au-list", name="AU list", listings=(Listing(party="ACME", start=DAY),)),
        ),
        parties=(Party(id="ACME", name="ACME", country="CN"),),
    )
    return World(regimes=(regime, Z))


def test_every_branch_of_an_any_is_a_denial_of_its_own() -> None:
    """The cell's representative shows one branch (a military end use, or the listed end
    user); the moves that need the other (an affiliate of the listed end user, another end
    use) must see it too, in either order of the branches."""
    for branches in (("military", "listed"), ("listed", "military")):
        world = _either_branch(branches)
        report = check_world(world, as_of=DAY, options=CheckOptions(codes=("PL105", "PL109")))
        moves = sorted(f.move or "" for f in report.findings)
        assert moves == ["affiliate", "end_use_substitution"], (branches, moves)
        for f in report.findings:
            assert decide(world, f.denied).overall is Outcome.LICENSE_REQUIRED  # type: ignore[arg-type]
            assert all(not decide(world, t).overall.restrictive for t in f.witness)


def test_end_use_substitution_where_the_end_use_is_the_other_branch() -> None:
    """Accelerators in a TPP band *or* for a military end use: the representative is in
    the band; the military branch below the band is evaded by another end use."""
    from policy import end_use

    rule = Rule(
        id="AU-acc",
        title="accelerators in a band, or for the military",
        when=kind("ic.accelerator")
        & destination("CN")
        & (((TPP >= 4800) & (TPP < 6000)) | end_use("military")),
        source=SRC,
        effective=DAY,
    )
    regime = Regime(jurisdiction="AU", name="X", reach=(territory("AU"),), rules=(rule,))
    world = World(regimes=(regime, Z))
    report = check_world(world, as_of=DAY, options=CheckOptions(codes=("PL109",)))
    (f,) = report.findings
    assert f.denied is not None and "military" in f.denied.end_use
    assert all(not decide(world, t).overall.restrictive for t in f.witness)
