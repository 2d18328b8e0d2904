"""Questions the per-regime checks ask of a regime's symbolic space
(:class:`~policy.analysis.symbolic.RegimeSpace`) by rule id rather than by slot: a rule
with several versions in force is one rule to a reader of the findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from policy.analysis._mdd import FALSE
from policy.analysis.partition import Axis, Partition, Slot
from policy.analysis.partition.axes import between, just_below, number_step
from policy.analysis.symbolic import RegimeSpace
from policy.model.rules import Rule
from policy.model.transactions import Transaction


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


def nearest(axis: Axis, k: int, *, above: bool) -> float:
    """The value of numeric class ``k`` nearest the class above it (``above``) or below
    it: what a finding comparing neighbouring classes shows, the values either side of the
    boundary rather than an arbitrary member (a wavelength of 0 nm is no tool)."""
    cls = axis.classes[k]
    step = number_step(axis.key)
    if above:
        if cls.high is None:
            return float(cls.value)
        return cls.high if cls.high_closed else just_below(cls.high, cls.low, step)
    assert cls.low is not None
    return cls.low if cls.low_closed else between(cls.low, cls.high, step, low_closed=False)


def stating(tx: Transaction, param: str, value: float) -> Transaction:
    """``tx`` with its item stating ``param`` = ``value`` (a value in the class the
    transaction stands for: the finding's claim holds of the witness as given)."""
    params = {**tx.item.params, param: value}
    return tx.model_copy(update={"item": tx.item.model_copy(update={"params": params})})
