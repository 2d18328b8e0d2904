"""Witnesses state every value their finding talks about, at or just beyond the boundary,
and replayed through ``decide`` they show what the finding claims; a non-monotone control
is one the law as a whole has; a dangling reference is one validation error."""

from __future__ import annotations

import datetime as dt

from policy import (
    OVERLAY,
    PERFORMANCE_DENSITY,
    WAVELENGTH,
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


def territory(*jurs: str) -> tuple[Nexus, ...]:
    return (
        Nexus(
            id="territory",
            title="exports from the territory",
            when=exporter(*jurs),
            effective=DAY,
            source=SRC,
        ),
    )


def rule(rid: str, when, outcome=Outcome.LICENSE_REQUIRED) -> Rule:  # type: ignore[no-untyped-def]
    return Rule(id=rid, title=rid, when=when, outcome=outcome, source=SRC, effective=DAY)


def run(world: World, *codes: str):  # type: ignore[no-untyped-def]
    return check_world(world, as_of=DAY, options=CheckOptions(codes=codes or None)).findings


def test_threshold_gap_witness_is_on_the_boundary() -> None:
    """``< 5.92`` in one rule and ``> 5.92`` in its twin: the witness states exactly
    5.92 (no condition holds there, which is no reason to leave the value out)."""
    world = World(
        regimes=(
            Regime(
                jurisdiction="AU",
                name="t",
                reach=territory("AU"),
                rules=(
                    rule("AU-low", kind("ic.accelerator") & (PERFORMANCE_DENSITY < 5.92)),
                    rule("AU-high", kind("ic.accelerator") & (PERFORMANCE_DENSITY > 5.92)),
                ),
            ),
        )
    )
    (f,) = run(world, "PL205")
    at, below, above = f.witness
    assert at.item.params["performance_density"] == 5.92
    assert (
        below.item.params["performance_density"] < 5.92 < above.item.params["performance_density"]
    )
    assert not decide(world, at).overall.restrictive
    assert decide(world, below).overall.restrictive and decide(world, above).overall.restrictive
    assert "exactly 5.92 falls through" in f.message


def test_non_monotone_witnesses_lie_either_side_of_the_boundary() -> None:
    """Overlay: lower is more capable. Only overlay >= 2 nm is controlled, so 1.9 nm
    escapes; the witnesses are 2 and just under 2, never 0."""
    world = World(
        regimes=(
            Regime(
                jurisdiction="AU",
                name="t",
                reach=territory("AU"),
                rules=(rule("AU-euv", kind("sme.lithography.euv") & (OVERLAY >= 2.0)),),
            ),
        )
    )
    (f,) = run(world, "PL206")
    weak, strong = f.witness
    assert weak.item.params["overlay_nm"] == 2.0
    assert 0 < strong.item.params["overlay_nm"] < 2.0
    assert decide(world, weak).overall is Outcome.LICENSE_REQUIRED
    assert not decide(world, strong).overall.restrictive
    assert f"at {strong.item.params['overlay_nm']:g}" in f.message


def test_a_national_list_that_leaves_the_rest_to_the_union_is_not_non_monotone() -> None:
    """The member state controls DUV at 193 nm and above; the Union controls below 193 nm
    from the same territory: the more capable tool is controlled, by the other regime."""
    nl = Regime(
        jurisdiction="NL",
        name="NL",
        reach=territory("NL"),
        rules=(rule("NL-duv", kind("sme.lithography.duv") & ~(WAVELENGTH < 193)),),
    )
    eu = Regime(
        jurisdiction="EU",
        name="EU",
        reach=territory("NL", "DE"),
        rules=(rule("EU-litho", kind("sme.lithography") & (WAVELENGTH < 193)),),
    )
    assert run(World(regimes=(nl, eu)), "PL206") == []
    # without the Union's rule the Dutch drop is a real one
    (f,) = run(World(regimes=(nl,)), "PL206")
    assert 192 < f.witness[1].item.params["wavelength_nm"] < 193


def test_a_dangling_reference_is_one_validation_error() -> None:
    world = World(
        regimes=(
            Regime(
                jurisdiction="AU",
                name="t",
                reach=territory("AU"),
                rules=(rule("AU-etch", kind("sme.etch") & destination(groups=("D:9",))),),
            ),
        )
    )
    # PL003 (a rule without examples) is a root cause of its own, not one derived from D:9
    found = [f for f in run(world) if f.code != "PL003"]
    assert [(f.code, [r.id for r in f.rules]) for f in found] == [("PL001", ["AU-etch"])]
    assert "'D:9'" in found[0].message
