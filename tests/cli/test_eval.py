"""``policy eval``: a condition expression or one rule against a transaction, why it holds
or not, in text and JSON; bad input is exit 2 with the column of the expression."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy.cli import main

A100_US_CN = {
    "date": "2022-11-01",
    "exporter": "US",
    "destination": "CN",
    "item": {
        "kind": "ic.accelerator",
        "name": "A100",
        "params": {"tpp": 4992, "bidirectional_transfer_rate_gbps": 600},
    },
}


@pytest.fixture
def tx(tmp_path: Path) -> str:
    path = tmp_path / "a100.json"
    path.write_text(json.dumps(A100_US_CN), encoding="utf-8")
    return str(path)


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def test_the_issues_example_holds_and_says_why(tx: str) -> None:
    # & binds more loosely than >= here, as the reader means (Python's & would not)
    r = run("eval", "tpp >= 4800 & destination in D:5", "--tx", tx)
    assert r.exit_code == 0, r.output
    head, *facts = r.stdout.splitlines()
    assert head.endswith(": holds (US, 2022-11-01)")
    assert [f.strip() for f in facts] == ["tpp 4992 >= 4800", "destination CN is in group D:5"]


def test_a_condition_that_fails_names_the_failing_comparison(tx: str) -> None:
    r = run("eval", "4000 <= tpp < 4800", "--tx", tx, "--format", "json", "--exit-code")
    assert r.exit_code == 1
    out = json.loads(r.stdout)
    assert out["tool"] == "policy" and out["holds"] is False
    assert out["condition"] == "(tpp >= 4000 & tpp < 4800)"
    assert out["facts"] == ["tpp 4992 is not < 4800"]


def test_kinds_flags_negation_and_quoted_groups(tx: str) -> None:
    r = run(
        "eval",
        'destination in "China+Macau" & kind != ic.memory.hbm & ~flag("consumer")',
        "--tx",
        tx,
        "--format",
        "json",
    )
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["holds"] is True and out["jurisdiction"] == "US"
    assert "kind ic.accelerator is not {ic.memory.hbm}" in out["facts"]


def test_as_of_moves_the_date_and_a_rule_not_in_force_does_not_hold(tx: str) -> None:
    r = run("eval", "--rule", "US-3A090", "--tx", tx, "--as-of", "2022-08-01")
    assert r.exit_code == 0, r.output
    assert "US-3A090: does not hold (US, 2022-08-01)" in r.stdout
    assert "not in force on 2022-08-01" in r.stdout


def test_a_rule_is_evaluated_with_its_condition_and_carveouts(tx: str) -> None:
    r = run("eval", "--rule", "US-3A090", "--tx", tx, "--format", "json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["rule"] == "US-3A090" and out["holds"] is True
    assert "tpp 4992 >= 4800" in out["facts"]
    assert out["condition"].startswith("(kind(")
    assert isinstance(out["carveouts"], list)
    text = run("eval", "--rule", "US-3A090", "--tx", tx).stdout
    assert text.splitlines()[0] == "US-3A090: holds (US, 2022-11-01)"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["tppp >= 4800"], "<expression>:1:1: unknown parameter 'tppp'; did you mean 'tpp'?"),
        (
            ["tpp >= 4800 & destinaton in D:5"],
            "<expression>:1:15: unknown field 'destinaton'; did you mean 'destination'?",
        ),
        (["destination in XQ"], "<expression>:1:16: unknown country code 'XQ'"),
        (["kind == ic.accelratr"], "1:9: unknown item kind 'ic.accelratr'; did you mean"),
        (["tpp >= '4800'"], "<expression>:1:8: expected a number, got \"'4800'\""),
        (['__import__("os")'], "<expression>:1:1: unknown function '__import__'"),
        (["tpp >= (4800"], "<expression>:1:"),
        ([], "give an EXPRESSION or --rule RULE_ID"),
        (["tpp >= 1", "--rule", "US-3A090"], "give an EXPRESSION or --rule RULE_ID"),
        (["--rule", "US-3A09"], "--rule: unknown rule 'US-3A09'; did you mean 'US-3A090'"),
        (["destination in EU"], "EU, NL each define 'EU'; choose one with --jurisdiction"),
        (["tpp >= 1", "--jurisdiction", "XX"], "--jurisdiction: no regime 'XX'"),
    ],
)
def test_bad_input_is_exit_2_with_a_located_message(tx: str, args: list[str], message: str) -> None:
    r = run("eval", *args, "--tx", tx)
    assert r.exit_code == 2, r.output
    assert message in r.stderr
    assert "Traceback" not in r.output


def test_a_bad_transaction_is_located(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"date": "2022-11-01",', encoding="utf-8")
    r = run("eval", "tpp >= 1", "--tx", str(bad))
    assert r.exit_code == 2 and str(bad) in r.stderr


def test_the_parties_of_a_transaction_can_be_tested(tmp_path: Path) -> None:
    """``producer(...)``, ``consignee_headquarters`` and ``exporter_headquarters`` (issue 20):
    a party the transaction does not name makes its test false."""
    path = tmp_path / "hbm.json"
    data = A100_US_CN | {
        "consignee": {"name": "site", "country": "CN", "headquarters": "KR"},
        "item": A100_US_CN["item"] | {"producer": "NVIDIA Corp."},
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    r = run("eval", 'producer("Nvidia Corp") & consignee_headquarters in A:5', "--tx", str(path))
    assert r.exit_code == 0, r.output
    assert [f.strip() for f in r.stdout.splitlines()[1:]] == [
        "producer NVIDIA Corp. is {Nvidia Corp}",
        "consignee.headquarters KR is in group A:5",
    ]
    r = run("eval", "exporter_headquarters in (US, JP)", "--tx", str(path), "--exit-code")
    assert r.exit_code == 1
    assert [f.strip() for f in r.stdout.splitlines()[1:]] == [
        "exporter_party.headquarters none is not in {JP, US}"
    ]
