"""``policy.dask.screen`` on a real ``distributed.LocalCluster`` of two worker processes:
the decisions of :func:`policy.screen_arrow`, every input id exactly once, also when a
worker process is killed while the run is under way (Dask decides its partitions again)."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")

import policy  # noqa: E402
import policy.dask  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import screen as bench  # noqa: E402

sys.path.pop(0)

#: Rows and Parquet files (one partition each) of the order book the tests screen.
ROWS, FILES = 4000, 8


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def orders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pa.Table]:
    """The rich order book (text ids, end users as objects) as ``FILES`` Parquet files."""
    tmp = tmp_path_factory.mktemp("orders")
    bench.rich_book(ROWS, 5, tmp / "orders.jsonl")
    table = bench.arrow_table(
        [json.loads(x) for x in (tmp / "orders.jsonl").read_text().splitlines()]
    )
    folder = tmp / "parquet"
    folder.mkdir()
    step = ROWS // FILES
    for k in range(FILES):
        pq.write_table(table.slice(k * step, step), folder / f"part-{k}.parquet")
    return folder, table


def _by_id(frame: Any) -> list[dict[str, Any]]:
    rows = pa.Table.from_pandas(frame, preserve_index=False).to_pylist()
    return sorted(rows, key=lambda r: r["id"])


def test_a_local_cluster_gives_screen_arrows_decisions_each_id_once(client, orders):
    folder, table = orders
    decided = policy.dask.screen(dd.read_parquet(str(folder)))
    got = _by_id(decided.compute())
    want = policy.screen_arrow(table).to_pylist()
    assert [r["id"] for r in got] == sorted(table.column("id").to_pylist())
    assert got == sorted(want, key=lambda r: r["id"])
    assert all(r["error"] is None for r in got)


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(client, orders):
    folder, table = orders
    decided = policy.dask.screen(dd.read_parquet(str(folder), split_row_groups=False))
    persisted = client.persist(decided)
    futures = distributed.futures_of(persisted)
    # once a partition is decided, kill the worker process that holds it: its results are
    # lost and the run is not over (Dask must decide them again on the other worker or
    # on the nanny's new process)
    first = next(iter(distributed.as_completed(futures)))
    holder = next(iter(client.who_has([first])[first.key]))
    pid = client.run(os.getpid, workers=[holder])[holder]
    os.kill(pid, signal.SIGKILL)
    got = _by_id(persisted.compute())
    want = policy.screen_arrow(table).to_pylist()
    assert [r["id"] for r in got] == sorted(table.column("id").to_pylist())
    assert got == sorted(want, key=lambda r: r["id"])
