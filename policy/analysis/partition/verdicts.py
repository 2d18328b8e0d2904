"""A regime's verdict on a cell, from the values of its conditions there.

The cells know which nexus, rules and carve-outs hold; the verdict follows from those as
the engine's decision procedure (:mod:`policy.engine.decide`) forms it: not reached
without a nexus; each rule that holds (and whose nexus restriction is met) applies, each
carve-out that holds lowering its outcome; the most restrictive outcome wins. This module
is the only place the partition forms a verdict, so that deriving it from the engine's
one procedure is a change here alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from policy.model.decisions import Outcome
from policy.model.rules import Rule

if TYPE_CHECKING:
    from policy.analysis.partition.compiler import Slot
    from policy.analysis.partition.core import Partition


@dataclass(frozen=True)
class AppliedRule:
    """A rule that applies on a cell, with its outcome after the carve-outs (``carveouts``:
    the ids of those that lowered it)."""

    rule: Rule
    outcome: Outcome
    carveouts: tuple[str, ...]


@dataclass(frozen=True)
class CellVerdict:
    """One regime's verdict on a cell, computed from the cell's condition values exactly as
    the engine computes it from a transaction."""

    jurisdiction: str
    reached: bool
    nexus: tuple[str, ...]
    outcome: Outcome
    applied: tuple[AppliedRule, ...]

    @property
    def deciding(self) -> tuple[Rule, ...]:
        """The rules whose outcome is the verdict (most restrictive first, in rule order)."""
        return tuple(a.rule for a in self.applied if a.outcome is self.outcome)


def verdict_from_truths(part: Partition, truths: Sequence[bool], jurisdiction: str) -> CellVerdict:
    """The engine's decision procedure (see policy.engine.decide) on condition values."""
    nexus: list[str] = []
    rules: list[tuple[Slot, list[Slot]]] = []
    for s in part.slots_of(jurisdiction):
        if s.role == "nexus":
            if truths[s.index]:
                nexus.append(s.id)
        elif s.role == "rule":
            rules.append((s, []))
        else:
            rules[-1][1].append(s)
    if not nexus:
        return CellVerdict(jurisdiction, False, (), Outcome.NOT_APPLICABLE, ())
    applied: list[AppliedRule] = []
    for s, carves in rules:
        rule = s.rule
        assert rule is not None
        if rule.nexus and not any(x in nexus for x in rule.nexus):
            continue
        if not truths[s.index]:
            continue
        outcome = rule.outcome
        used: list[str] = []
        for c in carves:
            if not truths[c.index]:
                continue
            assert c.carveout is not None
            if c.carveout.outcome.rank < outcome.rank:
                outcome = c.carveout.outcome
                used.append(c.id)
        applied.append(AppliedRule(rule, outcome, tuple(used)))
    applied.sort(key=lambda a: -a.outcome.rank)
    top = applied[0].outcome if applied else Outcome.NO_LICENSE_REQUIRED
    return CellVerdict(jurisdiction, True, tuple(nexus), top, tuple(applied))
