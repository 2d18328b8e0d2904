"""The compiled evaluator: a world compiled to bitset tables, decided in columnar batches.

``compile_world(world)`` gives a :class:`CompiledWorld` whose decisions equal the reference
:func:`policy.engine.decide.decide` on every transaction (the differential tests in
``tests/perf`` check it), without the trace: :meth:`CompiledWorld.explain` gives any single
decision with its trace, from the reference engine. numpy is imported here and nowhere else
in the engine; :func:`policy.engine.bulk.decide_many` imports this package on first use.
"""

from __future__ import annotations

from policy.engine.cache import PerWorld
from policy.engine.compiled.batch import Batch, Row, row_of
from policy.engine.compiled.world import CompiledWorld
from policy.model.world import World

#: A compiled world refers to its world (it hands rows back to the reference engine), so
#: the cache keeps the few most recently used rather than every world it has seen alive.
_COMPILED: PerWorld[CompiledWorld] = PerWorld(CompiledWorld, size=8)


def compile_world(world: World) -> CompiledWorld:
    """The compiled form of ``world``, built once per world object (worlds are immutable)
    and kept for the :data:`_COMPILED` most recently compiled worlds."""
    return _COMPILED(world)


__all__ = ["Batch", "CompiledWorld", "Row", "compile_world", "row_of"]
