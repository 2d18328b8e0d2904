"""Our compiled evaluator beside our reference ``decide``, Cedar and Rego, on one workload.

    python benchmarks/peers.py --rules 200 --transactions 100000 --json

Generates the neutral workload (``workload.py``: seeded, the documented format), translates it
into our model (``ours.py``), Cedar (``cedar.py``) and Rego (``rego.py``), and decides it with

* ``python_loop``: the workload's decision semantics as a plain Python loop over the rules
  (the oracle every engine is checked against, decision by decision);
* ``compiled``: our compiled evaluator (``policy.engine.compiled``) on a columnar batch;
* ``reference``: our reference ``policy.decide``, one transaction at a time;
* ``cedar``: ``cedarpy.is_authorized_batch``; ``rego``: ``regopy``, one query per transaction.

Every engine is timed the same way: translation and compilation are ``load_s``, reshaping the
transactions into the engine's request shape is ``prep_s`` (for ours: building
:class:`policy.Transaction` objects and the columnar batch), neither is in the decision time;
a short warm-up, then ``reps`` timed passes, each checked against the oracle. A time counts
only if every decision agrees. The slow engines (reference, cedar, rego) decide the first
``--sample`` transactions (a prefix of a shuffled stream), the others all of them.
``decisions_per_second`` is decisions over the median pass; ``compiled_x`` is the compiled
evaluator's rate over this engine's. ``compiled`` also reports the rate counting its
columnar prep (``decisions_per_second_with_prep``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ours
import workload as wl_mod

NAMES = ("not_applicable", "no_license_required", "license_required", "prohibited")


def timed(
    decide: Callable[[Any], list[str]], requests: Any, want: list[str], reps: int, budget: float
) -> dict[str, Any]:
    """Warm up, then time up to ``reps`` passes (fewer if a pass is slow: ``budget`` seconds
    per engine), each checked against ``want``."""
    n = len(want)
    times: list[float] = []
    bad = 0
    for _ in range(max(1, reps)):
        t = time.perf_counter()
        got = decide(requests)
        times.append(time.perf_counter() - t)
        bad = max(bad, sum(g != w for g, w in zip(got, want, strict=True)))
        if bad or sum(times) + times[-1] > budget:
            break
    med = statistics.median(times)
    return {
        "n": n,
        "agree": n - bad,
        "disagree": bad,
        "reps": len(times),
        "median_s": round(med, 5),
        "decisions_per_second": None if bad else round(n / med),
    }


def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    t = time.perf_counter()
    workload = wl_mod.generate(args.rules, args.transactions, args.seed)
    gen_s = time.perf_counter() - t
    txs = workload["transactions"]
    sample = txs[: args.sample]
    oracle = wl_mod.oracle(workload)
    want = oracle(txs)
    want_sample = want[: len(sample)]
    rows: list[dict[str, Any]] = []

    def record(
        engine: str, variant: str, load_s: float, prep_s: float, res: dict[str, Any]
    ) -> dict[str, Any]:
        row = {
            "engine": engine,
            "variant": variant,
            "rules": args.rules,
            "transactions": args.transactions,
            "seed": args.seed,
            **res,
            "load_s": round(load_s, 4),
            "prep_s": round(prep_s, 4),
        }
        rows.append(row)
        if not args.json:
            print(f"  {engine:12s} {row['decisions_per_second']} decisions/s", file=sys.stderr)
        return row

    # the plain loop: the oracle, timed like the others
    record(
        "python_loop",
        "plain loop over the rules",
        0.0,
        0.0,
        timed(oracle, txs, want, args.reps, args.budget),
    )

    # ours, compiled
    from policy.engine.compiled import Batch, CompiledWorld

    t = time.perf_counter()
    world = ours.world_of(workload)
    compiled = CompiledWorld(world)
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    transactions = ours.transactions_of(txs)
    objects_s = time.perf_counter() - t
    t = time.perf_counter()
    batch = Batch.of(transactions)
    batch_s = time.perf_counter() - t
    t = time.perf_counter()
    compiled.overall_ranks(
        batch
    )  # warm-up: classes of the categorical axes are made on first sight
    load_s += time.perf_counter() - t

    def fast(b: Any) -> list[str]:
        return [NAMES[r] for r in compiled.overall_ranks(b).tolist()]

    res = timed(fast, batch, want, args.reps, args.budget)
    if res["decisions_per_second"]:
        res["decisions_per_second_with_prep"] = round(len(txs) / (res["median_s"] + batch_s))
    res["batch_s"] = round(batch_s, 4)
    record(
        "compiled",
        "compiled tables, columnar batch, overall outcome",
        load_s,
        objects_s + batch_s,
        res,
    )

    def full(b: Any) -> list[str]:
        compiled.forget()  # cold: every distinct verdict is assembled again in each pass
        ids, deferred = compiled.combos(b)
        table = [compiled.combo(i)[0].value for i in range(len(compiled._combos))]
        assert not deferred.any()
        return [table[i] for i in ids.tolist()]

    full(batch)
    record(
        "compiled_full",
        "whole decisions (every verdict, rules, carve-outs)",
        0.0,
        objects_s + batch_s,
        timed(full, batch, want, args.reps, args.budget),
    )

    # ours, reference decide
    from policy import decide

    some = transactions[: len(sample)]
    record(
        "reference",
        "policy.decide per transaction",
        0.0,
        0.0,
        timed(
            lambda ts: [decide(world, tx).overall.value for tx in ts],
            some,
            want_sample,
            args.slow_reps,
            args.budget,
        ),
    )

    if not args.no_peers:
        for name, module, variant in (
            ("cedar", "cedar", "is_authorized_batch, Long fixed-point"),
            ("rego", "rego", "regopy bundle, one query per transaction"),
        ):
            try:
                adapter = __import__(module)
            except ImportError as e:  # the peers are optional: benchmarks/requirements.txt
                print(
                    f"{name}: not run ({e}); pip install -r benchmarks/requirements.txt",
                    file=sys.stderr,
                )
                continue
            cls = getattr(adapter, name.capitalize())
            t = time.perf_counter()
            engine = cls(workload)
            load = time.perf_counter() - t
            t = time.perf_counter()
            requests = cls.requests(sample)
            prep = time.perf_counter() - t
            engine.decide(requests[:100])  # warm-up
            record(
                name,
                variant,
                load,
                prep,
                timed(engine.decide, requests, want_sample, args.slow_reps, args.budget),
            )

    fastest = next(r for r in rows if r["engine"] == "compiled")["decisions_per_second"]
    for r in rows:
        r["compiled_x"] = (
            round(fastest / r["decisions_per_second"], 1)
            if fastest and r["decisions_per_second"]
            else None
        )
        r["generate_s"] = round(gen_s, 3)
        r["machine"] = MACHINE
    return rows


def _machine() -> dict[str, Any]:
    import numpy

    info: dict[str, Any] = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "numpy": numpy.__version__,
    }
    try:
        from importlib.metadata import version

        import cedarpy  # noqa: F401

        info["cedarpy"] = version("cedarpy")
        info["regopy"] = version("regopy")
    except Exception:  # the peers are optional (benchmarks/requirements.txt)
        pass
    try:
        with open("/proc/cpuinfo") as f:
            info["cpu"] = next(
                (line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), ""
            )
    except OSError:
        pass
    return info


MACHINE = _machine()


def table(rows: list[dict[str, Any]]) -> str:
    out = [
        "| engine | variant | decided | agree | decisions/s | compiled is ... x faster |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for r in rows:
        dps = (
            f"{r['decisions_per_second']:,}"
            if r["decisions_per_second"]
            else "not timed (disagrees)"
        )
        x = f"{r['compiled_x']:,}" if r["compiled_x"] else "-"
        agree = f"{r['agree']:,}/{r['n']:,}"
        out.append(f"| {r['engine']} | {r['variant']} | {r['n']:,} | {agree} | {dps} | {x} |")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--rules", type=int, default=200)
    ap.add_argument("--transactions", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sample", type=int, default=5000, help="transactions the slow engines decide")
    ap.add_argument("--reps", type=int, default=15, help="timed passes (fast engines)")
    ap.add_argument(
        "--slow-reps", type=int, default=3, help="timed passes (reference, cedar, rego)"
    )
    ap.add_argument("--budget", type=float, default=40.0, help="seconds of timed passes per engine")
    ap.add_argument("--no-peers", action="store_true", help="skip Cedar and Rego")
    ap.add_argument("--json", action="store_true", help="one JSON object per line per engine")
    args = ap.parse_args()
    rows = run(args)
    if args.json:
        for r in rows:
            print(json.dumps(r, sort_keys=True))
    else:
        print(table(rows))
    return 0 if all(r["disagree"] == 0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
