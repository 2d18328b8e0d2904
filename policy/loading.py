"""Reading what users give us: transactions (JSON, JSON Lines) and regimes (Python modules,
JSON files). Every malformed input becomes one :class:`InputError` that names the place:
the file, the line or record, and the field path."""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import re
import sys
import traceback
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from policy._signals import sigint_received
from policy.errors import InputError, PolicyError, UnknownNameError, shown
from policy.model.regimes import Regime
from policy.model.rules import Location, relative_path
from policy.model.transactions import Transaction
from policy.model.world import World

#: Documents larger than this are refused rather than parsed (a regime is kilobytes).
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
#: JSON nested deeper than this is refused before validation. The deepest legitimate
#: document is a regime whose conditions nest :data:`~policy.model.conditions.MAX_CONDITION_DEPTH`
#: deep (two JSON levels per condition level, plus the regime's own few).
MAX_JSON_DEPTH = 100
#: One JSON Lines record (or one CSV line) longer than this is reported as an error and
#: skipped without being held in memory; a transaction is well under a kilobyte.
MAX_LINE_BYTES = 1024 * 1024


# --------------------------------------------------------------------------- JSON


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
            shown = _path(path)
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


def format_validation_error(
    err: ValidationError, *, where: str | None = None, data: Any = None
) -> InputError:
    """One readable message for a pydantic error: each problem as ``path: message``.

    Problems at the same path (one per member of a union such as ``str | int``) are
    joined with "or"; identical ones are said once. Given the validated ``data``, a rule,
    carve-out or nexus is named by its id as well as its index (``rules[3] (US-3A090)``).
    Values are shown shortened, so a hostile megabyte string cannot flood the terminal.
    """
    by_path: dict[str, list[str]] = {}
    errors = err.errors(include_url=False)
    for e in errors[:20]:
        loc = tuple(e.get("loc", ()))
        path = _shorten(_label(loc, data))
        msg = str(e.get("msg", "invalid"))
        for prefix in ("Value error, ", "Assertion failed, "):
            msg = msg.removeprefix(prefix)
        if e.get("type") == "extra_forbidden":
            msg = "unknown field (not part of the format)"
        elif e.get("type") == "missing":
            msg = "required field is missing"
        elif (
            "input" in e
            and e.get("type") not in ("value_error",)
            and not msg.startswith("expected")
        ):
            msg = f"{msg} (got {shown(e['input'])})"
        if len(msg) > 400:
            msg = msg[:397] + "..."
        seen = by_path.setdefault(path, [])
        if msg not in seen:
            seen.append(msg)
    lines = [(f"{path}: " if path else "") + ", or ".join(msgs) for path, msgs in by_path.items()]
    more = len(errors) - 20
    if more > 0:
        lines.append(f"... and {more} more")
    return InputError("; ".join(lines), where=where)


def _shorten(path: str, limit: int = 160) -> str:
    """A field path for a message: a very deep one keeps its start (which names the rule)
    and its end (which names the field)."""
    if len(path) <= limit:
        return path
    return path[:100] + " ... " + path[-50:]


#: Lists whose entries have an ``id`` worth naming in a path.
_NAMED = {"rules", "reach", "carveouts", "regimes", "groups", "lists", "parties"}


def _label(loc: tuple[Any, ...], data: Any) -> str:
    """:func:`_path`, followed by the id of the innermost rule, nexus, carve-out, group,
    list or party it runs through, where ``data`` shows one:
    ``rules[3].when (in rule US-3A090)``."""
    path = _path(loc)
    if data is None:
        return path
    node = data
    named = ""
    for i, p in enumerate(loc):
        try:
            node = node[p]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(p, int) and i > 0 and loc[i - 1] in _NAMED and isinstance(node, dict):
            name = node.get("id", node.get("jurisdiction"))
            if isinstance(name, str) and 0 < len(name) <= 80:
                named = f"{_SINGULAR[loc[i - 1]]} {name}"
    return f"{path} (in {named})" if named else path


_SINGULAR = {
    "rules": "rule",
    "reach": "nexus",
    "carveouts": "carve-out",
    "regimes": "regime",
    "groups": "group",
    "lists": "list",
    "parties": "party",
}


def _path(loc: tuple[Any, ...]) -> str:
    """``("item", "params", "tpp")`` -> ``item.params.tpp``, without pydantic's union-member
    names (``str``, ``EndUser``) and condition tags (``>=`` after ``when``)."""
    parts: list[str] = []
    prev: Any = None
    for p in loc:
        skip = isinstance(p, str) and (
            "[" in p
            or p in _MEMBER_NAMES
            or (p in _CONDITION_TAGS and (prev in ("when", "of") or isinstance(prev, int)))
        )
        if not skip:
            parts.append(f"[{p}]" if isinstance(p, int) else ("." if parts else "") + str(p))
        prev = p
    return "".join(parts)


_MEMBER_NAMES = {"str", "int", "float", "bool", "none", "constrained-str", "EndUser", "Party"}
_CONDITION_TAGS = {
    ">=",
    ">",
    "<=",
    "<",
    "==",
    "content",
    "kind",
    "flag",
    "classified",
    "country",
    "listed",
    "end_use",
    "channel",
    "made_with",
    "const",
    "all",
    "any",
    "not",
}


# --------------------------------------------------------------------------- transactions


def transaction_from_data(data: Any, *, where: str) -> Transaction:
    if not isinstance(data, dict):
        raise InputError(
            f"expected a JSON object (a transaction), got {type(data).__name__}", where=where
        )
    try:
        return Transaction.model_validate(data)
    except ValidationError as e:
        raise format_validation_error(e, where=where) from None
    except PolicyError as e:  # raised outside pydantic's wrapping (rare)
        raise InputError(e.message, where=where) from None


def check_references(tx: Transaction, world: World, *, where: str) -> Transaction:
    """``tx`` with its parties named by id (see :meth:`World.canonical`), or an error with
    the file (and line) when its end user or an owner names a party the world does not
    know; the engine would refuse it later, without the place."""
    tx = world.canonical(tx)
    known = world.memo("loading.party_ids", lambda: frozenset(world.parties()))
    eu = tx.end_user
    if isinstance(eu, str) and eu not in known:
        raise UnknownNameError("end user party", eu, known, where=f"{where}: end_user")
    if eu is not None and not isinstance(eu, str):
        for i, owner in enumerate(eu.owners):
            if owner.party not in known:
                raise UnknownNameError(
                    "owner party", owner.party, known, where=f"{where}: end_user.owners[{i}].party"
                )
    return tx


def read_transaction(path: str) -> Transaction:
    """Read one transaction from a JSON file, or from stdin when ``path`` is ``-``."""
    where = "<stdin>" if path == "-" else path
    raw = read_document(path)
    return transaction_from_data(parse_json(raw, where=where), where=where)


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


def iter_jsonl(path: str) -> Iterator[tuple[int, Transaction | InputError]]:
    """Yield ``(line number, transaction or error)`` for each non-blank line, so that one
    bad record does not lose the rest of the file."""
    where = "<stdin>" if path == "-" else path
    if path == "-":
        yield from _iter_lines(stdin_bytes(), where)
        return
    try:
        with Path(path).open("rb") as f:
            yield from _iter_lines(f, where)
    except FileNotFoundError:
        raise InputError("no such file", where=path) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", where=path) from None


def _iter_lines(stream: Any, where: str) -> Iterator[tuple[int, Transaction | InputError]]:
    for n, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        loc = f"{where}:{n}"
        try:
            yield n, transaction_from_data(parse_json(raw, where=loc), where=loc)
        except InputError as e:
            yield n, e


# --------------------------------------------------------------------------- regimes


def regime_from_data(data: Any, *, where: str, text: str | None = None) -> Regime:
    if not isinstance(data, dict):
        raise InputError(
            f"expected a JSON object (a regime), got {type(data).__name__}", where=where
        )
    data = _with_locations(data, where, text)
    try:
        return Regime.model_validate(data)
    except ValidationError as e:
        raise format_validation_error(e, where=where, data=data) from None
    except PolicyError as e:  # raised outside pydantic's wrapping (a model validator)
        raise InputError(e.message, where=where) from None


def _with_locations(data: dict[str, Any], where: str, text: str | None) -> dict[str, Any]:
    """Give each rule without ``defined_at`` the file and line of its ``"id"`` in the JSON."""
    rules = data.get("rules")
    if not isinstance(rules, list) or text is None:
        return data
    lines = text.splitlines()
    file = relative_path(where)
    out = []
    seen_from = 0
    for rule in rules:
        if isinstance(rule, dict) and "defined_at" not in rule and isinstance(rule.get("id"), str):
            pattern = re.compile(r'"id"\s*:\s*' + re.escape(json.dumps(rule["id"])))
            line = 0
            for i in range(seen_from, len(lines)):
                if pattern.search(lines[i]):
                    line = i + 1
                    seen_from = i + 1
                    break
            rule = {**rule, "defined_at": Location(file=file, line=line).model_dump()}
        out.append(rule)
    return {**data, "rules": out}


def world_from_data(data: Any, *, where: str, text: str | None = None) -> World:
    if isinstance(data, dict) and "regimes" in data:
        regimes = data.get("regimes")
        if not isinstance(regimes, list):
            raise InputError("regimes: expected a list of regimes", where=where)
        parsed = tuple(
            regime_from_data(r, where=f"{where}: regimes[{i}]", text=text)
            for i, r in enumerate(regimes)
        )
        try:
            return World.model_validate({**data, "regimes": parsed})
        except ValidationError as e:
            raise format_validation_error(e, where=where, data=data) from None
        except PolicyError as e:
            raise InputError(e.message, where=where) from None
    regime = regime_from_data(data, where=where, text=text)
    return _world((regime,), where)


def _world(regimes: tuple[Regime, ...], where: str) -> World:
    try:
        return World(regimes=regimes)
    except ValidationError as e:
        raise format_validation_error(e, where=where) from None
    except PolicyError as e:
        raise InputError(e.message, where=where) from None


def world_from_json(raw: bytes, *, where: str) -> World:
    """The world of one regime or world JSON document, read from ``where`` (a path, used
    for messages and for the file of each rule's location)."""
    data = parse_json(raw, where=where)
    return world_from_data(data, where=where, text=raw.decode("utf-8"))


def world_from_json_files(files: Iterable[tuple[str, bytes]], *, where: str) -> World:
    """The world of a directory of regime JSON files, given as ``(path, bytes)`` in the order
    they are read (sorted by name); ``where`` names the directory."""
    regimes: list[Regime] = []
    read = 0
    for name, raw in files:
        regimes.extend(world_from_json(raw, where=name).regimes)
        read += 1
    if not read:
        raise InputError("no *.json regime files in this directory", where=where)
    return _world(tuple(regimes), where)


def load_world(spec: str | None = None, *, search_cwd: bool = False) -> World:
    """Load the world named by ``spec``.

    * ``None``: the shipped library;
    * a ``.json`` file: one regime, or a world (``{"regimes": [...], "suppliers": [...]}``);
    * a directory: every ``*.json`` regime in it (sorted by name);
    * a ``.py`` file or a dotted module name: the module's ``WORLD`` (a World), ``REGIMES``
      (regimes) or ``REGIME`` (one regime). Python is imported only from the path or module
      the user names; regime JSON is data and is never executed.

    A dotted name is looked up on ``sys.path`` without the working directory (and ``""``)
    unless ``PYTHONPATH`` names it or ``search_cwd`` is true (the pytest plugin: pytest
    already imports the project's own code from there).
    """
    if spec is None:
        from policy.regimes import default_world

        return default_world()
    if not spec.strip():
        raise InputError(
            "expected a regime module, a .py file, a .json file or a directory, got an empty name",
            where="--regimes",
        )
    path = Path(spec)
    if path.suffix == ".json" or path.is_dir():
        if path.is_dir():
            files = sorted(path.glob("*.json"))
            return world_from_json_files(
                ((str(f), read_document(str(f))) for f in files), where=spec
            )
        return world_from_json(read_document(spec), where=spec)
    if path.suffix == ".py":
        if not path.is_file():
            raise InputError("no such file", where=spec)
        module = _import_path(path)
    else:
        if not re.fullmatch(r"[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*", spec):
            raise InputError(
                "expected a regime module (dotted name), a .py file, a .json file or a"
                " directory of .json files",
                where=spec,
            )
        module = _import_module(spec, search_cwd=search_cwd)
    return _world_from_module(module, spec)


def _import_module(spec: str, *, search_cwd: bool) -> Any:
    """Import a dotted name from the installed packages and the paths on ``PYTHONPATH``,
    never from the working directory: a dotted name does not pick up a same-named file that
    happens to lie where the command runs (give a path, ``./name.py``, to mean that file)."""
    implicit = () if search_cwd else ("", ".", os.getcwd())
    saved = list(sys.path)
    named = set(os.environ.get("PYTHONPATH", "").split(os.pathsep)) - {""}
    sys.path[:] = [p for p in sys.path if p not in implicit or p in named]
    try:
        return _guarded(lambda: importlib.import_module(spec), where=spec, module=spec)
    finally:
        sys.path[:] = saved


def _import_path(path: Path) -> Any:
    name = "policy_user_regimes_" + re.sub(r"\W", "_", path.stem)
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise InputError("cannot import this file", where=str(path))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    parent = str(path.resolve().parent)
    sys.path.insert(0, parent)
    loader = spec.loader
    try:
        _guarded(lambda: loader.exec_module(module), where=str(path), module=None)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    finally:
        if sys.path and sys.path[0] == parent:
            sys.path.pop(0)
    return module


def _guarded(run: Any, *, where: str, module: str | None) -> Any:
    """Run the import of a user's regime module; whatever it raises (a syntax error, a
    failed validation, any exception, even ``sys.exit``, ``GeneratorExit`` or its own
    ``BaseException`` subclass) becomes an InputError at the user's file and line, since the
    mistake is in their code, not in policy. A ``KeyboardInterrupt`` is the module's own
    (an InputError too) unless a real SIGINT arrived (see :mod:`policy._signals`): a Ctrl-C
    during the import interrupts the command."""
    try:
        return run()
    except ModuleNotFoundError as e:
        if (
            module is not None
            and e.name is not None
            and (module == e.name or module.startswith(e.name + "."))
        ):
            raise InputError(f"cannot import module: {e}", where=where) from None
        raise _user_error(e, where) from None
    except SyntaxError as e:
        at = f"{relative_path(e.filename)}:{e.lineno}" if e.filename and e.lineno else where
        raise InputError(f"invalid Python: {e.msg}", where=at) from None
    except SystemExit as e:
        raise InputError(
            f"the module called sys.exit({e.code!r}) while being imported", where=where
        ) from None
    except ValidationError as e:
        raise format_validation_error(e, where=_user_frame(e, where)) from None
    except PolicyError as e:
        raise InputError(str(e), where=_user_frame(e, where)) from None
    except Exception as e:
        raise _user_error(e, where) from None
    except KeyboardInterrupt as e:
        if sigint_received() is not False:
            raise  # a real Ctrl-C (or a library caller, who cannot tell): interrupt
        raise _user_error(e, where) from None
    except BaseException as e:  # GeneratorExit, or the module's own BaseException subclass
        raise _user_error(e, where) from None


def _user_error(e: BaseException, where: str) -> InputError:
    what = type(e).__name__
    text = str(e)
    if len(text) > 400:
        text = text[:397] + "..."
    return InputError(
        f"importing the regime module raised {what}" + (f": {text}" if text else ""),
        where=_user_frame(e, where),
    )


def _user_frame(e: BaseException, where: str) -> str:
    """``file:line`` of the innermost frame of ``e`` in the user's code (outside policy,
    pydantic and the standard library), or ``where`` when there is none."""
    found = where
    for frame in traceback.extract_tb(e.__traceback__):
        name = os.path.abspath(frame.filename)
        if frame.filename.startswith("<") or name.startswith(_LIBRARY_DIRS):
            continue
        found = f"{relative_path(name)}:{frame.lineno}"
    return found


def _library_dirs() -> tuple[str, ...]:
    import sysconfig

    import pydantic
    import pydantic_core

    dirs = {
        str(Path(__file__).resolve().parent),
        str(Path(pydantic.__file__).resolve().parent),
        str(Path(pydantic_core.__file__).resolve().parent),
        sysconfig.get_paths()["stdlib"],
    }
    return tuple(os.path.abspath(d) + os.sep for d in sorted(dirs))


_LIBRARY_DIRS = _library_dirs()


def _world_from_module(module: Any, where: str) -> World:
    world = getattr(module, "WORLD", None)
    if world is not None:
        if not isinstance(world, World):
            raise InputError(
                f"WORLD: expected a policy.World, got {type(world).__name__}", where=where
            )
        return world
    regimes = getattr(module, "REGIMES", None)
    if regimes is None:
        regime = getattr(module, "REGIME", None)
        if regime is None:
            raise InputError(
                "the module defines no WORLD (a policy.World), REGIMES (a list of"
                " policy.Regime) or REGIME (a policy.Regime)",
                where=where,
            )
        if not isinstance(regime, Regime):
            raise InputError(
                f"REGIME: expected a policy.Regime, got {type(regime).__name__}", where=where
            )
        regimes = (regime,)
    if not isinstance(regimes, list | tuple):
        raise InputError(
            f"REGIMES: expected a list of policy.Regime, got {type(regimes).__name__}",
            where=where,
        )
    for i, r in enumerate(regimes):
        if not isinstance(r, Regime):
            raise InputError(
                f"REGIMES[{i}]: expected a policy.Regime, got {type(r).__name__}", where=where
            )
    return _world(tuple(regimes), where)


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
