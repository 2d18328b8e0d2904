"""Probes: stand-in transactions that make one axis class concrete, so that the model's own
``Condition.evaluate`` can fill a table row.

A literal reads one axis only (:mod:`policy.engine.compiled.dnf`), so a probe sets that
axis to a representative of the class and leaves every other field at a harmless default.
A probe answers the :class:`~policy.model.conditions.Scope` questions through the
reference :class:`~policy.engine.scope.TransactionScope`, so group and list membership
are the engine's own answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from policy.engine.compiled.dnf import Axis, AxisLiteral
from policy.engine.scope import RegimeIndex, TransactionScope
from policy.errors import PolicyError
from policy.model.transactions import EndUser

#: The date of a probe whose axis does not depend on the date.
NEUTRAL_DAY = dt.date(2000, 1, 1)


class ProbeItem:
    """The item of a :class:`ProbeTx` (every field at its default)."""

    def __init__(self) -> None:
        self.kind = "other"
        self.params: dict[str, float] = {}
        self.flags: tuple[str, ...] = ()
        self.classification: dict[str, str] = {}
        self.origin: str | None = None
        self.content: dict[str, float] = {}
        self.made_with: tuple[str, ...] = ()
        self.producer: str | None = None


class ProbeTx:
    """The parts of a transaction one literal reads; the rest stays at harmless defaults
    (a literal reads only its own axis)."""

    def __init__(self, on: dt.date) -> None:
        self.date = on
        self.exporter = "US"
        self.destination = "US"
        self.channel = "export"
        self.end_user: Any = None
        self.end_use: tuple[str, ...] = ()
        self.persons: tuple[str, ...] = ()
        self.consignee: Any = None
        self.exporter_party: Any = None
        self.item = ProbeItem()


class Probe:
    """A :class:`~policy.model.conditions.Scope` for one class of one axis."""

    def __init__(
        self,
        index: RegimeIndex,
        tx: ProbeTx,
        params: dict[str, float] | None = None,
        countries: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.tx = tx
        self.params = params or {}
        self._countries = countries or {}
        self._scope = TransactionScope(index, tx)  # type: ignore[arg-type]

    def countries_of(self, field: str) -> tuple[str, ...]:
        return self._countries.get(field, ())

    def in_group(self, group: str, country: str) -> bool:
        return self._scope.in_group(group, country)

    def listed(self, list_id: str, tags: tuple[str, ...], min_share: float | None) -> str | None:
        return self._scope.listed(list_id, tags, min_share)


def literal_holds(lit: AxisLiteral, probe: Any) -> bool:
    """Whether the literal holds on the probe's class."""
    assert lit.cond is not None
    return bool(lit.cond.evaluate(probe)) == lit.positive


def value_holds(index: RegimeIndex, axis: Axis, lit: AxisLiteral, x: float | None) -> bool:
    """Whether the literal holds where its numeric axis (a parameter or a content share)
    has the value ``x`` (None: not given)."""
    tx = ProbeTx(NEUTRAL_DAY)
    if axis[0] == "param":
        return literal_holds(lit, Probe(index, tx, params={} if x is None else {axis[1]: x}))
    tx.item.content = {axis[1]: x} if x is not None else {}
    return literal_holds(lit, Probe(index, tx))


def listing_key(who: Any) -> Any:
    """What decides whether an end user counts as listed: a party id, or for an end user the
    lists do not name, only its owners (its name and countries play no part), so that
    anonymous end users share table classes instead of each making one."""
    if who is None or isinstance(who, str):
        return who
    return ("owners", who.owners)


def end_user_of(key: Any) -> Any:
    """A representative end user of a :func:`listing_key`."""
    if isinstance(key, tuple):
        return EndUser(name="end user", owners=key[1])
    return key


def probe_maker(
    axis: Axis, index: RegimeIndex, epoch_day: Callable[[str, int], dt.date]
) -> Callable[[Any], Probe]:
    """The function from a key of a categorical ``axis`` to the probe of its class.

    A country axis's key is ``(epoch, countries)`` and a listing axis's ``(epoch,
    listing key)``: membership and listings change with the date, so the probe is dated
    on the first day of the epoch (``epoch_day``). Any other key is the axis's value.
    """
    name = axis[0]
    if name == "country":
        field = axis[1]

        def country(key: Any) -> Probe:
            epoch, values = key
            if values is None:
                raise PolicyError("the end user names an unknown party")
            return Probe(index, ProbeTx(epoch_day("country", epoch)), countries={field: values})

        return country
    if name == "listed":

        def listed(key: Any) -> Probe:
            epoch, who = key
            tx = ProbeTx(epoch_day("listed", epoch))
            tx.end_user = end_user_of(who)
            return Probe(index, tx)

        return listed
    setters: dict[str, Callable[[ProbeTx, Any], None]] = {
        "kind": lambda tx, k: setattr(tx.item, "kind", k),
        "flags": lambda tx, k: setattr(tx.item, "flags", k),
        "made_with": lambda tx, k: setattr(tx.item, "made_with", k),
        "producer": lambda tx, k: setattr(tx.item, "producer", k),
        "end_use": lambda tx, k: setattr(tx, "end_use", k),
        "channel": lambda tx, k: setattr(tx, "channel", k),
        "class": lambda tx, k: setattr(
            tx.item, "classification", {} if k is None else {axis[1]: k}
        ),
    }
    setter = setters[name]

    def simple(key: Any) -> Probe:
        tx = ProbeTx(NEUTRAL_DAY)
        setter(tx, key)
        return Probe(index, tx)

    return simple
