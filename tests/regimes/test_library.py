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
