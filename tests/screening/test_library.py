"""``policy.screen``: the library function behind ``policy screen``. It takes a path, ``-``
or a binary stream, writes to a path, a binary stream or stdout, gives the same bytes as
the command, returns what it did as a :class:`~policy.ScreenSummary`, and reports bad input
as :class:`~policy.InputError` (a misused argument as ``TypeError``)."""

from __future__ import annotations

import collections
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import policy
from policy import InputError, Outcome, ScreenSummary, UnknownNameError, decide
from policy.cli import main
from policy.loading import transaction_from_data
from policy.regimes import default_world
from policy.screening import BadRecordsError
from policy.screening.formats import INPUT_FORMATS, InputFormat, input_formats
from tests.perf.test_screen import BAD_LINES, GOOD

WORLD = default_world()
LINES = [json.dumps(r) for r in GOOD]
#: Good records, a blank line and the bad ones between them: lines 1-5 good, 6 blank,
#: 7-9 bad, 10-14 good again.
MIXED = "\n".join([*LINES, "", *BAD_LINES, *LINES]) + "\n"


def _overall(record: dict) -> Outcome:
    return decide(WORLD, transaction_from_data(record, where="t")).overall


def _cli(args: list[str], data: str | None = None) -> bytes:
    r = CliRunner().invoke(main, ["screen", *args], input=data)
    return r.stdout_bytes


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    path = tmp_path / "orders.jsonl"
    path.write_text(MIXED)
    return path


def test_a_path_screened_to_a_path_gives_the_commands_bytes_and_a_summary(tmp_path, mixed):
    summary = policy.screen(mixed, out=tmp_path / "out.jsonl", bad_records="skip", jobs=1)
    assert (tmp_path / "out.jsonl").read_bytes() == _cli([str(mixed), "--jobs", "1"])
    expected = collections.Counter(_overall(r) for r in GOOD * 2)
    assert summary.decided == 10
    assert summary.bad == 3
    assert dict(summary.outcomes) == {o: expected[o] for o in Outcome}
    assert list(summary.outcomes) == sorted(Outcome, key=lambda o: o.rank)
    assert summary.worst == max(expected, key=lambda o: o.rank)


def test_streams_in_and_out_give_what_paths_give_and_are_left_open(tmp_path, mixed):
    source, out = io.BytesIO(MIXED.encode()), io.BytesIO()
    summary = policy.screen(source, out=out, bad_records="skip", jobs=1)
    assert not source.closed and not out.closed
    from_file = _cli([str(mixed), "--jobs", "1"]).decode()
    # a stream without a name is "<stream>" in the error records
    assert out.getvalue().decode() == from_file.replace(str(mixed), "<stream>")
    assert (summary.decided, summary.bad) == (10, 3)


def test_a_stream_is_read_from_where_it_is(tmp_path):
    source = io.BytesIO(("\n".join(LINES[:2]) + "\n").encode())
    source.readline()  # the caller has read the first line already
    out = io.BytesIO()
    assert policy.screen(source, out=out, jobs=1).decided == 1
    assert out.getvalue() == _cli(["-", "--jobs", "1"], LINES[1] + "\n")


def test_dash_reads_stdin_and_no_out_writes_stdout(monkeypatch, capsysbinary):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(MIXED.encode())))
    summary = policy.screen("-", bad_records="skip", jobs=1)
    assert capsysbinary.readouterr().out == _cli(["-", "--jobs", "1"], MIXED)
    assert (summary.decided, summary.bad) == (10, 3)


def test_two_workers_write_what_one_process_writes(monkeypatch):
    import policy.screening.reading

    monkeypatch.setattr(policy.screening.reading, "BLOCK_BYTES", 4096)  # many blocks
    data = MIXED.encode() * 40
    one, two = io.BytesIO(), io.BytesIO()
    a = policy.screen(io.BytesIO(data), out=one, bad_records="skip", jobs=1)
    b = policy.screen(io.BytesIO(data), out=two, bad_records="skip", jobs=2)
    assert two.getvalue() == one.getvalue()
    assert len(one.getvalue().splitlines()) == 40 * MIXED.count("\n")
    assert a == b
    assert (a.decided, a.bad) == (400, 120)


def test_bad_records_fail_raises_once_the_output_is_complete(tmp_path, mixed):
    with pytest.raises(BadRecordsError) as caught:
        policy.screen(mixed, out=tmp_path / "out.jsonl", jobs=1)
    e = caught.value
    assert isinstance(e, InputError)
    assert str(e) == f"3 malformed record(s) in {mixed}; the others were decided"
    assert (e.summary.decided, e.summary.bad) == (10, 3)
    assert (tmp_path / "out.jsonl").read_bytes() == _cli([str(mixed), "--jobs", "1"])


def test_each_bad_record_is_reported_in_input_order(mixed):
    messages: list[str] = []
    policy.screen(mixed, out=io.BytesIO(), bad_records="skip", on_bad_record=messages.append)
    assert [m.split(": ")[0] for m in messages] == [f"{mixed}:7", f"{mixed}:8", f"{mixed}:9"]
    assert "unknown end user party 'Nobody'" in messages[2]


def test_as_of_decides_every_record_under_the_law_of_that_date(tmp_path, mixed):
    import datetime as dt

    out = io.BytesIO()
    policy.screen(mixed, out=out, as_of=dt.date(2022, 11, 1), bad_records="skip", jobs=1)
    assert out.getvalue() == _cli([str(mixed), "--as-of", "2022-11-01", "--jobs", "1"])


def test_csv_is_chosen_by_the_name_and_a_caller_may_name_the_format(tmp_path):
    rows = "id,date,exporter,destination,item.kind,item.params.tpp\n"
    rows += "7,2023-12-01,US,CN,ic.accelerator,5000\n"
    (tmp_path / "o.csv").write_text(rows)
    (tmp_path / "o.txt").write_text(rows)
    by_name, named = io.BytesIO(), io.BytesIO()
    assert policy.screen(tmp_path / "o.csv", out=by_name).decided == 1
    assert policy.screen(tmp_path / "o.txt", out=named, input_format="csv").decided == 1
    assert by_name.getvalue() == named.getvalue() == _cli([str(tmp_path / "o.csv")])
    assert json.loads(by_name.getvalue())["id"] == "7"


def test_a_registered_input_format_is_offered_to_the_library_and_the_command(tmp_path, monkeypatch):
    """The seam for other formats: a reader yields chunks of (line, JSON data) records."""

    def json_array(source, spool):
        yield list(enumerate(json.load(source.stream), start=1))

    monkeypatch.setitem(
        INPUT_FORMATS, "jsonarray", InputFormat("jsonarray", (".json",), json_array)
    )
    (tmp_path / "orders.json").write_text(json.dumps(GOOD))
    out = io.BytesIO()
    summary = policy.screen(tmp_path / "orders.json", out=out)
    assert "jsonarray" in input_formats()
    assert summary.decided == len(GOOD)
    assert out.getvalue() == _cli(["-", "--jobs", "1"], "\n".join(LINES) + "\n")


SMALL = "\n".join(LINES[:1]) + "\n"


@pytest.mark.parametrize(
    "source, kwargs, error, message",
    [
        ("missing.jsonl", {}, InputError, "missing.jsonl: no such file"),
        ("", {}, InputError, "'': expected a file name (or - for stdin), got an empty one"),
        (".", {}, InputError, ".: is a directory, expected a file"),
        (
            "t.jsonl",
            {"input_format": "cvs"},
            UnknownNameError,
            "input_format: unknown input format 'cvs'; did you mean 'csv'?",
        ),
        (
            "t.jsonl",
            {"input_format": "csv"},
            InputError,
            "t.jsonl:1: unknown column '{\"id\": 1' (see `policy screen --help` for the columns)",
        ),
        (
            "t.jsonl",
            {"bad_records": "maybe"},
            InputError,
            "bad_records: expected 'fail' or 'skip', got 'maybe'",
        ),
        ("t.jsonl", {"jobs": 0}, InputError, "jobs: expected a number of processes >= 1, got 0"),
        (
            "t.jsonl",
            {"out": "no/such/dir/out.jsonl"},
            InputError,
            "no/such/dir/out.jsonl: no such directory: no/such/dir",
        ),
        (io.StringIO(SMALL), {}, TypeError, "source: expected a binary stream"),
        ("t.jsonl", {"out": io.StringIO()}, TypeError, "out: expected a binary stream"),
    ],
)
def test_bad_arguments_raise_errors_that_name_the_place(
    tmp_path, monkeypatch, source, kwargs, error, message
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.jsonl").write_text(SMALL)
    with pytest.raises(error) as caught:
        policy.screen(source, **kwargs)
    assert str(caught.value).startswith(message), str(caught.value)


def test_a_failed_screening_keeps_the_previous_output_file(tmp_path):
    (tmp_path / "out.jsonl").write_text("previous\n")
    (tmp_path / "t.csv").write_text("id,colour\n1,red\n")
    with pytest.raises(InputError, match="unknown column 'colour'"):
        policy.screen(tmp_path / "t.csv", out=tmp_path / "out.jsonl")
    assert (tmp_path / "out.jsonl").read_text() == "previous\n"


def test_the_summary_has_a_short_repr_and_no_worst_without_decisions(tmp_path):
    empty = policy.screen(io.BytesIO(b"\n\n"), out=io.BytesIO())
    assert empty == ScreenSummary(decided=0, bad=0, outcomes=empty.outcomes)
    assert empty.worst is None
    assert repr(empty) == "ScreenSummary(decided=0, bad=0, outcomes={})"
    one = policy.screen(io.BytesIO(LINES[0].encode()), out=io.BytesIO())
    assert repr(one) == f"ScreenSummary(decided=1, bad=0, outcomes={{'{_overall(GOOD[0])}': 1}})"


def test_policy_screen_stays_the_function_once_the_package_is_imported():
    """The package is ``policy.screening``: a subpackage ``policy.screen`` would replace the
    function on the ``policy`` module as soon as anything imported it."""
    import policy.screening.reading

    assert callable(policy.screen)
    assert policy.screen is policy.screening.screen
