"""The compiled evaluator: a world compiled to bitset tables, decided in columnar batches.

``compile_world(world)`` gives a :class:`CompiledWorld` whose decisions equal the reference
:func:`policy.engine.decide.decide` on every transaction (the differential tests in
``tests/perf`` check it), without the trace: :meth:`CompiledWorld.explain` gives any single
decision with its trace, from the reference engine. numpy is imported here and nowhere else
in the engine; :func:`policy.engine.bulk.decide_many` imports this package on first use.
"""

from __future__ import annotations

from policy.engine.compiled.batch import Batch, Row, row_of
from policy.engine.compiled.world import CompiledWorld
from policy.model.world import World


def compile_world(world: World) -> CompiledWorld:
    """The compiled form of ``world``, built once per world object (worlds are immutable)."""
    compiled: CompiledWorld = world.memo("engine.compiled", lambda: CompiledWorld(world))
    return compiled


__all__ = ["Batch", "CompiledWorld", "Row", "compile_world", "row_of"]
