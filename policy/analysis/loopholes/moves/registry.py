"""The evasion-move protocol and its registry.

A move is any object with ``name``, ``code``, ``description`` and ``candidates(ctx,
denial)`` (the :class:`Move` protocol: no base class to inherit). :func:`register_move`
adds one to the search, as a call on an instance or as a decorator on a class that can be
made without arguments. Moves are tried, and compose, in the order they were registered.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar, overload, runtime_checkable

from policy.analysis.loopholes.context import SearchContext
from policy.analysis.loopholes.objective import Candidate, Denial


@runtime_checkable
class Move(Protocol):
    """An evasion move: ``candidates`` proposes ways round one denial."""

    @property
    def name(self) -> str: ...

    @property
    def code(self) -> str: ...

    @property
    def description(self) -> str: ...

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterable[Candidate]: ...


_MOVES: dict[str, Move] = {}

M = TypeVar("M", bound=Move)


@overload
def register_move(move: type[M]) -> type[M]: ...


@overload
def register_move(move: M) -> M: ...


def register_move(move: type[M] | M) -> type[M] | M:
    """Add ``move`` to the search (replacing one with the same name, in its place) and
    return it. Given a class (``@register_move`` on a move's class), registers an instance
    made without arguments and returns the class."""
    if isinstance(move, type):
        try:
            instance = move()
        except TypeError as e:
            raise TypeError(
                f"@register_move: {move.__qualname__}() cannot be made without arguments"
                f" ({e}); register an instance instead: register_move({move.__qualname__}(...))"
            ) from None
        register_move(instance)
        return move
    if not isinstance(move, Move):
        raise TypeError(f"{move!r} does not have the attributes of an evasion move")
    _MOVES[move.name] = move
    return move


def registered_moves() -> list[Move]:
    """Every registered move, in registration order (the order moves compose in)."""
    return list(_MOVES.values())


__all__ = ["Move", "register_move", "registered_moves"]
