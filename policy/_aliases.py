"""Old module paths kept working while code moves: a module whose names live elsewhere.

When a module is split (``policy/cli/_screen.py`` into :mod:`policy.screening`, ``policy/
loading.py`` into a package), code and tests elsewhere still name the old place, and some
of them replace a name there (``monkeypatch.setattr(module, "RANGE_BYTES", 1000)``) to reach
the code that reads it. A plain re-export would copy the value: the replacement would land
on the old module and the code, which reads its own module's global, would never see it.
:func:`alias_names` makes reads *and* writes of the listed names go to their new homes, so
both keep working until every caller names the new place.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Mapping
from typing import Any


def _alias(home: str, attr: str) -> property:
    """A property that reads and writes ``attr`` of the module ``home``."""

    def get(module: types.ModuleType) -> Any:
        return getattr(importlib.import_module(home), attr)

    def put(module: types.ModuleType, value: Any) -> None:
        setattr(importlib.import_module(home), attr, value)

    return property(get, put, doc=f"{home}.{attr}")


def alias_names(module: str, table: Mapping[str, tuple[str, str]]) -> None:
    """Make each name in ``table`` of the (imported) ``module`` an alias of
    ``table[name] = (home module, name there)``: reading it reads the home's current value,
    assigning it assigns the home's. The aliases are properties of the module's class, so
    that a tool that restores what it replaced (pytest's ``monkeypatch``) sees them as such.
    The module must not bind those names itself (the alias would hide them)."""
    target = sys.modules[module]
    bound = sorted(set(table) & set(vars(target)))
    if bound:
        raise RuntimeError(f"{module} binds {', '.join(bound)} itself; an alias would hide it")
    names = sorted(table)

    def listing(self: types.ModuleType) -> list[str]:
        return sorted({*vars(self), *names})

    members: dict[str, Any] = {name: _alias(*home) for name, home in table.items()}
    members["__dir__"] = listing
    target.__class__ = type("AliasingModule", (types.ModuleType,), members)
