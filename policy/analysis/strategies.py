"""Hypothesis strategies derived from the partition: transactions that hit every threshold
exactly and just either side of it, with valid countries, kinds, parties and end users.

Use them in your own tests::

    from hypothesis import given
    from policy.analysis.strategies import transactions

    @given(transactions(MY_WORLD, as_of=date(2024, 1, 1)))
    def test_h100_class_chips_always_need_a_licence_to_china(tx): ...

Every strategy draws from the classes of the exact partition (:mod:`policy.analysis.partition`)
for the regimes in force on ``as_of``: first a class on each axis, then a value inside it.

Shrinking (what a failing example shrinks to, so witnesses are minimal):

* a class shrinks towards the first class of its axis: for a parameter or a content share
  the lowest interval, so a failure shrinks to the smallest value that still fails (often
  the threshold itself); for a country field the class of the most-named countries; for
  kinds the kinds the conditions name; for the end user "none";
* inside a numeric class a value shrinks towards the class's lower end, trying the
  boundary values (each cut, and one step either side of it) before anything in between;
* inside a country class, towards the most readable member (the representative).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

from policy.analysis.partition import Axis, AxisClass, Partition, partition
from policy.errors import InputError
from policy.model import vocabulary as v
from policy.model.transactions import Transaction
from policy.model.world import World

__all__ = [
    "boundary_values",
    "cells",
    "countries",
    "end_users",
    "kinds",
    "partition_for",
    "transactions",
]

_CACHE: dict[tuple[int, dt.date, tuple[str, ...] | None], Partition] = {}


def partition_for(
    world: World | None = None,
    *,
    as_of: dt.date,
    jurisdictions: Sequence[str] | None = None,
) -> Partition:
    """The partition the strategies draw from (the shipped library when ``world`` is None),
    built once per world, date and scope."""
    if world is None:
        from policy.regimes import default_world

        world = default_world()
    scope = tuple(sorted(jurisdictions)) if jurisdictions is not None else None
    key = (id(world), as_of, scope)
    part = _CACHE.get(key)
    if part is None or part.world is not world:
        part = partition(world, as_of=as_of, jurisdictions=scope)
        _CACHE[key] = part
    return part


def _step(axis: Axis) -> float:
    if axis.kind == "param" and axis.key in v.parameters():
        return float(10.0 ** (-v.parameter(axis.key).decimals))
    return 0.01


def _numbers_in(axis: Axis, cls: AxisClass) -> st.SearchStrategy[float]:
    """Values of a numeric class: its boundary values first (the cut itself where the class
    includes it, and one step inside each end), then anything in the interval."""
    if cls.unstated:
        return st.none()  # type: ignore[return-value]
    low = cls.low if cls.low is not None else 0.0
    step = _step(axis)
    if cls.high is not None and cls.high == low:
        return st.just(low)
    edges = [low if cls.low_closed else low + step]
    if cls.high is not None:
        edges.append(cls.high if cls.high_closed else cls.high - step)
    exact = sorted({round(x, 6) for x in edges if cls.contains(round(x, 6))})
    upper = cls.high if cls.high is not None else max(low * 2, low + 1000.0)
    inner = st.floats(
        min_value=low,
        max_value=upper,
        exclude_min=not cls.low_closed,
        exclude_max=cls.high is not None and not cls.high_closed,
        allow_nan=False,
        allow_infinity=False,
    ).filter(cls.contains)
    return st.sampled_from(exact) | inner if exact else inner


def _value_in(axis: Axis, cls: AxisClass) -> st.SearchStrategy[Any]:
    if axis.kind in ("param", "content"):
        return _numbers_in(axis, cls)
    if axis.kind == "country" and cls.members:
        members = list(cls.members)
        if cls.value in members:
            members.remove(cls.value)
            members.insert(0, cls.value)
        return st.sampled_from(members) if cls.value is not None else st.none()
    if axis.kind == "kind" and cls.members:
        return st.sampled_from(list(cls.members))
    return st.just(cls.value)


@st.composite
def _draw(draw: st.DrawFn, part: Partition) -> Transaction:
    path: list[tuple[int, int]] = []
    values: dict[int, Any] = {}
    for a, axis in enumerate(part.axes):
        ci = draw(st.integers(min_value=0, max_value=len(axis.classes) - 1))
        path.append((a, ci))
        values[a] = draw(_value_in(axis, axis.classes[ci]))
    return part._transaction(path, values)


def transactions(
    world: World | None = None,
    *,
    as_of: dt.date | None = None,
    jurisdictions: Sequence[str] | None = None,
    partition: Partition | None = None,
) -> st.SearchStrategy[Transaction]:
    """Transactions dated ``as_of`` (or drawn from a ``partition`` you built), one class
    drawn on every axis (so every combination of thresholds, groups, lists and kinds can
    come up) and a value inside each class, boundary values first. See the module
    docstring for how they shrink."""
    if partition is not None:
        part = partition
    elif as_of is None:
        raise InputError("transactions(): give as_of (or a partition)")
    else:
        part = partition_for(world, as_of=as_of, jurisdictions=jurisdictions)
    return _draw(part)


def cells(partition: Partition) -> st.SearchStrategy[Any]:
    """The cells of a partition (shrinking towards the first cell enumerated)."""
    return st.sampled_from(list(partition.cells))


def boundary_values(
    param: str,
    world: World | None = None,
    *,
    as_of: dt.date,
    jurisdictions: Sequence[str] | None = None,
) -> st.SearchStrategy[float]:
    """Each threshold the conditions compare ``param`` with, and one step (the
    parameter's precision) either side of it, in ascending order (shrinking towards the
    lowest). A parameter no condition reads gives 0."""
    v.parameter(param)
    part = partition_for(world, as_of=as_of, jurisdictions=jurisdictions)
    axis = part.axis(f"param:{param}")
    if axis is None:
        return st.just(0.0)
    step = _step(axis)
    values: set[float] = set()
    for cls in axis.classes:
        for x in (cls.low, cls.high):
            if x is None:
                continue
            values.update({x, x - step, x + step})
    return st.sampled_from(sorted(round(x, 6) for x in values if x >= 0))


def countries(
    field: str = "destination",
    world: World | None = None,
    *,
    as_of: dt.date,
    jurisdictions: Sequence[str] | None = None,
) -> st.SearchStrategy[str]:
    """Valid country codes for a transaction field: one per class the regimes distinguish
    first (shrinking towards the most-named class's representative), then any member."""
    if field not in ("exporter", "destination", "origin"):
        raise ValueError(
            f"countries(): field must be exporter, destination or origin, got {field!r}"
        )
    part = partition_for(world, as_of=as_of, jurisdictions=jurisdictions)
    axis = part.axis(f"country:{field}")
    if axis is None:
        return st.sampled_from(list(v.countries()))
    reps = [c.value for c in axis.classes if c.value is not None]
    members = [m for c in axis.classes for m in c.members if m not in reps]
    return st.sampled_from(reps + members)


def kinds(
    world: World | None = None,
    *,
    as_of: dt.date,
    jurisdictions: Sequence[str] | None = None,
) -> st.SearchStrategy[str]:
    """Item kinds, one per class the kind conditions distinguish first, then every other
    kind of the taxonomy."""
    part = partition_for(world, as_of=as_of, jurisdictions=jurisdictions)
    axis = part.axis("kind")
    if axis is None:
        return st.sampled_from(list(v.kinds()))
    reps = [c.value for c in axis.classes]
    return st.sampled_from(reps + [k for k in v.kinds() if k not in reps])


def end_users(
    world: World | None = None,
    *,
    as_of: dt.date,
    jurisdictions: Sequence[str] | None = None,
) -> st.SearchStrategy[Any]:
    """End users as a transaction gives them: none, a party id the regimes know, or an
    unnamed end user (an object) — one per profile the lists and countries distinguish."""
    part = partition_for(world, as_of=as_of, jurisdictions=jurisdictions)
    axis = part.axis("end_user")
    if axis is None:
        return st.just(None)
    return st.sampled_from([c.value for c in axis.classes])
