"""JSON Lines records straight into a columnar batch: the fast path of ``policy screen``.

:class:`~policy.engine.compiled.records.FastReader` checks one parsed record at a time, and
at some 3 us a record that check cost more than deciding it. Here a whole chunk of lines is
decoded by ``msgspec`` into structs typed with the vocabulary: the types, the known names
(countries, kinds, parameters...), the ranges and the unknown fields are checked in C as
the JSON is read. What is left for Python is done once per column, not once per record:
the fields are gathered as columns (``astuple`` and ``zip``, in C), each column is interned,
and what needs the world (parties, their names and aliases, end-user objects) or a normal
form (sorted, duplicate-free lists) is worked out on its distinct values only.

A line the decoder refuses, or a record with anything unusual, is left out of the batch;
the caller reads it with :class:`FastReader` and, failing that, with the strict reader,
which names what is wrong. So this path need not be complete, only never wrong: what it
takes, the strict reader accepts, with the same row (``tests/perf/test_columns.py``).

Duplicate keys: the decoder keeps the last of two equal keys where the strict reader
refuses the record. As in :mod:`~policy.engine.compiled.records`, ``:`` bytes are counted
against keys: every key has its ``:``, so no decoded record has fewer ``:`` bytes than
keys, and when a chunk's totals agree (lines the decoder refused left out of both) no record
lost a key. Only when they do not are records counted one by one.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from itertools import chain, compress, repeat
from types import GenericAlias
from typing import Annotated, Any, Literal

import msgspec
import numpy as np
import numpy.typing as npt
from msgspec.structs import astuple

from policy.engine.compiled.batch import Batch, Column, Parts, classifications, interned, numbers
from policy.engine.compiled.records import EXACT_LIMIT, FastReader
from policy.model import vocabulary as v
from policy.model.transactions import LIMITS

Bools = npt.NDArray[np.bool_]
Floats = npt.NDArray[np.float64]
_UNSET: Any = msgspec.UNSET
_UnsetType: Any = msgspec.UnsetType
#: What a column check gives for a value the fast path does not take.
_BAD: Any = object()
#: Fields every decoded record has: date, exporter, destination, item and the item's kind.
_REQUIRED = 5
#: Field positions in ``astuple`` of the two structs (the order of :func:`_decoder`).
_DATE, _EXPORTER, _DESTINATION, _ITEM, _ID, _CHANNEL, _END_USER, _END_USE, _PERSONS = range(9)
_KIND, _NAME, _PARAMS, _FLAGS, _CLASSIFICATION, _ORIGIN, _CONTENT, _MADE_WITH = range(8)


class ColumnReader:
    """Columnar batches from JSON Lines (see the module docstring); ``reader`` supplies the
    vocabulary, the parties the fast path may take and ``--as-of``.

    ``end_user``, when given, resolves an end user the way the strict reader does: a party
    name or alias to the party's id, an end-user object (passed as a dict) to the model's
    :class:`~policy.model.transactions.EndUser` or a party id; it returns None for one the
    fast path must leave to the strict reader (unknown, invalid, or beyond the tables).
    Without it only ids of ``reader.parties`` are taken. Each distinct end user is
    resolved once."""

    def __init__(self, reader: FastReader, end_user: Callable[[Any], Any] | None = None) -> None:
        self.reader = reader
        self._resolve = end_user
        self._end_users: dict[Any, Any] = {}
        # no vocabulary name holds a ':' (else a ':' in a string could not be told from a
        # key's and only the strict count applies)
        r = reader
        vocabulary = (r.countries, r.jurisdictions, r.kinds, r.params, r.flags, r.end_uses)
        self._plain_names = not any(":" in name for name in chain(*vocabulary, r.channels))
        self._decode = _decoder(reader).decode
        country, kind = min(reader.countries).encode(), min(reader.kinds).encode()
        self._stand_in = self._decode(_STAND_IN % (country, country, kind))
        self._derived = [
            (p.name, p.derived_from) for p in v.parameters().values() if p.derive is not None
        ]

    def read(
        self, raws: Sequence[bytes], colons: int | None = None
    ) -> tuple[Batch, list[Any], Bools]:
        """``(batch, ids, taken)``: ``taken[i]`` says whether line ``i`` is in the batch,
        which holds the taken records in order (``ids`` their ids). ``colons``: the number
        of ``:`` bytes in ``raws`` when the caller has counted them in one go."""
        n = len(raws)
        bad = np.zeros(n, dtype=np.bool_)
        failed: list[int] = []
        try:
            records = list(map(self._decode, raws))
        except (msgspec.MsgspecError, ValueError):
            records = [self._decoded(raw, i, failed) for i, raw in enumerate(raws)]
            bad[failed] = True
        if not n:
            return Batch([]), [], bad
        top = list(zip(*map(astuple, records), strict=True))
        item = list(zip(*map(astuple, top[_ITEM]), strict=True))
        r = self.reader
        users = interned(top[_END_USER])
        columns = {
            "exporter": _column(top[_EXPORTER]),
            "destination": _column(top[_DESTINATION]),
            "channel": _column(top[_CHANNEL], lambda x: "export" if x is _UNSET else x),
            "end_user": _normalised(users, self._end_user, bad),
            "end_use": _names(top[_END_USE]),
            "persons": _names(top[_PERSONS]),
            "kind": _column(item[_KIND]),
            "flags": _names(item[_FLAGS]),
            "origin": _column(item[_ORIGIN], lambda x: None if x is _UNSET else x),
            "made_with": _names(item[_MADE_WITH]),
        }
        if r.on is not None:  # --as-of: each record still needs a valid date (decoded)
            day = np.full(n, r.on, dtype=np.int64)
        else:
            day = np.fromiter(map(dt.date.toordinal, top[_DATE]), dtype=np.int64, count=n)
        params, given = numbers(item[_PARAMS], math.nan)
        content, shares = numbers(item[_CONTENT], 0.0)
        classification, classified = _classification(item[_CLASSIFICATION])
        keys = _REQUIRED * n + given + shares + classified
        optional = [top[k] for k in (_ID, _CHANNEL, _END_USER, _END_USE, _PERSONS)]
        optional += [item[k] for k in (_NAME, _PARAMS, _FLAGS, _CLASSIFICATION, _ORIGIN)]
        optional += [item[k] for k in (_CONTENT, _MADE_WITH)]
        keys += sum(n - col.count(_UNSET) for col in optional)
        inner = np.array([_object_keys(x) for x in users.values], dtype=np.int64)
        if inner.any():  # the keys inside end-user objects
            keys += int(inner[users.codes].sum())
        if colons is None:
            colons = sum(map(bytes.count, raws, repeat(b":")))
        if failed:  # the stand-ins of lines the decoder refused: neither their keys nor ':'
            keys -= _REQUIRED * len(failed)
            colons -= sum(raws[i].count(b":") for i in failed)
        if colons != keys:
            bad |= self._lost_keys(raws, top, item, optional, inner[users.codes])
        ids = list(top[_ID])
        if _UNSET in top[_ID]:
            ids = [None if x is _UNSET else x for x in ids]
        params = self._with_derived(params, item[_PARAMS], bad)
        taken = ~bad
        stated = _stated(top, item, columns, n)
        if bad.any():
            stated = {k: a[taken] for k, a in stated.items()}
            keep = taken.tolist()
            ids = list(compress(ids, keep))
            day = day[taken]
            columns = {k: Column(c.codes[taken], c.values) for k, c in columns.items()}
            classification = {
                k: Column(c.codes[taken], c.values) for k, c in classification.items()
            }
            params = {k: a[taken] for k, a in params.items()}
            content = {k: a[taken] for k, a in content.items()}
        parts = Parts(day, columns, params, content, classification)
        batch = Batch.of_columns(parts)
        batch.stated = stated
        return batch, ids, taken

    def _end_user(self, x: Any) -> Any:
        """A distinct end-user value as the row holds it, or ``_BAD``."""
        if x is _UNSET or x is None:
            return None
        if type(x) is str and x in self.reader.parties:
            return x
        if self._resolve is None:
            return _BAD
        got = self._end_users.get(x, self)  # self: not resolved yet
        if got is self:
            data = x if type(x) is str else msgspec.to_builtins(x)
            got = self._resolve(data)
            if got is None:
                got = _BAD
            if len(self._end_users) >= 100_000:
                self._end_users.clear()
            self._end_users[x] = got
        return got

    def _lost_keys(
        self,
        raws: Sequence[bytes],
        top: list[tuple[Any, ...]],
        item: list[tuple[Any, ...]],
        optional: list[tuple[Any, ...]],
        inner: npt.NDArray[np.int64],
    ) -> Bools:
        """Rows whose ``:`` bytes outnumber their keys: a key lost to a duplicate. A ``:``
        inside a string is told apart when the line has no escape (each ``:`` of the decoded
        strings is then a ``:`` byte of the line); in a line with escapes it is not, and
        the row is left to the strict reader."""
        n = len(raws)
        keys = np.full(n, _REQUIRED, dtype=np.int64) + inner
        for col in optional:
            keys += np.fromiter((x is not _UNSET for x in col), dtype=np.int64, count=n)
        for col in (item[_PARAMS], item[_CONTENT], item[_CLASSIFICATION]):
            keys += np.fromiter((0 if d is _UNSET else len(d) for d in col), np.int64, n)
        colons = np.fromiter(map(bytes.count, raws, repeat(b":")), dtype=np.int64, count=n)
        if self._plain_names:
            texts = np.zeros(n, dtype=np.int64)
            for col in (top[_ID], item[_NAME], top[_END_USER], item[_CLASSIFICATION]):
                texts += np.fromiter(map(_text_colons, col), dtype=np.int64, count=n)
            escaped = np.fromiter(map(bytes.__contains__, raws, repeat(b"\\")), np.bool_, n)
            keys += np.where(escaped, 0, texts)
        lost: Bools = colons != keys
        return lost

    def _decoded(self, raw: bytes, i: int, failed: list[int]) -> Any:
        try:
            return self._decode(raw)
        except (msgspec.MsgspecError, ValueError):
            failed.append(i)
            return self._stand_in

    def _with_derived(
        self, given: dict[str, Floats], params: tuple[Any, ...], bad: Bools
    ) -> dict[str, Floats]:
        """``given`` plus the derived parameters, computed as the reference scope computes
        them (:func:`policy.model.vocabulary.with_derived`) on the rows where one applies."""
        n = len(params)
        rows = np.zeros(n, dtype=np.bool_)
        for name, deps in self._derived:
            if all(d in given for d in deps):
                has = ~bad
                for d in deps:
                    has &= ~np.isnan(given[d])
                if name in given:
                    has &= np.isnan(given[name])
                rows |= has
        if not rows.any():
            return given
        out = dict(given)
        for i in np.flatnonzero(rows).tolist():
            raw = params[i]
            full = v.with_derived(raw)
            for k in full.keys() - raw.keys():
                if k not in out:
                    out[k] = np.full(n, math.nan)
                out[k][i] = full[k]
        return {k: out[k] for k in sorted(out)}


#: A record every vocabulary accepts, decoded in place of a line the decoder refuses.
_STAND_IN = b'{"date":"2000-01-01","exporter":"%s","destination":"%s","item":{"kind":"%s"}}'


def _decoder(r: FastReader) -> msgspec.json.Decoder[Any]:
    """A decoder of the transaction contract, typed with ``r``'s vocabulary (an end-user
    object is decoded to a frozen struct, for :meth:`ColumnReader._end_user` to judge)."""

    def one_of(names: frozenset[str]) -> Any:
        return Literal.__getitem__(tuple(sorted(names)))

    def optional(t: Any) -> Any:
        return t | _UnsetType

    def text(least: int, most: int) -> Any:
        return Annotated[str, msgspec.Meta(min_length=least, max_length=most)]

    def mapping(key: Any, value: Any) -> Any:
        return GenericAlias(dict, (key, value))

    def names(of: Any) -> Any:
        # a JSON list, decoded as a tuple, or one name alone (the model's OneOrMany)
        return GenericAlias(tuple, (of, ...)) | of

    country, jurisdiction = one_of(r.countries), one_of(r.jurisdictions)
    magnitude = Annotated[float, msgspec.Meta(ge=0, lt=EXACT_LIMIT)]
    share = Annotated[float, msgspec.Meta(ge=0, le=LIMITS.percent)]
    name = text(1, LIMITS.name_length)
    # an end-user object: frozen, so hashable and interned like any other value; the strict
    # reader judges each distinct one (ColumnReader._end_user)
    owner = msgspec.defstruct(
        "Owner",
        [("party", name), ("share", Annotated[float, msgspec.Meta(gt=0, le=LIMITS.percent)])],
        forbid_unknown_fields=True,
        frozen=True,
        gc=False,
    )
    end_user = msgspec.defstruct(
        "EndUser",
        [
            ("name", name),
            ("country", optional(country | None), _UNSET),
            ("headquarters", optional(country | None), _UNSET),
            ("owners", optional(GenericAlias(tuple, (owner, ...))), _UNSET),
        ],
        forbid_unknown_fields=True,
        frozen=True,
        gc=False,
    )
    item = msgspec.defstruct(
        "Item",
        [
            ("kind", one_of(r.kinds)),
            ("name", optional(text(0, LIMITS.name_length) | None), _UNSET),
            ("params", optional(mapping(one_of(r.params), magnitude)), _UNSET),
            ("flags", optional(names(one_of(r.flags))), _UNSET),
            (
                "classification",
                optional(mapping(jurisdiction, text(1, LIMITS.code_length))),
                _UNSET,
            ),
            ("origin", optional(country | None), _UNSET),
            ("content", optional(mapping(jurisdiction, share)), _UNSET),
            ("made_with", optional(names(jurisdiction)), _UNSET),
        ],
        forbid_unknown_fields=True,
        gc=False,
    )
    tx = msgspec.defstruct(
        "Transaction",
        [
            ("date", dt.date),  # RFC 3339 full-date: YYYY-MM-DD, as FastReader demands
            ("exporter", country),
            ("destination", country),
            ("item", item),
            ("id", optional(int | text(0, LIMITS.id_length) | None), _UNSET),
            ("channel", optional(one_of(r.channels)), _UNSET),
            ("end_user", optional(str | end_user | None), _UNSET),
            ("end_use", optional(names(one_of(r.end_uses))), _UNSET),
            ("persons", optional(names(country)), _UNSET),
        ],
        forbid_unknown_fields=True,
        gc=False,
    )
    return msgspec.json.Decoder(tx)


def _column(
    values: tuple[Any, ...],
    normal: Callable[[Any], Any] | None = None,
    bad: Bools | None = None,
    spare: Any = None,
) -> Column:
    """``values`` interned, then normalised (:func:`_normalised`) when ``normal`` is given."""
    column = interned(values)
    return column if normal is None else _normalised(column, normal, bad, spare)


def _normalised(
    column: Column,
    normal: Callable[[Any], Any],
    bad: Bools | None = None,
    spare: Any = None,
) -> Column:
    """Each distinct value put through ``normal`` once; the rows whose value it refuses
    (gives ``_BAD``) are marked in ``bad`` and get ``spare``."""
    codes = column.codes
    normals = [normal(x) for x in column.values]
    refused = [i for i, y in enumerate(normals) if y is _BAD]
    if refused:
        assert bad is not None
        bad |= np.isin(codes, refused)
        normals = [spare if y is _BAD else y for y in normals]
    # values that differ only in order or repetition (lists) share one normal value
    seen: dict[Any, int] = {}
    remap = [seen.setdefault(y, len(seen)) for y in normals]
    if len(seen) < len(normals):
        codes = np.array(remap, dtype=np.int32)[codes]
    return Column(codes, list(seen))


def _stated(
    top: list[tuple[Any, ...]], item: list[tuple[Any, ...]], columns: dict[str, Column], n: int
) -> dict[str, Bools]:
    """Which records state each optional field that is not a parameter (a parameter not
    given is NaN in its column): a field is stated when it holds a value, an empty list
    included, an empty object not (:func:`policy.engine.open_facts.stated_paths`)."""

    def given(col: tuple[Any, ...]) -> Bools:
        return np.fromiter((x is not _UNSET for x in col), dtype=np.bool_, count=n)

    def filled(col: tuple[Any, ...]) -> Bools:
        return np.fromiter((x is not _UNSET and bool(x) for x in col), dtype=np.bool_, count=n)

    def valued(name: str) -> Bools:
        c = columns[name]
        lut = np.array([x is not None for x in c.values] or [False], dtype=np.bool_)
        return lut[c.codes]

    return {
        "end_user": valued("end_user"),
        "end_use": given(top[_END_USE]),
        "persons": given(top[_PERSONS]),
        "item.flags": given(item[_FLAGS]),
        "item.made_with": given(item[_MADE_WITH]),
        "item.origin": valued("origin"),
        "item.content": filled(item[_CONTENT]),
        "item.classification": filled(item[_CLASSIFICATION]),
    }


def _names(values: tuple[Any, ...]) -> Column:
    """A list field (decoded as a tuple, or one name) as the model stores it: sorted, no
    duplicates."""
    return _column(values, _sorted_names)


def _sorted_names(names: Any) -> tuple[str, ...]:
    if type(names) is str:
        return (names,)
    return () if names is _UNSET else tuple(sorted(set(names)))


def _classification(dicts: tuple[Any, ...]) -> tuple[dict[str, Column], int]:
    """The classification columns (:func:`classifications`) and how many codes rows give."""
    if dicts.count(_UNSET) == len(dicts):
        return {}, 0
    plain = tuple({} if d is _UNSET else d for d in dicts)
    return classifications(plain), sum(map(len, plain))


def _object_keys(x: Any) -> int:
    """The keys inside an end-user object (0 for anything else)."""
    if type(x) in (str, type(None)) or x is _UNSET:
        return 0
    fields = 1 + sum(f is not _UNSET for f in (x.country, x.headquarters, x.owners))
    return fields + 2 * len(_owners(x))


def _text_colons(x: Any) -> int:
    """``:`` in the free text of a field: an id, a name, an end user, classification codes."""
    if type(x) is str:
        return x.count(":")
    if x is _UNSET or x is None or type(x) is int:
        return 0
    if type(x) is dict:
        return sum(str(code).count(":") for code in x.values())
    return str(x.name).count(":") + sum(str(o.party).count(":") for o in _owners(x))


def _owners(x: Any) -> tuple[Any, ...]:
    owners: tuple[Any, ...] = () if x.owners is _UNSET else x.owners
    return owners
