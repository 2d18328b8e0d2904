"""PL206: non-monotone control, a more capable item (in the direction each parameter
declares) less controlled than a less capable one with everything else equal. One finding
per set of rules the more capable item escapes; its witness is the first place it happens,
with the parameter at the values either side of the boundary (not an arbitrary member of
each class: a wavelength of 0 nm is no tool).

A drop in one regime that the law as a whole makes up for is not reported: when the more
capable item is controlled at least as strictly by the regimes that reach it (a member
state's national list that leaves to the Union's list what the Union's list controls), no
more capable item escapes control."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import cast

from policy.analysis._mdd import FALSE
from policy.analysis.checks.describe import consistency_finding, describe
from policy.analysis.checks.registry import CheckContext, check
from policy.analysis.checks.space import nearest, param_axes, stating
from policy.analysis.findings import Finding
from policy.analysis.partition import Axis
from policy.analysis.symbolic import Path, restrictiveness
from policy.engine.decide import decide
from policy.errors import PolicyError
from policy.model import vocabulary as v
from policy.model.decisions import Outcome
from policy.model.numbers import format_short
from policy.model.transactions import Transaction
from policy.model.world import World


def _monotone_pairs(axis: Axis, direction: str) -> list[tuple[int, int]]:
    """(less capable, more capable) pairs of neighbouring classes; a point class between
    two intervals is left to the threshold-gap check and skipped over here."""
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
    return pairs


def _lower(a: Hashable, b: Hashable) -> bool:
    """Of the restrictiveness of a less and a more capable item: the more capable one is
    less controlled."""
    return cast("int", a) > cast("int", b)


def _drop(a: Hashable, b: Hashable) -> Hashable:
    """Of the summaries of a less and a more capable item: the rules that control the
    less capable one, where the more capable one is less controlled."""
    weak, ids = cast("tuple[int, tuple[str, ...]]", a)
    strong, _ = cast("tuple[int, tuple[str, ...]]", b)
    return ids if weak > strong else None


def controlled_elsewhere(world: World, strong: Transaction, weak: Outcome) -> bool:
    """Whether the law as a whole controls the more capable item at least as strictly as
    this regime controls the less capable one: then the regime's own drop is a division of
    labour between regimes that reach the same transaction (a national list that leaves to
    the Union's list what the Union's list already controls), not a more capable item
    escaping control."""
    try:
        overall = decide(world, strong).overall
    except PolicyError:
        return False
    return restrictiveness(overall) >= restrictiveness(weak)


@check("PL206", "non-monotone", per="regime")
def non_monotone(ctx: CheckContext) -> Iterable[Finding]:
    """A more capable item (in the parameter's declared direction) is less controlled than a
    less capable one with everything else equal."""
    _, jur, part = ctx.require()
    space = part.space(jur)
    m = space.mdd
    level = space.level()
    out = []
    for name in param_axes(part):
        axis = part.axis(name)
        assert axis is not None
        direction = v.parameter(axis.key).direction
        if direction == "neutral":
            continue
        a = part.axes.index(axis)
        # one finding per set of rules that a more capable item escapes; its witness is
        # the first cell where it happens (then the first pair of classes, the first
        # completion)
        best: dict[tuple[str, ...], tuple[Path, int, Path, list[tuple[bool, ...]]]] = {}
        for j, (less, more) in enumerate(_monotone_pairs(axis, direction)):
            # Whether the verdict drops at all, asked of the small diagram of levels first:
            # most neighbouring classes never drop, and the summary with the rules' ids
            # (built only when some pair does) is many times larger.
            if (
                m.apply("lower", _lower, m.cofactor(level, a, less), m.cofactor(level, a, more))
                == FALSE
            ):
                continue
            summary = space.summary()
            drops = m.apply(
                "drop", _drop, m.cofactor(summary, a, less), m.cofactor(summary, a, more)
            )
            for value in m.terminals(drops):
                if value is None:
                    continue
                ids = cast("tuple[str, ...]", value)
                path, truths = space.first(m.equals(drops, ids), split=(a, (less, more)))
                prefix = [x for x in path if x[0] < a]
                rest = [x for x in path if x[0] > a]
                old = best.get(ids)
                if old is None or (prefix, j, rest) < (old[0], old[1], old[2]):
                    best[ids] = (prefix, j, rest, truths)
        pairs = _monotone_pairs(axis, direction)
        for ids, (prefix, j, rest, truths) in best.items():
            less, more = pairs[j]
            # the values either side of the boundary between the two classes
            x = {
                min(less, more): nearest(axis, min(less, more), above=True),
                max(less, more): nearest(axis, max(less, more), above=False),
            }
            vw, vs = space.verdict(truths[0]), space.verdict(truths[1])
            weak, strong = (
                stating(
                    part.typical([*prefix, (a, k), *rest], vw.deciding, jurisdiction=jur),
                    axis.key,
                    x[k],
                )
                for k in (less, more)
            )
            if controlled_elsewhere(ctx.world, strong, vw.outcome):
                continue
            param = axis.key
            phrase = v.parameter(param).phrase
            better = "higher" if direction == "higher" else "lower"
            out.append(
                consistency_finding(
                    "PL206",
                    f"non-monotone control: the more capable item is the less controlled:"
                    f" at {phrase} {format_short(x[less])} {', '.join(ids)}"
                    f" {'gives' if len(ids) == 1 else 'give'}"
                    f" {vw.outcome.value}, but the same item at {format_short(x[more])}"
                    f" (a {better} {param} is more capable) gets {vs.outcome.value}, for"
                    f" {describe(weak)}",
                    jurisdiction=jur,
                    rules=list(vw.deciding) + list(vs.deciding),
                    witness=[weak, strong],
                    severity="warning",
                    key=f"{name}:{','.join(ids)}",
                )
            )
    return out
