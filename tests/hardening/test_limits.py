"""Documented limits fail cleanly, with the limit in the message: condition nesting
(:data:`~policy.model.conditions.MAX_CONDITION_DEPTH`), JSON nesting
(:data:`~policy.loading.MAX_JSON_DEPTH`), document size
(:data:`~policy.loading.MAX_DOCUMENT_BYTES`) and JSON Lines / CSV line length
(:data:`~policy.loading.MAX_LINE_BYTES`); and ``screen`` never holds an overlong line."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

import policy.loading.json
from policy import All, Not, kind
from policy.cli import main
from policy.errors import InputError
from policy.loading import MAX_JSON_DEPTH, MAX_LINE_BYTES, parse_json
from policy.model.conditions import MAX_CONDITION_DEPTH
from policy.screening import reading, tasks
from tests.hardening.documents import PLAIN_TX, VALID_TX

GOOD = json.dumps(VALID_TX).encode() + b"\n"


def nested(levels: int):
    c = kind("ic")
    for i in range(levels - 1):
        c = Not(of=c) if i % 2 else All(of=(c,))
    return c


def test_conditions_nest_up_to_the_limit_and_no_deeper():
    assert nested(MAX_CONDITION_DEPTH).depth() == MAX_CONDITION_DEPTH
    with pytest.raises(ValidationError, match="conditions nest 33 levels deep here; the limit is"):
        nested(MAX_CONDITION_DEPTH + 1)


def test_json_nests_up_to_the_limit_and_no_deeper():
    assert parse_json("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH, where="x") is not None
    deeper = "[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1)
    with pytest.raises(InputError, match=r"x: nested more than 100 levels deep \(the limit\)"):
        parse_json(deeper, where="x")


def test_a_document_over_the_size_limit_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(policy.loading.json, "MAX_DOCUMENT_BYTES", 1000)
    (tmp_path / "tx.json").write_text(json.dumps({**PLAIN_TX, "id": "x" * 2000}))
    r = CliRunner().invoke(main, ["decide", str(tmp_path / "tx.json")])
    assert r.exit_code == 2
    assert "tx.json: document is larger than 1000 bytes (the limit)" in r.stderr
    r = CliRunner().invoke(main, ["decide", "-"], input="[" + " " * 2000 + "]")
    assert r.exit_code == 2 and "<stdin>: document is larger than 1000 bytes" in r.stderr


class _Recording(io.BytesIO):
    """A stream that remembers the most bytes one readline returned."""

    most = 0

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        self.most = max(self.most, len(line))
        return line


def test_an_overlong_line_is_never_held_whole():
    stream = _Recording(GOOD + b"[" + b"1," * (3 * MAX_LINE_BYTES) + b"1]\n" + GOOD)
    lines = list(reading.bounded_lines(stream, where="t.jsonl"))
    assert [n for n, _ in lines] == [1, 2, 3]
    assert isinstance(lines[1][1], InputError)
    assert str(lines[1][1]) == (
        f"t.jsonl:2: line is {6 * MAX_LINE_BYTES + 3:,} bytes long; the limit for one record"
        f" is {MAX_LINE_BYTES:,} bytes"
    )
    assert lines[0][1] == GOOD and lines[2][1] == GOOD
    assert stream.most <= MAX_LINE_BYTES + 1


def test_a_stream_is_read_in_blocks_that_never_hold_an_overlong_line():
    stream = _Recording(GOOD + b"[" + b"1," * (3 * MAX_LINE_BYTES) + b"1]\n" + GOOD * 3)
    held = 0
    got: list = []
    for part in reading.stream_blocks(stream, "t.jsonl", None, size=4096):
        if isinstance(part, reading.Block):
            held = max(held, len(part.data))
            got += [(part.first + k, x) for k, x in enumerate(part.data.splitlines())]
        else:
            got += part
    assert [n for n, _ in got] == [1, 2, 3, 4, 5]
    assert str(got[1][1]) == (
        f"t.jsonl:2: line is {6 * MAX_LINE_BYTES + 3:,} bytes long; the limit for one record"
        f" is {MAX_LINE_BYTES:,} bytes"
    )
    assert [x for n, x in got if n != 2] == [GOOD.strip()] * 4
    assert held <= MAX_LINE_BYTES + 4096


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("source", ["file", "streamed range", "stdin"])
def test_screen_reports_an_overlong_line_by_number_and_decides_the_rest(
    tmp_path, monkeypatch, jobs, source
):
    if source == "streamed range":  # the range reader, line by line, as for a runaway line
        monkeypatch.setattr(tasks, "RANGE_READ_LIMIT", 10)
    path = tmp_path / "t.jsonl"
    path.write_bytes(GOOD * 2 + b'"' + b"x" * MAX_LINE_BYTES + b'"\n' + GOOD)
    if source == "stdin":
        r = CliRunner().invoke(main, ["screen", "-", "--jobs", jobs], input=path.read_bytes())
        path = "<stdin>"
    else:
        r = CliRunner().invoke(main, ["screen", str(path), "--jobs", jobs])
    assert r.exit_code == 2
    assert f"{path}:3: line is 1,048,578 bytes long; the limit for one record is" in r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o.get("line") for o in out] == [None, None, 3, None]
    assert out[0]["overall"] == out[1]["overall"] == out[3]["overall"]
