"""Reading what users give us: transactions (JSON, JSON Lines) and regimes (Python modules,
JSON files). Every malformed input becomes one :class:`InputError` that names the place:
the file, the line or record, and the field path."""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from policy.errors import InputError, PolicyError, UnknownNameError
from policy.model.regimes import Regime
from policy.model.rules import Location, relative_path
from policy.model.transactions import Transaction
from policy.model.world import World

#: Documents larger than this are refused rather than parsed (a regime is kilobytes).
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


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
    """Parse JSON strictly: no duplicate keys, no NaN or Infinity, valid UTF-8."""
    if isinstance(text, bytes):
        if len(text) > MAX_DOCUMENT_BYTES:
            raise InputError(f"document is larger than {MAX_DOCUMENT_BYTES} bytes", where=where)
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"not valid UTF-8 (byte {e.start})", where=where) from None
    if not text.strip():
        raise InputError("empty input: expected a JSON document", where=where)
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as e:
        raise InputError(
            f"invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}", where=where
        ) from None
    except InputError as e:
        raise InputError(e.message, where=where) from None
    except RecursionError:
        raise InputError("JSON nested too deeply", where=where) from None


def format_validation_error(err: ValidationError, *, where: str | None = None) -> InputError:
    """One readable message for a pydantic error: each problem as ``path: message``."""
    lines = []
    for e in err.errors(include_url=False)[:20]:
        path = _path(e.get("loc", ()))
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
            got = repr(e["input"])
            if len(got) > 80:
                got = got[:77] + "..."
            msg = f"{msg} (got {got})"
        lines.append(f"{path}: {msg}" if path else msg)
    more = len(err.errors()) - 20
    if more > 0:
        lines.append(f"... and {more} more")
    return InputError("; ".join(lines), where=where)


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
    raw = _read_bytes(path)
    return transaction_from_data(parse_json(raw, where=where), where=where)


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
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
        stream = sys.stdin.buffer
        yield from _iter_lines(stream, where)
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
        raise format_validation_error(e, where=where) from None


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
            raise format_validation_error(e, where=where) from None
    regime = regime_from_data(data, where=where, text=text)
    return _world((regime,), where)


def _world(regimes: tuple[Regime, ...], where: str) -> World:
    try:
        return World(regimes=regimes)
    except ValidationError as e:
        raise format_validation_error(e, where=where) from None


def load_world(spec: str | None = None) -> World:
    """Load the world named by ``spec``.

    * ``None``: the shipped library;
    * a ``.json`` file: one regime, or a world (``{"regimes": [...], "suppliers": [...]}``);
    * a directory: every ``*.json`` regime in it (sorted by name);
    * a ``.py`` file or a dotted module name: the module's ``WORLD`` (a World), ``REGIMES``
      (regimes) or ``REGIME`` (one regime). Python is imported only from the path or module
      the user names; regime JSON is data and is never executed.
    """
    if spec is None:
        from policy.regimes import default_world

        return default_world()
    path = Path(spec)
    if path.suffix == ".json" or path.is_dir():
        if path.is_dir():
            files = sorted(path.glob("*.json"))
            if not files:
                raise InputError("no *.json regime files in this directory", where=spec)
            regimes: list[Regime] = []
            for f in files:
                regimes.extend(load_world(str(f)).regimes)
            return _world(tuple(regimes), spec)
        raw = _read_bytes(spec)
        data = parse_json(raw, where=spec)
        return world_from_data(data, where=spec, text=raw.decode("utf-8"))
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
        try:
            module = importlib.import_module(spec)
        except ModuleNotFoundError as e:
            raise InputError(f"cannot import module: {e}", where=spec) from None
    return _world_from_module(module, spec)


def _import_path(path: Path) -> Any:
    name = "policy_user_regimes_" + re.sub(r"\W", "_", path.stem)
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise InputError("cannot import this file", where=str(path))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    parent = str(path.resolve().parent)
    sys.path.insert(0, parent)
    try:
        spec.loader.exec_module(module)
    except ValidationError as e:
        raise format_validation_error(e, where=str(path)) from None
    except PolicyError as e:
        raise InputError(str(e), where=str(path)) from None
    finally:
        if sys.path and sys.path[0] == parent:
            sys.path.pop(0)
    return module


def _world_from_module(module: Any, where: str) -> World:
    world = getattr(module, "WORLD", None)
    if isinstance(world, World):
        return world
    regimes = getattr(module, "REGIMES", None)
    if regimes is None and isinstance(getattr(module, "REGIME", None), Regime):
        regimes = (module.REGIME,)
    if regimes is None or not all(isinstance(r, Regime) for r in regimes):
        raise InputError(
            "the module defines no WORLD (a policy.World), REGIMES (a list of policy.Regime)"
            " or REGIME (a policy.Regime)",
            where=where,
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
    return text + "\n" if indent else text
