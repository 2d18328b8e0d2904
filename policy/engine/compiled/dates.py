"""Time in the compiled tables: the date axis, and the membership epochs of the country
and listing axes.

Every nexus, rule and carve-out is in force on ``[effective, end)``; that interval is one
more literal of each of its terms, on the date axis, cut at every effective and end date.
Group membership and listings change on their own dates: the country and listing axes
key their classes by *epoch* (the interval between two such dates) and value, and a probe
of an epoch is dated on its first day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import numpy.typing as npt

from policy.engine.compiled.axes import AxisTerms, NumericAxis
from policy.engine.compiled.bits import Ints, pack
from policy.engine.compiled.probes import NEUTRAL_DAY
from policy.model.regimes import Regime


class DateAxis(NumericAxis):
    """The date axis: class ``k`` is ``[cuts[k-1], cuts[k])`` in day ordinals."""

    def __init__(self, cuts: npt.NDArray[np.int64], table: npt.NDArray[np.uint64]) -> None:
        super().__init__(cuts.astype(np.float64), table, absent=False)
        self.days = cuts

    def classes(self, x: npt.NDArray[Any]) -> Ints:
        return day_classes(self.days, x)


def date_axis(entries: AxisTerms, n_terms: int, words: int) -> DateAxis:
    """The date axis's table from the date literals of the terms."""
    bounds = {b for _, lits in entries for lit in lits for b in (lit.start, lit.end)}
    cuts = np.array(sorted(b for b in bounds if b is not None), dtype=np.int64)
    # class k = searchsorted(cuts, d, "right"): every cut is itself a class start, so the
    # representative of a class is its first day (or the day before the first cut).
    reps = np.array([int(cuts[0]) - 1] + [int(c) for c in cuts], dtype=np.int64)
    bits = np.ones((len(reps), n_terms), dtype=np.bool_)
    for t, lits in entries:
        for lit in lits:
            ok = reps >= lit.start
            if lit.end is not None:
                ok &= reps < lit.end
            bits[:, t] &= ok
    return DateAxis(cuts, pack(bits, words))


def day_classes(cuts: npt.NDArray[np.int64], days: npt.NDArray[np.int64]) -> Ints:
    """``searchsorted(cuts, days, "right")``, through a table over the span of days met when
    that span is small (it is a few thousand days in practice): one gather per row."""
    if not len(days):
        return np.zeros(0, dtype=np.intp)
    lo, hi = int(days.min()), int(days.max())
    if hi - lo > 4 * len(days) + 4096:
        return np.searchsorted(cuts, days, side="right").astype(np.intp, copy=False)
    span = np.searchsorted(cuts, np.arange(lo, hi + 1, dtype=np.int64), side="right")
    out: Ints = span.astype(np.intp, copy=False)[days - lo]
    return out


def epoch_cuts(regime: Regime, groups: bool = True, lists: bool = True) -> npt.NDArray[np.int64]:
    """The days (ordinals) on which the regime's group memberships (and/or listings) change."""
    days: set[dt.date] = set()
    for g in regime.groups if groups else ():
        for m in g.members:
            days.update(d for d in (m.start, m.end) if d is not None)
    for li in regime.lists if lists else ():
        for e in li.listings:
            days.update(d for d in (e.start, e.end) if d is not None)
    return np.array(sorted(d.toordinal() for d in days), dtype=np.int64)


def epoch_day(cuts: npt.NDArray[np.int64], epoch: int) -> dt.date:
    """The first day of an epoch (``epoch`` k starts at ``cuts[k-1]``; epoch 0 is
    represented by the day before the first cut)."""
    if not len(cuts):
        return NEUTRAL_DAY
    if epoch == 0:
        return dt.date.fromordinal(max(1, int(cuts[0]) - 1))
    return dt.date.fromordinal(int(cuts[epoch - 1]))
