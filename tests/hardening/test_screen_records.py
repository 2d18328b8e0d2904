"""``screen`` with bad records, JSON Lines and CSV alike, one job or two: every bad record is
reported on stderr with its line and kept in place in the output as
``{"line": N, "error": ...}``; the others are decided; ``--bad-records fail`` (the default)
then exits 2, ``--bad-records skip`` exits as if the bad records were not there."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from policy.cli import main
from tests.hardening.documents import CSV_HEADER, CSV_ROW, VALID_TX

GOOD_JSON = json.dumps(VALID_TX)
JSONL = "\n".join([GOOD_JSON, "{oops", GOOD_JSON, json.dumps({**VALID_TX, "date": 5}), ""])
CSV = "\n".join(
    [CSV_HEADER, CSV_ROW, CSV_ROW.replace("4992", "lots"), CSV_ROW, "a4,2022-11-01", ""]
)


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(
    "name, content, bad",
    [
        ("t.jsonl", JSONL, {2: "invalid JSON", 4: "date: expected a date"}),
        ("t.csv", CSV, {3: "item.params.tpp: expected a number, got 'lots'", 5: "2 cells for 7"}),
    ],
)
@pytest.mark.parametrize("policy_, code", [("fail", 2), ("skip", 0)])
def test_bad_records_are_reported_kept_in_place_and_the_rest_decided(
    tmp_path, jobs, name, content, bad, policy_, code
):
    path = tmp_path / name
    path.write_text(content)
    r = CliRunner().invoke(main, ["screen", str(path), "--jobs", jobs, "--bad-records", policy_])
    assert r.exit_code == code, r.output
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == 4
    errors = {o["line"]: o["error"] for o in out if "error" in o}
    assert sorted(errors) == sorted(bad)
    for line, fragment in bad.items():
        assert errors[line].startswith(f"{path}:{line}: ") and fragment in errors[line]
        assert f"Error: {path}:{line}: " in r.stderr
    decided = [o for o in out if "overall" in o]
    assert len(decided) == 2 and all(o["overall"] == "license_required" for o in decided)
    if policy_ == "fail":
        assert f"2 malformed record(s) in {path}; the others were decided" in r.stderr
