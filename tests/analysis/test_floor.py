"""PL210 below the floor on the shipped library: the US does not model the Commerce Control
List's lithography entries, so the Wassenaar floor's 3.B.1.f is reported as not modelled
(a warning); declared modelled without a rule, the same gap is an error with a witness that
``decide`` confirms."""

from __future__ import annotations

import datetime as dt

from policy import Modelled, World, decide
from policy.analysis.checks.floor import below_the_floor
from policy.analysis.checks.registry import CheckContext
from policy.regimes import default_world

DAY = dt.date(2025, 6, 1)


def _floor(world: World) -> list:  # type: ignore[type-arg]
    return list(below_the_floor.run(CheckContext(world=world, as_of=DAY)))


def test_the_us_does_not_model_the_floors_lithography_today():
    world = default_world()
    findings = _floor(world)
    assert {(f.key, f.severity) for f in findings} == {
        ("US<WA:WA-3.B.1.f.1:not-modelled", "warning"),
        ("US<WA:WA-3.B.1.f.2:not-modelled", "warning"),
    }
    for f in findings:
        (tx,) = f.witness
        assert (tx.exporter, tx.destination) == ("US", "CN")
        d = decide(world, tx)
        assert d.verdicts["WA"].outcome == "license_required"
        assert d.verdicts["US"].not_modelled and d.not_modelled == ["US"]


def test_a_kind_declared_modelled_without_its_entry_is_below_the_floor():
    """The US regime declaring lithography modelled, with no rule for it: an error, whose
    witness the US allows and Wassenaar controls."""
    base = default_world()
    us = next(r for r in base.regimes if r.jurisdiction == "US")
    assert us.models is not None
    claimed = us.model_copy(update={"models": (*us.models, Modelled(kinds=("sme.lithography",)))})
    world = World(
        regimes=tuple(claimed if r is us else r for r in base.regimes), suppliers=base.suppliers
    )
    findings = _floor(world)
    errors = [f for f in findings if f.severity == "error"]
    assert {f.key for f in errors} == {"US<WA:WA-3.B.1.f.1", "US<WA:WA-3.B.1.f.2"}
    for f in errors:
        (tx,) = f.witness
        assert tx.exporter == "US" and tx.destination not in {"US", "JP", "NL", "DE", "KR"}
        assert tx.item.kind.startswith("sme.lithography")
        d = decide(world, tx)
        assert d.verdicts["WA"].outcome == "license_required"
        assert d.verdicts["US"].outcome == "no_license_required"
        assert not d.verdicts["US"].not_modelled
        assert "below the floor: US implements WA's list" in f.message
