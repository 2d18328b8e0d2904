"""The loopholes the shipped library is known to have, found by ``policy check``.

Each is a gap reported in public commentary on the 2022-2025 controls: Japanese etch and
deposition tools while only the US controlled them (closed for the items Japan listed on
23 Jul 2023), the A800 designed under the 2022 3A090 interconnect threshold, the EU's TPP
6000 against the US's 4800 once 3A501.a.16 is in force (15 Nov 2025), DUV immersion
scanners for fabs that call themselves mature-node, and compute rented by remote access.
"""

import functools
import json

from click.testing import CliRunner

from policy import Transaction, decide
from policy.cli import main


@functools.cache
def findings(day: str) -> tuple[dict, ...]:
    r = CliRunner().invoke(main, ["check", "--as-of", day, "--format", "json"])
    assert r.exit_code == 0, r.output
    return tuple(json.loads(r.output)["findings"])


def loopholes(day: str, move: str) -> list[dict]:
    return [f for f in findings(day) if f["move"] == move]


def japanese_sources(day: str) -> set[str]:
    """The item kinds a loophole says to buy from a Japanese supplier instead."""
    return {
        f["witness"][-1]["item"]["kind"]
        for f in loopholes(day, "supplier_substitution")
        if f["witness"][-1]["exporter"] == "JP"
    }


def test_japanese_etch_and_deposition_until_japan_listed_them(world):
    """The check reports one witness per rule and move: since the long-standing US 3B001
    entries split the equipment kinds, the witness of the advanced-fab loophole is a tool
    Japan did not list (an imprint tool above 45 nm); the etch and deposition tools it stands
    for are replayed through ``decide``."""
    before = japanese_sources("2022-11-01")
    assert before and all(k.startswith("sme.") for k in before)
    f = next(
        f
        for f in loopholes("2022-11-01", "supplier_substitution")
        if f["witness"][-1]["exporter"] == "JP"
        and any(r["id"] == "US-744.23-fab" for r in f["rules"])
    )
    assert f["code"] == "PL101" and "advanced_node_fab" in f["denied"]["end_use"]
    assert "(JP)" in f["message"]
    for kind, day, jp in (
        ("sme.etch", "2022-11-01", "no_license_required"),
        ("sme.deposition", "2022-11-01", "no_license_required"),
        ("sme.etch", "2023-08-01", "license_required"),
        ("sme.deposition", "2023-08-01", "license_required"),
    ):
        tool = {"kind": kind, "name": "tool", "origin": "JP"}
        made_in_japan = decide(
            world,
            Transaction.model_validate(
                {
                    "date": day,
                    "exporter": "JP",
                    "destination": "CN",
                    "item": tool,
                    "end_use": ["advanced_node_fab"],
                }
            ),
        )
        assert made_in_japan.verdicts["JP"].outcome.value == jp, (kind, day)
        assert made_in_japan.verdicts["US"].outcome.value == "not_applicable", (kind, day)
        made_in_us = decide(
            world,
            Transaction.model_validate(
                {
                    "date": day,
                    "exporter": "US",
                    "destination": "CN",
                    "item": {**tool, "origin": "US"},
                    "end_use": ["advanced_node_fab"],
                }
            ),
        )
        assert made_in_us.verdicts["US"].outcome.value == "license_required", (kind, day)
    after = japanese_sources("2023-08-01")
    assert not {"sme.etch", "sme.deposition", "sme.cleaning"} & after


def test_a800_designed_under_the_2022_threshold():
    hits = loopholes("2022-11-01", "design_under_threshold")
    (f,) = [f for f in hits if "bidirectional_transfer_rate_gbps 599" in f["message"]]
    (witness,) = f["witness"]
    params = witness["item"]["params"]
    assert params["tpp"] >= 4800 and params["bidirectional_transfer_rate_gbps"] < 600
    assert [r["id"] for r in f["rules"]][:1] == ["US-3A090"]


def test_eu_and_us_accelerator_thresholds_differ_after_15_november_2025():
    def gap(day: str) -> list[dict]:
        return [
            f
            for f in findings(day)
            if f["code"] == "PL104"
            and f["witness"][-1]["item"]["kind"] == "ic.accelerator"
            and "EU-3A501.a.16 (EU) tests tpp >= 6000" in f["message"]
        ]

    assert not gap("2025-11-01")
    hits = gap("2025-12-01")
    assert hits
    f = next(f for f in hits if f["witness"][-1]["item"]["params"]["tpp"] > 0)
    assert 4800 <= f["witness"][-1]["item"]["params"]["tpp"] < 6000
    assert {"EU", "US"} <= set(f["jurisdictions"])
    assert {"US-3A090.a", "EU-3A501.a.16"} <= {r["id"] for r in f["rules"]}


def test_duv_immersion_to_a_mature_node_fab_in_2024():
    hits = [
        f
        for f in loopholes("2024-06-01", "end_use_substitution")
        if f["denied"]["item"]["kind"] == "sme.lithography.duv.immersion"
        and f["denied"]["destination"] == "CN"
    ]
    assert hits
    assert all(f["witness"][-1]["end_use"] == ["mature_node_fab"] for f in hits)


def test_remote_access_to_controlled_compute():
    hits = loopholes("2022-11-01", "remote_access")
    f = next(f for f in hits if f["rules"][0]["id"] == "US-3A090")
    assert f["code"] == "PL106" and f["witness"][-1]["channel"] == "remote_access"
