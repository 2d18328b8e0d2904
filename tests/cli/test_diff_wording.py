"""``policy diff``'s wording (issue 16, item 5): a region names each parameter once, and a
witness is an ordinary export, never from a country to itself."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from policy.cli import main
from policy.model import vocabulary as v


@pytest.fixture(scope="module")
def changes() -> list[dict]:
    r = CliRunner().invoke(
        main, ["diff", "--from", "2023-10-16", "--to", "2023-11-17", "--format", "json"]
    )
    assert r.exit_code in (0, 1), r.output
    return json.loads(r.stdout)["changes"]


def test_no_witness_exports_to_its_own_country(changes: list[dict]) -> None:
    selfish = [
        c["region"] for c in changes if c["witness"]["exporter"] == c["witness"]["destination"]
    ]
    assert not selfish, selfish


def test_a_region_names_each_parameter_once(changes: list[dict]) -> None:
    for c in changes:
        region = c["region"]
        for p in v.parameters().values():
            names = [p.phrase] + ([p.name] if p.name != p.phrase else [])
            said = sum(len(re.findall(rf"\b{re.escape(n)}\b", region)) for n in names)
            assert said <= 1, (p.name, region)
        assert len(re.findall(r"\bUS <=|\bUS >", region)) == 0, region


def test_a_band_reads_as_one_parameter_between_two_bounds(changes: list[dict]) -> None:
    regions = [c["region"] for c in changes]
    assert any(
        "performance density >= 1.6 and < 3.2" in r
        and "total processing performance >= 2400 and < 4800" in r
        for r in regions
    ), regions
    assert any("US-controlled content > 0% and <= 25%" in r for r in regions), regions
