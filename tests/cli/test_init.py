"""`policy init` scaffolds a repository that passes `policy check` and `pytest` as generated."""

import subprocess
import sys

from click.testing import CliRunner

from policy.cli import main


def test_init_scaffolds_a_repository_that_checks_and_tests_clean(tmp_path, monkeypatch):
    target = tmp_path / "my-regimes"
    r = CliRunner().invoke(main, ["init", str(target), "--jurisdiction", "KR"])
    assert r.exit_code == 0, r.output
    for rel in [
        "regime.py",
        "tests/test_regime.py",
        "pyproject.toml",
        ".github/workflows/policy.yml",
        ".pre-commit-config.yaml",
        "README.md",
    ]:
        assert (target / rel).is_file(), rel
    monkeypatch.chdir(target)
    r = CliRunner().invoke(main, ["check", "--format", "json"])
    assert r.exit_code == 0, r.output
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=target,
        capture_output=True,
        text=True,
    )
    assert tests.returncode == 0, tests.stdout + tests.stderr
    log = subprocess.run(["git", "log", "--oneline"], cwd=target, capture_output=True, text=True)
    assert log.returncode == 0 and log.stdout.count("\n") == 1


def test_init_refuses_a_non_empty_directory(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "file").write_text("keep me")
    r = CliRunner().invoke(main, ["init", str(tmp_path / "x")])
    assert r.exit_code == 2 and "not empty" in r.stderr
    assert (tmp_path / "x" / "file").read_text() == "keep me"


def test_init_rejects_an_unknown_jurisdiction(tmp_path):
    r = CliRunner().invoke(main, ["init", str(tmp_path / "y"), "--jurisdiction", "XX"])
    assert r.exit_code == 2 and "unknown jurisdiction 'XX'" in r.stderr
    assert not (tmp_path / "y").exists()
