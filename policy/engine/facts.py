"""Facts about parties and country groups that every evaluator derives the same way.

The reference scope (:mod:`policy.engine.scope`), the compiled tables
(:mod:`policy.engine.compiled`) and the analysis's partition all ask whether a country is
in a group on a day and which countries an end user's headquarters chain names; each asks
through these functions, so that they cannot answer differently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from policy.errors import UnknownNameError
from policy.model.parties import CountryGroup, Party
from policy.model.transactions import EndUser

#: A dated membership as day ordinals: in force from ``start`` (inclusive; 0 for "always")
#: to ``end`` (exclusive; None for "open").
Span = tuple[int, int | None]

#: One group's members: country -> the spans in which it is a member.
GroupMembers = Mapping[str, Sequence[Span]]

#: How many levels of parents above 50 % the headquarters chain follows (ownership data may
#: hold a cycle; the chain stops there rather than loop).
MAX_OWNERSHIP_DEPTH = 20


def group_members(group: CountryGroup) -> dict[str, list[Span]]:
    """``group``'s memberships as a lookup table for :func:`member_of`."""
    table: dict[str, list[Span]] = {}
    for m in group.members:
        start = m.start.toordinal() if m.start else 0
        end = m.end.toordinal() if m.end else None
        table.setdefault(m.country, []).append((start, end))
    return table


def member_of(members: GroupMembers, country: str, day: int) -> bool:
    """Whether ``country`` is a member on ``day`` (a day ordinal) of the group whose table
    (:func:`group_members`) is ``members``. Memberships are half-open: a member from
    ``start`` up to the day before ``end``."""
    return any(s <= day and (e is None or day < e) for s, e in members.get(country, ()))


def headquarters_chain(
    who: Party | EndUser,
    parties: Mapping[str, Party],
    destination: str | None,
    *,
    on_unknown: Literal["raise", "skip"] = "raise",
    where: str = "end_user.owners",
) -> tuple[str, ...]:
    """The countries ``end_user.headquarters`` names: the end user's own headquarters, then
    those of every party owning more than 50 % of it, and of theirs, up to
    :data:`MAX_OWNERSHIP_DEPTH` levels; in that order, each country once.

    A party's headquarters defaults to its country. An end user that states neither is
    headquartered in the transaction's ``destination``; pass ``destination=None`` to leave
    that first element out (the partition, which classes end users apart from
    destinations, adds it itself when ``who.headquarters`` and ``who.country`` are both
    None).

    Owners are looked up in ``parties``. An owner above 50 % that ``parties`` does not
    know raises :class:`~policy.errors.UnknownNameError` (field ``end_user.owners``), as the
    engine must; with ``on_unknown="skip"`` it is left out, as the partition does when it
    builds a class for an end user it need not vouch for.
    """
    chain: list[str] = []

    def visit(party: Party | EndUser, depth: int, fallback: str | None) -> None:
        own = party.headquarters or party.country or fallback
        if own is not None:
            chain.append(own)
        if depth >= MAX_OWNERSHIP_DEPTH:
            return
        for o in party.owners:
            if o.share <= 50:
                continue
            parent = parties.get(o.party)
            if parent is None:
                if on_unknown == "skip":
                    continue
                raise UnknownNameError("owner party", o.party, parties, where=where)
            visit(parent, depth + 1, destination)

    visit(who, 0, destination)
    return tuple(dict.fromkeys(chain))
