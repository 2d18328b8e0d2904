"""Hypothesis strategies for the model's own property tests (conditions, rules, regimes,
transactions drawn from the vocabulary). The partition-aware strategies for users live in
``policy.analysis.strategies``."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from policy.model import vocabulary as v
from policy.model.conditions import (
    All,
    AnyOf,
    Channel,
    Classified,
    Compare,
    Const,
    Content,
    Countries,
    EndUse,
    Flag,
    Kind,
    Listed,
    MadeWith,
    Not,
    Producer,
)
from policy.model.decisions import Outcome
from policy.model.parties import CountryGroup, Listing, Membership, Party, PartyList
from policy.model.regimes import Modelled, Regime
from policy.model.rules import Carveout, Nexus, Rule, Source
from policy.model.transactions import (
    Consignee,
    EndUser,
    ExporterParty,
    Item,
    Owner,
    Transaction,
)

COUNTRIES = ["CN", "US", "JP", "NL", "DE", "TW", "KR", "MO", "SG", "VN", "SA", "RU"]
KINDS = sorted(v.kinds())
PARAMS = [p for p in v.parameters() if not v.parameters()[p].derived_from]
GROUPS = ["G1", "G2"]
PARTIES = ["P1", "P2", "P3"]
#: Producers as written: "NVIDIA Corp." and "nvidia corp" name one producer.
PRODUCERS = ["Nvidia", "NVIDIA", "nvidia corp", "NVIDIA Corp.", "AMD", "Huawei"]

dates = st.dates(min_value=dt.date(2022, 1, 1), max_value=dt.date(2026, 12, 31))
countries = st.sampled_from(COUNTRIES)
numbers = st.sampled_from([0, 1.5, 600, 1600, 4800, 5.92, 2400, 10000]) | st.floats(
    min_value=0, max_value=20000, allow_nan=False, allow_infinity=False
)


def leaves() -> st.SearchStrategy:
    ops = st.sampled_from([">=", ">", "<=", "<", "=="])
    return st.one_of(
        st.builds(Compare, op=ops, param=st.sampled_from(PARAMS), value=numbers),
        st.builds(
            Content,
            jurisdiction=st.sampled_from(["US", "JP"]),
            cmp=ops,
            value=st.sampled_from([0, 10, 25, 100]),
        ),
        st.builds(Kind, kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=2).map(tuple)),
        st.builds(Flag, flag=st.sampled_from(sorted(v.flags()))),
        st.builds(
            Classified,
            jurisdiction=st.just("US"),
            prefixes=st.lists(
                st.sampled_from(["3A090", "3B001", "4A090"]), min_size=1, max_size=2
            ).map(tuple),
        ),
        st.builds(
            Countries,
            field=st.sampled_from(
                [
                    "exporter",
                    "destination",
                    "origin",
                    "end_user.country",
                    "end_user.headquarters",
                    "persons",
                    "consignee.headquarters",
                    "exporter_party.headquarters",
                ]
            ),
            countries=st.lists(countries, max_size=3).map(tuple),
            groups=st.lists(st.sampled_from(GROUPS), max_size=2).map(tuple),
        ),
        st.builds(
            Listed,
            list=st.just("L"),
            tags=st.lists(st.sampled_from(["fn4"]), max_size=1).map(tuple),
            min_share=st.none() | st.sampled_from([25.0, 50.0]),
        ),
        st.builds(
            EndUse,
            uses=st.lists(st.sampled_from(sorted(v.end_uses())), min_size=1, max_size=2).map(tuple),
        ),
        st.builds(
            Channel,
            channels=st.lists(st.sampled_from(sorted(v.CHANNELS)), min_size=1, max_size=2).map(
                tuple
            ),
        ),
        st.builds(
            MadeWith,
            jurisdictions=st.lists(st.sampled_from(["US", "NL"]), min_size=1, max_size=2).map(
                tuple
            ),
        ),
        st.builds(
            Producer,
            names=st.lists(st.sampled_from(PRODUCERS), min_size=1, max_size=2).map(tuple),
        ),
        st.builds(Const, value=st.booleans()),
    )


conditions = st.recursive(
    leaves(),
    lambda inner: st.one_of(
        st.builds(All, of=st.lists(inner, max_size=3).map(tuple)),
        st.builds(AnyOf, of=st.lists(inner, max_size=3).map(tuple)),
        st.builds(Not, of=inner),
    ),
    max_leaves=8,
)

sources = st.builds(Source, document=st.just("Test Doc 1"), section=st.just("s. 1"))
outcomes = st.sampled_from(
    [Outcome.NO_LICENSE_REQUIRED, Outcome.LICENSE_REQUIRED, Outcome.PROHIBITED]
)


@st.composite
def rules(draw: st.DrawFn, rule_id: str | None = None) -> Rule:
    outcome = draw(outcomes)
    lower = [o for o in Outcome if o is not Outcome.NOT_APPLICABLE and o.rank <= outcome.rank]
    carveouts = tuple(
        Carveout(
            id=f"C{i}",
            title="carve-out",
            when=draw(conditions),
            outcome=draw(st.sampled_from(lower)),
            effective=dt.date(2022, 1, 1),
            source=draw(sources),
        )
        for i in range(draw(st.integers(0, 1)))
    )
    start = draw(dates)
    end = draw(st.none() | dates.filter(lambda d: d > start))
    return Rule(
        id=rule_id or draw(st.sampled_from(["R1", "R2", "R3"])),
        title="a rule",
        when=draw(conditions),
        outcome=outcome,
        carveouts=carveouts,
        effective=start,
        end=end,
        source=draw(sources),
        defined_at=None,
    )


@st.composite
def regimes(draw: st.DrawFn) -> Regime:
    n = draw(st.integers(0, 4))
    rs = tuple(draw(rules(rule_id=f"R{i}")) for i in range(n))
    groups = tuple(
        CountryGroup(
            id=g,
            name=g,
            members=tuple(
                Membership(country=c, start=draw(st.none() | dates))
                for c in draw(st.lists(countries, max_size=4, unique=True))
            ),
        )
        for g in GROUPS
    )
    parties = tuple(Party(id=p, name=p, country=draw(countries)) for p in PARTIES)
    lists = (
        PartyList(
            id="L",
            name="L",
            listings=tuple(
                Listing(party=p, start=draw(dates), tags=draw(st.sampled_from([(), ("fn4",)])))
                for p in draw(st.lists(st.sampled_from(PARTIES), max_size=2, unique=True))
            ),
        ),
    )
    reach = (
        Nexus(
            id="N",
            title="any",
            when=draw(conditions | st.just(Const(value=True))),
            effective=dt.date(2020, 1, 1),
            source=draw(sources),
        ),
    )
    # what the regime models: undeclared (everything), or some kinds, some through only
    # some channels (the evaluators must agree on the verdicts' not_modelled flag)
    models = draw(
        st.none()
        | st.lists(
            st.builds(
                Modelled,
                kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=2).map(tuple),
                channels=st.lists(st.sampled_from(sorted(v.CHANNELS)), max_size=2).map(tuple),
            ),
            max_size=2,
        ).map(tuple)
    )
    return Regime(
        jurisdiction="US",
        name="test",
        reach=reach,
        rules=rs,
        groups=groups,
        lists=lists,
        parties=parties,
        models=models,
    )


@st.composite
def transactions(draw: st.DrawFn) -> Transaction:
    params = draw(st.dictionaries(st.sampled_from(PARAMS), numbers, max_size=4))
    end_user = draw(
        st.none()
        | st.sampled_from(PARTIES)
        | st.builds(
            EndUser,
            name=st.just("X"),
            country=st.none() | countries,
            owners=st.lists(
                st.builds(
                    Owner,
                    party=st.sampled_from(PARTIES),
                    share=st.sampled_from([10.0, 30.0, 50.0, 60.0]),
                ),
                max_size=2,
            ).map(tuple),
        )
    )
    item = Item(
        kind=draw(st.sampled_from(KINDS)),
        params=params,
        flags=tuple(draw(st.lists(st.sampled_from(sorted(v.flags())), max_size=2))),
        classification=draw(
            st.dictionaries(st.just("US"), st.sampled_from(["3A090.a", "EAR99"]), max_size=1)
        ),
        origin=draw(st.none() | countries),
        content=draw(
            st.dictionaries(st.just("US"), st.sampled_from([0.0, 10.0, 30.0]), max_size=1)
        ),
        made_with=tuple(draw(st.lists(st.sampled_from(["US", "NL"]), max_size=2))),
        producer=draw(st.none() | st.sampled_from([*PRODUCERS, "Moore Threads"])),
    )
    consignee = draw(
        st.none()
        | st.builds(
            Consignee,
            name=st.just("C"),
            country=st.none() | countries,
            headquarters=st.none() | countries,
            owners=st.lists(
                st.builds(
                    Owner,
                    party=st.sampled_from(PARTIES),
                    share=st.sampled_from([30.0, 60.0]),
                ),
                max_size=1,
            ).map(tuple),
        )
    )
    exporter_party = draw(
        st.none() | st.builds(ExporterParty, name=st.just("E"), headquarters=st.none() | countries)
    )
    return Transaction(
        date=draw(dates),
        exporter=draw(countries),
        destination=draw(countries),
        channel=draw(st.sampled_from(sorted(v.CHANNELS))),
        end_user=end_user,
        end_use=tuple(draw(st.lists(st.sampled_from(sorted(v.end_uses())), max_size=2))),
        persons=tuple(draw(st.lists(countries, max_size=2))),
        consignee=consignee,
        exporter_party=exporter_party,
        item=item,
    )
