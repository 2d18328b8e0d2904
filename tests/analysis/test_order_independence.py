"""Order independence: the same law written in another order gives byte-identical findings.

Nothing about the order in which regimes, rules, carve-outs, nexuses, groups, members,
lists, listings, parties or suppliers are written carries meaning, so ``policy check``
must not let it leak into a finding's wording, attribution or fingerprint (a baseline would
go stale when a file is renamed).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from policy import channel, exporter
from policy.analysis import CheckOptions, check_world
from policy.cli import main
from policy.loading.regimes import world_from_data
from policy.model.world import World
from tests.analysis.quality.planted import ALLY
from tests.analysis.quality.planted import WORLD as PLANTED_WORLD

DAY = dt.date(2024, 1, 1)

# Two allies alike but for their names: which of them stands for "an exporter no condition
# of KR names" must not be decided by which regime was written first.
_JP = ALLY.model_copy(
    update={
        "jurisdiction": "JP",
        "reach": tuple(
            n.model_copy(update={"when": exporter("JP") & channel("export", "reexport")})
            for n in ALLY.reach
        ),
        "rules": tuple(r.model_copy(update={"id": "JP-accelerator"}) for r in ALLY.rules),
    }
)
WORLD = World(regimes=(*PLANTED_WORLD.regimes, _JP), suppliers=PLANTED_WORLD.suppliers)

#: the lists of a regime whose order carries no meaning, and those inside their items
_REGIME_LISTS = ("reach", "rules", "groups", "lists", "parties")


def shuffled(world: World, rng: random.Random) -> World:
    """``world`` with every order that carries no meaning shuffled by ``rng``."""
    data: dict[str, Any] = world.model_dump(mode="json")
    rng.shuffle(data["regimes"])
    rng.shuffle(data["suppliers"])
    for r in data["regimes"]:
        for k in _REGIME_LISTS:
            rng.shuffle(r[k])
        for g in r["groups"]:
            rng.shuffle(g["members"])
        for li in r["lists"]:
            rng.shuffle(li["listings"])
        for rule in r["rules"]:
            rng.shuffle(rule["carveouts"])
    return world_from_data(data, where="shuffled")


def report_json(world: World, **kw: Any) -> str:
    report = check_world(world, options=CheckOptions(), **kw)
    return json.dumps(report.to_json_dict(), sort_keys=True)


@functools.cache
def planted_report() -> str:
    """The planted world's report as written, computed once per process (a function rather
    than a fixture, so that hypothesis does not print a 46 kB argument with every example)."""
    return report_json(WORLD, as_of=DAY)


@pytest.fixture(scope="module")
def planted_json() -> str:
    return planted_report()


@settings(max_examples=8, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_shuffling_the_planted_world_changes_no_finding(seed: int) -> None:
    assert report_json(shuffled(WORLD, random.Random(seed)), as_of=DAY) == planted_report()


def test_reversing_every_order_changes_no_finding(planted_json: str) -> None:
    """The one permutation that moves every element: each list reversed."""
    data: dict[str, Any] = WORLD.model_dump(mode="json")
    data["regimes"].reverse()
    data["suppliers"].reverse()
    for r in data["regimes"]:
        for k in _REGIME_LISTS:
            r[k].reverse()
        for rule in r["rules"]:
            rule["carveouts"].reverse()
    assert report_json(world_from_data(data, where="reversed"), as_of=DAY) == planted_json


def test_all_dates_do_not_depend_on_the_order_either() -> None:
    rng = random.Random(7)
    assert report_json(shuffled(WORLD, rng), all_dates=True) == report_json(WORLD, all_dates=True)


@pytest.mark.slow
def test_shipped_library_as_a_world_json_in_any_order(tmp_path: Path) -> None:
    """The shipped regimes as a world JSON, as written and with every order reversed (the
    regimes, and inside each its rules, reach, groups, lists, parties and members), give
    byte-identical ``policy check --format json`` output."""
    from policy.regimes import default_world

    data: dict[str, Any] = default_world().model_dump(mode="json")
    (tmp_path / "world.json").write_text(json.dumps(data))
    data["regimes"].reverse()
    data["suppliers"].reverse()
    for r in data["regimes"]:
        for k in _REGIME_LISTS:
            r[k].reverse()
        for g in r["groups"]:
            g["members"].reverse()
    (tmp_path / "reversed.json").write_text(json.dumps(data))
    runner = CliRunner()
    outs = []
    for name in ("world.json", "reversed.json"):
        res = runner.invoke(
            main,
            [
                "check",
                "--regimes",
                str(tmp_path / name),
                "--as-of",
                "2025-12-01",
                "--format",
                "json",
                "--no-baseline",
            ],
        )
        assert res.exit_code in (0, 1), res.output
        outs.append(res.output)
    assert outs[0] == outs[1]


def test_regime_files_in_a_directory_in_any_order(tmp_path: Path) -> None:
    """Regime files whose names sort in opposite orders give the same findings."""
    data: dict[str, Any] = WORLD.model_dump(mode="json")
    outs = []
    n = len(data["regimes"])
    for d, names in (("a", range(n)), ("b", range(n, 0, -1))):
        (tmp_path / d).mkdir()
        for prefix, regime in zip(names, data["regimes"], strict=True):
            (tmp_path / d / f"{prefix}.json").write_text(json.dumps(regime))
        res = CliRunner().invoke(
            main,
            [
                "check",
                "--regimes",
                str(tmp_path / d),
                "--as-of",
                DAY.isoformat(),
                "--format",
                "json",
                "--no-baseline",
            ],
        )
        assert res.exit_code in (0, 1), res.output
        outs.append(res.output)
    assert outs[0] == outs[1]
