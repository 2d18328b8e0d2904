"""The vocabulary page: item kinds, parameters and units, flags, end uses, channels, and
every jurisdiction's country groups and party lists with the parties they name."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Generic, TypeVar

from policy.model import vocabulary as v
from policy.model.parties import CountryGroup, Dated, PartyList
from policy.model.regimes import Regime
from policy.model.transactions import PARTY_FIELDS
from policy.model.world import World
from policy.render.views.links import (
    group_anchor,
    kind_anchor,
    list_anchor,
    parameter_anchor,
    party_anchor,
    regimes_in_page_order,
    vocabulary_href,
)
from policy.render.views.words import in_force_words

E = TypeVar("E")


@dataclass(frozen=True)
class KindView:
    """An item kind; ``depth`` indents it under its parent (``ic.accelerator`` under ``ic``)."""

    name: str
    anchor: str
    description: str
    depth: int


@dataclass(frozen=True)
class ParameterView:
    """A parameter, its unit, and which way is "more capable" (what the monotonicity check
    and the matrix's representative items rely on)."""

    name: str
    anchor: str
    label: str
    unit: str
    direction: str
    description: str
    formula: str


DIRECTION_WORDS = {
    "higher": "higher is more capable",
    "lower": "lower is more capable",
    "neutral": "neither way",
}


@dataclass(frozen=True)
class Term:
    """A name the rules use and what it means (a flag, an end use, a channel)."""

    name: str
    description: str


@dataclass(frozen=True)
class MemberView:
    """A group member; ``period`` is empty for a member that has always belonged."""

    code: str
    name: str
    period: str


@dataclass(frozen=True)
class ListingView:
    """One entry of a party list; ``href`` is empty when the party is not defined."""

    party: str
    party_name: str
    href: str
    tags: str
    period: str
    source: str


@dataclass(frozen=True)
class RosterView(Generic[E]):
    """A country group (its members) or a party list (its listings) of one jurisdiction:
    the page writes both as a heading, the entries, the source and a note."""

    jurisdiction: str
    id: str
    name: str
    anchor: str
    entries: tuple[E, ...]
    source: str
    note: str


GroupView = RosterView[MemberView]
ListView = RosterView[ListingView]


@dataclass(frozen=True)
class PartyView:
    id: str
    anchor: str
    name: str
    country: str
    headquarters: str
    owners: str
    aliases: str
    note: str


@dataclass(frozen=True)
class VocabularyView:
    kinds: tuple[KindView, ...]
    parameters: tuple[ParameterView, ...]
    flags: tuple[Term, ...]
    end_uses: tuple[Term, ...]
    channels: tuple[Term, ...]
    transaction_parties: tuple[Term, ...]
    groups: tuple[GroupView, ...]
    lists: tuple[ListView, ...]
    parties: tuple[PartyView, ...]


def period_words(d: Dated) -> str:
    """When a group membership or a listing applies."""
    return in_force_words(d.start, d.end)


def _roster(
    regime: Regime, of: CountryGroup | PartyList, anchor: str, entries: tuple[E, ...]
) -> RosterView[E]:
    source, note = of.source or "", of.note or ""
    return RosterView(regime.jurisdiction, of.id, of.name, anchor, entries, source, note)


def group_view(regime: Regime, g: CountryGroup) -> GroupView:
    """The group with its members by name (a country that left and rejoined, by date)."""
    members = sorted(
        g.members, key=lambda m: (v.country_name(m.country), m.start or dt.date.min, m.country)
    )
    entries = tuple(
        MemberView(
            m.country,
            v.country_name(m.country),
            "" if m.start is None and m.end is None else period_words(m),
        )
        for m in members
    )
    return _roster(regime, g, group_anchor(regime.jurisdiction, g.id), entries)


def list_view(regime: Regime, li: PartyList, world: World) -> ListView:
    """The list with its entries by party id (a party listed twice, by date)."""
    parties = world.parties()
    listings = sorted(li.listings, key=lambda e: (e.party, e.start or dt.date.min))
    entries = tuple(
        ListingView(
            e.party,
            parties[e.party].name if e.party in parties else e.party,
            vocabulary_href(party_anchor(e.party), page="") if e.party in parties else "",
            ", ".join(e.tags),
            period_words(e),
            e.source or "",
        )
        for e in listings
    )
    return _roster(regime, li, list_anchor(regime.jurisdiction, li.id), entries)


def vocabulary_view(world: World) -> VocabularyView:
    regimes = regimes_in_page_order(world)
    return VocabularyView(
        kinds=tuple(
            KindView(k.name, kind_anchor(k.name), k.description, k.name.count("."))
            for k in v.kinds().values()
        ),
        parameters=tuple(
            ParameterView(
                p.name,
                parameter_anchor(p.name),
                p.phrase,
                p.unit,
                DIRECTION_WORDS[p.direction],
                p.description,
                p.formula,
            )
            for p in v.parameters().values()
        ),
        flags=tuple(Term(n, d) for n, d in v.flags().items()),
        end_uses=tuple(Term(n, d) for n, d in v.end_uses().items()),
        channels=tuple(Term(n, d) for n, d in v.CHANNELS.items()),
        transaction_parties=tuple(Term(n, d) for n, d in PARTY_FIELDS.items()),
        groups=tuple(group_view(r, g) for r in regimes for g in r.groups),
        lists=tuple(list_view(r, li, world) for r in regimes for li in r.lists),
        parties=tuple(
            PartyView(
                p.id,
                party_anchor(p.id),
                p.name,
                v.country_name(p.country),
                v.country_name(p.headquarters) if p.headquarters else "",
                ", ".join(f"{o.party} ({o.share:g}%)" for o in p.owners),
                ", ".join(p.aliases),
                p.note or "",
            )
            for p in world.parties().values()
        ),
    )
