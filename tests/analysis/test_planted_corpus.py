"""The planted-defect corpus (``tests/analysis/planted/``): small regimes in the project's
JSON format, each with one defect (or none), and the exact findings ``policy check`` must
give for it, in any order of the regimes and rules, with the ids renamed, and with the
regimes split into files of a directory.

``expected.json`` maps each file to its findings as (code, move, rule ids); the clean
files expect none. Every witness is replayed through ``decide``: a loophole's denied
transaction is denied and every leg of its path allowed."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from policy import decide
from policy.analysis import CheckOptions, check_world
from policy.cli import main
from policy.loading.regimes import world_from_data
from policy.model.world import World

HERE = Path(__file__).parent / "planted"
EXPECTED: dict[str, list[list[Any]]] = json.loads((HERE / "expected.json").read_text())
DAY = dt.date(2024, 6, 1)

Found = list[tuple[str, str | None, list[str]]]


def load(name: str) -> dict[str, Any]:
    return json.loads((HERE / f"{name}.json").read_text())  # type: ignore[no-any-return]


def check(data: dict[str, Any]) -> tuple[World, Found, list[Any]]:
    world = world_from_data(data, where="planted")
    report = check_world(world, as_of=DAY, options=CheckOptions())
    # PL003 (a rule no example tests) is left out: the corpus regimes carry no examples on
    # purpose, each is about one planted defect
    findings = [f for f in report.findings if f.code != "PL003"]
    found = [(f.code, f.move, [r.id for r in f.rules]) for f in findings]
    return world, found, findings


def expected(name: str, rename: dict[str, str] | None = None) -> Found:
    rename = rename or {}
    return [(c, m, [rename.get(r, r) for r in ids]) for c, m, ids in EXPECTED[name]]


def test_every_file_has_an_expectation() -> None:
    assert sorted(p.stem for p in HERE.glob("*.json") if p.stem != "expected") == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_planted_defect_is_found_exactly(name: str) -> None:
    world, found, findings = check(load(name))
    assert found == expected(name)
    for f in findings:
        if f.category == "loophole":
            assert f.denied is not None and decide(world, f.denied).overall.restrictive
            assert all(not decide(world, t).overall.restrictive for t in f.witness)


def _shuffle(data: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    data = json.loads(json.dumps(data))
    rng.shuffle(data["regimes"])
    for r in data["regimes"]:
        for k in ("reach", "rules", "groups", "lists", "parties"):
            rng.shuffle(r.get(k, []))
    return data


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("seed", [1, 2])
def test_in_any_order(name: str, seed: int) -> None:
    data = load(name)
    _, found, findings = check(_shuffle(data, random.Random(seed)))
    _, _, original = check(data)
    assert found == expected(name)
    assert [f.fingerprint for f in findings] == [f.fingerprint for f in original]
    assert [f.message for f in findings] == [f.message for f in original]


def _renamed(data: dict[str, Any], rename: dict[str, str]) -> dict[str, Any]:
    text = json.dumps(data)
    for old, new in rename.items():
        text = text.replace(json.dumps(old), json.dumps(new))
    return json.loads(text)  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_renaming_rule_ids_renames_the_findings_only(name: str) -> None:
    """Ids renamed consistently (so that they sort the other way round) give the same
    findings with the new names."""
    data = load(name)
    ids = sorted({ru["id"] for r in data["regimes"] for ru in r["rules"]})
    rename = {old: f"AU-{len(ids) - i:02d}-{old}" for i, old in enumerate(ids)}
    _, found, _ = check(_renamed(data, rename))
    assert sorted(found) == sorted(expected(name, rename))


@pytest.mark.parametrize(
    "name", [n for n in sorted(EXPECTED) if len(load(n)["regimes"]) > 1 or load(n)["suppliers"]]
)
def test_split_into_files(name: str, tmp_path: Path) -> None:
    """The regimes of a world written as one file each in a directory (names sorting
    either way), its suppliers in a world file of their own, give the same findings."""
    data = load(name)
    outs = []
    for d, reverse in (("a", False), ("b", True)):
        (tmp_path / d).mkdir()
        n = len(data["regimes"])
        for i, regime in enumerate(data["regimes"]):
            prefix = n - i if reverse else i
            (tmp_path / d / f"{prefix}.json").write_text(json.dumps(regime))
        if data["suppliers"]:
            suppliers = {"regimes": [], "suppliers": data["suppliers"]}
            name_ = "0-suppliers.json" if reverse else "z-suppliers.json"
            (tmp_path / d / name_).write_text(json.dumps(suppliers))
        res = CliRunner().invoke(
            main,
            [
                *("check", "--regimes", str(tmp_path / d), "--as-of", DAY.isoformat()),
                *("--format", "json", "--no-baseline"),
            ],
        )
        assert res.exit_code in (0, 1), res.output
        outs.append(
            [
                (f["code"], f["move"], [r["id"] for r in f["rules"]])
                for f in json.loads(res.output)["findings"]
            ]
        )
    found = [list(x) for x in outs[0] if x[0] != "PL003"]
    assert outs[0] == outs[1] and found == [list(x) for x in expected(name)]


@pytest.mark.parametrize(
    ("name", "severity", "modelled"),
    [("below-the-floor", "error", True), ("below-the-floor-not-modelled", "warning", False)],
)
def test_below_the_floor_witness_replays_through_decide(
    name: str, severity: str, modelled: bool
) -> None:
    """PL210's witness leaves the implementer's territory for a country that is neither
    its own nor a partner the floor names, and ``decide`` gives it the two verdicts the
    finding states: the floor requires a licence, the implementer does not (and models the
    kind, or says it does not)."""
    world, _, findings = check(load(name))
    (f,) = [f for f in findings if f.code == "PL210"]
    assert f.severity == severity
    assert f.jurisdictions == ["AU", "WA"]
    (tx,) = f.witness
    assert tx.exporter == "AU" and tx.destination not in ("AU", "JP")
    d = decide(world, tx)
    assert d.verdicts["WA"].outcome == "license_required"
    assert d.verdicts["WA"].rules == ["WA-litho"]
    assert d.verdicts["AU"].outcome == "no_license_required" and d.verdicts["AU"].reached
    assert d.verdicts["AU"].not_modelled is not modelled
    assert ("not modelled" in f.message) is not modelled


def test_the_floor_is_not_checked_before_the_implementation_starts() -> None:
    """An implementation declared from a later date gives no PL210 finding before it."""
    data = load("below-the-floor")
    data["regimes"][0]["implements"][0]["since"] = "2024-07-01"
    _, found, _ = check(data)
    assert [c for c, _, _ in found if c == "PL210"] == []
