"""Witnesses state every value their finding talks about, at or just beyond the boundary,
and replayed through ``decide`` they show what the finding claims; they read like the
cases the rule was written for (its examples' kind, real values, the ordinary export); a
non-monotone control is one the law as a whole has; a dangling reference is one validation
error."""

from __future__ import annotations

import datetime as dt
import functools
import re

import pytest

from policy import (
    OVERLAY,
    PERFORMANCE_DENSITY,
    TPP,
    WAVELENGTH,
    Example,
    Nexus,
    Outcome,
    Regime,
    Rule,
    Source,
    Transaction,
    World,
    decide,
    destination,
    exporter,
    kind,
    load_world,
)
from policy.analysis import CheckOptions, Finding, check_world
from policy.analysis.partition import partition
from policy.model import vocabulary as v

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


# --------------------------------------------------------------------------- replay


def replay(world: World, f: Finding) -> None:
    """The finding's claim holds of its witnesses as given, replayed through ``decide``."""
    if f.category == "loophole":
        assert f.denied is not None and decide(world, f.denied).overall.restrictive, f.message
        assert all(not decide(world, t).overall.restrictive for t in f.witness), f.message
        return
    (jur,) = f.jurisdictions
    verdicts = [decide(world, t).verdicts[jur] for t in f.witness]
    if f.code == "PL203":
        # the dead rule and the rule at least as restrictive both apply to the witness
        (vd,) = verdicts
        assert vd.outcome.restrictive, f.message
        assert {r.id for r in f.rules} <= set(vd.rules), f.message
    elif f.code == "PL205":
        at, below, above = verdicts
        assert not at.outcome.restrictive, f.message
        assert below.outcome.restrictive and above.outcome.restrictive, f.message
    elif f.code == "PL206":
        weak, strong = verdicts
        assert re.search(f" gives? {weak.outcome.value}, ", f.message), f.message
        assert f" gets {strong.outcome.value}, " in f.message, f.message
        assert weak.outcome.rank > strong.outcome.rank, f.message


def capability_zeros(tx: Transaction) -> list[str]:
    return [
        k for k, x in tx.item.params.items() if x == 0 and v.parameter(k).direction != "neutral"
    ]


def related(a: str, b: str) -> bool:
    return v.kind_matches(a, b) or v.kind_matches(b, a)


def test_witnesses_use_the_kind_and_values_of_the_rules_own_examples() -> None:
    """A dead rule about processors (its examples ship an accelerator) is shown on an
    accelerator, not on the first kind of its class (``ic``); the overlay of the scanner a
    dead scanner rule is shown on is a real scanner's, not 0 nm."""
    a100 = Transaction.model_validate(
        {
            "date": DAY.isoformat(),
            "exporter": "AU",
            "destination": "CN",
            "item": {"kind": "ic.accelerator", "params": {"tpp": 4992}},
        }
    )
    scanner = Transaction.model_validate(
        {
            "date": DAY.isoformat(),
            "exporter": "AU",
            "destination": "CN",
            "item": {"kind": "sme.lithography.euv", "params": {"overlay_nm": 1.1}},
        }
    )
    chip = Example(title="A100", transaction=a100, outcome=Outcome.LICENSE_REQUIRED)
    euv = Example(title="EUV scanner", transaction=scanner, outcome=Outcome.LICENSE_REQUIRED)
    world = World(
        regimes=(
            Regime(
                jurisdiction="AU",
                name="t",
                reach=territory("AU"),
                rules=(
                    rule("AU-ic", kind("ic", "computer") & destination("CN")),
                    rule("AU-ic-4800", kind("ic") & (TPP >= 4800) & destination("CN")).model_copy(
                        update={"examples": (chip,)}
                    ),
                    rule("AU-sme", kind("sme") & destination("CN")),
                    rule(
                        "AU-overlay",
                        kind("sme.lithography") & (OVERLAY <= 2.4) & destination("CN"),
                    ).model_copy(update={"examples": (euv,)}),
                ),
            ),
        )
    )
    found = {f.rules[0].id: f for f in run(world, "PL203")}
    (processor,) = found["AU-ic-4800"].witness
    assert processor.item.kind == "ic.accelerator"
    assert processor.item.params["tpp"] == 4800  # the boundary the rule draws
    (tool,) = found["AU-overlay"].witness
    assert tool.item.kind == "sme.lithography.euv"
    assert tool.item.params["overlay_nm"] == 1.1
    # the ordinary export: the rule's own jurisdiction to the controlled destination
    assert (processor.exporter, processor.destination) == ("AU", "CN")
    for f in found.values():
        replay(world, f)


@functools.cache
def library_findings(day: dt.date) -> tuple[Finding, ...]:
    return tuple(check_world(load_world(None), as_of=day).findings)


@pytest.mark.parametrize("day", [dt.date(2023, 11, 17), dt.date(2025, 12, 1)], ids=str)
def test_every_witness_of_the_shipped_library_replays(day: dt.date) -> None:
    """Each finding's claim holds of its witnesses as given."""
    world = load_world(None)
    for f in library_findings(day):
        replay(world, f)


@pytest.mark.parametrize("day", [dt.date(2023, 11, 17), dt.date(2025, 12, 1)], ids=str)
def test_shipped_witnesses_are_typical(day: dt.date) -> None:
    """No witness states a capability at 0 (no chip has a TPP of 0, no scanner an overlay
    of 0 nm), and the item is of the kind family of the deciding rule's examples where the
    rule's partition class of kinds holds one (an HBM stack is not shown for a rule about
    processors)."""
    world = load_world(None)
    rules = {r.id: (reg.jurisdiction, r) for reg in world.regimes for r in reg.rules}
    for f in library_findings(day):
        txs = [*f.witness, *([f.denied] if f.denied else [])]
        assert not [capability_zeros(t) for t in txs if capability_zeros(t)], f.message
        jur, first = rules[f.rules[0].id] if f.rules else (None, None)
        family = {e.transaction.item.kind for e in first.examples} if first else set()
        if not family or f.denied is None:
            continue
        kinds_axis = partition(world, as_of=day, jurisdictions=[jur]).axis("kind")
        assert kinds_axis is not None
        k = f.denied.item.kind
        (members,) = [set(c.members) for c in kinds_axis.classes if k in c.members]
        if any(related(m, e) for m in members for e in family):
            assert any(related(k, e) for e in family), f.message
