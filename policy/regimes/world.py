"""The default world: every shipped regime and the supplier catalogue."""

from __future__ import annotations

from functools import lru_cache

from policy.model.world import World
from policy.regimes import cn, eu, jp, nl, us, wassenaar
from policy.regimes.suppliers import SUPPLIERS


@lru_cache(maxsize=1)
def default_world() -> World:
    """The shipped library (built once per process; worlds are immutable)."""
    return World(
        regimes=(cn.REGIME, eu.REGIME, jp.REGIME, nl.REGIME, us.REGIME, wassenaar.REGIME),
        suppliers=SUPPLIERS,
    )


WORLD = default_world()
