"""Compact builders for the rules' examples: one case, one table row.

Examples are the law's unit tests, and the shipped library carries nearly two hundred of
them. Written as ``Example(title=..., transaction=tx(...), outcome=...)`` each took ten to
fifteen lines, most of them the transaction's JSON shape repeated, and the facts that
matter (the date, the route, the product, the expected outcome) were hard to see. Here a
case is a row::

    case("Nvidia A100 exported from the US to China",
         tx("2022-11-01", "US", "CN", A100), LR, source="Nvidia 8-K of 31 Aug 2022"),

which builds exactly the :class:`~policy.model.rules.Example` the long form built. The
tables are in :mod:`policy.regimes.cases`, written between ``# fmt: off`` and
``# fmt: on``: the formatter would put each argument of a row on a line of its own, and a
table is read across. Products are in :mod:`policy.regimes.products`.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from policy.model.decisions import Outcome
from policy.model.rules import Example, Location, relative_path
from policy.model.transactions import Transaction

#: An error in a case is the caller's: tracebacks and located errors skip this module's
#: frames and point at the row of the table (see :mod:`policy.regimes._rules`).
__tracebackhide__ = True

#: The outcomes, by the abbreviations the regulations use (EAR "NLR": no licence required).
LR = Outcome.LICENSE_REQUIRED
NLR = Outcome.NO_LICENSE_REQUIRED
NA = Outcome.NOT_APPLICABLE
PROHIBITED = Outcome.PROHIBITED

#: The flags of a part designed or marketed for datacenters.
DC = ("datacenter",)
#: An item fabricated in Taiwan with US technology (the foreign-direct-product cases):
#: ``tx(..., A100, **MADE_IN_TW)``.
MADE_IN_TW: Mapping[str, Any] = MappingProxyType({"origin": "TW", "made_with": ("US",)})


@dataclass(frozen=True)
class Product:
    """A product as the examples name it: the item's name and kind, and the item fields
    (``producer``, ``params``, ``flags``, ``origin``, ``content``, ``made_with``,
    ``classification``) that describe it in every case that ships it."""

    name: str
    kind: str
    fields: Mapping[str, Any] = field(default_factory=dict)

    def at(self, **params: float) -> Product:
        """The same product with these parameters instead of its own (a boundary case:
        ``CHIP.at(tpp=4800)``)."""
        return Product(self.name, self.kind, {**self.fields, "params": params})

    def by(self, producer: str | None) -> Product:
        """The same product made by ``producer`` instead (None: the producer not given):
        the cases of a letter addressed to one company."""
        fields = {k: x for k, x in self.fields.items() if k != "producer"}
        if producer is not None:
            fields["producer"] = producer
        return Product(self.name, self.kind, fields)

    def bare(self) -> Product:
        """The same product given by its name and kind alone: the cases where a figure the
        rule reads is missing."""
        keep = {k: x for k, x in self.fields.items() if k == "producer"}
        return Product(self.name, self.kind, keep)


def product(name: str, kind: str, **fields: Any) -> Product:
    """A :class:`Product` named ``name`` of ``kind``; ``fields`` go into the item as written."""
    return Product(name, kind, fields)


def firm(
    name: str,
    country: str,
    *,
    headquarters: str | None = None,
    owners: Mapping[str, float] | None = None,
) -> dict[str, Any]:
    """An end user the party lists do not name: ``owners`` maps a listed party's id to its
    share in per cent (``owners={"SMIC": 60}``)."""
    out: dict[str, Any] = {"name": name, "country": country}
    if headquarters is not None:
        out["headquarters"] = headquarters
    if owners is not None:
        out["owners"] = [{"party": p, "share": s} for p, s in owners.items()]
    return out


def _names(value: str | tuple[str, ...] | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def tx(
    day: str,
    exporter: str,
    destination: str,
    what: Product,
    *,
    end_user: str | dict[str, Any] | None = None,
    end_use: str | tuple[str, ...] | list[str] = (),
    persons: str | tuple[str, ...] | list[str] = (),
    channel: str = "export",
    consignee: dict[str, Any] | None = None,
    exporter_party: dict[str, Any] | None = None,
    **fields: Any,
) -> Transaction:
    """A transaction on ``day`` from ``exporter`` to ``destination`` of the product ``what``.

    ``end_use`` and ``persons`` take one name or several; ``consignee`` (a :func:`firm`)
    and ``exporter_party`` (``{"name": ..., "headquarters": ...}``) name the other parties.
    The remaining keywords (``name``, ``producer``, ``params``, ``flags``, ``origin``,
    ``content``, ``made_with``, ``classification``) are
    added to the item, replacing the product's own where it has them
    (``tx(..., H100, name="H100 (cloud)")``).
    """
    data: dict[str, Any] = {
        "date": day,
        "exporter": exporter,
        "destination": destination,
        "channel": channel,
        "end_user": end_user,
        "end_use": _names(end_use),
        "persons": _names(persons),
        "item": {"kind": what.kind, "name": what.name, **what.fields, **fields},
    }
    if consignee is not None:
        data["consignee"] = consignee
    if exporter_party is not None:
        data["exporter_party"] = exporter_party
    return Transaction.model_validate(data)


def case(
    title: str,
    transaction: Transaction,
    outcome: Outcome,
    *,
    fires: bool | None = None,
    source: str | None = None,
    note: str | None = None,
) -> Example:
    """One example: ``transaction`` gets ``outcome`` from the regime that carries it.
    ``fires`` says whether the rule applies when that is not what ``outcome`` implies (a
    licence exception lifts it, another rule decides); see :class:`Example`. The example
    records the line of this call, so that a failing example (PL002) is reported at its row
    of the table."""
    caller = sys._getframe(1)
    return Example(
        title=title,
        transaction=transaction,
        outcome=outcome,
        fires=fires,
        source=source,
        note=note,
        defined_at=Location(file=relative_path(caller.f_code.co_filename), line=caller.f_lineno),
    )
