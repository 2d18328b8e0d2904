"""Transactions in words: the worked examples of the regime pages, the witnesses of the
findings page and the representative items of the matrix all read the same way."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from policy.model import vocabulary as v
from policy.model.transactions import EndUser, Transaction
from policy.model.world import World
from policy.render.views.words import date_words, or_words


@dataclass(frozen=True)
class TransactionView:
    """A transaction in words: ``date``, ``route`` ("from the United States to China"),
    ``item`` ("A100: AI accelerators and GPUs with total processing performance 4,992"), and
    any further facts (end user, end use, persons, origin, content)."""

    date: str
    route: str
    item: str
    facts: tuple[str, ...]

    @property
    def summary(self) -> str:
        extra = "; ".join(self.facts)
        return f"{self.item}, {self.route}, on {self.date}" + (f"; {extra}" if extra else "")


def params_words(params: Mapping[str, float]) -> str:
    """Parameters with their phrases and units ("total processing performance 4,992")."""
    known = v.parameters()
    parts = []
    # In the order given: authors list the parameter that matters first (TPP before die area).
    for name in params:
        p = known.get(name)
        parts.append(f"{p.phrase} {p.with_unit(params[name])}" if p else f"{name} {params[name]:g}")
    return ", ".join(parts)


def _end_user_words(end_user: str | EndUser, world: World) -> str:
    if isinstance(end_user, str):
        party = world.parties().get(end_user)
        return f"end user {party.name} ({end_user})" if party else f"end user {end_user}"
    text = f"end user {end_user.name}"
    where = [
        f"located in {v.country_name(end_user.country)}" if end_user.country else "",
        f"headquartered in {v.country_name(end_user.headquarters)}"
        if end_user.headquarters
        else "",
    ]
    owners = ", ".join(f"{o.share:g}% owned by {o.party}" for o in end_user.owners)
    details = ", ".join(x for x in (*where, owners) if x)
    return f"{text} ({details})" if details else text


def transaction_view(tx: Transaction, world: World) -> TransactionView:
    kinds = v.kinds()
    kind = kinds[tx.item.kind].description if tx.item.kind in kinds else tx.item.kind
    item = f"{tx.item.name} ({kind})" if tx.item.name else kind[:1].upper() + kind[1:]
    details = []
    if tx.item.params:
        details.append(params_words(tx.item.params))
    flags = v.flags()
    details.extend(flags.get(f, f) for f in tx.item.flags)
    if details:
        item += ": " + "; ".join(details)
    route = (
        f"from {v.country_name(tx.exporter)} to {v.country_name(tx.destination)}"
        if tx.exporter != tx.destination
        else f"within {v.country_name(tx.exporter)}"
    )
    if tx.channel != "export":
        route += f" ({v.CHANNELS[tx.channel]})"
    facts: list[str] = []
    if tx.item.producer:
        facts.append(f"made or designed by {tx.item.producer}")
    if tx.end_user is not None:
        facts.append(_end_user_words(tx.end_user, world))
    for role, who in (("consignee", tx.consignee), ("exported by", tx.exporter_party)):
        if who is not None:
            hq = who.headquarters or getattr(who, "country", None)
            where = f" (headquartered in {v.country_name(hq)})" if hq else ""
            facts.append(f"{role}: {who.name}{where}")
    uses = v.end_uses()
    if tx.end_use:
        facts.append("end use: " + or_words([uses.get(u, u) for u in tx.end_use]))
    if tx.persons:
        facts.append(
            "carried out by nationals of " + or_words([v.country_name(p) for p in tx.persons])
        )
    if tx.item.origin and tx.item.origin != tx.exporter:
        facts.append(f"made in {v.country_name(tx.item.origin)}")
    if tx.item.made_with:
        facts.append(
            "made with "
            + or_words([v.country_name(j) for j in tx.item.made_with])
            + " technology or tools"
        )
    for j, share in sorted(tx.item.content.items()):
        facts.append(f"{share:g}% {j}-controlled content")
    for j, code in sorted(tx.item.classification.items()):
        facts.append(f"classified {code} under {j} law")
    return TransactionView(date_words(tx.date), route, item, tuple(facts))
