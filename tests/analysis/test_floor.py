"""PL210 below the floor on the shipped library: the US models the Commerce Control List's
lithography entries (3B001.f), so on 2025-06-01 it meets the Wassenaar floor's 3.B.1.f.
Planted defects show both shapes of the finding: the entries dropped while the regime still
declares lithography modelled is an error with a witness that ``decide`` confirms; dropped
together with the declaration, the gap is reported as not modelled (a warning)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from policy import Regime, Rule, World, decide
from policy.analysis.checks.floor import below_the_floor
from policy.analysis.checks.registry import CheckContext
from policy.regimes import default_world

DAY = dt.date(2025, 6, 1)
#: The US rules that carry 3B001.f by the scanner's own parameters.
LITHOGRAPHY = {"US-3B001.f.1", "US-3B001.f.1.b.2", "US-3B001.f.2"}


def _floor(world: World) -> list:  # type: ignore[type-arg]
    return list(below_the_floor.run(CheckContext(world=world, as_of=DAY)))


def _with_us(update: Callable[[Regime], dict[str, Any]]) -> World:
    """The shipped world with the US regime changed by ``update(us)``."""
    base = default_world()
    us = next(r for r in base.regimes if r.jurisdiction == "US")
    changed = us.model_copy(update=update(us))
    return World(
        regimes=tuple(changed if r is us else r for r in base.regimes), suppliers=base.suppliers
    )


def _without_lithography(us: Regime) -> tuple[Rule, ...]:
    assert {r.id for r in us.rules} >= LITHOGRAPHY
    return tuple(r for r in us.rules if r.id not in LITHOGRAPHY)


def test_the_us_meets_the_floor_on_lithography_today():
    world = default_world()
    assert _floor(world) == []


def test_the_lithography_entries_dropped_while_declared_modelled_are_below_the_floor():
    """The US regime without its 3B001.f rules, still declaring equipment modelled: an
    error per floor entry, whose witness the US allows and Wassenaar controls."""
    world = _with_us(lambda us: {"rules": _without_lithography(us)})
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


def test_the_lithography_entries_dropped_with_the_declaration_are_not_modelled():
    """Without the rules and without claiming equipment, the gap is the model's, not the
    law's: a warning, whose witness decide marks not modelled."""

    def update(us: Regime) -> dict[str, Any]:
        # every declaration of equipment: the whole family, and EUV lithography since 2009
        models = tuple(
            m for m in us.models or () if not any(k.split(".")[0] == "sme" for k in m.kinds)
        )
        return {"rules": _without_lithography(us), "models": models}

    world = _with_us(update)
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
