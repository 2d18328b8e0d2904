"""The default world: every shipped regime and the supplier catalogue."""

from __future__ import annotations

from functools import lru_cache

from policy.model.world import Supplier, World
from policy.regimes import us

SUPPLIERS: tuple[Supplier, ...] = ()


@lru_cache(maxsize=1)
def default_world() -> World:
    """The shipped library (built once per process; worlds are immutable)."""
    return World(regimes=(us.REGIME,), suppliers=SUPPLIERS)


WORLD = default_world()
