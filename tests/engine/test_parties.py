"""Naming parties the way people do: any case, full legal names, aliases, or an end-user
object that carries a listed party's name."""

import json

import pytest
from click.testing import CliRunner

from policy import Outcome, Transaction, decide
from policy.cli import main


def _tx(end_user, **kw):
    return Transaction.model_validate(
        {
            "date": "2023-06-01",
            "exporter": "US",
            "destination": "CN",
            "end_user": end_user,
            "item": {"kind": "sme.deposition"},
            **kw,
        }
    )


@pytest.mark.parametrize(
    "name",
    [
        "YMTC",
        "ymtc",
        "Yangtze Memory Technologies Co., Ltd.",
        "yangtze memory technologies co ltd",
        {"name": "Yangtze Memory Technologies Co., Ltd."},
    ],
)
def test_a_listed_party_is_found_by_id_name_or_alias(world, name):
    d = decide(world, _tx(name))
    assert d.verdicts["US"].outcome is Outcome.LICENSE_REQUIRED
    assert "US-744.11-entity-list" in d.verdicts["US"].rules


def test_canonical_names_parties_by_id(world):
    assert world.canonical(_tx("huawei")).end_user == "Huawei"
    owned = _tx({"name": "JV", "owners": [{"party": "smic", "share": 60}]})
    assert world.canonical(owned).end_user.owners[0].party == "SMIC"


def test_an_unknown_party_is_still_an_error_with_a_hint(tmp_path):
    path = tmp_path / "tx.json"
    path.write_text(json.dumps(_tx(None).to_json_dict() | {"end_user": "YMTCC"}))
    r = CliRunner().invoke(main, ["decide", str(path)])
    assert r.exit_code == 2
    assert "unknown end user party 'YMTCC'; did you mean 'YMTC'" in r.stderr


def test_single_names_are_accepted_where_lists_are_expected():
    tx = Transaction.model_validate(
        {
            "date": "2023-06-01",
            "exporter": "GB",
            "destination": "CN",
            "channel": "re-export",
            "end_use": "supercomputer",
            "persons": "US",
            "item": {"kind": "ic", "flags": "datacenter", "made_with": "US"},
        }
    )
    assert tx.end_use == ("supercomputer",) and tx.persons == ("US",)
    assert tx.item.flags == ("datacenter",) and tx.item.made_with == ("US",)
    assert tx.exporter == "GB" and tx.channel == "reexport"
