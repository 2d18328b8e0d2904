"""Input formats: a small registry of readers, each turning an opened input into units of
work for the deciders.

A reader gets the opened :class:`Source` and the spool directory (or None) and yields
units: :class:`~policy.screening.reading.Range` s of a regular file (which workers read
themselves), :class:`~policy.screening.reading.Block` s of JSON Lines, or chunks of
``(line number, record)`` pairs whose records are raw JSON bytes, JSON data (a dict whose
keys are the transaction's fields, as the CSV reader makes them) or the
:class:`~policy.errors.InputError` a record was refused with. A new format (Parquet, Arrow)
registers an :class:`InputFormat` whose reader yields record chunks, and ``policy screen
--input-format`` and :func:`policy.screen` offer it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO

from policy.errors import InputError, UnknownNameError
from policy.screening import reading
from policy.screening.csv import csv_chunks
from policy.screening.reading import Unit


@dataclass(frozen=True)
class Source:
    """An input, opened: what a reader reads."""

    stream: IO[bytes]
    #: the input in messages: its path, ``<stdin>``, or a stream's name
    where: str
    #: the path of a regular file opened by name, whose ranges workers may read themselves;
    #: None for anything read front to back (stdin, a pipe, a FIFO, a caller's stream)
    path: str | None = None
    #: its size in bytes, when known (for the progress line)
    total: int | None = None
    #: how far it has been read, when that can be asked
    position: Callable[[], int] | None = None


@dataclass(frozen=True)
class InputFormat:
    """A named input format and its reader."""

    name: str
    #: file name endings that choose this format when none is asked for (lower case)
    suffixes: tuple[str, ...]
    read: Callable[[Source, str | None], Iterator[Unit]]
    #: its units are decided into spool files by the workers (they read the input
    #: themselves, or get it in blocks): the screening makes a spool directory for them
    spools: bool = False


#: The registry: each format by its name, in the order registered (add with
#: :func:`register_input_format`, which checks the name).
INPUT_FORMATS: dict[str, InputFormat] = {}
#: The format of an input whose name has none of the registered endings (and of stdin).
DEFAULT = "jsonl"


def register_input_format(fmt: InputFormat, *, replace: bool = False) -> InputFormat:
    """Make ``fmt`` available by its name (and its file name endings); a name already
    registered is an error unless ``replace`` is true."""
    if fmt.name in INPUT_FORMATS and not replace:
        raise ValueError(f"an input format named {fmt.name!r} is already registered")
    if not fmt.name or fmt.name == "auto":
        raise ValueError(f"an input format cannot be named {fmt.name!r}")
    INPUT_FORMATS[fmt.name] = fmt
    return fmt


def input_formats() -> tuple[str, ...]:
    """The registered formats' names, in the order they were registered."""
    return tuple(INPUT_FORMATS)


def input_format_for(name: str | None, source: str) -> InputFormat:
    """The format called ``name``; for None (or ``"auto"``) the one whose file name ending
    ``source`` has (case aside), else :data:`DEFAULT`.

    Raises:
        UnknownNameError: no format is called ``name``.
    """
    if name is None or name == "auto":
        lowered = source.lower()
        for fmt in INPUT_FORMATS.values():
            if lowered.endswith(fmt.suffixes):
                return fmt
        return INPUT_FORMATS[DEFAULT]
    found = INPUT_FORMATS.get(name) if isinstance(name, str) else None
    if found is None:
        raise UnknownNameError("input format", name, INPUT_FORMATS, where="input_format")
    return found


def _json_lines(source: Source, spool: str | None) -> Iterator[Unit]:
    if source.path is not None:  # ranges of the file: with workers, each reads its own
        return reading.file_ranges(source.path, spool)
    return reading.stream_blocks(source.stream, source.where, spool)


def _csv(source: Source, spool: str | None) -> Iterator[Unit]:
    return csv_chunks(source.stream, source.where)


def _needs_pyarrow(what: str, where: str) -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise InputError(
            f"reading {what} needs pyarrow: pip install 'policy[arrow]'", where=where
        ) from None


def _parquet(source: Source, spool: str | None) -> Iterator[Unit]:
    _needs_pyarrow("Parquet", source.where)
    from policy.screening.parquet import parquet_units

    return parquet_units(source, spool)


def _arrow(source: Source, spool: str | None) -> Iterator[Unit]:
    _needs_pyarrow("Arrow IPC", source.where)
    from policy.screening.parquet import arrow_units

    return arrow_units(source, spool)


register_input_format(InputFormat("jsonl", (), _json_lines, spools=True))
register_input_format(InputFormat("csv", (".csv",), _csv))
# Parquet and Arrow IPC (pyarrow, the optional extra policy[arrow], imported on first use)
register_input_format(InputFormat("parquet", (".parquet", ".pq"), _parquet, spools=True))
register_input_format(
    InputFormat("arrow", (".arrow", ".arrows", ".feather", ".ipc"), _arrow, spools=True)
)
