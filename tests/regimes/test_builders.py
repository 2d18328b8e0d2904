"""The builders the shipped library is written with: case rows build the examples the long
form built, products and their variants give the item fields as written, rules record the
line that writes them, and the Entity List table gives parties with their listings."""

import datetime as dt
import functools
from pathlib import Path

import pytest

from policy.model.conditions import kind
from policy.model.decisions import Outcome
from policy.model.rules import Example, Source
from policy.model.transactions import Transaction
from policy.regimes import default_world
from policy.regimes._examples import DC, LR, MADE_IN_TW, NLR, case, firm, product, tx
from policy.regimes._rules import nexus, rule
from policy.regimes.us.entity_list import entries

ROOT = Path(__file__).resolve().parents[2]
A100 = product(
    "A100",
    "ic.accelerator",
    params={"tpp": 4992, "bidirectional_transfer_rate_gbps": 600},
    flags=DC,
)


def test_a_case_row_builds_the_example_the_long_form_built():
    long_form = Example(
        title="A100 made in Taiwan, to China",
        transaction=Transaction.model_validate(
            {
                "date": "2022-11-01",
                "exporter": "TW",
                "destination": "CN",
                "end_use": ["supercomputer"],
                "item": {
                    "kind": "ic.accelerator",
                    "name": "A100",
                    "params": {"tpp": 4992, "bidirectional_transfer_rate_gbps": 600},
                    "flags": ["datacenter"],
                    "origin": "TW",
                    "made_with": ["US"],
                },
            }
        ),
        outcome=Outcome.LICENSE_REQUIRED,
        source="87 FR 62186",
    )
    row = case(
        "A100 made in Taiwan, to China",
        tx("2022-11-01", "TW", "CN", A100, end_use="supercomputer", **MADE_IN_TW),
        LR,
        source="87 FR 62186",
    )
    assert row == long_form
    # the same JSON but for where each is written (both carry their own line)
    assert row.model_dump(exclude={"defined_at"}) == long_form.model_dump(exclude={"defined_at"})
    assert row.defined_at is not None and row.defined_at.line != long_form.defined_at.line


def test_product_variants_replace_what_they_name_and_keep_the_rest():
    at = tx("2023-01-01", "US", "CN", A100.at(tpp=4800)).item
    assert (at.name, at.params, at.flags) == ("A100", {"tpp": 4800}, ("datacenter",))
    bare = tx("2023-01-01", "US", "CN", A100.bare()).item
    assert (bare.name, bare.params, bare.flags) == ("A100", {}, ())
    renamed = tx("2023-01-01", "US", "CN", A100, name="A100 (cloud)").item
    assert (renamed.name, renamed.params) == ("A100 (cloud)", A100.fields["params"])


def test_firm_is_an_end_user_the_lists_do_not_name():
    t = tx("2025-10-15", "US", "CN", A100, end_user=firm("JV", "CN", owners={"SMIC": 60}))
    assert t.end_user is not None and not isinstance(t.end_user, str)
    assert [(o.party, o.share) for o in t.end_user.owners] == [("SMIC", 60)]
    assert t.end_user.headquarters is None


def test_a_rule_records_the_line_that_calls_rule_or_a_regimes_partial_of_it():
    licence = functools.partial(rule, review="case-by-case")
    source = Source(document="d")
    direct = rule("X-1", "t", kind("ic"), effective=dt.date(2024, 1, 1), source=source)
    via_partial = licence("X-2", "t", kind("ic"), effective=dt.date(2024, 1, 1), source=source)
    lines = Path(__file__).read_text().splitlines()
    expected = [
        next(i for i, text in enumerate(lines, 1) if text.lstrip().startswith(start))
        for start in ("direct = rule(", "via_partial = licence(")
    ]
    assert direct.defined_at is not None and via_partial.defined_at is not None
    assert direct.defined_at.file == "tests/regimes/test_builders.py"
    assert [direct.defined_at.line, via_partial.defined_at.line] == expected
    assert via_partial.review == "case-by-case"


def test_nexus_is_written_like_a_rule():
    n = nexus("n", "t", kind("ic"), source=Source(document="d"), effective=dt.date(2024, 1, 1))
    assert (n.id, n.title, n.effective, n.end) == ("n", "t", dt.date(2024, 1, 1), None)


def test_an_entity_list_batch_gives_each_party_its_listing():
    (smic, smic_entry), (jv, jv_entry) = entries(
        "2020-12-18",
        "85 FR 83416",
        ("SMIC", "CN", "Semiconductor Manufacturing International Corporation"),
        ("JV", "HK", "A joint venture", ("JV Ltd", "JV Co")),
        tags=("fn4",),
    )
    assert (smic.id, smic.country, smic.aliases) == ("SMIC", "CN", ())
    assert (jv.country, jv.aliases) == ("HK", ("JV Co", "JV Ltd"))
    assert (jv_entry.party, jv_entry.start, jv_entry.tags) == (
        "JV",
        dt.date(2020, 12, 18),
        ("fn4",),
    )
    assert smic_entry.source == "85 FR 83416"


@pytest.mark.parametrize("regime", default_world().regimes, ids=lambda r: r.jurisdiction)
def test_every_shipped_rule_points_at_the_call_that_writes_it(regime):
    """Findings cite ``defined_at``: it must name the call that writes this rule (whose next
    lines carry its id) or the ``.amended(`` call that makes this version, never a line
    inside a helper."""
    for r in regime.rules:
        assert r.defined_at is not None, r.key
        lines = (ROOT / r.defined_at.file).read_text().splitlines()
        at = lines[r.defined_at.line - 1]
        after = "\n".join(lines[r.defined_at.line - 1 : r.defined_at.line + 2])
        assert at.rstrip().endswith("("), (r.key, at)
        assert f'"{r.id}"' in after or ".amended(" in at, (r.key, after)
        assert r.defined_at.file.startswith("policy/regimes/"), r.key
        assert "_rules.py" not in r.defined_at.file, r.key


def test_a_boundary_case_is_the_number_written_in_its_row():
    examples = {e.title: e for r in default_world().regime("US").rules for e in r.examples}
    boundary = examples["Boundary: 4799 TPP is not controlled"]
    assert boundary.transaction.item.params == {
        "tpp": 4799,
        "bidirectional_transfer_rate_gbps": 600,
    }
    assert boundary.outcome is NLR
