"""Telling a real Ctrl-C from a ``KeyboardInterrupt`` that a regime module raises itself.

Python turns both into the same exception, but they mean different things: a regime module is
the user's code, and whatever it raises, ``raise KeyboardInterrupt`` included, is a mistake in
that module (exit 2, the module named); a SIGINT from the terminal or from ``kill -INT``
interrupts the command (exit 130). While :func:`watching_sigint` is active, the signal is
recorded as it arrives, so :func:`sigint_received` can tell which one an exception is.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

_watching = False
_received = False


def _on_sigint(signum: int, frame: FrameType | None) -> None:
    global _received
    _received = True
    raise KeyboardInterrupt


@contextmanager
def watching_sigint() -> Iterator[None]:
    """Record SIGINT while the block runs (it still raises ``KeyboardInterrupt``, as Python's
    own handler does). A no-op outside the main thread, and when SIGINT is ignored (a
    background job started by a non-interactive shell stays uninterruptible)."""
    global _watching, _received
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    if previous is signal.SIG_IGN or _watching:
        yield
        return
    signal.signal(signal.SIGINT, _on_sigint)
    _watching, _received = True, False
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        _watching = False


def sigint_received() -> bool | None:
    """True when a SIGINT arrived while watching, False when none did, None when nobody is
    watching (a library caller): then a ``KeyboardInterrupt`` must be taken for a real one."""
    return _received if _watching else None
