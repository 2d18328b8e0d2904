"""Output formats: how a chunk's :class:`~policy.screening.answers.Answers` are written
(in the worker that decided them) and how the parent puts the chunks together.

- ``jsonl`` (the default): one decision per line, an ``{"error": ..., "line": N}`` record in
  place of a bad record (``"row"`` for Arrow and Parquet input), a blank line for a blank
  line, so that output line N answers input line N;
- ``csv``: a header row, then one row per record with the Parquet output's columns (``id``,
  ``overall``, per jurisdiction J ``J.outcome``, ``J.reached`` (``true``/``false``),
  ``J.rules`` (``;`` between rule ids), ``J.review`` and ``J.open_facts`` (JSON text, empty
  when none), then ``error``);
- ``parquet``: the columns of :mod:`policy.screening.tables`, one row group per chunk.

In the CSV and Parquet outputs a bad record is a row with its ``error`` and empty (null)
decision columns, and a blank input line is not a record: row k answers the k-th record.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from policy.engine.open_facts import open_facts_text
from policy.errors import UnknownNameError
from policy.loading import dump_json
from policy.model.decisions import Decision
from policy.screening.answers import BLANK, ERROR, Answers
from policy.screening.settings import Settings


@dataclass(frozen=True)
class OutputFormat:
    """A named output format: how a worker writes a chunk's answers, and what the parent
    does with the chunks (in input order)."""

    name: str
    #: file name endings that choose this format for ``--out`` when none is asked for
    suffixes: tuple[str, ...]
    render: Callable[[Settings, Answers], bytes]
    #: the parent's writer of the chunks to the output stream
    sink: Callable[[Settings, IO[bytes]], Sink]


class Sink:
    """Writes the chunks' bytes to the output as they come (JSON Lines, CSV)."""

    #: the chunks' bytes may be appended to the output as they are (a spool spliced in)
    splices = True

    def __init__(self, s: Settings, stream: IO[bytes]) -> None:
        self.stream = stream

    def write(self, data: bytes) -> None:
        self.stream.write(data)

    def close(self) -> None:
        """Finish the output (a footer); the stream itself is the caller's to close."""


class CsvSink(Sink):
    """The header row first, then the chunks' rows."""

    def __init__(self, s: Settings, stream: IO[bytes]) -> None:
        super().__init__(s, stream)
        stream.write(_csv_row(csv_header(s.compiled.jurisdictions)).encode())


def csv_header(jurisdictions: list[str]) -> list[str]:
    cells = ["id", "overall"]
    for j in jurisdictions:
        cells += [f"{j}.outcome", f"{j}.reached", f"{j}.rules", f"{j}.review", f"{j}.open_facts"]
    return [*cells, "error"]


# --------------------------------------------------------------------------- JSON Lines


def error_line(message: str, line: int, key: str = "line") -> str:
    """The record written in place of a bad one: ``{"error":...,"line":N}``."""
    return dump_json({"error": message, key: line}, indent=None)


def render_jsonl(s: Settings, a: Answers) -> bytes:
    """One line per entry: its decision, error record or blank line."""
    from policy.screening.decisions import decision_line, heads

    ids = a.id_list()
    codes = a.codes.tolist()
    tails = [_tail(s, e) for e in a.table]
    key = a.key
    if not a.errors and all(c >= 0 for c in codes) and all(t is not None for t in tails):
        parts: list[bytes] = [b""] * (2 * len(ids))
        parts[0::2] = heads(ids)
        parts[1::2] = map(tails.__getitem__, codes)  # type: ignore[arg-type]
        return b"".join(parts)
    out: list[str] = []
    for k, code in enumerate(codes):
        if code == BLANK:
            out.append("")
        elif code == ERROR:
            out.append(error_line(a.errors[k], a.lines[k], key))
        else:
            entry = a.table[code]
            if isinstance(entry, Decision):
                out.append(dump_json(entry.to_json_dict(), indent=None))
            else:
                out.append(decision_line(ids[k], s.compiled.combo_json(entry)[1:]))
    return ("\n".join(out) + "\n").encode() if out else b""


def _tail(s: Settings, entry: int | Decision) -> bytes | None:
    """A combination's decision line after the id (None for a whole decision)."""
    if not isinstance(entry, int):
        return None
    got = s.tails.get(entry)
    if got is None:
        got = s.tails[entry] = (s.compiled.combo_json(entry)[1:] + "\n").encode()
        s.ranks[entry] = s.compiled.combo(entry)[0].rank
    return got


# --------------------------------------------------------------------------- CSV


def _csv_row(cells: list[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue()


def _csv_cells(entry: int | Decision, s: Settings) -> list[Any]:
    if isinstance(entry, int):
        overall, verdicts, _ = s.compiled.combo(entry)
    else:
        overall, verdicts = entry.overall, entry.verdicts
    cells: list[Any] = [overall.value]
    for j in s.compiled.jurisdictions:
        v = verdicts[j]
        cells += [v.outcome.value, "true" if v.reached else "false", ";".join(v.rules)]
        cells += [v.review or "", open_facts_text(v) or ""]
    return cells


def render_csv(s: Settings, a: Answers) -> bytes:
    """One CSV row per record (blank lines are not records)."""
    ids = a.id_list()
    width = 1 + 5 * len(s.compiled.jurisdictions)
    tails: dict[int, str] = {}
    out: list[str] = []
    for k, code in enumerate(a.codes.tolist()):
        if code == BLANK:
            continue
        tid = ids[k]
        head = "" if tid is None else str(tid)
        if code == ERROR:
            out.append(_csv_row([head, *[""] * width, a.errors[k]]))
            continue
        tail = tails.get(code)
        if tail is None:
            tail = tails[code] = _csv_row([*_csv_cells(a.table[code], s), ""])
        if head and (any(c in head for c in ',"\r\n') or head != head.strip()):
            head = _csv_row([head])[:-1]
        out.append(head + "," + tail)
    return "".join(out).encode()


# --------------------------------------------------------------------------- Parquet


def render_parquet(s: Settings, a: Answers) -> bytes:
    """The chunk's decision columns as an Arrow IPC stream, for the parent's writer."""
    import pyarrow as pa

    ids = a.ids
    batch = s.decision_table(None if isinstance(ids, list) else _plain_type(ids.type)).batch(a)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return bytes(sink.getvalue())


def _plain_type(t: Any) -> Any:
    import pyarrow as pa

    if pa.types.is_dictionary(t):
        t = t.value_type
    if pa.types.is_integer(t) or pa.types.is_large_string(t):
        return t
    return pa.string()


class ParquetSink(Sink):
    """The chunks' columns written to one Parquet file, a row group per chunk. Text
    columns are written dictionary-encoded and read back as plain text (the Arrow schema
    is not stored: every reader sees strings, lists of strings and booleans)."""

    splices = False

    def __init__(self, s: Settings, stream: IO[bytes]) -> None:
        super().__init__(s, stream)
        self.s = s
        self._writer: Any = None  # opened with the first chunk's schema (its ids' type)

    def _open(self, schema: Any) -> None:
        import pyarrow.parquet as pq

        self._writer = pq.ParquetWriter(
            self.stream, schema, compression="snappy", store_schema=False, write_statistics=["id"]
        )

    def write(self, data: bytes) -> None:
        import pyarrow as pa

        if not data:
            return
        with pa.ipc.open_stream(data) as reader:
            if self._writer is None:
                self._open(reader.schema)
            for batch in reader:
                self._writer.write_batch(batch)

    def close(self) -> None:
        if self._writer is None:  # no records: the columns alone
            self._open(self.s.decision_table().schema)
        self._writer.close()


# --------------------------------------------------------------------------- the registry

OUTPUT_FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("jsonl", (".jsonl", ".ndjson", ".json"), render_jsonl, Sink),
        OutputFormat("csv", (".csv",), render_csv, CsvSink),
        OutputFormat("parquet", (".parquet", ".pq"), render_parquet, ParquetSink),
    )
}


def output_format_for(name: str | None, out: Any) -> OutputFormat:
    """The format called ``name``; for None (or ``"auto"``) the one whose file name
    ending ``out`` has (a path), else JSON Lines.

    Raises:
        UnknownNameError: no format is called ``name``.
    """
    if name is None or name == "auto":
        if isinstance(out, str | os.PathLike):
            lowered = os.fspath(out).lower()
            for fmt in OUTPUT_FORMATS.values():
                if lowered.endswith(fmt.suffixes):
                    return fmt
        return OUTPUT_FORMATS["jsonl"]
    found = OUTPUT_FORMATS.get(name) if isinstance(name, str) else None
    if found is None:
        raise UnknownNameError("output format", name, OUTPUT_FORMATS, where="output_format")
    return found
