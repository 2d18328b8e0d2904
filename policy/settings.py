"""Project settings from ``[tool.policy]`` in the working directory's pyproject.toml.

Recognised keys: ``regimes`` (a module, .py, .json or directory: what ``--regimes`` takes)
and ``baseline`` (the accepted-findings file). Command-line flags win over settings. A
malformed file or setting is an error that names the file and the line of the key.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policy.errors import InputError, did_you_mean
from policy.model.rules import relative_path

KNOWN_KEYS = ("regimes", "baseline")


@dataclass(frozen=True)
class Settings:
    regimes: str | None = None
    baseline: str | None = None
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
    for key, value in section.items():
        at = _at(where, text, key)
        if key not in KNOWN_KEYS:
            raise InputError(
                f"[tool.policy] unknown key {key!r}{did_you_mean(key, KNOWN_KEYS)}", where=at
            )
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
    return Settings(regimes=section.get("regimes"), baseline=section.get("baseline"), origin=origin)


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
