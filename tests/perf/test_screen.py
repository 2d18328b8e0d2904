"""``policy screen``: decisions identical to the reference ``decide`` (trace aside, or with
it under ``--explain``), in input order, for JSON Lines and CSV, one process or several;
bad records reported in place; output written atomically."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy import decide
from policy.cli import main
from policy.engine.compiled.world import without_trace
from policy.loading import transaction_from_data
from policy.regimes import default_world
from policy.screening import reading
from policy.screening import spools as spooling

WORLD = default_world()

A100 = {"tpp": 4992, "bidirectional_transfer_rate_gbps": 600, "die_area_mm2": 826}
GOOD = [
    {
        "id": 1,
        "date": "2022-11-01",
        "exporter": "US",
        "destination": "CN",
        "item": {"kind": "ic.accelerator", "params": A100, "flags": ["datacenter"]},
    },
    {
        "id": "two",
        "date": "2023-12-01",
        "exporter": "TW",
        "destination": "CN",
        "item": {
            "kind": "ic.accelerator",
            "params": {"tpp": 5285},
            "flags": ["consumer"],
            "origin": "TW",
            "made_with": ["US"],
        },
    },
    {
        "date": "2023-01-10",
        "exporter": "US",
        "destination": "CN",
        "end_user": "YMTC",
        "item": {"kind": "sme.deposition"},
    },
    {
        "id": 4,
        "date": "2024-02-01",
        "exporter": "US",
        "destination": "DE",
        "end_user": {"name": "Sub GmbH", "country": "DE", "headquarters": "CN"},
        "item": {
            "kind": "ic.accelerator",
            "params": {"tpp": 15832, "die_area_mm2": 814},
            "flags": ["datacenter"],
        },
    },
    {
        "id": 5,
        "date": "2022-12-01",
        "exporter": "NL",
        "destination": "CN",
        "end_use": ["advanced_node_fab"],
        "persons": ["US"],
        "item": {"kind": "service.support"},
    },
]
BAD_LINES = [
    '{"id": 6, "date": "2024-13-01", "exporter": "US", "destination": "CN",'
    ' "item": {"kind": "other"}}',
    "not json",
    '{"id": 8, "date": "2024-01-01", "exporter": "US", "destination": "CN", "end_user": "Nobody",'
    ' "item": {"kind": "other"}}',
]


def expected(record: dict, explain: bool = False) -> dict:
    d = decide(WORLD, transaction_from_data(record, where="t"), open_facts=True)
    return (d if explain else without_trace(d)).to_json_dict()


def write(tmp_path: Path, lines: list[str], name: str = "in.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n")
    return path


def test_screen_gives_the_reference_decisions_in_order(tmp_path):
    path = write(tmp_path, [json.dumps(r) for r in GOOD * 3])
    r = CliRunner().invoke(main, ["screen", str(path)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    got = [json.loads(x) for x in r.output.splitlines()]
    assert got == [expected(x) for x in GOOD * 3]


def test_screen_explain_gives_the_trace(tmp_path):
    path = write(tmp_path, [json.dumps(r) for r in GOOD])
    r = CliRunner().invoke(main, ["screen", str(path), "--explain"], catch_exceptions=False)
    assert [json.loads(x) for x in r.output.splitlines()] == [expected(x, True) for x in GOOD]


def test_bad_records_keep_their_place_and_fail_the_run(tmp_path):
    lines = [json.dumps(GOOD[0]), *BAD_LINES, "", json.dumps(GOOD[1])]
    path = write(tmp_path, lines)
    r = CliRunner().invoke(main, ["screen", str(path)])
    out = [json.loads(x) if x else x for x in r.stdout.splitlines()]
    assert r.exit_code == 2
    assert out[0] == expected(GOOD[0]) and out[-1] == expected(GOOD[1])
    assert out[4] == ""  # the blank line keeps its place
    assert [x["line"] for x in out[1:4]] == [2, 3, 4]
    assert "2024-13-01" in out[1]["error"] and f"{path}:2" in out[1]["error"]
    assert "unknown end user party 'Nobody'" in out[3]["error"]
    assert f"Error: {path}:3: " in r.stderr
    assert "3 malformed record(s)" in r.stderr
    assert CliRunner().invoke(main, ["screen", str(path), "--bad-records", "skip"]).exit_code == 0


def test_two_jobs_write_the_same_output_as_one(tmp_path):
    records = [dict(r, id=i) for i in range(400) for r in GOOD[i % 5 : i % 5 + 1]]
    lines = [json.dumps(r) for r in records]
    lines[17] = BAD_LINES[1]
    path = write(tmp_path, lines)
    one = CliRunner().invoke(main, ["screen", str(path), "--out", str(tmp_path / "1.jsonl")])
    two = CliRunner().invoke(
        main, ["screen", str(path), "--jobs", "2", "--out", str(tmp_path / "2.jsonl")]
    )
    assert one.exit_code == two.exit_code == 2
    assert (tmp_path / "1.jsonl").read_bytes() == (tmp_path / "2.jsonl").read_bytes()
    assert len((tmp_path / "1.jsonl").read_text().splitlines()) == 400
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_stdin_gives_what_the_file_gives(tmp_path, monkeypatch, jobs):
    # blocks of a few lines, so that lines straddle the reads
    monkeypatch.setattr(reading, "BLOCK_BYTES", 97)
    lines = [json.dumps(dict(r, id=i)) for i in range(40) for r in GOOD[i % 5 : i % 5 + 1]]
    lines[3:3] = ["", "   ", BAD_LINES[0], BAD_LINES[1]]
    data = ("\n".join(lines)).encode()  # and no line break at the end
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    file = CliRunner().invoke(main, ["screen", str(path), "--jobs", jobs])
    stdin = CliRunner().invoke(main, ["screen", "-", "--jobs", jobs], input=data)
    assert file.exit_code == stdin.exit_code == 2
    assert stdin.stdout == file.stdout.replace(str(path), "<stdin>")
    assert stdin.stderr == file.stderr.replace(str(path), "<stdin>")
    assert len(stdin.stdout.splitlines()) == 44  # the blank lines keep their places


def test_csv_columns_map_to_the_transaction_fields(tmp_path):
    csv = tmp_path / "orders.csv"
    csv.write_text(
        "id,date,exporter,destination,end_user,end_use,persons,item.kind,item.params.tpp,"
        "item.params.bidirectional_transfer_rate_gbps,item.flags,item.origin,item.made_with,"
        "end_user.name,end_user.headquarters\n"
        "1,2022-11-01,US,CN,,,,ic.accelerator,4992,600,datacenter,,,,\n"
        "2,2023-12-01,TW,CN,,,,ic.accelerator,5285,,consumer,TW,US,,\n"
        "3,2023-01-10,US,CN,YMTC,,,sme.deposition,,,,,,,\n"
        "4,2022-12-01,NL,CN,,advanced_node_fab,US,service.support,,,,,,,\n"
        "5,2024-02-01,US,DE,,,,ic.accelerator,15832,,datacenter,,,Sub GmbH,CN\n"
        "6,2024-02-01,US,DE,,,,ic.accelerator,lots,,,,,,\n"
    )
    r = CliRunner().invoke(main, ["screen", str(csv)])
    out = [json.loads(x) for x in r.stdout.splitlines()]
    same = [
        {
            "id": "1",
            **{k: v for k, v in GOOD[0].items() if k != "id"},
            "item": {
                "kind": "ic.accelerator",
                "params": {"tpp": 4992, "bidirectional_transfer_rate_gbps": 600},
                "flags": ["datacenter"],
            },
        },
        {**GOOD[1], "id": "2"},
        {**GOOD[2], "id": "3"},
        {**GOOD[4], "id": "4"},
        {
            "id": "5",
            "date": "2024-02-01",
            "exporter": "US",
            "destination": "DE",
            "end_user": {"name": "Sub GmbH", "headquarters": "CN"},
            "item": {"kind": "ic.accelerator", "params": {"tpp": 15832}, "flags": ["datacenter"]},
        },
    ]
    assert out[:5] == [expected(x) for x in same]
    assert out[5]["line"] == 7 and "item.params.tpp" in out[5]["error"]
    assert r.exit_code == 2


def test_csv_unknown_column_is_a_usage_error(tmp_path):
    csv = tmp_path / "orders.csv"
    csv.write_text("id,date,colour\n1,2024-01-01,red\n")
    r = CliRunner().invoke(main, ["screen", str(csv)])
    assert r.exit_code == 2
    assert f"Error: {csv}:1: unknown column 'colour'" in r.output


def test_as_of_and_fail_on(tmp_path):
    path = write(tmp_path, [json.dumps(GOOD[0])])
    r = CliRunner().invoke(main, ["screen", str(path), "--as-of", "2022-01-01"])
    early = dict(GOOD[0], date="2022-01-01")
    assert [json.loads(x) for x in r.output.splitlines()] == [expected(early)]
    assert (
        CliRunner().invoke(main, ["screen", str(path), "--fail-on", "license_required"]).exit_code
        == 1
    )


def test_decide_many_equals_decide_without_the_trace_and_with_it_on_demand():
    from policy import decide_many

    txs = [transaction_from_data(r, where="t") for r in GOOD]
    assert list(decide_many(WORLD, txs)) == [without_trace(decide(WORLD, t)) for t in txs]
    assert list(decide_many(WORLD, txs, explain=True)) == [decide(WORLD, t) for t in txs]


def test_file_ranges_cover_every_line_once_with_its_number(tmp_path):
    from policy.screening.reading import file_ranges

    path = tmp_path / "x.jsonl"
    lines = [f'{{"n": {i}}}' if i % 7 else "" for i in range(1, 51)]
    path.write_text("\n".join(lines))  # no newline after the last line
    got = []
    data = path.read_bytes()
    for r in file_ranges(str(path), str(tmp_path), size=40):
        part = data[r.start : r.end].split(b"\n")
        got += [(r.first + k, p) for k, p in enumerate(part) if p or k < len(part) - 1]
    assert [n for n, _ in got] == list(range(1, 51))
    assert [p.decode() for _, p in got] == lines


def test_closed_stdin_is_bad_input_not_a_crash():
    import subprocess
    import sys

    for cmd in (["screen", "-"], ["decide", "-"]):
        r = subprocess.run(
            [sys.executable, "-c", "from policy.cli import main; main()", *cmd],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            close_fds=True,
            preexec_fn=lambda: __import__("os").close(0),
        )
        assert r.returncode == 2, r.stderr
        assert "standard input is closed" in r.stderr


def test_workers_spool_in_shared_memory_only_when_it_has_room(monkeypatch):
    import os
    from types import SimpleNamespace

    monkeypatch.setattr(os.path, "isdir", lambda p: True)
    monkeypatch.setattr(os, "access", lambda p, mode: True)
    room = {"bytes": 64 << 20}  # a container's default /dev/shm
    monkeypatch.setattr(
        os, "statvfs", lambda p: SimpleNamespace(f_bavail=room["bytes"] // 4096, f_frsize=4096)
    )
    assert spooling.spool_dir(8) is None
    assert spooling.spool_dir(1) is None
    room["bytes"] = 24 << 30
    assert spooling.spool_dir(8) == "/dev/shm"
    assert spooling.spool_dir(64, explain=True) == "/dev/shm"
    room["bytes"] = 1 << 30
    assert spooling.spool_dir(64, explain=True) is None
