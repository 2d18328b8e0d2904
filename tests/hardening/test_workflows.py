"""The GitHub workflows, this repository's and those ``policy init`` writes, follow the pattern
GitHub documents for pull requests from anyone ("Preventing pwn requests"): what runs the pull
request's code runs on ``pull_request`` with a read-only token; what may write (a comment,
code scanning) never runs it; ``pull_request_target`` is not used at all."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from policy.cli import main

ROOT = Path(__file__).resolve().parents[2]
#: Running the project's code, or the pull request's: what a job holding write rights must not do.
RUNS_CODE = re.compile(
    r"\bpip\b|\bpython\b|\bpytest\b|(^|[\s;&|])policy\s+(check|diff|decide|screen|docs|schema|init)\b"
)


def _scaffolded(tmp: Path) -> list[Path]:
    r = CliRunner().invoke(main, ["init", str(tmp / "scaffold"), "--no-git"])
    assert r.exit_code == 0, r.output
    return sorted((tmp / "scaffold" / ".github" / "workflows").glob("*.yml"))


@pytest.fixture(scope="module")
def workflows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Every workflow, by a readable name (``repo:ci.yml``, ``scaffold:policy.yml``)."""
    found = {f"repo:{p.name}": p for p in sorted((ROOT / ".github" / "workflows").glob("*.yml"))}
    found.update({f"scaffold:{p.name}": p for p in _scaffolded(tmp_path_factory.mktemp("init"))})
    assert {"repo:ci.yml", "repo:policy-review.yml", "scaffold:policy.yml"} <= set(found)
    return {name: yaml.safe_load(path.read_text()) for name, path in found.items()}


def on(doc: dict[Any, Any]) -> Any:
    return doc.get("on", doc.get(True))  # YAML 1.1 reads a bare `on` as true


def triggers(doc: dict[Any, Any]) -> set[str]:
    events = on(doc)
    return {events} if isinstance(events, str) else set(events)


def writes(permissions: Any) -> set[str]:
    """The scopes a ``permissions`` value grants write access to (``*`` for write-all)."""
    if permissions == "write-all":
        return {"*"}
    if isinstance(permissions, dict):
        return {scope for scope, level in permissions.items() if level == "write"}
    assert permissions in (None, "read-all", {}), permissions
    return set()


def steps(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(job, step) for job, spec in doc["jobs"].items() for step in spec.get("steps", [])]


def test_no_workflow_runs_on_pull_request_target(workflows):
    for name, doc in workflows.items():
        assert "pull_request_target" not in triggers(doc), name


def test_every_workflow_sets_its_permissions(workflows):
    """The repository's default token permissions (possibly read-write) never apply."""
    for name, doc in workflows.items():
        assert "permissions" in doc, name


def test_what_runs_on_pull_requests_can_only_read(workflows):
    reviewed = 0
    for name, doc in workflows.items():
        if "pull_request" not in triggers(doc):
            continue
        reviewed += 1
        assert writes(doc["permissions"]) == set(), name
        assert doc["permissions"].get("contents") == "read", name
        for job, spec in doc["jobs"].items():
            permissions = spec.get("permissions", doc["permissions"])
            assert writes(permissions) == set(), (name, job)
            assert permissions.get("contents") == "read", (name, job)
        for job, step in steps(doc):
            if str(step.get("uses", "")).startswith("actions/checkout"):
                # no token left in .git/config for the pull request's code to read
                assert step.get("with", {}).get("persist-credentials") is False, (name, job)
    assert reviewed >= 3  # ci, policy review, the scaffold's policy


def test_what_may_write_never_checks_out_or_runs_a_pull_request(workflows):
    commenters = 0
    for name, doc in workflows.items():
        granted = writes(doc["permissions"]) | {
            w for spec in doc["jobs"].values() for w in writes(spec.get("permissions"))
        }
        if not granted:
            continue
        assert triggers(doc) <= {"push", "workflow_run"}, name
        if "push" in triggers(doc):
            assert on(doc)["push"] == {"branches": ["main"]}, name
            continue
        commenters += 1
        for job, step in steps(doc):
            assert not str(step.get("uses", "")).startswith("actions/checkout"), (name, job)
            assert not RUNS_CODE.search(str(step.get("run", ""))), (name, job, step["run"])
    assert commenters == 2  # this repository's and the scaffold's


def test_the_comment_workflow_follows_a_pull_request_workflow(workflows):
    for origin in ("repo", "scaffold"):
        names = {
            doc["name"]
            for key, doc in workflows.items()
            if key.startswith(origin + ":") and "pull_request" in triggers(doc)
        }
        comment = next(
            doc
            for key, doc in workflows.items()
            if key.startswith(origin + ":") and "workflow_run" in triggers(doc)
        )
        assert set(on(comment)["workflow_run"]["workflows"]) <= names, origin
        (job,) = comment["jobs"].values()
        assert "pull_request" in job["if"]


def test_no_run_script_expands_an_expression(workflows):
    """Values reach scripts through ``env``, never ``${{ }}`` pasted into the shell (a branch
    name or title of the pull request would otherwise be code)."""
    for name, doc in workflows.items():
        for job, step in steps(doc):
            assert "${{" not in str(step.get("run", "")), (name, job, step["run"])
