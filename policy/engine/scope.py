"""The engine's view of one regime on one day: group and list membership, ownership, and a
transaction's derived facts (the :class:`policy.model.conditions.Scope` protocol)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cached_property

from policy.engine.facts import Span, group_members, headquarters_chain, member_of
from policy.errors import InputError, UnknownNameError
from policy.model.parties import Party
from policy.model.regimes import Regime
from policy.model.transactions import EndUser, Transaction
from policy.model.vocabulary import with_derived


class RegimeIndex:
    """Precomputed lookups for one regime, shared by every transaction it decides.

    ``members`` holds each group as a :func:`~policy.engine.facts.member_of` table (what
    the scope, the compiled tables and the partition ask).
    """

    def __init__(self, regime: Regime, parties: Mapping[str, Party]) -> None:
        self.regime = regime
        self.parties = parties
        self.members: dict[str, dict[str, list[Span]]] = {
            g.id: group_members(g) for g in regime.groups
        }
        self.lists: dict[
            str, dict[str, list[tuple[dt.date | None, dt.date | None, tuple[str, ...]]]]
        ] = {}
        for li in regime.lists:
            entries: dict[str, list[tuple[dt.date | None, dt.date | None, tuple[str, ...]]]] = {}
            for e in li.listings:
                entries.setdefault(e.party, []).append((e.start, e.end, e.tags))
            self.lists[li.id] = entries


def _active(start: dt.date | None, end: dt.date | None, on: dt.date) -> bool:
    return (start is None or start <= on) and (end is None or on < end)


class TransactionScope:
    """Answers a condition's questions about one transaction under one regime."""

    def __init__(self, index: RegimeIndex, tx: Transaction) -> None:
        self.index = index
        self.tx = tx
        self.date = tx.date
        self.day = tx.date.toordinal()

    @cached_property
    def params(self) -> Mapping[str, float]:
        return with_derived(self.tx.item.params)

    # ------------------------------------------------------------------ end user
    @cached_property
    def _end_user(self) -> Party | EndUser | None:
        eu = self.tx.end_user
        if isinstance(eu, str):
            try:
                return self.index.parties[eu]
            except KeyError:
                raise UnknownNameError(
                    "end user party", eu, self.index.parties, where="end_user"
                ) from None
        return eu

    def _party(self, pid: str) -> Party:
        try:
            return self.index.parties[pid]
        except KeyError:
            raise UnknownNameError(
                "owner party", pid, self.index.parties, where="end_user.owners"
            ) from None

    def countries_of(self, field: str) -> tuple[str, ...]:
        tx = self.tx
        if field == "exporter":
            return (tx.exporter,)
        if field == "destination":
            return (tx.destination,)
        if field == "origin":
            return (tx.item.origin,) if tx.item.origin else ()
        if field == "persons":
            return tx.persons
        if field == "consignee.headquarters":
            if tx.consignee is None:
                return ()
            return headquarters_chain(
                tx.consignee, self.index.parties, None, where="consignee.owners"
            )
        if field == "exporter_party.headquarters":
            e = tx.exporter_party
            return (e.headquarters,) if e is not None and e.headquarters else ()
        who = self._end_user
        if field == "end_user.country":
            if who is None:
                return (tx.destination,)
            return (who.country or tx.destination,)
        if field == "end_user.headquarters":
            if who is None:
                return ()
            return headquarters_chain(who, self.index.parties, tx.destination)
        raise InputError(f"unknown transaction field {field!r}")

    # ------------------------------------------------------------------ groups and lists
    def in_group(self, group: str, country: str) -> bool:
        members = self.index.members.get(group)
        if members is None:
            raise InputError(
                f"regime {self.index.regime.jurisdiction} has no country group {group!r}"
            )
        return member_of(members, country, self.day)

    def _directly_listed(self, list_id: str, pid: str, tags: tuple[str, ...]) -> bool:
        entries = self.index.lists.get(list_id)
        if entries is None:
            raise InputError(
                f"regime {self.index.regime.jurisdiction} has no party list {list_id!r}"
            )
        for s, e, t in entries.get(pid, ()):
            if _active(s, e, self.date) and (not tags or any(x in t for x in tags)):
                return True
        return False

    def _listed_share(
        self,
        list_id: str,
        who: Party | EndUser,
        tags: tuple[str, ...],
        min_share: float,
        seen: frozenset[str],
    ) -> float:
        total = 0.0
        for o in who.owners:
            if o.party in seen:
                continue
            if self._counts_as_listed(list_id, o.party, tags, min_share, seen | {o.party}):
                total += o.share
        return total

    def _counts_as_listed(
        self, list_id: str, pid: str, tags: tuple[str, ...], min_share: float, seen: frozenset[str]
    ) -> bool:
        if self._directly_listed(list_id, pid, tags):
            return True
        return self._listed_share(list_id, self._party(pid), tags, min_share, seen) >= min_share

    def listed(self, list_id: str, tags: tuple[str, ...], min_share: float | None) -> str | None:
        who = self._end_user
        if who is None:
            return None
        name = who.id if isinstance(who, Party) else who.name
        tag_text = f" ({', '.join(tags)})" if tags else ""
        if isinstance(who, Party) and self._directly_listed(list_id, who.id, tags):
            return f"end user {name} is on {list_id}{tag_text}"
        if min_share is not None:
            seen = frozenset({who.id}) if isinstance(who, Party) else frozenset()
            share = self._listed_share(list_id, who, tags, min_share, seen)
            if share >= min_share:
                return (
                    f"end user {name} is {share:g}% owned by parties on {list_id}{tag_text}"
                    f" (>= {min_share:g}%)"
                )
        return None
