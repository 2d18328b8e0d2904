"""CSV records: one header row of dotted field paths, one transaction per line.

Columns (an empty cell is an absent field): ``id``, ``date``, ``exporter``, ``destination``,
``channel``, ``end_user`` (a party id), ``end_use`` and ``persons`` (lists), ``item.kind``,
``item.name``, ``item.origin``, ``item.producer``, ``item.flags`` and ``item.made_with``
(lists), ``item.params.<parameter>``, ``item.content.<jurisdiction>``,
``item.classification.<jurisdiction>``, for an end user the lists do not name
``end_user.name``, ``end_user.country``, ``end_user.headquarters``, ``end_user.owners``
(``PARTY:SHARE`` entries), and the other parties' fields of :data:`PARTY_COLUMNS` (the
consignee's and the exporting company's; ``consignee.owners`` as ``PARTY:SHARE`` entries).
A list cell separates its entries with ``;``. Numbers are read as JSON numbers; anything
else stays text (and is then reported as not a number).

As BigQuery's loader does by default, a quoted cell cannot hold a line break, so one stray
quote costs its own line, not the rest of the file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from policy.errors import InputError
from policy.screening.reading import BLANK, Chunk, bounded_lines

#: CSV records per chunk: large enough that numpy's per-call costs vanish, small enough that
#: a few chunks in flight stay a few megabytes.
CHUNK = 8192

_LISTS = {"end_use", "persons", "item.flags", "item.made_with"}
_SCALARS = {"id", "date", "exporter", "destination", "channel", "end_user", "item.kind"}
_SCALARS |= {"item.name", "item.origin"}
_END_USER = {"end_user.name", "end_user.country", "end_user.headquarters", "end_user.owners"}
_MAPS = ("item.params.", "item.content.", "item.classification.")
#: The columns of the parties a transaction names beside its end user, each the dotted path
#: of its field; ``*.owners`` cells are ``PARTY:SHARE`` entries. The CSV and the Arrow
#: readers take them from here.
PARTY_COLUMNS = (
    "item.producer",
    "consignee.name",
    "consignee.country",
    "consignee.headquarters",
    "consignee.owners",
    "exporter_party.name",
    "exporter_party.headquarters",
)
#: The party objects of :data:`PARTY_COLUMNS` (``consignee.name`` -> ``consignee``).
PARTY_OBJECTS = ("consignee", "exporter_party")


def csv_chunks(stream: IO[bytes], where: str, size: int = CHUNK) -> Iterator[Chunk]:
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
) -> Iterator[Chunk]:
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
        known = col in _LISTS or col in _SCALARS or col in _END_USER or col in PARTY_COLUMNS
        if not (known or col.startswith(_MAPS)):
            raise InputError(
                f"unknown column {_shown(col)} (see `policy screen --help` for the columns)",
                where=f"{where}:1",
            )
    chunk: Chunk = []
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
    objects: dict[str, dict[str, Any]] = {}
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
            who[key] = owners_from_text(cell) if key == "owners" else value
        elif col in PARTY_COLUMNS:
            obj, _, key = col.partition(".")
            objects.setdefault(obj, {})[key] = owners_from_text(cell) if key == "owners" else value
        else:
            out[col] = value
    if who:
        if "end_user" in out:
            return InputError("give either end_user or end_user.* columns, not both", where=where)
        out["end_user"] = who
    out.update(objects)
    out["item"] = item
    return out


def _number(cell: str) -> Any:
    try:
        value = json.loads(cell)
    except ValueError:
        return cell
    return value if type(value) in (int, float) else cell


def owners_from_text(cell: str) -> Any:
    owners = []
    for entry in cell.split(";"):
        party, sep, share = entry.strip().rpartition(":")
        if not entry.strip():
            continue
        owners.append({"party": party, "share": _number(share)} if sep else {"party": entry})
    return owners
