"""Where the decisions go: stdout, a file replaced atomically once complete, or a stream
the caller holds; and what a failed write says.

An operating-system error while writing (a full disk, a quota, an I/O error) is an
:class:`~policy.errors.InputError` that names the output the user gave, never the temporary
file it goes to first nor nothing at all. A large output file is handed to the disk as it
grows (:class:`Writeback`), so that making it durable at the end does not wait for all of it.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from policy._io import atomic_binary
from policy.errors import InputError


@dataclass(frozen=True)
class Output:
    """The stream decisions are written to, and how to speak of it."""

    stream: IO[bytes]
    #: the output in messages: the path given, ``<stdout>``, or the stream's name
    name: str
    #: opened here (a file): abandoned after a write error, not flushed again
    owned: bool


def stream_name(stream: Any, default: str) -> str:
    """A stream's name for messages: the path it was opened with, else ``default``."""
    name = getattr(stream, "name", None)
    return name if isinstance(name, str) and name else default


def binary_stream(stream: Any, role: str) -> IO[bytes]:
    """``stream`` if it reads or writes bytes; a text stream is a mistake in the caller's
    code (it would need an encoding and would mangle what is not UTF-8), said as such."""
    if isinstance(stream, io.TextIOBase):
        raise TypeError(
            f"{role}: expected a binary stream (opened with 'rb' or 'wb', or sys.stdin.buffer"
            f" and sys.stdout.buffer), got a text stream {stream_name(stream, '')!r}"
        )
    return stream  # type: ignore[no-any-return]


@contextlib.contextmanager
def open_output(out: str | os.PathLike[str] | IO[bytes] | None) -> Iterator[Output]:
    """stdout (``None``), a caller's binary stream (written to, flushed, left open), or a
    path: a temporary file beside it renamed over it once complete (a device or FIFO is
    written in place; see :func:`policy._io.atomic_binary`)."""
    if out is None:
        stream = sys.stdout.buffer
        yield Output(stream, "<stdout>", owned=False)
        stream.flush()
        return
    if isinstance(out, str | os.PathLike):
        path = os.fspath(out)
        with atomic_binary(path) as f:
            yield Output(f, path or "<stdout>", owned=True)
        return
    stream = binary_stream(out, "out")
    yield Output(stream, stream_name(stream, "<stream>"), owned=False)
    stream.flush()


@contextlib.contextmanager
def naming(out: Output) -> Iterator[None]:
    """An operating-system error while writing the output (a full disk, a quota, an I/O
    error) names the output the user gave, not the temporary file it goes to first nor
    nothing at all. An error that names its own file (a spool) keeps its name; a reader
    gone away (a broken pipe) is left to the caller."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as e:
        if e.filename is not None:
            raise
        if out.owned:
            # the output is abandoned: closing it must not write the rest of its buffer
            # again, fail again and replace this error with one that names nothing
            with contextlib.suppress(AttributeError, OSError, ValueError):
                out.stream.raw.close()  # type: ignore[attr-defined]
        raise InputError(f"cannot write: {e.strerror or e}", where=out.name) from None


class Writeback:
    """Starts writing the output to disk as it grows, when it is a regular file: the
    decisions are several times the input's size, and the fsync that makes ``--out``
    durable would otherwise wait for all of them at the end (a quarter of a second per
    million decisions here). ``POSIX_FADV_DONTNEED`` starts the writeback of the range
    without waiting for it, and lets its pages go once they are written."""

    #: Bytes written between two calls.
    STEP = 32 << 20

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.fd = -1
        self.done = 0
        advise = getattr(os, "posix_fadvise", None)
        with contextlib.suppress(AttributeError, OSError, io.UnsupportedOperation):
            fd = out.fileno()
            if advise is not None and stat.S_ISREG(os.fstat(fd).st_mode):
                self.fd = fd
                self.done = os.lseek(fd, 0, os.SEEK_CUR)

    def wrote(self) -> None:
        if self.fd < 0:
            return
        end = self.out.tell()
        if end - self.done < self.STEP:
            return
        self.out.flush()
        with contextlib.suppress(OSError):
            os.posix_fadvise(self.fd, self.done, end - self.done, os.POSIX_FADV_DONTNEED)
        self.done = end
