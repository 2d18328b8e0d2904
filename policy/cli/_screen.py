"""The machinery of ``policy screen``: records in, decisions out, in order, in bounded memory.

Input comes in chunks: ranges of about 2 MB of a JSON Lines file (:func:`file_ranges`, which
a worker reads itself), blocks of whole lines from a stream (:func:`stream_blocks`), or
records of a CSV file (:func:`csv_chunks`). Each chunk is decided as one columnar batch by
the compiled evaluator, and its output is written before more than a few chunks are in
flight, so memory does not grow with the input. With ``jobs > 1`` chunks go to worker
processes (forked after the world is compiled, so they share it), which spool their
decisions; the parent appends the spools in input order.

JSON Lines go through :class:`~policy.engine.compiled.columns.ColumnReader` (msgspec, the
vocabulary checked in C, each distinct value once). A record it leaves out is read alone:
by :class:`~policy.engine.compiled.records.FastReader` (``orjson``, checked in Python) and
failing that by the strict reader (:func:`policy.loading.parse_json`, pydantic,
:func:`check_references`), which either accepts it or names what is wrong; so the output is
the same whichever path a record takes.

CSV columns (one header row; an empty cell is an absent field): ``id``, ``date``,
``exporter``, ``destination``, ``channel``, ``end_user`` (a party id), ``end_use`` and
``persons`` (lists), ``item.kind``, ``item.name``, ``item.origin``, ``item.flags`` and
``item.made_with`` (lists), ``item.params.<parameter>``, ``item.content.<jurisdiction>``,
``item.classification.<jurisdiction>``, and for an end user the lists do not name
``end_user.name``, ``end_user.country``, ``end_user.headquarters``, ``end_user.owners``
(``PARTY:SHARE`` entries). A list cell separates its entries with ``;``. Numbers are read as
JSON numbers; anything else stays text (and is then reported as not a number).
"""

from __future__ import annotations

import collections
import contextlib
import csv
import gc
import io
import itertools
import json
import multiprocessing
import os
import re
import shutil
import signal
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import IO, Any

import numpy as np
import orjson

from policy._io import atomic_binary
from policy.engine.compiled import Batch, CompiledWorld, compile_world, row_of
from policy.engine.compiled.batch import Row
from policy.engine.compiled.columns import ColumnReader
from policy.engine.compiled.records import FastReader
from policy.engine.compiled.world import _strip
from policy.engine.decide import decide
from policy.errors import InputError, PolicyError
from policy.loading import (
    MAX_LINE_BYTES,
    check_references,
    dump_json,
    parse_json,
    transaction_from_data,
)
from policy.model.transactions import Transaction
from policy.model.world import World

#: CSV records per chunk: large enough that numpy's per-call costs vanish, small enough that
#: a few chunks in flight stay a few megabytes.
CHUNK = 8192
#: A blank input line (or CSV row): answered by a blank output line, so that output line N
#: answers input line N.
BLANK = b""
_LINE_BREAKS = ("\x85", "\u2028", "\u2029")


@dataclass
class Settings:
    """What every chunk needs (inherited by forked workers)."""

    world: World
    where: str
    on: int | None
    explain: bool
    compiled: CompiledWorld = field(init=False)
    reader: FastReader = field(init=False)
    #: the columnar reader of JSON Lines (None when records may not take the fast path)
    columns: ColumnReader | None = field(init=False)
    #: per combination of verdicts: its decision line after the id, and its overall rank
    tails: dict[int, bytes] = field(init=False, default_factory=dict)
    ranks: dict[int, int] = field(init=False, default_factory=dict)
    #: records may take the fast path (the world is fully compiled and no trace is asked)
    fast: bool = field(init=False)
    #: a valid transaction without an end user, in which :meth:`_end_user` judges one
    _stand_in: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.compiled = compile_world(self.world)
        clean = frozenset(p for p in self.compiled.parties if self.compiled.clean(p))
        self.fast = self.compiled.exact and not self.explain
        self.reader = FastReader(clean if self.fast else frozenset(), self.on)
        self.columns = ColumnReader(self.reader, self._end_user) if self.fast else None
        country, kind = min(self.reader.countries), min(self.reader.kinds)
        self._stand_in = {
            "date": "2000-01-01",
            "exporter": country,
            "destination": country,
            "item": {"kind": kind},
        }

    def _end_user(self, value: Any) -> Any:
        """A record's end user as the strict reader leaves it (a party id or an
        :class:`EndUser`), for the columnar reader: judged inside a stand-in transaction so
        that exactly the strict reader's rules apply (it depends on nothing else in the
        record). None when the strict reader refuses it or the tables cannot answer for it:
        those records take the strict path, which names the problem."""
        try:
            tx = transaction_from_data({**self._stand_in, "end_user": value}, where=self.where)
            eu = check_references(tx, self.world, where=self.where).end_user
        except InputError:
            return None
        return eu if self.compiled.clean(eu) else None


@dataclass
class Result:
    """One chunk's output lines, its bad records and the most restrictive outcome in it."""

    out: bytes
    errors: list[str]
    decided: int
    worst: int
    #: the output lines are in this file instead of ``out`` (a worker's spool)
    spool: str | None = None
    #: the input offset this chunk ends at, for the progress display
    position: int | None = None


_SETTINGS: Settings | None = None


def decide_chunk(chunk: list[tuple[int, Any]]) -> Result:
    """Decide ``(line, record)`` pairs; a record is raw JSON bytes or a dict (CSV).

    JSON Lines go to the columnar reader as a whole; the records it leaves out (and CSV
    records) are read one by one, and the two parts are written back in input order."""
    s = _SETTINGS
    assert s is not None
    if s.columns is not None and chunk and all(type(r) is bytes for _, r in chunk):
        return _decide_lines(s, [r for _, r in chunk], [n for n, _ in chunk])
    out, errors, decided, worst = _decide_records(s, chunk)
    return Result(("\n".join(out) + "\n").encode() if out else b"", errors, decided, worst)


def _decide_lines(
    s: Settings,
    raws: list[bytes],
    lines: Sequence[int],
    lost: int = 0,
    colons: int | None = None,
) -> Result:
    """JSON Lines (``raws``, at line numbers ``lines``) through the columnar reader. A
    decision line is its id's head (``{"id":7,``) and its combination's shared tail, joined
    once for the whole chunk. ``lost``: the first ``lost`` raws come without their line
    break, which a record read one by one gets back (the strict reader's error positions
    count it). ``colons``: the ``:`` bytes in ``raws``, if counted already."""
    assert s.columns is not None
    cw = s.compiled
    batch, ids, taken = s.columns.read(raws, colons)
    combos, deferred = cw.combos(batch)
    if deferred.any():  # not expected: the reader takes only end users the tables vouch for
        taken[np.flatnonzero(taken)[deferred]] = False
        ids = list(compress(ids, (~deferred).tolist()))
        combos = combos[~deferred]
    worst = 0
    parts: list[bytes] = []
    if len(combos):
        order = combos.tolist()
        tails, ranks = s.tails, s.ranks
        distinct = set(order)
        for cid in distinct - tails.keys():
            tails[cid] = (cw.combo_json(cid)[1:] + "\n").encode()
            ranks[cid] = cw.combo(cid)[0].rank
        worst = max(map(ranks.__getitem__, distinct))
        parts = [b""] * (2 * len(ids))
        parts[0::2] = _heads(ids)
        parts[1::2] = map(tails.__getitem__, order)
    decided = len(ids)
    if taken.all():
        return Result(b"".join(parts), [], decided, worst)
    rest = [
        (lines[i], raws[i] + b"\n" if i < lost else raws[i])
        for i in np.flatnonzero(~taken).tolist()
    ]
    more, errors, also, worse = _decide_records(s, rest)
    merged: list[bytes] = []
    fast, slow = iter(range(0, len(parts), 2)), iter(more)
    for t in taken.tolist():
        if t:
            k = next(fast)
            merged.append(parts[k] + parts[k + 1])
        else:
            merged.append((next(slow) + "\n").encode())
    return Result(b"".join(merged), errors, decided + also, max(worst, worse))


def _heads(ids: list[Any]) -> list[bytes]:
    """``{"id":...,`` for each id (``{`` for none), as :func:`_line` writes it: in C for a
    chunk of integer ids, or of text ids without a Unicode line break (escaped one by one)."""
    types = set(map(type, ids))
    if types == {int}:
        return list(map(b'{"id":%d,'.__mod__, ids))
    if types == {str}:
        text = "".join(ids)
        if not any(c in text for c in _LINE_BREAKS):
            return list(map(b'{"id":%s,'.__mod__, map(orjson.dumps, ids)))
    return [_line(tid, "").encode() for tid in ids]


def _decide_records(
    s: Settings, chunk: list[tuple[int, Any]]
) -> tuple[list[str], list[str], int, int]:
    """One output line per record, the error messages, how many were decided and the most
    restrictive rank: each record checked on its own (fast reader, else strict reader)."""
    rows: list[Row] = []
    held: dict[int, Transaction] = {}  # rows that came through the strict reader
    ids: list[Any] = []
    lines: list[int] = []
    slots: list[int | str] = []  # per record: its row, or its error record line
    errors: list[str] = []
    row = s.reader.row
    loads = orjson.loads
    fast = s.fast
    for line, record in chunk:
        if type(record) is bytes and (not record or record.isspace()):
            slots.append("")  # a blank line keeps its place: a blank line out
            continue
        got = None
        if fast:
            if type(record) is bytes:
                with contextlib.suppress(orjson.JSONDecodeError):
                    got = row(loads(record), record)
            else:
                got = row(record, None)
        if got is not None:
            ids.append(got[0])
            rows.append(got[1])
            lines.append(line)
            slots.append(len(rows) - 1)
            continue
        where = f"{s.where}:{line}"
        try:
            data = parse_json(record, where=where) if isinstance(record, bytes) else record
            tx = check_references(transaction_from_data(data, where=where), s.world, where=where)
        except InputError as e:
            errors.append(f"Error: {e}")
            slots.append(dump_json({"error": str(e), "line": line}, indent=None))
            continue
        if s.on is not None:
            tx = tx.model_copy(update={"date": _date(s.on)})
        ids.append(tx.id)
        rows.append(row_of(tx))
        held[len(rows) - 1] = tx
        lines.append(line)
        slots.append(len(rows) - 1)
    txs: list[Transaction | None] = [None] * len(rows)
    for k, tx in held.items():
        txs[k] = tx
    out: list[str] = []
    worst = 0
    decided = 0
    combos: list[int] = []
    deferred: list[bool] = [True] * len(rows)
    body: dict[int, str] = {}
    rank: dict[int, int] = {}
    if rows and not s.explain:
        cw = s.compiled
        c, dfr = cw.combos(Batch(rows, txs))
        combos, deferred = c.tolist(), dfr.tolist()
        body = {cid: cw.combo_json(cid) for cid, d in zip(combos, deferred, strict=True) if not d}
        rank = {cid: cw.combo(cid)[0].rank for cid in body}
    for slot in slots:
        if isinstance(slot, str):
            out.append(slot)
            continue
        if deferred[slot]:
            strict = txs[slot]
            assert strict is not None
            try:
                d = decide(s.world, strict)
            except PolicyError as e:
                msg = f"{s.where}:{lines[slot]}: {e}"
                errors.append(f"Error: {msg}")
                out.append(dump_json({"error": msg, "line": lines[slot]}, indent=None))
                continue
            if not s.explain:
                d = _strip(d)
            worst = max(worst, d.overall.rank)
            decided += 1
            out.append(dump_json(d.to_json_dict(), indent=None))
            continue
        cid = combos[slot]
        worst = max(worst, rank[cid])
        decided += 1
        out.append(_with_id(ids[slot], body[cid]))
    return out, errors, decided, worst


def _with_id(tid: Any, body: str) -> str:
    """The decision line: ``{"id":...,`` then the shared body (keys sort: id < overall)."""
    return _line(tid, body[1:])


def _line(tid: Any, tail: str) -> str:
    """The decision line from its id and the shared body without its opening brace."""
    if type(tid) is int:
        return '{"id":' + str(tid) + "," + tail
    if tid is None:
        return "{" + tail
    text = str(tid)
    if any(c in text for c in _LINE_BREAKS):
        return '{"id":' + dump_json(text, indent=None) + "," + tail
    return '{"id":' + orjson.dumps(text).decode() + "," + tail


def _date(ordinal: int) -> Any:
    import datetime as dt

    return dt.date.fromordinal(ordinal)


# --------------------------------------------------------------------------- input


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
            yield n, _too_long(n, size - raw.endswith(b"\n"), limit, where)
            continue
        yield n, raw


def _too_long(line: int, size: int, limit: int, where: str) -> InputError:
    """The error for line ``line`` of ``size`` bytes (its line break not counted)."""
    return InputError(
        f"line is {size:,} bytes long; the limit for one record is {limit:,} bytes",
        where=f"{where}:{line}",
    )


_LISTS = {"end_use", "persons", "item.flags", "item.made_with"}
_SCALARS = {"id", "date", "exporter", "destination", "channel", "end_user", "item.kind"}
_SCALARS |= {"item.name", "item.origin"}
_END_USER = {"end_user.name", "end_user.country", "end_user.headquarters", "end_user.owners"}
_MAPS = ("item.params.", "item.content.", "item.classification.")


def csv_chunks(stream: IO[bytes], where: str, size: int = CHUNK) -> Iterator[list[tuple[int, Any]]]:
    """Records of a CSV file as ``(line, data or InputError)`` chunks, one record per line
    (as BigQuery's loader does by default, a quoted cell cannot hold a line break, so one
    stray quote costs its own line, not the rest of the file). A spreadsheet's byte order
    mark is skipped; a line that is not UTF-8, too long, not CSV or with a quote left open
    is an error for that record only, and reading goes on with the next line."""
    refused: dict[str, str] = {}
    yield from _csv_chunks(_csv_lines(stream, where, refused), where, size, refused)


#: Marks a line that ``_csv_lines`` refused (too long), inside the text the csv module sees.
_REFUSED = "\x00policy:refused-line:"
_UNCLOSED = (
    "a quoted cell is not closed on this line (a record is one line; a cell cannot hold a"
    " line break)"
)


def _csv_lines(stream: IO[bytes], where: str, refused: dict[str, str]) -> Iterator[str]:
    """Decoded lines for the csv module: bytes that are not UTF-8 survive as surrogates
    (found per record in :func:`_csv_chunks`) and an overlong line becomes a marker whose
    message waits in ``refused``."""
    for n, raw in bounded_lines(stream, where=where):
        if isinstance(raw, InputError):
            refused[str(n)] = raw.message
            yield f"{_REFUSED}{n}\n"
            continue
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        yield raw.decode("utf-8", "surrogateescape")


class _Unclosed(Exception):
    """The csv module asked for a second line for one record: a quote is open at the end of
    the first."""


class _OneLine:
    """Lines for the csv module, one per record: :meth:`next_record` hands the reader one
    line, and if the reader asks for another before the record is complete (a quote left
    open), :class:`_Unclosed` ends that record. The reader starts afresh on the next call,
    so only that line is lost."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self._given = False
        self.reader = csv.reader(self)

    def __iter__(self) -> _OneLine:
        return self

    def __next__(self) -> str:
        if self._given:
            raise _Unclosed
        self._given = True
        return next(self._lines)

    def next_record(self) -> list[str]:
        self._given = False
        return next(self.reader)


def _csv_chunks(
    lines: Iterator[str], where: str, size: int, refused: dict[str, str]
) -> Iterator[list[tuple[int, Any]]]:
    feed = _OneLine(lines)
    try:
        header = feed.next_record()
    except StopIteration:
        return
    except csv.Error as e:
        raise InputError(f"cannot read the CSV header: {e}", where=f"{where}:1") from None
    except _Unclosed:
        raise InputError(f"cannot read the CSV header: {_UNCLOSED}", where=f"{where}:1") from None
    problem = _cells_problem(header, refused)
    if problem:
        raise InputError(f"header: {problem}", where=f"{where}:1")
    seen: set[str] = set()
    for col in header:
        if col in seen:
            raise InputError(f"column {col!r} appears twice", where=f"{where}:1")
        seen.add(col)
        if not (col in _LISTS or col in _SCALARS or col in _END_USER or col.startswith(_MAPS)):
            raise InputError(
                f"unknown column {_shown(col)} (see `policy screen --help` for the columns)",
                where=f"{where}:1",
            )
    chunk: list[tuple[int, Any]] = []
    record: Any
    while True:
        try:
            cells = feed.next_record()
        except StopIteration:
            break
        except (csv.Error, _Unclosed) as e:
            line = feed.reader.line_num
            problem = _UNCLOSED if isinstance(e, _Unclosed) else f"malformed CSV: {e}"
            record = InputError(problem, where=f"{where}:{line}")
        else:
            line = feed.reader.line_num
            if not any(c.strip() for c in cells):
                record = BLANK
            elif problem := _cells_problem(cells, refused):
                record = InputError(problem, where=f"{where}:{line}")
            else:
                record = csv_record(header, cells, where=f"{where}:{line}")
        chunk.append((line, record))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _cells_problem(cells: list[str], refused: dict[str, str]) -> str | None:
    """Why a row's cells cannot be read (a refused line, bytes that are not UTF-8)."""
    for k, cell in enumerate(cells):
        if _REFUSED in cell:
            line = cell[cell.index(_REFUSED) + len(_REFUSED) :].split()[0]
            return refused.pop(line, "line refused")
        try:
            cell.encode("utf-8")
        except UnicodeEncodeError as e:
            return f"column {k + 1}: not valid UTF-8 (byte {e.start} of the cell)"
    return None


def _shown(value: str, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def csv_record(header: list[str], cells: list[str], *, where: str) -> dict[str, Any] | InputError:
    """A CSV row as transaction JSON data (the column mapping in the module docstring)."""
    if len(cells) != len(header):
        return InputError(f"{len(cells)} cells for {len(header)} columns", where=where)
    out: dict[str, Any] = {}
    item: dict[str, Any] = {}
    who: dict[str, Any] = {}
    for col, cell in zip(header, cells, strict=True):
        if cell == "":
            continue
        if col in _LISTS:
            value: Any = [x.strip() for x in cell.split(";") if x.strip()]
        elif col.startswith(("item.params.", "item.content.")):
            value = _number(cell)
        else:
            value = cell
        if col.startswith(_MAPS):
            group, _, key = col[len("item.") :].partition(".")
            item.setdefault(group, {})[key] = value
        elif col.startswith("item."):
            item[col[len("item.") :]] = value
        elif col in _END_USER:
            key = col[len("end_user.") :]
            who[key] = _owners(cell) if key == "owners" else value
        else:
            out[col] = value
    if who:
        if "end_user" in out:
            return InputError("give either end_user or end_user.* columns, not both", where=where)
        out["end_user"] = who
    out["item"] = item
    return out


def _number(cell: str) -> Any:
    try:
        value = json.loads(cell)
    except ValueError:
        return cell
    return value if type(value) in (int, float) else cell


def _owners(cell: str) -> Any:
    owners = []
    for entry in cell.split(";"):
        party, sep, share = entry.strip().rpartition(":")
        if not entry.strip():
            continue
        owners.append({"party": party, "share": _number(share)} if sep else {"party": entry})
    return owners


# --------------------------------------------------------------------------- running


class Progress:
    """``N decisions, R/s, P%`` on stderr, redrawn at most four times a second."""

    def __init__(self, total_bytes: int | None, enabled: bool) -> None:
        self.enabled = enabled
        self.total = total_bytes
        self.start = time.perf_counter()
        self.last = 0.0
        self.done = 0

    def update(self, decided: int, position: int | None, final: bool = False) -> None:
        self.done += decided
        if not self.enabled:
            return
        now = time.perf_counter()
        if not final and now - self.last < 0.25:
            return
        self.last = now
        if final:
            position = self.total  # all of the input was read
        rate = self.done / max(now - self.start, 1e-9)
        text = f"\r{self.done:,} decisions  {rate:,.0f}/s"
        if self.total and position is not None:
            text += f"  {min(100.0, 100.0 * position / self.total):.0f}%"
        sys.stderr.write(text + ("\n" if final else ""))
        sys.stderr.flush()


@contextlib.contextmanager
def _rare_young_collections() -> Iterator[None]:
    """A chunk's records are short-lived, acyclic dicts and lists: collecting the young
    generation every 700 allocations (the default) cost 15-20% of screening for nothing.
    Cycles are still collected, every 100,000 allocations; forked workers inherit this."""
    threshold = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


@contextlib.contextmanager
def exit_on_sigterm() -> Iterator[None]:
    """While screening, SIGTERM ends the run as an error would: the output's temporary file
    and the workers' spool directory are removed and the pool stops its workers (which
    themselves die on SIGTERM as usual). Exit status 143 (128 + SIGTERM)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _worker_init(parent: int) -> None:
    """A worker dies with the screen that forked it, silently: SIGTERM (the pool's way of
    stopping it) ends it without a word, Ctrl-C is the parent's to handle, and when the
    parent is gone (even by SIGKILL, which it cannot act on) the kernel kills the worker
    (``PR_SET_PDEATHSIG``) or, where there is no such thing, a watchdog thread ends it,
    rather than it finishing its chunk for no one and printing a broken pipe's traceback."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _PARENT
    _PARENT = parent
    if not _parent_death_signal(signal.SIGKILL):
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # gone before the signal was armed
        os._exit(0)


#: The screen process a worker was forked from (0 outside workers).
_PARENT = 0


def _parent_death_signal(signum: int) -> bool:
    """Ask Linux to send ``signum`` to this process when its parent dies; False where
    that cannot be asked."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


#: prctl(2) option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1


def _watch_parent(parent: int, every: float = 0.2) -> None:
    """End this worker, without a word, once it has a new parent (its own has died)."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(0)


@_rare_young_collections()
def run(
    settings: Settings,
    chunks: Iterator[list[tuple[int, Any]] | Range | Block],
    out: IO[bytes],
    *,
    jobs: int,
    progress: Progress,
    position: Any = None,
    target: str = "<stdout>",
) -> tuple[int, int]:
    """Decide every chunk, write in order; return (bad records, most restrictive rank).
    ``target`` names the output in an error while writing it (a full disk)."""
    global _SETTINGS
    _SETTINGS = settings
    bad = 0
    worst = 0
    flush = _Writeback(out)

    def emit(res: Result | Any) -> None:
        nonlocal bad, worst
        for e in res.errors:
            sys.stderr.write(e + "\n")
        bad += len(res.errors)
        worst = max(worst, res.worst)
        with _naming(target, out):
            if res.spool is not None:
                _splice(res.spool, out)
            else:
                out.write(res.out)
            flush.wrote()
        where = res.position if res.position is not None else position() if position else None
        progress.update(res.decided, where)

    if jobs > 1 and "fork" not in multiprocessing.get_all_start_methods():
        # Workers inherit the compiled world by forking; without fork, decide here.
        sys.stderr.write("policy screen: --jobs needs fork(); deciding in one process\n")
        jobs = 1
    if jobs <= 1:
        for chunk in chunks:
            emit(_work(chunk))
    else:
        # Decide the first chunk here: the workers, forked afterwards, inherit the table
        # classes it made instead of each making them again.
        first = next(chunks, None)
        if first is not None:
            emit(_work(first))
        second = next(chunks, None)  # one chunk in all: no workers to start
        if second is not None:
            ctx = multiprocessing.get_context("fork")
            with ctx.Pool(jobs, initializer=_worker_init, initargs=(os.getpid(),)) as pool:
                window: collections.deque[Any] = collections.deque()
                for chunk in itertools.chain([second], chunks):
                    window.append(pool.apply_async(_work, (chunk,)))
                    while len(window) > 2 * jobs:
                        emit(window.popleft().get())
                while window:
                    emit(window.popleft().get())
    with _naming(target, out):
        out.flush()  # the last decisions: a full disk is still named here
    progress.update(0, position() if position else None, final=True)
    return bad, worst


@contextlib.contextmanager
def _naming(target: str, out: IO[bytes]) -> Iterator[None]:
    """An operating-system error while writing the output (a full disk, a quota, an I/O
    error) names the output the user gave, not the temporary file it goes to first nor
    nothing at all. An error that names its own file (a spool) keeps its name; a reader
    gone away (a broken pipe) is left to the command group."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as e:
        if e.filename is not None:
            raise
        if out is not sys.stdout.buffer:
            # the output is abandoned: closing it must not write the rest of its buffer
            # again, fail again and replace this error with one that names nothing
            with contextlib.suppress(AttributeError, OSError, ValueError):
                out.raw.close()  # type: ignore[attr-defined]
        raise InputError(f"cannot write: {e.strerror or e}", where=target) from None


class _Writeback:
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


#: The environment variable that names the directory workers spool their decisions in
#: (default: /dev/shm when it has room, else the temporary directory).
SPOOL_ENV = "POLICY_SPOOL_DIR"
#: Shared memory, where spools go by default.
SHM = "/dev/shm"
#: A spool directory's name: ``policy-<pid of the screen that made it>-<random>``. Nothing
#: else is ever removed as a stale spool.
_SPOOL_NAME = re.compile(r"policy-([1-9][0-9]{0,9})-[A-Za-z0-9_]{1,64}\Z")


def spool_dir(jobs: int, explain: bool = False) -> str | None:
    """Where workers spool their decisions: the directory :data:`SPOOL_ENV` names, else
    shared memory when the system has it with room to spare (the spools live only until
    the parent appends them to the output, so writing them to disk would only compete with
    writing the output), else the default temporary directory (None). At most 2 x jobs + 1
    chunks wait at once; a chunk's decisions are some 7 MB (many times that with traces),
    and a container's /dev/shm may hold only 64 MB."""
    chosen = os.environ.get(SPOOL_ENV)
    if chosen:
        return chosen
    shm = SHM
    if not (os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK)):
        return None
    try:
        st = os.statvfs(shm)
    except OSError:
        return None
    per_chunk = (128 if explain else 32) << 20
    return shm if st.f_bavail * st.f_frsize >= (2 * jobs + 2) * per_chunk else None


@contextlib.contextmanager
def spool_directory(jobs: int, explain: bool = False) -> Iterator[str]:
    """A new spool directory (in :func:`spool_dir`), removed when the block ends. Its name
    carries this process's id and it is locked (``flock``) for as long as this process or
    a worker forked from it lives, so that a later run can tell a spool left by a killed
    run (:func:`remove_stale_spools`) from one in use."""
    base = spool_dir(jobs, explain)
    try:
        path = tempfile.mkdtemp(prefix=f"policy-{os.getpid()}-", dir=base)
    except OSError as e:
        where = base or tempfile.gettempdir()
        raise InputError(
            f"cannot make a spool directory for the workers: {e.strerror or e}", where=where
        ) from None
    fd = -1
    with contextlib.suppress(OSError):  # no lock where directories cannot be opened
        fd = os.open(path, os.O_RDONLY | _O_DIRECTORY)
        _lock(fd)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
        if fd >= 0:
            os.close(fd)


def spool_roots() -> list[str]:
    """The directories spools may be in: :data:`SPOOL_ENV`'s, else shared memory and the
    temporary directory."""
    chosen = os.environ.get(SPOOL_ENV)
    return [chosen] if chosen else [SHM, tempfile.gettempdir()]


def remove_stale_spools(roots: Sequence[str] | None = None) -> list[str]:
    """Remove the spool directories a killed ``screen`` left behind (a SIGKILL gives it no
    chance to), and return their paths. A directory is removed only when all of these hold:
    its name is ``policy-<pid>-<random>`` (:data:`_SPOOL_NAME`); it is a directory, not a
    link, owned by this user; no process ``<pid>`` exists (``kill(pid, 0)``); and no
    process holds its lock (which a live run in another PID namespace sharing the
    directory would). Anything else, and anything that changes while it is looked at, is
    left alone."""
    removed: list[str] = []
    uid = os.geteuid()
    for root in spool_roots() if roots is None else roots:
        try:
            names = [n for n in os.listdir(root) if n.startswith("policy-")]
        except OSError:
            continue
        for name in names:
            found = _SPOOL_NAME.match(name)
            if found is None or _alive(int(found.group(1))):
                continue
            path = os.path.join(root, name)
            if _remove_if_unlocked(path, uid):
                removed.append(path)
    return removed


_O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _lock(fd: int) -> bool:
    """Take the exclusive lock of an open directory without waiting; False when another
    process holds it. Where there are no such locks, the owner's pid alone tells."""
    try:
        import fcntl
    except ImportError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:  # a file system without locks
        return True
    return True


def _alive(pid: int) -> bool:
    """Whether a process ``pid`` exists (one of another user's counts; so does a zombie)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists; anything else: cannot tell, keep it
        return True
    return True


def _remove_if_unlocked(path: str, uid: int) -> bool:
    try:
        before = os.lstat(path)
        if not stat.S_ISDIR(before.st_mode) or before.st_uid != uid:
            return False
        fd = os.open(path, os.O_RDONLY | _O_DIRECTORY | _O_NOFOLLOW)
    except OSError:
        return False
    try:
        now = os.fstat(fd)
        if (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino):
            return False  # replaced while looked at
        if not _lock(fd):
            return False  # in use
        shutil.rmtree(path, ignore_errors=True)
        return not os.path.lexists(path)
    finally:
        os.close(fd)


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


#: A range longer than this (a runaway line in it) is read line by line, each line bounded,
#: rather than in one read: memory stays flat whatever the file holds.
_RANGE_READ_LIMIT = 32 * 1024 * 1024


class _Window:
    """``readline`` over bytes ``[tell(), end)`` of a file."""

    def __init__(self, f: IO[bytes], end: int) -> None:
        self.f = f
        self.end = end

    def readline(self, size: int = -1) -> bytes:
        left = self.end - self.f.tell()
        if left <= 0:
            return b""
        return self.f.readline(left if size < 0 else min(size, left))


def decide_range(task: Range) -> Result:
    """Read, decide and spool one range (run in a worker, or in the parent for the first)."""
    where = _SETTINGS.where if _SETTINGS is not None else task.path
    with open(task.path, "rb") as f:
        f.seek(task.start)
        if task.end - task.start > _RANGE_READ_LIMIT:
            lines = bounded_lines(_Window(f, task.end), where=where, first=task.first)  # type: ignore[arg-type]
            res = _decide_or_errors(list(lines))
        else:
            res = decide_data(f.read(task.end - task.start), task.first, where)
    return _spooled(res, task.spool, task.end)


def decide_data(data: bytes, first: int, where: str) -> Result:
    """Decide the lines in ``data`` (complete lines, the last one's break optional), the
    first of them line ``first``; a line longer than the record limit is an error."""
    parts = data.split(b"\n")
    if parts[-1] == b"":
        parts.pop()  # the line break that ends the data
    lost = len(parts) if data.endswith(b"\n") else len(parts) - 1
    s = _SETTINGS
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
        return _decide_lines(s, parts, numbers, lost, data.count(b":"))
    chunk: list[tuple[int, Any]] = []
    last = len(parts) - 1
    for k, part in enumerate(parts):
        line = first + k
        if len(part) > MAX_LINE_BYTES:
            chunk.append((line, _too_long(line, len(part), MAX_LINE_BYTES, where)))
        else:
            chunk.append((line, part + b"\n" if k < last or lost > last else part))
    return _decide_or_errors(chunk) if chunk else Result(b"", [], 0, 0)


@dataclass(frozen=True)
class Block:
    """Complete lines of a stream, the first of them line ``first``: read by the parent,
    split and decided by a worker, whose decisions go to a spool file in ``spool`` (or come
    back in the result without one)."""

    data: bytes
    first: int
    spool: str | None


#: Bytes read from a stream at a time: about as many lines as a chunk of a file.
_BLOCK = 1 << 20


def stream_blocks(
    stream: IO[bytes], where: str, spool: str | None, size: int = _BLOCK
) -> Iterator[Block | list[tuple[int, Any]]]:
    """A JSON Lines stream as blocks of whole lines, read ``size`` bytes at a time (no step
    per line here). A line longer than the record limit is read past without being held
    and given as an error in its place; memory stays within the limit plus a block."""
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
                yield [(line, _too_long(line, length, MAX_LINE_BYTES, where))]
                line += 1
            continue
        block, carry = data[:cut], data[cut:]
        yield Block(block, line, spool)
        line += block.count(b"\n")
    if carry:
        yield Block(carry, line, spool)


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


def decide_block(block: Block) -> Result:
    where = _SETTINGS.where if _SETTINGS is not None else "<stdin>"
    return _spooled(decide_data(block.data, block.first, where), block.spool, None)


def _spooled(res: Result, spool: str | None, position: int | None) -> Result:
    """``res`` with its decisions in a spool file (when there is a spool directory)."""
    if spool is None:
        res.position = position
        return res
    fd, name = tempfile.mkstemp(dir=spool, suffix=".jsonl")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(res.out)
    except OSError as e:
        # shared memory full (a container's /dev/shm may hold 64 MB): say where, and how
        # to spool elsewhere
        raise InputError(
            f"cannot write a worker's decisions: {e.strerror or e}"
            f" (set {SPOOL_ENV} to spool them elsewhere)",
            where=name,
        ) from None
    return Result(b"", res.errors, res.decided, res.worst, spool=name, position=position)


def _splice(spool: str, out: IO[bytes]) -> None:
    """Append a spool file to ``out`` (in the kernel where it can) and remove it."""
    with open(spool, "rb") as src:
        try:
            target = out.fileno()
        except (AttributeError, OSError, io.UnsupportedOperation):
            target = -1
        if target >= 0:
            out.flush()
            size = os.fstat(src.fileno()).st_size
            offset = 0
            try:
                while offset < size:
                    sent = os.sendfile(target, src.fileno(), offset, size - offset)
                    if sent == 0:
                        break
                    offset += sent
            except OSError:
                src.seek(offset)
                shutil.copyfileobj(src, out, 1 << 20)
            else:
                if offset < size:
                    src.seek(offset)
                    shutil.copyfileobj(src, out, 1 << 20)
        else:
            shutil.copyfileobj(src, out, 1 << 20)
    os.unlink(spool)


def _work(chunk: list[tuple[int, Any]] | Range | Block) -> Result:
    if isinstance(chunk, Range):
        res = decide_range(chunk)
    elif isinstance(chunk, Block):
        res = decide_block(chunk)
    else:
        res = _decide_or_errors(chunk)
    if _PARENT and os.getppid() != _PARENT:
        os._exit(0)  # a worker whose parent died meanwhile: no one to send the result to
    return res


def _decide_or_errors(chunk: list[tuple[int, Any]]) -> Result:
    """:func:`decide_chunk`, with the records the CSV reader already refused kept in place."""
    if not any(isinstance(r, InputError) for _, r in chunk):
        return decide_chunk(chunk)
    parts: list[Result] = []
    run_: list[tuple[int, Any]] = []
    for line, record in chunk:
        if isinstance(record, InputError):
            if run_:
                parts.append(decide_chunk(run_))
                run_ = []
            parts.append(
                Result(
                    (dump_json({"error": str(record), "line": line}, indent=None) + "\n").encode(),
                    [f"Error: {record}"],
                    0,
                    0,
                )
            )
        else:
            run_.append((line, record))
    if run_:
        parts.append(decide_chunk(run_))
    return Result(
        b"".join(p.out for p in parts),
        [e for p in parts for e in p.errors],
        sum(p.decided for p in parts),
        max((p.worst for p in parts), default=0),
    )


@contextlib.contextmanager
def atomic_output(path: str | None) -> Iterator[IO[bytes]]:
    """stdout, or a temporary file beside ``path`` renamed over it once complete."""
    if path is None:
        stream = sys.stdout.buffer
        yield stream
        stream.flush()
        return
    with atomic_binary(path) as f:
        yield f
