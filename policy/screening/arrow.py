"""Arrow record batches as transactions: the columnar door of screening (Parquet, Arrow
tables in memory, Dask partitions).

Columns are the CSV header's dotted field paths (:mod:`policy.screening.csv`): ``id``
(integers or text), ``date`` (Arrow dates, or ``YYYY-MM-DD`` text), ``exporter``,
``destination``, ``channel``, ``end_user``, ``item.kind``, ``item.name``, ``item.origin``
(text), ``end_use``, ``persons``, ``item.flags``, ``item.made_with`` (lists of text, or text
with ``;`` between entries as in CSV), ``item.params.<parameter>`` and
``item.content.<jurisdiction>`` (numbers), ``item.classification.<jurisdiction>`` (text),
and for an end user the lists do not name ``end_user.name``, ``end_user.country``,
``end_user.headquarters`` (text) and ``end_user.owners`` (a list of ``{party, share}``
structs, or ``PARTY:SHARE`` text as in CSV). A null is an absent field. A column the
contract does not have, a parameter or jurisdiction the vocabulary does not know, a missing
required column or a column of the wrong type is an error for the whole input (as a CSV
header is), raised before anything is decided.

Each column is read as a whole: dictionary-encoded (Parquet's own dictionaries are kept),
each distinct value checked against the vocabulary once, numbers checked as arrays, lists
reduced to one set per row with bit operations; nothing is done per row in Python. A row
with anything the columnar checks do not take is read alone by the strict reader
(:func:`policy.loading.transaction_from_data`), which either accepts it (and it is decided
from its :class:`~policy.model.transactions.Transaction`) or names what is wrong: so the
decisions and the errors are those of the JSON Lines and CSV readers, row by row. A bad
row's error reads ``<input>: row N: <column>: <problem>``, with N counted from 0 as Arrow
and pandas count rows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import math
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from policy.engine.compiled import Batch, row_of
from policy.engine.compiled.batch import Column, Parts, Row
from policy.engine.compiled.records import EXACT_LIMIT
from policy.engine.compiled.world import without_trace
from policy.engine.decide import decide
from policy.errors import InputError, PolicyError, UnknownNameError
from policy.loading import check_references, transaction_from_data
from policy.model import vocabulary as v
from policy.model.decisions import Decision
from policy.model.transactions import LIMITS, Transaction
from policy.model.world import World
from policy.screening.answers import ERROR, Answers
from policy.screening.csv import PARTY_COLUMNS, PARTY_OBJECTS
from policy.screening.open import add_open_facts, arrow_maybe_open
from policy.screening.settings import Settings

Bools = npt.NDArray[np.bool_]
#: What a check of a distinct value gives for one the columnar path does not take.
_BAD: Any = object()
#: date(1970, 1, 1).toordinal(): Arrow's date32 counts days from there.
_EPOCH = dt.date(1970, 1, 1).toordinal()
_MAX_DAY = dt.date.max.toordinal()

LISTS = ("end_use", "persons", "item.flags", "item.made_with")
TEXTS = (
    *("exporter", "destination", "channel", "end_user", "item.kind", "item.name"),
    *("item.origin", "end_user.name", "end_user.country", "end_user.headquarters"),
)
_END_USER_FIELDS = ("name", "country", "headquarters", "owners")
REQUIRED = ("date", "exporter", "destination", "item.kind")
_PARAMS, _CONTENT, _CLASSIFICATION = "item.params.", "item.content.", "item.classification."


# --------------------------------------------------------------------------- the schema


@dataclass(frozen=True)
class Plan:
    """An input's columns, checked: what each one holds."""

    names: tuple[str, ...]
    params: tuple[str, ...]
    content: tuple[str, ...]
    classification: tuple[str, ...]
    #: the output's ``id`` type (the input's, without dictionary encoding)
    id_type: pa.DataType


def _is_text(t: pa.DataType) -> bool:
    if pa.types.is_dictionary(t):
        t = t.value_type
    return bool(pa.types.is_string(t) or pa.types.is_large_string(t) or _is_view(t))


def _is_view(t: pa.DataType) -> bool:
    test = getattr(pa.types, "is_string_view", None)
    return bool(test is not None and test(t))


def _is_number(t: pa.DataType) -> bool:
    return bool(pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t))


def _is_list(t: pa.DataType) -> bool:
    return bool(pa.types.is_list(t) or pa.types.is_large_list(t))


def _expected(column: str) -> tuple[str, Callable[[pa.DataType], bool]]:
    """What a column must hold: its words for messages, and the test of an Arrow type."""
    if column == "id":
        return "integers or text", lambda t: pa.types.is_integer(t) or _is_text(t)
    if column == "date":
        return (
            "dates (date32, date64) or YYYY-MM-DD text",
            lambda t: pa.types.is_date(t) or _is_text(t),
        )
    if column in LISTS:
        return (
            "lists of text (or text with ';' between entries)",
            lambda t: _is_text(t) or (_is_list(t) and _is_text(t.value_type)),
        )
    if column in ("end_user.owners", "consignee.owners"):
        return "lists of {party, share} structs (or PARTY:SHARE text)", _owners_type
    if column.startswith((_PARAMS, _CONTENT)):
        return "numbers", _is_number
    return "text", _is_text


def _owners_type(t: pa.DataType) -> bool:
    if _is_text(t):
        return True
    if not _is_list(t) or not pa.types.is_struct(t.value_type):
        return False
    fields = {
        t.value_type.field(i).name: t.value_type.field(i).type
        for i in range(t.value_type.num_fields)
    }
    return set(fields) <= {"party", "share"} and "party" in fields


def plan(schema: pa.Schema, where: str) -> Plan:
    """The input's columns checked against the contract (see the module docstring).

    Raises:
        InputError: a column the contract does not have, twice, of the wrong type, naming
            an unknown parameter or jurisdiction, or a required column missing.
    """
    names = tuple(schema.names)
    seen: set[str] = set()
    params: list[str] = []
    content: list[str] = []
    classification: list[str] = []
    for col in names:
        if col in seen:
            raise InputError(f"column {col!r} appears twice", where=where)
        seen.add(col)
        if col.startswith(_PARAMS):
            _known(col, col[len(_PARAMS) :], "parameter", v.parameters(), where)
            params.append(col)
        elif col.startswith((_CONTENT, _CLASSIFICATION)):
            prefix = _CONTENT if col.startswith(_CONTENT) else _CLASSIFICATION
            _known(col, col[len(prefix) :], "jurisdiction", v.jurisdictions_known(), where)
            (content if prefix == _CONTENT else classification).append(col)
        elif col not in ("id", "date", "end_user.owners", *LISTS, *TEXTS, *PARTY_COLUMNS):
            raise InputError(
                f"unknown column {col!r} (the columns are the CSV header's dotted field"
                " paths: see `policy screen --help`)",
                where=where,
            )
        t = schema.field(col).type
        words, test = _expected(col)
        if not (pa.types.is_null(t) or test(t)):
            raise InputError(f"column {col!r}: expected {words}, got {t}", where=where)
    missing = [c for c in REQUIRED if c not in seen]
    if missing:
        raise InputError(
            f"missing column(s) {', '.join(map(repr, missing))} (required: {', '.join(REQUIRED)})",
            where=where,
        )
    id_type: pa.DataType = pa.string()
    if "id" in seen:
        t = schema.field("id").type
        if pa.types.is_dictionary(t):
            t = t.value_type
        if pa.types.is_integer(t):
            id_type = t
        elif not pa.types.is_null(t):
            id_type = pa.large_string() if pa.types.is_large_string(t) else pa.string()
    return Plan(names, tuple(params), tuple(content), tuple(classification), id_type)


def _known(column: str, name: str, what: str, known: Any, where: str) -> None:
    if name not in known:
        raise UnknownNameError(what, name, known, where=f"{where}: column {column!r}")


# --------------------------------------------------------------------------- reading


def _encoded(arr: pa.Array | pa.ChunkedArray) -> tuple[npt.NDArray[Any], list[Any]]:
    """A column as ``(codes, values)``: each distinct value once, ``-1`` for a null."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if pa.types.is_null(arr.type):
        return np.full(len(arr), -1, dtype=np.int32), []
    if not pa.types.is_dictionary(arr.type):
        arr = pc.dictionary_encode(arr)
    indices = arr.indices.cast(pa.int32())
    codes = indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int32, copy=False)
    values: list[Any] = arr.dictionary.to_pylist()
    return codes, values


def _column(
    codes: npt.NDArray[Any],
    values: list[Any],
    normal: Callable[[Any], Any],
    bad: Bools,
    spare: Any = None,
) -> Column:
    """Each distinct value (and the null, code ``-1``) put through ``normal`` once; the
    rows whose value it refuses (gives ``_BAD``) are marked in ``bad`` and get ``spare``
    (a valid value: the compiled tables look at every value of a column, even one no
    decided row has); equal normal values share a code."""
    normals = [normal(x) for x in values]
    normals.append(normal(None))  # the null: code -1 is the last entry
    refused = [i for i, y in enumerate(normals) if y is _BAD]
    if refused:
        lut = np.zeros(len(normals), dtype=np.bool_)
        lut[refused] = True
        bad |= lut[codes]
    seen: dict[Any, int] = {}
    remap = np.array(
        [seen.setdefault(spare if y is _BAD else y, len(seen)) for y in normals], dtype=np.int32
    )
    return Column(remap[codes], list(seen))


class ArrowReader:
    """Compiled-world batches from Arrow record batches (see the module docstring)."""

    def __init__(self, settings: Settings, plan: Plan) -> None:
        self.s = settings
        self.plan = plan
        r = settings.reader
        self._countries = r.countries
        self._dates: dict[str, Any] = {}
        self._derived = [
            (p.name, p.derived_from) for p in v.parameters().values() if p.derive is not None
        ]

    # -- distinct values
    def _country(self, required: bool) -> Callable[[Any], Any]:
        countries = self._countries

        def normal(x: Any) -> Any:
            if x is None:
                return _BAD if required else None
            return x if x in countries else _BAD

        return normal

    def _among(self, names: frozenset[str], default: Any) -> Callable[[Any], Any]:
        def normal(x: Any) -> Any:
            if x is None:
                return _BAD if default is _BAD else default
            return x if x in names else _BAD

        return normal

    @staticmethod
    def _text(least: int, most: int) -> Callable[[Any], Any]:
        def normal(x: Any) -> Any:
            return x if x is None or least <= len(x) <= most else _BAD

        return normal

    def _date(self, x: Any) -> Any:
        if x is None:
            return _BAD
        got = self._dates.get(x)
        if got is None:
            got = _BAD
            if len(x) == 10 and x[4] == "-" and x[7] == "-":
                with contextlib.suppress(ValueError):
                    got = dt.date.fromisoformat(x).toordinal()
            if len(self._dates) < 100_000:
                self._dates[x] = got
        return got

    def _party(self, x: Any) -> Any:
        if x is None:
            return None
        if x in self.s.reader.parties:
            return x
        got = self.s._end_user(x)  # a name or alias, resolved as the strict reader does
        return _BAD if got is None else got

    # -- columns
    def read(self, rb: pa.RecordBatch) -> tuple[Batch, Bools]:
        """``(batch, taken)``: the rows the columnar checks take, as a batch, and which
        they are (the others are read alone by the strict reader)."""
        n = rb.num_rows
        bad = np.zeros(n, dtype=np.bool_)
        names = set(self.plan.names)
        r = self.s.reader

        def col(name: str) -> tuple[npt.NDArray[Any], list[Any]]:
            if name not in names:
                return np.full(n, -1, dtype=np.int32), []
            return _encoded(rb.column(name))

        country, kind = min(r.countries), min(r.kinds)
        columns = {
            "exporter": _column(*col("exporter"), self._country(True), bad, country),
            "destination": _column(*col("destination"), self._country(True), bad, country),
            "channel": _column(*col("channel"), self._among(r.channels, "export"), bad, "export"),
            "kind": _column(*col("item.kind"), self._among(r.kinds, _BAD), bad, kind),
            "origin": _column(*col("item.origin"), self._country(False), bad),
            "end_use": self._list(rb, "end_use", r.end_uses, bad),
            "persons": self._list(rb, "persons", r.countries, bad),
            "flags": self._list(rb, "item.flags", r.flags, bad),
            "made_with": self._list(rb, "item.made_with", r.jurisdictions, bad),
            "end_user": self._end_user(rb, names, bad),
        }
        _column(*col("item.name"), self._text(0, LIMITS.name_length), bad)
        if "id" in names:
            ids = rb.column("id")
            if _is_text(ids.type):
                if pa.types.is_dictionary(ids.type):
                    ids = ids.cast(ids.type.value_type)
                too_long = pc.greater(pc.utf8_length(ids), LIMITS.id_length)
                bad |= too_long.fill_null(False).to_numpy(zero_copy_only=False)
        day = self._days(rb, bad)
        params = {
            c[len(_PARAMS) :]: a
            for c in self.plan.params
            if (a := self._numbers(rb.column(c), math.nan, None, bad)) is not None
        }
        content = {
            c[len(_CONTENT) :]: a
            for c in self.plan.content
            if (a := self._numbers(rb.column(c), 0.0, float(LIMITS.percent), bad)) is not None
        }
        classification = {}
        for c in self.plan.classification:
            codes, values = _encoded(rb.column(c))
            if values:
                column = _column(codes, values, self._text(1, LIMITS.code_length), bad)
                classification[c[len(_CLASSIFICATION) :]] = column
        params = self._with_derived(params, bad)
        for c in PARTY_COLUMNS:  # a row naming these parties is read alone (strict reader)
            if c in names:
                bad |= rb.column(c).is_valid().to_numpy(zero_copy_only=False)
        taken = ~bad
        if bad.any():
            day = day[taken]
            columns = {k: Column(c.codes[taken], c.values) for k, c in columns.items()}
            classification = {
                k: Column(c.codes[taken], c.values) for k, c in classification.items()
            }
            params = {k: a[taken] for k, a in params.items()}
            content = {k: a[taken] for k, a in content.items()}
        parts = Parts(day, columns, params, content, classification)
        return Batch.of_columns(parts), taken

    def _days(self, rb: pa.RecordBatch, bad: Bools) -> npt.NDArray[np.int64]:
        arr = rb.column("date")
        n = rb.num_rows
        t = arr.type
        if pa.types.is_date(t):
            days = arr.cast(pa.date32()).cast(pa.int32())
            valid = days.is_valid().to_numpy(zero_copy_only=False)
            ordinal = days.fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64) + _EPOCH
            ok = valid & (ordinal >= 1) & (ordinal <= _MAX_DAY)
            bad |= ~ok
            day = np.where(ok, ordinal, 1)
        else:
            codes, values = _encoded(arr)
            lut = np.array([*map(self._date, values), _BAD], dtype=object)
            refused = np.array([x is _BAD for x in lut], dtype=np.bool_)
            bad |= refused[codes]
            day = np.where(refused, 1, lut).astype(np.int64)[codes]
        if self.s.on is not None:  # as_of: each row still needs a valid date (checked above)
            return np.full(n, self.s.on, dtype=np.int64)
        return day

    @staticmethod
    def _numbers(
        arr: pa.Array, missing: float, most: float | None, bad: Bools
    ) -> npt.NDArray[np.float64] | None:
        """A number column as floats (``missing`` where null), or None when all null; a
        value the columnar path does not take (negative, not finite, beyond ``most`` or
        too large to be exact) marks its row."""
        if arr.null_count == len(arr):
            return None
        x = arr.cast(pa.float64(), safe=False)
        given = x.is_valid().to_numpy(zero_copy_only=False)
        values = x.fill_null(missing).to_numpy(zero_copy_only=False)
        with np.errstate(invalid="ignore"):
            ok = (values >= 0) & (values < EXACT_LIMIT)
            if most is not None:
                ok &= values <= most
        bad |= given & ~ok
        return np.where(given & ~ok, missing, values)

    def _list(self, rb: pa.RecordBatch, name: str, known: frozenset[str], bad: Bools) -> Column:
        """A list column as the model stores each list: sorted, without duplicates (one
        set per row, made with bit operations over the distinct names)."""
        n = rb.num_rows
        if name not in self.plan.names:
            return Column(np.zeros(n, dtype=np.int32), [()])
        arr = rb.column(name)
        if pa.types.is_null(arr.type):
            return Column(np.zeros(n, dtype=np.int32), [()])
        if not _is_list(arr.type):  # text with ';' between entries, as in CSV
            return _column(*_encoded(arr), self._split(known), bad, ())
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
        lengths = pc.list_value_length(arr).fill_null(0).to_numpy(zero_copy_only=False)
        codes, values = _encoded(pc.list_flatten(arr))
        names = [x if x in known else _BAD for x in values]
        refused = np.array([x is _BAD for x in names] + [True], dtype=np.bool_)
        if refused[codes].any():  # an unknown name or a null entry
            parents = np.repeat(np.arange(n), lengths)
            bad[parents[refused[codes]]] = True
            codes = np.where(refused[codes], 0, codes)
        # each row's set of names as bits (one word per 64 distinct names): OR over the
        # row's entries, so that order and repetition do not matter, as in the model
        words = max(1, (len(values) + 63) // 64)
        masks = np.zeros((n, words), dtype=np.uint64)
        given = lengths > 0
        if given.any():
            starts = (np.cumsum(lengths) - lengths)[given]
            shift = (codes % 64).astype(np.uint64)
            for w in range(words):
                bits = np.left_shift(np.uint64(1), shift)
                if words > 1:
                    bits[codes // 64 != w] = 0
                masks[given, w] = np.bitwise_or.reduceat(bits, starts)
        inverse: npt.NDArray[Any]
        if words == 1 and len(values) <= 16:
            present = np.flatnonzero(np.bincount(masks[:, 0].astype(np.intp)))
            lut = np.zeros(1 << len(values), dtype=np.int32)
            lut[present] = np.arange(len(present), dtype=np.int32)
            inverse = lut[masks[:, 0].astype(np.intp)]
            sets = [np.array([m], dtype=np.uint64) for m in present.tolist()]
        elif words == 1:
            distinct, inverse = np.unique(masks[:, 0], return_inverse=True)
            sets = [distinct[k : k + 1] for k in range(len(distinct))]
        else:
            keyed = np.ascontiguousarray(masks).view(np.dtype((np.void, 8 * words))).reshape(-1)
            _, first, inverse = np.unique(keyed, return_index=True, return_inverse=True)
            sets = [masks[i] for i in first.tolist()]
        out = []
        for words_of in sets:
            members = [
                values[64 * w + b]
                for w, word in enumerate(words_of.tolist())
                for b in range(64)
                if word >> b & 1 and names[64 * w + b] is not _BAD
            ]
            out.append(tuple(sorted(set(members))))
        return Column(inverse.reshape(-1).astype(np.int32), out)

    @staticmethod
    def _split(known: frozenset[str]) -> Callable[[Any], Any]:
        def normal(x: Any) -> Any:
            if x is None:
                return ()
            entries = [e.strip() for e in x.split(";") if e.strip()]
            return tuple(sorted(set(entries))) if all(e in known for e in entries) else _BAD

        return normal

    def _end_user(self, rb: pa.RecordBatch, names: set[str], bad: Bools) -> Column:
        """The end user of each row: a party (by id, name or alias) or an object made of
        the ``end_user.*`` columns, each distinct one resolved once as the strict reader
        resolves it; a row with both kinds, or one the tables cannot vouch for, is left
        to the strict reader."""
        n = rb.num_rows
        plain = (
            _column(*_encoded(rb.column("end_user")), self._party, bad)
            if "end_user" in names
            else Column(np.zeros(n, dtype=np.int32), [None])
        )
        fields = [f for f in _END_USER_FIELDS if f"end_user.{f}" in names]
        if not fields:
            return plain
        key = np.zeros(n, dtype=np.int64)
        parts = []
        for f in fields:
            arr = rb.column(f"end_user.{f}")
            if f == "owners" and not _is_text(arr.type) and not pa.types.is_null(arr.type):
                codes, values = self._owners(arr)
            else:
                codes, values = _encoded(arr)
            parts.append((f, codes, values))
            # one key per distinct combination so far, kept below n
            _, key = np.unique(key * (len(values) + 1) + (codes + 1), return_inverse=True)
            key = key.reshape(-1)
        _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
        inverse = inverse.reshape(-1)
        objects: list[Any] = []  # per distinct key: None (no object), _BAD, or the end user
        for row in first.tolist():
            data: dict[str, Any] = {}
            for f, codes, vals in parts:
                c = int(codes[row])
                if c >= 0:
                    x = vals[c]
                    data[f] = _owners_of(x) if f == "owners" and type(x) is str else x
            got = self.s._end_user(data) if data else None
            objects.append(None if not data else _BAD if got is None else got)
        has_object = np.array([x is not None for x in objects], dtype=np.bool_)[inverse]
        if not has_object.any():
            return plain
        given = np.array([x is not None for x in plain.values], dtype=np.bool_)[plain.codes]
        bad |= has_object & given  # both: the strict reader says which to give
        bad |= np.array([x is _BAD for x in objects], dtype=np.bool_)[inverse]
        values = [*plain.values, *(None if x is _BAD else x for x in objects)]
        codes = np.where(has_object, len(plain.values) + inverse, plain.codes)
        seen: dict[Any, int] = {}
        remap = np.array([seen.setdefault(x, len(seen)) for x in values], dtype=np.int32)
        return Column(remap[codes], list(seen))

    @staticmethod
    def _owners(arr: pa.Array) -> tuple[npt.NDArray[Any], list[Any]]:
        """An owners column of structs as codes and distinct values (each a tuple of
        ``{party, share}`` dicts, as JSON gives them)."""
        rows = arr.to_pylist()
        seen: dict[Any, int] = {}
        distinct: list[Any] = []
        codes = np.empty(len(rows), dtype=np.int32)
        for i, x in enumerate(rows):
            if x is None:
                codes[i] = -1
                continue
            key = tuple(tuple(sorted(o.items())) if isinstance(o, dict) else (o,) for o in x)
            k = seen.get(key)
            if k is None:
                k = seen[key] = len(distinct)
                distinct.append(x)
            codes[i] = k
        return codes, distinct

    def _with_derived(
        self, given: dict[str, npt.NDArray[np.float64]], bad: Bools
    ) -> dict[str, npt.NDArray[np.float64]]:
        """``given`` plus the derived parameters, computed as the reference scope computes
        them (:func:`policy.model.vocabulary.with_derived`) on the rows where one applies."""
        n = len(bad)
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
        names = sorted(given)
        for i in np.flatnonzero(rows).tolist():
            raw = {k: float(given[k][i]) for k in names if not math.isnan(given[k][i])}
            full = v.with_derived(raw)
            for k in full.keys() - raw.keys():
                if k not in out:
                    out[k] = np.full(n, math.nan)
                out[k][i] = full[k]
        return {k: out[k] for k in sorted(out)}


def _owners_of(cell: str) -> Any:
    """``PARTY:SHARE;...`` text as owners, as the CSV reader reads it."""
    from policy.screening.csv import owners_from_text

    return owners_from_text(cell)


# --------------------------------------------------------------------------- one row alone


def row_data(rb: pa.RecordBatch, i: int) -> dict[str, Any] | InputError:
    """Row ``i`` as transaction JSON data, as the CSV reader makes a row's (a null is an
    absent field), for the strict reader."""
    from policy.screening.csv import owners_from_text

    record = rb.slice(i, 1).to_pylist()[0]
    out: dict[str, Any] = {}
    item: dict[str, Any] = {}
    who: dict[str, Any] = {}
    for col, value in record.items():
        if value is None:
            continue
        if col in LISTS and isinstance(value, str):
            value = [x.strip() for x in value.split(";") if x.strip()]
        elif col == "date" and isinstance(value, dt.date):
            value = value.isoformat()
        elif col in ("end_user.owners", "consignee.owners") and isinstance(value, str):
            value = owners_from_text(value)
        if col.startswith((_PARAMS, _CONTENT, _CLASSIFICATION)):
            group, _, key = col[len("item.") :].partition(".")
            item.setdefault(group, {})[key] = _plain_number(value)
        elif col.startswith("item."):
            item[col[len("item.") :]] = value
        elif col.startswith("end_user."):
            who[col[len("end_user.") :]] = value
        elif col.partition(".")[0] in PARTY_OBJECTS:
            obj, _, key = col.partition(".")
            out.setdefault(obj, {})[key] = value
        else:
            out[col] = value
    if who:
        if "end_user" in out:
            return InputError("give either end_user or end_user.* columns, not both")
        out["end_user"] = who
    out["item"] = item
    return out


def _plain_number(value: Any) -> Any:
    """A Decimal as the float it stands for (the model reads JSON numbers)."""
    from decimal import Decimal

    return float(value) if isinstance(value, Decimal) else value


# --------------------------------------------------------------------------- deciding


def answers(s: Settings, reader: ArrowReader, rb: pa.RecordBatch, first: int) -> Answers:
    """Decide one record batch whose first row is input row ``first``: the rows the
    columnar checks take as one batch, the others one by one through the strict reader."""
    n = rb.num_rows
    codes = np.full(n, ERROR, dtype=np.intp)
    table: list[int | Decision] = []
    errors: dict[int, str] = {}
    cw = s.compiled
    if s.fast:
        batch, taken = reader.read(rb)
    else:
        batch, taken = Batch([]), np.zeros(n, dtype=np.bool_)
    if batch.n:
        combos, deferred = cw.combos(batch)
        if deferred.any():  # not expected: the reader takes only end users the tables vouch for
            taken[np.flatnonzero(taken)[deferred]] = False
            combos = combos[~deferred]
        distinct, inverse = np.unique(combos, return_inverse=True)
        table.extend(distinct.tolist())
        codes[taken] = inverse.reshape(-1)
    rest = np.flatnonzero(~taken).tolist()
    if rest:
        rows: list[Row] = []
        txs: list[Transaction | None] = []
        at: list[int] = []
        for i in rest:
            where = f"{s.where}: row {first + i}"
            data = row_data(rb, i)
            try:
                if isinstance(data, InputError):
                    raise InputError(data.message, where=where)
                tx = transaction_from_data(data, where=where)
                tx = check_references(tx, s.world, where=where)
            except InputError as e:
                errors[i] = str(e)
                continue
            if s.on is not None:
                tx = tx.model_copy(update={"date": dt.date.fromordinal(s.on)})
            rows.append(row_of(tx))
            txs.append(tx)
            at.append(i)
        if rows:
            _decide_rows(s, rows, txs, at, codes, table, errors, first)
    ids = rb.column("id") if "id" in reader.plan.names else pa.nulls(n, reader.plan.id_type)
    lines = range(first, first + n)
    answers = Answers(ids, codes, table, errors, lines)
    if s.facts == "assume":
        return answers
    return add_open_facts(
        s,
        answers,
        lambda k: row_data(rb, k),
        lambda k: f"{s.where}: row {first + k}",
        arrow_maybe_open(s.world, rb),
    )


def _decide_rows(
    s: Settings,
    rows: list[Row],
    txs: list[Transaction | None],
    at: list[int],
    codes: npt.NDArray[np.intp],
    table: list[int | Decision],
    errors: dict[int, str],
    first: int,
) -> None:
    """Decide rows read alone: through the tables where they vouch for the end user, by
    the reference engine (trace included when asked) where not."""
    cw = s.compiled
    if s.explain:
        combos, deferred = np.zeros(len(rows), dtype=np.intp), np.ones(len(rows), dtype=np.bool_)
    else:
        combos, deferred = cw.combos(Batch(rows, txs))
    index = {cid: k for k, cid in enumerate(table) if isinstance(cid, int)}
    for i, cid, slow, tx in zip(at, combos.tolist(), deferred.tolist(), txs, strict=True):
        if slow:
            assert tx is not None
            try:
                d = decide(s.world, tx)
            except PolicyError as e:
                errors[i] = f"{s.where}: row {first + i}: {e}"
                continue
            table.append(d if s.explain else without_trace(d))
            codes[i] = len(table) - 1
            continue
        k = index.get(cid)
        if k is None:
            table.append(cid)
            k = index[cid] = len(table) - 1
        codes[i] = k


def batches_of(data: Any) -> Iterator[pa.RecordBatch]:
    """Record batches of a table, a record batch, a reader or an iterable of batches."""
    if isinstance(data, pa.RecordBatch):
        yield data
    elif isinstance(data, pa.Table):
        yield from data.to_batches()
    elif isinstance(data, pa.RecordBatchReader):
        yield from data
    elif isinstance(data, Iterable):
        for b in data:
            if isinstance(b, pa.Table):
                yield from b.to_batches()
            elif isinstance(b, pa.RecordBatch):
                yield b
            else:
                raise TypeError(f"expected Arrow record batches, got a {type(b).__name__}")
    else:
        raise TypeError(
            "expected a pyarrow Table, RecordBatch, RecordBatchReader or an iterable of"
            f" record batches, got a {type(data).__name__}"
        )


# --------------------------------------------------------------------------- the API

#: One screening at a time per process: a compiled world grows its tables as it meets new
#: values and is not safe to share between threads (Dask runs tasks in threads).
_LOCK = threading.RLock()
#: Settings per (world, as_of), kept for the few most recent: compiling is done once.
_SETTINGS: dict[tuple[int, int | None], Settings] = {}


def settings_for(world: World, on: int | None, where: str) -> Settings:
    """The settings (the world compiled, its readers) for ``world`` decided ``on`` a day
    (or at each row's date), made once per world object and reused; ``where`` names the
    input in messages."""
    key = (id(world), on)
    got = _SETTINGS.get(key)
    if got is None or got.world is not world:
        if len(_SETTINGS) >= 4:
            _SETTINGS.clear()
        got = _SETTINGS[key] = Settings(world=world, where=where, on=on, explain=False)
    got.where = where
    return got


def screen_arrow(
    data: Any,
    world: World | None = None,
    as_of: dt.date | None = None,
    *,
    where: str = "<arrow>",
    facts: Literal["open", "strict", "assume"] = "open",
) -> pa.Table:
    """Decide every row of an Arrow table (or record batch, reader, or iterable of
    batches) whose columns are the CSV header's dotted field paths, and return the
    decisions as a table, row k answering input row k (see
    :mod:`policy.screening.tables` for the columns).

    Decided in this process, in batches of some 65,000 rows, each column checked and
    interned as a whole (see :mod:`policy.screening.arrow`). A bad row is not an
    exception: its ``error`` column says what is wrong and where
    (``<arrow>: row 3: destination: unknown country code 'XX'``, rows counted from 0) and
    its decision columns are null; the other rows are decided.

    Args:
        data: a ``pyarrow.Table``, ``RecordBatch``, ``RecordBatchReader`` or an iterable
            of record batches (one schema).
        world: the regimes to decide under; the shipped library by default.
        as_of: decide every row under the law of this date instead of its own (each row
            still needs a valid date).
        where: the input's name in error messages.
        facts: open facts (the ``J.open_facts`` columns): ``"open"`` names them,
            ``"strict"`` refuses a row with some (its ``error`` names them), ``"assume"``
            does not look for them (see :func:`policy.screen`).

    Raises:
        InputError: a column the contract does not have, of the wrong type, or a required
            one missing (nothing is decided then).
        TypeError: ``data`` is not Arrow data.
    """
    from policy.screening.parquet import rechunk
    from policy.screening.tables import plain

    if world is None:
        from policy.regimes import default_world

        world = default_world()
    batches = batches_of(data)
    schema = data.schema if hasattr(data, "schema") else None
    first = None
    if schema is None:
        first = next(batches, None)
        if first is None:
            raise InputError("no record batches, so no columns to read", where=where)
        schema = first.schema
    with _LOCK:
        s = settings_for(world, None if as_of is None else as_of.toordinal(), where)
        s.facts = facts
        p = plan(schema, where)
        reader = ArrowReader(s, p)
        table = s.decision_table(p.id_type)
        out: list[pa.RecordBatch] = []
        row = 0
        chained = batches if first is None else itertools.chain([first], batches)
        for rb in rechunk(chained):
            if rb.schema != schema:
                raise InputError("the record batches do not all have one schema", where=where)
            out.append(plain(table.batch(answers(s, reader, rb, row))))
            row += rb.num_rows
    target = plain_schema(table.schema)
    return pa.Table.from_batches(out, schema=target)


def plain_schema(schema: pa.Schema) -> pa.Schema:
    """A schema with its dictionary types replaced by their value types."""
    return pa.schema(
        [
            pa.field(f.name, f.type.value_type if pa.types.is_dictionary(f.type) else f.type)
            for f in schema
        ]
    )
