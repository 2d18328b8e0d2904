"""Reference implementations of the per-regime consistency checks, cell by cell.

These are the checks as first written: every cell of the regime's partition is enumerated
and its verdict inspected. ``policy.analysis.checks`` answers the same questions
symbolically (``policy.analysis.symbolic``) without enumerating the cells; the tests hold
the two equal. Non-monotone control (PL206) reports one finding for every set of rules a
more capable item escapes, with the first witness in the partition's order (node, pair of
classes, completion)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from typing import Any

from policy.analysis.checks import condition_of, consistency_finding, describe, format_number, level
from policy.analysis.checks.monotone import controlled_elsewhere
from policy.analysis.checks.space import nearest, stating
from policy.analysis.findings import Finding
from policy.analysis.partition import Cell, CellVerdict, Partition
from policy.model import vocabulary as v
from policy.model.conditions import All, Condition
from policy.model.decisions import Outcome
from policy.model.rules import Rule
from policy.model.transactions import Transaction


def _verdicts(part: Partition, jur: str) -> list[tuple[Cell, CellVerdict]]:
    return [(c, part.verdict(c, jur)) for c in part.cells]


def _conflicts(part: Partition, jur: str) -> Iterable[Finding]:
    """One rule prohibits what another rule (or its carve-out) of the same regime expressly
    permits, on the same transactions."""
    seen: dict[tuple[str, str], Finding] = {}
    for cell, vd in _verdicts(part, jur):
        banned = [a for a in vd.applied if a.outcome is Outcome.PROHIBITED]
        allowed = [
            a
            for a in vd.applied
            if a.outcome is Outcome.NO_LICENSE_REQUIRED
            and (a.rule.outcome is Outcome.NO_LICENSE_REQUIRED or a.carveouts)
        ]
        for p, q in itertools.product(banned, allowed):
            if p.rule.id == q.rule.id or (p.rule.id, q.rule.id) in seen:
                continue
            how = (
                f"its carve-out {', '.join(q.carveouts)}"
                if q.carveouts
                else "its outcome no_license_required"
            )
            witness = part.typical(cell.classes, [p.rule, q.rule], jurisdiction=jur)
            seen[(p.rule.id, q.rule.id)] = consistency_finding(
                "PL201",
                f"conflicting rules: {p.rule.id} prohibits what {q.rule.id} permits by {how},"
                f" for example {describe(witness)}; the most restrictive"
                " (prohibited) wins",
                jurisdiction=jur,
                rules=[p.rule, q.rule],
                witness=[witness],
                key=f"{p.rule.id}>{q.rule.id}",
            )
    return seen.values()


def _undone(part: Partition, jur: str) -> Iterable[Finding]:
    """Wherever a restrictive rule applies, its own carve-outs lower it to no licence
    required: the rule never restricts anything."""
    applies: dict[str, Cell] = {}
    bites: set[str] = set()
    rules: dict[str, Rule] = {}
    used: dict[str, set[str]] = {}
    for cell, vd in _verdicts(part, jur):
        for a in vd.applied:
            if not a.rule.outcome.restrictive:
                continue
            rules[a.rule.id] = a.rule
            applies.setdefault(a.rule.id, cell)
            if a.outcome.restrictive:
                bites.add(a.rule.id)
            else:
                used.setdefault(a.rule.id, set()).update(a.carveouts)
    out = []
    for rid in sorted(set(applies) - bites):
        rule = rules[rid]
        cids = ", ".join(sorted(used.get(rid, ())))
        witness = part.typical(applies[rid].classes, [rule], jurisdiction=jur)
        out.append(
            consistency_finding(
                "PL202",
                f"carve-out undoes its rule: {rid} ({rule.outcome.value}) never restricts"
                f" anything: wherever it applies, carve-out {cids} lowers it to"
                f" no_license_required, for example {describe(witness)}",
                jurisdiction=jur,
                rules=[rule],
                witness=[witness],
                key=f"{rid}:{cids}",
            )
        )
    return out


def _dead(part: Partition, jur: str) -> Iterable[Finding]:
    """A rule that applies somewhere but never changes an outcome: wherever it applies,
    another rule of the regime applies with an outcome at least as restrictive (whatever
    the order the rules are written in)."""
    first: dict[str, tuple[Cell, CellVerdict]] = {}
    needed: set[str] = set()
    rules: dict[str, Rule] = {}
    for cell, vd in _verdicts(part, jur):
        for a in vd.applied:
            rules[a.rule.id] = a.rule
            first.setdefault(a.rule.id, (cell, vd))
            if not any(
                b.rule.id != a.rule.id and b.outcome.rank >= a.outcome.rank for b in vd.applied
            ):
                needed.add(a.rule.id)
    out = []
    for rid in sorted(set(first) - needed):
        cell, vd = first[rid]
        own = max(a.outcome.rank for a in vd.applied if a.rule.id == rid)
        shadow = min(
            (a for a in vd.applied if a.rule.id != rid and a.outcome.rank >= own),
            key=lambda a: (-a.outcome.rank, a.rule.id),
        )
        witness = part.typical(cell.classes, [rules[rid]], jurisdiction=jur)
        out.append(
            consistency_finding(
                "PL203",
                f"dead rule: {rid} never changes an outcome: wherever it applies a rule at"
                f" least as restrictive applies too, for example {shadow.rule.id}"
                f" ({shadow.outcome.value}) on {describe(witness)}",
                jurisdiction=jur,
                rules=[rules[rid], shadow.rule],
                witness=[witness],
                severity="warning",
                key=rid,
            )
        )
    return out


def _unsatisfiable(part: Partition, jur: str) -> Iterable[Finding]:
    """A rule, carve-out or nexus whose condition no transaction meets (or a rule that its
    nexus restriction never lets apply)."""
    slots = [s for s in part.slots if s.jurisdiction == jur]
    ever_true = {s.index for s in slots if any(c.truths[s.index] for c in part.cells)}
    applied: set[str] = set()
    carve_hits: set[tuple[str, str]] = set()
    for cell, vd in _verdicts(part, jur):
        for a in vd.applied:
            applied.add(a.rule.key)
        for s in slots:
            if s.role == "carveout" and cell.truths[s.index] and s.parent is not None:
                rule = part.slots[s.parent].rule
                assert rule is not None
                if any(a.rule.key == rule.key for a in vd.applied):
                    carve_hits.add((rule.key, s.id))
    out = []
    for s in slots:
        what: str | None = None
        rule = s.rule
        if s.index not in ever_true:
            cond = condition_of(s)
            core = _unsat_core(part, jur, cond)
            what = f"its condition can never hold: {core}"
        elif s.role == "rule":
            assert rule is not None
            if rule.key not in applied:
                needs = ", ".join(rule.nexus) if rule.nexus else "any nexus"
                what = f"it never applies: its condition never holds together with {needs}"
        elif s.role == "carveout":
            assert rule is not None
            if (rule.key, s.id) not in carve_hits and rule.key in applied:
                what = "it never holds where its rule applies"
        if what is None:
            continue
        rules = [rule] if rule is not None else []
        out.append(
            consistency_finding(
                "PL204",
                f"unsatisfiable: {s.label} never applies on {part.as_of.isoformat()}: {what}",
                jurisdiction=jur,
                rules=rules,
                key=s.label,
            )
        )
    return out


def _unsat_core(part: Partition, jur: str, cond: Condition) -> str:
    """The smallest set of conjuncts (found greedily) that cannot hold together."""
    if not isinstance(cond, All) or len(cond.of) < 2:
        return cond.code()
    core = list(cond.of)
    for c in list(core):
        rest = [x for x in core if x is not c]
        if rest and not part.satisfiable(jur, All(of=tuple(rest))):
            core = rest
    return " and ".join(c.code() for c in core) + " cannot all hold"


def _levels(part: Partition, jur: str) -> Mapping[int, tuple[int, int]]:
    """Per node, the least and greatest restrictiveness of ``jur``'s verdict below it."""
    return part.leaf_values(f"level:{jur}", lambda c: level(part.verdict(c, jur).outcome))


def _could_gap(b: tuple[tuple[int, int], ...]) -> bool:
    """Below, just at and above a threshold: the value at it could be lower than both."""
    (_, lo_max), (mid_min, _), (_, hi_max) = b
    return mid_min < lo_max and mid_min < hi_max


def _could_drop(b: tuple[tuple[int, int], ...]) -> bool:
    """A less and a more capable item: the more capable one could be less controlled."""
    (_, less_max), (more_min, _) = b
    return more_min < less_max


def _param_axes(part: Partition) -> list[str]:
    return [a.name for a in part.axes if a.kind == "param"]


def _gaps(part: Partition, jur: str) -> Iterable[Finding]:
    """The boundary value of a threshold falls through: it is less controlled than the
    values just below and just above it (``>=`` in one rule, ``>`` in its twin)."""
    found: dict[str, Finding] = {}
    bounds = _levels(part, jur)
    failed_gap: set[tuple[int, ...]] = set()
    for name in _param_axes(part):
        axis = part.axis(name)
        assert axis is not None
        a_index = part.axes.index(axis)
        for node, prefix in part.branch_points(name):
            stated = len([c for c in axis.classes if not c.unstated])
            for i, cls in enumerate(axis.classes):
                if cls.unstated or not (cls.high == cls.low and 0 < i < stated - 1):
                    continue
                trio = (node.children[i - 1], node.children[i], node.children[i + 1])  # type: ignore[index]

                done = part.search(trio, _could_gap, bounds, failed_gap)
                if done is None:
                    continue
                near = (
                    nearest(axis, i - 1, above=True),
                    cls.value,
                    nearest(axis, i + 1, above=False),
                )
                txs = [
                    stating(part.transaction([*prefix, (a_index, k), *done]), axis.key, x)
                    for k, x in zip((i - 1, i, i + 1), near, strict=True)
                ]
                vds = [_verdict_of(part, jur, t) for t in txs]
                rules = [r for vd in (vds[0], vds[2]) for r in vd.deciding]
                txs = [
                    stating(
                        part.typical([*prefix, (a_index, k), *done], rules, jurisdiction=jur),
                        axis.key,
                        x,
                    )
                    for k, x in zip((i - 1, i, i + 1), near, strict=True)
                ]
                key = f"{name}={format_number(cls.value)}"
                if key in found:
                    continue
                param = axis.key
                found[key] = consistency_finding(
                    "PL205",
                    f"threshold gap: {param} exactly {format_number(cls.value)} falls through:"
                    f" {vds[1].outcome.value} at {format_number(cls.value)}, but"
                    f" {vds[0].outcome.value} just below ({_ids(vds[0])}) and"
                    f" {vds[2].outcome.value} just above ({_ids(vds[2])}), for"
                    f" {describe(txs[1])}",
                    jurisdiction=jur,
                    rules=rules,
                    witness=[txs[1], txs[0], txs[2]],
                    key=key,
                )
    return found.values()


def _ids(vd: CellVerdict) -> str:
    return ", ".join(r.id for r in vd.deciding)


def _verdict_of(part: Partition, jur: str, tx: Transaction) -> CellVerdict:
    cell = part.locate(tx)
    assert cell is not None
    return part.verdict(cell, jur)


def _non_monotone(part: Partition, jur: str) -> Iterable[Finding]:
    n_axes = len(part.axes)
    found: dict[str, tuple[list[tuple[int, int]], int, int, list[tuple[int, int]], str]] = {}
    for name in _param_axes(part):
        axis = part.axis(name)
        assert axis is not None
        direction = v.parameter(axis.key).direction
        if direction == "neutral":
            continue
        a_index = part.axes.index(axis)
        n = len([c for c in axis.classes if not c.unstated])
        pairs: list[tuple[int, int]] = []
        sandwiched = {i for i, c in enumerate(axis.classes) if c.high == c.low and 0 < i < n - 1}
        for i in range(n - 1):
            j = i + 1
            if i in sandwiched:
                continue
            if j in sandwiched:
                j = i + 2
            pairs.append((i, j) if direction == "higher" else (j, i))
        for node, prefix in part.branch_points(name):
            for less, more in pairs:
                seen: set[tuple[int, ...]] = set()

                def go(ns, path, prefix=prefix, less=less, more=more, name=name, seen=seen):  # type: ignore[no-untyped-def]
                    key = tuple(id(x) for x in ns)
                    if key in seen:
                        return
                    seen.add(key)
                    if ns[0].level == n_axes:
                        vw = part.verdict(part.cells[part.leaf_index[id(ns[0])]], jur)
                        vs = part.verdict(part.cells[part.leaf_index[id(ns[1])]], jur)
                        if level(vs.outcome) < level(vw.outcome):
                            k = f"{name}:{','.join(r.id for r in vw.deciding)}"
                            found.setdefault(k, (prefix, less, more, list(path), name))
                        return
                    if all(x.children is None for x in ns):
                        go(tuple(x.skip for x in ns), path)
                        return
                    for ci in range(len(part.axes[ns[0].level].classes)):
                        nxt = tuple(x.skip if x.children is None else x.children[ci] for x in ns)
                        go(nxt, [*path, (ns[0].level, ci)])

                go((node.children[less], node.children[more]), [])  # type: ignore[index]
    out = []
    for key, (prefix, less, more, done, name) in found.items():
        axis = part.axis(name)
        assert axis is not None
        a_index = part.axes.index(axis)
        x = {
            min(less, more): nearest(axis, min(less, more), above=True),
            max(less, more): nearest(axis, max(less, more), above=False),
        }
        plain = stating(part.transaction([*prefix, (a_index, less), *done]), axis.key, x[less])
        rules = _verdict_of(part, jur, plain).deciding
        weak, strong = (
            stating(
                part.typical([*prefix, (a_index, k), *done], rules, jurisdiction=jur),
                axis.key,
                x[k],
            )
            for k in (less, more)
        )
        vw, vs = _verdict_of(part, jur, weak), _verdict_of(part, jur, strong)
        if controlled_elsewhere(part.world, strong, vw.outcome):
            continue
        param = axis.key
        better = "higher" if v.parameter(param).direction == "higher" else "lower"
        out.append(
            consistency_finding(
                "PL206",
                f"non-monotone control: the more capable item is the less controlled:"
                f" at {v.parameter(param).phrase} {format_number(x[less])}"
                f" {', '.join(r.id for r in vw.deciding)}"
                f" {'gives' if len(vw.deciding) == 1 else 'give'} {vw.outcome.value}, but the"
                f" same item at {format_number(x[more])} (a {better} {param} is more"
                f" capable) gets {vs.outcome.value}, for {describe(weak)}",
                jurisdiction=jur,
                rules=list(vw.deciding) + list(vs.deciding),
                witness=[weak, strong],
                severity="warning",
                key=key,
            )
        )
    return out


REFERENCE = {
    "PL201": _conflicts,
    "PL202": _undone,
    "PL203": _dead,
    "PL204": _unsatisfiable,
    "PL205": _gaps,
    "PL206": _non_monotone,
}


def reference_denials(ctx: Any, objective: Any, part: Partition, jur: str) -> list[Any]:
    """The loophole search's denials from every cell of the regime's partition (the
    deciding rule's own atoms tell apart the classes of the axes it reads)."""
    from policy.analysis.loopholes import Denial, always_axes, denial_key
    from policy.analysis.loopholes.denials import ordinary

    groups: dict[tuple[Any, ...], Any] = {}
    always = always_axes(part)
    for cell in part.cells:
        vd = part.verdict(cell, jur)
        if not vd.outcome.restrictive:
            continue
        key = denial_key(ctx, part, jur, cell, vd, always)
        rank = ordinary(cell.representative, jur, vd.deciding[:1])
        if key in groups and groups[key][0] <= rank:
            continue
        tx = cell.representative
        if tx.date != ctx.on:
            tx = tx.model_copy(update={"date": ctx.on})
        if not objective.covers(tx):
            continue
        groups[key] = (rank, cell, vd)
    out = []
    for _, cell, vd in groups.values():
        tx = part.typical(cell.classes, vd.deciding[:1], jurisdiction=jur)
        tx = tx.model_copy(update={"date": ctx.on})
        if not objective.covers(tx):
            tx = cell.representative.model_copy(update={"date": ctx.on})
        out.append(Denial(tx, (jur,), vd.deciding, {jur: vd.nexus}))
    return out
