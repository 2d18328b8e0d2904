"""The columnar reader of ``policy screen`` takes a record only when the strict reader
(pydantic and the reference checks) accepts it, and gives the evaluator exactly the row of
the validated transaction. Chunks mix valid transactions (end users by id, by name, as
objects; colons and escapes in free text) with broken ones (fields dropped, added, retyped,
out of range, misspelt, keys duplicated)."""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy.engine.compiled import Batch, row_of
from policy.engine.compiled.columns import ColumnReader
from policy.errors import InputError
from policy.screening import settings
from tests.perf.strategies import boundary_transactions
from tests.perf.test_records import READER, WORLD, records, strict

SETTINGS = settings.Settings(world=WORLD, where="t", on=None, explain=False)
COLUMNS = SETTINGS.columns
assert COLUMNS is not None
GOOD = b'{"date":"2024-01-01","exporter":"US","destination":"CN","item":{"kind":"other"}}'


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


def reference(raw: bytes) -> Any:
    """``(id, row)`` of the record by the strict reader, or None when it refuses it."""
    tx = strict(raw.decode("utf-8", "surrogateescape"))
    return None if isinstance(tx, InputError) else (tx.id, row_of(tx))


def agree(columns: ColumnReader, raws: list[bytes]) -> np.ndarray:
    batch, ids, taken = columns.read(raws)
    assert len(taken) == len(raws) and batch.n == int(taken.sum()) == len(ids)
    expected = []
    for t, raw in zip(taken.tolist(), raws, strict=True):
        if t:
            ref = reference(raw)
            assert ref is not None, f"taken, but the strict reader refuses it: {raw!r}"
            expected.append(ref)
    assert ids == [ref[0] for ref in expected]
    assert materialised(batch) == materialised(Batch([ref[1] for ref in expected]))
    return taken


def fast(raw: bytes) -> bool:
    """Whether the per-record fast reader takes a record."""
    try:
        return READER.row(orjson.loads(raw), raw) is not None
    except orjson.JSONDecodeError:
        return False


@given(st.lists(records(), min_size=1, max_size=12))
def test_columns_take_only_what_the_strict_reader_accepts_with_the_same_rows(chunk):
    raws = [raw.encode() for _, raw in chunk]
    taken = agree(COLUMNS, raws)
    # and at least what the per-record fast path takes
    assert all(t or not fast(raw) for t, raw in zip(taken.tolist(), raws, strict=True))


@given(st.lists(boundary_transactions(WORLD), min_size=1, max_size=12), st.booleans())
def test_columns_take_valid_transactions_whatever_their_end_user(txs, ascii_only):
    # end users by id, unknown, or as objects; ids of free text, escaped or not
    raws = [json.dumps(tx.to_json_dict(), ensure_ascii=ascii_only).encode() for tx in txs]
    taken = agree(COLUMNS, raws)
    for t, raw, tx in zip(taken.tolist(), raws, txs, strict=True):
        escaped_colon = b"\\" in raw and ":" in str(tx.id)
        if reference(raw) is not None and SETTINGS.compiled.clean(tx.end_user):
            assert t or escaped_colon, raw


def test_an_end_user_by_name_or_alias_is_taken_as_the_party_id():
    raw = GOOD.replace(b'"item"', b'"end_user":"HUAWEI","item"')
    agree(COLUMNS, [raw])
    batch, _, taken = COLUMNS.read([raw])
    assert taken.tolist() == [True]
    assert batch.columns["end_user"].values == ["Huawei"]


def test_an_end_user_object_is_taken_as_the_strict_reader_reads_it():
    obj = (
        b'"end_user":{"name":"Acme: Trading","country":"HK",'
        b'"owners":[{"party":"Huawei","share":60}]}'
    )
    named = b'"end_user":{"name":"Huawei Technologies"}'
    unknown = b'"end_user":{"name":"Acme","owners":[{"party":"Nobody","share":60}]}'
    raws = [GOOD.replace(b'"item"', x + b',"item"') for x in (obj, named, unknown)]
    taken = agree(COLUMNS, raws)
    assert taken.tolist() == [True, True, False]


def test_one_name_where_a_list_belongs_is_taken_as_the_model_reads_it():
    raw = GOOD.replace(b'"item"', b'"persons":"US","end_use":"military","item"')
    raw = raw.replace(b'"other"}', b'"other","flags":"datacenter","made_with":"US"}')
    assert agree(COLUMNS, [raw]).tolist() == [True]


def test_as_of_replaces_every_date_but_a_date_is_still_required():
    on = settings.Settings(world=WORLD, where="t", on=738_000, explain=False)
    assert on.columns is not None
    bad = GOOD.replace(b"2024-01-01", b"2024-02-30")
    batch, _, taken = on.columns.read([GOOD, bad])
    assert taken.tolist() == [True, False]
    assert batch.date.tolist() == [738_000]


def test_a_duplicate_key_costs_only_its_own_record():
    twice = GOOD.replace(b'{"date"', b'{"exporter":"CN","date"')
    colon = GOOD.replace(b'"item"', b'"id":"a:b","item"')
    escaped = GOOD.replace(b'"item"', b'"id":"a\\u003ab","item"')
    # a duplicate key and an escaped ':' would balance a count of ':' bytes
    hidden = twice.replace(b'"item"', b'"id":"a\\u003ab","item"')
    taken = agree(COLUMNS, [GOOD, twice, GOOD, colon, escaped, hidden])
    assert taken.tolist() == [True, False, True, True, True, False]
    # a line the decoder refuses (no date) must not balance a duplicate elsewhere
    undated = GOOD.replace(b'"date":"2024-01-01",', b"")
    assert agree(COLUMNS, [twice, undated]).tolist() == [False, False]


@pytest.mark.parametrize(
    "raw",
    [
        b"not json",
        b"[]",
        GOOD.replace(b'"other"', b'"nope"'),
        GOOD.replace(b'"item"', b'"x":1,"item"'),
        GOOD.replace(b"2024-01-01", b"2024-1-01"),
        GOOD.replace(b'"item"', b'"end_user":"Nobody","item"'),
        GOOD.replace(b'"item"', b'"end_user":{"name":""},"item"'),
        GOOD.replace(b'"other"}', b'"other","params":{"tpp":-1}}'),
        GOOD.replace(b'"other"}', b'"other","content":{"US":101}}'),
        GOOD.replace(b'"item"', b'"id":true,"item"'),
        GOOD.replace(b'"other"', b'"ot\xff"'),
    ],
)
def test_a_record_the_columns_refuse_leaves_the_rest_of_the_chunk(raw):
    taken = agree(COLUMNS, [GOOD, raw, GOOD])
    assert taken.tolist() == [True, False, True]
