"""How ``policy check`` time grows with the number of rules: the shipped library at 1x, 4x
and 16x its rules.

The library is replicated rule by rule: copy ``k`` of a rule gets the id ``<id>~k`` and every
threshold of its conditions (and of its carve-outs) multiplied by ``1 + k/64``, so each copy
adds cuts of its own on every parameter axis it reads, as a larger rulebook would. Reach,
groups, lists and parties are shared; the copies carry no examples (their shifted thresholds
would not match the originals' cases). Each size is checked as of one date, in one process,
after a warm-up run of the 1x library, and the report gives the cells of the regimes'
partitions, the findings and the seconds.

    python benchmarks/check_scaling.py [--as-of 2025-12-01] [--sizes 1,4,16] [--all-dates]

``--mode thresholds`` is another shape: one regime, ``policy init``'s, whose one rule is
copied ``size - 1`` times with ``1000 + i`` as the TPP threshold of copy ``i`` (so every
copy cuts the TPP axis once more and all but one of them are dead rules, each a finding
with a witness); ``--sizes`` are then numbers of rules:

    python benchmarks/check_scaling.py --mode thresholds --sizes 250,1000,3000,10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from typing import Any

from policy import World
from policy.analysis import CheckOptions, check_world
from policy.model import vocabulary as v
from policy.model.conditions import All, AnyOf, Compare, Condition, Not
from policy.model.regimes import Regime
from policy.model.rules import Rule
from policy.regimes import default_world


def shift(cond: Condition, factor: float) -> Condition:
    """The condition with every threshold multiplied by ``factor``."""
    if isinstance(cond, Compare):
        return cond.model_copy(update={"value": round(cond.value * factor, 4)})
    if isinstance(cond, All | AnyOf):
        return cond.model_copy(update={"of": tuple(shift(c, factor) for c in cond.of)})
    if isinstance(cond, Not):
        return cond.model_copy(update={"of": shift(cond.of, factor)})
    return cond


def copy_rule(rule: Rule, k: int) -> Rule:
    factor = 1 + k / 64
    carveouts = tuple(c.model_copy(update={"when": shift(c.when, factor)}) for c in rule.carveouts)
    return rule.model_copy(
        update={
            "id": f"{rule.id}~{k}",
            "when": shift(rule.when, factor),
            "carveouts": carveouts,
            "examples": (),
        }
    )


def replicate(world: World, times: int) -> World:
    """Each regime with ``times`` copies of its rules (the copies in the same regime)."""
    regimes: list[Regime] = []
    for r in world.regimes:
        rules = list(r.rules) + [copy_rule(rule, k) for k in range(1, times) for rule in r.rules]
        regimes.append(r.model_copy(update={"rules": tuple(rules)}))
    return World(regimes=tuple(regimes), suppliers=world.suppliers)


def replicate_as_regimes(world: World, times: int) -> World:
    """The library plus ``times - 1`` copies of each regime under other jurisdictions'
    names, rules shifted as in :func:`replicate`: more rules that do not interact."""
    regimes = list(world.regimes)
    taken = {r.jurisdiction for r in world.regimes}
    spare = iter(c for c in v.countries() if c not in taken)
    for k in range(1, times):
        for r in world.regimes:
            rules = tuple(copy_rule(rule, k) for rule in r.rules)
            regimes.append(r.model_copy(update={"jurisdiction": next(spare), "rules": rules}))
    return World(regimes=tuple(regimes), suppliers=world.suppliers)


def init_regime() -> Regime:
    """The regime ``policy init`` writes (loaded from a scaffold in a temporary folder)."""
    import importlib.util
    import tempfile
    from pathlib import Path

    from policy.scaffold import scaffold

    with tempfile.TemporaryDirectory() as tmp:
        scaffold(Path(tmp) / "demo", git=False)
        spec = importlib.util.spec_from_file_location("demo_regime", Path(tmp) / "demo/regime.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    regime: Regime = module.REGIME
    return regime


def with_threshold(cond: Condition, value: float) -> Condition:
    """The condition with the constant of its TPP comparison replaced by ``value``."""
    if isinstance(cond, Compare):
        return cond.model_copy(update={"value": value}) if cond.param == "tpp" else cond
    if isinstance(cond, All | AnyOf):
        return cond.model_copy(update={"of": tuple(with_threshold(c, value) for c in cond.of)})
    if isinstance(cond, Not):
        return cond.model_copy(update={"of": with_threshold(cond.of, value)})
    return cond


def thresholds(base: World, n: int) -> World:
    """``policy init``'s regime with ``n`` rules: its own and ``n - 1`` copies, copy ``i``
    with TPP threshold ``1000 + i`` (see the module docstring); ``base`` is unused."""
    regime = init_regime()
    (rule,) = regime.rules
    copies = [
        rule.model_copy(
            update={
                "id": f"{rule.id}-{i + 1}",
                "when": with_threshold(rule.when, 1000 + i),
                "examples": (),
            }
        )
        for i in range(1, n)
    ]
    return World(regimes=(regime.model_copy(update={"rules": (rule, *copies)}),))


def measure(world: World, *, as_of: dt.date | None, all_dates: bool) -> dict[str, Any]:
    start = time.perf_counter()
    report = check_world(world, as_of=as_of, all_dates=all_dates, options=CheckOptions(jobs=1))
    seconds = time.perf_counter() - start
    return {
        "rules": sum(len(r.rules) for r in world.regimes),
        "cells": report.cells,
        "findings": len(report.findings),
        "seconds": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--as-of", default="2025-12-01")
    parser.add_argument("--sizes", default="1,4,16")
    parser.add_argument("--all-dates", action="store_true")
    parser.add_argument(
        "--mode",
        choices=("within", "regimes", "thresholds"),
        default="within",
        help="copies inside each regime (default), or as regimes of other jurisdictions;"
        " thresholds: policy init's rule copied with TPP thresholds 1000 + i (sizes are rules)",
    )
    args = parser.parse_args()
    grow = {"within": replicate, "regimes": replicate_as_regimes, "thresholds": thresholds}[
        args.mode
    ]
    as_of = None if args.all_dates else dt.date.fromisoformat(args.as_of)
    base = default_world()
    measure(base, as_of=as_of, all_dates=args.all_dates)  # warm-up (imports, caches)
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        rows.append((n, measure(grow(base, n), as_of=as_of, all_dates=args.all_dates)))
    first = rows[0][1]
    scope = "every change date" if args.all_dates else f"as of {as_of}"
    print(f"policy check {scope}, one process, copies {args.mode}")
    print(f"{'size':>5} {'rules':>6} {'cells':>9} {'findings':>9} {'seconds':>8} {'x time':>7}")
    for n, row in rows:
        ratio = row["seconds"] / first["seconds"]
        print(
            f"{n:>4}x {row['rules']:>6} {row['cells']:>9,} {row['findings']:>9}"
            f" {row['seconds']:>8.2f} {ratio:>7.2f}"
        )


if __name__ == "__main__":
    main()
