"""Reading records in bounded memory: ranges of a file, blocks of a stream, bounded lines.

A regular file is cut into ranges of whole lines (:func:`file_ranges`) that a worker reads
itself, so the records never pass through the parent; anything else (stdin, a pipe, a FIFO,
a socket) is read once, front to back, in blocks of whole lines (:func:`stream_blocks`).
Either way a line longer than :data:`~policy.loading.MAX_LINE_BYTES` is read past without
being held and reported in its place, so one runaway line costs neither the memory nor the
rest of the input.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, Protocol

from policy.errors import InputError
from policy.loading import MAX_LINE_BYTES

#: One chunk of records: ``(line number, record)`` pairs, where a record is raw JSON bytes,
#: JSON data (a dict, from CSV) or the :class:`InputError` a reader refused it with.
Chunk = list[tuple[int, Any]]
#: A blank input line (or CSV row): answered by a blank output line, so that output line N
#: answers input line N.
BLANK = b""


def regular_file(stream: IO[bytes]) -> bool:
    """Whether ``stream`` is open on a regular file, judged by what was opened (``fstat``),
    not by its name: ``/dev/stdin`` or ``/dev/fd/63`` may be a file or a pipe. Only a
    regular file has a size and offsets to seek to (its ranges are read by the workers);
    anything else is read once, front to back, as a stream."""
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (AttributeError, OSError, io.UnsupportedOperation):
        return False


def bounded_lines(
    stream: IO[bytes], *, where: str, limit: int = MAX_LINE_BYTES, first: int = 1
) -> Iterator[tuple[int, bytes | InputError]]:
    """``(line number, line)`` for each line of ``stream``; a line longer than ``limit``
    bytes is read past in pieces (never held whole) and given as an InputError instead, so
    one runaway line costs neither the memory nor the rest of the file."""
    n = first - 1
    readline = stream.readline
    while raw := readline(limit + 1):
        n += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            size = len(raw)
            while raw and not raw.endswith(b"\n"):
                raw = readline(1 << 20)
                size += len(raw)
            yield n, too_long(n, size - raw.endswith(b"\n"), limit, where)
            continue
        yield n, raw


def too_long(line: int, size: int, limit: int, where: str) -> InputError:
    """The error for line ``line`` of ``size`` bytes (its line break not counted)."""
    return InputError(
        f"line is {size:,} bytes long; the limit for one record is {limit:,} bytes",
        where=f"{where}:{line}",
    )


# --------------------------------------------------------------------------- file ranges


@dataclass(frozen=True)
class Range:
    """Lines ``first``... of a JSON Lines file, bytes ``[start, end)``: what a worker reads
    itself, writing its decisions to a spool file in ``spool`` (so that neither the records
    nor the decisions pass through the parent process); without ``spool`` (one process),
    the decisions come back in the result."""

    path: str
    start: int
    end: int
    first: int
    spool: str | None


#: Bytes of a file per range (a range ends at the first line break after this many): some
#: 11,000 lines of the benchmark's order book, 5,000 of records twice as long.
RANGE_BYTES = 2 << 20


def file_ranges(path: str, spool: str | None, size: int = RANGE_BYTES) -> Iterator[Range]:
    """Consecutive ranges of whole lines, about ``size`` bytes each. The file is read into
    one reused buffer; each range's end is one search for a line break and its lines one
    count (both in C, without copies), so the parent does little while the workers decide,
    and a runaway line makes a long range, not a large buffer."""
    buffer = bytearray(1 << 22)
    start, line, pos, carry = 0, 1, 0, 0  # carry: line breaks of the open range so far
    with open(path, "rb") as f:
        while got := f.readinto(buffer):
            i = max(start - pos, 0)  # where the open range's part of this block begins
            while (j := max(start + size - 1 - pos, i)) < got:
                cut = buffer.find(b"\n", j, got)
                if cut < 0:
                    break
                end = pos + cut + 1
                yield Range(path, start, end, line, spool)
                line += carry + buffer.count(b"\n", i, cut + 1)
                carry, start, i = 0, end, cut + 1
            carry += buffer.count(b"\n", i, got)
            pos += got
    if pos > start:
        yield Range(path, start, pos, line, spool)


class Window:
    """``readline`` over bytes ``[tell(), end)`` of a file: a range read line by line."""

    def __init__(self, f: IO[bytes], end: int) -> None:
        self.f = f
        self.end = end

    def readline(self, size: int = -1) -> bytes:
        left = self.end - self.f.tell()
        if left <= 0:
            return b""
        return self.f.readline(left if size < 0 else min(size, left))


# --------------------------------------------------------------------------- stream blocks


@dataclass(frozen=True)
class Block:
    """Complete lines of a stream, the first of them line ``first``: read by the parent,
    split and decided by a worker, whose decisions go to a spool file in ``spool`` (or come
    back in the result without one)."""

    data: bytes
    first: int
    spool: str | None


#: Bytes read from a stream at a time: about as many lines as a chunk of a file.
BLOCK_BYTES = 1 << 20


def stream_blocks(
    stream: IO[bytes], where: str, spool: str | None, size: int | None = None
) -> Iterator[Block | Chunk]:
    """A JSON Lines stream as blocks of whole lines, read ``size`` bytes at a time (default
    :data:`BLOCK_BYTES`; no step per line here). A line longer than the record limit is
    read past without being held and given as an error in its place; memory stays within
    the limit plus a block."""
    size = size or BLOCK_BYTES
    line = 1
    carry = b""
    read = getattr(stream, "read1", stream.read)
    while True:
        got = read(size)
        if not got:
            break
        data = carry + got if carry else got
        cut = data.rfind(b"\n") + 1
        if cut == 0:
            carry = data
            if len(carry) > MAX_LINE_BYTES:  # a runaway line: skip to its end
                length, carry = _skip_line(read, size, carry)
                yield [(line, too_long(line, length, MAX_LINE_BYTES, where))]
                line += 1
            continue
        block, carry = data[:cut], data[cut:]
        yield Block(block, line, spool)
        line += block.count(b"\n")
    if carry:
        yield Block(carry, line, spool)


class Decidable(Protocol):
    """A unit of work that decides itself (Arrow and Parquet units): it returns the
    :class:`~policy.screening.decisions.Result` of its rows."""

    def decide(self) -> Any: ...


#: A unit of work for :func:`policy.screening.tasks.work`: what an input format yields.
Unit = Chunk | Range | Block | Decidable


def _skip_line(read: Any, size: int, head: bytes) -> tuple[int, bytes]:
    """Read past the rest of a line that began with ``head`` (no line break in it): its
    length without the break, and what follows the break."""
    length = len(head)
    while True:
        got = read(size)
        if not got:
            return length, b""
        at = got.find(b"\n")
        if at >= 0:
            return length + at, got[at + 1 :]
        length += len(got)
