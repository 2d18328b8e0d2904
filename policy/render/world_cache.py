"""Values the renderer derives from a world, computed once per world object.

A render of the docs, a ``--check`` of them and the HTML site ask for the same expensive
things (the findings report, the country a jurisdiction's exports leave from); the renderer
keeps them here rather than on the model, which is not the renderer's to write.

Entries are keyed by the world's identity, not its value: a :class:`~policy.model.world.World`
compares and hashes by every regime it holds, which would cost more than some of the values
saved (and two equal worlds built apart share nothing here, as they did on the model). An
entry lives as long as its world: a weak reference drops it when the world is collected, so
a long-lived process that loads many worlds does not keep them all. A value must therefore
not refer to its world, or the world would never be collected.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from policy.model.world import World

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class WorldCache(Generic[K, V]):
    """``get(world, key, build)`` is ``build()``, called once per world object and key."""

    def __init__(self) -> None:
        self._entries: dict[int, tuple[weakref.ref[World], dict[K, V]]] = {}

    def get(self, world: World, key: K, build: Callable[[], V]) -> V:
        values = self._values(world)
        if key not in values:
            values[key] = build()
        return values[key]

    def __len__(self) -> int:
        """How many worlds have values here (the ones still alive)."""
        return len(self._entries)

    def _values(self, world: World) -> dict[K, V]:
        ident = id(world)
        entry = self._entries.get(ident)
        if entry is not None and entry[0]() is world:
            return entry[1]
        ref = weakref.ref(world, lambda dead: self._drop(ident, dead))
        values: dict[K, V] = {}
        self._entries[ident] = (ref, values)
        return values

    def _drop(self, ident: int, dead: weakref.ref[World]) -> None:
        # Only the entry of the world that died: its id may already name a new world.
        entry = self._entries.get(ident)
        if entry is not None and entry[0] is dead:
            del self._entries[ident]
