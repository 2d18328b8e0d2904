"""The evasion-move registry: the order the built-in moves run in, and a user's own move
added with ``@register_move`` on its class."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from policy.analysis.loopholes import (
    Candidate,
    Denial,
    SearchContext,
    register_move,
    registered_moves,
    search,
    with_changes,
)
from policy.analysis.loopholes.moves import registry
from policy.analysis.partition import partition
from tests.analysis.quality.planted import WORLD

DAY = dt.date(2024, 1, 1)

BUILT_IN = [
    ("supplier_substitution", "PL101"),
    ("transshipment", "PL102"),
    ("de_minimis_dilution", "PL103"),
    ("foreign_manufacture", "PL104"),
    ("affiliate", "PL105"),
    ("remote_access", "PL106"),
    ("pre_effective_order", "PL107"),
    ("design_under_threshold", "PL108"),
    ("end_use_substitution", "PL109"),
]


@pytest.fixture
def own_registry(monkeypatch):
    """A copy of the registry, so that moves a test registers do not outlive it."""
    monkeypatch.setattr(registry, "_MOVES", dict(registry._MOVES))


def test_built_in_moves_are_registered_in_the_order_they_compose_in():
    """Moves are tried and composed in registration order, which decides which witness a
    finding keeps: the built-ins stay in the order of their codes, whatever the order in
    which a formatter would sort their modules' imports."""
    assert [(m.name, m.code) for m in registered_moves()] == BUILT_IN


@dataclass(frozen=True)
class Relabel:
    """Declare a controlled accelerator as a plain logic chip (a user's own move)."""

    name: str = "relabel"
    code: str = "PL199"
    description: str = "declare the item as an uncontrolled kind"

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        witness = with_changes(tx, item_kind="ic.logic")
        if tx.item.kind == "ic.accelerator" and not ctx.still_denied(denial, witness):
            yield Candidate((witness,), "declare it as ic.logic", key=tx.item.kind)


def test_register_move_on_a_class_registers_an_instance_the_search_runs(own_registry):
    """``@register_move`` on a class returns the class, adds an instance after the
    built-ins, and the search (with its default moves) reports what the move finds under
    the move's code."""
    assert register_move(Relabel) is Relabel
    last = registered_moves()[-1]
    assert isinstance(last, Relabel)
    assert [m.name for m in registered_moves()] == [n for n, _ in BUILT_IN] + ["relabel"]
    parts = {
        r.jurisdiction: partition(WORLD, as_of=DAY, jurisdictions=[r.jurisdiction])
        for r in WORLD.regimes
    }
    found = [f for f in search(WORLD, DAY, parts, depth=1) if f.move == "relabel"]
    assert found
    assert {f.code for f in found} == {"PL199"}
    assert all(f.witness[-1].item.kind == "ic.logic" for f in found)
    assert all(f.denied is not None and f.denied.item.kind == "ic.accelerator" for f in found)


def test_registering_a_move_again_replaces_it_in_its_place(own_registry):
    """A move registered under a name already taken replaces the old one where it stood:
    the order of the other moves does not change."""
    again = register_move(Relabel(code="PL101", name="supplier_substitution"))
    moves = registered_moves()
    assert moves[0] is again
    assert [m.name for m in moves] == [n for n, _ in BUILT_IN]


def test_register_move_on_a_class_that_needs_arguments_says_how_to_register_it(own_registry):
    """A class that cannot be made without arguments cannot be registered as a decorator;
    the error names the class and the way that works, and nothing is registered."""

    @dataclass(frozen=True)
    class Needy:
        threshold: float
        name: str = "needy"
        code: str = "PL198"
        description: str = "needs a threshold"

        def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
            return iter(())

    with pytest.raises(TypeError, match=r"Needy\(\) cannot be made without arguments") as e:
        register_move(Needy)
    assert "register_move(" in str(e.value)
    assert "needy" not in [m.name for m in registered_moves()]


def test_register_move_refuses_an_object_that_is_not_a_move(own_registry):
    """An object without a move's attributes is refused at registration, not when the
    search first calls it."""
    with pytest.raises(TypeError, match="does not have the attributes of an evasion move"):
        register_move(object())  # type: ignore[call-overload]
    assert [m.name for m in registered_moves()] == [n for n, _ in BUILT_IN]
