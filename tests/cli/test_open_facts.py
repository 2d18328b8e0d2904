"""Open facts on the command line: ``policy decide`` (text and JSON) and ``policy screen``
(JSON Lines, CSV, Parquet) name them, and ``--facts strict`` makes them an error."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from click.testing import CliRunner

import policy
from policy import decide
from policy.cli import main
from policy.engine.compiled.world import without_trace
from policy.loading import transaction_from_data
from policy.regimes import default_world
from tests.engine.test_open_facts import A100_TO_SA, HBM_TO_CN

WORLD = default_world()
DATACENTER = "licence required if the item is designed or marketed for use in datacenters"
#: The A100 with every fact the law reads stated: nothing is open.
COMPLETE: dict[str, Any] = {
    **A100_TO_SA,
    "end_user": {"name": "Riyadh Cloud", "country": "SA"},
    "end_use": [],
    "persons": [],
    "item": {
        **A100_TO_SA["item"],
        "params": {p: 0 for p in ("tpp", "bidirectional_transfer_rate_gbps")} | {"tpp": 4992},
        "flags": [],
        "classification": {"US": "3A090.a"},
        "origin": "TW",
        "content": {"US": 0},
        "made_with": [],
    },
}


def write(tmp_path: Path, name: str, data: dict[str, Any]) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return str(path)


def test_decide_text_names_the_open_fact_under_its_verdict(tmp_path):
    r = CliRunner().invoke(main, ["decide", write(tmp_path, "a100.json", A100_TO_SA)])
    assert r.exit_code == 0, r.output
    us = r.stdout.split("\nUS: ", 1)[1].split("\nWA: ", 1)[0]
    assert us.startswith("no_license_required")
    assert f"    open: {DATACENTER}" in us.splitlines()


def test_decide_json_carries_open_facts_and_assume_leaves_them_out(tmp_path):
    path = write(tmp_path, "a100.json", A100_TO_SA)
    r = CliRunner().invoke(main, ["decide", path, "--format", "json"])
    assert r.exit_code == 0, r.output
    us = json.loads(r.stdout)["verdicts"]["US"]
    assert {"fact": "item.flags.datacenter", "if": True, "outcome": "license_required"} in us[
        "open_facts"
    ]
    assert "open_facts" not in json.loads(r.stdout)["verdicts"]["CN"]  # none: left out
    r = CliRunner().invoke(main, ["decide", path, "--format", "json", "--facts", "assume"])
    assert all("open_facts" not in v for v in json.loads(r.stdout)["verdicts"].values())


def test_decide_names_the_consignees_an_hbm_stack_without_one_is_lifted_by(tmp_path):
    # License Exception HBM (15 CFR 740.25) turns on who receives the stack: unstated, the
    # verdict is the licence and the line names the consignees that would lift it.
    r = CliRunner().invoke(main, ["decide", write(tmp_path, "hbm.json", HBM_TO_CN)])
    assert r.exit_code == 0, r.output
    assert "US: license_required" in r.stdout
    [line] = [x for x in r.stdout.splitlines() if "if the consignee is" in x]
    assert line.startswith("    open: no licence required if the consignee is headquartered in ")
    assert " US" in line and " CN" not in line


def test_decide_strict_exits_1_with_the_list_of_open_facts(tmp_path):
    path = write(tmp_path, "a100.json", A100_TO_SA)
    r = CliRunner().invoke(main, ["decide", path, "--facts", "strict"])
    assert r.exit_code == 1
    assert r.stderr.startswith(f"Error: {path}: ")
    assert "open facts (--facts strict):\n" in r.stderr
    assert f"  US: {DATACENTER}\n" in r.stderr
    assert "US: no_license_required" in r.stdout  # the decision is printed all the same
    r = CliRunner().invoke(
        main, ["decide", write(tmp_path, "c.json", COMPLETE), "--facts", "strict"]
    )
    assert r.exit_code == 0, r.output


def expected(data: dict[str, Any], id_: int) -> dict[str, Any]:
    tx = transaction_from_data({**data, "id": id_}, where="t")
    return without_trace(decide(WORLD, tx, open_facts=True)).to_json_dict()


@pytest.fixture
def orders(tmp_path: Path) -> Path:
    path = tmp_path / "orders.jsonl"
    rows = [{**A100_TO_SA, "id": 1}, {**HBM_TO_CN, "id": 2}, {**COMPLETE, "id": 3}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_screen_gives_decides_open_facts_line_by_line(orders):
    r = CliRunner().invoke(main, ["screen", str(orders), "--jobs", "1"])
    assert r.exit_code == 0, r.output
    got = [json.loads(x) for x in r.stdout.splitlines()]
    assert got == [expected(A100_TO_SA, 1), expected(HBM_TO_CN, 2), expected(COMPLETE, 3)]
    assert {"fact": "item.flags.datacenter", "if": True, "outcome": "license_required"} in got[0][
        "verdicts"
    ]["US"]["open_facts"]
    assert any(f["fact"] == "consignee" for f in got[1]["verdicts"]["US"]["open_facts"])
    assert not any("open_facts" in v for v in got[2]["verdicts"].values())


def test_screen_csv_and_arrow_have_an_open_facts_column_per_jurisdiction(orders, tmp_path):
    out = tmp_path / "d.csv"
    r = CliRunner().invoke(main, ["screen", str(orders), "--out", str(out), "--jobs", "1"])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    want = expected(A100_TO_SA, 1)["verdicts"]["US"]["open_facts"]
    text = json.dumps(want, sort_keys=True, separators=(",", ":"))
    assert rows[0]["US.open_facts"] == text
    assert rows[2]["US.open_facts"] == ""
    table = pa.Table.from_pylist(
        [
            {"id": 1, "date": "2024-03-01", "exporter": "US", "destination": "SA"}
            | {"item.kind": "ic.accelerator", "item.params.tpp": 4992.0}
        ]
    )
    got = policy.screen_arrow(table).to_pylist()[0]
    assert got["US.open_facts"] == text
    assert policy.screen_arrow(table, facts="assume").to_pylist()[0]["US.open_facts"] is None


def test_screen_strict_refuses_each_record_with_open_facts_and_exits_1(orders):
    r = CliRunner().invoke(main, ["screen", str(orders), "--jobs", "1", "--facts", "strict"])
    assert r.exit_code == 1, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert lines[0]["line"] == 1
    assert lines[0]["error"].startswith(f"{orders}:1: open facts (--facts strict): US: ")
    assert DATACENTER in lines[0]["error"]
    assert lines[1]["error"].startswith(f"{orders}:2: open facts (--facts strict): ")
    assert lines[2] == expected(COMPLETE, 3)
    assert f"Error: {orders}:1: open facts (--facts strict)" in r.stderr


def test_screen_strict_with_a_malformed_record_exits_2(orders):
    with orders.open("a") as f:
        f.write("not json\n")
    r = CliRunner().invoke(main, ["screen", str(orders), "--jobs", "1", "--facts", "strict"])
    assert r.exit_code == 2
