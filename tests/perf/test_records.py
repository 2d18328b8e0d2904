"""The fast record reader of ``policy screen`` accepts only what the strict reader (pydantic
and the reference checks) accepts, and then gives exactly the row of the validated
transaction. Records are valid transactions and mutations of them (fields dropped, added,
retyped, out of range, misspelt, keys duplicated)."""

from __future__ import annotations

import copy
import json
from typing import Any

import orjson
from hypothesis import given
from hypothesis import strategies as st

from policy.engine.compiled import compile_world, row_of
from policy.engine.compiled.records import FastReader
from policy.errors import InputError
from policy.loading import check_references, parse_json, transaction_from_data
from policy.regimes import default_world
from tests.perf.strategies import boundary_transactions

WORLD = default_world()
CW = compile_world(WORLD)
READER = FastReader(frozenset(p for p in CW.parties if CW.clean(p)))

ODD_VALUES = st.sampled_from(
    [
        None,
        True,
        False,
        0,
        -1,
        1.5,
        -0.0,
        2**53,
        1e300,
        101,
        "",
        "US",
        "XX",
        "ic",
        "2024-02-30",
        "2024-2-01",
        "export",
        [],
        ["US"],
        ["US", "US"],
        {},
        {"US": 1},
        "a" * 201,
        "a" * 501,
    ]
)
FIELDS = [
    "id",
    "date",
    "exporter",
    "destination",
    "channel",
    "end_user",
    "end_use",
    "persons",
    "item",
    "unknown",
]
ITEM_FIELDS = [
    "kind",
    "name",
    "params",
    "flags",
    "classification",
    "origin",
    "content",
    "made_with",
    "extra",
]


@st.composite
def records(draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    data: dict[str, Any] = draw(boundary_transactions(WORLD)).to_json_dict()
    for _ in range(draw(st.integers(0, 3))):
        where = draw(st.sampled_from(["top", "item", "params", "content"]))
        if where == "top":
            target, keys = data, FIELDS
        elif where == "item":
            target, keys = data.get("item"), ITEM_FIELDS
        else:
            item = data.get("item")
            target = item.setdefault(where, {}) if isinstance(item, dict) else None
            keys = ["tpp", "node_nm", "die_area_mm2", "nope", "US", "EU", "ZZ"]
        if not isinstance(target, dict):
            continue
        key = draw(st.sampled_from(keys))
        if draw(st.booleans()) and key in target:
            del target[key]
        else:
            # a copy: the odd lists and objects are shared, and later steps mutate records
            target[key] = copy.deepcopy(draw(ODD_VALUES))
    raw = json.dumps(data)
    if draw(st.integers(0, 9)) == 0 and raw.startswith('{"'):
        raw = '{"date": "2020-01-01", ' + raw[1:]  # a duplicate key (or a new one)
    return data, raw


def strict(raw: str) -> Any:
    try:
        data = parse_json(raw.encode(), where="t")
        tx = transaction_from_data(data, where="t")
        return check_references(tx, WORLD, where="t")
    except InputError as e:
        return e


@given(records())
def test_fast_reader_accepts_only_what_the_strict_reader_accepts_with_the_same_row(rec):
    _, raw = rec
    try:
        parsed = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return
    fast = READER.row(parsed, raw.encode())
    if fast is None:
        return
    tx = strict(raw)
    assert not isinstance(tx, InputError), (raw, tx)
    assert fast[0] == tx.id
    assert fast[1] == row_of(tx)


@given(boundary_transactions(WORLD))
def test_fast_reader_takes_the_common_shape(tx):
    data = tx.to_json_dict()
    raw = orjson.dumps(data)
    got = READER.row(orjson.loads(raw), raw)
    simple = not isinstance(data.get("end_user"), dict) and data.get("end_user") in (
        None,
        *CW.parties,
    )
    # a ':' inside a string makes the duplicate-key count inconclusive: strict path, by design
    simple = simple and not any(":" in text for text in _strings(data))
    if simple and all(abs(x) < 2**53 for x in data["item"].get("params", {}).values()):
        assert got is not None
        assert got[1] == row_of(tx)


def test_duplicate_keys_go_to_the_strict_reader():
    raw = (
        b'{"date":"2024-01-01","date":"2024-01-02","exporter":"US","destination":"CN",'
        b'"item":{"kind":"other"}}'
    )
    assert READER.row(orjson.loads(raw), raw) is None
    assert isinstance(strict(raw.decode()), InputError)


def _strings(value: Any) -> list[str]:
    """Every string in a JSON value (keys and values)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for k, x in value.items() for t in (*_strings(k), *_strings(x))]
    if isinstance(value, list | tuple):
        return [t for x in value for t in _strings(x)]
    return []
