"""The exceptions policy raises.

Every error names the place (file, rule id, field path) and the values involved, carries a
stable kebab-case ``code``, and inherits the built-in exception a caller would naturally
catch (``ValueError``, ``KeyError``), following attrs' habit. The CLI turns any
``PolicyError`` into ``Error: ...`` and exit code 2, never a traceback.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class PolicyError(Exception):
    """Base class of every error policy raises on purpose."""

    code = "policy-error"

    def __init__(self, message: str, *, code: str | None = None, where: str | None = None) -> None:
        self.message = message
        self.where = where
        if code is not None:
            self.code = code
        super().__init__(self.__str__())

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class InputError(PolicyError, ValueError):
    """Malformed input: a transaction, regime file, flag or setting that cannot be used."""

    code = "invalid-input"


class UnknownNameError(InputError, KeyError):
    """A name (country, kind, parameter, party, group...) that the vocabulary does not know."""

    code = "unknown-name"

    def __init__(
        self,
        what: str,
        name: object,
        known: Iterable[str],
        *,
        where: str | None = None,
        suggest: Iterable[str] = (),
        note: str = "",
    ) -> None:
        self.what = what
        self.name = name
        meant = sorted(suggest)
        if meant:  # a suggestion no spelling distance would find ("UK" -> "GB")
            hint = "; did you mean " + " or ".join(repr(m) for m in meant) + "?"
        else:
            hint = did_you_mean(str(name), known) if len(str(name)) <= 200 else ""
        message = f"unknown {what} {shown(name)}{hint or note}"
        super().__init__(message, where=where)

    # KeyError.__str__ would repr() the message; keep the readable form.
    __str__ = PolicyError.__str__


class RegimeError(PolicyError, ValueError):
    """A regime that is inconsistent as written (colliding rule ids, dangling references)."""

    code = "invalid-regime"


def shown(value: object, limit: int = 80) -> str:
    """``repr(value)`` cut to ``limit`` characters: a message quotes what it found, not a
    hostile megabyte of it."""
    try:
        text = repr(value)
    except ValueError:  # an integer too long to print
        text = f"<an integer of {value.bit_length()} bits>" if isinstance(value, int) else "?"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """Return a ``"; did you mean 'x'?"`` suffix for the closest known names, or ``""``."""
    pool = sorted(set(known))
    close = difflib.get_close_matches(name, pool, n=3, cutoff=0.6)
    if not close:
        lowered = {k.lower(): k for k in pool}
        if name.lower() in lowered:
            close = [lowered[name.lower()]]
    if not close:
        return ""
    return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
