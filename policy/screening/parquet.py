"""Parquet files and Arrow IPC streams as screening input: units of record batches.

A Parquet file named by path is cut into units of whole row groups, which the workers read
themselves (so the rows never pass through the parent); a file whose row groups are much
larger than a unit, a Parquet file on standard input (read whole: Parquet's index is at its
end) and Arrow IPC input are read by the parent in record batches of about
:data:`CHUNK_ROWS` rows, handed to the workers. Either way at most a few units are in flight,
so memory does not grow with the input. Text columns are read with Parquet's own
dictionaries, which the columnar reader uses as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from policy.errors import InputError
from policy.screening import arrow
from policy.screening.decisions import Result, result_of
from policy.screening.formats import Source
from policy.screening.reading import Unit
from policy.screening.settings import Settings, current
from policy.screening.spools import spooled

#: Rows per unit of work: large enough that the per-chunk costs vanish (a few hundred
#: distinct decisions, a row group), small enough that a few units in flight stay some
#: tens of megabytes.
CHUNK_ROWS = 1 << 16


@dataclass(frozen=True)
class ArrowUnit:
    """Rows ``first...`` of an Arrow input: a record batch the parent read, or row groups
    of a Parquet file that the worker reads itself."""

    plan: arrow.Plan
    first: int
    spool: str | None
    batch: pa.RecordBatch | None = None
    path: str | None = None
    row_groups: tuple[int, ...] = ()

    def decide(self) -> Result:
        """Read (if need be), decide and spool this unit (in a worker, or the parent)."""
        s = current()
        assert s is not None
        rb = self.batch
        if rb is None:
            assert self.path is not None
            pf = pq.ParquetFile(self.path, read_dictionary=text_columns(self.plan))
            table = pf.read_row_groups(list(self.row_groups), use_threads=False)
            rb = one_batch(table)
        a = arrow.answers(s, reader_for(s, self.plan), rb, self.first)
        return spooled(result_of(s, a), self.spool, None)


def one_batch(table: pa.Table) -> pa.RecordBatch:
    """A table's rows as one record batch (its chunks joined, dictionaries unified)."""
    table = table.unify_dictionaries().combine_chunks()
    batches = table.to_batches()
    if len(batches) == 1:
        return batches[0]
    return pa.RecordBatch.from_pylist([], schema=table.schema) if not batches else batches[0]


def reader_for(s: Settings, plan: arrow.Plan) -> arrow.ArrowReader:
    """The columnar reader of ``plan``'s columns for these settings (made once per
    process: its memo of distinct values is kept from unit to unit)."""
    got = s._tables.get(("reader", plan))
    if got is None:
        got = s._tables[("reader", plan)] = arrow.ArrowReader(s, plan)
    return got  # type: ignore[no-any-return]


def text_columns(plan: arrow.Plan) -> list[str]:
    """The plain text columns, read with Parquet's dictionaries."""
    texts = set(arrow.TEXTS) | set(plan.classification) | {"date", "id"}
    return [c for c in plan.names if c in texts]


def rechunk(batches: Iterable[pa.RecordBatch], rows: int = CHUNK_ROWS) -> Iterator[pa.RecordBatch]:
    """Record batches of about ``rows`` rows: large ones sliced (without copies), small
    ones gathered."""
    held: list[pa.RecordBatch] = []
    count = 0
    for b in batches:
        start = 0
        while start < b.num_rows:
            take = min(rows - count, b.num_rows - start)
            held.append(b.slice(start, take))
            count += take
            start += take
            if count >= rows:
                yield one_batch(pa.Table.from_batches(held))
                held, count = [], 0
    if held:
        yield one_batch(pa.Table.from_batches(held))


def _units(
    batches: Iterable[pa.RecordBatch], plan: arrow.Plan, spool: str | None
) -> Iterator[Unit]:
    first = 0
    for b in rechunk(batches):
        yield ArrowUnit(plan, first, spool, batch=b)  # type: ignore[misc]
        first += b.num_rows


def parquet_units(source: Source, spool: str | None) -> Iterator[Unit]:
    """The units of a Parquet input (see the module docstring)."""
    where: Any = source.path
    try:
        if where is None:
            where = pa.BufferReader(source.stream.read())
        pf = pq.ParquetFile(where)
    except (pa.ArrowException, OSError) as e:
        raise InputError(f"cannot read as Parquet: {e}", where=source.where) from None
    plan = arrow.plan(pf.schema_arrow, source.where)
    md = pf.metadata
    sizes = [md.row_group(k).num_rows for k in range(md.num_row_groups)]
    if source.path is None or any(n > 4 * CHUNK_ROWS for n in sizes):
        if source.path is None:
            where.seek(0)
        pf = pq.ParquetFile(where, read_dictionary=text_columns(plan))
        yield from _units(pf.iter_batches(batch_size=CHUNK_ROWS, use_threads=False), plan, spool)
        return
    first = 0
    group: list[int] = []
    rows = 0
    for k, n in enumerate(sizes):
        group.append(k)
        rows += n
        if rows >= CHUNK_ROWS or k == len(sizes) - 1:
            yield ArrowUnit(plan, first, spool, path=source.path, row_groups=tuple(group))  # type: ignore[misc]
            first += rows
            group, rows = [], 0


def arrow_units(source: Source, spool: str | None) -> Iterator[Unit]:
    """The units of an Arrow IPC input (the file format, or a stream)."""
    try:
        if source.path is not None:
            try:
                reader: Any = pa.ipc.open_file(pa.memory_map(source.path))
                batches: Iterable[pa.RecordBatch] = (
                    reader.get_batch(k) for k in range(reader.num_record_batches)
                )
            except pa.ArrowInvalid:
                reader = pa.ipc.open_stream(pa.memory_map(source.path))
                batches = reader
        else:
            reader = pa.ipc.open_stream(source.stream)
            batches = reader
        schema = reader.schema
    except (pa.ArrowException, OSError) as e:
        raise InputError(f"cannot read as Arrow IPC: {e}", where=source.where) from None
    plan = arrow.plan(schema, source.where)
    yield from _units(batches, plan, spool)
