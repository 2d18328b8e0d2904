"""One table of input limits (:data:`policy.model.transactions.LIMITS`): the model and both
fast readers of ``policy screen`` take a value at each limit and refuse one beyond it."""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest

from policy.engine.compiled import compile_world
from policy.engine.compiled.columns import ColumnReader
from policy.engine.compiled.records import FastReader
from policy.errors import InputError
from policy.loading import transaction_from_data
from policy.model.transactions import LIMITS
from policy.regimes import default_world

WORLD = default_world()
CW = compile_world(WORLD)
READER = FastReader(frozenset(p for p in CW.parties if CW.clean(p)))
COLUMNS = ColumnReader(READER)


def record(**item: Any) -> dict[str, Any]:
    return {
        "date": "2024-01-01",
        "exporter": "US",
        "destination": "CN",
        "item": {"kind": "ic.accelerator", **item},
    }


CASES = [
    ("id", lambda n: {**record(), "id": "x" * n}, LIMITS.id_length),
    ("item.name", lambda n: record(name="x" * n), LIMITS.name_length),
    ("item.classification", lambda n: record(classification={"US": "3" * n}), LIMITS.code_length),
    ("item.content", lambda n: record(content={"US": n}), LIMITS.percent),
]


def model_accepts(data: dict[str, Any]) -> bool:
    try:
        transaction_from_data(data, where="t")
    except InputError:
        return False
    return True


@pytest.mark.parametrize(("field", "make", "limit"), CASES, ids=[c[0] for c in CASES])
def test_the_model_and_the_fast_readers_share_each_limit(field, make, limit):
    for value, accepted in ((limit, True), (limit + 1, False)):
        data = make(value)
        raw = orjson.dumps(data)
        assert model_accepts(data) is accepted, (field, value)
        assert (READER.row(json.loads(raw), raw) is not None) is accepted, (field, value)
        _, _, taken = COLUMNS.read([raw])
        assert bool(taken[0]) is accepted, (field, value)
