"""Arrow and Parquet screening: :func:`policy.screen_arrow` and ``policy screen`` on Parquet
give, row by row, the decisions of the JSON Lines path for the same records; a bad row is
answered by a located error in its place and the rest is decided."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import policy
from policy.cli import main
from policy.regimes import default_world

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import screen as bench

sys.path.pop(0)


def book(tmp_path: Path, shape: str, n: int, seed: int = 3) -> list[dict[str, Any]]:
    """A seeded order book of the benchmark's ``shape`` (``book``: sparse, integer ids;
    ``rich``: every field, text ids, end users as objects with owners)."""
    path = tmp_path / f"{shape}.jsonl"
    bench.SHAPES[shape](n, seed, path)
    return [json.loads(line) for line in path.read_text().splitlines()]


def as_row(decision: dict[str, Any], jurisdictions: list[str]) -> dict[str, Any]:
    """A JSON Lines decision as the row of decision columns the contract gives it."""
    row: dict[str, Any] = {"id": decision["id"], "overall": decision["overall"]}
    for j in jurisdictions:
        v = decision["verdicts"][j]
        row |= {f"{j}.outcome": v["outcome"], f"{j}.reached": v["reached"]}
        row |= {f"{j}.rules": v["rules"], f"{j}.review": v["review"]}
        facts = v.get("open_facts")
        text = json.dumps(facts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        row[f"{j}.open_facts"] = text if facts else None
    return row | {"error": None}


def jsonl_decisions(tmp_path: Path, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    r = CliRunner().invoke(main, ["screen", str(src), "--jobs", "1", "--no-progress"])
    assert r.exit_code == 0, r.output
    return [json.loads(line) for line in r.stdout.splitlines()]


@pytest.mark.parametrize("shape", ["book", "rich"])
def test_screen_arrow_decides_each_row_as_the_json_lines_path(tmp_path, shape):
    records = book(tmp_path, shape, 600)
    got = policy.screen_arrow(bench.arrow_table(records))
    jurisdictions = [c[: -len(".outcome")] for c in got.column_names if c.endswith(".outcome")]
    assert jurisdictions == sorted(default_world().jurisdictions)
    want = [as_row(d, jurisdictions) for d in jsonl_decisions(tmp_path, records)]
    assert got.to_pylist() == want


def test_parquet_to_parquet_and_csv_give_the_json_lines_decisions(tmp_path):
    records = book(tmp_path, "rich", 400)
    pq.write_table(bench.arrow_table(records), tmp_path / "orders.parquet", row_group_size=150)
    bench.write_csv(records, tmp_path / "orders.csv")
    runner = CliRunner()
    r = runner.invoke(
        main, ["screen", str(tmp_path / "orders.parquet"), "--out", str(tmp_path / "d.parquet")]
    )
    assert r.exit_code == 0, r.output
    got = pq.read_table(tmp_path / "d.parquet")
    jurisdictions = [c[: -len(".outcome")] for c in got.column_names if c.endswith(".outcome")]
    want = jsonl_decisions(tmp_path, records)
    assert got.to_pylist() == [as_row(d, jurisdictions) for d in want]
    r = runner.invoke(main, ["screen", str(tmp_path / "orders.csv"), "--jobs", "1"])
    assert r.exit_code == 0, r.output
    # an empty CSV cell is an absent field, so CSV cannot state an empty list: such a
    # record leaves the field's facts open, as the same record without the field does
    plain = [without_empty_lists(r) for r in records]
    assert [json.loads(line) for line in r.stdout.splitlines()] == jsonl_decisions(tmp_path, plain)


def without_empty_lists(data: dict[str, Any]) -> dict[str, Any]:
    return {
        k: without_empty_lists(x) if isinstance(x, dict) else x for k, x in data.items() if x != []
    }


def test_a_bad_row_gets_a_located_error_and_the_rest_is_decided(tmp_path):
    records = book(tmp_path, "book", 6)
    records[3]["destination"] = "XX"
    records[4]["item"]["params"] = {"tpp": -5}
    got = policy.screen_arrow(bench.arrow_table(records), where="orders.parquet").to_pylist()
    errors = [row["error"] for row in got]
    assert errors[3].startswith("orders.parquet: row 3: destination: ")
    assert "XX" in errors[3]
    assert errors[4].startswith("orders.parquet: row 4: item.params.tpp: ")
    assert [e is None for e in errors] == [True, True, True, False, False, True]
    assert got[3]["overall"] is None and got[3]["id"] == 3
    good = [r for k, r in enumerate(records) if k not in (3, 4)]
    jurisdictions = sorted(default_world().jurisdictions)
    want = [as_row(d, jurisdictions) for d in jsonl_decisions(tmp_path, good)]
    assert [row for k, row in enumerate(got) if k not in (3, 4)] == want


def test_columns_outside_the_contract_are_refused_before_deciding(tmp_path):
    table = bench.arrow_table(book(tmp_path, "book", 3)).append_column(
        "item.colour", pa.array(["red"] * 3)
    )
    with pytest.raises(policy.InputError, match=r"unknown column 'item\.colour'"):
        policy.screen_arrow(table)


def test_the_parties_columns_give_the_json_lines_decisions(tmp_path):
    """``item.producer`` and the consignee's and exporting company's columns (issue 20) are
    read by Parquet/Arrow and CSV as by JSON Lines: the H20 letter by producer, License
    Exception HBM by the consignee's headquarters and its owners."""
    hbm = {"kind": "ic.memory.hbm", "params": {"memory_bandwidth_density": 2.01}}
    h20 = {"kind": "ic.accelerator", "params": {"tpp": 2368, "memory_bandwidth_gbps": 4000}}
    site = {"name": "site", "country": "CN", "headquarters": "KR"}
    records: list[dict[str, Any]] = [
        {"item": hbm, "consignee": site},
        {"item": hbm, "consignee": site | {"owners": [{"party": "SMIC", "share": 60}]}},
        {"item": hbm, "consignee": site, "exporter_party": {"name": "X", "headquarters": "CN"}},
        {"item": hbm},
        {"item": h20 | {"producer": "NVIDIA"}},
        {"item": h20 | {"producer": "Moore Threads"}},
        {"item": h20},
    ]
    records = [
        {"id": f"o{k}", "date": "2025-05-01", "exporter": "US", "destination": "CN", **r}
        for k, r in enumerate(records)
    ]
    want = jsonl_decisions(tmp_path, records)
    assert [d["verdicts"]["US"]["outcome"] for d in want] == [
        "no_license_required",
        "license_required",
        "license_required",
        "license_required",
        "license_required",
        "no_license_required",
        "no_license_required",
    ]

    def cell(r: dict[str, Any], path: str) -> Any:
        head, _, rest = path.partition(".")
        value = r.get(head)
        for key in rest.split(".") if rest else ():
            value = value.get(key) if isinstance(value, dict) else None
        if path.endswith("owners") and value:
            return ";".join(f"{o['party']}:{o['share']:g}" for o in value)
        return value

    columns = ["id", "date", "exporter", "destination", "item.kind", "item.producer"]
    columns += ["item.params.memory_bandwidth_density", "item.params.tpp"]
    columns += ["item.params.memory_bandwidth_gbps", "consignee.name", "consignee.country"]
    columns += ["consignee.headquarters", "consignee.owners", "exporter_party.name"]
    columns += ["exporter_party.headquarters"]
    table = pa.table({c: [cell(r, c) for r in records] for c in columns})
    jurisdictions = sorted(default_world().jurisdictions)
    assert policy.screen_arrow(table).to_pylist() == [as_row(d, jurisdictions) for d in want]
    csv_path = tmp_path / "orders.csv"
    lines = [",".join(columns)]
    for r in records:
        lines.append(",".join("" if (x := cell(r, c)) is None else str(x) for c in columns))
    csv_path.write_text("\n".join(lines) + "\n")
    r = CliRunner().invoke(main, ["screen", str(csv_path), "--jobs", "1", "--no-progress"])
    assert r.exit_code == 0, r.output
    assert [json.loads(line) for line in r.stdout.splitlines()] == want
