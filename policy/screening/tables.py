"""Decisions as Arrow columns: what ``--output-format parquet`` and :func:`policy.screen_arrow`
give.

Columns: ``id`` (as the input gave it: an Arrow input's own type; text for JSON Lines and
CSV input), ``overall``, and for each jurisdiction J of the world, in order, ``J.outcome``
(text), ``J.reached`` (bool), ``J.rules`` (list of text, most restrictive first),
``J.review`` (text, null when none) and ``J.open_facts`` (the verdict's open facts as
compact JSON text, ``[{"fact": ..., "if": ..., "outcome": ...}]``; null when none); then
``error``: null for a decided row, the message (``<input>: row N: <column>: <problem>``)
for a refused one, whose decision columns are all null. Row k answers the input's k-th record
(a JSON Lines or CSV blank line is not a record).

A chunk's columns are built from its few distinct decisions: each column's values once per
distinct decision, then one ``take`` (or a dictionary's indices) for the rows, in C.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from policy.engine.open_facts import open_facts_text
from policy.model.decisions import Decision, Outcome, Verdict
from policy.screening.answers import Answers

#: The outcome words, in rank order: the dictionary of every outcome column.
OUTCOMES = [o.value for o in sorted(Outcome, key=lambda o: o.rank)]
_RANK = {o.value: k for k, o in enumerate(sorted(Outcome, key=lambda o: o.rank))}
#: Fields of each jurisdiction, in the order of the columns.
FIELDS = ("outcome", "reached", "rules", "review", "open_facts")


def schema(jurisdictions: list[str], id_type: pa.DataType, dictionary: bool = False) -> pa.Schema:
    """The decision columns for a world's jurisdictions; ``dictionary``: the text columns
    dictionary-encoded (what is handed to the Parquet writer, which keeps the encoding)."""
    text = pa.dictionary(pa.int8(), pa.string()) if dictionary else pa.string()
    review = pa.dictionary(pa.int32(), pa.string()) if dictionary else pa.string()
    fields = [pa.field("id", id_type), pa.field("overall", text)]
    for j in jurisdictions:
        fields += [
            pa.field(f"{j}.outcome", text),
            pa.field(f"{j}.reached", pa.bool_()),
            pa.field(f"{j}.rules", pa.list_(pa.string())),
            pa.field(f"{j}.review", review),
            pa.field(f"{j}.open_facts", pa.string()),
        ]
    fields.append(pa.field("error", pa.string()))
    return pa.schema(fields)


class DecisionTable:
    """Builds the decision columns of chunks for one compiled world (its distinct
    decisions' values are kept from chunk to chunk)."""

    def __init__(self, compiled: Any, id_type: pa.DataType, dictionary: bool = False) -> None:
        self.cw = compiled
        self.jurisdictions: list[str] = list(compiled.jurisdictions)
        self.id_type = id_type
        self.dictionary = dictionary
        self.schema = schema(self.jurisdictions, id_type, dictionary)
        self._rows: dict[int, tuple[Any, ...]] = {}
        # the rules' review policies, so that the dictionary stays the same from chunk to
        # chunk (the Parquet writer keeps one dictionary per column chunk)
        reviews = {r.review for reg in compiled.world.regimes for r in reg.rules if r.review}
        self._reviews: dict[str, int] = {x: k for k, x in enumerate(sorted(reviews))}

    def _values(self, entry: int | Decision) -> tuple[Any, ...]:
        """(overall, then per jurisdiction: outcome, reached, rules, review, open facts)."""
        if isinstance(entry, int):
            got = self._rows.get(entry)
            if got is None:
                overall, verdicts, _ = self.cw.combo(entry)
                got = self._rows[entry] = self._of(overall, verdicts)
            return got
        return self._of(entry.overall, entry.verdicts)

    def _of(self, overall: Outcome, verdicts: dict[str, Verdict]) -> tuple[Any, ...]:
        out: list[Any] = [overall.value]
        for j in self.jurisdictions:
            vd = verdicts[j]
            out += [vd.outcome.value, vd.reached, list(vd.rules), vd.review, open_facts_text(vd)]
        return tuple(out)

    def batch(self, a: Answers) -> pa.RecordBatch:
        """The chunk's decision columns."""
        n = len(a)
        codes = a.codes
        missing = codes < 0
        rows = [self._values(e) for e in a.table]
        idx = pa.array(np.where(missing, 0, codes).astype(np.int32), mask=missing)
        arrays: list[pa.Array] = [self._ids(a, n)]
        for k in range(1 + len(FIELDS) * len(self.jurisdictions)):
            values = [r[k] for r in rows]
            role = "outcome" if k == 0 else FIELDS[(k - 1) % len(FIELDS)]
            arrays.append(self._column(role, values, codes, missing, idx))
        errors: list[str | None] = [None] * n
        for k, message in a.errors.items():
            errors[k] = message
        arrays.append(pa.array(errors, pa.string()))
        return pa.RecordBatch.from_arrays(arrays, schema=self.schema)

    def _ids(self, a: Answers, n: int) -> pa.Array:
        ids = a.ids
        if isinstance(ids, list):
            if pa.types.is_integer(self.id_type):
                return pa.array(ids, self.id_type)
            return pa.array([None if x is None else str(x) for x in ids], self.id_type)
        if isinstance(ids, pa.ChunkedArray):
            ids = ids.combine_chunks()
        if ids.type != self.id_type:
            ids = ids.cast(self.id_type)
        return ids

    def _column(
        self,
        role: str,
        values: list[Any],
        codes: npt.NDArray[np.intp],
        missing: npt.NDArray[np.bool_],
        idx: pa.Array,
    ) -> pa.Array:
        if role == "reached":
            return pa.array(values, pa.bool_()).take(idx)
        if role == "rules":
            return pa.array(values, pa.list_(pa.string())).take(idx)
        if not self.dictionary or role == "open_facts":
            return pa.array(values, pa.string()).take(idx)
        if role == "outcome":
            lut = np.array([_RANK[x] for x in values] or [0], dtype=np.int8)
            return pa.DictionaryArray.from_arrays(
                pa.array(np.where(missing, 0, lut[np.where(missing, 0, codes)]), mask=missing),
                pa.array(OUTCOMES, pa.string()),
            )
        # review: one dictionary for the whole output, grown as new reviews are met
        lut32 = np.array([self._review(x) for x in values] or [-1], dtype=np.int32)
        picked = lut32[np.where(missing, 0, codes)]
        absent = missing | (picked < 0)
        return pa.DictionaryArray.from_arrays(
            pa.array(np.where(absent, 0, picked), mask=absent),
            pa.array(list(self._reviews) or [""], pa.string()),
        )

    def _review(self, text: str | None) -> int:
        if text is None:
            return -1
        got = self._reviews.get(text)
        if got is None:
            got = self._reviews[text] = len(self._reviews)
        return got


def plain(batch: pa.RecordBatch) -> pa.RecordBatch:
    """A batch's dictionary-encoded text columns decoded (what a reader of the Parquet
    output sees, and what :func:`policy.screen_arrow` returns)."""
    arrays = [c.dictionary_decode() if pa.types.is_dictionary(c.type) else c for c in batch.columns]
    return pa.RecordBatch.from_arrays(arrays, names=batch.schema.names)
