"""What a pull request touches: the rules, groups, lists and nexus whose JSON differs from
the base revision's (``policy mutate --changed --base main``).

A rule version is compared with the version of the same id and effective date in the base
(a new id or date is a change); where it is written (its file and line) is not part of it,
so moving a rule is not a change, but editing its examples is (its tests changed). The
result names targets as mutant ids do (``US-3A090.a@2023-11-17``, ``group D:5``, ``list
entity_list``, ``nexus us-origin@2022-10-07``), so the run keeps exactly their mutants.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel

from policy.model.regimes import Regime
from policy.model.world import World


def _json(item: BaseModel) -> Any:
    return _placeless(item.model_dump(mode="json"))


def _placeless(node: Any) -> Any:
    """``node`` without any ``defined_at``: neither a rule's nor its examples' place is law."""
    if isinstance(node, dict):
        return {k: _placeless(v) for k, v in node.items() if k != "defined_at"}
    if isinstance(node, list):
        return [_placeless(v) for v in node]
    return node


def _targets(regime: Regime) -> Iterator[tuple[str, BaseModel]]:
    for r in regime.rules:
        yield r.key, r
    for n in regime.reach:
        yield f"nexus {n.id}@{n.effective.isoformat()}", n
    for g in regime.groups:
        yield f"group {g.id}", g
    for li in regime.lists:
        yield f"list {li.id}", li


def changed_targets(base: World, head: World) -> frozenset[tuple[str, str]]:
    """``(jurisdiction, target)`` for every rule version, nexus, group and list of ``head``
    that ``base`` does not have, or has with other JSON."""
    out: set[tuple[str, str]] = set()
    for regime in head.regimes:
        old: dict[str, Any] = {}
        if regime.jurisdiction in base.jurisdictions:
            old = {t: _json(x) for t, x in _targets(base.regime(regime.jurisdiction))}
        for target, item in _targets(regime):
            if old.get(target) != _json(item):
                out.add((regime.jurisdiction, target))
    return frozenset(out)


def describe_targets(targets: Iterable[tuple[str, str]]) -> str:
    """``US: US-3A090.a@2023-11-17, group D:5; JP: ...`` (or "nothing")."""
    by: dict[str, list[str]] = {}
    for jur, target in sorted(targets):
        by.setdefault(jur, []).append(target)
    return "; ".join(f"{j}: {', '.join(ts)}" for j, ts in by.items()) or "nothing"


__all__ = ["changed_targets", "describe_targets"]
