"""Mutation operators: the mistakes ``policy mutate`` plants, one small object each.

An operator is any object with ``name``, ``description`` and ``mutants(ctx)`` (the
:class:`Operator` protocol: no base class), which yields the :class:`Mutant` regimes it
makes from the law in force that :class:`MutationContext` shows it.
:func:`register_operator` adds one (as a call on an instance, or as a decorator on a class
that can be made without arguments); operators run in the order they were registered.

The built-in operators come from the fault model of access-control policies (Martin and
Xie, WWW 2007: flipped effects, targets and conditions) and from the mistakes policy
engineers make in export-control law:

* ``comparison_flipped``: ``>=`` written ``>``, ``>`` written ``>=``, ``<`` and ``<=``
  likewise (a parameter or a content share);
* ``threshold_moved``: a constant moved one step either way (the step of the parameter's
  precision; one percentage point for a content share);
* ``conjunct_dropped``: one member of an ``all`` left out;
* ``country_dropped`` / ``country_added``: a member of a country group the law reads left
  out; a country added to it, one from each class of countries the law treats alike
  (and each country it names one by one);
* ``party_dropped``: a party left off a list the law reads;
* ``carveout_dropped``: a licence exception forgotten;
* ``outcome_weakened`` / ``outcome_strengthened``: a rule's or carve-out's outcome one
  level lower or higher (no licence required, licence required, prohibited);
* ``date_moved``: a rule's effective or end date one day early or late (and, where a
  version of the same rule starts or ends that day, the handover with it);
* ``nexus_dropped``: a way the law reaches transactions left out;
* ``rule_dropped``: a rule left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, TypeVar, overload, runtime_checkable

from policy.analysis.mutate.mutants import (
    Mutant,
    MutationContext,
    Site,
    replace_at,
    short,
    walk,
)
from policy.analysis.partition.axes import number_step
from policy.model import vocabulary as v
from policy.model.conditions import All, Compare, Condition, Content
from policy.model.decisions import Outcome
from policy.model.parties import Membership
from policy.model.rules import Rule


@runtime_checkable
class Operator(Protocol):
    """A mutation operator: ``mutants`` makes the mutants of one regime's law on a date."""

    @property
    def name(self) -> str: ...

    @property
    def description(self) -> str: ...

    def mutants(self, ctx: MutationContext) -> Iterable[Mutant]: ...


_OPERATORS: dict[str, Operator] = {}

Op = TypeVar("Op", bound=Operator)


@overload
def register_operator(operator: type[Op]) -> type[Op]: ...


@overload
def register_operator(operator: Op) -> Op: ...


def register_operator(operator: type[Op] | Op) -> type[Op] | Op:
    """Add ``operator`` (replacing one with the same name, in its place) and return it.
    Given a class, registers an instance made without arguments and returns the class."""
    if isinstance(operator, type):
        try:
            instance = operator()
        except TypeError as e:
            raise TypeError(
                f"@register_operator: {operator.__qualname__}() cannot be made without"
                f" arguments ({e}); register an instance instead"
            ) from None
        register_operator(instance)
        return operator
    if not isinstance(operator, Operator):
        raise TypeError(f"{operator!r} does not have the attributes of a mutation operator")
    _OPERATORS[operator.name] = operator
    return operator


def registered_operators() -> list[Operator]:
    """Every registered operator, in registration order."""
    return list(_OPERATORS.values())


# --------------------------------------------------------------------------- helpers


def _site_rule(ctx: MutationContext, site: Site) -> Rule | None:
    """The rule a mutant of ``site`` is reported at: its own rule, or for a nexus the
    first rule that names it (else the first rule in force)."""
    if site.rule is not None:
        return site.rule
    assert site.nexus is not None
    return _nexus_rule(ctx, site.nexus.id)


def _site_period(site: Site) -> tuple[dt.date | None, dt.date | None]:
    """The dates on which an edit at ``site`` can change the law: those of its rule
    version or nexus (an edited carve-out is read only while its rule is in force)."""
    owner = site.nexus if site.nexus is not None else site.rule
    assert owner is not None
    return (owner.effective, owner.end)


def _nexus_rule(ctx: MutationContext, nexus_id: str) -> Rule | None:
    named = [r for r in ctx.rules if nexus_id in r.nexus]
    return named[0] if named else (ctx.rules[0] if ctx.rules else None)


def _dated(name: str, start: dt.date | None) -> str:
    """How a mutant id names a membership or listing: ``MM``; ``NI@2024-03-15`` for one
    that starts on a date (a country may join a group twice)."""
    return name if start is None else f"{name}@{start.isoformat()}"


def _number(x: float) -> float:
    """``x`` without float noise (``4800.0`` stays a float; ``5.930000001`` is 5.93)."""
    return round(x, 6)


#: The comparator a flipped comparison is written with.
FLIPPED = {">=": ">", ">": ">=", "<": "<=", "<=": "<"}

#: The outcomes a rule or carve-out can state, from the least restrictive.
LEVELS = (Outcome.NO_LICENSE_REQUIRED, Outcome.LICENSE_REQUIRED, Outcome.PROHIBITED)


# --------------------------------------------------------------------------- conditions


@register_operator
@dataclass(frozen=True)
class ComparisonFlipped:
    """``>=`` written ``>`` (and back), ``<`` written ``<=`` (and back): the boundary value
    falls on the other side."""

    name: str = "comparison_flipped"
    description: str = "a comparison's inclusive and exclusive forms swapped"

    def mutants(self, ctx: MutationContext) -> Iterator[Mutant]:
        for site in ctx.sites:
            for path, node in walk(site.when):
                new: Condition
                if isinstance(node, Compare) and node.op in FLIPPED:
                    new = node.model_copy(update={"op": FLIPPED[node.op]})
                elif isinstance(node, Content) and node.cmp in FLIPPED:
                    new = node.model_copy(update={"cmp": FLIPPED[node.cmp]})
                else:
                    continue
                yield ctx.mutant(
                    self.name,
                    site.target,
                    site.path_id(path),
                    f"`{node.code()}` written `{new.code()}` in {site.phrase}",
                    ctx.with_site(site, replace_at(site.when, path, new)),
                    rule=_site_rule(ctx, site),
                    period=_site_period(site),
                )


@register_operator
@dataclass(frozen=True)
class ThresholdMoved:
    """A constant one step higher or lower: the step of the parameter's precision (TPP 1,
    performance density 0.01), one percentage point for a content share."""

    name: str = "threshold_moved"
    description: str = "a threshold moved one step up or down"

    def mutants(self, ctx: MutationContext) -> Iterator[Mutant]:
        for site in ctx.sites:
            for path, node in walk(site.when):
                if isinstance(node, Compare):
                    step, top = number_step(node.param), None
                elif isinstance(node, Content):
                    step, top = 1.0, 100.0
                else:
                    continue
                for sign, word in ((+1, "up"), (-1, "down")):
                    value = _number(float(node.value) + sign * step)
                    if value < 0 or (top is not None and value > top):
                        continue
                    new = node.model_copy(update={"value": value})
                    yield ctx.mutant(
                        self.name,
                        site.target,
                        f"{site.path_id(path)}:{word}",
                        f"`{node.code()}` moved one step {word} to `{new.code()}` in {site.phrase}",
                        ctx.with_site(site, replace_at(site.when, path, new)),
                        rule=_site_rule(ctx, site),
                        period=_site_period(site),
                    )


@register_operator
@dataclass(frozen=True)
class ConjunctDropped:
    """One member of an ``all`` left out: the condition reaches more than the law does."""

    name: str = "conjunct_dropped"
    description: str = "one condition of a conjunction left out"

    def mutants(self, ctx: MutationContext) -> Iterator[Mutant]:
        for site in ctx.sites:
            for path, node in walk(site.when):
                if not isinstance(node, All) or len(node.of) < 2:
                    continue
                for i, member in enumerate(node.of):
                    rest = node.of[:i] + node.of[i + 1 :]
                    new: Condition = rest[0] if len(rest) == 1 else All(of=rest)
                    yield ctx.mutant(
                        self.name,
                        site.target,
                        site.path_id((*path, i)),
                        f"`{short(member)}` left out of {site.phrase}",
                        ctx.with_site(site, replace_at(site.when, path, new)),
                        rule=_site_rule(ctx, site),
                        period=_site_period(site),
                    )


# --------------------------------------------------------------------------- groups, lists


@register_operator
@dataclass(frozen=True)
class CountryDropped:
    """A member of a country group the law reads left out (the membership in force on
    the date, for all its dates)."""

    name: str = "country_dropped"
    description: str = "a country left out of a country group"

    def mutants(self, ctx: MutationContext) -> Iterator[Mutant]:
        for kind, gid in ctx.referenced:
            group = ctx.regime.group(gid) if kind == "group" else None
            if group is None:
                continue
            for m in group.members:
                if not m.active(ctx.on):
                    continue
                kept = tuple(x for x in group.members if x is not m)
                yield ctx.mutant(
                    self.name,
                    f"group {gid}",
                    _dated(m.country, m.start),
                    f"{m.country} ({v.country_name(m.country)}) left out of {gid}",
                    ctx.with_group(group.model_copy(update={"members": kept})),
                    rule=ctx.reporting_rule(("group", gid)),
                    period=(m.start, m.end),
                )


@register_operator
@dataclass(frozen=True)
class CountryAdded:
    """A country added to a country group the law reads: one from each class of countries
    the law treats alike that is not in the group, and each country the law names one by
    one (a country of the same class would change nothing more)."""

    name: str = "country_added"
    description: str = "a country added to a country group"

    def mutants(self, ctx: MutationContext) -> Iterator[Mutant]:
        for kind, gid in ctx.referenced:
            group = ctx.regime.group(gid) if kind == "group" else None
            if group is None:
                continue
            members = set(group.members_on(ctx.on))
            chosen = [cls[0] for cls in ctx.country_classes if cls[0] not in members]
            chosen += [c for c in ctx.named_countries if c not in members and c not in chosen]
            for c in sorted(chosen, key=ctx.preference):
                added = (*group.members, Membership(country=c))
                yield ctx.mutant(
                    self.name,
                    f"group {gid}",
                    c,
                    f"{c} ({v.country_name(c)}) added to {gid}",
                    ctx.with_group(group.model_copy(update={"members": added})),
                    rule=ctx.reporting_rule(("group", gid)),
                )


@register_operator
@dataclass(frozen=True)
class PartyDropped:
    """A party left off a list the law reads (its listing in force on the date)."""

    name: str = "party_dropped"
    description: str = "a party left off a list"

    def mutants(self, ctx: MutationContext) -> Iterator[Mutant]:
        for kind, lid in ctx.referenced:
            plist = ctx.regime.party_list(lid) if kind == "list" else None
            if plist is None:
                continue
            for entry in plist.listings:
                if not entry.active(ctx.on):
                    continue
                kept = tuple(x for x in plist.listings if x is not entry)
                yield ctx.mutant(
                    self.name,
                    f"list {lid}",
                    _dated(entry.party, entry.start),
                    f"{entry.party} left off {lid}",
                    ctx.with_list(plist.model_copy(update={"listings": kept})),
                    rule=ctx.reporting_rule(("list", lid)),
                    period=(entry.start, entry.end),
                )


# --------------------------------------------------------------------------- rules


@register_operator
@dataclass(frozen=True)
class CarveoutDropped:
    """A licence exception (carve-out) forgotten."""

    name: str = "carveout_dropped"
    description: str = "a carve-out left out"

    def mutants(self, ctx: MutationContext) -> Iterator[Mutant]:
        for rule in ctx.rules:
            for c in ctx.carveouts(rule):
                kept = tuple(x for x in rule.carveouts if x is not c)
                yield ctx.mutant(
                    self.name,
                    rule.key,
                    f"carveout:{c.id}",
                    f"carve-out {c.id} left out",
                    ctx.with_rules({rule.key: (rule.model_copy(update={"carveouts": kept}),)}),
                    rule=rule,
                    period=(rule.effective, rule.end),
                )


def _shifted(outcome: Outcome, by: int) -> Outcome | None:
    if outcome not in LEVELS:
        return None
    i = LEVELS.index(outcome) + by
    return LEVELS[i] if 0 <= i < len(LEVELS) else None


@dataclass(frozen=True)
class _OutcomeShifted:
    """A rule's outcome, or a carve-out's, one level off. A carve-out may not be more
    restrictive than its rule: a weakened rule's carve-outs are lowered with it, and a
    carve-out is not strengthened above its rule."""

    name: str
    description: str
    by: int
    word: str

    def mutants(self, ctx: MutationContext) -> Iterator[Mutant]:
        for rule in ctx.rules:
            new = _shifted(rule.outcome, self.by)
            if new is not None:
                carveouts = tuple(
                    c.model_copy(update={"outcome": new}) if c.outcome.rank > new.rank else c
                    for c in rule.carveouts
                )
                changed = rule.model_copy(update={"outcome": new, "carveouts": carveouts})
                yield ctx.mutant(
                    self.name,
                    rule.key,
                    "outcome",
                    f"outcome {rule.outcome.value} {self.word} to {new.value}",
                    ctx.with_rules({rule.key: (changed,)}),
                    rule=rule,
                    period=(rule.effective, rule.end),
                )
            for c in ctx.carveouts(rule):
                co = _shifted(c.outcome, self.by)
                if co is None or co.rank > rule.outcome.rank:
                    continue
                carveouts = tuple(
                    x.model_copy(update={"outcome": co}) if x is c else x for x in rule.carveouts
                )
                yield ctx.mutant(
                    self.name,
                    rule.key,
                    f"carveout:{c.id}:outcome",
                    f"carve-out {c.id}'s outcome {c.outcome.value} {self.word} to {co.value}",
                    ctx.with_rules({rule.key: (rule.model_copy(update={"carveouts": carveouts}),)}),
                    rule=rule,
                    period=(rule.effective, rule.end),
                )


OUTCOME_WEAKENED = register_operator(
    _OutcomeShifted(
        "outcome_weakened", "an outcome one level less restrictive", by=-1, word="weakened"
    )
)
OUTCOME_STRENGTHENED = register_operator(
    _OutcomeShifted(
        "outcome_strengthened", "an outcome one level more restrictive", by=+1, word="strengthened"
    )
)


@register_operator
@dataclass(frozen=True)
class DateMoved:
    """A rule's effective or end date one day early or late. Where another version of
    the rule ends the day this one starts (or starts the day it ends), the handover moves
    with it: the mistake is the date of the amendment, not an overlap of two versions.
    The mutant changes the law of one day only, which is the day compared."""

    name: str = "date_moved"
    description: str = "a rule's effective or end date moved by one day"

    def mutants(self, ctx: MutationContext) -> Iterator[Mutant]:
        one = dt.timedelta(days=1)
        for rule in ctx.rules:
            versions = [r for r in ctx.regime.rules if r.id == rule.id and r is not rule]
            before = next((r for r in versions if r.end == rule.effective), None)
            after = next((r for r in versions if r.effective == rule.end), None)
            edges: list[tuple[str, dt.date, Rule | None]] = [("effective", rule.effective, before)]
            if rule.end is not None:
                edges.append(("end", rule.end, after))
            for edge, day, other in edges:
                for sign, word in ((-1, "earlier"), (+1, "later")):
                    new_day = day + sign * one
                    replace = self._moved(rule, edge, new_day, other)
                    if replace is None:
                        continue
                    also = ""
                    if other is not None:
                        o_edge = "end" if edge == "effective" else "effective"
                        also = f" (and {other.key}'s {o_edge} with it)"
                    yield ctx.mutant(
                        self.name,
                        rule.key,
                        f"{edge}:{word}",
                        f"{edge} date {day.isoformat()} moved one day {word}, to"
                        f" {new_day.isoformat()}{also}",
                        ctx.with_rules(replace),
                        rule=rule,
                        # the one day whose law differs: the earlier of the two dates
                        days=(min(day, new_day),),
                        period=(min(day, new_day), max(day, new_day)),
                    )

    @staticmethod
    def _moved(
        rule: Rule, edge: str, day: dt.date, other: Rule | None
    ) -> dict[str, tuple[Rule, ...]] | None:
        """The replaced versions, or None where the move would empty a version."""
        start = day if edge == "effective" else rule.effective
        end = day if edge == "end" else rule.end
        if end is not None and end <= start:
            return None
        out: dict[str, tuple[Rule, ...]] = {rule.key: (rule.model_copy(update={edge: day}),)}
        if other is not None:
            o_edge = "end" if edge == "effective" else "effective"
            o_start = day if o_edge == "effective" else other.effective
            o_end = day if o_edge == "end" else other.end
            if o_end is not None and o_end <= o_start:
                return None
            out[other.key] = (other.model_copy(update={o_edge: day}),)
        return out


@register_operator
@dataclass(frozen=True)
class NexusDropped:
    """A way the law reaches transactions (a nexus of the reach) left out."""

    name: str = "nexus_dropped"
    description: str = "a nexus left out of the reach"

    def mutants(self, ctx: MutationContext) -> Iterator[Mutant]:
        for n in ctx.reach:
            kept = tuple(x for x in ctx.regime.reach if x is not n)
            yield ctx.mutant(
                self.name,
                f"nexus {n.id}@{n.effective.isoformat()}",
                "dropped",
                f"nexus {n.id} ({n.title}) left out",
                ctx.regime.model_copy(update={"reach": kept}),
                rule=_nexus_rule(ctx, n.id),
                period=(n.effective, n.end),
            )


@register_operator
@dataclass(frozen=True)
class RuleDropped:
    """A rule left out."""

    name: str = "rule_dropped"
    description: str = "a rule left out"

    def mutants(self, ctx: MutationContext) -> Iterator[Mutant]:
        for rule in ctx.rules:
            yield ctx.mutant(
                self.name,
                rule.key,
                "dropped",
                "rule left out",
                ctx.with_rules({rule.key: ()}),
                rule=rule,
                period=(rule.effective, rule.end),
            )


__all__ = [
    "FLIPPED",
    "LEVELS",
    "OUTCOME_STRENGTHENED",
    "OUTCOME_WEAKENED",
    "CarveoutDropped",
    "ComparisonFlipped",
    "ConjunctDropped",
    "CountryAdded",
    "CountryDropped",
    "DateMoved",
    "NexusDropped",
    "Operator",
    "PartyDropped",
    "RuleDropped",
    "ThresholdMoved",
    "register_operator",
    "registered_operators",
]
