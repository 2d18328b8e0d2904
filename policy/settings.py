"""Project settings from ``[tool.policy]`` in the working directory's pyproject.toml.

Recognised keys: ``regimes`` (a module, .py, .json or directory: what ``--regimes`` takes)
and ``baseline`` (the accepted-findings file). Command-line flags win over settings.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from policy.errors import InputError

KNOWN_KEYS = ("regimes", "baseline")


@dataclass(frozen=True)
class Settings:
    regimes: str | None = None
    baseline: str | None = None


def load_settings(directory: Path | None = None) -> Settings:
    path = (directory or Path.cwd()) / "pyproject.toml"
    if not path.is_file():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"invalid TOML: {e}", where=str(path)) from None
    section = data.get("tool", {}).get("policy", {})
    if not isinstance(section, dict):
        raise InputError("[tool.policy] must be a table", where=str(path))
    for key, value in section.items():
        if key not in KNOWN_KEYS:
            from policy.errors import did_you_mean

            raise InputError(
                f"[tool.policy] unknown key {key!r}{did_you_mean(key, KNOWN_KEYS)}", where=str(path)
            )
        if not isinstance(value, str):
            raise InputError(
                f"[tool.policy] {key}: expected a string, got {value!r}", where=str(path)
            )
    return Settings(regimes=section.get("regimes"), baseline=section.get("baseline"))
