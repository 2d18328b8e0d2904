"""``policy screen`` end to end on a large JSON Lines order book: decisions per second and
peak memory, at several input sizes (memory should stay flat as the input grows).

    python benchmarks/screen.py --lines 1000000 --jobs 2

The order book is seeded and aimed at the shipped library's edges: its thresholds (exactly
and a step either side), its change dates (each and the day before), its countries and
parties, a mix of item kinds, end uses, flags, origins and content shares, as an order book
screened against export controls would have. Each size is screened by a separate
``policy screen FILE --out OUT --jobs N`` process; time is wall-clock for the whole process
(start-up, loading and compiling the library included) and memory is the peak resident set
of the process and its workers (``os.wait4``; ``/usr/bin/time -v`` reports the same). The
decisions are checked against the reference ``policy.decide`` on a sample.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

KINDS = [
    "ic.accelerator",
    "computer",
    "ic.memory.hbm",
    "sme.lithography.euv",
    "sme.lithography.duv.immersion",
    "sme.etch",
    "sme.deposition",
    "software.eda",
    "material.gallium",
    "other",
]


def edges() -> dict[str, Any]:
    from policy.model.conditions import Compare
    from policy.regimes import default_world

    world = default_world()
    params: dict[str, set[float]] = {}
    countries: set[str] = {"US", "CN", "NL", "JP", "DE", "TW", "KR", "SG", "IN", "BR"}
    for r in world.regimes:
        conds = [n.when for n in r.reach] + [x.when for x in r.rules]
        conds += [c.when for x in r.rules for c in x.carveouts]
        for cond in conds:
            for atom in cond.atoms():
                if isinstance(atom, Compare):
                    params.setdefault(atom.param, set()).add(float(atom.value))
                if hasattr(atom, "countries"):
                    countries.update(atom.countries)
        for g in r.groups:
            countries.update(m.country for m in g.members)
    days = sorted({d for x in world.change_dates() for d in (x, x - dt.timedelta(days=1))})
    return {
        "params": {p: sorted(v) for p, v in params.items()},
        "countries": sorted(countries),
        "days": [d for d in days if d.year >= 2018] or [dt.date(2024, 1, 1)],
        "parties": sorted(world.parties()),
    }


def order_book(n: int, seed: int, path: Path, codes: Iterator[str] | None = None) -> None:
    """The order book (see the module docstring); ``codes``, when given, supplies each
    line's US classification (drawn apart, so the rest stays the seed's order book)."""
    rng = random.Random(seed)
    e = edges()
    params, countries, days, parties = e["params"], e["countries"], e["days"], e["parties"]
    names = sorted(params)
    with path.open("w") as f:
        for i in range(n):
            item: dict[str, Any] = {"kind": rng.choice(KINDS), "params": {}}
            for p in rng.sample(names, min(len(names), rng.randint(0, 4))):
                x = rng.choice(params[p])
                item["params"][p] = max(0, round(x + rng.choice([0, 0, -1, 1, 0.01, -0.01]), 2))
            if rng.random() < 0.3:
                item["flags"] = [rng.choice(["datacenter", "consumer"])]
            if rng.random() < 0.4:
                item["origin"] = rng.choice(countries)
            if rng.random() < 0.2:
                item["content"] = {"US": rng.choice([0, 10, 25, 26, 60])}
            if rng.random() < 0.3:
                item["made_with"] = ["US"]
            if codes is not None:
                item["classification"] = {"US": next(codes)}
            day = (
                rng.choice(days)
                if rng.random() < 0.5
                else dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2500))
            )
            tx: dict[str, Any] = {
                "id": i,
                "date": day.isoformat(),
                "exporter": rng.choice(countries),
                "destination": rng.choice(countries),
                "item": item,
            }
            if rng.random() < 0.2:
                tx["end_user"] = rng.choice(parties)
            if rng.random() < 0.15:
                tx["end_use"] = [rng.choice(["advanced_node_fab", "supercomputer", "military"])]
            if rng.random() < 0.05:
                tx["persons"] = ["US"]
            f.write(json.dumps(tx, separators=(",", ":")) + "\n")


def rich_book(n: int, seed: int, path: Path) -> None:
    """Records shaped like DESIGN.md's example, every field given: text ids, a channel, end
    users by id or as objects (200 customers, half of them owned by listed parties), end
    uses, persons, an item name, parameters, flags, a classification, origin, content and
    made_with (about twice the bytes of the order book)."""
    rng = random.Random(seed)
    e = edges()
    params, countries, days, parties = e["params"], e["countries"], e["days"], e["parties"]
    names = sorted(params)
    # customers not on any list, each with its own country, headquarters and owners; an
    # order book names the same ones again and again
    customers = [
        {
            "name": f"Customer {k}",
            "country": rng.choice(countries),
            "headquarters": rng.choice(countries),
            "owners": [{"party": rng.choice(parties), "share": rng.choice([25, 50, 60])}]
            if parties and k % 2
            else [],
        }
        for k in range(200)
    ]
    with path.open("w") as f:
        for i in range(n):
            picked = rng.sample(names, min(len(names), rng.randint(1, 3)))
            end_user: Any = rng.choice([None, *parties[:3]])
            if rng.random() < 0.25:
                end_user = rng.choice(customers)
            tx = {
                "id": f"ORD-{i:07d}",
                "date": rng.choice(days).isoformat(),
                "exporter": rng.choice(countries),
                "destination": rng.choice(countries),
                "channel": rng.choice(["export", "export", "reexport", "transfer"]),
                "end_user": end_user,
                "end_use": rng.choice([[], ["advanced_node_fab"], ["military"]]),
                "persons": rng.choice([[], ["US"]]),
                "item": {
                    "kind": rng.choice(KINDS),
                    "name": "H100-class GPU",
                    "params": {p: rng.choice(params[p]) for p in picked},
                    "flags": rng.choice([["datacenter"], []]),
                    "classification": rng.choice([{}, {"US": "3A090.a"}]),
                    "origin": rng.choice(countries),
                    "content": {"US": rng.choice([0.0, 10.0, 25.0, 30.0])},
                    "made_with": rng.choice([["US"], []]),
                },
            }
            f.write(json.dumps(tx, separators=(",", ":")) + "\n")


def classification_book(n: int, seed: int, path: Path) -> None:
    """The order book with a US classification on every line, each line's code its own
    (``3A090.a.17``, ``5A992.c.18``...): an exporter's sub-codes under the ECCNs the rules
    name and under ones they do not. The rules read only the prefixes they name, so memory
    must not grow with the number of distinct codes."""
    rng = random.Random(seed + 1)
    eccns = ["3A090.a", "3A090.b", "3A090.c", "4A090.a", "3A001.z", "5A992.c", "EAR99"]
    order_book(n, seed, path, (f"{rng.choice(eccns)}.{i}" for i in itertools.count()))


#: ``--shape``: how each line of the input is made.
SHAPES: dict[str, Callable[[int, int, Path], None]] = {
    "book": order_book,
    "rich": rich_book,
    "classifications": classification_book,
}


#: The CSV header's list columns (entries joined with ``;`` in CSV, Arrow lists otherwise).
LIST_COLUMNS = ("end_use", "persons", "item.flags", "item.made_with")


def flat(tx: dict[str, Any]) -> dict[str, Any]:
    """A JSON Lines record as the CSV header's dotted field paths (the columns of CSV,
    Parquet and Arrow input): lists stay lists, an end user given as an object becomes its
    ``end_user.*`` columns (owners as ``{party, share}`` entries)."""
    out: dict[str, Any] = {}
    for key, value in tx.items():
        if key == "item":
            for field, x in value.items():
                if isinstance(x, dict):
                    for name, y in x.items():
                        out[f"item.{field}.{name}"] = y
                else:
                    out[f"item.{field}"] = x
        elif key == "end_user" and isinstance(value, dict):
            for field, x in value.items():
                out[f"end_user.{field}"] = x
        elif value is not None:
            out[key] = value
    return out


def write_csv(records: list[dict[str, Any]], path: Path) -> None:
    """The records as CSV input (header of dotted paths, ``;`` between list entries,
    ``PARTY:SHARE`` owners, an empty cell for an absent field)."""
    import csv

    rows = [flat(r) for r in records]
    header = sorted({k for r in rows for k in r}, key=lambda k: (k != "id", k != "date", k))
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            cells = []
            for k in header:
                x = r.get(k)
                if k == "end_user.owners" and x is not None:
                    x = ";".join(f"{o['party']}:{o['share']}" for o in x)
                elif k in LIST_COLUMNS and x is not None:
                    x = ";".join(x)
                cells.append("" if x is None else x)
            w.writerow(cells)


def arrow_table(records: list[dict[str, Any]]) -> Any:
    """The records as an Arrow table of the contract's columns: dates as Arrow dates,
    list fields as Arrow lists, a missing field as a null."""
    import pyarrow as pa

    rows = [flat(r) for r in records]
    names = sorted({k for r in rows for k in r}, key=lambda k: (k != "id", k != "date", k))
    columns: dict[str, Any] = {}
    for k in names:
        values = [r.get(k) for r in rows]
        if k == "date":
            columns[k] = pa.array([dt.date.fromisoformat(x) for x in values], pa.date32())
        elif k in LIST_COLUMNS:
            columns[k] = pa.array(values, pa.list_(pa.string()))
        elif k == "end_user.owners":
            owner = pa.struct([("party", pa.string()), ("share", pa.float64())])
            columns[k] = pa.array(values, pa.list_(owner))
        elif k.startswith(("item.params.", "item.content.")):
            columns[k] = pa.array(values, pa.float64())
        else:
            columns[k] = pa.array(values)
    return pa.table(columns)


def screen(path: Path, jobs: int) -> dict[str, Any]:
    out = path.with_suffix(".out.jsonl")
    cmd = [sys.executable, "-c", "from policy.cli import main; main()", "screen", str(path)]
    cmd += ["--out", str(out), "--jobs", str(jobs), "--no-progress"]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd)
    # wait4 gives this child's own resource use, its reaped workers included: the peak
    # resident set of the largest of them
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"policy screen failed with exit code {proc.returncode}")
    lines = sum(1 for _ in out.open("rb"))
    cpu = usage.ru_utime + usage.ru_stime
    return {
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3),
        "decisions": lines,
        "decisions_per_second": round(lines / wall),
        # On a machine busy with other work, wall-clock understates what the code does:
        # decisions per CPU-second (parent and workers) is the load-independent figure.
        "decisions_per_cpu_second": round(lines / cpu),
        "load_average": round(os.getloadavg()[0], 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "out": out,
    }


def check(path: Path, out: Path, sample: int) -> int:
    """Decisions that differ from the reference decide (trace aside) among the first lines."""
    from policy import decide
    from policy.loading import transaction_from_data
    from policy.regimes import default_world

    world = default_world()
    bad = 0
    with path.open() as src, out.open() as got:
        for _, (a, b) in zip(range(sample), zip(src, got, strict=True), strict=False):
            ref = decide(world, transaction_from_data(json.loads(a), where="check")).to_json_dict()
            for v in ref["verdicts"].values():  # type: ignore[union-attr]
                v["trace"] = []
            bad += json.loads(b) != ref
    return bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--sizes", default="", help="comma-separated sizes (default: lines/10, lines)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", type=int, default=2000, help="lines checked against decide")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--shape",
        choices=sorted(SHAPES),
        default="book",
        help="book: the order book above; rich: every field given (DESIGN.md's example);"
        " classifications: the order book with a distinct classification code per line",
    )
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(",") if s] or [a.lines // 10, a.lines]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"orders-{n}.jsonl"
            SHAPES[a.shape](n, a.seed, path)
            res = screen(path, a.jobs)
            bad = check(path, res.pop("out"), a.check)
            row = {"lines": n, "shape": a.shape, "jobs": a.jobs}
            row["input_mb"] = round(path.stat().st_size / 2**20, 1)
            row |= res | {"checked": min(a.check, n), "disagree": bad}
            print(json.dumps(row) if a.json else row, flush=True)
            if bad:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
