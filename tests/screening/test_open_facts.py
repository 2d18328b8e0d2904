"""Differential: the open facts ``policy screen`` works out with the compiled tables are
the reference engine's (``decide(..., open_facts=True)``), record by record, whichever
path the record takes through the readers."""

from __future__ import annotations

import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

import policy
from policy import decide
from policy.engine.compiled.world import without_trace
from policy.errors import PolicyError
from policy.loading import check_references, transaction_from_data
from tests.engine.test_open_facts import WORLD, sparse_transactions


def reference(record: dict) -> dict | None:
    """The reference decision of a record, None when the strict reader refuses it."""
    try:
        tx = check_references(transaction_from_data(record, where="t"), WORLD, where="t")
        return without_trace(decide(WORLD, tx, open_facts=True)).to_json_dict()
    except PolicyError:
        return None


@settings(deadline=None)
@given(st.lists(sparse_transactions(), min_size=1, max_size=6))
def test_screen_names_the_open_facts_decide_names(txs):
    records = [{**tx.to_json_dict(), "id": k} for k, tx in enumerate(txs)]
    lines = [json.dumps(r) for r in records]
    out = io.BytesIO()
    policy.screen(
        io.BytesIO(("\n".join(lines) + "\n").encode()),
        out=out,
        world=WORLD,
        jobs=1,
        bad_records="skip",
    )
    got = [json.loads(x) for x in out.getvalue().decode().splitlines()]
    for record, line in zip(records, got, strict=True):
        want = reference(record)
        if want is None:
            assert "error" in line
        else:
            assert line == want, record
