"""The loophole search (:func:`search`): each move, and each composition of moves up to a
depth, tried on each denial; a path whose every leg needs no licence is a loophole, recorded
once per fingerprint with the simplest witness found.

Moves compose: a move that removes the controlling regime's objection but runs into another
regime's is continued by the other moves (:func:`explore`), and such a path is reported
under :data:`COMPOSED_CODE` (PL110) where no single move evades the same control. (The
module is not called ``search`` so that :func:`search` is what
``policy.analysis.loopholes.search`` names.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from policy.analysis.checks.describe import describe, refs
from policy.analysis.findings import Finding, Severity
from policy.analysis.loopholes.context import SearchContext, rule_atoms
from policy.analysis.loopholes.denials import denials
from policy.analysis.loopholes.moves import Move, registered_moves
from policy.analysis.loopholes.objective import Candidate, Denial, Objective
from policy.analysis.loopholes.witness import complexity
from policy.analysis.partition import Partition
from policy.model.conditions import Compare
from policy.model.rules import Rule
from policy.model.transactions import Transaction
from policy.model.world import World

#: The code of a loophole that takes several moves (each single move has its own).
COMPOSED_CODE = "PL110"


@dataclass
class Found:
    """A loophole found so far: its finding, how hard its witness is to read (to keep the
    simplest), and the rules of the denial it evades (to tell whether a composed path says
    more than a single move's)."""

    finding: Finding
    size: tuple[int, ...]
    denial_rules: tuple[Rule, ...] = ()


def search(
    world: World,
    on: dt.date,
    partitions: dict[str, Partition],
    *,
    objective: Objective | None = None,
    moves: Sequence[Move] | None = None,
    depth: int = 2,
) -> list[Finding]:
    """Every loophole on ``on``: for each regime's restrictive cells (``partitions`` holds
    each regime's partition), each move and each composition of moves up to ``depth``."""
    objective = objective or Objective()
    moves = list(moves if moves is not None else registered_moves())
    ctx = SearchContext(world, on, partitions)
    found: dict[str, Found] = {}
    best: dict[tuple[str, ...], tuple[int, ...]] = {}
    for jur in sorted(partitions):
        if not objective.counts(jur):
            continue
        for denial in denials(ctx, objective, partitions[jur], jur):
            explore(ctx, objective, moves, denial, denial, [], depth, found, best)
    # A composed path is reported only where no single move evades the same control of
    # the same kind of item: otherwise it says nothing the simpler finding does not.
    simple = {
        (tuple(r.id for r in f.denial_rules), f.finding.denied.item.kind)
        for f in found.values()
        if f.finding.denied is not None and "+" not in (f.finding.move or "")
    }
    out = [
        f.finding
        for f in found.values()
        if "+" not in (f.finding.move or "")
        or (tuple(r.id for r in f.denial_rules), f.finding.denied.item.kind)  # type: ignore[union-attr]
        not in simple
    ]
    return sorted(out, key=Finding.sort_key)


def explore(
    ctx: SearchContext,
    objective: Objective,
    moves: Sequence[Move],
    origin: Denial,
    denial: Denial,
    path: list[tuple[Move, Candidate]],
    depth: int,
    found: dict[str, Found],
    best: dict[tuple[str, ...], tuple[int, ...]],
) -> None:
    """Try each move not yet on ``path`` on ``denial`` (met on the way round ``origin``):
    record the candidates every leg of which needs no licence, and continue, up to
    ``depth`` moves, from those another jurisdiction still denies."""
    used = {m.name for m, _ in path}
    rules = tuple(r.id for r in origin.rules[:1])
    for move in moves:
        if move.name in used:
            continue
        # Once a path of moves evades a control for a kind of item, the other denials of
        # that control and kind are not tried again with it (the first, simplest cells
        # come first).
        scope = (*(m.name for m, _ in path), move.name, *rules, origin.tx.item.kind)
        if scope in best:
            continue
        evaded = False
        for cand in move.candidates(ctx, denial):
            steps = [*path, (move, cand)]
            legs = tuple(leg for _, c in steps[:-1] for leg in c.legs[:-1]) + cand.legs
            if ctx.allowed(cand.legs):
                record(ctx, origin, steps, legs, found, best)
                evaded = True
                continue
            if len(steps) >= depth:
                continue
            nxt = ctx.denial_of(cand.legs[-1], objective)
            # Continue only when the move got past a jurisdiction's control and another's
            # stands in the way: each step of a path defeats one control.
            if nxt is None or set(nxt.jurisdictions) >= set(denial.jurisdictions):
                continue
            explore(ctx, objective, moves, origin, nxt, steps, depth, found, best)
        if evaded:
            best[scope] = ()


def record(
    ctx: SearchContext,
    origin: Denial,
    steps: list[tuple[Move, Candidate]],
    legs: tuple[Transaction, ...],
    found: dict[str, Found],
    best: dict[tuple[str, ...], tuple[int, ...]],
) -> None:
    """Record the path ``steps`` (with witness ``legs``) round ``origin`` as a finding,
    keeping per fingerprint the simplest witness (then the first message in order)."""
    moves = [m for m, _ in steps]
    name = "+".join(m.name for m in moves)
    kind = legs[-1].item.kind
    key = "|".join(c.key or kind for _, c in steps)
    if "any item" in key:
        kind = "any item"
    declared = {j for _, c in steps for j in c.jurisdictions}
    size = complexity(origin.tx, legs)
    prekey = (name, key, kind, *sorted(declared), *(r.id for r in origin.rules))
    if prekey in best and best[prekey] <= size:
        return
    best[prekey] = size
    code = moves[0].code if len(moves) == 1 else COMPOSED_CODE
    near = ctx.near_misses(origin, legs[-1])
    juris = sorted(set(origin.jurisdictions) | declared | {ctx.jurisdiction_of(r) for r in near})
    last = steps[-1][1]
    rules = list(origin.rules) + near
    ref = refs(origin.rules)
    controls = ", ".join(
        f"{r.id} ({r.outcome.value}{'; ' + r.review if r.review else ''})" for r in origin.rules
    )
    words = "; then ".join(c.step for _, c in steps)
    message = (
        f"{name.replace('_', ' ')}: {controls} covers {describe(origin.tx)}; {words}:"
        f" no licence required"
    )
    if last.detail:
        message += f" ({last.detail})"
    if near:
        message += f"; {mismatch(origin, near, ctx)}"
    severity: Severity = "note" if moves[0].name == "pre_effective_order" else "error"
    finding = Finding(
        code=code,
        category="loophole",
        move=name,
        severity=severity,
        message=message,
        jurisdictions=juris,
        rules=ref + [r for r in refs(rules) if r.id not in {x.id for x in ref}],
        denied=origin.tx,
        witness=list(legs),
        path=[f"{m.name}: {c.step}" for m, c in steps],
        key=f"{kind}:{key}",
    )
    hit = found.get(finding.fingerprint)
    if hit is None or (size, finding.message) < (hit.size, hit.finding.message):
        found[finding.fingerprint] = Found(finding, size, origin.rules)


def mismatch(origin: Denial, near: Sequence[Rule], ctx: SearchContext) -> str:
    """The other side of a threshold mismatch in words: which rules of the jurisdictions the
    witness goes through test the same parameters, at which thresholds, and do not apply
    (the EU's TPP 6000 where the US's is 4800)."""
    params = {a.param for a in rule_atoms(origin.rules, Compare)}
    parts = []
    for rule in near:
        tests = sorted({a.code() for a in rule_atoms([rule], Compare) if a.param in params})
        parts.append(f"{rule.id} ({ctx.jurisdiction_of(rule)}) tests {' and '.join(tests)}")
    tail = " and does not apply" if len(parts) == 1 else ", and none applies"
    return "; ".join(parts) + tail


__all__ = ["COMPOSED_CODE", "Found", "explore", "mismatch", "record", "search"]
