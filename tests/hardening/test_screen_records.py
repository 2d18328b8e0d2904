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


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_csv_quote_left_open_costs_its_own_line_only(tmp_path, jobs):
    """A record is one line: a quote left open is reported at its line and reading goes on
    with the next line, instead of the quote running on and swallowing the rows after it.
    A quoted cell closed on its line may hold commas."""
    rows = [
        CSV_HEADER,
        CSV_ROW,
        CSV_ROW.replace("a1", '"a2'),  # opened, never closed
        CSV_ROW.replace("a1", '"a,3"'),
        CSV_ROW.replace("a1", "a4"),
        CSV_ROW.replace("advanced_node_fab", '"advanced_node_fab'),  # open at the line's end
        CSV_ROW.replace("a1", "a6"),
    ]
    path = tmp_path / "t.csv"
    path.write_text("\n".join(rows) + "\n")
    r = CliRunner().invoke(main, ["screen", str(path), "--jobs", jobs])
    assert r.exit_code == 2, r.output
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o.get("id", o.get("line")) for o in out] == ["a1", 3, "a,3", "a4", 6, "a6"]
    for line in (3, 6):
        message = f"{path}:{line}: a quoted cell is not closed on this line"
        assert out[line - 2]["error"].startswith(message)
        assert f"Error: {message}" in r.stderr
    assert f"2 malformed record(s) in {path}" in r.stderr


def test_a_csv_header_with_a_quote_left_open_is_refused_at_line_1(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('id,"date\n' + CSV_ROW + "\n")
    r = CliRunner().invoke(main, ["screen", str(path)])
    assert r.exit_code == 2
    assert (
        f"Error: {path}:1: cannot read the CSV header: a quoted cell is not closed on this line"
        in r.stderr
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("source", ["file", "stdin"])
def test_a_blank_line_keeps_its_place_so_output_n_answers_input_n(tmp_path, jobs, source):
    lines = ["", GOOD_JSON, "   ", "\t", GOOD_JSON, "{oops", "", "", GOOD_JSON, " "]
    data = "\n".join(lines)  # the last line blank and without a line break
    path = tmp_path / "t.jsonl"
    path.write_text(data)
    args = ["screen", str(path) if source == "file" else "-", "--jobs", jobs]
    r = CliRunner().invoke(main, args, input=data if source == "stdin" else None)
    assert r.exit_code == 2, r.output
    out = r.stdout.split("\n")
    assert out.pop() == ""  # the output ends with a line break
    assert len(out) == len(lines)
    for given, got in zip(lines, out, strict=True):
        assert (got == "") == (given.strip() == "")
    assert json.loads(out[5])["line"] == 6
    assert [json.loads(out[k])["overall"] for k in (1, 4, 8)] == ["license_required"] * 3


def test_a_blank_csv_row_keeps_its_place(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("\n".join([CSV_HEADER, "", CSV_ROW, " , ", CSV_ROW, ""]) + "\n")
    r = CliRunner().invoke(main, ["screen", str(path)])
    assert r.exit_code == 0, r.output
    out = r.stdout.split("\n")
    assert out[:5] == ["", out[1], "", out[1], ""] and out[1].startswith('{"id":"a1",')
