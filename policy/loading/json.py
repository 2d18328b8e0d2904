"""JSON documents in and out: strict parsing within limits, and deterministic dumping.

Every document a user gives (a transaction, a regime, a baseline, a settings file) is read
by :func:`read_document` (at most :data:`MAX_DOCUMENT_BYTES` + 1 bytes, so a device or a huge
file is refused, not read forever) and parsed by :func:`parse_json`, which refuses what
Python's ``json`` would quietly accept: duplicate keys, NaN and Infinity, invalid UTF-8, and
documents too large, too deep or with integers too long. Everything policy writes as JSON
goes through :func:`dump_json` (sorted keys, one line per record when not indented).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import IO, Any

from policy.errors import InputError
from policy.loading.errors import field_path

#: Documents larger than this are refused rather than parsed (a regime is kilobytes).
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
#: JSON nested deeper than this is refused before validation. The deepest legitimate
#: document is a regime whose conditions nest :data:`~policy.model.conditions.MAX_CONDITION_DEPTH`
#: deep (two JSON levels per condition level, plus the regime's own few).
MAX_JSON_DEPTH = 100
#: One JSON Lines record (or one CSV line) longer than this is reported as an error and
#: skipped without being held in memory; a transaction is well under a kilobyte.
MAX_LINE_BYTES = 1024 * 1024


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise InputError(f"duplicate key {key!r} in a JSON object")
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise InputError(f"{name} is not a number JSON allows")


def parse_json(text: str | bytes, *, where: str) -> Any:
    """Parse JSON strictly: no duplicate keys, no NaN or Infinity, valid UTF-8, at most
    :data:`MAX_DOCUMENT_BYTES` long and :data:`MAX_JSON_DEPTH` deep, and no integer longer
    than Python converts (``sys.get_int_max_str_digits()``, 4300 digits)."""
    if len(text) > MAX_DOCUMENT_BYTES:
        raise InputError(
            f"document is larger than {MAX_DOCUMENT_BYTES} bytes (the limit)", where=where
        )
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as e:
            line, col = _line_col(text, e.start)
            raise InputError(
                f"not valid UTF-8 at line {line}, column {col} (byte {e.start})", where=where
            ) from None
    if not text.strip():
        raise InputError("empty input: expected a JSON document", where=where)
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as e:
        msg = e.msg
        if text.startswith("\ufeff") and e.pos == 0:
            msg = "starts with a byte order mark (save the file as UTF-8 without BOM)"
        at = f"line {e.lineno}, column {e.colno}"
        raise InputError(f"invalid JSON at {at}: {msg}", where=where) from None
    except InputError as e:
        raise InputError(e.message, where=where) from None
    except RecursionError:
        raise InputError(
            f"JSON nested too deeply (the limit is {MAX_JSON_DEPTH} levels)", where=where
        ) from None
    except ValueError:
        # int() refuses integers longer than sys.get_int_max_str_digits() (CVE-2020-10735)
        raise _long_number(text, where) from None
    _check_depth(data, where)
    return data


def _line_col(text: str | bytes, pos: int) -> tuple[int, int]:
    nl = "\n" if isinstance(text, str) else b"\n"
    line = text.count(nl, 0, pos) + 1  # type: ignore[arg-type]
    return line, pos - (text.rfind(nl, 0, pos) + 1) + 1  # type: ignore[arg-type]


def _long_number(text: str, where: str) -> InputError:
    limit = sys.get_int_max_str_digits()
    m = re.search(r"-?\d{" + str(limit + 1) + ",}", text)
    at = ""
    if m is not None:
        line, col = _line_col(text, m.start())
        at = f" at line {line}, column {col}"
    return InputError(f"invalid JSON{at}: a number with more than {limit} digits", where=where)


def _check_depth(data: Any, where: str) -> None:
    """Refuse documents nested deeper than :data:`MAX_JSON_DEPTH`, naming where."""
    stack: list[tuple[Any, int, tuple[Any, ...]]] = [(data, 1, ())]
    while stack:
        value, depth, path = stack.pop()
        if depth > MAX_JSON_DEPTH:
            shown = field_path(path)
            if len(shown) > 80:
                shown = shown[:60] + "..."
            raise InputError(
                f"nested more than {MAX_JSON_DEPTH} levels deep (the limit), at {shown}",
                where=where,
            )
        if isinstance(value, dict):
            stack.extend((v, depth + 1, (*path, k)) for k, v in value.items() if _nests(v))
        elif isinstance(value, list):
            stack.extend((v, depth + 1, (*path, i)) for i, v in enumerate(value) if _nests(v))


def _nests(value: Any) -> bool:
    return isinstance(value, dict | list)


def stdin_bytes() -> IO[bytes]:
    """Standard input as bytes, or an error when the process was started without it
    (``policy screen - <&-``)."""
    if sys.stdin is None:
        raise InputError("standard input is closed: give a file name instead of -", where="-")
    return sys.stdin.buffer


def read_document(path: str) -> bytes:
    """The bytes of a document (a file, or stdin for ``-``), at most
    :data:`MAX_DOCUMENT_BYTES` + 1 of them: a device or a huge file is cut there and then
    refused by :func:`parse_json` as too large, instead of being read forever."""
    if not path:
        raise InputError("expected a file name (or - for stdin), got an empty one", where="''")
    if path == "-":
        return stdin_bytes().read(MAX_DOCUMENT_BYTES + 1)
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory, expected a file", where=path)
        with p.open("rb") as f:
            return f.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        raise InputError("no such file", where=path) from None
    except PermissionError:
        raise InputError("permission denied", where=path) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", where=path) from None


#: Characters that JSON leaves raw inside strings but that many line readers (Python's
#: str.splitlines, JavaScript before ES2019) take as line breaks: escaped, so that one
#: JSON Lines record is always one line.
_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def dump_json(data: Any, *, indent: int | None = 2) -> str:
    """Deterministic JSON: sorted keys, UTF-8 kept readable (except the Unicode line
    separators, escaped), a final newline when indented."""
    text = json.dumps(
        data,
        sort_keys=True,
        indent=indent,
        ensure_ascii=False,
        separators=None if indent else (",", ":"),
    )
    for raw, escaped in _LINE_BREAKS.items():
        text = text.replace(raw, escaped)
    if _SURROGATE.search(text):
        # a lone surrogate (a file name that is not UTF-8, as Python decodes it) cannot be
        # written as UTF-8: keep it as the JSON escape it came from
        text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text + "\n" if indent else text


_SURROGATE = re.compile("[\ud800-\udfff]")
