"""Hypothesis strategies derived from the partition: transactions that hit every threshold
exactly and just either side of it, with valid countries, kinds, parties and end users.

Use them in your own tests::

    from hypothesis import given, strategies as st
    from policy import Transaction
    from policy.analysis.strategies import transactions

    @given(transactions(MY_WORLD, as_of=date(2024, 1, 1)))
    def test_h100_class_chips_always_need_a_licence_to_china(tx): ...

    @given(st.from_type(Transaction))  # the shipped library, on any date its law changes
    def test_every_transaction_gets_a_verdict(tx): ...

Every strategy draws from the classes of the exact partition (:mod:`policy.analysis.partition`)
for the regimes in force on ``as_of``: first a class on each axis, then a value inside it.

The strategies are lazy, as hypothesis's own are: calling one (at decoration time, when a
test module is imported) checks nothing and builds nothing; the world is loaded, the
arguments checked and the partition built when the first example is drawn, once per world,
date and scope. A wrong argument is a programming error, raised then: ``TypeError`` for a
value of the wrong type, ``ValueError`` for a wrong value (an unknown parameter, field or
jurisdiction).

``st.from_type(Transaction)`` (and so ``st.builds`` of anything with a ``Transaction``
field) draws :func:`transactions` of the shipped library on a :func:`dates` date: hypothesis
runs :func:`policy.analysis._hypothesis.register` when it is imported (the ``hypothesis``
entry point), and importing this module runs it too.

Shrinking (what a failing example shrinks to, so witnesses are minimal):

* a class shrinks towards the first class of its axis: for a parameter or a content share
  the lowest interval, so a failure shrinks to the smallest value that still fails (often
  the threshold itself); for a country field the class of the most-named countries; for
  kinds the kinds the conditions name; for the end user "none";
* inside a numeric class a value shrinks towards the class's lower end, trying the
  boundary values (each cut, and one step either side of it) before anything in between;
* inside a country class, towards the most readable member (the representative);
* a date (when ``as_of`` is not given) towards the earliest date the law changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from hypothesis import strategies as st

from policy.analysis._hypothesis import register
from policy.analysis.partition import Axis, AxisClass, Partition, partition
from policy.errors import InputError
from policy.model import vocabulary as v
from policy.model.transactions import Transaction
from policy.model.world import World

__all__ = [
    "boundary_values",
    "cells",
    "countries",
    "dates",
    "end_users",
    "kinds",
    "partition_for",
    "transactions",
]

T = TypeVar("T")

_CACHE: dict[tuple[int, dt.date, tuple[str, ...] | None], Partition] = {}


def partition_for(
    world: World | None = None,
    *,
    as_of: dt.date,
    jurisdictions: Sequence[str] | None = None,
) -> Partition:
    """The partition the strategies draw from (the shipped library when ``world`` is None),
    built once per world, date and scope.

    Raises:
        TypeError: ``world`` is not a World, ``as_of`` not a date, or ``jurisdictions``
            not a sequence of codes.
        ValueError: ``jurisdictions`` names a jurisdiction the world has no regime for.
    """
    world = _world(world, "partition_for")
    _check_date("partition_for", as_of)
    scope = _scope("partition_for", world, jurisdictions)
    key = (id(world), as_of, scope)
    part = _CACHE.get(key)
    if part is None or part.world is not world:
        part = partition(world, as_of=as_of, jurisdictions=scope)
        _CACHE[key] = part
    return part


# --------------------------------------------------------------------------- arguments


def _lazy(build: Callable[[], st.SearchStrategy[T]]) -> st.SearchStrategy[T]:
    """``build()`` on the first draw (hypothesis's ``deferred``): no work, and no error,
    when the strategy is created at decoration time."""
    return st.deferred(build)


def _world(world: object, where: str) -> World:
    _check_world(where, world)
    if world is None:
        from policy.regimes import default_world

        return default_world()
    assert isinstance(world, World)
    return world


def _check_world(where: str, world: object) -> None:
    if world is not None and not isinstance(world, World):
        raise TypeError(f"{where}(): world must be a World or None, got {type(world).__name__}")


def _check_date(where: str, as_of: object) -> None:
    # A datetime is a date too, but the law is dated by days and a transaction's date is one.
    if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
        raise TypeError(f"{where}(): as_of must be a datetime.date, got {as_of!r}")


def _check_scope(where: str, jurisdictions: object) -> None:
    if jurisdictions is None:
        return
    if isinstance(jurisdictions, str) or not isinstance(jurisdictions, Sequence | frozenset | set):
        raise TypeError(
            f"{where}(): jurisdictions must be a sequence of codes such as ['US', 'JP'],"
            f" got {jurisdictions!r}"
        )


def _scope(where: str, world: World, jurisdictions: object) -> tuple[str, ...] | None:
    _check_scope(where, jurisdictions)
    if jurisdictions is None:
        return None
    assert isinstance(jurisdictions, Sequence | frozenset | set)
    known = {r.jurisdiction for r in world.regimes}
    unknown = sorted(str(j) for j in jurisdictions if j not in known)
    if unknown:
        raise ValueError(
            f"{where}(): no regime for {', '.join(unknown)} in the world"
            f" (it has {', '.join(sorted(known)) or 'none'})"
        )
    return tuple(sorted(jurisdictions))


def _check_param(where: str, param: object) -> None:
    try:
        v.parameter(param)
    except InputError as e:
        # The vocabulary's error is the command line's (exit 2); here a test is wrong.
        error = TypeError if not isinstance(param, str) else ValueError
        raise error(f"{where}(): {e}") from None


def _step(axis: Axis) -> float:
    if axis.kind == "param" and axis.key in v.parameters():
        return float(10.0 ** (-v.parameter(axis.key).decimals))
    return 0.01


# --------------------------------------------------------------------------- values


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
    return part.transaction(path, values)


# --------------------------------------------------------------------------- strategies


def dates(world: World | None = None) -> st.SearchStrategy[dt.date]:
    """Each date on which the law of ``world`` (the shipped library when None) changes,
    shrinking towards the earliest: one date per state of the law.

    Raises (on the first draw) ``ValueError`` when the world has no dated law."""

    def build() -> st.SearchStrategy[dt.date]:
        days = _world(world, "dates").change_dates()
        if not days:
            raise ValueError("dates(): the world has no dated law to draw a date from")
        return st.sampled_from(days)

    return _lazy(build)


def transactions(
    world: World | None = None,
    *,
    as_of: dt.date | None = None,
    jurisdictions: Sequence[str] | None = None,
    partition: Partition | None = None,
) -> st.SearchStrategy[Transaction]:
    """Transactions dated ``as_of`` (or drawn from a ``partition`` you built), one class
    drawn on every axis (so every combination of thresholds, groups, lists and kinds can
    come up) and a value inside each class, boundary values first. Without ``as_of`` (and
    ``partition``), the date is drawn from :func:`dates` first. See the module docstring
    for how they shrink.

    Raises (on the first draw) ``TypeError`` when ``partition`` is given with ``world``,
    ``as_of`` or ``jurisdictions``, or an argument has the wrong type; ``ValueError`` for
    a jurisdiction the world has no regime for."""

    def build() -> st.SearchStrategy[Transaction]:
        if partition is not None:
            if not isinstance(partition, Partition):
                raise TypeError(
                    f"transactions(): partition must be a Partition, got {type(partition).__name__}"
                )
            if world is not None or as_of is not None or jurisdictions is not None:
                raise TypeError(
                    "transactions(): give a partition, or world, as_of and jurisdictions; not both"
                )
            return _draw(partition)
        if as_of is not None:
            return _draw(partition_for(world, as_of=as_of, jurisdictions=jurisdictions))
        _check_world("transactions", world)
        _check_scope("transactions", jurisdictions)
        return _on_a_date_the_law_changes(world, jurisdictions)

    return _lazy(build)


@st.composite
def _on_a_date_the_law_changes(
    draw: st.DrawFn, world: World | None, jurisdictions: Sequence[str] | None
) -> Transaction:
    # A composite, not a deferred: hypothesis asks a strategy that ``from_type`` resolves
    # to whether it is empty, which would evaluate a deferred and so load the world when
    # the test module is imported; a composite answers without running.
    day = draw(dates(world))
    return draw(_draw(partition_for(world, as_of=day, jurisdictions=jurisdictions)))


def cells(partition: Partition) -> st.SearchStrategy[Any]:
    """The cells of a partition (shrinking towards the first cell enumerated); the cells are
    enumerated on the first draw."""

    def build() -> st.SearchStrategy[Any]:
        if not isinstance(partition, Partition):
            raise TypeError(f"cells(): expected a Partition, got {type(partition).__name__}")
        return st.sampled_from(list(partition.cells))

    return _lazy(build)


def _of_axis(
    name: str,
    world: World | None,
    as_of: dt.date,
    jurisdictions: Sequence[str] | None,
    *,
    values: Callable[[Axis], st.SearchStrategy[T]],
    absent: Callable[[], st.SearchStrategy[T]],
    check: Callable[[], None] = lambda: None,
) -> st.SearchStrategy[T]:
    """A lazy strategy of the values ``values`` draws from the axis ``name`` of the
    partition (``absent()`` when no condition reads the axis); ``check`` validates the
    arguments first."""

    def build() -> st.SearchStrategy[T]:
        check()
        axis = partition_for(world, as_of=as_of, jurisdictions=jurisdictions).axis(name)
        return absent() if axis is None else values(axis)

    return _lazy(build)


def boundary_values(
    param: str,
    world: World | None = None,
    *,
    as_of: dt.date,
    jurisdictions: Sequence[str] | None = None,
) -> st.SearchStrategy[float]:
    """Each threshold the conditions compare ``param`` with, and one step (the
    parameter's precision) either side of it, in ascending order (shrinking towards the
    lowest). A parameter no condition reads gives 0.

    Raises (on the first draw) ``ValueError`` for an unknown parameter."""

    def cuts(axis: Axis) -> st.SearchStrategy[float]:
        step = _step(axis)
        values: set[float] = set()
        for cls in axis.classes:
            for x in (cls.low, cls.high):
                if x is None:
                    continue
                values.update({x, x - step, x + step})
        return st.sampled_from(sorted(round(x, 6) for x in values if x >= 0))

    return _of_axis(
        f"param:{param}",
        world,
        as_of,
        jurisdictions,
        values=cuts,
        absent=lambda: st.just(0.0),
        check=lambda: _check_param("boundary_values", param),
    )


def countries(
    field: str = "destination",
    world: World | None = None,
    *,
    as_of: dt.date,
    jurisdictions: Sequence[str] | None = None,
) -> st.SearchStrategy[str]:
    """Valid country codes for a transaction field: one per class the regimes distinguish
    first (shrinking towards the most-named class's representative), then any member.

    Raises (on the first draw) ``ValueError`` for a field other than exporter, destination
    or origin."""

    def check() -> None:
        if field not in ("exporter", "destination", "origin"):
            raise ValueError(
                f"countries(): field must be exporter, destination or origin, got {field!r}"
            )

    def members(axis: Axis) -> st.SearchStrategy[str]:
        reps = [c.value for c in axis.classes if c.value is not None]
        others = [m for c in axis.classes for m in c.members if m not in reps]
        return st.sampled_from(reps + others)

    return _of_axis(
        f"country:{field}",
        world,
        as_of,
        jurisdictions,
        values=members,
        absent=lambda: st.sampled_from(list(v.countries())),
        check=check,
    )


def kinds(
    world: World | None = None,
    *,
    as_of: dt.date,
    jurisdictions: Sequence[str] | None = None,
) -> st.SearchStrategy[str]:
    """Item kinds, one per class the kind conditions distinguish first, then every other
    kind of the taxonomy."""

    def representatives_first(axis: Axis) -> st.SearchStrategy[str]:
        reps = [c.value for c in axis.classes]
        return st.sampled_from(reps + [k for k in v.kinds() if k not in reps])

    return _of_axis(
        "kind",
        world,
        as_of,
        jurisdictions,
        values=representatives_first,
        absent=lambda: st.sampled_from(list(v.kinds())),
    )


def end_users(
    world: World | None = None,
    *,
    as_of: dt.date,
    jurisdictions: Sequence[str] | None = None,
) -> st.SearchStrategy[Any]:
    """End users as a transaction gives them: none, a party id the regimes know, or an
    unnamed end user (an object) — one per profile the lists and countries distinguish."""
    return _of_axis(
        "end_user",
        world,
        as_of,
        jurisdictions,
        values=lambda axis: st.sampled_from([c.value for c in axis.classes]),
        absent=lambda: st.just(None),
    )


# Also registered here, for a checkout that is not installed (no entry point) or a run with
# HYPOTHESIS_NO_PLUGINS set; registering twice replaces the entry with the same one.
register()
