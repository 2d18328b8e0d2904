"""``decide_many``: bulk decisions through the compiled evaluator.

The compiled evaluator (and numpy with it) is imported on the first call, so that
``import policy`` and one-off ``decide`` calls stay light.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from policy.model.decisions import Decision
from policy.model.transactions import Transaction
from policy.model.world import World


def decide_many(
    world: World,
    transactions: Iterable[Transaction],
    *,
    explain: bool = False,
    batch_size: int = 8192,
) -> Iterator[Decision]:
    """Decide each transaction, in order, as :func:`policy.decide` would.

    The decisions come from the compiled evaluator in batches of ``batch_size`` and carry no
    trace; with ``explain=True`` each comes from the reference :func:`policy.decide`, trace
    included (as :func:`policy.engine.decide.decide_each` does). Errors are raised where the
    reference would raise them, after the decisions before them have been yielded.
    """
    if explain:
        from policy.engine.decide import decide_each

        yield from decide_each(world, transactions)
        return
    from policy.engine.compiled import compile_world

    yield from compile_world(world).decide_many(transactions, size=batch_size)
