"""Open facts: a verdict names each fact the transaction leaves out that would change its
outcome, with the outcome it would give; the outcome itself keeps the documented reading."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from policy import decide
from policy.engine.open_facts import describe, merge_range, open_fact_lines, stated_paths
from policy.loading import transaction_from_data
from policy.model.decisions import OpenFact, Outcome
from policy.model.transactions import EndUser, Transaction
from policy.regimes import default_world
from tests.perf.strategies import boundary_transactions

WORLD = default_world()

#: The A100 (TPP 4992) given without its datacenter flag, from the US to Saudi Arabia
#: (Country Group D:4, outside D:5) in March 2024: License Exception NAC without
#: notification covers a non-datacenter 3A090.a item there, not a datacenter one.
A100_TO_SA: dict[str, Any] = {
    "date": "2024-03-01",
    "exporter": "US",
    "destination": "SA",
    "item": {"kind": "ic.accelerator", "name": "A100", "params": {"tpp": 4992}},
}
#: An HBM stack (2.01 GB/s/mm²) from the US to China in February 2025 without a consignee
#: or an end user: License Exception HBM (15 CFR 740.25) needs a consignee headquartered in
#: the US or A:5 (and not in Macau or D:5), so without one a licence is required.
HBM_TO_CN: dict[str, Any] = {
    "date": "2025-02-01",
    "exporter": "US",
    "destination": "CN",
    "item": {"kind": "ic.memory.hbm", "params": {"memory_bandwidth_density": 2.01}},
}


def tx_of(data: dict[str, Any]) -> Transaction:
    return transaction_from_data(data, where="t")


def us_open(data: dict[str, Any]) -> list[OpenFact]:
    return decide(WORLD, tx_of(data), open_facts=True).verdicts["US"].open_facts


def test_an_a100_without_the_datacenter_flag_names_the_flag_and_the_licence():
    d = decide(WORLD, tx_of(A100_TO_SA), open_facts=True)
    assert d.verdicts["US"].outcome is Outcome.NO_LICENSE_REQUIRED  # the documented reading
    datacenter = OpenFact(fact="item.flags.datacenter", if_=True, outcome="license_required")
    assert datacenter in d.verdicts["US"].open_facts
    assert describe(datacenter) == (
        "licence required if the item is designed or marketed for use in datacenters"
    )
    # the outcomes are the same with or without looking for open facts
    plain = decide(WORLD, tx_of(A100_TO_SA))
    assert {j: v.outcome for j, v in plain.verdicts.items()} == {
        j: v.outcome for j, v in d.verdicts.items()
    }
    assert not any(v.open_facts for v in plain.verdicts.values())


def test_stating_the_flags_closes_the_fact_and_setting_it_gives_the_named_outcome():
    stated = {**A100_TO_SA, "item": {**A100_TO_SA["item"], "flags": []}}
    assert not any(f.fact.startswith("item.flags.") for f in us_open(stated))
    flagged = {**A100_TO_SA, "item": {**A100_TO_SA["item"], "flags": ["datacenter"]}}
    d = decide(WORLD, tx_of(flagged), open_facts=True)
    assert d.verdicts["US"].outcome is Outcome.LICENSE_REQUIRED


def test_an_hbm_stack_without_its_consignee_names_the_consignees_that_would_lift_it():
    d = decide(WORLD, tx_of(HBM_TO_CN), open_facts=True)
    assert d.verdicts["US"].outcome is Outcome.LICENSE_REQUIRED
    [consignee] = [f for f in d.verdicts["US"].open_facts if f.fact == "consignee"]
    assert consignee.outcome is Outcome.NO_LICENSE_REQUIRED
    assert isinstance(consignee.if_, str) and consignee.if_.startswith("headquartered in one of")
    where = consignee.if_.removeprefix("headquartered in one of ").split(", ")
    assert "US" in where and "DE" in where and "CN" not in where
    assert "the consignee is headquartered in one of" in open_fact_lines(d.verdicts)[0]
    # the named outcome holds of the transaction with that consignee
    packaged = {**HBM_TO_CN, "consignee": {"name": "a packaging site", "country": "US"}}
    lifted = decide(WORLD, tx_of(packaged), open_facts=True)
    assert lifted.verdicts["US"].outcome is Outcome.NO_LICENSE_REQUIRED
    assert not any(f.fact == "consignee" for f in lifted.verdicts["US"].open_facts)
    # with the consignee stated, a listed end user is what would close the exception again
    [end_user] = [f for f in lifted.verdicts["US"].open_facts if f.fact == "end_user"]
    assert end_user.outcome is Outcome.LICENSE_REQUIRED
    assert isinstance(end_user.if_, str) and "an end user in one of" in end_user.if_
    named = decide(WORLD, tx_of({**packaged, "end_user": "SMIC"}), open_facts=True)
    assert named.verdicts["US"].outcome is Outcome.LICENSE_REQUIRED


def test_a_missing_number_is_reported_per_range_of_its_classes():
    gpu = {**A100_TO_SA, "destination": "CN", "item": {"kind": "ic.accelerator", "flags": []}}
    facts = {f.fact: f for f in us_open(gpu)}
    assert facts["item.params.tpp"].if_ == ">= 4800"
    assert facts["item.params.tpp"].outcome is Outcome.LICENSE_REQUIRED


def test_range_labels_join_the_bounds_of_the_first_and_last_class():
    assert merge_range("== 4800", "> 4800") == ">= 4800"
    assert merge_range("> 1600 and < 4800", "== 4800") == "> 1600 and <= 4800"
    assert merge_range("< 1600", "== 1600") == "<= 1600"
    assert merge_range("< 1600", "> 4800") == "any value"


def test_a_field_is_stated_when_it_holds_a_value():
    data = {
        "date": "2024-01-01",
        "end_user": None,
        "end_use": [],
        "item": {"kind": "other", "params": {"tpp": 1}, "content": {}, "flags": []},
    }
    assert stated_paths(data) == {
        "date",
        "end_use",
        "item",
        "item.kind",
        "item.params",
        "item.params.tpp",
        "item.flags",
    }


# --------------------------------------------------------------------------- property


def _value_in(label: str) -> float:
    """A number in the range ``label`` names (``>= 4800``, ``> 1 and <= 2``, ``== 5``)."""
    bounds = dict(re.findall(r"(>=|>|<=|<|==) (\S+)", label))
    num = {k: float(x.replace(",", "")) for k, x in bounds.items()}
    if "==" in num:
        return num["=="]
    if ">=" in num:
        return num[">="]
    if "<=" in num:
        return num["<="]
    lo, hi = num.get(">"), num.get("<")
    if lo is not None and hi is not None:
        return (lo + hi) / 2
    if lo is not None:
        return lo + 1
    assert hi is not None
    return hi / 2


def _first_value(label: str) -> str:
    text = label.split(" or ")[0].removeprefix("an end user in ").removeprefix("one of ")
    return text.split(", ")[0]


def stated_as(tx: Transaction, fact: OpenFact) -> Transaction:
    """``tx`` with ``fact`` stated as the value its ``if`` names."""
    path, when = fact.fact, fact.if_
    head, _, name = path.rpartition(".")
    item = tx.item
    if head in ("item.flags", "item.made_with"):
        field = head.removeprefix("item.")
        new = tuple(sorted({*getattr(item, field), name}))
        return tx.model_copy(update={"item": item.model_copy(update={field: new})})
    if head == "end_use":
        return tx.model_copy(update={"end_use": tuple(sorted({*tx.end_use, name}))})
    if head in ("item.params", "item.content"):
        field = head.removeprefix("item.")
        new = {**getattr(item, field), name: _value_in(str(when))}
        return tx.model_copy(update={"item": item.model_copy(update={field: new})})
    if head == "item.classification":
        new = {**item.classification, name: _first_value(str(when))}
        return tx.model_copy(update={"item": item.model_copy(update={"classification": new})})
    value = _first_value(str(when))
    if path == "item.origin":
        return tx.model_copy(update={"item": item.model_copy(update={"origin": value})})
    if path == "persons":
        return tx.model_copy(update={"persons": (value,)})
    assert path == "end_user", path
    if str(when).split(" or ")[0].startswith("an end user in "):
        return tx.model_copy(update={"end_user": EndUser(name="someone", country=value)})
    return tx.model_copy(update={"end_user": value})


@st.composite
def sparse_transactions(draw: st.DrawFn) -> Transaction:
    """Transactions at the library's edges with some of their optional fields left out."""
    data = draw(boundary_transactions(WORLD)).to_json_dict()
    optional = [k for k in ("end_user", "end_use", "persons") if k in data]
    for k in draw(st.lists(st.sampled_from(optional or ["date"]), unique=True)):
        data.pop(k, None)
    data.setdefault("date", "2024-01-01")
    item = data["item"]
    for k in draw(
        st.lists(
            st.sampled_from(["flags", "origin", "content", "made_with", "params"]), unique=True
        )
    ):
        item.pop(k, None)
    return tx_of(data)


@given(sparse_transactions())
def test_stating_an_open_fact_as_named_gives_the_named_outcome(tx):
    try:
        d = decide(WORLD, tx, open_facts=True)
    except Exception as e:  # an end user no regime knows: refused by decide either way
        assert type(e).__name__ == "UnknownNameError"
        return
    for j, verdict in d.verdicts.items():
        for fact in verdict.open_facts:
            assert fact.outcome != verdict.outcome
            got = decide(WORLD, stated_as(tx, fact)).verdicts[j].outcome
            assert got == fact.outcome, (j, fact, tx.model_dump_json())
