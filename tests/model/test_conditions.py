import datetime as dt

import pytest
from hypothesis import given
from pydantic import TypeAdapter, ValidationError

from policy import (
    PERFORMANCE_DENSITY,
    TPP,
    TRANSFER_RATE,
    All,
    AnyOf,
    Compare,
    Condition,
    Not,
    consignee_headquarters,
    destination,
    exporter_headquarters,
    flag,
    kind,
    listed,
)
from tests.strategies import conditions

ADAPTER = TypeAdapter(Condition)


def test_operators_build_conditions():
    c = kind("ic.accelerator") & (TPP >= 4800)
    assert isinstance(c, All)
    assert c.of[1] == Compare(op=">=", param="tpp", value=4800)
    assert isinstance(kind("ic") | flag("datacenter"), AnyOf)
    assert isinstance(~flag("datacenter"), Not)
    assert ~~flag("datacenter") == flag("datacenter")


def test_and_flattens_nested_conjunctions():
    c = (TPP >= 1) & (TPP >= 2) & (TPP >= 3)
    assert len(c.of) == 3


def test_repr_is_compact_code():
    assert repr(TPP >= 4800) == "tpp >= 4800"
    assert repr(kind("ic.accelerator") & (TPP >= 4800)) == "(kind('ic.accelerator') & tpp >= 4800)"


@pytest.mark.parametrize(
    "cond, text",
    [
        (TPP >= 4800, "total processing performance of 4,800 or more"),
        (TPP > 4800, "total processing performance of more than 4,800"),
        (TRANSFER_RATE < 600, "bidirectional transfer rate of less than 600 GB/s"),
        (PERFORMANCE_DENSITY >= 5.92, "performance density of 5.92 TPP per mm² or more"),
        (~(TPP >= 4800), "total processing performance of less than 4,800"),
    ],
)
def test_describe_in_english_with_units(cond, text):
    assert cond.describe() == text


def test_overlay_renders_with_two_decimals():
    from policy import OVERLAY

    assert (OVERLAY <= 1.5).describe() == "dedicated chuck overlay of 1.50 nm or less"


@given(conditions)
def test_every_condition_round_trips_through_json(cond):
    text = ADAPTER.dump_json(cond)
    assert ADAPTER.validate_json(text) == cond
    assert ADAPTER.validate_python(ADAPTER.dump_python(cond, mode="json")) == cond


@given(conditions)
def test_atoms_are_leaves_and_every_condition_describes_itself(cond):
    for atom in cond.atoms():
        assert not atom.children()
    assert isinstance(cond.describe(), str) and cond.describe()


def test_sets_are_stored_sorted_and_unique():
    assert destination("US", "CN", "CN").countries == ("CN", "US")


@pytest.mark.parametrize(
    "data, message",
    [
        ({"op": ">=", "param": "tppp", "value": 1}, "did you mean 'tpp'"),
        ({"op": ">=", "param": "tpp", "value": "4800"}, "expected a number"),
        ({"op": ">=", "param": "tpp", "value": True}, "expected a number"),
        ({"op": "=>", "param": "tpp", "value": 1}, "op"),
        ({"op": "kind", "kinds": []}, "at least 1"),
        ({"op": "kind", "kinds": ["ic.gpu"]}, "unknown item kind"),
        ({"op": "country", "field": "destination", "countries": ["XX"]}, "unknown country"),
        ({"op": "flag", "flag": "datacentre"}, "did you mean 'datacenter'"),
        ({"op": "listed", "list": "entity_list", "min_share": 0}, "greater than 0"),
        ({"op": "all", "of": [{"op": "nope"}]}, "op"),
    ],
)
def test_malformed_conditions_are_rejected_with_a_reason(data, message):
    with pytest.raises(ValidationError, match=message):
        ADAPTER.validate_python(data)


def test_listed_with_min_share_counts_aggregate_ownership():
    from policy import (
        ALWAYS,
        EndUser,
        Item,
        Listing,
        Nexus,
        Outcome,
        Owner,
        Party,
        PartyList,
        Regime,
        Rule,
        Source,
        Transaction,
        World,
        decide,
    )

    src = Source(document="d")
    regime = Regime(
        jurisdiction="US",
        name="t",
        reach=(Nexus(id="n", title="n", when=ALWAYS, effective=dt.date(2020, 1, 1), source=src),),
        parties=(
            Party(id="A", name="A", country="CN"),
            Party(id="B", name="B", country="CN"),
            Party(id="C", name="C", country="CN", owners=(Owner(party="A", share=60),)),
        ),
        lists=(
            PartyList(
                id="L",
                name="L",
                listings=(
                    Listing(party="A", start=dt.date(2020, 1, 1)),
                    Listing(party="B", start=dt.date(2020, 1, 1)),
                ),
            ),
        ),
        rules=(
            Rule(
                id="R",
                title="affiliates",
                when=listed("L", min_share=50),
                source=src,
                effective=dt.date(2020, 1, 1),
            ),
        ),
    )
    world = World(regimes=(regime,))

    def verdict(owners):
        tx = Transaction(
            date=dt.date(2021, 1, 1),
            exporter="US",
            destination="DE",
            end_user=EndUser(name="X", owners=owners),
            item=Item(kind="other"),
        )
        return decide(world, tx).verdicts["US"].outcome

    assert verdict((Owner(party="A", share=30), Owner(party="B", share=20))) is (
        Outcome.LICENSE_REQUIRED
    )  # 50% in aggregate
    assert verdict((Owner(party="A", share=30), Owner(party="B", share=19))) is (
        Outcome.NO_LICENSE_REQUIRED
    )
    assert verdict((Owner(party="C", share=50),)) is Outcome.LICENSE_REQUIRED  # indirect


def test_producer_names_compare_without_case_spacing_or_punctuation():
    """``producer(...)`` matches the names it lists however they are written (ASCII case,
    spacing and punctuation aside); other characters are compared as written, and an item
    that names no producer matches none."""
    from policy import Producer, producer

    c = producer("NVIDIA Corp.", "AMD")
    assert isinstance(c, Producer) and repr(c) == "producer('AMD', 'NVIDIA Corp.')"
    assert c.describe() == "the item was made or designed by AMD or NVIDIA Corp."
    assert [c.matches(x) for x in ("nvidia corp", "Nvidia-Corp", "a.m.d.", "Nvidia", None)] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert producer("Müller AG").matches("müller ag") and not producer("Müller").matches("MÜLLER")


@pytest.mark.parametrize(
    ("cond", "text"),
    [
        (
            consignee_headquarters("US", groups=("A:5",)),
            "the consignee (or its ultimate parent) is headquartered in the United States or"
            " Country Group A:5",
        ),
        (
            exporter_headquarters("CN"),
            "the exporting company is headquartered in China",
        ),
    ],
)
def test_the_parties_country_conditions_describe_themselves(cond, text):
    assert cond.describe() == text
