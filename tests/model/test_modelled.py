"""What a regime models (``Regime.models``), rules that control only a route
(``Rule.route_only``), and the ``not_modelled`` flag they give verdicts: in ``decide``, its
JSON and text, and ``screen``."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from policy import (
    Implementation,
    Modelled,
    Nexus,
    Regime,
    Rule,
    Source,
    Transaction,
    World,
    decide,
    end_use,
    exporter,
    kind,
)
from policy.cli import main
from policy.regimes import default_world

SRC = Source(document="Test Act", section="s. 1")
DAY = dt.date(2024, 1, 1)


def _regime(*rules: Rule, models: tuple[Modelled, ...] | None) -> Regime:
    reach = (Nexus(id="t", title="exports", when=exporter("US"), effective=DAY, source=SRC),)
    return Regime(jurisdiction="US", name="test", reach=reach, rules=rules, models=models)


def _rule(rid: str, when, **kw) -> Rule:  # type: ignore[no-untyped-def]
    return Rule(id=rid, title=rid, when=when, effective=DAY, source=SRC, **kw)


def _tx(k: str, channel: str = "export", **extra) -> Transaction:  # type: ignore[no-untyped-def]
    return Transaction.model_validate(
        {
            "date": "2024-06-01",
            "exporter": "US",
            "destination": "CN",
            "channel": channel,
            "item": {"kind": k},
            **extra,
        }
    )


def test_a_kind_outside_the_models_is_not_modelled_and_never_plain_no_licence():
    regime = _regime(
        _rule("R-etch", kind("sme.etch")),
        models=(Modelled(kinds=("sme.etch",)), Modelled(kinds=("service",), channels=("service",))),
    )
    world = World(regimes=(regime,))
    etch = decide(world, _tx("sme.etch")).verdicts["US"]
    assert (etch.outcome, etch.not_modelled) == ("license_required", False)
    euv = decide(world, _tx("sme.lithography.euv"))
    assert euv.verdicts["US"].outcome == "no_license_required"
    assert euv.verdicts["US"].not_modelled is True
    assert euv.not_modelled == ["US"]
    assert euv.verdicts["US"].trace[-1].startswith("not modelled: US's model does not cover")
    # a route: services are modelled only as services, not sent as an export
    assert not decide(world, _tx("service.support", "service")).verdicts["US"].not_modelled
    assert decide(world, _tx("service.support")).verdicts["US"].not_modelled


def test_undeclared_models_model_everything():
    world = World(regimes=(_regime(_rule("R-etch", kind("sme.etch")), models=None),))
    d = decide(world, _tx("sme.lithography.euv"))
    assert not d.verdicts["US"].not_modelled and d.not_modelled == []
    assert "not_modelled" not in json.dumps(d.to_json_dict())


def test_a_route_rule_that_applies_is_an_answer_not_a_silence():
    """An end-use rule on a kind the regime does not model still requires its licence, and
    the verdict is not flagged; without the end use, the kind is not modelled."""
    rule = _rule("R-fab", kind("sme") & end_use("advanced_node_fab"), route_only=True)
    world = World(regimes=(_regime(rule, models=(Modelled(kinds=("ic",)),)),))
    fab = decide(world, _tx("sme.etch", end_use=["advanced_node_fab"])).verdicts["US"]
    assert (fab.outcome, fab.not_modelled) == ("license_required", False)
    assert decide(world, _tx("sme.etch")).verdicts["US"].not_modelled


def test_an_item_rule_on_a_kind_the_regime_does_not_declare_is_a_problem():
    """A rule that controls a kind (not only a route) outside the declared models is
    reported (PL001), so that a regime cannot say "not modelled" for a kind it controls."""
    regime = _regime(_rule("R-etch", kind("sme.etch")), models=(Modelled(kinds=("ic",)),))
    (p,) = regime.problems()
    assert p.code == "unmodelled-kind" and p.rule == "R-etch"
    assert "sme.etch" in p.message and "route_only" in p.message
    marked = _rule("R-etch", kind("sme.etch"), route_only=True)
    assert _regime(marked, models=(Modelled(kinds=("ic",)),)).problems() == []
    assert _regime(_rule("R-etch", kind("sme.etch")), models=None).problems() == []


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"kinds": []}, "at least 1 item"),
        ({"kinds": ["sme.teleport"]}, "sme.teleport"),
        ({"kinds": ["sme"], "channels": ["post"]}, "post"),
    ],
)
def test_a_malformed_models_entry_is_an_error(data, error):
    with pytest.raises(ValidationError, match=error):
        Modelled.model_validate(data)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"of": "WA", "since": "2020-01-01"}, "needs exporters or groups"),
        ({"of": "WA", "exporters": ["US"], "since": "2020-01-01", "until": "2019-01-01"}, "after"),
        ({"of": "XX", "exporters": ["US"], "since": "2020-01-01"}, "XX"),
    ],
)
def test_a_malformed_implementation_is_an_error(data, error):
    with pytest.raises(ValidationError, match=error):
        Implementation.model_validate(data)


def test_every_shipped_regime_declares_what_it_models_without_problems():
    world = default_world()
    for regime in world.regimes:
        assert regime.models, regime.jurisdiction
        assert [p for p in regime.problems() if p.code == "unmodelled-kind"] == []


EUV = {
    "date": "2025-06-01",
    "exporter": "US",
    "destination": "CN",
    "item": {"kind": "sme.lithography.euv"},
}


#: A datacenter accelerator from the US to China: the US models it (3A090.a, licence
#: required); the Wassenaar floor as modelled covers lithography only, so its verdict is
#: "not modelled", never a confident no licence.
GPU = {
    **EUV,
    "item": {"kind": "ic.accelerator", "params": {"tpp": 5000}, "flags": ["datacenter"]},
}


def test_decide_text_says_not_modelled_where_the_model_does_not_cover_the_kind(tmp_path):
    path = tmp_path / "gpu.json"
    path.write_text(json.dumps(GPU))
    res = CliRunner().invoke(main, ["decide", str(path)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0] == "overall: license_required"
    assert (
        "WA: not modelled (no modelled rule applies; no_license_required is not an answer)" in lines
    )
    assert "WA: no_license_required" not in lines
    res = CliRunner().invoke(main, ["decide", str(path), "--format", "json"])
    data = json.loads(res.output)
    assert data["verdicts"]["WA"]["not_modelled"] is True
    assert "not_modelled" not in data["verdicts"]["US"]
    assert data["not_modelled"] == ["WA"]


def test_an_euv_scanner_from_the_us_is_modelled_by_the_ccl_entry(tmp_path):
    path = tmp_path / "euv.json"
    path.write_text(json.dumps(EUV))
    data = json.loads(CliRunner().invoke(main, ["decide", str(path), "--format", "json"]).output)
    assert data["verdicts"]["US"]["outcome"] == "license_required"
    assert "US-3B001.f.1" in data["verdicts"]["US"]["rules"]
    assert "not_modelled" not in data


def test_decide_text_qualifies_an_overall_no_licence(tmp_path):
    path = tmp_path / "gallium.json"
    path.write_text(json.dumps({**EUV, "destination": "VN", "item": {"kind": "material.gallium"}}))
    res = CliRunner().invoke(main, ["decide", str(path)])
    assert res.output.splitlines()[0] == (
        "overall: no_license_required as far as modelled; not modelled by US, WA"
    )


def test_screen_lines_carry_the_flag_as_decide_does(tmp_path):
    records = [
        EUV,
        {**EUV, "item": {"kind": "ic.accelerator", "params": {"tpp": 5000}}},
        {**EUV, "exporter": "JP", "item": {"kind": "sme.etch"}},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    res = CliRunner().invoke(main, ["screen", str(path)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.output.splitlines() if x.strip()]
    world = default_world()
    for record, line in zip(records, lines, strict=True):
        want = decide(world, Transaction.model_validate(record))
        assert line.get("not_modelled", []) == want.not_modelled
        for j, vd in want.verdicts.items():
            assert line["verdicts"][j].get("not_modelled", False) == vd.not_modelled
