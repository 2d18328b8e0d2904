"""``policy check`` through click's CliRunner: formats, the baseline, exit codes and
determinism."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import policy
from policy.cli import main

PLANTED = str(Path(__file__).parent / "quality" / "planted.py")
ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def planted(tmp_path):
    """The planted world, checked on 2024-01-01, with a baseline in tmp_path."""
    baseline = tmp_path / "baseline.json"

    def check(*extra):
        return run(
            "check",
            "--regimes",
            PLANTED,
            "--as-of",
            "2024-01-01",
            "--baseline",
            str(baseline),
            *extra,
        )

    return check, baseline


def test_json_follows_the_findings_contract(planted):
    check, _ = planted
    r = check("--format", "json")
    assert r.exit_code == 1
    data = json.loads(r.output)
    assert set(data) == {"tool", "version", "schema", "as_of", "cells", "findings"}
    assert data["tool"] == "policy" and data["version"] == policy.__version__
    assert data["schema"] == "https://policy.example/schemas/findings.schema.json"
    assert data["as_of"] == "2024-01-01" and data["cells"] > 0
    keys = {
        "code",
        "category",
        "move",
        "severity",
        "message",
        "jurisdictions",
        "rules",
        "denied",
        "witness",
        "baselined",
    }
    for f in data["findings"]:
        assert keys <= set(f)
        assert f["category"] in ("loophole", "consistency", "validation")
        for rule in f["rules"]:
            assert set(rule) == {"id", "file", "line"}
    loophole = next(f for f in data["findings"] if f["move"] == "supplier_substitution")
    assert loophole["code"] == "PL101" and loophole["denied"]["item"]["kind"] == "sme.deposition"
    assert loophole["rules"][0]["file"].endswith("planted.py") and loophole["rules"][0]["line"] > 0


def test_update_baseline_then_only_new_findings_fail(planted, tmp_path):
    check, baseline = planted
    r = check("--update-baseline", "--reason", "planted for the tests", "--owner", "qa")
    assert r.exit_code == 0 and baseline.exists()
    entries = json.loads(baseline.read_text())["accepted"]
    assert entries and all(e["reason"] == "planted for the tests" for e in entries)
    assert all(e["owner"] == "qa" for e in entries)
    r = check("--format", "json")
    assert r.exit_code == 0
    findings = json.loads(r.output)["findings"]
    assert findings and all(f["baselined"] for f in findings)
    # drop one entry: its finding is new again, and only it fails the run
    data = json.loads(baseline.read_text())
    dropped = data["accepted"].pop(0)
    baseline.write_text(json.dumps(data))
    r = check("--format", "json")
    assert r.exit_code == 1
    new = [f for f in json.loads(r.output)["findings"] if not f["baselined"]]
    assert len(new) == 1 and new[0]["code"] == dropped["code"]


def test_expired_baseline_entries_no_longer_count(planted):
    check, baseline = planted
    check("--update-baseline")
    data = json.loads(baseline.read_text())
    for e in data["accepted"]:
        e["expires"] = "2000-01-01"
    baseline.write_text(json.dumps(data))
    r = check()
    assert r.exit_code == 1 and "baseline entry expired on 2000-01-01" in r.output


def test_text_lists_location_code_and_witness(planted):
    check, _ = planted
    r = check()
    assert r.exit_code == 1
    assert r.output.startswith("policy check as of 2024-01-01: KR, TW (")
    assert "planted.py:" in r.output and "PL205 [error] threshold gap: tpp exactly 4800" in r.output
    assert "    witness: computer (tpp 4800) from KR to CN" in r.output
    assert r.output.rstrip().splitlines()[-1].endswith("new, 0 baselined")


def test_sarif(planted):
    check, _ = planted
    sarif = json.loads(check("--format", "sarif").output)
    assert sarif["version"] == "2.1.0"
    (run_,) = sarif["runs"]
    rules = {r["id"] for r in run_["tool"]["driver"]["rules"]}
    assert {"PL101", "PL205", "PL001"} <= rules
    result = next(r for r in run_["results"] if r["ruleId"] == "PL205")
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("planted.py") and loc["region"]["startLine"] > 0
    assert result["level"] == "error" and result["baselineState"] == "new"


def test_github_annotations(planted):
    check, _ = planted
    lines = check("--format", "github").output.splitlines()
    assert any(line.startswith("::error file=") and "title=PL205" in line for line in lines)
    assert all(line.startswith("::") for line in lines[:-1])
    assert "%0A" in lines[0] or "\n" not in lines[0]


def test_select_limits_the_checks(planted):
    check, _ = planted
    codes = {
        f["code"]
        for f in json.loads(check("--select", "PL205", "--format", "json").output)["findings"]
    }
    assert codes == {"PL205"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--select", "PL999"], "--select: unknown check code 'PL999'"),
        (["--as-of", "2024-01-01", "--all-dates"], "--as-of and --all-dates cannot be used"),
        (["--as-of", "2024-02-30"], "'2024-02-30' is not a date that exists"),
        (["--regimes", "no/such/file.json"], "no such file"),
    ],
)
def test_bad_input_exits_2_without_a_traceback(args, message):
    r = CliRunner().invoke(main, ["check", *args])
    assert r.exit_code == 2
    assert message in r.output and "Traceback" not in r.output


def test_a_broken_baseline_file_is_bad_input(tmp_path):
    bad = tmp_path / "baseline.json"
    bad.write_text('{"accepted": [{"fingerprint": "x"}]}')
    r = CliRunner().invoke(main, ["check", "--regimes", PLANTED, "--baseline", str(bad)])
    assert r.exit_code == 2
    assert f"Error: {bad}: accepted[0].code: required field is missing" in r.output


def test_output_is_byte_identical_across_hash_seeds(tmp_path):
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                "from policy.cli import main; main()",
                "check",
                "--regimes",
                PLANTED,
                "--all-dates",
                "--format",
                "json",
                "--no-baseline",
                "--jobs",
                seed,
            ],
            capture_output=True,
            env=env,
            cwd=ROOT,
            check=False,
        )
        assert out.returncode == 1, out.stderr
        outs.append(out.stdout)
    assert outs[0] == outs[1]


def test_pytest_plugin_collects_checks_and_examples(tmp_path):
    (tmp_path / "test_nothing.py").write_text("def test_ok():\n    pass\n")
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-v",
            "-p",
            "no:cacheprovider",
            # its own settings, not this project's (pytest may find our pyproject.toml
            # through the regime path, and its -n auto would word the report otherwise)
            "-c",
            str(tmp_path / "pytest.ini"),
            "--policy-checks",
            "--policy-examples",
            "--policy-regimes",
            PLANTED,
            "--policy-as-of",
            "2024-01-01",
            "--policy-baseline",
            str(tmp_path / "none.json"),
            "-rf",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    text = out.stdout
    assert out.returncode == 1, text
    assert "::policy::PL205 threshold-gap FAILED" in text
    assert "::policy::KR-computer-high: 6000 TPP computer to CN FAILED" in text
    assert "::policy::PL204 unsatisfiable FAILED" in text
    assert "passed" in text.splitlines()[-1] and "failed" in text.splitlines()[-1]
