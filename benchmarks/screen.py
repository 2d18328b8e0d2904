"""Screening benchmarks: the same order book through every door of the library (the
default), or ``policy screen`` on JSON Lines at several sizes (``--mode sizes``).

    python benchmarks/screen.py --json                    # 2,000,000 rows, every door
    python benchmarks/screen.py --mode sizes --lines 1000000 --jobs 2

``--mode doors`` prints one line per door: ``door``, ``n``, ``decisions_per_second``,
``ratio_to_limit`` and ``peak_mb``. The doors: ``limit`` (the compiled evaluator's own rate
on the same rows already in columns: whole decisions, nothing read or written), ``jsonl``,
``csv`` and ``parquet`` (``policy screen FILE --out OUT --jobs N``: JSON Lines -> JSON
Lines, CSV -> JSON Lines, Parquet -> Parquet, timed as the whole command in its process),
``arrow`` (:func:`policy.screen_arrow` on the table in memory), ``decide_many`` (on
``Transaction`` objects, made beforehand 100,000 at a time, ``--decide-many-rows`` of them)
and ``dask`` (:func:`policy.dask.screen` of the Parquet file on a ``LocalCluster`` of two
worker processes, to a Parquet directory, after each worker compiled the library once).
The books are made, and each door runs, in a process of its own; ``peak_mb`` is the peak
resident set of the door's largest process (``os.wait4``; the workers' own for Dask). The
Parquet door's decisions are compared row by row with the JSON Lines door's
(``differ_from_jsonl``).

``--mode sizes``: each size is screened by a separate
``policy screen FILE --out OUT --jobs N`` process; time is wall-clock for the whole process
(start-up, loading and compiling the library included) and memory is the peak resident set
of the process and its workers (``os.wait4``; ``/usr/bin/time -v`` reports the same). The
decisions are checked against the reference ``policy.decide`` on a sample.

The order book is seeded and aimed at the shipped library's edges: its thresholds (exactly
and a step either side), its change dates (each and the day before), its countries and
parties, a mix of item kinds, end uses, flags, origins and content shares, as an order book
screened against export controls would have.
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


def complete_book(n: int, seed: int, path: Path) -> None:
    """The rich book with every fact stated (the records ``--facts strict`` accepts, for
    which open facts cost only the check that none is missing): every parameter the
    library compares, an end user always (a party or a customer object), and a
    classification, content, origin, flags, end uses, persons and made_with on every line."""
    params = edges()["params"]
    tmp = path.with_suffix(".rich")
    rich_book(n, seed, tmp)
    rng = random.Random(seed + 2)
    parties = edges()["parties"]
    with tmp.open() as src, path.open("w") as f:
        for line in src:
            tx = json.loads(line)
            if tx["end_user"] is None:
                tx["end_user"] = rng.choice(parties)
            item = tx["item"]
            item["params"] = {p: rng.choice(v) for p, v in params.items()}
            if not item["classification"]:
                item["classification"] = {"US": "EAR99"}
            f.write(json.dumps(tx, separators=(",", ":")) + "\n")
    tmp.unlink()


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
    "complete": complete_book,
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


def write_csv(records: list[dict[str, Any]], path: Path, header: list[str] | None = None) -> None:
    """The records as CSV input (header of dotted paths, ``;`` between list entries,
    ``PARTY:SHARE`` owners, an empty cell for an absent field). With ``header``, those
    columns, appended to ``path`` (whose header is written when it is empty)."""
    import csv

    rows = [flat(r) for r in records]
    append = header is not None
    fresh = not append or not path.exists() or path.stat().st_size == 0
    if header is None:
        header = sorted({k for r in rows for k in r}, key=lambda k: (k != "id", k != "date", k))
    with path.open("a" if append else "w", newline="") as f:
        w = csv.writer(f)
        if fresh:
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


def arrow_table(records: list[dict[str, Any]], names: list[str] | None = None) -> Any:
    """The records as an Arrow table of the contract's columns (``names``: these, in this
    order; by default those the records give): dates as Arrow dates, list fields as Arrow
    lists, a missing field as a null."""
    import pyarrow as pa

    rows = [flat(r) for r in records]
    if names is None:
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


# --------------------------------------------------------------------------- the doors
#
# ``--mode doors`` (the default): the same order book through each door of the library,
# each in its own process (so that its peak memory is its own), as decisions per second and
# as a ratio to the limit: the compiled evaluator's own rate on the same rows, already in
# columns (``CompiledWorld.combos``: whole decisions, no reading, no writing).

#: Rows per Parquet row group and per in-memory chunk (the library's own unit).
GROUP_ROWS = 1 << 16
#: The doors, in the order they are run and printed.
DOORS = ("limit", "jsonl", "csv", "parquet", "arrow", "decide_many", "dask")
DOOR_NAMES = {
    "limit": "compiled evaluator on columns (the limit)",
    "jsonl": "policy screen: JSON Lines -> JSON Lines",
    "csv": "policy screen: CSV -> JSON Lines",
    "parquet": "policy screen: Parquet -> Parquet",
    "arrow": "policy.screen_arrow: Arrow table in memory",
    "decide_many": "policy.decide_many: Transaction objects",
    "dask": "policy.dask.screen: Dask, 2 local worker processes",
}


def _chunks(path: Path, size: int) -> Iterator[list[dict[str, Any]]]:
    with path.open() as f:
        while lines := list(itertools.islice(f, size)):
            yield [json.loads(x) for x in lines]


def make_books(n: int, seed: int, folder: Path) -> None:
    """The order book as ``book.jsonl``, ``book.csv`` and ``book.parquet`` (row groups of
    :data:`GROUP_ROWS`), the same rows in each, converted a chunk at a time."""
    import pyarrow.parquet as pq

    order_book(n, seed, folder / "book.jsonl")
    keys: set[str] = set()
    for chunk in _chunks(folder / "book.jsonl", GROUP_ROWS):
        keys.update(k for r in chunk for k in flat(r))
    names = sorted(keys, key=lambda k: (k != "id", k != "date", k))
    writer = None
    for chunk in _chunks(folder / "book.jsonl", GROUP_ROWS):
        write_csv(chunk, folder / "book.csv", names)
        table = arrow_table(chunk, names)
        if writer is None:
            writer = pq.ParquetWriter(folder / "book.parquet", table.schema)
        writer.write_table(table, row_group_size=GROUP_ROWS)
    if writer is not None:
        writer.close()


def _cli(args: list[str]) -> None:
    from policy.cli import main as cli

    try:
        cli(args, standalone_mode=False)
    except SystemExit as e:
        if e.code not in (0, 1, None):
            raise


def run_door(door: str, folder: Path, jobs: int, most: int) -> dict[str, Any]:
    """Run one door in this process: ``{"n", "seconds"}`` for the timed part (a whole
    ``policy screen`` command for the command's doors; the call alone for the others,
    their input made beforehand)."""
    import pyarrow.parquet as pq

    book = folder / "book.parquet"
    if door in ("jsonl", "csv", "parquet"):
        src = folder / f"book.{door}"
        out = folder / ("decisions.parquet" if door == "parquet" else f"decisions-{door}.jsonl")
        t = time.perf_counter()
        _cli(["screen", str(src), "--out", str(out), "--jobs", str(jobs), "--no-progress"])
        seconds = time.perf_counter() - t
        return {"n": pq.ParquetFile(book).metadata.num_rows, "seconds": seconds}
    from policy.regimes import default_world

    world = default_world()
    if door in ("limit", "arrow"):
        import policy
        from policy.screening import arrow as columnar

        table = pq.read_table(book)
        if door == "arrow":
            policy.screen_arrow(table.slice(0, 1000), world)  # compiled once, beforehand
            t = time.perf_counter()
            policy.screen_arrow(table, world)
            return {"n": table.num_rows, "seconds": time.perf_counter() - t}
        s = columnar.settings_for(world, None, "limit")
        reader = columnar.ArrowReader(s, columnar.plan(table.schema, "limit"))
        batches = [reader.read(rb)[0] for rb in table.to_batches(max_chunksize=GROUP_ROWS)]
        del table
        s.compiled.combos(batches[0])
        t = time.perf_counter()
        for b in batches:
            s.compiled.combos(b)
        return {"n": sum(b.n for b in batches), "seconds": time.perf_counter() - t}
    if door == "decide_many":
        from policy import decide_many
        from policy.loading import check_references, transaction_from_data

        n, seconds = 0, 0.0
        for chunk in _chunks(folder / "book.jsonl", min(most, 100_000)):
            txs = [
                check_references(transaction_from_data(r, where="book"), world, where="book")
                for r in chunk
            ]
            if n == 0:
                decide_many(world, txs[:1000])
            t = time.perf_counter()
            for _ in decide_many(world, txs):
                pass
            seconds += time.perf_counter() - t
            n += len(txs)
            if n >= most:
                break
        return {"n": n, "seconds": seconds}
    if door == "dask":
        import dask.dataframe as dd
        from distributed import Client, LocalCluster

        import policy.dask

        with (
            LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
            ) as cluster,
            Client(cluster) as client,
        ):
            ddf = dd.read_parquet(str(book), split_row_groups=True)
            policy.dask.screen(ddf.partitions[:2]).compute()  # each worker compiles once
            t = time.perf_counter()
            policy.dask.screen(ddf).to_parquet(str(folder / "dask"), write_index=False)
            seconds = time.perf_counter() - t
            import resource

            def peak() -> int:
                return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

            workers = client.run(peak).values()
        n = pq.ParquetFile(book).metadata.num_rows
        return {"n": n, "seconds": seconds, "peak_rss_kb": max(workers)}
    raise SystemExit(f"no door {door!r}")


def compare(folder: Path) -> int:
    """Rows whose Parquet decision differs from the JSON Lines decision of the same row."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(folder / "decisions.parquet")
    jurisdictions = [c[: -len(".outcome")] for c in pf.schema_arrow.names if c.endswith(".outcome")]
    differ = 0
    with (folder / "decisions-jsonl.jsonl").open() as lines:
        for rb in pf.iter_batches(batch_size=GROUP_ROWS):
            for row in rb.to_pylist():
                d = json.loads(next(lines))
                want: dict[str, Any] = {"id": d["id"], "overall": d["overall"]}
                for j in jurisdictions:
                    v = d["verdicts"][j]
                    want |= {f"{j}.outcome": v["outcome"], f"{j}.reached": v["reached"]}
                    want |= {f"{j}.rules": v["rules"], f"{j}.review": v["review"]}
                differ += row != want | {"error": None}
        differ += sum(1 for _ in lines)
    return differ


def doors(a: argparse.Namespace) -> int:
    """Every door on one order book, each in a child process (``--door``); one line each."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        # in a process of its own: Linux keeps a process's peak resident set across
        # fork and exec, so a parent grown by making the books would set a floor under
        # every door's peak_mb
        cmd = [sys.executable, __file__, "--make-books", "--dir", str(folder)]
        subprocess.run([*cmd, "--lines", str(a.lines), "--seed", str(a.seed)], check=True)
        made = time.perf_counter() - t
        print(json.dumps({"made_books_s": round(made, 1), "n": a.lines}), file=sys.stderr)
        limit = 0.0
        for door in a.doors.split(","):
            cmd = [sys.executable, __file__, "--door", door, "--dir", str(folder)]
            cmd += ["--jobs", str(a.jobs), "--decide-many-rows", str(a.decide_many_rows)]
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
            assert proc.stdout is not None
            res = json.loads(proc.stdout.read())
            _, status, usage = os.wait4(proc.pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"door {door} failed")
            rate = res["n"] / res["seconds"]
            limit = rate if door == "limit" else limit
            peak_kb = max(usage.ru_maxrss, res.get("peak_rss_kb", 0))
            row = {
                "door": door,
                "what": DOOR_NAMES[door],
                "n": res["n"],
                "seconds": round(res["seconds"], 3),
                "decisions_per_second": round(rate),
                "ratio_to_limit": round(rate / limit, 4) if limit else None,
                "peak_mb": round(peak_kb / 1024, 1),
                "jobs": a.jobs if door in ("jsonl", "csv", "parquet") else 1,
                "load_average": round(os.getloadavg()[0], 2),
            }
            if door == "dask":
                row["jobs"] = 2
            if door == "parquet" and (folder / "decisions-jsonl.jsonl").exists():
                # in a child too: rows read here would raise the floor of the next doors' peaks
                cmd = [sys.executable, __file__, "--compare", "--dir", str(folder)]
                out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
                row["differ_from_jsonl"] = int(out)
            print(json.dumps(row) if a.json else row, flush=True)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument(
        "--mode",
        choices=["doors", "sizes"],
        default="doors",
        help="doors: the same order book through every door, one line each (default);"
        " sizes: `policy screen` on JSON Lines at several sizes (memory stays flat)",
    )
    ap.add_argument("--lines", type=int, default=None, help="rows (doors: 2,000,000)")
    ap.add_argument("--sizes", default="", help="comma-separated sizes (default: lines/10, lines)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", type=int, default=2000, help="lines checked against decide")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--doors", default=",".join(DOORS), help="the doors to run, in order")
    ap.add_argument(
        "--decide-many-rows",
        type=int,
        default=500_000,
        help="rows decide_many decides (its Transaction objects are made 100,000 at a time)",
    )
    ap.add_argument("--door", help=argparse.SUPPRESS)
    ap.add_argument("--dir", help=argparse.SUPPRESS)
    ap.add_argument(
        "--shape",
        choices=sorted(SHAPES),
        default="book",
        help="book: the order book above; rich: every field given (DESIGN.md's example);"
        " classifications: the order book with a distinct classification code per line;"
        " complete: the rich book with every fact stated (no open facts to look for)",
    )
    ap.add_argument("--make-books", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--compare", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.compare:
        print(compare(Path(a.dir)))
        return 0
    if a.make_books:
        make_books(a.lines, a.seed, Path(a.dir))
        return 0
    if a.door:
        print(json.dumps(run_door(a.door, Path(a.dir), a.jobs, a.decide_many_rows)))
        return 0
    if a.mode == "doors":
        a.lines = a.lines or 2_000_000
        return doors(a)
    a.lines = a.lines or 1_000_000
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
