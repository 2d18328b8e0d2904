"""Issue 16, through the CLI: mistakes in a regime module are located (file:line of the
argument, the rule, a suggestion), the CI gate checks every date, a clean check is quiet,
the scaffold installs this project, ``policy explain`` explains, JSON documents and SARIF
name the tool's version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import policy
from policy.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def scaffold(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("init") / "s"
    r = CliRunner().invoke(main, ["init", str(target), "--no-git", "--jurisdiction", "KR"])
    assert r.exit_code == 0, r.output
    return target


#: (what the regime says, what the mistake makes it say, what the message must contain)
MISTAKES = [
    ('review="case-by-case"', 'reveiw="case-by-case"', "rule KR-ACCEL-1: reveiw: unknown field"),
    ('"CN RU"', '"CN UK"', "group listed: country: unknown country code 'UK'; did you mean 'GB'?"),
    (
        "effective=date(2024, 1, 1)",
        'effective="2021-02-30"',
        "rule KR-ACCEL-1: effective: '2021-02-30' is not a date that exists",
    ),
    (
        "outcome=Outcome.LICENSE_REQUIRED,",
        'outcome="licence_required",',
        "got 'licence_required'; did you mean 'license_required'",
    ),
    (
        "destination(groups=",
        "destinaton(groups=",
        "NameError: name 'destinaton' is not defined; did you mean 'destination'?",
    ),
    ("RULES = (", "RULES = ((", "invalid Python: '(' was never closed"),
    ("TPP >= 4800", 'TPP >= "4800"', "rule KR-ACCEL-1: value: expected a number, got '4800'"),
]


@pytest.mark.parametrize(("was", "mistake", "message"), MISTAKES, ids=[m[1] for m in MISTAKES])
def test_a_mistake_in_a_regime_module_is_exit_2_at_its_line(
    scaffold: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    was: str,
    mistake: str,
    message: str,
) -> None:
    source = (scaffold / "regime.py").read_text()
    assert was in source
    wrong = source.replace(was, mistake, 1)
    line = wrong[: wrong.index(mistake)].count("\n") + 1
    (tmp_path / "regime.py").write_text(wrong)
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["check", "--regimes", "regime.py", "--no-baseline"])
    assert r.exit_code == 2, r.output
    assert f"regime.py:{line}: " in r.stderr, r.stderr
    assert message in r.stderr
    assert "bug in policy" not in r.stderr and len(r.stderr.splitlines()) == 1


def test_an_undefined_group_is_one_pl001_at_the_literal(
    scaffold: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = (scaffold / "regime.py").read_text().replace('("listed",)', '("lsted",)', 1)
    (tmp_path / "regime.py").write_text(source)
    line = source[: source.index('"lsted"')].count("\n") + 1
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(
        main, ["check", "--regimes", "regime.py", "--no-baseline", "--select", "PL001"]
    )
    assert r.exit_code == 1
    pl001 = [x for x in r.output.splitlines() if "PL001" in x]
    assert len(pl001) == 1
    assert pl001[0].startswith(f"regime.py:{line}: PL001")
    assert "group 'lsted'" in pl001[0] and "did you mean 'listed'?" in pl001[0]


def test_ci_and_workflows_check_every_date(scaffold: Path) -> None:
    assert "policy check --all-dates" in (ROOT / ".ci" / "run").read_text()
    repo = ROOT / ".github" / "workflows"
    made = scaffold / ".github" / "workflows"
    for path in (
        repo / "policy-review.yml",
        repo / "policy-scanning.yml",
        made / "policy.yml",
        made / "policy-scanning.yml",
    ):
        doc = yaml.safe_load(path.read_text())
        runs = [s.get("run", "") for job in doc["jobs"].values() for s in job["steps"]]
        checks = [r for r in runs if r.startswith("policy check")]
        assert checks and all("--all-dates" in r for r in checks), (path, checks)
    assert 'dates = "all"' in (scaffold / "pyproject.toml").read_text()


def test_the_scaffold_installs_this_project_pinned(scaffold: Path) -> None:
    from policy.scaffold import DISTRIBUTION

    assert DISTRIBUTION == "export-policy"
    assert 'name = "export-policy"' in (ROOT / "pyproject.toml").read_text()
    wanted = f"{DISTRIBUTION}=={policy.__version__}"
    for rel in (".github/workflows/policy.yml", ".github/workflows/policy-scanning.yml"):
        doc = yaml.safe_load((scaffold / rel).read_text())
        runs = [s.get("run", "") for job in doc["jobs"].values() for s in job["steps"]]
        installs = [r for r in runs if r.startswith("pip install")]
        assert installs == [f'pip install "{wanted}" pytest'], installs
    assert f'dependencies = ["{wanted}"]' in (scaffold / "pyproject.toml").read_text()
    assert "https://github.com/)" not in (scaffold / "README.md").read_text()


def test_settings_dates_choose_the_checked_dates(
    scaffold: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(scaffold)
    r = CliRunner().invoke(main, ["check", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert ".." in json.loads(r.output)["as_of"]  # dates = "all": every change date
    text = (scaffold / "pyproject.toml").read_text().replace('dates = "all"', 'dates = "al"')
    (tmp_path / "pyproject.toml").write_text(text)
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["check"])
    assert r.exit_code == 2 and "pyproject.toml:" in r.stderr and "did you mean 'all'" in r.stderr


@pytest.fixture(scope="module")
def baselined(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The planted regimes with every finding accepted."""
    tmp = tmp_path_factory.mktemp("quiet")
    regimes = ROOT / "tests" / "analysis" / "quality" / "planted.py"
    baseline = tmp / "baseline.json"
    args = ["check", "--regimes", str(regimes), "--as-of", "2024-01-01", "--baseline"]
    r = CliRunner().invoke(main, [*args, str(baseline), "--update-baseline"])
    assert r.exit_code == 0, r.output
    return regimes, baseline


def _check(baselined: tuple[Path, Path], *extra: str) -> object:
    regimes, baseline = baselined
    return CliRunner().invoke(
        main,
        [
            "check",
            "--regimes",
            str(regimes),
            "--as-of",
            "2024-01-01",
            "--baseline",
            str(baseline),
            *extra,
        ],
    )


def test_a_clean_check_is_quiet_and_show_baselined_lists(baselined: tuple[Path, Path]) -> None:
    quiet = _check(baselined)
    assert quiet.exit_code == 0, quiet.output
    lines = quiet.output.splitlines()
    assert len(lines) <= 3, quiet.output
    assert "0 new" in lines[-1] and "--show-baselined" in lines[-1]
    loud = _check(baselined, "--show-baselined")
    assert loud.exit_code == 0 and len(loud.output.splitlines()) > len(lines)
    assert "baselined (accepted) findings:" in loud.output


def test_github_annotates_no_baselined_finding(baselined: tuple[Path, Path]) -> None:
    r = _check(baselined, "--format", "github")
    assert r.exit_code == 0
    assert not [x for x in r.output.splitlines() if x.startswith("::")]
    assert "0 new" in r.output


def test_explain_a_code() -> None:
    r = run("explain", "pl205")
    assert r.exit_code == 0
    assert r.output.startswith("PL205 threshold-gap (consistency)")
    assert "Example:" in r.output and "How to fix:" in r.output
    assert "--update-baseline" in r.output
    bad = run("explain", "PL999")
    assert bad.exit_code == 2 and "did you mean" in bad.stderr


def test_json_documents_and_sarif_name_the_version(tmp_path: Path) -> None:
    tx = tmp_path / "tx.json"
    tx.write_text(
        json.dumps(
            {
                "date": "2024-06-01",
                "exporter": "US",
                "destination": "CN",
                "item": {"kind": "ic.accelerator", "params": {"tpp": 4800}},
            }
        )
    )
    decided = json.loads(run("decide", str(tx), "--format", "json").output)
    assert decided["tool"] == "policy" and decided["version"] == policy.__version__
    assert decided["schema"].endswith("/decision.schema.json")
    diff = run("diff", "--from", "2023-10-16", "--to", "2023-11-17", "--format", "json")
    assert json.loads(diff.output)["schema"].endswith("/diff.schema.json")
    sarif = json.loads(
        run("diff", "--from", "2023-10-16", "--to", "2023-11-17", "--format", "sarif").output
    )
    assert sarif["runs"][0]["tool"]["driver"]["version"] == policy.__version__


def test_fail_on_prints_one_summary_line() -> None:
    r = run("diff", "--from", "2023-10-16", "--to", "2023-11-17", "--fail-on", "tightened")
    assert r.exit_code == 1
    (line,) = r.stderr.splitlines()
    assert line.startswith("policy diff --fail-on tightened: ") and "tightened region" in line
    assert "US " in line
    ok = run("diff", "--from", "2023-10-16", "--to", "2023-11-17", "--fail-on", "loosened")
    assert ok.exit_code in (0, 1) and (ok.exit_code == 1) == bool(ok.stderr.strip())


def test_watch_runs_again_when_a_file_changes(tmp_path: Path) -> None:
    from policy.cli._watch import watch

    regime = tmp_path / "regime.py"
    regime.write_text("A = 1\n")
    runs: list[int] = []
    sleeps = iter(range(100))

    def sleep(_: float) -> None:
        if next(sleeps) == 2:  # a save while watching
            regime.write_text("A = 22\n")

    watch([tmp_path], lambda: runs.append(1) or 0, interval=0, sleep=sleep, runs=2)
    assert len(runs) == 2


def test_init_takes_a_requirement_for_this_project_and_refuses_another(tmp_path: Path) -> None:
    """Until export-policy is on the package index, a team points the scaffold at a VCS URL
    or a wheel; a requirement that would install another project (``policy`` is an unrelated
    one on the index) is refused before anything is written."""
    spec = "export-policy @ git+https://example.org/team/export-policy@v0.1.0"
    r = CliRunner().invoke(main, ["init", str(tmp_path / "a"), "--no-git", "--requirement", spec])
    assert r.exit_code == 0, r.output
    doc = yaml.safe_load((tmp_path / "a/.github/workflows/policy.yml").read_text())
    runs = [s.get("run", "") for job in doc["jobs"].values() for s in job["steps"]]
    assert f'pip install "{spec}" pytest' in runs
    assert f'dependencies = ["{spec}"]' in (tmp_path / "a/pyproject.toml").read_text()
    for wrong in ("policy==1.0.0", "policy", "export-polciy", "pytest"):
        r = CliRunner().invoke(
            main, ["init", str(tmp_path / "b"), "--no-git", "--requirement", wrong]
        )
        assert r.exit_code == 2 and "--requirement" in r.stderr, (wrong, r.output)
        assert "does not install export-policy" in r.stderr and "Traceback" not in r.output
        assert not (tmp_path / "b").exists()
