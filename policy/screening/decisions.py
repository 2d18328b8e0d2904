"""Deciding a chunk of records, and writing each decision as its line.

JSON Lines go through :class:`~policy.engine.compiled.columns.ColumnReader` (msgspec, the
vocabulary checked in C, each distinct value once), and each decision line is its id's head
(``{"id":7,``) joined to its combination of verdicts' shared tail. A record the columnar
reader leaves out (and every CSV record) is read alone: by
:class:`~policy.engine.compiled.records.FastReader` (``orjson``, checked in Python) and
failing that by the strict reader (:func:`policy.loading.parse_json`, pydantic,
:func:`~policy.loading.check_references`), which either accepts it or names what is wrong;
so the output is the same whichever path a record takes.

A chunk is a list of ``(line number, record)`` pairs; a record is raw JSON bytes, JSON data
(a dict, from CSV) or the :class:`~policy.errors.InputError` a reader refused it with.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

import numpy as np
import orjson

from policy.engine.compiled import Batch, row_of
from policy.engine.compiled.batch import Row
from policy.engine.compiled.world import without_trace
from policy.engine.decide import decide
from policy.errors import InputError, PolicyError
from policy.loading import check_references, dump_json, parse_json, transaction_from_data
from policy.model.decisions import Decision, Outcome
from policy.model.transactions import Transaction
from policy.screening.answers import BLANK, ERROR, Answers, concat
from policy.screening.open import add_open_facts, maybe_open
from policy.screening.outputs import error_line, render_jsonl
from policy.screening.reading import Chunk
from policy.screening.settings import Settings, current

_LINE_BREAKS = ("\x85", "\u2028", "\u2029")
#: How many outcomes there are: a chunk counts its decisions per overall outcome rank.
OUTCOME_RANKS = len(Outcome)


def no_counts() -> list[int]:
    """Decisions per overall outcome rank (:attr:`Outcome.rank`), none yet."""
    return [0] * OUTCOME_RANKS


@dataclass
class Result:
    """One chunk's output lines, its bad records and its decisions per overall outcome."""

    out: bytes
    #: one message per bad record (``file:line: problem``), in input order
    errors: list[str]
    decided: int
    #: decisions per overall outcome, indexed by :attr:`Outcome.rank`
    counts: list[int] = field(default_factory=no_counts)
    #: the output lines are in this file instead of ``out`` (a worker's spool)
    spool: str | None = None
    #: the input offset this chunk ends at, for the progress display
    position: int | None = None


def decide_chunk(chunk: Chunk) -> Result:
    """Decide ``(line, record)`` pairs; a record is raw JSON bytes or a dict (CSV).

    JSON Lines go to the columnar reader as a whole; the records it leaves out (and CSV
    records) are read one by one, and the two parts are written back in input order."""
    s = current()
    assert s is not None
    if s.columns is not None and chunk and all(type(r) is bytes for _, r in chunk):
        return decide_lines(s, [r for _, r in chunk], [n for n, _ in chunk])
    if s.output != "jsonl" or s.facts != "assume":
        return result_of(s, answer_records(s, chunk))
    out, errors, decided, counts = _decide_records(s, chunk)
    return Result(("\n".join(out) + "\n").encode() if out else b"", errors, decided, counts)


def decide_lines(
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
    if s.output != "jsonl" or s.facts != "assume":
        return result_of(s, answer_lines(s, raws, lines, lost, colons))
    cw = s.compiled
    batch, ids, taken = s.columns.read(raws, colons)
    combos, deferred = cw.combos(batch)
    if deferred.any():  # not expected: the reader takes only end users the tables vouch for
        taken[np.flatnonzero(taken)[deferred]] = False
        ids = list(compress(ids, (~deferred).tolist()))
        combos = combos[~deferred]
    counts = no_counts()
    parts: list[bytes] = []
    if len(combos):
        tails, ranks = s.tails, s.ranks
        distinct, times = np.unique(combos, return_counts=True)
        for cid, n in zip(distinct.tolist(), times.tolist(), strict=True):
            if cid not in tails:
                tails[cid] = (cw.combo_json(cid)[1:] + "\n").encode()
                ranks[cid] = cw.combo(cid)[0].rank
            counts[ranks[cid]] += n
        parts = [b""] * (2 * len(ids))
        parts[0::2] = heads(ids)
        parts[1::2] = map(tails.__getitem__, combos.tolist())
    decided = len(ids)
    if taken.all():
        return Result(b"".join(parts), [], decided, counts)
    rest = [
        (lines[i], raws[i] + b"\n" if i < lost else raws[i])
        for i in np.flatnonzero(~taken).tolist()
    ]
    more, errors, also, more_counts = _decide_records(s, rest)
    merged: list[bytes] = []
    fast, slow = iter(range(0, len(parts), 2)), iter(more)
    for t in taken.tolist():
        if t:
            k = next(fast)
            merged.append(parts[k] + parts[k + 1])
        else:
            merged.append((next(slow) + "\n").encode())
    return Result(b"".join(merged), errors, decided + also, add_counts(counts, more_counts))


def add_counts(a: list[int], b: list[int]) -> list[int]:
    """Two tallies of decisions per outcome rank, added."""
    return [x + y for x, y in zip(a, b, strict=True)]


def heads(ids: list[Any]) -> list[bytes]:
    """``{"id":...,`` for each id (``{`` for none), as :func:`decision_line` writes it: in
    C for a chunk of integer ids, or of text ids without a Unicode line break (escaped one
    by one)."""
    types = set(map(type, ids))
    if types == {int}:
        return list(map(b'{"id":%d,'.__mod__, ids))
    if types == {str}:
        text = "".join(ids)
        if not any(c in text for c in _LINE_BREAKS):
            return list(map(b'{"id":%s,'.__mod__, map(orjson.dumps, ids)))
    return [decision_line(tid, "").encode() for tid in ids]


def _decide_records(s: Settings, chunk: Chunk) -> tuple[list[str], list[str], int, list[int]]:
    """One output line per record, the error messages, how many were decided and how many
    per overall outcome: each record checked on its own (fast reader, else strict reader)."""
    a = answer_records(s, chunk)
    text = render_jsonl(s, a).decode()
    out = text.split("\n")[:-1] if text else []
    ranks = [rank_of(s, e) for e in a.table]
    return out, [a.errors[k] for k in sorted(a.errors)], a.decided(), a.counts(ranks)


def rank_of(s: Settings, entry: int | Decision) -> int:
    """The overall outcome rank of a table entry (a combination or a whole decision)."""
    if isinstance(entry, Decision):
        rank: int = entry.overall.rank
        return rank
    got = s.ranks.get(entry)
    if got is None:
        got = s.ranks[entry] = s.compiled.combo(entry)[0].rank
    return got


def answer_records(s: Settings, chunk: Chunk) -> Answers:
    """The answers to ``(line, record)`` pairs, each record checked on its own (fast reader,
    else strict reader); a record may be raw JSON bytes, JSON data (CSV) or the
    :class:`InputError` a reader refused it with."""
    rows: list[Row] = []
    txs: list[Transaction | None] = []
    ids: list[Any] = []
    lines: list[int] = []
    codes = np.full(len(chunk), ERROR, dtype=np.intp)
    at: list[int] = []  # per row: its entry
    errors: dict[int, str] = {}
    row = s.reader.row
    loads = orjson.loads
    fast = s.fast
    for k, (line, record) in enumerate(chunk):
        lines.append(line)
        ids.append(None)
        if isinstance(record, InputError):
            errors[k] = str(record)
            continue
        if type(record) is bytes and (not record or record.isspace()):
            codes[k] = BLANK  # a blank line keeps its place: a blank line out
            continue
        got = None
        if fast:
            if type(record) is bytes:
                with contextlib.suppress(orjson.JSONDecodeError):
                    got = row(loads(record), record)
            else:
                got = row(record, None)
        if got is not None:
            ids[k] = got[0]
            rows.append(got[1])
            txs.append(None)
            at.append(k)
            continue
        where = f"{s.where}:{line}"
        try:
            data = parse_json(record, where=where) if isinstance(record, bytes) else record
            tx = check_references(transaction_from_data(data, where=where), s.world, where=where)
        except InputError as e:
            errors[k] = str(e)
            continue
        if s.on is not None:
            tx = tx.model_copy(update={"date": dt.date.fromordinal(s.on)})
        ids[k] = tx.id
        rows.append(row_of(tx))
        txs.append(tx)
        at.append(k)
    table: list[int | Decision] = []
    if rows:
        n = len(rows)
        if s.explain:
            combos, deferred = np.zeros(n, dtype=np.intp), np.ones(n, dtype=np.bool_)
        else:
            combos, deferred = s.compiled.combos(Batch(rows, txs))
        index: dict[int, int] = {}
        for k, cid, slow, held in zip(at, combos.tolist(), deferred.tolist(), txs, strict=True):
            if slow:
                assert held is not None  # the fast reader takes only end users the tables vouch for
                try:
                    d = decide(s.world, held)
                except PolicyError as e:
                    errors[k] = f"{s.where}:{lines[k]}: {e}"
                    continue
                table.append(d if s.explain else without_trace(d))
                codes[k] = len(table) - 1
                continue
            t = index.get(cid)
            if t is None:
                table.append(cid)
                t = index[cid] = len(table) - 1
            codes[k] = t
    answers = Answers(ids, codes, table, errors, lines)
    return add_open_facts(s, answers, lambda k: chunk[k][1], lambda k: f"{s.where}:{lines[k]}")


def answer_lines(
    s: Settings, raws: list[bytes], lines: Sequence[int], lost: int = 0, colons: int | None = None
) -> Answers:
    """The answers to JSON Lines (as :func:`decide_lines` takes them): the columnar
    reader's rows, then the records it leaves out, read one by one, in their places."""
    assert s.columns is not None
    batch, ids, taken = s.columns.read(raws, colons)
    combos, deferred = s.compiled.combos(batch)
    maybe = None if s.facts == "assume" else maybe_open(s.world, batch)
    if deferred.any():
        taken[np.flatnonzero(taken)[deferred]] = False
        ids = list(compress(ids, (~deferred).tolist()))
        combos = combos[~deferred]
        maybe = None if maybe is None else maybe[~deferred]
    distinct, inverse = np.unique(combos, return_inverse=True)
    fast = Answers(ids, inverse.reshape(-1).astype(np.intp), distinct.tolist(), {}, [])
    picked = np.flatnonzero(taken).tolist()
    fast = add_open_facts(
        s, fast, lambda k: raws[picked[k]], lambda k: f"{s.where}:{lines[picked[k]]}", maybe
    )
    if taken.all():
        fast.lines = lines
        return fast
    rest = [
        (lines[i], raws[i] + b"\n" if i < lost else raws[i])
        for i in np.flatnonzero(~taken).tolist()
    ]
    slow = answer_records(s, rest)
    both = concat([fast, slow])
    order = np.concatenate([np.flatnonzero(taken), np.flatnonzero(~taken)])
    place = np.empty(len(order), dtype=np.intp)
    place[order] = np.arange(len(order))  # entry of input record i in ``both``
    joined = both.id_list()
    return Answers(
        [joined[j] for j in place.tolist()],
        both.codes[place],
        both.table,
        {int(order[j]): m for j, m in both.errors.items()},
        lines,
    )


def result_of(s: Settings, a: Answers) -> Result:
    """A chunk's answers written in the screening's output format."""
    from policy.screening.outputs import OUTPUT_FORMATS

    out = OUTPUT_FORMATS[s.output].render(s, a)
    ranks = [rank_of(s, e) for e in a.table]
    return Result(out, [a.errors[k] for k in sorted(a.errors)], a.decided(), a.counts(ranks))


def decision_line(tid: Any, tail: str) -> str:
    """The decision line from its id and the shared body without its opening brace (keys
    sort: id < overall, so the id comes first)."""
    if type(tid) is int:
        return '{"id":' + str(tid) + "," + tail
    if tid is None:
        return "{" + tail
    text = str(tid)
    if any(c in text for c in _LINE_BREAKS):
        return '{"id":' + dump_json(text, indent=None) + "," + tail
    return '{"id":' + orjson.dumps(text).decode() + "," + tail


def decide_or_errors(chunk: Chunk) -> Result:
    """:func:`decide_chunk`, with the records a reader already refused kept in place."""
    if not any(isinstance(r, InputError) for _, r in chunk):
        return decide_chunk(chunk)
    s = current()
    if s is not None and s.output != "jsonl":
        return result_of(s, answer_records(s, chunk))
    parts: list[Result] = []
    run: Chunk = []
    for line, record in chunk:
        if isinstance(record, InputError):
            if run:
                parts.append(decide_chunk(run))
                run = []
            parts.append(Result((error_line(str(record), line) + "\n").encode(), [str(record)], 0))
        else:
            run.append((line, record))
    if run:
        parts.append(decide_chunk(run))
    counts = no_counts()
    for p in parts:
        counts = add_counts(counts, p.counts)
    return Result(
        b"".join(p.out for p in parts),
        [e for p in parts for e in p.errors],
        sum(p.decided for p in parts),
        counts,
    )
