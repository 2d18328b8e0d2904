"""PL003: a rule version that no example dated while it is in force tests is a finding of
`policy check` (its examples could be deleted and every check would still pass)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from policy.cli import main

SMALL = str(Path(__file__).parent / "small_regime.py")


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


def test_a_rule_version_without_an_example_in_force_is_pl003():
    _, out, _ = run(
        "check",
        "--regimes",
        SMALL,
        "--as-of",
        "2024-06-01",
        "--format",
        "json",
        "--select",
        "PL003",
    )
    findings = json.loads(out)["findings"]
    assert [(f["code"], f["severity"], [r["id"] for r in f["rules"]]) for f in findings] == [
        ("PL003", "warning", ["KR-ACCEL"])
    ]
    assert (
        "KR-ACCEL (in force from 2025-01-01) has no example dated while it is in force"
        in (findings[0]["message"])
    )
