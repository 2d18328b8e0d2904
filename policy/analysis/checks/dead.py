"""PL203: a dead (redundant) rule, one that applies somewhere but never changes an outcome:
wherever it applies, another rule of the regime applies with an outcome at least as
restrictive. A warning: the law is not wrong, but the rule's text misleads a reader about
what decides.

Whether a rule is dead must not depend on the order the rules are written in or on how
their ids sort: rule B (``tpp >= 6000`` to CN) inside rule A (``tpp >= 4800`` to CN) with
the same outcome is dead whether it is written before or after A. So the question is not
"does the rule ever come first in a verdict" (the engine's stable sort names the first
written of equally restrictive rules) but "would removing it change any outcome". Two rules
that cover each other exactly (the same condition and outcome) are each dead given the
other, and both are reported.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any

from policy.analysis._mdd import FALSE
from policy.analysis.checks.describe import consistency_finding, describe
from policy.analysis.checks.registry import CheckContext, check
from policy.analysis.checks.space import by_rule_id
from policy.analysis.findings import Finding
from policy.analysis.partition import Slot
from policy.analysis.symbolic import RegimeSpace
from policy.model.decisions import Outcome


def _uncovered(space: RegimeSpace) -> dict[str, int]:
    """For each rule id: where one of its versions applies with an outcome that no rule of
    another id matches or exceeds there (false exactly when the rule is dead)."""
    m = space.mdd
    ids: list[str] = []
    slots: dict[str, list[Slot]] = {}
    for s in space.rules:
        assert s.rule is not None
        if s.rule.id not in slots:
            ids.append(s.rule.id)
            slots[s.rule.id] = []
        slots[s.rule.id].append(s)
    n = len(ids)
    out: dict[str, int] = {rid: FALSE for rid in ids}
    for o in Outcome:
        # where some rule of the ids before (after) the i-th applies with rank >= o's
        ge = [m.disj_all(space.ge(s, o.rank) for s in slots[rid]) for rid in ids]
        before = [FALSE] * (n + 1)
        after = [FALSE] * (n + 1)
        for i in range(n):
            before[i + 1] = m.disj(before[i], ge[i])
        for i in range(n - 1, -1, -1):
            after[i] = m.disj(after[i + 1], ge[i])
        for i, rid in enumerate(ids):
            here = m.disj_all(space.final_is(s, o) for s in slots[rid])
            if here == FALSE:
                continue
            others = m.disj(before[i], after[i + 1])
            out[rid] = m.disj(out[rid], m.conj(here, m.neg(others)))
    return out


def _best_two(space: RegimeSpace) -> int:
    """A diagram whose terminal is, on each cell, the two most restrictive rules that
    apply there, of distinct ids: ``(-rank, id, position, outcome)`` for each, least
    first, with the rule's first version in force (by position) among its equally
    restrictive ones. That is what :func:`policy.engine.verdict.assess` ranks first
    (most restrictive, ties in rule order), read without the cell's verdict: one diagram
    for the regime instead of every rule's condition on each witness."""
    m = space.mdd
    parts = []
    for j, s in enumerate(space.rules):
        assert s.rule is not None
        rid = s.rule.id

        def own(o: Hashable, rid: str = rid, j: int = j) -> Hashable:
            return ((-o.rank, rid, j, o),) if isinstance(o, Outcome) else ()

        parts.append(m.map(("best of", rid, j), own, space.final(s)))
    return m.reduce("best two", _two_best, parts, ())


def _two_best(a: Hashable, b: Hashable) -> Hashable:
    """The two least entries of ``a`` and ``b`` of distinct ids (associative)."""
    best: dict[str, tuple[Any, ...]] = {}
    for entry in (*a, *b):  # type: ignore[misc]
        hit = best.get(entry[1])
        if hit is None or entry[:3] < hit[:3]:
            best[entry[1]] = entry
    return tuple(sorted(best.values(), key=lambda e: e[:3])[:2])


@check("PL203", "dead-rule", per="regime")
def dead_rules(ctx: CheckContext) -> Iterable[Finding]:
    """A rule that applies somewhere but never changes an outcome: wherever it applies,
    another rule of the regime gives an outcome at least as restrictive."""
    _, jur, part = ctx.require()
    space = part.space(jur)
    applies = by_rule_id(space, space.rules, space.applied)
    uncovered = _uncovered(space)
    dead = [rid for rid in sorted(applies) if applies[rid] != FALSE and uncovered[rid] == FALSE]
    if not dead:
        return []
    best = _best_two(space)
    versions: dict[str, list[Slot]] = {}
    for s in space.rules:
        assert s.rule is not None
        versions.setdefault(s.rule.id, []).append(s)
    out = []
    for rid in dead:
        path = space.first_path(applies[rid])
        # the rule's own outcome there (the most restrictive of its versions), and the most
        # restrictive other rule, the first by id among equals: it is at least as
        # restrictive, since the rule is dead
        own = max(
            o.rank
            for o in (space.value_at(space.final(s), path) for s in versions[rid])
            if isinstance(o, Outcome)
        )
        _, _, j, outcome = next(e for e in space.value_at(best, path) if e[1] != rid)  # type: ignore[attr-defined]
        shadow = space.rules[j].rule
        mine = versions[rid][-1].rule
        assert shadow is not None and mine is not None and outcome.rank >= own
        witness = part.typical(path, [mine], jurisdiction=jur)
        out.append(
            consistency_finding(
                "PL203",
                f"dead rule: {rid} never changes an outcome: wherever it applies a rule at"
                f" least as restrictive applies too, for example {shadow.id}"
                f" ({outcome.value}) on {describe(witness)}",
                jurisdiction=jur,
                rules=[mine, shadow],
                witness=[witness],
                severity="warning",
                key=rid,
            )
        )
    return out
