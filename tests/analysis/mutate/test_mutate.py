"""`policy mutate`: which planted mistakes the examples notice, decided exactly.

The small regime (:mod:`.small_regime`) exercises every operator quickly; the shipped
library pins the cases the issue names (Burma in D:5, the 3A090.a TPP boundary)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import policy.regimes.cases as cases_module
from policy.analysis.diff import Side, diff_sides, first_change
from policy.analysis.mutate import (
    Analyzer,
    MutationOptions,
    Score,
    generate_mutants,
    mutate_world,
    python_case,
    registered_operators,
)
from policy.cli import main
from policy.loading import load_world
from policy.model.regimes import Regime
from policy.model.rules import Example
from policy.model.world import World

HERE = Path(__file__).parent
SMALL = str(HERE / "small_regime.py")
JAN_2025 = dt.date(2025, 1, 16)
MM = "US/group:D:5/country_dropped/MM"
TPP_FLIP = "US/US-3A090.a@2023-11-17/comparison_flipped/when.1.0.0.0"
NAC_FLIP = "US/US-3A090.a@2023-11-17/comparison_flipped/carveout:NAC.1"

#: The operators the issue asks for, by the names the JSON reports.
ISSUE_OPERATORS = {
    "comparison_flipped",
    "threshold_moved",
    "conjunct_dropped",
    "country_added",
    "country_dropped",
    "party_dropped",
    "carveout_dropped",
    "outcome_weakened",
    "outcome_strengthened",
    "date_moved",
    "nexus_dropped",
    "rule_dropped",
}


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture(scope="module")
def small() -> World:
    return load_world(SMALL)


def _mutant(world: World, mid: str, day: dt.date = JAN_2025):
    return next(m for m in generate_mutants(world, days=[day]) if m.id == mid)


def _with_regime(world: World, regime: Regime) -> World:
    regimes = tuple(regime if r.jurisdiction == regime.jurisdiction else r for r in world.regimes)
    return world.model_copy(update={"regimes": regimes})


def _without_examples_to(world: World, jurisdiction: str, country: str) -> World:
    """``world`` with every example of ``jurisdiction`` that ships to ``country`` removed."""
    regime = world.regime(jurisdiction)
    rules = tuple(
        r.model_copy(
            update={
                "examples": tuple(e for e in r.examples if e.transaction.destination != country)
            }
        )
        for r in regime.rules
    )
    examples = tuple(e for e in regime.examples if e.transaction.destination != country)
    return _with_regime(world, regime.model_copy(update={"rules": rules, "examples": examples}))


def _columns(line: str) -> int:
    """The columns a line takes (wide characters two, as ruff's line length counts them)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _paste(world: World, jurisdiction: str, rule_id: str, example: Example) -> World:
    """``world`` with ``example`` added to the examples of rule ``rule_id``: of its version
    in force on the example's date, else of its first version (where a date moved before
    the rule's effective date puts the example)."""
    regime = world.regime(jurisdiction)
    versions = [r for r in regime.rules if r.id == rule_id]
    day = example.transaction.date
    home = next((r for r in versions if r.active(day)), versions[0])
    rules = tuple(
        r.model_copy(update={"examples": (*r.examples, example)}) if r is home else r
        for r in regime.rules
    )
    return _with_regime(world, regime.model_copy(update={"rules": rules}))


# ------------------------------------------------------------------------ operators


def test_every_operator_the_issue_names_is_registered_and_makes_mutants(small):
    assert {op.name for op in registered_operators()} >= ISSUE_OPERATORS
    made = {m.operator for m in generate_mutants(small, days=[dt.date(2024, 6, 1)])}
    assert made >= ISSUE_OPERATORS, ISSUE_OPERATORS - made


def test_mutant_ids_are_stable_and_unique(small):
    days = small.change_dates()
    a = [m.id for m in generate_mutants(small, days=days)]
    assert a == [m.id for m in generate_mutants(small, days=days)]
    assert len(a) == len(set(a))


def test_an_unknown_operator_is_exit_2_with_a_suggestion():
    code, _, err = run("mutate", "--regimes", SMALL, "--operators", "rule_droped")
    assert code == 2 and "unknown mutation operator 'rule_droped'" in err
    assert "rule_dropped" in err


# ------------------------------------------------------- equivalence is diff's answer


def test_equivalence_is_exactly_what_diff_sides_finds(small):
    """For every mutant of the small regime, on every date it changes, the symbolic
    question (first_change) agrees with the enumerated diff of `policy diff`."""
    analyzer = Analyzer(small, propose=False)
    law = analyzer.law("KR")
    for m in generate_mutants(small, days=small.change_dates()):
        mutated = analyzer.alone(m.regime)
        for day in m.days:
            a, b = Side(law, day, "law"), Side(mutated, day, "mutant")
            quick = first_change(a, b, jurisdiction="KR")
            full = [c for c in diff_sides(a, b).changes if c.jurisdiction == "KR"]
            assert (quick is None) == (not full), (m.id, day)
            if quick is not None:
                assert (quick.old, quick.new) in {(c.old, c.new) for c in full}, m.id


def test_an_equivalent_mutant_is_reported_and_never_counted(world):
    result = Analyzer(world).analyse(_mutant(world, NAC_FLIP))
    assert result.status == "equivalent" and result.equivalent and result.killed_by == []
    score = Score.of([result])
    assert (score.equivalent, score.score) == (1, None)
    assert not score.below(95)


# ------------------------------------------------------------- the issue's check


def test_the_3a090a_tpp_flip_is_killed_by_the_boundary_example(world):
    result = Analyzer(world).analyse(_mutant(world, TPP_FLIP))
    assert result.description == "`tpp >= 4800` written `tpp > 4800` in the rule's condition"
    assert result.status == "killed" and not result.equivalent
    assert "Boundary: exactly 4800 TPP (datacenter) is 3A090.a" in result.killed_by
    assert (result.rule, result.file) == ("US-3A090.a", "policy/regimes/us/computing.py")


def test_dropping_burma_from_d5_survives_with_a_witness_sent_to_burma(world):
    """Without an example that sends anything to Burma (as before the fix), the mutant
    survives, and its witness is an item sent to Burma that the law controls."""
    bare = _without_examples_to(world, "US", "MM")
    result = Analyzer(bare).analyse(_mutant(bare, MM))
    assert result.status == "survived" and result.killed_by == []
    assert result.witness is not None and result.witness.destination == "MM"
    assert result.outcome is not None and result.mutant_outcome is not None
    assert result.outcome.restrictive and not result.mutant_outcome.restrictive
    assert result.proposed is not None
    proposed = result.proposed.example.transaction
    assert proposed.item.name  # the case tables name every product
    assert proposed.model_copy(
        update={"item": proposed.item.model_copy(update={"name": None})}
    ) == (result.witness)
    assert result.proposed.example.outcome == result.outcome


def test_the_proposed_example_pasted_into_the_case_table_kills_the_mutant(world):
    """The printed proposal is Python the case tables run as written: evaluated where
    `policy.regimes.cases` writes its rows, added to the rule it names, the mutant is
    killed on the next run, by that example."""
    bare = _without_examples_to(world, "US", "MM")
    proposed = Analyzer(bare).analyse(_mutant(bare, MM)).proposed
    assert proposed is not None and proposed.rule is not None
    row = eval(proposed.python.strip().removesuffix(","), vars(cases_module))
    assert row == proposed.example
    fixed = _paste(bare, "US", proposed.rule, row)
    again = Analyzer(fixed).analyse(_mutant(fixed, MM))
    assert again.status == "killed" and again.killed_by == [row.title]


def test_every_survivor_of_the_small_regime_is_killed_by_its_proposal(small):
    report = mutate_world(small, as_of=dt.date(2024, 6, 1))
    assert report.survivors
    for s in report.survivors:
        assert s.proposed is not None, s.id
        namespace = vars(cases_module)
        row = eval(s.proposed.python.strip().removesuffix(","), namespace)
        assert s.proposed.rule is not None
        fixed = _paste(small, "KR", s.proposed.rule, row)
        mutant = _mutant(fixed, s.id, dt.date(2024, 6, 1))
        assert Analyzer(fixed).analyse(mutant).status == "killed", s.id


def test_python_case_prints_every_field_so_that_the_row_rebuilds_the_example():
    from policy.model.transactions import Transaction

    tx = Transaction.model_validate(
        {
            "date": "2024-03-01",
            "exporter": "DE",
            "destination": "CN",
            "channel": "reexport",
            "end_user": {
                "name": 'A "quoted" firm',
                "country": "DE",
                "headquarters": "CN",
                "owners": [{"party": "SMIC", "share": 60}],
            },
            "end_use": ["advanced_node_fab", "military"],
            "persons": ["US"],
            "item": {
                "kind": "ic.accelerator",
                "name": "boundary chip",
                "params": {"tpp": 4800, "performance_density": 5.92},
                "flags": ["datacenter"],
                "origin": "TW",
                "content": {"US": 25.5},
                "made_with": ["US"],
                "classification": {"US": "3A090.a"},
            },
        }
    )
    ex = Example(
        title="A title long enough to be wrapped: " + "the quick brown fox jumps " * 4,
        transaction=tx,
        outcome="license_required",
        fires=False,
        source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1): " * 3
        + "MOFCOM/GAC Announcement No. 23 of 2023 (关于对镓、锗相关物项实施出口管制的公告"
        + "关于对镓、锗相关物项实施出口管制的公告)",
        note="N " * 80,
    )
    text = python_case(ex)
    assert text.startswith('    case("A title long') and text.endswith("),")
    wide = [line for line in text.splitlines() if _columns(line) > 100]
    assert not wide, wide
    assert eval(text.strip().removesuffix(","), vars(cases_module)) == ex


# ---------------------------------------------------------------------------- the CLI


def test_json_follows_the_contract_and_its_schema():
    code, out, _ = run("mutate", "--regimes", SMALL, "--as-of", "2024-06-01", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["tool"], data["as_of"]) == ("policy", "2024-06-01")
    assert data["schema"].endswith("/mutate.schema.json")
    schema = json.loads((Path(__file__).parents[3] / "schemas/mutate.schema.json").read_text())
    jsonschema.validate(data, schema)
    statuses = {m["status"] for m in data["mutants"]}
    assert statuses == {"killed", "survived", "equivalent"}
    for m in data["mutants"]:
        assert set(m) >= {
            "id",
            "operator",
            "rule",
            "file",
            "line",
            "description",
            "equivalent",
            "killed_by",
            "witness",
            "outcome",
        }
        assert m["equivalent"] == (m["status"] == "equivalent")
        assert bool(m["killed_by"]) == (m["status"] == "killed")
        assert (m["witness"] is not None) == (m["status"] == "survived")
        assert m["file"].endswith("small_regime.py") and m["line"] > 0
    s = data["score"]
    assert s["mutants"] == s["killed"] + s["survived"] + s["equivalent"]
    assert s["score"] == round(100 * s["killed"] / (s["killed"] + s["survived"]), 2)


def test_text_shows_a_table_per_regime_and_each_survivor_with_its_proposal():
    code, out, _ = run("mutate", "--regimes", SMALL, "--as-of", "2024-06-01")
    assert code == 0
    assert out.splitlines()[0].startswith("policy mutate as of 2024-06-01: KR: 26 mutants:")
    assert "  Rule or target" in out and "KR-ACCEL@2024-01-01" in out and "group listed" in out
    assert "surviving mutants (" in out and "proposed example, for the examples of rule" in out


@pytest.mark.parametrize("fmt", ["markdown", "sarif", "github"])
def test_the_ci_formats_put_survivors_at_the_rules_line(fmt):
    code, out, _ = run("mutate", "--regimes", SMALL, "--as-of", "2024-06-01", "--format", fmt)
    assert code == 0
    if fmt == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        assert results and all(r["ruleId"] == "PLM01" for r in results)
        region = results[0]["locations"][0]["physicalLocation"]
        assert region["artifactLocation"]["uri"].endswith("small_regime.py")
        assert region["region"]["startLine"] > 1
    elif fmt == "github":
        assert out.startswith("::warning file=") and "small_regime.py,line=" in out
    else:
        assert out.startswith("### policy mutate as of 2024-06-01") and "<details>" in out


def test_fail_under_exits_1_below_the_score_and_0_at_or_above_it():
    code, _, err = run("mutate", "--regimes", SMALL, "--as-of", "2024-06-01", "--fail-under", "95")
    assert code == 1 and "mutation score 40.0% is below --fail-under 95" in err
    code, _, _ = run("mutate", "--regimes", SMALL, "--as-of", "2024-06-01", "--fail-under", "40")
    assert code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--as-of", "2024-06-01", "--all-dates"], "cannot be used together"),
        (["--base", "main"], "--base goes with --changed"),
        (["--changed"], "--changed needs --base REV"),
        (["--coverage", "--fail-under", "90"], "--fail-under applies to the score"),
        (["--operators", ","], "expected operator names separated by commas"),
    ],
)
def test_bad_usage_is_exit_2(args, message):
    code, _, err = run("mutate", "--regimes", SMALL, *args)
    assert code == 2 and message in err


def test_all_dates_mutates_the_law_of_every_change_date(small):
    report = mutate_world(small, all_dates=True, options=MutationOptions(propose=False))
    assert report.as_of == "2000-01-01..2025-01-01"
    ids = {m.id for m in report.mutants}
    # the amended threshold (2025) and the first version's are both mutated
    assert "KR/KR-ACCEL@2025-01-01/comparison_flipped/when.1" in ids
    assert "KR/KR-ACCEL@2024-01-01/comparison_flipped/when.1" in ids


def test_jobs_give_the_same_report_as_one_process(small):
    one = mutate_world(small, as_of=dt.date(2024, 6, 1))
    two = mutate_world(small, as_of=dt.date(2024, 6, 1), options=MutationOptions(jobs=2))
    assert one.to_json_dict() == two.to_json_dict()


# ------------------------------------------------------------------ the pytest entry


def test_pytest_policy_mutate_fails_one_item_per_survivor(tmp_path):
    import subprocess
    import sys

    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-c",
            "pytest.ini",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            "--policy-mutate",
            "--policy-regimes",
            SMALL,
            "--policy-as-of",
            "2024-06-01",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 1, r.stdout + r.stderr
    # RU is in the group and under the carve-out alike: leaving it out changes nothing
    assert "15 failed, 10 passed, 1 skipped" in r.stdout, r.stdout
    assert "surviving mutant KR/list:watch/party_dropped/Bolt: Bolt left off watch" in r.stdout
    assert "proposed example, for the examples of rule KR-ACCEL" in r.stdout


# ------------------------------------------------------------------ coverage, --changed


def test_coverage_lists_the_boundaries_and_members_each_rules_examples_pin():
    code, out, _ = run("mutate", "--regimes", SMALL, "--as-of", "2024-06-01", "--coverage")
    assert code == 0
    assert "KR-ACCEL@2024-01-01 (1 example)" in out
    assert "    not pinned       tpp >= 4800 (when.1)" in out
    assert "  list watch: 1 of 2 members pinned\n    not pinned: Bolt" in out
    code, out, _ = run(
        "mutate", "--regimes", SMALL, "--as-of", "2024-06-01", "--coverage", "--format", "json"
    )
    data = json.loads(out)
    assert data["tool"] == "policy" and data["version"]
    assert data["schema"].endswith("/mutate-coverage.schema.json")
    schema = Path(__file__).parents[3] / "schemas/mutate-coverage.schema.json"
    jsonschema.validate(data, json.loads(schema.read_text()))


def _git(repo: Path, *args: str) -> None:
    import subprocess

    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_changed_mutates_only_what_the_working_tree_changed_since_base(tmp_path):
    """The base revision is read from git's objects (as `policy diff` reads it); only the
    rule version whose JSON differs is mutated."""
    text = (HERE / "small_regime.py").read_text()
    (tmp_path / "regime.py").write_text(text)
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "regime.py")
    _git(tmp_path, "commit", "-q", "-m", "base")
    (tmp_path / "regime.py").write_text(text.replace("(TPP >= 4000)", "(TPP >= 4100)"))
    code, out, err = run(
        "mutate",
        "--regimes",
        str(tmp_path / "regime.py"),
        "--changed",
        "--base",
        "HEAD",
        "--repo",
        str(tmp_path),
        "--as-of",
        "2025-06-01",
        "--format",
        "json",
    )
    assert code == 0, err
    assert "changed since HEAD: KR: KR-ACCEL@2025-01-01" in err
    targets = {m["target"] for m in json.loads(out)["mutants"]}
    assert targets == {"KR-ACCEL@2025-01-01"}
