"""The command line, through click's CliRunner: outputs, exit codes, and bad input."""

import json

import pytest
from click.testing import CliRunner

from policy import Outcome
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


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def tx_file(tmp_path):
    def make(data, name="tx.json"):
        path = tmp_path / name
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        return str(path)

    return make


def test_decide_json(tx_file):
    r = run("decide", tx_file(A100_US_CN), "--format", "json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["overall"] == "license_required"
    assert out["verdicts"]["US"]["rules"] == ["US-3A090"]
    assert out["verdicts"]["US"]["outcome"] == "license_required"


def test_decide_text_explains(tx_file):
    r = run("decide", tx_file(A100_US_CN))
    assert r.exit_code == 0
    assert "overall: license_required" in r.output
    assert "tpp 4992 >= 4800" in r.output


def test_decide_reads_stdin():
    r = run("decide", "-", "--format", "json", input=json.dumps(A100_US_CN))
    assert json.loads(r.output)["overall"] == "license_required"


def test_decide_as_of_replaces_the_date(tx_file):
    r = run("decide", tx_file(A100_US_CN), "--format", "json", "--as-of", "2022-08-01")
    assert json.loads(r.output)["overall"] == "no_license_required"


def test_screen_writes_one_decision_per_line_in_order(tmp_path):
    f = tmp_path / "txs.jsonl"
    lines = [A100_US_CN, {**A100_US_CN, "exporter": "JP", "destination": "DE"}]
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    r = run("screen", str(f))
    assert r.exit_code == 0
    outs = [json.loads(x) for x in r.output.splitlines()]
    assert [o["overall"] for o in outs] == ["license_required", "no_license_required"]


def test_screen_reports_a_bad_record_and_decides_the_rest(tmp_path):
    f = tmp_path / "txs.jsonl"
    f.write_text(json.dumps(A100_US_CN) + "\n{bad json\n" + json.dumps(A100_US_CN) + "\n")
    r = CliRunner().invoke(main, ["screen", str(f)])
    assert r.exit_code == 2
    outs = r.stdout.splitlines()
    assert len(outs) == 3 and json.loads(outs[1])["line"] == 2
    assert f"{f}:2: invalid JSON" in r.stderr
    r = CliRunner().invoke(main, ["screen", str(f), "--bad-records", "skip"])
    assert r.exit_code == 0


def test_screen_fail_on_denied(tmp_path):
    f = tmp_path / "txs.jsonl"
    f.write_text(json.dumps(A100_US_CN) + "\n")
    assert run("screen", str(f), "--fail-on", "license_required").exit_code == 1
    assert run("screen", str(f), "--fail-on", "prohibited").exit_code == 0


def test_schema_regenerates_exactly_the_committed_schemas(tmp_path):
    from pathlib import Path

    r = run("schema", "--out", str(tmp_path))
    assert r.exit_code == 0
    committed = Path(__file__).resolve().parents[2] / "schemas"
    for fresh in sorted(tmp_path.glob("*.json")):
        assert (committed / fresh.name).read_text() == fresh.read_text(), (
            f"schemas/{fresh.name} is stale: run `policy schema`"
        )
    assert sorted(p.name for p in committed.glob("*.json")) == sorted(
        p.name for p in tmp_path.glob("*.json")
    )


def test_schema_check_flags_stale_files(tmp_path):
    assert run("schema", "--check", "--out", str(tmp_path)).exit_code == 1
    run("schema", "--out", str(tmp_path))
    assert run("schema", "--check", "--out", str(tmp_path)).exit_code == 0


def test_check_passes_on_the_shipped_library():
    """Every finding on the shipped library is in the committed baseline: exit 0, and the
    baselined findings are still listed."""
    r = run("check", "--format", "json", "--as-of", "2024-01-01")
    assert r.exit_code == 0, r.output
    findings = json.loads(r.output)["findings"]
    assert findings and all(f["baselined"] for f in findings)


def test_check_reports_a_failing_example(tmp_path):
    from policy.regimes import us

    rule = us.RULES[0]
    bad = rule.model_copy(
        update={
            "examples": (rule.examples[1].model_copy(update={"outcome": Outcome.LICENSE_REQUIRED}),)
        }
    )
    regime = us.REGIME.model_copy(update={"rules": (bad,)})
    path = tmp_path / "us.json"
    path.write_text(regime.model_dump_json())
    r = run("check", "--regimes", str(path), "--format", "json", "--no-baseline")
    assert r.exit_code == 1
    finding = next(f for f in json.loads(r.output)["findings"] if f["code"] == "PL002")
    assert "A800" in finding["message"]


BAD_TRANSACTIONS = [
    ("{not json", "invalid JSON at line 1"),
    ("", "empty input"),
    ("[]", "expected a JSON object"),
    ({**A100_US_CN, "destination": "XX"}, "destination: unknown country code 'XX'"),
    ({**A100_US_CN, "date": "2023-02-30"}, "date: '2023-02-30' is not a date that exists"),
    ({**A100_US_CN, "date": 20230101}, "date: expected a date YYYY-MM-DD"),
    ({**A100_US_CN, "item": {"kind": "ic.gpu"}}, "item.kind: unknown item kind 'ic.gpu'"),
    (
        {**A100_US_CN, "item": {"kind": "ic", "params": {"tpp": -5}}},
        "item.params.tpp: expected a number >= 0, got -5",
    ),
    (
        {**A100_US_CN, "item": {"kind": "ic", "params": {"tpp": "4800"}}},
        "item.params.tpp: expected a number, got '4800'",
    ),
    ({**A100_US_CN, "item": {"kind": "ic", "params": {"tppp": 1}}}, "item.params.tppp"),
    ({**A100_US_CN, "colour": "red"}, "colour: unknown field"),
    ({k: v for k, v in A100_US_CN.items() if k != "exporter"}, "exporter: required field"),
    ('{"date": "2022-11-01", "date": "2022-11-02"}', "duplicate key 'date'"),
    ('{"x": NaN}', "NaN is not a number JSON allows"),
    ({**A100_US_CN, "end_user": "Nobody Corp"}, "unknown end user party 'Nobody Corp'"),
]


@pytest.mark.parametrize("data, message", BAD_TRANSACTIONS)
def test_bad_transactions_exit_2_with_a_located_message(tx_file, data, message):
    path = tx_file(data)
    r = CliRunner().invoke(main, ["decide", path])
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert "Traceback" not in r.output
    assert r.stderr.startswith("Error: ")
    assert message in r.stderr


def test_missing_file_and_bad_flags_exit_2(tmp_path):
    r = CliRunner().invoke(main, ["decide", str(tmp_path / "nope.json")])
    assert r.exit_code == 2 and "no such file" in r.stderr
    r = CliRunner().invoke(main, ["decide", "-", "--as-of", "2023-13-01"], input="{}")
    assert r.exit_code == 2 and "is not a date that exists" in r.stderr
    r = CliRunner().invoke(main, ["check", "--format", "yaml"])
    assert r.exit_code == 2


def test_regime_whose_rule_ids_collide_exits_2(tmp_path):
    from policy.regimes import us

    rule = us.RULES[0]
    regime = json.loads(us.REGIME.model_copy(update={"rules": (rule,)}).model_dump_json())
    regime["rules"].append(regime["rules"][0])
    path = tmp_path / "r.json"
    path.write_text(json.dumps(regime, indent=1))
    r = CliRunner().invoke(main, ["check", "--regimes", str(path)])
    assert r.exit_code == 2
    assert "rule id 'US-3A090' collides" in r.stderr


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"jurisdiction": "XX", "name": "x"}', "jurisdiction: unknown jurisdiction 'XX'"),
        ('{"jurisdiction": "US"}', "name: required field"),
        ('{"jurisdiction": "US", "name": "x", "rules": [{"id": "R"}]}', "rules[0].title"),
    ],
)
def test_malformed_regime_json_exits_2(tmp_path, content, message):
    path = tmp_path / "r.json"
    path.write_text(content)
    r = CliRunner().invoke(main, ["check", "--regimes", str(path)])
    assert r.exit_code == 2
    assert message in r.stderr and str(path) in r.stderr


def test_regimes_from_a_python_file(tmp_path):
    mod = tmp_path / "mine.py"
    mod.write_text(
        "import datetime as dt\n"
        "from policy import Regime, Rule, Nexus, Source, exporter, kind, TPP\n"
        "S = Source(document='My law', section='1')\n"
        "REGIME = Regime(jurisdiction='KR', name='Korea test',\n"
        "    reach=(Nexus(id='t', title='t', when=exporter('KR'),\n"
        "                 effective=dt.date(2020, 1, 1), source=S),),\n"
        "    rules=(Rule(id='KR-1', title='t', when=kind('ic') & (TPP >= 100), source=S,\n"
        "                effective=dt.date(2020, 1, 1)),))\n"
    )
    r = run(
        "decide",
        "-",
        "--regimes",
        str(mod),
        "--format",
        "json",
        input=json.dumps({**A100_US_CN, "exporter": "KR"}),
    )
    assert json.loads(r.output)["verdicts"]["KR"]["rules"] == ["KR-1"]
