"""The Decide page's data (the exact partition exported per jurisdiction and period) gives
the engine's outcome for every jurisdiction: on the public cases and on transactions drawn
by the hypothesis strategies (differential testing; the browser test of the page is to
read the same data)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from policy.analysis.strategies import transactions
from policy.engine.decide import decide
from policy.model import vocabulary as v
from policy.regimes import default_world
from policy.render.decide_data import decide_data, lookup, lookup_not_modelled
from policy.render.decide_form import decide_body

WORLD = default_world()


@pytest.fixture(scope="module")
def data():
    return decide_data(WORLD)


def _agree(data, tx) -> None:
    got = lookup(data, tx)
    flags = lookup_not_modelled(data, tx)
    want = decide(WORLD, tx)
    for j, verdict in want.verdicts.items():
        if got[j] is None:  # outside the exported space (an end user or consignee with owners)
            owned = tx.consignee is not None and bool(tx.consignee.owners)
            assert owned or not isinstance(tx.end_user, str | None), tx
            continue
        assert got[j] == verdict.outcome.value, (j, tx.model_dump_json())
        assert flags[j] == verdict.not_modelled, (j, tx.model_dump_json())


def test_the_page_marks_not_modelled_verdicts_as_decide_does(data):
    """The page's data carries decide's "not modelled" flag: an EUV scanner from the US to
    China is licensed under the US list entry (3B001.f.1, a modelled answer, as the
    Wassenaar floor's), while graphite from the US, which the US regime does not model,
    is "no licence" only as far as the model goes, and the page says so."""
    from policy.model.transactions import Transaction

    def tx(kind: str) -> Transaction:
        return Transaction.model_validate(
            {"date": "2025-06-01", "exporter": "US", "destination": "CN", "item": {"kind": kind}}
        )

    euv, graphite = tx("sme.lithography.euv"), tx("material.graphite")
    assert lookup(data, euv)["US"] == lookup(data, euv)["WA"] == "license_required"
    _agree(data, euv)
    _agree(data, graphite)
    assert lookup_not_modelled(data, euv)["US"] is False
    assert lookup(data, graphite)["US"] == "no_license_required"
    assert lookup_not_modelled(data, graphite)["US"] is True
    assert decide(WORLD, graphite).verdicts["US"].not_modelled


def test_the_public_cases(data):
    examples = [
        ex
        for r in WORLD.regimes
        for ex in (*r.examples, *(e for ru in r.rules for e in ru.examples))
    ]
    assert len(examples) > 100
    for ex in examples:
        _agree(data, ex.transaction)


def test_drawn_transactions(data):
    @settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
    @given(transactions(WORLD))
    def check(tx):
        _agree(data, tx)

    check()


def test_the_form_asks_for_the_parameters_the_diagrams_read_for_each_kind(data):
    """Which parameter inputs the page shows per kind is read from the exported diagrams:
    TPP on an accelerator, wavelength and NA on an immersion scanner, none on an EUV
    scanner (the kind alone decides), and the inputs of a derived parameter with it."""
    shown = data["form"]["kind_params"]
    assert set(shown) == set(v.kinds())
    assert {"tpp", "die_area_mm2", "performance_density"} <= set(shown["ic.accelerator"])
    assert {"wavelength_nm", "numerical_aperture"} <= set(shown["sme.lithography.duv.immersion"])
    assert "tpp" not in shown["sme.lithography.duv.immersion"]
    assert shown["sme.lithography.euv"] == []
    for names in shown.values():
        for name in names:
            assert set(v.parameter(name).derived_from) <= set(names), name


def test_the_form_offers_the_vocabulary_and_the_parties():
    body = str(decide_body(WORLD))
    for kind in v.kinds():
        assert f'<option value="{kind}">' in body, kind
    for p in v.parameters():
        assert f'data-param="{p}"' in body, p
    for f in v.flags():
        assert f'data-flag="{f}"' in body, f
    for u in v.end_uses():
        assert f'data-end-use="{u}"' in body, u
    for party in WORLD.parties():
        assert f'<option value="{party}">' in body, party
    # every country select: exporter, destination, origin, the end user's country and
    # headquarters, the consignee's country and headquarters, the exporting company's
    assert body.count('<option value="DE">DE · Germany</option>') == 8
    for field in ("producer", "consignee-name", "exporter-name"):
        assert f'<input id="f-{field}" type="text">' in body, field
    assert '<textarea id="tx"' in body and '<div id="decision" data-overall="">' in body
