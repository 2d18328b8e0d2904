"""Screening past one machine: :func:`screen` a Dask DataFrame of transactions on a Dask
cluster (``pip install "policy[dask]"``).

Each partition is decided by :func:`policy.screen_arrow` on the worker that holds it. The
world goes to the cluster once, as one task whose result every worker fetches once (a
Dask dependency, not an argument copied into each partition's task), and each worker
process compiles it once: the compiled form is kept in the process, keyed by the
content hash of the world (:func:`_compiled`). A worker lost mid-run has its partitions
decided again elsewhere by Dask, so every input row is answered exactly once.

A world from ``--regimes`` (your own regime modules) must be importable on the workers
too, as any code a Dask task runs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import threading
from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pyarrow as pa

from policy.model.world import World
from policy.screening import arrow as arrow_screening
from policy.screening.tables import schema as decision_schema

#: Worlds unpickled in this process, by content hash (a worker keeps the few it met).
_WORLDS: dict[str, World] = {}
_WORLDS_LOCK = threading.Lock()


def _compiled(key: str, payload: bytes) -> World:
    """The world of ``payload`` (its pickle), unpickled once per process and kept by its
    content hash ``key``: the compiled tables (:func:`policy.screen_arrow`'s settings,
    made once per world object) are then made once per worker process too."""
    with _WORLDS_LOCK:
        got = _WORLDS.get(key)
        if got is None:
            if len(_WORLDS) >= 4:
                _WORLDS.clear()
            got = _WORLDS[key] = pickle.loads(payload)
        return got


def _decide_partition(
    frame: pd.DataFrame,
    key: str,
    payload: bytes,
    on: dt.date | None,
    partition_info: dict[str, Any] | None = None,
) -> pd.DataFrame:
    number = partition_info["number"] if partition_info else 0
    world = _compiled(key, payload)
    table = pa.Table.from_pandas(frame, preserve_index=False)
    out = arrow_screening.screen_arrow(table, world, on, where=f"partition {number}")
    return out.to_pandas(types_mapper=pd.ArrowDtype)


def screen(ddf: dd.DataFrame, world: World | None = None, as_of: dt.date | None = None) -> Any:
    """Decide every row of a Dask DataFrame whose columns are the CSV header's dotted
    field paths (as :func:`policy.screen_arrow` reads them), lazily: the result is a Dask
    DataFrame of decisions, one row per input row in the same partitions and order, with
    the columns of :func:`policy.screen_arrow` (Arrow-backed pandas types). A bad row's
    ``error`` names its partition and row (``partition 3: row 17: destination: ...``).

    Args:
        ddf: the transactions (``dask.dataframe.read_parquet("orders/*.parquet")``...).
        world: the regimes to decide under; the shipped library by default.
        as_of: decide every row under the law of this date instead of its own.

    Raises:
        InputError: the columns are not the contract's (checked here, before anything
            runs on the cluster).
    """
    if world is None:
        from policy.regimes import default_world

        world = default_world()
    input_schema = pa.Schema.from_pandas(ddf._meta, preserve_index=False)
    plan = arrow_screening.plan(input_schema, "<dask>")
    payload = pickle.dumps(world, protocol=pickle.HIGHEST_PROTOCOL)
    key = hashlib.sha256(payload).hexdigest()
    from policy.engine.compiled import compile_world

    jurisdictions = compile_world(world).jurisdictions
    meta = (
        decision_schema(jurisdictions, plan.id_type)
        .empty_table()
        .to_pandas(types_mapper=pd.ArrowDtype)
    )
    # one task holds the world; each worker fetches its result once
    shipped = dask.delayed(payload, name=f"policy-world-{key[:16]}", pure=True)
    return ddf.map_partitions(
        _decide_partition,
        key,
        shipped,
        as_of,
        meta=meta,
        enforce_metadata=False,
        align_dataframes=False,
    )


__all__ = ["screen"]


def screen_files(
    pattern: str,
    out: str,
    *,
    scheduler: str,
    world: World | None = None,
    as_of: dt.date | None = None,
) -> Any:
    """``policy screen GLOB --scheduler ADDRESS --out DIR/``: read the Parquet files of
    ``pattern`` (a path, a directory or a glob; a remote URL such as ``s3://`` where
    fsspec and its filesystem package are installed) as a Dask DataFrame, decide it on the
    cluster at ``scheduler`` and write the decisions to the directory ``out``, one Parquet
    file per partition; return the :class:`~policy.screening.files.ScreenSummary`.

    Raises:
        InputError: no such files, the columns are not the contract's, or the scheduler
            cannot be reached (each naming the place).
    """
    from types import MappingProxyType

    from distributed import Client

    from policy.errors import InputError
    from policy.model.decisions import Outcome
    from policy.screening.files import ScreenSummary

    try:
        client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError, ValueError) as e:
        raise InputError(f"cannot reach the Dask scheduler: {e}", where=scheduler) from None
    with client:
        try:
            ddf = dd.read_parquet(pattern)
        except (OSError, ValueError, pa.ArrowException) as e:
            raise InputError(f"cannot read as Parquet: {e}", where=pattern) from None
        decided = screen(ddf, world, as_of)
        write = decided.to_parquet(out, write_index=False, compute=False)
        outcomes, errors = dask.compute(
            write, decided["overall"].value_counts(), decided["error"].count()
        )[1:]
    counts = {str(k): int(n) for k, n in outcomes.items()}
    ranked = sorted(Outcome, key=lambda o: o.rank)
    return ScreenSummary(
        decided=sum(counts.values()),
        bad=int(errors),
        outcomes=MappingProxyType({o: counts.get(o.value, 0) for o in ranked}),
    )
