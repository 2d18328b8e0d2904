"""The outputs pinned as golden files: what the shipped library says, through the public
commands, on inputs chosen to touch every regime, date and part of the engine.

Each entry of :data:`GOLDEN` is a file name under ``tests/golden/files/`` and a function that
produces its bytes. Source line numbers and the regime file a rule sits in are left out of
the findings and diffs (``"line": 0``, ``"file": "policy/regimes"``): moving a rule within
or between the library's files changes no law. Everything else must stay byte-identical.

Update them after an intended change of the law or of an output with::

    python -m pytest tests/golden --update-golden

and review ``git diff tests/golden/files`` before committing.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from policy.cli import main

ROOT = Path(__file__).resolve().parents[2]
FILES = Path(__file__).resolve().parent / "files"

#: Dates around the law's biggest changes, in both directions.
DIFFS = (
    ("2022-10-06", "2022-10-08"),
    ("2023-10-16", "2023-11-17"),
    ("2024-12-01", "2025-01-16"),
    ("2025-01-16", "2025-12-01"),
)

_LINE = re.compile(r'"line": ?\d+')
_FILE = re.compile(r'"file": ?"policy/regimes/[^"]*"')


def _normalise(text: str) -> str:
    text = _LINE.sub('"line": 0', text)
    return _FILE.sub('"file": "policy/regimes"', text)


def _run(*args: str, stdin: str | None = None) -> str:
    r = CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)
    if r.exit_code not in (0, 1):
        raise AssertionError(f"policy {' '.join(args)} exited {r.exit_code}: {r.output}")
    return r.stdout


def check_all_dates() -> bytes:
    return _normalise(_run("check", "--all-dates", "--format", "json")).encode()


def diffs() -> bytes:
    out = []
    for a, b in DIFFS:
        out.append(_normalise(_run("diff", "--from", a, "--to", b, "--format", "json")))
    return "".join(out).encode()


def public_cases() -> bytes:
    from tests.regimes.test_public_cases import CASES

    out = []
    for name, data, _ in CASES:
        text = _run("decide", "-", "--format", "json", stdin=json.dumps(data))
        out.append(json.dumps({"case": name}) + "\n" + text)
    return "".join(out).encode()


def _order_book(n: int, seed: int, path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import screen as bench_screen
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    bench_screen.order_book(n, seed, path)


def _screened(n: int, *flags: str) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "book.jsonl"
        _order_book(n, 7, book)
        text = _run("screen", str(book), "--jobs", "1", *flags)
    return gzip.compress(text.encode(), mtime=0)


def screen_order_book() -> bytes:
    return _screened(5000)


def screen_explained() -> bytes:
    return _screened(1000, "--explain")


def bench_workload() -> bytes:
    """The neutral benchmark workload (200 rules, 5,000 transactions) decided by the
    compiled evaluator: one line of outcome per transaction."""
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks import ours, workload
    finally:
        sys.path.remove(str(ROOT))
    from policy import decide_many

    data = workload.generate(seed=1, n_rules=200, n_txs=5000)
    world = ours.world_of(data)
    txs = ours.transactions_of(data["transactions"])
    lines = []
    for tx, d in zip(txs, decide_many(world, txs), strict=True):
        v = d.verdicts["US"]
        lines.append(f"{tx.id} {d.overall.value} {','.join(v.rules)}\n")
    return "".join(lines).encode()


GOLDEN: dict[str, Callable[[], bytes]] = {
    "check-all-dates.json": check_all_dates,
    "diffs.json": diffs,
    "decide-public-cases.jsonl": public_cases,
    "screen-order-book.jsonl.gz": screen_order_book,
    "screen-explained.jsonl.gz": screen_explained,
    "bench-workload.txt": bench_workload,
}


def text_of(name: str, data: bytes) -> list[str]:
    """The lines of a golden file, decompressed where it is gzip."""
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode().splitlines()
