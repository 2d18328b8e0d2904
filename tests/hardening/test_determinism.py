"""Determinism: the same inputs give byte-identical outputs from every command, across
runs, across ``PYTHONHASHSEED`` values (set iteration order) and across orderings of the
rules, nexuses, groups, lists and parties inside a regime."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from policy.cli import main
from policy.regimes import default_world
from tests.hardening.documents import CSV_HEADER, CSV_ROW, VALID_TX

ROOT = Path(__file__).resolve().parents[2]

TRANSACTIONS = [
    VALID_TX,
    {**VALID_TX, "end_user": "SMIC", "date": "2024-01-10"},
    {
        "date": "2023-12-01",
        "exporter": "NL",
        "destination": "CN",
        "end_use": ["advanced_node_fab"],
        "item": {
            "kind": "sme.lithography.duv.immersion",
            "params": {"wavelength_nm": 193, "overlay_nm": 1.5},
            "content": {"US": 20},
            "made_with": ["US"],
        },
    },
    {
        "date": "2025-02-01",
        "exporter": "JP",
        "destination": "CN",
        "item": {"kind": "sme.etch", "params": {"node_nm": 5}, "origin": "JP"},
    },
]


def run_everything(directory: Path, regimes: str) -> dict[str, str]:
    """Run every command that reports on ``regimes`` and return each output's sha256."""
    (directory / "txs.jsonl").write_text("".join(json.dumps(t) + "\n" for t in TRANSACTIONS))
    (directory / "txs.csv").write_text(f"{CSV_HEADER}\n{CSV_ROW}\n{CSV_ROW}\n")
    runs: dict[str, list[str]] = {
        f"decide-{i}": ["decide", "-", "--format", "json"] for i in range(len(TRANSACTIONS))
    }
    runs |= {
        "screen": ["screen", str(directory / "txs.jsonl")],
        "screen-csv": ["screen", str(directory / "txs.csv")],
        "check": ["check", "--as-of", "2024-01-01", "--format", "json", "--no-baseline"],
        "diff": ["diff", "--from", "2023-10-16", "--to", "2023-11-17", "--format", "json"],
        "docs": ["docs", "--out", str(directory / "docs")],
    }
    digests: dict[str, str] = {}
    for name, args in runs.items():
        stdin = None
        if name.startswith("decide-"):
            stdin = json.dumps(TRANSACTIONS[int(name.split("-")[1])])
        if name != "schema":
            args = [*args, "--regimes", regimes]
        r = CliRunner().invoke(main, args, input=stdin)
        assert r.exit_code in (0, 1), (name, r.output[-2000:])
        output = r.stdout
        if name == "docs":
            output = json.dumps(
                {
                    p.relative_to(directory / "docs").as_posix(): p.read_text()
                    for p in sorted((directory / "docs").rglob("*"))
                    if p.is_file()
                }
            )
        digests[name] = hashlib.sha256(output.encode()).hexdigest()
    r = CliRunner().invoke(main, ["schema", "--out", str(directory / "schemas")])
    assert r.exit_code == 0
    schemas = {p.name: p.read_text() for p in sorted((directory / "schemas").iterdir())}
    digests["schema"] = hashlib.sha256(json.dumps(schemas).encode()).hexdigest()
    return digests


_CHILD = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from tests.hardening.test_determinism import run_everything
print(json.dumps(run_everything(Path(sys.argv[2]), sys.argv[3])))
"""


def _in_process_with_seed(seed: str, directory: Path, regimes: Path) -> subprocess.Popen[str]:
    directory.mkdir()
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(ROOT), str(directory), str(regimes)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=directory,
    )


@pytest.fixture(scope="module")
def world_json(tmp_path_factory) -> Path:
    """The shipped library as one world JSON file (rules keep their Python locations)."""
    path = tmp_path_factory.mktemp("world") / "world.json"
    path.write_text(default_world().model_dump_json())
    return path


def _collect(children: dict[str, subprocess.Popen[str]]) -> dict[str, dict[str, str]]:
    results = {}
    for name, child in children.items():
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, (name, err[-3000:])
        results[name] = json.loads(out)
    return results


def _same(results: dict[str, dict[str, str]], a: str, b: str) -> list[str]:
    return sorted(k for k in results[a] if results[a][k] != results[b][k])


@pytest.fixture(scope="module")
def runs(tmp_path_factory, world_json) -> dict[str, dict[str, str]]:
    """Every command's output digests from three interpreters started together: the
    library under PYTHONHASHSEED 0 and 1, and the library with its lists shuffled."""
    root = tmp_path_factory.mktemp("runs")
    shuffled_json = root / "shuffled.json"
    shuffled_json.write_text(json.dumps(shuffled(json.loads(world_json.read_text()), seed=7)))
    return _collect(
        {
            "seed 0": _in_process_with_seed("0", root / "seed-0", world_json),
            "seed 1": _in_process_with_seed("1", root / "seed-1", world_json),
            "shuffled": _in_process_with_seed("0", root / "shuffled", shuffled_json),
        }
    )


def test_every_output_is_byte_identical_across_hash_seeds(runs):
    assert _same(runs, "seed 0", "seed 1") == []


def test_the_order_of_rules_changes_no_output(runs):
    assert _same(runs, "seed 0", "shuffled") == []


@pytest.mark.skipif(
    os.environ.get("HYPOTHESIS_PROFILE") != "nightly", reason="nightly: five interpreters"
)
def test_every_output_is_byte_identical_across_many_hash_seeds(tmp_path, world_json):
    seeds = ["0", "2", "12345", "4294967295"]
    results = _collect(
        {s: _in_process_with_seed(s, tmp_path / f"seed-{s}", world_json) for s in seeds}
    )
    for seed in seeds[1:]:
        assert _same(results, "0", seed) == [], seed


def shuffled(world: dict[str, Any], seed: int) -> dict[str, Any]:
    """The world with every list inside each regime whose order carries no meaning
    (rules, reach, carve-outs, groups and their members, lists and their listings,
    parties, examples, assumptions excepted) shuffled."""
    rng = random.Random(seed)
    out = json.loads(json.dumps(world))
    for regime in out["regimes"]:
        for key in ("rules", "reach", "groups", "lists", "parties", "examples"):
            rng.shuffle(regime[key])
        for rule in regime["rules"]:
            rng.shuffle(rule["carveouts"])
        for g in regime["groups"]:
            rng.shuffle(g["members"])
        for li in regime["lists"]:
            rng.shuffle(li["listings"])

    return out
