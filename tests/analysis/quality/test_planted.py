"""Quality: every planted defect and loophole is found, with a witness that shows it; a
clean regime gives no findings."""

import datetime as dt

import pytest

from policy import decide
from policy.analysis import CheckOptions, check_world
from tests.analysis.quality.planted import CLEAN_WORLD, WORLD

DAY = dt.date(2024, 1, 1)


@pytest.fixture(scope="module")
def findings():
    report = check_world(WORLD, as_of=DAY, options=CheckOptions(codes=None))
    return report.findings


def only(findings, code, rule=None, move=None):
    hits = [
        f
        for f in findings
        if f.code == code
        and (rule is None or rule in [r.id for r in f.rules])
        and (move is None or f.move == move)
    ]
    assert hits, f"no {code} finding for {rule or move}"
    return hits


def allowed(tx):
    return not decide(WORLD, tx).overall.restrictive


def test_clean_regime_gives_no_findings():
    for day in (DAY, dt.date(2020, 6, 1)):
        assert check_world(CLEAN_WORLD, as_of=day).findings == []
    assert check_world(CLEAN_WORLD, all_dates=True).findings == []


def test_dangling_reference(findings):
    (f,) = only(findings, "PL001", "KR-etch")
    assert "'NOPE'" in f.message and f.rules[0].file.endswith("planted.py") and f.rules[0].line


def test_example_that_contradicts_its_rule(findings):
    (f,) = only(findings, "PL002", "KR-computer-high")
    assert f.witness[0].item.params == {"tpp": 6000}


def test_conflicting_rules_with_a_witness_both_apply_to(findings):
    (f,) = only(findings, "PL201", "KR-ban-gallium")
    assert [r.id for r in f.rules] == ["KR-ban-gallium", "KR-free-gallium"]
    (w,) = f.witness
    assert w.item.kind == "material.gallium" and w.destination in ("CN", "RU")
    assert w.item.params["purity_pct"] < 99
    assert decide(WORLD, w).verdicts["KR"].rules == ["KR-ban-gallium", "KR-free-gallium"]


def test_carveout_that_undoes_its_prohibition(findings):
    (f,) = only(findings, "PL202", "KR-ban-germanium")
    assert "GL-1" in f.message
    v = decide(WORLD, f.witness[0]).verdicts["KR"]
    assert v.carveouts == ["GL-1"] and v.outcome.value == "no_license_required"


def test_dead_rule_is_shadowed_on_its_witness(findings):
    (f,) = only(findings, "PL203", "KR-hbm")
    v = decide(WORLD, f.witness[0]).verdicts["KR"]
    assert v.rules[0] == "KR-memory" and "KR-hbm" in v.rules


def test_unsatisfiable_condition_names_the_conflicting_thresholds(findings):
    (f,) = only(findings, "PL204", "KR-eda")
    assert "tpp >= 5000 and tpp < 1000 cannot all hold" in f.message


def test_threshold_gap_witness_is_the_boundary_value(findings):
    (f,) = only(findings, "PL205", "KR-computer-low")
    at, below, above = f.witness
    assert at.item.params["tpp"] == 4800
    assert below.item.params["tpp"] < 4800 < above.item.params["tpp"]
    assert allowed(at) and not allowed(below) and not allowed(above)


def test_non_monotone_control_witness_pair(findings):
    (f,) = only(findings, "PL206", "KR-euv")
    weak, strong = f.witness
    assert weak.item.params["overlay_nm"] == 2
    assert strong.item.params.get("overlay_nm", 0) < 2
    assert not allowed(weak) and allowed(strong)


@pytest.mark.parametrize(
    ("code", "rule", "what"),
    [
        ("PL207", "KR-cleaning", "starts before its rule"),
        ("PL209", "KR-annealing", "lapses from 2021-01-01 to 2021-06-01"),
    ],
)
def test_dates_as_written(findings, code, rule, what):
    (f,) = only(findings, code, rule)
    assert what in f.message


def test_overlapping_listings(findings):
    (f,) = only(findings, "PL208")
    assert "ACME twice" in f.message


def test_supplier_substitution(findings):
    (f,) = only(findings, "PL101", "KR-deposition", "supplier_substitution")
    (w,) = f.witness
    assert w.exporter == "TW" and w.item.kind == "sme.deposition" and allowed(w)
    assert not allowed(f.denied) and f.jurisdictions == ["KR", "TW"]


def test_transshipment(findings):
    (f,) = only(findings, "PL102", "TW-accelerator", "transshipment")
    leg1, leg2 = f.witness
    assert leg1.exporter == "TW" and leg2.exporter == leg1.destination == leg2.exporter
    assert leg2.destination == "CN" and leg2.channel == "reexport"
    assert allowed(leg1) and allowed(leg2) and not allowed(f.denied)


def test_de_minimis_dilution_goes_just_under(findings):
    f = only(findings, "PL103", "KR-accelerator", "de_minimis_dilution")[0]
    assert f.denied.item.content["KR"] > 25 and f.witness[0].item.content["KR"] == 25


def test_foreign_manufacture_lands_in_the_threshold_gap(findings):
    (f,) = only(findings, "PL104", "KR-accelerator", "foreign_manufacture")
    (w,) = f.witness
    assert "KR" not in w.item.made_with and w.exporter == "TW"
    assert 4800 <= w.item.params["tpp"] < 6000
    assert [r.id for r in f.rules] == ["KR-accelerator", "TW-accelerator"]


def test_affiliate(findings):
    f = only(findings, "PL105", "KR-list", "affiliate")[0]
    (w,) = f.witness
    assert w.end_user.owners[0].party == "ACME" and allowed(w)


def test_remote_access(findings):
    f = only(findings, "PL106", "KR-accelerator", "remote_access")[0]
    assert f.witness[0].channel == "remote_access" and allowed(f.witness[0])


def test_design_under_threshold_reports_the_headroom(findings):
    hits = only(findings, "PL108", "KR-accelerator", "design_under_threshold")
    by_param = {}
    for f in hits:
        w = f.witness[0]
        by_param["tpp" if w.item.params["tpp"] < 4800 else "transfer"] = (f, w)
    f, w = by_param["transfer"]
    assert w.item.params == {"tpp": 4800, "bidirectional_transfer_rate_gbps": 599}
    assert "headroom" in f.message


def test_end_use_substitution(findings):
    (f,) = only(findings, "PL109", "KR-duv-fab", "end_use_substitution")
    assert f.witness[0].end_use == ("mature_node_fab",)


def test_pre_effective_order_on_request():
    report = check_world(WORLD, as_of=dt.date(2020, 3, 1), options=CheckOptions(codes=("PL107",)))
    f = next(f for f in report.findings if "KR-deposition" in [r.id for r in f.rules])
    assert f.move == "pre_effective_order" and f.witness[0].date == dt.date(2019, 12, 31)
    assert all(x.code == "PL107" for x in report.findings)
