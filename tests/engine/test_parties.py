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


# --------------------------------------------------------------------------- issue 20


def _hbm(**kw):
    """HBM at 2.01 GB/s per mm² from the US to China in February 2025 (3A090.c, License
    Exception HBM's density band), with the parties ``kw`` names."""
    return Transaction.model_validate(
        {
            "date": "2025-02-01",
            "exporter": "US",
            "destination": "CN",
            "item": {"kind": "ic.memory.hbm", "params": {"memory_bandwidth_density": 2.01}},
            **kw,
        }
    )


KR_SITE = {"name": "packaging site", "country": "CN", "headquarters": "KR"}


@pytest.mark.parametrize(
    ("parties", "outcome", "carveouts"),
    [
        ({"consignee": KR_SITE}, Outcome.NO_LICENSE_REQUIRED, ["HBM"]),
        ({}, Outcome.LICENSE_REQUIRED, []),
        ({"consignee": {"name": "site", "country": "CN"}}, Outcome.LICENSE_REQUIRED, []),
        (
            {"consignee": KR_SITE, "end_user": {"name": "lab", "country": "CN"}},
            Outcome.LICENSE_REQUIRED,
            [],
        ),
        (
            {"consignee": KR_SITE | {"owners": [{"party": "smic", "share": 60}]}},
            Outcome.LICENSE_REQUIRED,
            [],
        ),
        (
            {"consignee": KR_SITE | {"owners": [{"party": "SMIC", "share": 40}]}},
            Outcome.NO_LICENSE_REQUIRED,
            ["HBM"],
        ),
        (
            {"consignee": KR_SITE, "exporter_party": {"name": "X", "headquarters": "CN"}},
            Outcome.LICENSE_REQUIRED,
            [],
        ),
        (
            {"consignee": KR_SITE, "exporter_party": {"name": "Micron", "headquarters": "US"}},
            Outcome.NO_LICENSE_REQUIRED,
            ["HBM"],
        ),
    ],
    ids=[
        "KR-HQ consignee",
        "no consignee",
        "CN-HQ consignee",
        "CN end user",
        "consignee 60% SMIC (alias)",
        "consignee 40% SMIC",
        "CN-HQ exporter",
        "US-HQ exporter",
    ],
)
def test_license_exception_hbm_reads_the_consignee_the_end_user_and_the_exporter(
    world, parties, outcome, carveouts
):
    """15 CFR 740.25: the exception needs a consignee headquartered (with its ultimate
    parent) in the US or A:5, and no party headquartered in Macau or D:5."""
    v = decide(world, _hbm(**parties)).verdicts["US"]
    assert (v.outcome, v.rules, v.carveouts) == (outcome, ["US-3A090.c"], carveouts)


def _h20(producer):
    item = {
        "kind": "ic.accelerator",
        "params": {"tpp": 2368, "memory_bandwidth_gbps": 4000, "die_area_mm2": 814},
        "flags": ["datacenter"],
    }
    if producer is not None:
        item["producer"] = producer
    return Transaction.model_validate(
        {"date": "2025-05-01", "exporter": "US", "destination": "CN", "item": item}
    )


@pytest.mark.parametrize(
    ("producer", "reached"),
    [
        ("Nvidia", True),
        ("NVIDIA", True),
        ("AMD", True),
        ("a.m.d.", True),
        ("Moore Threads", False),
        (None, False),
    ],
)
def test_the_h20_letter_reaches_only_its_addressees_products(world, producer, reached):
    v = decide(world, _h20(producer)).verdicts["US"]
    assert ("US-informed-H20" in v.rules) is reached
    assert v.outcome is (Outcome.LICENSE_REQUIRED if reached else Outcome.NO_LICENSE_REQUIRED)


def test_an_unknown_owner_of_the_consignee_is_an_error_at_its_place(tmp_path):
    path = tmp_path / "tx.json"
    site = KR_SITE | {"owners": [{"party": "SMICC", "share": 60}]}
    path.write_text(json.dumps(_hbm(consignee=site).to_json_dict()))
    r = CliRunner().invoke(main, ["decide", str(path)])
    assert r.exit_code == 2
    assert "consignee.owners[0].party: unknown owner party 'SMICC'" in r.stderr
