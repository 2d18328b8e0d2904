"""Writing files atomically: a temporary file beside the target, then a rename, so a crash
or a kill mid-write leaves the previous output intact (at worst a stray ``.NAME.*.tmp``
file beside it after a SIGKILL, never a half-written NAME)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from policy.errors import InputError


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise InputError("is a directory; expected a file to write", where=str(target))
    parent = target.parent
    if parent.exists() and not parent.is_dir():
        raise InputError(f"cannot write here: {parent} is not a directory", where=str(target))


def write_text_atomic(path: str | Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8, LF line ends) in one rename.

    Raises:
        InputError: the path cannot be written (a directory, a missing or read-only parent,
            a full disk), naming the path rather than the temporary file.
    """
    target = Path(path)
    _check_target(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_binary(target) as f:
            f.write(text.encode("utf-8"))
    except OSError as e:
        raise InputError(f"cannot write: {e.strerror or e}", where=str(target)) from None


@contextlib.contextmanager
def atomic_binary(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary file that becomes ``path`` (by rename, after fsync) only if the block ends
    without an exception; otherwise ``path`` keeps its previous content."""
    target = Path(path)
    _check_target(target)
    if not target.parent.is_dir():
        raise InputError(f"no such directory: {target.parent}", where=str(target))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise InputError(f"cannot write: {e.strerror or e}", where=str(target)) from None
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
