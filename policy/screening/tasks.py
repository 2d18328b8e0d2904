"""One unit of a screening's work, as a worker (or the parent) does it: read a chunk of the
input, decide it, and spool its decisions.

A unit is a :class:`~policy.screening.reading.Range` of a file (the worker reads it
itself), a :class:`~policy.screening.reading.Block` of a stream (read by the parent, split
here), or a chunk of records a reader already parsed (CSV); :func:`work` takes any of them.
"""

from __future__ import annotations

from policy.loading import MAX_LINE_BYTES
from policy.screening.decisions import Result, decide_lines, decide_or_errors
from policy.screening.reading import Block, Chunk, Range, Unit, Window, bounded_lines, too_long
from policy.screening.settings import current
from policy.screening.spools import spooled

#: A range longer than this (a runaway line in it) is read line by line, each line bounded,
#: rather than in one read: memory stays flat whatever the file holds.
RANGE_READ_LIMIT = 32 * 1024 * 1024


def work(unit: Unit) -> Result:
    """Decide one unit of work, whatever its kind."""
    if isinstance(unit, Range):
        return decide_range(unit)
    if isinstance(unit, Block):
        return decide_block(unit)
    if isinstance(unit, list):
        return decide_or_errors(unit)
    res: Result = unit.decide()
    return res


def decide_range(task: Range) -> Result:
    """Read, decide and spool one range (run in a worker, or in the parent for the first)."""
    s = current()
    where = s.where if s is not None else task.path
    with open(task.path, "rb") as f:
        f.seek(task.start)
        if task.end - task.start > RANGE_READ_LIMIT:
            lines = bounded_lines(Window(f, task.end), where=where, first=task.first)  # type: ignore[arg-type]
            res = decide_or_errors(list(lines))
        else:
            res = decide_data(f.read(task.end - task.start), task.first, where)
    return spooled(res, task.spool, task.end)


def decide_block(block: Block) -> Result:
    """Split, decide and spool one block of a stream."""
    s = current()
    where = s.where if s is not None else "<stdin>"
    return spooled(decide_data(block.data, block.first, where), block.spool, None)


def decide_data(data: bytes, first: int, where: str) -> Result:
    """Decide the lines in ``data`` (complete lines, the last one's break optional), the
    first of them line ``first``; a line longer than the record limit is an error."""
    parts = data.split(b"\n")
    if parts[-1] == b"":
        parts.pop()  # the line break that ends the data
    lost = len(parts) if data.endswith(b"\n") else len(parts) - 1
    s = current()
    if (
        s is not None
        and s.columns is not None
        and parts
        and max(map(len, parts)) <= MAX_LINE_BYTES
        and not any(map(bytes.isspace, parts))
        and all(parts)
    ):
        # the common case, without a step per line: every line a record
        numbers = range(first, first + len(parts))
        return decide_lines(s, parts, numbers, lost, data.count(b":"))
    chunk: Chunk = []
    last = len(parts) - 1
    for k, part in enumerate(parts):
        line = first + k
        if len(part) > MAX_LINE_BYTES:
            chunk.append((line, too_long(line, len(part), MAX_LINE_BYTES, where)))
        else:
            chunk.append((line, part + b"\n" if k < last or lost > last else part))
    return decide_or_errors(chunk) if chunk else Result(b"", [], 0)
