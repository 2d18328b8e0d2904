"""Mutants: small, plausible mistakes in one regime's law, and what an operator sees.

A :class:`Mutant` is the regime as it would be after one mistake a policy engineer could
make (``>`` typed for ``>=``, a country left out of a group, a licence exception
forgotten...), with the dates on which that mistake changes the law. It is a whole
:class:`~policy.model.regimes.Regime` (all dates, examples included), so that the examples
are decided by the engine exactly as ``policy check`` decides them. Every edit is made on
the version of the law in force on a date: :class:`MutationContext` gives an operator that
version's rules, carve-outs, reach, groups and lists, and the sites where conditions are
written in them.

Conditions are edited by *path*: the indexes of the children to follow from the root
(``all``/``any`` members, ``0`` for the condition under a ``not``), written
``when.1.0.0`` in mutant ids.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from policy.model import vocabulary as v
from policy.model.conditions import All, AnyOf, Condition, Countries, Not
from policy.model.parties import CountryGroup, PartyList
from policy.model.regimes import Regime
from policy.model.rules import Carveout, Nexus, Rule
from policy.model.world import World

#: A path into a condition: the index of the child followed at each level.
CondPath = tuple[int, ...]

SiteKind = Literal["rule", "carveout", "nexus"]


@dataclass(frozen=True)
class Mutant:
    """One regime with one mistake in it.

    ``id`` is stable across runs (``US/US-3A090.a@2023-11-17/comparison_flipped/when.1.0``);
    ``target`` names what was edited (``US-3A090.a@2023-11-17``, ``group D:5``, ``list
    entity_list``, ``nexus us-origin@2022-10-07``); ``rule`` is the rule version the mutant
    is reported at (the edited rule, or the first rule in force that reads the edited
    group, list or nexus); ``regime`` is the mutated regime; ``days`` the dates whose law
    the mistake changes (the date mutated for most operators; the day either side of a
    moved date for :func:`date_moved`); ``period`` the half-open span of dates
    ``[start, end)`` outside which it changes no decision (``None``: unbounded), so that
    examples dated outside it need not be decided.
    """

    id: str
    operator: str
    jurisdiction: str
    target: str
    description: str
    regime: Regime = field(repr=False, compare=False)
    days: tuple[dt.date, ...]
    rule: Rule | None = field(default=None, repr=False, compare=False)
    period: tuple[dt.date | None, dt.date | None] = (None, None)

    def may_change(self, on: dt.date) -> bool:
        """Whether the mutant can decide a transaction dated ``on`` otherwise than the law."""
        start, end = self.period
        return (start is None or start <= on) and (end is None or on < end)

    @property
    def rule_id(self) -> str | None:
        return self.rule.id if self.rule is not None else None


@dataclass(frozen=True)
class Site:
    """A place where a condition is written in the law in force: a rule's ``when``, one
    of its carve-outs' ``when``, or a nexus's ``when``."""

    kind: SiteKind
    when: Condition
    rule: Rule | None = None
    carveout: Carveout | None = None
    nexus: Nexus | None = None

    @property
    def target(self) -> str:
        """The rule version or nexus the site belongs to (``US-3A090.a@2023-11-17``)."""
        if self.nexus is not None:
            return f"nexus {self.nexus.id}@{self.nexus.effective.isoformat()}"
        assert self.rule is not None
        return self.rule.key

    @property
    def prefix(self) -> str:
        """How mutant ids name the site: ``when`` or ``carveout:NAC``."""
        return f"carveout:{self.carveout.id}" if self.carveout is not None else "when"

    @property
    def phrase(self) -> str:
        """How descriptions name the site: "the rule's condition", "carve-out NAC"..."""
        if self.carveout is not None:
            return f"carve-out {self.carveout.id}"
        return "the nexus's condition" if self.nexus is not None else "the rule's condition"

    def path_id(self, path: CondPath) -> str:
        return ".".join([self.prefix, *(str(i) for i in path)])


# --------------------------------------------------------------------------- conditions


def walk(cond: Condition, path: CondPath = ()) -> Iterator[tuple[CondPath, Condition]]:
    """Every node of ``cond`` with its path, parents before children, left to right."""
    yield path, cond
    for i, child in enumerate(cond.children()):
        yield from walk(child, (*path, i))


def replace_at(cond: Condition, path: CondPath, new: Condition) -> Condition:
    """``cond`` with the node at ``path`` replaced by ``new`` (the rest shared)."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(cond, Not):
        return cond.model_copy(update={"of": replace_at(cond.of, rest, new)})
    if isinstance(cond, All | AnyOf):
        of = list(cond.of)
        of[head] = replace_at(of[head], rest, new)
        return cond.model_copy(update={"of": tuple(of)})
    raise ValueError(f"no child {head} under {cond.code()}")


def short(cond: Condition, limit: int = 90) -> str:
    """A condition's code, cut to ``limit`` characters for a description."""
    text = cond.code()
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --------------------------------------------------------------------------- the context


@dataclass
class MutationContext:
    """What an operator sees: the whole ``world``, one ``regime`` (all its dates) and the
    date ``on`` whose law is mutated."""

    world: World
    regime: Regime
    on: dt.date

    @property
    def jurisdiction(self) -> str:
        return self.regime.jurisdiction

    @functools.cached_property
    def rules(self) -> tuple[Rule, ...]:
        """The rule versions in force on ``on``, as written (every carve-out, dated)."""
        return tuple(r for r in self.regime.rules if r.active(self.on))

    def carveouts(self, rule: Rule) -> tuple[Carveout, ...]:
        """The carve-outs of ``rule`` in force on ``on``."""
        return rule.carveouts_on(self.on)

    @functools.cached_property
    def reach(self) -> tuple[Nexus, ...]:
        return tuple(n for n in self.regime.reach if n.active(self.on))

    @functools.cached_property
    def sites(self) -> tuple[Site, ...]:
        """Every condition written in the law in force: each rule's, its carve-outs', and
        each nexus's."""
        out: list[Site] = []
        for r in self.rules:
            out.append(Site("rule", r.when, rule=r))
            out.extend(Site("carveout", c.when, rule=r, carveout=c) for c in self.carveouts(r))
        out.extend(Site("nexus", n.when, nexus=n) for n in self.reach)
        return tuple(out)

    @functools.cached_property
    def referenced(self) -> dict[tuple[str, str], tuple[Rule | None, ...]]:
        """``(kind, id)`` of each group and list the law in force reads (``("group",
        "D:5")``) -> the rules whose conditions read it (``None`` for a nexus)."""
        out: dict[tuple[str, str], list[Rule | None]] = {}
        for s in self.sites:
            for ref in sorted(set(s.when.references())):
                rules = out.setdefault(ref, [])
                if s.rule not in rules:
                    rules.append(s.rule)
        return {k: tuple(x) for k, x in sorted(out.items())}

    def reporting_rule(self, ref: tuple[str, str]) -> Rule | None:
        """The rule a mutant of a group or list is reported at: the first rule in force
        that reads it (a rule that reads it only through the reach: the first rule)."""
        rules = [r for r in self.referenced.get(ref, ()) if r is not None]
        return rules[0] if rules else (self.rules[0] if self.rules else None)

    @functools.cached_property
    def named_countries(self) -> tuple[str, ...]:
        """The countries the law in force names one by one (``destination("MO", ...)``)."""
        named: set[str] = set()
        for s in self.sites:
            for _, node in walk(s.when):
                if isinstance(node, Countries):
                    named.update(node.countries)
        return tuple(sorted(named))

    @functools.cached_property
    def country_classes(self) -> tuple[tuple[str, ...], ...]:
        """The countries the law in force treats alike, as classes: two countries are in
        one class when every group the law reads (as of ``on``) and every list of
        countries it names holds both or neither (the classes the partition cuts a country
        axis into). Each class is sorted with the most readable country first."""
        groups = [
            (g.id, set(g.members_on(self.on)))
            for g in self.regime.groups
            if ("group", g.id) in self.referenced
        ]
        literals: list[set[str]] = []
        for s in self.sites:
            for _, node in walk(s.when):
                if isinstance(node, Countries) and node.countries:
                    literals.append(set(node.countries))
        classes: dict[tuple[object, ...], list[str]] = {}
        for c in v.countries():
            sig = (
                tuple(gid for gid, members in groups if c in members),
                tuple(i for i, lit in enumerate(literals) if c in lit),
            )
            classes.setdefault(sig, []).append(c)
        rank = self.preference
        return tuple(
            sorted(
                (tuple(sorted(members, key=rank)) for members in classes.values()),
                key=lambda cls: rank(cls[0]),
            )
        )

    def preference(self, country: str) -> tuple[int, str]:
        """Sort key of countries for witnesses and examples: the regimes' and suppliers'
        own countries first, then the countries where named parties are, then the rest
        alphabetically."""
        known = [r.jurisdiction for r in self.world.regimes]
        known += sorted({s.jurisdiction for s in self.world.suppliers})
        known += sorted({p.country for p in self.world.parties().values()})
        order = {c: i for i, c in enumerate(dict.fromkeys(known))}
        return (order.get(country, len(order)), country)

    # ---------------------------------------------------------------- building mutants
    def with_rules(self, replace: dict[str, tuple[Rule, ...]]) -> Regime:
        """The regime with each rule version whose key is in ``replace`` replaced by the
        versions given there (none: the version is dropped)."""
        rules: list[Rule] = []
        for r in self.regime.rules:
            rules.extend(replace.get(r.key, (r,)))
        return self.regime.model_copy(update={"rules": tuple(rules)})

    def with_site(self, site: Site, when: Condition) -> Regime:
        """The regime with the condition written at ``site`` replaced by ``when``."""
        if site.nexus is not None:
            target = site.nexus
            reach = tuple(
                n.model_copy(update={"when": when}) if n is target else n for n in self.regime.reach
            )
            return self.regime.model_copy(update={"reach": reach})
        rule = site.rule
        assert rule is not None
        if site.carveout is None:
            return self.with_rules({rule.key: (rule.model_copy(update={"when": when}),)})
        carveouts = tuple(
            c.model_copy(update={"when": when}) if c is site.carveout else c for c in rule.carveouts
        )
        return self.with_rules({rule.key: (rule.model_copy(update={"carveouts": carveouts}),)})

    def with_group(self, group: CountryGroup) -> Regime:
        groups = tuple(group if g.id == group.id else g for g in self.regime.groups)
        return self.regime.model_copy(update={"groups": groups})

    def with_list(self, plist: PartyList) -> Regime:
        lists = tuple(plist if li.id == plist.id else li for li in self.regime.lists)
        return self.regime.model_copy(update={"lists": lists})

    def mutant(
        self,
        operator: str,
        target: str,
        detail: str,
        description: str,
        regime: Regime,
        *,
        rule: Rule | None,
        days: tuple[dt.date, ...] | None = None,
        period: tuple[dt.date | None, dt.date | None] = (None, None),
    ) -> Mutant:
        """A mutant of this regime (its id is ``jurisdiction/target/operator/detail``)."""
        return Mutant(
            id="/".join((self.jurisdiction, target.replace(" ", ":"), operator, detail)),
            operator=operator,
            jurisdiction=self.jurisdiction,
            target=target,
            description=description,
            regime=regime,
            days=days or (self.on,),
            rule=rule,
            period=period,
        )


__all__ = [
    "CondPath",
    "Mutant",
    "MutationContext",
    "Site",
    "replace_at",
    "short",
    "walk",
]
