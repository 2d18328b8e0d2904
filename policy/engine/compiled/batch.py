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

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain, compress
from operator import attrgetter, methodcaller
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from policy.model import vocabulary as v
from policy.model.transactions import Consignee, EndUser, ExporterParty, Transaction

#: (date ordinal, exporter, destination, channel, end_user, end_use, persons, kind, params,
#: flags, classification, origin, content, made_with, producer, exporter_party, consignee)
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
    "str | None",
    "ExporterParty | None",
    "Consignee | None",
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
    "producer",
    "exporter_party",
    "consignee",
)
_POS = {"exporter": 1, "destination": 2, "channel": 3, "end_user": 4, "end_use": 5}
_POS.update({"persons": 6, "kind": 7, "flags": 9, "origin": 11, "made_with": 13})
_POS.update({"producer": 14, "exporter_party": 15, "consignee": 16})
#: The columns a reader may leave out: every row's value is then None.
OPTIONAL = ("producer", "exporter_party", "consignee")


#: A transaction's fields in row order up to the item, and its item's (see :data:`Row`).
_TOP = attrgetter(
    "date",
    "exporter",
    "destination",
    "channel",
    "end_user",
    "end_use",
    "persons",
    "item",
    "exporter_party",
    "consignee",
)
_ITEM = attrgetter(
    "kind", "params", "flags", "classification", "origin", "content", "made_with", "producer"
)
_ORDINAL = dt.date.toordinal


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
        item.producer,
        tx.exporter_party,
        tx.consignee,
    )


class Column:
    """Interned values: ``codes[i]`` indexes ``values`` for row ``i``."""

    __slots__ = ("codes", "values")

    def __init__(self, codes: npt.NDArray[np.int32], values: list[Any]) -> None:
        self.codes = codes
        self.values = values


class Parts(NamedTuple):
    """A batch's columns: day ordinals, the interned categorical columns, the parameters (NaN
    where not given) and content shares (0 where not given) by name, and the
    classifications by jurisdiction."""

    date: npt.NDArray[np.int64]
    columns: dict[str, Column]
    params: dict[str, npt.NDArray[np.float64]]
    content: dict[str, npt.NDArray[np.float64]]
    classification: dict[str, Column]


class Batch:
    """Transactions as columns (see the module docstring). ``txs[i]`` keeps the
    :class:`Transaction` a row came from when there is one (the engine hands rows whose end
    user it cannot vouch for back to the reference :func:`~policy.engine.decide.decide`)."""

    def __init__(
        self,
        rows: list[Row] | None = None,
        txs: list[Transaction | None] | None = None,
        *,
        columns: list[Sequence[Any]] | None = None,
    ) -> None:
        """From rows, or from ``columns`` (the seventeen row fields as columns)."""
        if columns is None:
            rows = rows or []
            columns = list(zip(*rows, strict=True)) if rows else [()] * 17
        cols = columns
        params, _ = numbers(cols[8], math.nan)
        parts = Parts(
            np.array(cols[0], dtype=np.int64),
            {name: interned(cols[pos]) for name, pos in _POS.items()},
            with_derived(params, cols[8]),
            numbers(cols[12], 0.0)[0],
            classifications(cols[10]),
        )
        self._set(parts, txs)

    def _set(self, parts: Parts, txs: list[Transaction | None] | None) -> None:
        self.date, self.columns, self.params, self.content, self.classification = parts
        self.n = n = len(parts.date)
        for name in OPTIONAL:  # a reader that does not read these fields: none given
            if name not in self.columns:
                self.columns[name] = Column(np.zeros(n, dtype=np.int32), [None])
        self.txs: list[Transaction | None] = txs if txs is not None else [None] * n
        #: per field path, which rows state the field (what the columnar reader of
        #: ``policy screen`` saw; None when the batch was not read from records): the open
        #: facts of :mod:`policy.screening.open` look only at rows that leave one out
        self.stated: dict[str, npt.NDArray[np.bool_]] | None = None

    @classmethod
    def of_columns(cls, parts: Parts) -> Batch:
        """A batch from columns already built (by the columnar reader of ``policy screen``):
        ``parts.columns`` holds every name of :data:`CATEGORICAL`, each array has one entry
        per row, ``parts.params`` includes the derived parameters, and ``params`` and
        ``content`` hold only the names some row gives."""
        self = cls.__new__(cls)
        self._set(parts, None)
        return self

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
        """A batch of validated transactions (``on``: a day ordinal that replaces every
        date). Their fields are gathered as columns by ``attrgetter`` and ``zip``, and the
        dates converted by ``map``, all in C: no Python step per transaction."""
        txs: list[Transaction | None] = list(transactions)
        if not txs:
            return cls([], [])
        top = list(zip(*map(_TOP, txs), strict=True))
        item = list(zip(*map(_ITEM, top[7]), strict=True))
        n = len(txs)
        days = [on] * n if on is not None else list(map(_ORDINAL, top[0]))
        columns: list[Sequence[Any]] = [days, *top[1:7], *item, top[8], top[9]]
        return cls(columns=columns, txs=txs)


def interned(values: Sequence[Any]) -> Column:
    """The values as a :class:`Column`: each distinct value once, in order of first
    appearance, and a code per row (dict.fromkeys and map run in C)."""
    distinct = list(dict.fromkeys(values))
    if len(distinct) == 1:
        return Column(np.zeros(len(values), dtype=np.int32), distinct)
    index = {x: i for i, x in enumerate(distinct)}
    codes = np.fromiter(map(index.__getitem__, values), dtype=np.int32, count=len(values))
    return Column(codes, distinct)


def numbers(dicts: Sequence[Any], missing: float) -> tuple[dict[str, npt.NDArray[np.float64]], int]:
    """One float array per name the rows give (``missing`` where a row lacks it), and how
    many items they give. A row without numbers may be any false value (``{}``, or msgspec's
    UNSET for an absent field). The rows' items are chained, their names interned and their
    values scattered, in C: no step per item."""
    n = len(dicts)
    has = list(map(bool, dicts))
    given = list(compress(dicts, has))
    if not given:
        return {}, 0
    sizes = np.fromiter(map(len, given), dtype=np.intp, count=len(given))
    rows = np.repeat(np.flatnonzero(np.array(has, dtype=np.bool_)), sizes)
    names = list(chain.from_iterable(given))
    values = list(chain.from_iterable(map(methodcaller("values"), given)))
    numbers = np.array(values, dtype=np.float64)
    index = {k: i for i, k in enumerate(dict.fromkeys(names))}
    codes = np.fromiter(map(index.__getitem__, names), dtype=np.intp, count=len(names))
    out = {}
    for name in sorted(index):
        at = codes == index[name]
        arr = np.full(n, missing, dtype=np.float64)
        arr[rows[at]] = numbers[at]
        out[name] = arr
    return out, len(names)


def classifications(dicts: Sequence[Mapping[str, str]]) -> dict[str, Column]:
    """One column per jurisdiction some row classifies under (None where a row does not)."""
    names: set[str] = set().union(*dicts)
    return {j: interned(tuple(d.get(j) for d in dicts)) for j in sorted(names)}


def with_derived(
    given: dict[str, npt.NDArray[np.float64]], rows: Sequence[Mapping[str, float]]
) -> dict[str, npt.NDArray[np.float64]]:
    """The parameter columns ``given`` (NaN where a row lacks one) plus the derived
    parameters, computed as the reference scope computes them
    (:func:`policy.model.vocabulary.with_derived` on the row's own parameters ``rows[i]``),
    on the rows where one applies: found with array tests, so that only those rows take a
    Python step."""
    n = len(rows)
    need = np.zeros(n, dtype=np.bool_)
    for p in v.parameters().values():
        if p.derive is not None and all(d in given for d in p.derived_from):
            has = np.ones(n, dtype=np.bool_)
            for d in p.derived_from:
                has &= ~np.isnan(given[d])
            if p.name in given:
                has &= np.isnan(given[p.name])
            need |= has
    if not need.any():
        return given
    out = dict(given)
    for i in np.flatnonzero(need).tolist():
        raw = rows[i]
        full = v.with_derived(raw)
        for k in full.keys() - raw.keys():
            if k not in out:
                out[k] = np.full(n, math.nan)
            out[k][i] = full[k]
    return {k: out[k] for k in sorted(out)}
