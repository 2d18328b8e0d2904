"""What a batch's rows share across the regimes that decide them: the countries each
end-user field names and the listing keys, worked out once per distinct value."""

from __future__ import annotations

from typing import Any

import numpy as np

from policy.engine.compiled.batch import Batch, Column
from policy.engine.compiled.probes import NEUTRAL_DAY, ProbeTx, listing_key
from policy.engine.scope import RegimeIndex, TransactionScope
from policy.errors import PolicyError
from policy.model.conditions import PARTY_COUNTRY_FIELDS

#: Entries a kept :class:`BatchContext` memo may reach before it starts afresh.
MEMO_LIMIT = 100_000


class BatchContext:
    """Per-batch values several regimes share: the countries the end-user fields name."""

    def __init__(
        self,
        batch: Batch,
        index: RegimeIndex,
        memo: dict[tuple[str, Any, str, Any], tuple[str, ...] | None] | None = None,
    ) -> None:
        """``memo``: the countries of (field, end user, destination) already worked out, kept
        by the caller across batches (they depend on neither the batch nor its dates)."""
        self.batch = batch
        self.index = index
        self._cache: dict[str, Column] = {}
        self._memo = memo if memo is not None else {}
        if len(self._memo) > MEMO_LIMIT:
            self._memo.clear()

    def listing_keys(self) -> Column:
        got = self._cache.get("listing")
        if got is None:
            col = self.batch.columns["end_user"]
            keys = [listing_key(x) for x in col.values]
            distinct = list(dict.fromkeys(keys))
            index = {k: i for i, k in enumerate(distinct)}
            lut = np.array([index[k] for k in keys], dtype=np.int32)
            got = self._cache["listing"] = Column(lut[col.codes], distinct)
        return got

    def countries(self, field: str) -> Column:
        got = self._cache.get(field)
        if got is not None:
            return got
        b = self.batch
        if field in ("exporter", "destination"):
            col = b.columns[field]
            out = Column(col.codes, [(x,) for x in col.values])
        elif field == "origin":
            col = b.columns["origin"]
            out = Column(col.codes, [() if x is None else (x,) for x in col.values])
        elif field == "persons":
            out = b.columns["persons"]
        elif field in PARTY_COUNTRY_FIELDS:
            col = b.columns[field.partition(".")[0]]
            out = Column(col.codes, [self._of(field, None, "US", x) for x in col.values])
        else:
            eu, dest = b.columns["end_user"], b.columns["destination"]
            nd = len(dest.values)
            pair = eu.codes.astype(np.int64) * nd + dest.codes
            uniq, inv = np.unique(pair, return_inverse=True)
            values: list[Any] = []
            for k in uniq.tolist():
                e, d = divmod(k, nd)
                values.append(self._of(field, eu.values[e], dest.values[d]))
            out = Column(inv.astype(np.int32).reshape(-1), values)
        self._cache[field] = out
        return out

    def _of(
        self, field: str, who: Any, destination: str, party: Any = None
    ) -> tuple[str, ...] | None:
        """The countries ``field`` names for the end user ``who`` in ``destination`` (or,
        for a consignee or exporting-company field, for that ``party``)."""
        key = (field, who, destination, party)
        if key not in self._memo:
            tx = ProbeTx(NEUTRAL_DAY)
            tx.end_user = who
            tx.destination = destination
            if party is not None:
                setattr(tx, field.partition(".")[0], party)
            try:
                self._memo[key] = TransactionScope(self.index, tx).countries_of(field)  # type: ignore[arg-type]
            except PolicyError:
                self._memo[key] = None  # an unknown party: the row goes to the reference
        return self._memo[key]
