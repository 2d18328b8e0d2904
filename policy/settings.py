"""Project settings from ``[tool.policy]`` in the working directory's pyproject.toml.

Recognised keys: ``regimes`` (a module, .py, .json or directory: what ``--regimes`` takes),
``baseline`` (the accepted-findings file) and ``dates`` (the dates ``policy check`` checks
when it is given neither ``--as-of`` nor ``--all-dates``: ``"all"``, every date on which the
law changes, or a list of ``"YYYY-MM-DD"``; without it, today, so that a check's result
would depend on the day it runs). Command-line flags win over settings. A malformed file or
setting is an error that names the file and the line of the key.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policy.errors import InputError, did_you_mean
from policy.model.rules import relative_path

KNOWN_KEYS = ("regimes", "baseline", "dates")

#: ``dates = "all"``: every date on which the law changes (``check --all-dates``).
ALL_DATES = "all"


@dataclass(frozen=True)
class Settings:
    regimes: str | None = None
    baseline: str | None = None
    #: ``"all"``, or the dates to check; None when not set (check today's law)
    dates: str | tuple[dt.date, ...] | None = None
    #: ``file:line`` of each setting given, for messages about its value
    origin: dict[str, str] = field(default_factory=dict, compare=False)


def load_settings(directory: Path | None = None) -> Settings:
    path = (directory or Path.cwd()) / "pyproject.toml"
    if not path.is_file():
        return Settings()
    where = relative_path(str(path))
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", where=where) from None
    return settings_from_bytes(raw, where=where)


def settings_from_bytes(raw: bytes, *, where: str) -> Settings:
    """The settings in the text of a pyproject.toml read from ``where`` (read as data:
    ``policy diff`` reads another revision's this way, without running anything of it)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise InputError(f"not valid UTF-8 (byte {e.start})", where=f"{where}:{line}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"invalid TOML: {e}", where=where) from None
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise InputError(
            f"tool: expected a table, got {_kind(tool)}", where=_at(where, text, "tool")
        )
    section = tool.get("policy", {})
    if not isinstance(section, dict):
        raise InputError(
            f"[tool.policy] must be a table, got {_kind(section)}",
            where=_at(where, text, "policy"),
        )
    origin: dict[str, str] = {}
    dates: str | tuple[dt.date, ...] | None = None
    for key, value in section.items():
        at = _at(where, text, key)
        if key not in KNOWN_KEYS:
            raise InputError(
                f"[tool.policy] unknown key {key!r}{did_you_mean(key, KNOWN_KEYS)}", where=at
            )
        if key == "dates":
            dates = _dates(value, at)
            origin[key] = at
            continue
        if not isinstance(value, str):
            raise InputError(
                f"[tool.policy] {key}: expected a string (a path or module name), got"
                f" {_kind(value)}",
                where=at,
            )
        if not value.strip():
            raise InputError(
                f"[tool.policy] {key}: expected a path or module name, got an empty string",
                where=at,
            )
        origin[key] = at
    return Settings(
        regimes=section.get("regimes"),
        baseline=section.get("baseline"),
        dates=dates,
        origin=origin,
    )


def _dates(value: Any, at: str) -> str | tuple[dt.date, ...]:
    """``dates = "all"`` or ``dates = ["2023-10-17", ...]`` (sorted, each once)."""
    expected = 'expected "all" or a list of dates "YYYY-MM-DD"'
    if value == ALL_DATES:
        return ALL_DATES
    if isinstance(value, str):
        hint = did_you_mean(value, [ALL_DATES])
        raise InputError(f"[tool.policy] dates: {expected}, got {_kind(value)}{hint}", where=at)
    if not isinstance(value, list) or not value:
        raise InputError(f"[tool.policy] dates: {expected}, got {_kind(value)}", where=at)
    out: set[dt.date] = set()
    for i, day in enumerate(value):
        if isinstance(day, dt.date) and not isinstance(day, dt.datetime):
            out.add(day)  # a TOML date written bare: dates = [2023-10-17]
            continue
        try:
            if not isinstance(day, str) or len(day) != 10:
                raise ValueError
            out.add(dt.date.fromisoformat(day))
        except ValueError:
            raise InputError(
                f"[tool.policy] dates[{i}]: expected a date that exists, written YYYY-MM-DD,"
                f" got {_kind(day)}",
                where=at,
            ) from None
    return tuple(sorted(out))


def _kind(value: Any) -> str:
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"{type(value).__name__} {shown}"


def _at(where: str, text: str, key: str) -> str:
    """``file:line`` of the first line that assigns ``key`` (plain, quoted or dotted), or
    the file alone when the key cannot be found that way."""
    pattern = re.compile(r"""^\s*(?:[\w."'-]*\.)?["']?""" + re.escape(key) + r"""["']?\s*=""")
    in_section = re.compile(r"^\s*\[+\s*tool\.policy\s*\]+")
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if in_section.match(line)), 0)
    for i in range(start, len(lines)):
        if pattern.match(lines[i]):
            return f"{where}:{i + 1}"
    for i, line in enumerate(lines):
        if pattern.match(line):
            return f"{where}:{i + 1}"
    return where
