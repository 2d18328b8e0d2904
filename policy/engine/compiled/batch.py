"""A batch of transactions as columns: the compiled evaluator's request shape.

Building a batch is the only per-transaction Python work of bulk evaluation: each field is
interned once per distinct value (a country, a kind, a tuple of flags...), numbers go into
float arrays (NaN where a parameter is not given), dates into day ordinals. Everything the
compiled tables do afterwards is array work over these columns.

A row is the normalised content of one valid transaction. :func:`row_of` makes it from a
:class:`~policy.model.transactions.Transaction`; the fast JSON reader of ``policy screen``
makes the same tuple straight from parsed JSON (and is tested to agree).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from policy.model import vocabulary as v
from policy.model.transactions import EndUser, Transaction

#: (date ordinal, exporter, destination, channel, end_user, end_use, persons, kind, params,
#: flags, classification, origin, content, made_with)
Row = tuple[
    int,
    str,
    str,
    str,
    "str | EndUser | None",
    tuple[str, ...],
    tuple[str, ...],
    str,
    Mapping[str, float],
    tuple[str, ...],
    Mapping[str, str],
    "str | None",
    Mapping[str, float],
    tuple[str, ...],
]

CATEGORICAL = (
    "exporter",
    "destination",
    "channel",
    "end_user",
    "end_use",
    "persons",
    "kind",
    "flags",
    "origin",
    "made_with",
)
_POS = {"exporter": 1, "destination": 2, "channel": 3, "end_user": 4, "end_use": 5}
_POS.update({"persons": 6, "kind": 7, "flags": 9, "origin": 11, "made_with": 13})


def row_of(tx: Transaction, on: int | None = None) -> Row:
    """The row of a validated transaction (``on``: a day ordinal that replaces its date)."""
    item = tx.item
    return (
        tx.date.toordinal() if on is None else on,
        tx.exporter,
        tx.destination,
        tx.channel,
        tx.end_user,
        tx.end_use,
        tx.persons,
        item.kind,
        item.params,
        item.flags,
        item.classification,
        item.origin,
        item.content,
        item.made_with,
    )


class Column:
    """Interned values: ``codes[i]`` indexes ``values`` for row ``i``."""

    __slots__ = ("codes", "values")

    def __init__(self, codes: npt.NDArray[np.int32], values: list[Any]) -> None:
        self.codes = codes
        self.values = values


class Batch:
    """Transactions as columns (see the module docstring). ``txs[i]`` keeps the
    :class:`Transaction` a row came from when there is one (the engine hands rows whose end
    user it cannot vouch for back to the reference :func:`~policy.engine.decide.decide`)."""

    def __init__(self, rows: list[Row], txs: list[Transaction | None] | None = None) -> None:
        n = len(rows)
        self.n = n
        self.rows = rows
        self.txs: list[Transaction | None] = txs if txs is not None else [None] * n
        self.date = np.fromiter((r[0] for r in rows), dtype=np.int64, count=n)
        self.columns: dict[str, Column] = {
            name: _intern([r[pos] for r in rows]) for name, pos in _POS.items()
        }
        derived = [p for p in v.parameters().values() if p.derive is not None]
        least = min((len(p.derived_from) for p in derived), default=0)
        self.params: dict[str, npt.NDArray[np.float64]] = _numbers(
            [_with_derived(r[8], derived, least) for r in rows], math.nan
        )
        self.content: dict[str, npt.NDArray[np.float64]] = _numbers([r[12] for r in rows], 0.0)
        self.classification: dict[str, Column] = {}
        names: set[str] = set()
        for r in rows:
            if r[10]:
                names.update(r[10])
        for j in sorted(names):
            self.classification[j] = _intern([r[10].get(j) for r in rows])

    def __len__(self) -> int:
        return self.n

    def param(self, name: str) -> npt.NDArray[np.float64]:
        got = self.params.get(name)
        return got if got is not None else np.full(self.n, math.nan)

    def content_of(self, jurisdiction: str) -> npt.NDArray[np.float64]:
        got = self.content.get(jurisdiction)
        return got if got is not None else np.zeros(self.n)

    def classified(self, jurisdiction: str) -> Column:
        got = self.classification.get(jurisdiction)
        return got if got is not None else Column(np.zeros(self.n, dtype=np.int32), [None])

    @classmethod
    def of(cls, transactions: Iterable[Transaction], on: int | None = None) -> Batch:
        txs = list(transactions)
        return cls([row_of(t, on) for t in txs], list(txs))


def _intern(values: list[Any]) -> Column:
    table: dict[Any, int] = {}
    setdefault = table.setdefault
    codes = np.fromiter(
        (setdefault(x, len(table)) for x in values), dtype=np.int32, count=len(values)
    )
    return Column(codes, list(table))


def _numbers(dicts: list[Mapping[str, float]], missing: float) -> dict[str, npt.NDArray[Any]]:
    names: set[str] = set()
    for d in dicts:
        names.update(d)
    out = {}
    n = len(dicts)
    for name in sorted(names):
        out[name] = np.fromiter((d.get(name, missing) for d in dicts), dtype=np.float64, count=n)
    return out


def _with_derived(
    params: Mapping[str, float], derived: list[v.Parameter], least: int
) -> Mapping[str, float]:
    """``params`` with the derived parameters the reference scope would add
    (:func:`policy.model.vocabulary.with_derived`), computed only where one applies."""
    if len(params) < least or not derived:
        return params
    for p in derived:
        if p.name not in params and all(d in params for d in p.derived_from):
            return v.with_derived(params)
    return params
