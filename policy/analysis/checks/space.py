"""Questions the per-regime checks ask of a regime's symbolic space
(:class:`~policy.analysis.symbolic.RegimeSpace`) by rule id rather than by slot: a rule
with several versions in force is one rule to a reader of the findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from policy.analysis._mdd import FALSE
from policy.analysis.partition import Partition, Slot
from policy.analysis.symbolic import RegimeSpace
from policy.model.rules import Rule


def by_rule_id(
    space: RegimeSpace, slots: Iterable[Slot], fn: Callable[[Slot], int]
) -> dict[str, int]:
    """``fn`` of each rule slot, joined (or) over the versions in force that share an id."""
    m = space.mdd
    out: dict[str, int] = {}
    for s in slots:
        assert s.rule is not None
        out[s.rule.id] = m.disj(out.get(s.rule.id, FALSE), fn(s))
    return out


def rule_of(space: RegimeSpace, rid: str) -> Rule:
    """The rule with id ``rid`` (the last version in force, as a scan of the cells would
    have remembered it)."""
    rule = None
    for s in space.rules:
        if s.rule is not None and s.rule.id == rid:
            rule = s.rule
    assert rule is not None
    return rule


def param_axes(part: Partition) -> list[str]:
    """The names of the partition's parameter axes, in the partition's order."""
    return [a.name for a in part.axes if a.kind == "param"]
