"""Fuzzing the readers and the CLI with mutated valid documents: whatever comes in, the tool
answers with a decision (exit 0) or one located message (exit 2), never a traceback.

Run deeper with ``HYPOTHESIS_PROFILE=nightly``; ``--hypothesis-show-statistics`` reports how
many inputs were tried.
"""

from __future__ import annotations

import json

from click.testing import CliRunner
from hypothesis import given

from policy.cli import main
from policy.regimes.us import REGIME
from tests.hardening.mutations import mutated_json

VALID_TX = {
    "date": "2022-11-01",
    "exporter": "US",
    "destination": "CN",
    "channel": "export",
    "end_user": {"name": "X", "country": "CN", "owners": [{"party": "SMIC", "share": 60}]},
    "end_use": ["advanced_node_fab"],
    "persons": ["US"],
    "item": {
        "kind": "ic.accelerator",
        "params": {"tpp": 4992, "bidirectional_transfer_rate_gbps": 600},
        "flags": ["datacenter"],
        "classification": {"US": "3A090.a"},
        "origin": "TW",
        "content": {"US": 10},
        "made_with": ["US"],
    },
}
VALID_REGIME = json.loads(REGIME.model_dump_json())


def _assert_clean(result, place: str) -> None:
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.output)
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        assert result.stderr.startswith("Error: "), result.stderr
        assert place in result.stderr, result.stderr


@given(mutated_json(VALID_TX))
def test_decide_survives_mutated_transactions(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "tx.json"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["decide", str(path), "--format", "json"])
    _assert_clean(result, str(path))


@given(mutated_json(VALID_TX))
def test_screen_survives_a_mutated_record_between_good_ones(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "txs.jsonl"
    good = json.dumps(VALID_TX).encode()
    path.write_bytes(good + b"\n" + data.replace(b"\n", b" ") + b"\n" + good + b"\n")
    result = CliRunner().invoke(main, ["screen", str(path)])
    _assert_clean(result, f"{path}:2")
    lines = result.stdout.splitlines()
    assert len(lines) == 3  # one output record per input record, in order
    assert json.loads(lines[0])["overall"] == json.loads(lines[2])["overall"]


@given(mutated_json(VALID_REGIME))
def test_loading_survives_mutated_regimes(tmp_path_factory, data):
    # `decide --regimes` loads and validates the regime exactly as `check` does, without
    # running the analysis on every mutant.
    path = tmp_path_factory.mktemp("fuzz") / "regime.json"
    path.write_bytes(data)
    tx = json.dumps({k: v for k, v in VALID_TX.items() if k != "end_user"})
    result = CliRunner().invoke(main, ["decide", "-", "--regimes", str(path)], input=tx)
    _assert_clean(result, str(path))
