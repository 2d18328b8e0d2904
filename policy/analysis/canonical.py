"""The canonical order of a world, so that what the analysis finds does not depend on how the
law was written down.

The same law can be given as regimes in any order (files in a directory sort by name; a
world JSON lists its regimes as its author wrote them), with rules, carve-outs, nexuses,
groups, members, lists, listings and parties in any order. None of these orders carries
meaning for an outcome: the overall outcome is the most restrictive verdict, a rule's
outcome after its carve-outs is the lowest one that holds, group membership is a set. But
every place the analysis *iterates* (which regime's cut comes first, which rule is named
first among equally restrictive ones, which class member represents a class) would let the
written order leak into the wording, the attribution and so the fingerprint of a finding,
and a baseline would go stale when a file is renamed. :func:`canonical_world` fixes one
order (by stable keys: jurisdiction, id, date) before any check runs.
"""

from __future__ import annotations

from policy.model.parties import CountryGroup, PartyList
from policy.model.regimes import Regime
from policy.model.rules import Rule
from policy.model.world import Supplier, World

__all__ = ["canonical_regime", "canonical_world"]


def _rule(rule: Rule) -> Rule:
    carveouts = tuple(sorted(rule.carveouts, key=lambda c: (c.id, c.effective)))
    if carveouts == rule.carveouts:
        return rule
    return rule.model_copy(update={"carveouts": carveouts})


def _group(group: CountryGroup) -> CountryGroup:
    members = tuple(
        sorted(
            group.members,
            key=lambda m: (m.country, m.start.isoformat() if m.start else ""),
        )
    )
    return group if members == group.members else group.model_copy(update={"members": members})


def _list(li: PartyList) -> PartyList:
    listings = tuple(
        sorted(
            li.listings,
            key=lambda e: (e.party, e.start.isoformat() if e.start else "", e.tags),
        )
    )
    return li if listings == li.listings else li.model_copy(update={"listings": listings})


def canonical_regime(regime: Regime) -> Regime:
    """``regime`` with its reach, rules (each version after the one it follows), carve-outs,
    groups and their members, lists and their listings, and parties in canonical order."""
    update = {
        "reach": tuple(sorted(regime.reach, key=lambda n: (n.id, n.effective))),
        "rules": tuple(sorted((_rule(r) for r in regime.rules), key=lambda r: (r.id, r.effective))),
        "groups": tuple(sorted((_group(g) for g in regime.groups), key=lambda g: g.id)),
        "lists": tuple(sorted((_list(li) for li in regime.lists), key=lambda li: li.id)),
        "parties": tuple(sorted(regime.parties, key=lambda p: p.id)),
    }
    if all(update[k] == getattr(regime, k) for k in update) and all(
        a is b for k in update for a, b in zip(update[k], getattr(regime, k), strict=True)
    ):
        return regime
    return regime.model_copy(update=update)


def _supplier_key(s: Supplier) -> tuple[str, str, str, tuple[tuple[str, float], ...]]:
    return (s.jurisdiction, s.firm, s.kind, tuple(sorted(s.capability.items())))


def canonical_world(world: World) -> World:
    """``world`` with its regimes by jurisdiction, each in canonical order
    (:func:`canonical_regime`), and its suppliers by (jurisdiction, firm, kind): the world
    every check runs on. The same object when it is already canonical (so its caches
    stay)."""
    regimes = tuple(sorted((canonical_regime(r) for r in world.regimes), key=_jurisdiction))
    suppliers = tuple(sorted(world.suppliers, key=_supplier_key))
    same = all(a is b for a, b in zip(regimes, world.regimes, strict=True)) and all(
        a is b for a, b in zip(suppliers, world.suppliers, strict=True)
    )
    if same:
        return world
    return World(regimes=regimes, suppliers=suppliers)


def _jurisdiction(r: Regime) -> str:
    return r.jurisdiction
