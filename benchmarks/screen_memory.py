"""``policy screen`` keeps memory flat however large the input: peak resident memory for a
multi-million-line JSON Lines file and for one ten times smaller, and for a file whose one
runaway line is far longer than the record limit. Each size is screened in two shapes: the
order book, and the order book with a classification code of its own on every line (which
made a table class per code, 741 MB at 1,000,000 lines, before codes were classed by the
prefixes the rules name).

    python benchmarks/screen_memory.py --lines 2000000 --jobs 1,2

Each file is screened by a separate ``policy screen FILE`` process writing to /dev/null. Peak
memory is measured two ways: ``ru_maxrss`` from ``os.wait4`` (the largest single process,
workers included once reaped) and the peak of the whole process tree's summed resident set,
sampled from /proc every 20 ms (the figure that matters with ``--jobs``). The order book is
the seeded one of ``benchmarks/screen.py`` (the shipped library's thresholds, dates,
countries and parties). Flat means: the larger file's peak is within a few megabytes of the
smaller one's, not ten times it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screen import SHAPES


def _tree_rss_kb(root: int) -> int:
    """Summed VmRSS of ``root`` and every descendant (0 once they are gone)."""
    total = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def screen(path: Path, jobs: int) -> dict[str, Any]:
    cmd = [sys.executable, "-c", "from policy.cli import main; main()", "screen", str(path)]
    cmd += ["--jobs", str(jobs), "--no-progress", "--bad-records", "skip"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    done.set()
    sampler.join()
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1, 2):
        raise SystemExit(f"policy screen failed with exit code {code}")
    return {
        "wall_s": round(wall, 1),
        "max_process_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "peak_tree_rss_mb": round(peak[0] / 1024, 1),
    }


def runaway(path: Path, megabytes: int) -> None:
    """A good record, one line of ``megabytes`` MB (never a valid record), a good record."""
    good = (
        b'{"date":"2023-12-01","exporter":"US","destination":"CN",'
        b'"item":{"kind":"ic.accelerator","params":{"tpp":5000}}}\n'
    )
    with path.open("wb") as f:
        f.write(good)
        f.write(b'{"id":"')
        block = b"x" * (1 << 20)
        for _ in range(megabytes):
            f.write(block)
        f.write(b'"}\n')
        f.write(good)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--lines", type=int, default=2_000_000, help="the larger file's lines")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    ap.add_argument("--runaway-mb", type=int, default=512, help="size of the one long line")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", default=None, help="where to write the inputs (default: a temp dir)")
    ap.add_argument(
        "--shapes",
        default="book,classifications",
        help=f"comma-separated shapes of benchmarks/screen.py ({', '.join(sorted(SHAPES))})",
    )
    a = ap.parse_args()
    jobs = [int(j) for j in a.jobs.split(",") if j]
    shapes = [s for s in a.shapes.split(",") if s]
    with tempfile.TemporaryDirectory(dir=a.dir) as tmp:
        inputs: list[tuple[str, Path, int]] = []
        for shape in shapes:
            for n in (a.lines // 10, a.lines):
                path = Path(tmp) / f"{shape}-{n}.jsonl"
                SHAPES[shape](n, a.seed, path)
                inputs.append((f"{n:,} lines ({shape})", path, n))
        path = Path(tmp) / "runaway.jsonl"
        runaway(path, a.runaway_mb)
        inputs.append((f"one {a.runaway_mb} MB line", path, 3))
        for label, path, _n in inputs:
            for j in jobs:
                row = {"input": label, "input_mb": round(path.stat().st_size / 2**20), "jobs": j}
                row |= screen(path, j)
                print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
