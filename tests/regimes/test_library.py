"""The shipped library as a whole: every rule cited and dated, every example holding."""

import datetime as dt

import pytest
from click.testing import CliRunner

from policy.analysis import validate
from policy.cli import main

JURISDICTIONS = ["CN", "EU", "JP", "NL", "US", "WA"]


def test_the_library_has_the_six_jurisdictions(world):
    assert world.jurisdictions == JURISDICTIONS


def test_every_rule_carve_out_and_nexus_cites_a_document_with_a_section_and_a_date(world):
    for regime in world.regimes:
        for rule in regime.rules:
            where = f"{regime.jurisdiction} {rule.key}"
            assert rule.source.document.strip(), where
            assert rule.source.section.strip(), where
            assert isinstance(rule.effective, dt.date), where
            assert "regimes-facts" not in rule.source.cite(), where
            for c in rule.carveouts:
                assert c.source.document.strip() and c.effective, f"{where} carve-out {c.id}"
        for n in regime.reach:
            assert n.source.document.strip() and n.effective, f"{regime.jurisdiction} {n.id}"


def test_every_rule_has_examples_or_is_a_later_version(world):
    """A rule without examples is only acceptable as a re-enactment of one that has them
    (the affiliates rule and the US ban after their suspensions) or as a rule whose
    behaviour other rules' examples already pin."""
    for regime in world.regimes:
        with_examples = {r.id for r in regime.rules if r.examples}
        bare = sorted({r.id for r in regime.rules} - with_examples)
        assert len(bare) <= 3, (regime.jurisdiction, bare)


@pytest.mark.parametrize("day", ["2022-11-01", "2023-12-01", "2025-01-15", "2025-10-15"])
def test_policy_check_validates_the_whole_library(day):
    r = CliRunner().invoke(main, ["check", "--as-of", day, "--format", "json"])
    assert r.exit_code == 0, r.output


def test_validation_finds_nothing(world):
    assert validate(world) == []


def test_every_rule_simplification_is_one_sentence(world):
    for regime in world.regimes:
        for rule in regime.rules:
            if rule.simplification:
                text = rule.simplification.strip()
                assert text.endswith("."), rule.key
                assert text.count(". ") == 0, (rule.key, text)


def test_every_regime_states_its_assumptions(world):
    for regime in world.regimes:
        assert regime.assumptions, regime.jurisdiction


def _members(world, jurisdiction, group_id, day):
    regime = world.regime(jurisdiction)
    return set(regime.group(group_id).members_on(dt.date.fromisoformat(day)))


@pytest.mark.parametrize(
    "jurisdiction, group_id, country, before, after",
    [
        ("US", "China+Macau", "MO", "2023-01-16", "2023-01-17"),
        ("US", "D:5", "NI", "2024-03-14", "2024-03-15"),
        ("US", "D:1", "NI", "2024-03-14", "2024-03-15"),
        ("US", "D:5", "HK", "2020-12-22", "2020-12-23"),
        ("JP", "JP-42", "KR", "2023-07-20", "2023-07-21"),
        ("WA", "WA-participants", "IN", "2017-12-07", "2017-12-08"),
    ],
)
def test_dated_memberships_change_on_the_day_the_law_says(
    world, jurisdiction, group_id, country, before, after
):
    assert country not in _members(world, jurisdiction, group_id, before)
    assert country in _members(world, jurisdiction, group_id, after)


def test_the_2023_advanced_computing_scope_is_43_countries_besides_china_plus_macau(world):
    """CSET counts 43 countries added by the 2023 rule (44 with China), plus Macau: D:1, D:4
    or D:5, less those also in A:5 or A:6 (Israel, Cyprus)."""
    day = "2023-11-17"
    d = set().union(*(_members(world, "US", g, day) for g in ("D:1", "D:4", "D:5")))
    a = _members(world, "US", "A:5", day) | _members(world, "US", "A:6", day)
    scope = d - a
    assert {"IL", "CY"} <= d & a
    assert "MO" in scope and "CN" in scope and "HK" in scope
    assert len(scope - {"CN", "HK", "MO"}) == 43


def test_eu_membership_excludes_the_uk_after_brexit(world):
    assert "GB" in _members(world, "EU", "EU", "2020-01-31")
    assert "GB" not in _members(world, "EU", "EU", "2020-02-01")


def test_entity_list_listings_start_on_their_effective_dates(world):
    listed = world.regime("US").party_list("entity_list")
    assert "YMTC" not in listed.listed_on(dt.date(2022, 12, 15))
    assert "YMTC" in listed.listed_on(dt.date(2022, 12, 16))
    assert listed.listed_on(dt.date(2023, 1, 1))["Cambricon"] == ("fn4",)
    assert "Sophgo" in listed.listed_on(dt.date(2025, 1, 16))
    assert "CXMT" not in listed.listed_on(dt.date(2025, 12, 1))
