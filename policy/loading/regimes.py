"""Reading regimes and worlds: from JSON data and files, a directory of JSON files, or a
Python module (:func:`load_world`, the front door). JSON is data and is never executed;
Python is imported only from the path or module the user names, through the guard of
:mod:`policy.loading.modules`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from policy.errors import InputError, PolicyError
from policy.loading.errors import format_validation_error
from policy.loading.json import parse_json, read_document
from policy.loading.modules import guarded, import_module_by_name, import_path
from policy.model.regimes import Regime
from policy.model.rules import Location, relative_path
from policy.model.world import World


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


def _world(regimes: tuple[Regime, ...], where: str, suppliers: tuple[Any, ...] = ()) -> World:
    try:
        return World(regimes=regimes, suppliers=suppliers)
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
    they are read (sorted by name); ``where`` names the directory. A file may be a world
    (``{"regimes": [...], "suppliers": [...]}``): its suppliers join the others, as its
    regimes do, so that splitting a world into files changes nothing."""
    regimes: list[Regime] = []
    suppliers: list[Any] = []
    read = 0
    for name, raw in files:
        world = world_from_json(raw, where=name)
        regimes.extend(world.regimes)
        suppliers.extend(world.suppliers)
        read += 1
    if not read:
        raise InputError("no *.json regime files in this directory", where=where)
    return _world(tuple(regimes), where, tuple(suppliers))


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
        # The shipped library is Python a user edits too: a mistake in it is reported at
        # its file and line like one in their own module, never as a bug in policy.
        world: World = guarded(_default_world, where="policy/regimes", module=None)
        return world
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
        module = import_path(path)
    else:
        if not re.fullmatch(r"[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*", spec):
            raise InputError(
                "expected a regime module (dotted name), a .py file, a .json file or a"
                " directory of .json files",
                where=spec,
            )
        module = import_module_by_name(spec, search_cwd=search_cwd)
    return world_from_module(module, spec)


def _default_world() -> World:
    from policy.regimes import default_world

    return default_world()


def world_from_module(module: Any, where: str) -> World:
    """The world an imported regime module defines: its ``WORLD`` (a World), else its
    ``REGIMES`` (regimes), else its ``REGIME`` (one regime); ``where`` names it in errors."""
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
