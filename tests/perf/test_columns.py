"""The columnar reader of ``policy screen`` takes a record only when the per-record fast
reader takes it (and so only when the strict reader accepts it), and gives the evaluator
exactly the row the per-record reader gives. Chunks mix valid transactions with broken
ones (fields dropped, added, retyped, out of range, misspelt, keys duplicated)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy.engine.compiled import Batch
from policy.engine.compiled.columns import ColumnReader
from policy.engine.compiled.records import FastReader
from tests.perf.strategies import boundary_transactions
from tests.perf.test_records import READER, WORLD, records

COLUMNS = ColumnReader(READER)


def materialised(batch: Batch) -> list[tuple[Any, ...]]:
    """Each row as the compiled tables see it: every column's value, every number given."""
    out = []
    for i in range(batch.n):
        row: list[Any] = [int(batch.date[i])]
        for name, col in sorted(batch.columns.items()):
            row.append((name, col.values[int(col.codes[i])]))
        params = {k: float(a[i]) for k, a in batch.params.items() if not math.isnan(a[i])}
        content = {k: float(a[i]) for k, a in batch.content.items() if a[i] != 0.0}
        classified = {
            k: c.values[int(c.codes[i])]
            for k, c in batch.classification.items()
            if c.values[int(c.codes[i])] is not None
        }
        row += [sorted(params.items()), sorted(content.items()), sorted(classified.items())]
        out.append(tuple(row))
    return out


def per_record(reader: FastReader, raws: list[bytes]) -> list[Any]:
    got = []
    for raw in raws:
        try:
            parsed = orjson.loads(raw)
        except orjson.JSONDecodeError:
            got.append(None)
            continue
        got.append(reader.row(parsed, raw))
    return got


def agree(columns: ColumnReader, reader: FastReader, raws: list[bytes]) -> np.ndarray:
    batch, ids, taken = columns.read(raws)
    assert len(taken) == len(raws) and batch.n == int(taken.sum()) == len(ids)
    rows = per_record(reader, raws)
    for t, row in zip(taken.tolist(), rows, strict=True):
        assert not t or row is not None, "the columnar reader took what the fast reader refuses"
    expected = [row for t, row in zip(taken.tolist(), rows, strict=True) if t]
    assert ids == [row[0] for row in expected]
    assert materialised(batch) == materialised(Batch([row[1] for row in expected]))
    return taken


@given(st.lists(records(), min_size=1, max_size=12))
def test_columns_take_only_what_the_fast_reader_takes_with_the_same_rows(chunk):
    agree(COLUMNS, READER, [raw.encode() for _, raw in chunk])


@given(st.lists(boundary_transactions(WORLD), min_size=1, max_size=12))
def test_columns_take_the_common_shape(txs):
    raws = [orjson.dumps(tx.to_json_dict()) for tx in txs]
    taken = agree(COLUMNS, READER, raws)
    rows = per_record(READER, raws)
    # what the fast reader takes in the common shape, the columns take too (a chunk whose
    # ':' count is off is counted record by record, so one odd record costs only itself)
    assert taken.tolist() == [row is not None for row in rows]


def test_as_of_replaces_every_date_but_a_date_is_still_required():
    on = FastReader(READER.parties, on=738_000)
    good = b'{"date":"2021-01-01","exporter":"US","destination":"CN","item":{"kind":"other"}}'
    bad = good.replace(b"2021-01-01", b"2021-02-30")
    taken = agree(ColumnReader(on), on, [good, bad])
    assert taken.tolist() == [True, False]
    batch, _, _ = ColumnReader(on).read([good])
    assert batch.date.tolist() == [738_000]


def test_a_duplicate_key_costs_only_its_own_record():
    good = b'{"date":"2024-01-01","exporter":"US","destination":"CN","item":{"kind":"other"}}'
    twice = good.replace(b'{"date"', b'{"exporter":"CN","date"')
    colon = good.replace(b'"item"', b'"id":"a:b","item"')
    taken = agree(COLUMNS, READER, [good, twice, good, colon])
    assert taken.tolist() == [True, False, True, False]


@pytest.mark.parametrize(
    "raw",
    [
        b"not json",
        b"[]",
        b'{"date":"2024-01-01","exporter":"US","destination":"CN","item":{"kind":"nope"}}',
        b'{"date":"2024-01-01","exporter":"US","destination":"CN","item":{"kind":"other"},"x":1}',
        b'{"date":"2024-1-01","exporter":"US","destination":"CN","item":{"kind":"other"}}',
        b'{"date":"2024-01-01","exporter":"US","destination":"CN","end_user":"Nobody",'
        b'"item":{"kind":"other"}}',
        b'{"date":"2024-01-01","exporter":"US","destination":"CN","end_user":{"name":"X"},'
        b'"item":{"kind":"other"}}',
        b'{"date":"2024-01-01","exporter":"US","destination":"CN",'
        b'"item":{"kind":"other","params":{"tpp":-1}}}',
        b'{"date":"2024-01-01","exporter":"US","destination":"CN",'
        b'"item":{"kind":"other","content":{"US":101}}}',
        b'{"date":"2024-01-01","exporter":"US","destination":"CN","id":true,'
        b'"item":{"kind":"other"}}',
        b'{"date":"2024-01-01","exporter":"US","destination":"CN","item":{"kind":"ot\xff"}}',
    ],
)
def test_a_record_the_columns_refuse_leaves_the_rest_of_the_chunk(raw):
    good = b'{"date":"2024-01-01","exporter":"US","destination":"CN","item":{"kind":"other"}}'
    taken = agree(COLUMNS, READER, [good, raw, good])
    assert taken.tolist() == [True, False, True]
