"""A regime's verdict on a cell, from the values of its conditions there.

The cells know which nexus, rules and carve-outs hold; the verdict follows from those by
the engine's one procedure (:func:`policy.engine.verdict.assess`), asked of the cell's
values through a :class:`SlotValues` oracle. The same oracle, with decision diagrams for
values, is what the symbolic analysis (:mod:`policy.analysis.symbolic`) folds the
procedure's closed form over, so the partition forms no verdict of its own.

A partition's slots hold the law in force on its date, and its live copy
(:meth:`~policy.analysis.partition.core.Partition.live`) only the rules that decide
something: :class:`RegimeSlots` is the regime as the slots hold it, so that positions in it
are the ones the procedure asks about.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Generic, TypeVar

from policy.analysis.partition.compiler import Slot
from policy.engine.verdict import AppliedRule, Assessment, assess
from policy.model.decisions import Outcome
from policy.model.regimes import Regime
from policy.model.rules import Rule

T = TypeVar("T")

__all__ = ["AppliedRule", "CellVerdict", "RegimeSlots", "SlotValues", "verdict_from_truths"]


@dataclass(frozen=True)
class RegimeSlots:
    """One regime's law as a partition's slots hold it: ``regime`` has exactly the nexus
    and rules of ``slots`` (each rule with its carve-outs in force), and ``nexus[i]``,
    ``rules[j]`` and ``carveouts[j][k]`` are the slots of ``regime.reach[i]``,
    ``regime.rules[j]`` and ``regime.rules[j].carveouts[k]``."""

    regime: Regime
    slots: tuple[Slot, ...]
    nexus: tuple[Slot, ...]
    rules: tuple[Slot, ...]
    carveouts: tuple[tuple[Slot, ...], ...]

    @classmethod
    def of(cls, regime: Regime, slots: Sequence[Slot]) -> RegimeSlots:
        """The law of ``regime`` that ``slots`` (its slots, in order) hold."""
        nexus: list[Slot] = []
        rules: list[Slot] = []
        carveouts: list[list[Slot]] = []
        for s in slots:
            if s.role == "nexus":
                nexus.append(s)
            elif s.role == "rule":
                rules.append(s)
                carveouts.append([])
            else:
                carveouts[-1].append(s)
        held = regime.model_copy(
            update={
                "reach": tuple(s.nexus for s in nexus),
                "rules": tuple(s.rule for s in rules),
            }
        )
        return cls(
            held, tuple(slots), tuple(nexus), tuple(rules), tuple(tuple(c) for c in carveouts)
        )

    @cached_property
    def positions(self) -> dict[int, int]:
        """The position in ``regime.rules`` of each rule's slot, by slot index."""
        return {s.index: j for j, s in enumerate(self.rules)}


class SlotValues(Generic[T]):
    """The :class:`~policy.engine.verdict.Oracle` of a partition's slots: each piece of
    law's value is ``value(its slot)`` (a cell's truth, a decision diagram, ...)."""

    def __init__(self, law: RegimeSlots, value: Callable[[Slot], T]) -> None:
        self.law = law
        self.value = value

    def nexus(self, i: int) -> T:
        return self.value(self.law.nexus[i])

    def rule(self, j: int) -> T:
        return self.value(self.law.rules[j])

    def carveout(self, j: int, k: int) -> T:
        return self.value(self.law.carveouts[j][k])


@dataclass(frozen=True)
class CellVerdict:
    """One regime's verdict on a cell: the engine's assessment of the cell's condition
    values."""

    jurisdiction: str
    assessment: Assessment

    @property
    def reached(self) -> bool:
        return self.assessment.reached

    @property
    def nexus(self) -> tuple[str, ...]:
        return self.assessment.nexus

    @property
    def outcome(self) -> Outcome:
        return self.assessment.outcome

    @property
    def applied(self) -> tuple[AppliedRule, ...]:
        """The rules that apply, most restrictive first (ties in rule order)."""
        return self.assessment.applied

    @property
    def deciding(self) -> tuple[Rule, ...]:
        """The rules whose outcome is the verdict (most restrictive first, in rule order)."""
        return self.assessment.deciding


def verdict_from_truths(law: RegimeSlots, truths: Sequence[bool]) -> CellVerdict:
    """The verdict of ``law`` where its slots have the values ``truths`` (indexed by slot
    index): :func:`policy.engine.verdict.assess` asked of them (the slots hold the law in
    force, so no date is given)."""
    oracle = SlotValues(law, lambda s: truths[s.index])
    return CellVerdict(law.regime.jurisdiction, assess(law.regime, oracle, on=None))
