"""The world: every regime together, the parties they name, and the supplier catalogue."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from policy.errors import RegimeError
from policy.model._types import Jurisdiction, KindName, Magnitude, ParamName, Text
from policy.model.parties import Party
from policy.model.regimes import Problem, Regime
from policy.model.transactions import Owner, Transaction


def party_key(name: str) -> str:
    """A name folded for matching: case, punctuation and spacing removed."""
    return " ".join("".join(ch if ch.isalnum() else " " for ch in name.casefold()).split())


class Supplier(BaseModel):
    """A firm of ``jurisdiction`` that makes items of ``kind``; ``capability`` gives the best
    value of each parameter it reaches (the most capable in the parameter's direction)."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    jurisdiction: Jurisdiction
    firm: Annotated[str, Field(min_length=1, max_length=500)]
    kind: KindName
    capability: dict[ParamName, Magnitude] = Field(default_factory=dict)
    products: Text | None = None
    source: Text | None = None


class World(BaseModel):
    """All regimes, plus who makes what. ``decide`` gives a verdict for every regime here."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    regimes: tuple[Regime, ...]
    suppliers: tuple[Supplier, ...] = ()

    # Structures derived from this (immutable) world, built once per world object; never
    # part of its value. See ``memo``: only the model's own lookups should live here.
    _memo: dict[str, Any] = PrivateAttr(default_factory=dict)

    def __eq__(self, other: object) -> bool:
        # The memo is a cache, not part of the value.
        if not isinstance(other, World):
            return NotImplemented
        return self.regimes == other.regimes and self.suppliers == other.suppliers

    __hash__ = BaseModel.__hash__

    def memo(self, key: str, build: Any) -> Any:
        """Return ``build()`` computed once per world object and ``key``.

        Deprecated for callers outside the model: a cache written by higher layers does not
        belong on the model, and this one is shared with every ``model_copy`` of the world
        (``as_of`` included). The engine keeps its own (:mod:`policy.engine.cache`); the
        docs, the matrix and the reader still use this one until they move to theirs.
        """
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]

    @model_validator(mode="after")
    def _consistent(self) -> World:
        seen: set[str] = set()
        for r in self.regimes:
            if r.jurisdiction in seen:
                raise RegimeError(f"two regimes for jurisdiction {r.jurisdiction}")
            seen.add(r.jurisdiction)
        parties: dict[str, Party] = {}
        for r in self.regimes:
            for p in r.parties:
                if p.id in parties and parties[p.id] != p:
                    raise RegimeError(
                        f"party {p.id!r} is defined differently by two regimes",
                        where=f"regime {r.jurisdiction}",
                    )
                parties[p.id] = p
        return self

    @property
    def jurisdictions(self) -> list[str]:
        return sorted(r.jurisdiction for r in self.regimes)

    def regime(self, jurisdiction: str) -> Regime:
        for r in self.regimes:
            if r.jurisdiction == jurisdiction:
                return r
        raise KeyError(jurisdiction)

    def parties(self) -> dict[str, Party]:
        out: dict[str, Party] = {}
        for r in self.regimes:
            for p in r.parties:
                out[p.id] = p
        return dict(sorted(out.items()))

    def find_party(self, name: str) -> Party | None:
        """The party ``name`` refers to: its id exactly, else its id, name or an alias
        compared without case, punctuation or spacing ("HUAWEI", "Yangtze Memory
        Technologies Co., Ltd."). None when no party (or more than one) matches."""
        parties = self.memo("world.parties", self.parties)
        if name in parties:
            return parties[name]  # type: ignore[no-any-return]
        table: dict[str, Party | None] = self.memo("world.party_keys", self._party_keys)
        return table.get(party_key(name))

    def _party_keys(self) -> dict[str, Party | None]:
        table: dict[str, Party | None] = {}
        for party in self.parties().values():
            for key in {party_key(x) for x in (party.id, party.name, *party.aliases)}:
                if key in table and table[key] is not party:
                    table[key] = None  # ambiguous: refuse to guess
                else:
                    table[key] = party
        return table

    def canonical(self, tx: Transaction) -> Transaction:
        """``tx`` with its end user and owners named by party id: a string or an end-user
        object whose name is a known party's id, name or alias becomes that party's id; so do
        the owners of a consignee. Unknown names are left for the engine to reject."""
        co = tx.consignee
        if co is not None and co.owners:
            owners = self._owners_by_id(co.owners)
            if owners != co.owners:
                tx = tx.model_copy(update={"consignee": co.model_copy(update={"owners": owners})})
        eu = tx.end_user
        if eu is None:
            return tx
        if isinstance(eu, str):
            party = self.find_party(eu)
            if party is None or party.id == eu:
                return tx
            return tx.model_copy(update={"end_user": party.id})
        named = self.find_party(eu.name)
        if named is not None:
            return tx.model_copy(update={"end_user": named.id})
        owners = self._owners_by_id(eu.owners)
        if owners == eu.owners:
            return tx
        return tx.model_copy(update={"end_user": eu.model_copy(update={"owners": owners})})

    def _owners_by_id(self, owners: tuple[Owner, ...]) -> tuple[Owner, ...]:
        return tuple(
            o.model_copy(update={"party": p.id})
            if (p := self.find_party(o.party)) is not None and p.id != o.party
            else o
            for o in owners
        )

    def as_of(self, on: dt.date) -> World:
        return self.model_copy(update={"regimes": tuple(r.as_of(on) for r in self.regimes)})

    def change_dates(self) -> list[dt.date]:
        return sorted({d for r in self.regimes for d in r.change_dates()})

    def problems(self) -> list[tuple[str, Problem]]:
        """(jurisdiction, problem) for every dangling reference in every regime."""
        known = set(self.parties())
        return [(r.jurisdiction, p) for r in self.regimes for p in r.problems(known)]
