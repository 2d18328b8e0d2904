"""Values the engine derives from a world, built once per world object and owned here.

A :class:`~policy.model.world.World` is immutable, so what the engine derives from it (the
regime indexes, the compiled tables) can be built once and reused. The model should not
hold caches its users write (an earlier design kept them in ``World.memo``, whose dict
``model_copy`` shares with every copy, so ``world.as_of(day)`` saw its parent's entries);
a :class:`PerWorld` keeps them on the engine's side instead, keyed by the world object's
identity (worlds hold dicts, so they cannot be hashed by value) and dropped when the world
is collected.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from policy.model.world import World

T = TypeVar("T")


class PerWorld(Generic[T]):
    """``build(world)``, computed once per world object.

    An entry lives as long as its world. A value that refers to its world (a compiled world
    does, to hand rows back to the reference engine) would keep the world alive from here
    for ever; give such a cache a ``size``: it then keeps only the ``size`` most recently
    used worlds' values, and the rest are built again when asked for.
    """

    def __init__(self, build: Callable[[World], T], *, size: int | None = None) -> None:
        self._build = build
        self._size = size
        self._entries: OrderedDict[int, tuple[weakref.ref[World], T]] = OrderedDict()

    def __call__(self, world: World) -> T:
        key = id(world)
        hit = self._entries.get(key)
        if hit is not None and hit[0]() is world:
            if self._size is not None:
                self._entries.move_to_end(key)
            return hit[1]
        value = self._build(world)
        self._entries[key] = (weakref.ref(world, self._forget(key)), value)
        if self._size is not None:
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
        return value

    def _forget(self, key: int) -> Callable[[weakref.ref[World]], None]:
        def forget(ref: weakref.ref[World]) -> None:
            entry = self._entries.get(key)
            if entry is not None and entry[0] is ref:  # not a newer world at the same address
                del self._entries[key]

        return forget

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        """Forget every value (they are built again when asked for)."""
        self._entries.clear()
