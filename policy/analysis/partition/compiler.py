"""The condition compiler: the conditions in scope as expressions over atoms.

Every condition in scope (each nexus, rule and carve-out of the regimes in force on a date)
becomes one *slot*, whose expression (in the process-wide table of
:mod:`policy.analysis._expr`) is a boolean combination of *atoms*: ``tpp >= 4800``, "the
destination is in D:5", "the end user is on the Entity List". Each atom names the axis it
reads; the compiler keeps every atom's payload per axis (:attr:`Compiler.raw`) for the axis
builders (:mod:`policy.analysis.partition.classes`) and for evaluating atoms on a
transaction (:mod:`policy.analysis.partition.locate`).

A country condition on the end user's country or headquarters reads the destination too
(an end user given without a country is in the destination), so it compiles to atoms on
both axes. Persons' nationalities are cut into classes here, before the expressions, since
a persons atom is a disjunction over them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from policy.analysis._expr import FALSE, TABLE, TRUE
from policy.engine.decide import regime_indexes
from policy.engine.facts import member_of
from policy.engine.scope import RegimeIndex
from policy.model import vocabulary as v
from policy.model.conditions import (
    All,
    AnyOf,
    Channel,
    Classified,
    Compare,
    Condition,
    Const,
    Content,
    Countries,
    EndUse,
    Flag,
    Kind,
    Listed,
    MadeWith,
    Not,
    Producer,
    producer_key,
)
from policy.model.conditions.node import PARTY_COUNTRY_FIELDS
from policy.model.parties import Party
from policy.model.regimes import Regime
from policy.model.rules import Carveout, Nexus, Rule
from policy.model.world import World

Role = Literal["nexus", "rule", "carveout"]


@dataclass(frozen=True)
class Slot:
    """One condition in scope: a nexus, a rule or a carve-out of one regime."""

    index: int
    jurisdiction: str
    role: Role
    id: str
    expr: int
    rule: Rule | None = None
    nexus: Nexus | None = None
    carveout: Carveout | None = None
    #: for a carve-out, the slot of its rule
    parent: int | None = None

    @property
    def label(self) -> str:
        if self.role == "carveout":
            assert self.rule is not None
            return f"{self.rule.id} carve-out {self.id}"
        return f"{self.role} {self.id}" if self.role == "nexus" else self.id


class ScopedCondition(NamedTuple):
    """One condition in scope as :meth:`Compiler.collect` finds it: whose it is, what it
    is (``role``, ``id``), the condition, and the object it belongs to (the nexus, the
    rule, or the (rule, carve-out) pair)."""

    jurisdiction: str
    role: Role
    id: str
    when: Condition
    owner: Any


class Compiler:
    """Turns the conditions of the regimes in force into expressions and axes."""

    def __init__(self, world: World, on: dt.date, jurisdictions: Sequence[str] | None) -> None:
        self.world = world
        self.on = on
        self.indexes: dict[str, RegimeIndex] = regime_indexes(world)
        current = world.as_of(on)
        self.regimes: list[Regime] = [
            r for r in current.regimes if jurisdictions is None or r.jurisdiction in jurisdictions
        ]
        self.parties: dict[str, Party] = world.parties()
        # raw atoms per axis name, collected before the classes exist
        self.raw: dict[str, dict[Hashable, Any]] = {}
        self.persons_atoms: dict[Hashable, tuple[str, Countries]] = {}
        self.country_mentions: dict[str, int] = {}
        self.field_mentions: dict[tuple[str, str], int] = {}
        # By code, not in the order the regimes were given: the order must not matter.
        known = sorted(r.jurisdiction for r in world.regimes)
        known += sorted({s.jurisdiction for s in world.suppliers})
        self.fallback: dict[str, int] = {}
        for code in [*known, *WELL_KNOWN]:
            if code in v.countries():
                self.fallback.setdefault(code, len(self.fallback))
        # Where the named parties are: the usual destinations of the cases the law is about.
        homes: dict[str, int] = {}
        for party in self.parties.values():
            homes[party.country] = homes.get(party.country, 0) + 1
        self.party_homes = homes
        self.persons_classes: list[PersonsClass] = []

    # -------------------------------------------------------------- pass 1: atoms
    def collect(self) -> list[ScopedCondition]:
        """The conditions in scope, in the order of the slots (per regime: its reach, then
        each rule followed by its carve-outs), noting the countries they name."""
        items: list[ScopedCondition] = []
        for r in self.regimes:
            for n in r.reach:
                items.append(ScopedCondition(r.jurisdiction, "nexus", n.id, n.when, n))
            for rule in r.rules:
                items.append(ScopedCondition(r.jurisdiction, "rule", rule.id, rule.when, rule))
                for c in rule.carveouts:
                    items.append(
                        ScopedCondition(r.jurisdiction, "carveout", c.id, c.when, (rule, c))
                    )
        for jur, _, _, cond, _ in items:
            for atom in cond.atoms():
                self._note(jur, atom)
        return items

    def _note(self, jur: str, a: Condition) -> None:
        if isinstance(a, Countries):
            for c in a.countries:
                self.country_mentions[c] = self.country_mentions.get(c, 0) + 1
                k = (a.field, c)
                self.field_mentions[k] = self.field_mentions.get(k, 0) + 1
            if a.field == "persons":
                self.persons_atoms[self._ckey(jur, "persons", a)] = (jur, a)

    @staticmethod
    def _ckey(jur: str, fld: str, a: Countries) -> Hashable:
        # Literal country sets mean the same in every regime; groups are the regime's own.
        return ("country", fld, jur if a.groups else "", a.countries, a.groups)

    # -------------------------------------------------------------- group membership
    def in_set(self, jur: str, countries: tuple[str, ...], groups: tuple[str, ...], c: str) -> bool:
        if c in countries:
            return True
        index = self.indexes.get(jur)
        if index is None:
            return False
        day = self.on.toordinal()
        return any(member_of(index.members.get(g, {}), c, day) for g in groups)

    # -------------------------------------------------------------- pass 2: expressions
    def expr(self, jur: str, c: Condition) -> int:
        """The expression of ``c`` read with ``jur``'s groups and lists (its atoms are
        created as they are met)."""
        t = TABLE
        if isinstance(c, Const):
            return TRUE if c.value else FALSE
        if isinstance(c, All):
            return t.conj(self.expr(jur, x) for x in c.of)
        if isinstance(c, AnyOf):
            return t.disj(self.expr(jur, x) for x in c.of)
        if isinstance(c, Not):
            return t.neg(self.expr(jur, c.of))
        if isinstance(c, Compare):
            return self._atom(("cmp", c.param, c.op, c.value), f"param:{c.param}", c)
        if isinstance(c, Content):
            return self._atom(
                ("content", c.jurisdiction, c.cmp, c.value), f"content:{c.jurisdiction}", c
            )
        if isinstance(c, Kind):
            return self._atom(("kind", c.kinds), "kind", c)
        if isinstance(c, Flag):
            return self._atom(("flag", c.flag), f"flag:{c.flag}", c)
        if isinstance(c, Classified):
            return self._atom(
                ("classified", c.jurisdiction, c.prefixes), f"class:{c.jurisdiction}", c
            )
        if isinstance(c, Channel):
            return self._atom(("channel", c.channels), "channel", c)
        if isinstance(c, EndUse):
            return t.disj(self._atom(("end_use", u), f"end_use:{u}", u) for u in c.uses)
        if isinstance(c, MadeWith):
            return t.disj(
                self._atom(("made_with", j), f"made_with:{j}", j) for j in c.jurisdictions
            )
        if isinstance(c, Listed):
            key = ("listed", jur, c.list, c.tags, c.min_share)
            return self._atom(key, "end_user", (jur, c))
        if isinstance(c, Countries):
            return self._countries(jur, c)
        if isinstance(c, Producer):
            names = tuple(sorted({producer_key(n) for n in c.names}))
            return self._atom(("producer", names), "producer", c)
        raise TypeError(f"unknown condition {type(c).__name__}")

    def _atom(self, key: Hashable, axis: str, payload: Any) -> int:
        self.raw.setdefault(axis, {})[key] = payload
        return TABLE.atom(key, axis)

    def _countries(self, jur: str, c: Countries) -> int:
        t = TABLE
        if c.field in ("exporter", "destination", "origin", *PARTY_COUNTRY_FIELDS):
            return self._atom(self._ckey(jur, c.field, c), f"country:{c.field}", (jur, c))
        if c.field == "persons":
            k = self._ckey(jur, "persons", c)
            return t.disj(
                self._atom(("persons", cls.value), f"persons:{cls.value}", cls.value)
                for cls in self.persons_classes
                if k in cls.payload_true
            )
        dest = self._atom(
            self._ckey(jur, "destination", c), "country:destination", (jur, c.model_copy())
        )
        if c.field == "end_user.country":
            follows = self._atom(("eu-country-follows-destination",), "end_user", None)
            own = self._atom(
                ("eu-country", jur if c.groups else "", c.countries, c.groups), "end_user", (jur, c)
            )
            return t.disj([t.conj([follows, dest]), t.conj([t.neg(follows), own])])
        follows = self._atom(("eu-hq-follows-destination",), "end_user", None)
        own = self._atom(
            ("eu-hq", jur if c.groups else "", c.countries, c.groups), "end_user", (jur, c)
        )
        return t.disj([t.conj([follows, dest]), own])

    # -------------------------------------------------------------- persons classes
    def build_persons_classes(self) -> None:
        """Classes of nationalities that every persons atom treats alike; a transaction's
        persons are then described by which classes they include."""
        sig: dict[frozenset[Hashable], list[str]] = {}
        for code in v.countries():
            true = frozenset(
                k
                for k, (jur, a) in self.persons_atoms.items()
                if self.in_set(jur, a.countries, a.groups, code)
            )
            if true:
                sig.setdefault(true, []).append(code)
        self.persons_classes = [
            PersonsClass(
                value=self.prefer(members, "persons"), payload_true=true, members=tuple(members)
            )
            for true, members in sorted(
                sig.items(),
                key=lambda kv: self.prefer_key(self.prefer(kv[1], "persons"), "persons"),
            )
        ]

    # -------------------------------------------------------------- preferences
    def prefer_key(self, code: str, fld: str = "destination") -> tuple[int, ...]:
        """How readable a country is as the representative of its class on ``fld``:
        countries the conditions name on that field first; for a destination, then those
        named anywhere; for the fields that say where an item comes from, then the
        jurisdictions, suppliers and well-known producers."""
        named = -self.field_mentions.get((fld, code), 0)
        anywhere = -self.country_mentions.get(code, 0)
        known = self.fallback.get(code, len(self.fallback))
        if fld == "destination":
            home = -self.party_homes.get(code, 0)
            return (home, named, anywhere, known, ord(code[0]), ord(code[1]))
        return (named, known, anywhere, ord(code[0]), ord(code[1]))

    def prefer(self, members: Iterable[str], fld: str = "destination") -> str:
        return min(members, key=lambda c: self.prefer_key(c, fld))


#: Tie-breakers for representatives: producers and trade hubs a reader recognises.
WELL_KNOWN = ("US", "JP", "NL", "DE", "KR", "TW", "SG", "GB", "FR", "IN", "MY", "VN", "BR")


@dataclass(frozen=True)
class PersonsClass:
    """Nationalities every persons atom treats alike: ``payload_true`` holds the keys of
    the persons atoms a person of this class makes true."""

    value: str
    payload_true: frozenset[Hashable]
    members: tuple[str, ...]


def compile_conditions(
    world: World,
    on: dt.date,
    jurisdictions: Sequence[str] | None = None,
    extra: Sequence[tuple[str, Condition]] = (),
) -> tuple[Compiler, tuple[Slot, ...]]:
    """The compiler of the regimes of ``world`` in force ``on`` (or only ``jurisdictions``)
    with every condition in scope compiled, and the slots in order.

    ``extra`` are more conditions (each read with a jurisdiction's groups and lists) that
    the axes must also cut along, though they are no slot: a cross-regime check asks
    ``compiler.expr(jurisdiction, condition)`` for them afterwards (the same expression)."""
    comp = Compiler(world, on, jurisdictions)
    items = comp.collect()
    for jur, cond in extra:
        for atom in cond.atoms():
            comp._note(jur, atom)
    comp.build_persons_classes()
    for jur, cond in extra:
        comp.expr(jur, cond)
    slots: list[Slot] = []
    last_rule = -1
    for jur, role, sid, cond, obj in items:
        e = comp.expr(jur, cond)
        if role == "nexus":
            slots.append(Slot(len(slots), jur, role, sid, e, nexus=obj))
        elif role == "rule":
            last_rule = len(slots)
            slots.append(Slot(len(slots), jur, role, sid, e, rule=obj))
        else:
            rule, c = obj
            slots.append(
                Slot(len(slots), jur, role, sid, e, rule=rule, carveout=c, parent=last_rule)
            )
    return comp, tuple(slots)
