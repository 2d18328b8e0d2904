"""A transaction's ``id`` comes back as given: a text stays a text, an integer an integer.
Any other JSON type (a boolean, a number with a fraction or an exponent, an object, a list)
is refused with the record's place, never converted: ``"id": true`` used to come back as
``1``, the id of another record. Every reader of ``screen`` (columnar, per record, strict)
and ``decide`` agree, and a CSV id (always text) stays text."""

from __future__ import annotations

import json

import orjson
import pytest
from click.testing import CliRunner

from policy.cli import main
from policy.errors import InputError
from policy.loading import transaction_from_data
from policy.screening import settings
from tests.hardening.documents import PLAIN_TX
from tests.perf.test_records import READER, WORLD

SETTINGS = settings.Settings(world=WORLD, where="t", on=None, explain=False)
KEPT = ["1", 1, 0, -5, 10**30, "", "ORD-7", "1.0", "true", None]
REFUSED = {
    "true": "true (a boolean)",
    "false": "false (a boolean)",
    "1.0": "1.0 (a number with a fraction or an exponent)",
    "1e2": "100.0 (a number with a fraction or an exponent)",
    "-0.5": "-0.5 (a number with a fraction or an exponent)",
    "{}": "an object",
    '{"a": 1}': "an object",
    "[]": "a list",
    "[1]": "a list",
}


def record(id_json: str) -> bytes:
    body = json.dumps(PLAIN_TX, separators=(",", ":"))
    return ('{"id":' + id_json + "," + body[1:]).encode()


def readers(raw: bytes) -> dict[str, object]:
    """What each reader makes of the record's id: the id, or ``refused``."""
    assert SETTINGS.columns is not None
    _, ids, taken = SETTINGS.columns.read([raw])
    fast = READER.row(orjson.loads(raw), raw)
    try:
        strict: object = transaction_from_data(json.loads(raw), where="t").id
    except InputError:
        strict = "refused"
    return {
        "columnar": ids[0] if taken[0] else "refused",
        "per record": "refused" if fast is None else fast[0],
        "strict": strict,
    }


@pytest.mark.parametrize("given", KEPT, ids=repr)
def test_every_reader_keeps_a_text_or_integer_id_as_given(given):
    got = readers(record(json.dumps(given)))
    # msgspec and orjson read integers beyond 64 bits as they can: the strict reader decides
    expected = {"columnar": given, "per record": given, "strict": given}
    if isinstance(given, int) and abs(given) >= 2**63:
        expected["per record"] = "refused"
    assert got == expected
    assert all(type(v) is type(given) for v in got.values() if v != "refused")


@pytest.mark.parametrize("given", sorted(REFUSED))
def test_every_reader_refuses_any_other_id(given):
    got = readers(record(given))
    assert got == {"columnar": "refused", "per record": "refused", "strict": "refused"}


def test_screen_echoes_ids_with_their_type_and_locates_the_refused(tmp_path):
    values = ["1", "1", '"1"', "true", "1.0", "{}", "[1]", '"x"', "7"]
    path = tmp_path / "t.jsonl"
    path.write_bytes(b"\n".join(record(v) for v in values) + b"\n")
    r = CliRunner().invoke(main, ["screen", str(path), "--jobs", "1"])
    assert r.exit_code == 2, r.output
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o.get("id", "error") for o in out] == [1, 1, "1", *["error"] * 4, "x", 7]
    for line, given in enumerate(values, start=1):
        if given in REFUSED:
            message = f"{path}:{line}: id: expected a text or an integer, got {REFUSED[given]}"
            assert out[line - 1] == {"error": message, "line": line}
            assert f"Error: {message}\n" in r.stderr


def test_decide_refuses_a_boolean_id(tmp_path):
    path = tmp_path / "tx.json"
    path.write_bytes(record("true"))
    r = CliRunner().invoke(main, ["decide", str(path), "--format", "json"])
    assert r.exit_code == 2
    assert f"{path}: id: expected a text or an integer, got true (a boolean)" in r.stderr


def test_a_csv_id_stays_text(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,date,exporter,destination,item.kind\n1,2024-01-01,US,CN,other\n")
    r = CliRunner().invoke(main, ["screen", str(path)])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith('{"id":"1",')
