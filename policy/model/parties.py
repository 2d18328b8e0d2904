"""Parties, party lists with dated listings, and country groups with dated membership.

Dates are half-open: a listing or membership with ``start`` 2022-12-16 and ``end``
2025-11-10 holds on 2022-12-16 and on 2025-11-09, not on 2025-11-10. ``start`` or ``end``
``None`` means unbounded on that side.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from policy.model._types import Country, Identifier, ISODate, Text, sorted_unique
from policy.model.transactions import Owner


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


class Dated(_Frozen):
    """Something in force from ``start`` (inclusive) to ``end`` (exclusive)."""

    start: ISODate | None = None
    end: ISODate | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Dated:
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError(
                f"end {self.end.isoformat()} must be after start {self.start.isoformat()}"
            )
        return self

    def active(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


class Membership(Dated):
    """A country's membership of a group, possibly dated (Macau joins on 2023-01-17)."""

    country: Country
    source: Text | None = None


class CountryGroup(_Frozen):
    """A named set of countries whose membership may change over time (EAR Country Group
    D:5, Japan's 42 destinations, the EU member states)."""

    id: Identifier
    name: Text
    members: tuple[Membership, ...] = ()
    source: Text | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _canonical_order(self) -> CountryGroup:
        """Entries in one order whatever order they were written in (see Regime)."""
        object.__setattr__(
            self,
            "members",
            tuple(
                sorted(
                    self.members,
                    key=lambda m: (m.country, m.start or dt.date.min, m.end or dt.date.max),
                )
            ),
        )
        return self

    def members_on(self, on: dt.date) -> tuple[str, ...]:
        return tuple(sorted({m.country for m in self.members if m.active(on)}))


def group(
    id: str,
    name: str,
    countries: list[str] | tuple[str, ...] | str,
    *,
    start: dt.date | None = None,
    source: str | None = None,
    note: str | None = None,
    extra: tuple[Membership, ...] = (),
) -> CountryGroup:
    """Build a group from a list (or a space-separated string) of countries, all members
    from ``start``, plus dated ``extra`` memberships."""
    codes = countries.split() if isinstance(countries, str) else list(countries)
    members = tuple(Membership(country=c, start=start) for c in codes) + extra
    return CountryGroup(id=id, name=name, members=members, source=source, note=note)


class Party(_Frozen):
    """A firm or body the regimes name. ``headquarters`` defaults to ``country``; ``owners``
    are its shareholders among other known parties (for the affiliates rule)."""

    id: Identifier
    name: Text
    country: Country
    headquarters: Country | None = None
    owners: tuple[Owner, ...] = ()
    aliases: Annotated[
        tuple[Annotated[str, Field(max_length=500)], ...], AfterValidator(sorted_unique)
    ] = ()
    note: Text | None = None


class Listing(Dated):
    """A party's entry on a list, with tags such as Entity List footnotes (``fn4``)."""

    party: Identifier
    tags: Annotated[tuple[Identifier, ...], AfterValidator(sorted_unique)] = ()
    source: Text | None = None


class PartyList(_Frozen):
    """A list of parties with dated listings (the Entity List, China's Unreliable Entity
    List)."""

    id: Identifier
    name: Text
    listings: tuple[Listing, ...] = ()
    source: Text | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _canonical_order(self) -> PartyList:
        """Entries in one order whatever order they were written in (see Regime)."""
        object.__setattr__(
            self,
            "listings",
            tuple(
                sorted(
                    self.listings,
                    key=lambda m: (m.party, m.start or dt.date.min, m.end or dt.date.max),
                )
            ),
        )
        return self

    def listed_on(self, on: dt.date) -> dict[str, tuple[str, ...]]:
        """party id -> tags, for the listings in force on ``on``."""
        out: dict[str, set[str]] = {}
        for entry in self.listings:
            if entry.active(on):
                out.setdefault(entry.party, set()).update(entry.tags)
        return {p: tuple(sorted(t)) for p, t in sorted(out.items())}
