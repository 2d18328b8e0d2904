"""Transactions aimed at a world's own edges: its thresholds (each constant, the next float
either side, a cent either side), its change dates (each, and the day before), the countries
its groups and conditions name, and its parties (plus one it does not know)."""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import strategies as st

from policy.model import vocabulary as v
from policy.model.conditions import Compare, Content, Countries
from policy.model.transactions import EndUser, Item, Owner, Transaction
from policy.model.world import World

PARAMS = sorted(v.parameters())


def _conditions(world: World):  # type: ignore[no-untyped-def]
    for r in world.regimes:
        yield from (n.when for n in r.reach)
        for rule in r.rules:
            yield rule.when
            yield from (c.when for c in rule.carveouts)


def edges(world: World) -> dict[str, object]:
    params: dict[str, set[float]] = {}
    content: set[float] = set()
    countries = {"US", "CN", "DE", "JP", "NL", "TW"}
    for cond in _conditions(world):
        for atom in cond.atoms():
            if isinstance(atom, Compare):
                params.setdefault(atom.param, set()).add(float(atom.value))
            elif isinstance(atom, Content):
                content.add(float(atom.value))
            elif isinstance(atom, Countries):
                countries.update(atom.countries)
    for r in world.regimes:
        for g in r.groups:
            countries.update(m.country for m in g.members)
    days = {dt.date(2023, 6, 1)}
    for d in world.change_dates():
        days.update({d, d - dt.timedelta(days=1)})
    return {
        "params": {p: sorted(vals) for p, vals in params.items()},
        "content": sorted(content),
        "countries": sorted(countries),
        "dates": sorted(days),
        "parties": sorted(world.parties()),
    }


def _near(values: list[float], low: float = 0.0, high: float = 1e6) -> st.SearchStrategy[float]:
    def around(x: float) -> list[float]:
        out = [x, math.nextafter(x, math.inf), math.nextafter(x, -math.inf), x + 0.01, x - 0.01]
        return [y for y in out if low <= y <= high]

    near = sorted({y for x in values for y in around(x)})
    free = st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)
    return (st.sampled_from(near) | free) if near else free


#: US classification codes around the prefixes the shipped rules name (3A090, 3A090.a,
#: 4A090.b...): each prefix, a longer code under it, a sibling, a code one character short.
CODES = [
    "3A090",
    "3A090.a",
    "3A090.a.1",
    "3A090.b",
    "3A090.c.x",
    "3A090.d",
    "3A09",
    "4A090",
    "4A090.a",
    "4A090.b.2",
    "3A001",
    "EAR99",
]


@st.composite
def boundary_transactions(draw: st.DrawFn, world: World) -> Transaction:
    e = edges(world)
    countries = st.sampled_from(e["countries"])  # type: ignore[arg-type]
    params_e: dict[str, list[float]] = e["params"]  # type: ignore[assignment]
    names = sorted(set(params_e) | {"die_area_mm2"}) or PARAMS
    params = {
        p: draw(_near(params_e.get(p, [100.0])))
        for p in draw(st.lists(st.sampled_from(names), max_size=4, unique=True))
    }
    parties: list[str] = e["parties"] or ["P1"]  # type: ignore[assignment]
    party = st.sampled_from(parties)
    end_user = draw(
        st.none()
        | party
        | st.just("NoSuchParty")
        | st.builds(
            EndUser,
            name=st.just("Unnamed Ltd"),
            country=st.none() | countries,
            headquarters=st.none() | countries,
            owners=st.lists(
                st.builds(Owner, party=party, share=_near([25.0, 50.0], 0.01, 100.0)),
                max_size=2,
            ).map(tuple),
        )
    )
    item = Item(
        kind=draw(st.sampled_from(sorted(v.kinds()))),
        params=params,
        flags=tuple(draw(st.lists(st.sampled_from(sorted(v.flags())), max_size=2))),
        classification=draw(st.dictionaries(st.just("US"), st.sampled_from(CODES), max_size=1)),
        origin=draw(st.none() | countries),
        content=draw(
            st.dictionaries(st.sampled_from(["US", "NL"]), _near(e["content"], 0, 100), max_size=1)  # type: ignore[arg-type]
        ),
        made_with=tuple(draw(st.lists(st.sampled_from(["US", "NL", "JP"]), max_size=2))),
    )
    return Transaction(
        id=draw(st.none() | st.integers(0, 10**6) | st.text(max_size=5)),
        date=draw(st.sampled_from(e["dates"]) | st.dates(dt.date(2015, 1, 1), dt.date(2030, 1, 1))),  # type: ignore[arg-type]
        exporter=draw(countries),
        destination=draw(countries),
        channel=draw(st.sampled_from(sorted(v.CHANNELS))),
        end_user=end_user,
        end_use=tuple(draw(st.lists(st.sampled_from(sorted(v.end_uses())), max_size=2))),
        persons=tuple(draw(st.lists(countries, max_size=2))),
        item=item,
    )
